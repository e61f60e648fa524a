"""What a candidate figure measures: its kind (actual, target, change, plan
completion), its metric (participants, coverage, revenue, ...) and its qualifier.

It reads the words around the number: the measure cues of `data/<lang>/metrics.yml`,
the schemes named near it, and the figure before it in the same sentence, which a
number without words of its own inherits ("fell from 4.3% to 1.9%").
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from .figure_context import FigureContext
from .figure_named_before import measure_named_right_before
from .figure_percent import PercentReading
from .figure_qualifiers import QualifierReading, words_before_number
from .figure_scan import Candidate, NumberScanner
from .lexicon_models import MetricsData, NumbersData
from .phrase_tries import phrase_alternation, phrase_trie
from .regex_start import TailSearch, cue_scan, with_start_gate

OPEN_BRACKET_END = re.compile(r"\(\s*$")  # "... (" right before a number
PART_END = re.compile(r"[;.]")  # where the part of a sentence a number stands in ends
NOUN_LIST_START = 3
# head-count measures a count joined on after one inherits ("X paid 1,904,300 workers, Y 612,700 workers")
JOINED_COUNT_MEASURES = frozenset(
    {"benefit_recipients", "staff_count"}
)  # how far into the words after a number a noun list's measure cue may start


class FigureMeaning(QualifierReading, PercentReading):
    def __init__(
        self, num: NumbersData, met: MetricsData, g: SimpleNamespace, context: FigureContext, scan: NumberScanner
    ) -> None:
        self.g = g
        self.context = context
        self.scan = scan
        self.qualifiers = [(q, words_before_number(words)) for q, words in num.qualifiers.items()]
        # any qualifier at all: most numbers have none, and then none of the above need be tried
        every_word = [w for words in num.qualifiers.values() for w in words]
        self.any_qualifier = words_before_number(every_word)
        # a currency word ending the words before a number: searched only near their end (`TailSearch`)
        self.currency_end = TailSearch(g.currency_before)
        self.schemes = [(k, with_start_gate(phrase_trie(v))) for k, v in met.schemes.items()]
        self.any_scheme = with_start_gate(phrase_trie([c for cues in met.schemes.values() for c in cues]))
        self.all_scheme = next((regex for name, regex in self.schemes if name == "all"), None)
        self.participants = met.participants_metric
        self.coverage = met.coverage_metric
        self.rate_to_participants = met.rate_to_participants
        self.default_scheme = met.default_scheme
        self.enrolled_staff_scheme = met.enrolled_staff_scheme
        self.enrolled_self_employed_scheme = met.enrolled_self_employed_scheme
        # the measures an amount of money can have (a measure with no unit may be money too: arrears)
        self.money_metrics = frozenset(m.metric for m in met.measures if m.unit in (None, "VND"))
        self.measures = [(m.metric, m.unit, with_start_gate(phrase_trie(m.cues))) for m in met.measures]
        # no measure's cue in a text: none of the measures need be tried on it (asked of the lower-cased
        # text: the same matches, for about two thirds of the cost)
        every_measure = phrase_trie([c for m in met.measures for c in m.cues])
        self.any_measure = cue_scan(every_measure)
        # a measure's cue starting within the first characters of a noun list: matched there, lazily from
        # its start (the leftmost such place, as a search finds it), not searched through the whole list
        self.measure_at_start = re.compile(
            rf"(?s:.{{0,{NOUN_LIST_START}}}?)(?P<cue>{every_measure.pattern})", every_measure.flags
        )
        self.population_re = with_start_gate(phrase_trie(met.coverage_cues.population))
        self.workforce_re = with_start_gate(phrase_trie(met.coverage_cues.workforce))
        self.plan_re = re.compile(met.plan_completion_pattern, re.IGNORECASE)
        self.change_before = words_before_number(met.change_before)
        # only whether it matches is asked, which the order of the words does not change: as a trie
        self.change_after = re.compile(
            r"^\s*(?:[\w-]+\s+){0,2}?(?:" + phrase_alternation(met.change_after) + r")\b", re.IGNORECASE
        )
        self.change_carry = (
            # "... 2.415 người tham gia BHXH tự nguyện mới và 18.760 người ...": the first count's noun phrase
            # (up to eight words) between the two
            re.compile(r"^\s*(?:[\w-]+\s+){0,8}?(?:" + "|".join(map(re.escape, met.change_carry)) + r")\s*$", re.I)
            if met.change_carry
            else None
        )

    def kind_of(
        self,
        cand: Candidate,
        left: str,
        right: str,
        prev: Candidate | None,
        target: bool,
        sentence_left: str,
        doc_year: int | None = None,
    ) -> str:
        left_nq = self.strip_qualifier(left)
        if cand.pct and self.plan_re.match(right):
            return "target" if target else "plan_completion"  # "strive to complete 100% of the plan": a target
        if target and self.g.target_change_before.search(left):
            return "target"  # "đặt mục tiêu phát triển thêm ít nhất 300.000 người": the increase is the goal
        if (
            target
            and self.g.pledge_item_change.match(left)
            and sentence_left[: len(sentence_left) - len(left)].rstrip().endswith(";")
        ):
            return "target"  # "...: phấn đấu tăng 8% ...; phát triển mới 12.000 người ...": a pledge's item
        if target and self.g.listed_goal_change.match(left):
            return "target"  # "- Phát triển thêm 300 người ..." under a tasks heading: a goal list's item
        if target and prev is not None and prev.data.get("kind") == "target" and self.g.joined_goal_change.match(left):
            return "target"  # "đặt mục tiêu ... đạt 95% và phát triển thêm 8.000 người": a second goal
        after_noun = self.scan.after_noun(right)
        if (
            (self.change_before.search(left_nq) and not self.g.made_up.search(left_nq))
            or self.change_after.match(after_noun)
            # "21,460 more people joined", "4,218 new voluntary participants" (asked again only when a noun was cut)
            or (after_noun is not right and self.change_after.match(right))
            # "raised voluntary participants by 3,200": a verb's object between it and "by"
            or (left_nq.endswith("by ") and self.g.change_verb_by_before.search(left_nq[-120:]))
        ):
            return "change"
        if prev is not None and prev.data.get("kind") == "change" and OPEN_BRACKET_END.search(left) and cand.pct:
            return "change"
        if prev is not None and prev.data.get("kind") == "change" and self.g.equivalent_before.search(left):
            return "change"  # "tăng 0,3% (tương đương 2.369 người)": the same change in other units
        if (
            prev is not None
            and prev.data.get("kind") == "change"
            and self.change_carry
            and self.change_carry.search(left_nq)
        ):
            return "change"  # "tăng mới 110 đơn vị với 1.100 lao động": the second count grew too
        if target and not self.g.reached_now_before.search(left):
            return "target"
        by_year = self.g.by_year.match(right)
        if by_year and doc_year and int(by_year.group(1)) > doc_year:
            return "target"  # "... by 2030": a year after the one the document reports on
        return "actual"

    def enrolment(self, left: str, right: str, right_sentence: str) -> str | None:
        """People an office or employers enrolled ("enrolled 1,385 employees"): participants of the scheme
        named, employees of an employer in compulsory insurance; people not (yet) enrolled are no
        participants and no staff ("2,140 employees had not been enrolled"). None when neither is said."""
        if self.g.not_enrolled_after.match(right_sentence or right):
            return "other"
        if self.g.enrolled_after.match(right):
            # "2,310 employees added to compulsory social insurance": the scheme they joined
            return self.participants.get(self.scheme(right[:90]) or self.enrolled_staff_scheme or "", None)
        if not self.g.enrolled_before.search(left[-50:]):
            return None
        scheme = self.scheme(right) or self.scheme(left, nearest_last=True)
        if scheme is None and self.g.staff_noun_after.match(right):
            scheme = self.enrolled_staff_scheme
        if scheme is None and self.g.self_employed_noun_after.match(right):
            scheme = self.enrolled_self_employed_scheme  # no employer: the voluntary scheme
        return self.participants.get(scheme) if scheme else None

    def part_or_whole(
        self, cand: Candidate, metric: str, left: str, right: str, text: str, end: int, prev: Candidate | None
    ) -> str:
        """ "641,280 of the 668,900 pupils had health insurance", "100 per cent of 1,142 pupils": the whole
        after "of" is a head count of no measure; the part before it (ending at `end` in the sentence's
        `text`) is what the rest of its sentence part says the people have (the scheme named after the whole)."""
        if prev is not None and prev.unit in ("persons", "percent") and self.g.part_whole_between.match(left):
            return "other"
        if metric == "other" and self.g.part_whole_between.match(right):
            scheme = self.scheme(PART_END.split(text[end:], 1)[0])
            if scheme:
                return self.participants[scheme]
        return metric

    def metric_of(
        self,
        cand: Candidate,
        kind: str,
        left: str,
        right: str,
        sentence_left: str,
        prev: Candidate | None,
        right_sentence: str = "",
    ) -> str:
        if kind == "plan_completion":
            return "plan_completion_rate"
        if cand.unit == "units":
            return "other"  # "121 enterprises owed contributions": organisations, counted by no measure's code
        if cand.unit == "documents" and self.g.case_files_after.match(right):
            return "other"  # "4.2 million claims were checked": case files the office received, none it issued
        if (named := measure_named_right_before(self, cand.unit, left)) is not None:
            return named  # "coverage to 31%", "worth VND 54 million": the words right before the number name it
        if cand.unit == "percent" and self.context.coverage_named_after(right):
            named = self.scheme(right[:50])
            if named:
                return self.coverage.get(named, "hi_coverage_rate")
        if (
            cand.unit == "percent"
            and kind != "change"
            and (listed := self.listed_scheme(right_sentence)) in self.coverage
        ):
            return self.coverage[listed]  # "97,8% học sinh, sinh viên tham gia BHYT": the share of the pupils insured
        if cand.unit == "VND" and self.g.revenue_verb_before.search(left[-40:]):
            return "revenue"  # "khu vực X thu 5.980 tỷ đồng": what the verb of collecting took in
        if cand.unit == "percent" and self.g.online_share_after.match(right_sentence or right):
            return "online_services_rate"  # "100% hồ sơ được tiếp nhận, giải quyết trên môi trường điện tử"
        if cand.unit == "percent" and self.g.non_cash_after.match(right_sentence or right):
            return "non_cash_payment_rate"  # "chi trả 85% lương hưu, trợ cấp qua tài khoản cá nhân"
        if (
            cand.unit == "percent"
            and self.g.participants_count_after.match(right)
            and self.g.count_rise_before.search(left)
            and (counted := self.scheme(right[:60])) in self.participants
        ):
            return self.participants[counted]  # "tăng ít nhất 8% số người tham gia BHXH bắt buộc"
        if cand.unit == "percent" and self.g.share_of_after.match(right):
            return "other"  # "100% các đơn vị ... giao dịch điện tử": a share of things, no insurance measure
        if cand.unit == "percent" and self.g.things_rate_before.search(sentence_left[-90:]):
            return "other"  # "công nhận 21 sáng kiến, đạt tỷ lệ 70%": the share of the things counted before it
        if (
            cand.unit == "percent"
            and self.population_re.search(right[:15])
            and not self.workforce_re.search(right[:40])
        ):
            return "hi_coverage_rate"  # "đạt trên 95% dân số và số thu ...": its own measure before the next one's
        if cand.unit == "persons" and (enrolment := self.enrolment(left, right, right_sentence)) is not None:
            return enrolment  # "enrolled 1,385 employees", "2,140 employees had not been enrolled"
        if cand.unit == "persons" and self.g.not_members_noun_after.match(right):
            return "other"  # "the health insurance cards of 2,350 patients": users of a service, not its members
        if cand.unit == "persons" and self.g.staff_noun_after.match(right):
            return "staff_count"  # "its 1,046 officials are asked to bring in voluntary contributors": staff
        if cand.unit == "persons" and self.g.hi_cards_to_before.search(left[-70:]):
            return "hi_participants"  # "issued health insurance cards to 9,400 of these beneficiaries": insured
        if cand.unit == "persons" and self.g.paid_benefit_to_before.search(left[-90:]):
            return "benefit_recipients"  # "paid monthly unemployment allowances to 8,140 people"
        if cand.unit == "persons" and self.g.paid_persons_before.search(sentence_left[-90:]):
            # "had paid 1,904,300 workers", "to pay VND 30,800 billion to 12.8 million workers": people paid a
            # benefit or support (the sentence's left, not the clause's: the amount's own comma, a list of benefits)
            return "benefit_recipients"
        if cand.unit == "VND" and (
            self.g.found_money_before.search(left[-60:])
            or self.g.recovered_after.match(right_sentence or right)
            or self.g.each_worth_before.search(left[-40:])  # "each worth VND 1 million": one gift's price
        ):
            # "a bag containing VND 86 million": money a story finds, no sector measure; "VND 27 billion of
            # late contributions recovered": what was paid back, neither the arrears nor the year's revenue
            return "other"
        left = self.g.contrast.split(left)[-1]
        if prev is not None and (joined := self.g.figure_joined.match(left)):
            left = left[joined.end() :]  # "X% of dossiers were submitted online, and Y% ...": X's words, not Y's
        for ctx in (left, right):  # the words before a number name it more often than those after
            first = self.any_measure.search(ctx)
            if first is None:
                continue
            at = first.start()  # no measure's cue starts before the first of any (their union)
            for metric, unit, regex in self.measures:
                if (unit is None or unit == cand.unit) and regex.search(ctx, at):
                    return metric
        noun_list = right_sentence[:60]
        first = self.measure_at_start.match(noun_list)
        listed_from = first.start("cue") if first is not None else NOUN_LIST_START + 1
        for metric, unit, regex in self.measures if listed_from <= NOUN_LIST_START else ():
            # "487 officials, civil servants and employees": a noun list (its measure's cue right at its start)
            if unit is not None and unit != cand.unit:
                continue
            hit = regex.search(noun_list, listed_from)
            if hit and hit.start() <= NOUN_LIST_START:
                return metric
        local = f"{left} {right}"
        inherited = prev.data.get("metric") if prev is not None else None
        if kind == "change" and inherited == "plan_completion_rate" and prev is not None:
            # "reaching 102.4% of the plan and rising 9.6%": revenue rose (the measure named before, else the subject's)
            inherited = prev.data.get("measure") or next(
                (m for m, unit, rx in self.measures if unit == cand.unit and rx.search(sentence_left)), None
            )
        if cand.unit == "percent":
            return self.percent_metric(cand, kind, left, right, sentence_left, prev, inherited)
        if cand.unit == "persons":
            # the scheme after the number, else the one nearest before it ("..., trong đó BHXH tự nguyện là X người")
            scheme = (
                "all"
                if self.scheme(right_sentence) == "all"
                # "social insurance participants to 16.5 million people and health insurance ...": its own
                else self.scheme(left[-90:], nearest_last=True)
                if (" to " in left[-25:] or " at " in left[-25:]) and self.g.participants_to_before.search(left[-40:])
                else (self.scheme(right) or self.scheme(left, nearest_last=True))
            )
            if scheme or (scheme := self.listed_scheme(right_sentence)):
                return self.participants[scheme]
            if inherited and prev is not None and prev.unit in ("persons", "percent", "count"):
                inherited = self.rate_to_participants.get(inherited, inherited)
                if inherited in self.participants.values():
                    return inherited
            if (
                inherited in JOINED_COUNT_MEASURES
                and prev is not None
                and prev.unit == "persons"
                and (
                    (len(left.split()) <= 2 and self.g.rate_joined_before.search(left))
                    or self.g.compared_base_before.search(left)
                )
            ):
                return inherited  # "X had paid 1,904,300 workers, Y 612,700 workers", "..., compared with 1.1 million"
            if self.g.employer_staff_before.search(left):
                return self.participants["compulsory_si"]  # "110 đơn vị với 1.100 lao động": employers' workers
            if self.g.participation.search(local) or (
                prev is not None and prev.unit == "units" and self.g.owner_count_before.search(sentence_left)
            ):
                scheme = self.scheme(sentence_left, nearest_last=True)
                if scheme:
                    return self.participants[scheme]
                if self.default_scheme and self.g.bare_participants_after.match(right):
                    return self.participants[self.default_scheme]  # "2,2 triệu người tham gia": no scheme named
            return "other"
        if cand.unit == "VND":
            if inherited and prev is not None and prev.unit == "VND":
                return inherited
            return "other"
        if cand.unit == "documents":
            return "documents_issued"
        if inherited and prev is not None and prev.unit == cand.unit and not cand.own_unit:
            return inherited
        return "other"
