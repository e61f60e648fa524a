"""Figures: numbers with their metric, unit, qualifier, kind, date and scope.

For each sentence: find number expressions (figure_scan), then read the words
around each number: the clause after it ("... people participating in health
insurance") and before it ("The number of unemployment insurance participants
was ..."), for what it measures (figure_meaning), when it holds
(figure_periods) and whose it is (figure_scope). A number with no words of
its own inherits from the figure before it in the sentence ("20 documents in
2016; 55 in 2017"), and what the sentences before left in force (their date,
targets and measures: figure_carry). Tables are read cell by cell against
their headers (figure_tables).
"""

from __future__ import annotations

import re
from functools import partial

from spacy.tokens import Doc

from .base import RuleComponent
from .document_year import stored_date_scan
from .extensions import text_of
from .figure_carry import SentenceCarry, respective_measures
from .figure_named_before import share_target_metric, share_target_unit
from .figure_numbered import numbered_items
from .figure_owner import FigureOwner
from .figure_parts import (
    Seen,
    blank_units,
    measure_before,
    standing_date,
    taken_numbers,
    year_before,
    year_reviewed_early,
)
from .figure_periods import document_year, sentence_dates
from .figure_rules import FigureRules
from .figure_scan import Candidate, sentence_records
from .figure_tables import TableReading
from .figure_units import OFFICE_KINDS, unit_mentions
from .span_index import span_index
from .tables import is_award_table, table_blocks
from .vote_shares import is_vote

# what a body has rather than what it did in a year: dated only by a date of its own clause
STANDING_METRICS = ("staff_count",)
# where the words right after a number stop: its clause, its phrase, its part of the sentence
CLAUSE_STOP, PHRASE_STOP, SENTENCE_PART_STOP = re.compile(r"[,;.(]"), re.compile(r"[,;]"), re.compile(r"[;.]")


class FigureFinder(FigureRules, FigureOwner, TableReading, RuleComponent):
    """Figure records of a document: each number with what it measures, when it holds and whose it is
    (the language pack's knowledge, read once, in `FigureRules`)."""

    def process(self, doc: Doc) -> None:
        self.set_annotations(doc)

    def set_annotations(self, doc: Doc) -> None:
        # the units' index an earlier component built for this Doc (kept while the group stays the same)
        unit_index = span_index(doc, "units")
        unit_spans = unit_index.spans
        units = unit_mentions(unit_spans, doc)
        blocked_ranges = taken_numbers(doc, units)
        main_unit = self.scope.main_unit(units, text_of(doc))
        doc_year = document_year(doc, self.dates)
        date_scan = stored_date_scan(doc)  # the whole text's date matches, where the year needed them
        seen = Seen(doc._.figures, text_of(doc))
        seen.offices = {u.unit for u in units if u.label_ in OFFICE_KINDS}
        doc_text = text_of(doc)
        tables = table_blocks(doc_text)
        done_tables: set[int] = set()
        # what each sentence leaves for the next (`figure_carry.py`)
        carry = SentenceCarry(
            self.scope.items_of(doc) or numbered_items(doc_text, self.g.numbered_item),
            self.not_carried_before,
            self.context,
            self.to_date,
            self.g.plan_year_after,
        )
        list_rates: dict[str, str] = {}  # the measure of the rates a list's items named, by the list's lead line
        item_starts = carry.item_starts  # where a round-up's items start ("LONG AN: ...")
        last_unit: str | None = None  # the unit of the last figure read, for a part of it the next sentence counts
        sections = self.sections.of_doc(doc)  # "2. Chỉ tiêu chủ yếu năm 2026": the lines under it are targets
        reviewed = year_reviewed_early(doc, self.sections)
        plan_year = sections.plan_year
        for sent in sentence_records(doc):
            if sent.start_char >= carry.next_item_start:
                carry.enter_item(sent.start_char)
            table = next((t for t in tables if t[0] <= sent.start_char < t[1]), None) if tables else None
            if table is not None:
                if table[0] not in done_tables and not is_award_table(table, self.award_header):
                    done_tables.add(table[0])
                    self.read_table(doc, table, units, main_unit, carry.date, seen)
                continue
            sent_text = sent.text
            if sent.start == 0 or "\n" in doc_text[max(0, sent.start_char - 2) : sent.start_char + 1]:
                carry.target = carry.target and not self.g.past_tense.search(sent_text)
            if not self.scan.may_hold_numbers(sent_text):
                if carry.date is not None and self.to_date.search(sent_text):
                    carry.date = None
                # "What are the office's targets for next year?": the answer after it speaks of targets
                asks = sent_text.rstrip().endswith("?")
                carry.target = (carry.target or asks) and bool(self.target_re.search(sent_text))
                continue  # no digit, no number word: nothing to read here
            dates = self.dates.find(sent_text, date_scan, sent.start_char)
            cands = self.scan.candidates(doc, sent, dates, blocked_ranges)
            dates, explicit, own_period = sentence_dates(self.cited, sent_text, dates)
            asks = sent_text.rstrip().endswith("?")
            # whether the sentence states a target matters for its figures, for the question it asks, and
            # for the date or period it sets for the target sentences after it; a sentence with none of
            # these leaves everything as it was whatever the answer, so it is not asked (about half of
            # the sentences with digits hold no figure: their digits are dates)
            text = sent_text
            if cands or asks or explicit or own_period:
                text = blank_units(sent, unit_index)
                prev_target_carried = (  # "... aims to reach 500 in 2026. It now covers 94.1%": a state, no target
                    carry.target
                    and not any(d.value for d in dates)
                    and not self.g.past_tense.search(sent_text)
                    and not self.g.held_now.search(sent_text)
                )
                says_target = bool(self.target_re.search(text))
                # "II. TARGETS FOR 2026\n1. Health insurance coverage: 95.2 per cent": the heading says it
                in_targets = sections.targets_at(sent.start_char) is not None or (
                    plan_year is not None and not self.g.past_tense.search(sent_text)
                )  # a plan's figures are what it sets out to reach, but for the results it cites
                sent_target = says_target or prev_target_carried or in_targets
            else:
                says_target = sent_target = False
            own_dated = any(not d.comparison for d in dates)  # the sentence dates its figures itself
            said_year = self.periods.year_said(sent_text, doc_year) if cands else None  # "Last year, ..."
            says_now: bool | None = None  # whether the sentence says its figures hold now: asked once, when needed
            prev: Candidate | None = None
            sentence_measures: set[tuple[str, str]] = set()  # the measures this sentence named
            first_measure: tuple[str, str] | None = None  # and the first of them
            sent_now: tuple[int, str] | None = None  # where a figure said to hold now ends, and its date
            sent_scope: str | None = None
            # what the sentences before left, read once per sentence rather than per number
            prev_sent_date, target_when, last_period = carry.date, carry.target_when, carry.period
            latest_year, last_measure, unit_measures = carry.latest_year, carry.last_measure, carry.unit_measures
            # "the targets are 60%, 45% and 95% respectively": the rates the sentence before named, in order
            respective = respective_measures(
                self.g.respectively, text, cands, sent.start_char, carry.last_rates, self.meaning.any_scheme.search
            )
            # "A and B paid 318,400 and 276,950 workers respectively": each number is its own body's
            respective_scopes = self.scope.respective(doc, sent, text, cands, units)
            sentence_rates: list[str] = []
            for i, cand in enumerate(cands):
                left_from = cands[i - 1].end - sent.start_char if i else 0
                right_to = cands[i + 1].start - sent.start_char if i + 1 < len(cands) else len(text)
                s, e = cand.start - sent.start_char, cand.end - sent.start_char
                left = text[left_from:s]
                left_clause = left[max(left.rfind(";"), left.rfind(":")) + 1 :]
                bare_left = left_clause.strip()
                if ":" in left and (  # "- Số người tham gia BHXH bắt buộc: 318.425 người", "Satisfaction: at least 92%"
                    not bare_left or (len(bare_left.split()) <= 3 and self.meaning.qualifier_of(bare_left))
                ):
                    left_clause = re.split(r"[;\n]", left.rsplit(":", 1)[0])[-1]  # the label names the measure
                right = text[e:right_to]
                if (
                    cand.pct
                    and (self.g.votes_after.match(right) or self.g.counted_share_before.search(text, max(0, s - 90), s))
                ) or (cand.unit == "VND" and self.g.prize_money_before.search(text, max(0, s - 60), s)):
                    continue  # "100% số phiếu", "236 trường đạt tỷ lệ 100%", "tiền thưởng 5 triệu đồng"
                if is_vote(text, cand, self.g.votes_after, sent.start_char):
                    continue  # "(15/15 phiếu, đạt 100%)": votes and their rate
                right_clause = CLAUSE_STOP.split(right, 1)[0] if not right.startswith((" (", "(")) else right
                if next_predicate := self.g.next_predicate.search(right_clause):
                    right_clause = right_clause[: next_predicate.start()]  # "... online and would make cashless ..."
                if not cand.own_unit and prev is not None and prev.unit not in ("percent", "VND") and self.bare_counts:
                    cand.unit = prev.unit  # "20 documents in 2016; 55 in 2017" (a language that omits the noun)
                    if i > 1 and cands[0].own_unit and self.g.compared_base_before.search(left):
                        cand.unit = cands[0].unit  # "93 initiatives, by 7 units, up from 71": the subject's noun
                shared = share_target_unit(self.g.share_target_before, cands, i, left)  # "61.2% of the target of 8,400"
                if (
                    cand.unit == "count"
                    and not cand.own_unit
                    and any(c.unit == "persons" for c in cands[:i])
                    and self.g.partitive_after.match(right)
                ):
                    cand.unit = "persons"  # "356,000 joined; 64,000 of them were voluntary participants"
                elif (
                    i == 0
                    and cand.unit == "count"
                    and (last_unit == "persons" or "persons" in unit_measures)  # a head count the sentence before named
                    and self.g.partitive_before.search(text, max(0, s - 24), s)
                ):
                    cand.unit = "persons"  # "... its 480 staff. Of these, 55 hold leading posts": some of those people
                elif cand.unit == "count" and (whole := self.partitive_nouns.unit(left, right)):
                    # "agents, 870 of whom work ...", "cards to 940 of these beneficiaries" (read as a count of
                    # its own noun by the scanner, which stops at "of")
                    cand.unit = whole
                clause_start, clause_end = self.context.clause_bounds(text, s)
                # the sentence and the clause before the number, as one string each for all the questions
                # asked of them (a lower-cased copy is kept per string)
                head, clause_head = text[:s], text[clause_start:s]
                # where the number's own stretch ends: ", and the rate in a 2024 survey" is another figure's date
                own_end = e + len(PHRASE_STOP.split(right, 1)[0])
                next_year = self.g.next_year  # its words are looked for once per sentence
                cand_target = bool(
                    self.target_re.search(text, s) or (not next_year.absent_from(text) and next_year.search(text, 0, s))
                ) or (sent_target and not says_target)
                target_stretch = sections.targets_at(cand.start)
                cand_target = cand_target or target_stretch is not None
                kind = self.meaning.kind_of(cand, left_clause, right, prev, cand_target, head, doc_year)
                metric = self.meaning.metric_of(
                    cand, kind, left_clause, right_clause, head, prev, SENTENCE_PART_STOP.split(right, 1)[0]
                )
                if cand.unit == "persons":  # "641,280 of the 668,900 pupils": the part measured, the whole not
                    metric = self.meaning.part_or_whole(cand, metric, left_clause, right, text, e, prev)
                if cand.unit == "persons" and metric != "other" and self.g.gift_for_before.search(left_clause):
                    metric = "other"  # "to buy health insurance cards for 1,500 poor people": a gift, not members
                if self.not_measures.other(cand.unit, metric, right, head):
                    metric = "other"  # "với 45 đoàn viên", "57 quyết định xử phạt" (`figure_not_measures.py`)
                metric = share_target_metric(seen.figures, cands, i, metric) if shared else metric
                metric = self.scheme_nouns.metric(cand.unit, metric, right)  # household-business owners
                line_start = doc_text.rfind("\n", 0, cand.start) + 1
                # a title's or a round-up item heading's figure: a date carried from before is only its
                # fallback, for when the body does not state the same fact with its own date
                headline = (line_start == 0 and "\n" in doc_text) or line_start in item_starts
                awaits_body = False  # a headline's figure left undated for the body's date of the same fact
                header = self.context.list_header(doc_text, line_start) if metric == "other" or cand.pct else None
                if header and metric == "other":
                    # "Voluntary participants by district:\n1. X: 15,200 people": the list's measure
                    metric = self.meaning.metric_of(cand, kind, header, "", header, None)
                    if metric == "other" and cand.pct:
                        # "- B: 7,615 beneficiaries, 24.6 per cent;": the measure of the rates of the items before
                        metric = list_rates.get(header, metric)
                elif header:
                    list_rates[header] = metric
                if (
                    metric == "other"
                    and (before := measure_before(last_measure, unit_measures, cand)) is not None
                    and self.g.same_measure_before.search(left_clause)
                ):
                    # "the number has risen to 20.1 million": the measure (and its unit) of the figure before
                    metric, cand.unit = before
                elif (
                    metric == "other"
                    and cand.pct
                    and prev is not None
                    and prev.data.get("measure")
                    and self.g.share_of_figure.match(left_clause)
                    and self.g.share_of_rest.match(right)
                ):
                    # "late payments stood at VND 16.2 trillion, about 3.4 per cent of the revenue planned":
                    # the same measure, as a share
                    metric = prev.data["measure"]
                if i in respective:
                    metric = respective[i]  # not the measure of the rate before it in the list
                limit = (
                    self.arrears.read(cand, metric, left_clause, right, prev, bool(self.meaning.plan_re.match(right)))
                    if cand.pct
                    else None
                )
                if limit:
                    metric, kind = limit  # arrears as a share of the plan; "below the 3 per cent ceiling"
                elif cand.pct and self.meaning.plan_re.match(right):
                    metric = "plan_completion_rate"  # also for a target share of the plan
                elif metric == "plan_completion_rate" and kind == "actual":
                    kind = "plan_completion"  # ", while B reached 47.5%": the same measure as A's before
                if metric == "other" and cand.unit == "VND" and self.g.collected_amount_before.search(head):
                    metric = "revenue"  # "thu BHYT ... cho 52.310 người với số tiền 41,2 tỷ đồng"
                exceeded = (
                    kind == "plan_completion"
                    and self.g.exceeded_by_before.search(left_clause)
                    and not self.g.points_raw.search(cand.raw)
                )
                if exceeded:
                    cand.value += 100  # "vượt 28% chỉ tiêu": the plan completed at 128%, no more, no less
                qualifier = None if exceeded else self.meaning.qualifier_of(left)
                if limit and kind == "target":
                    qualifier = "at most"  # a ceiling
                years_span = self.context.years_span(text, clause_start, s)
                base_of = prev.data.get("as_of") if prev is not None and kind == "target" else None
                if base_of and (base := self.g.target_base_before.search(left)):
                    # "reached 81%, against a target of 79%": that result's year, unless it names its own
                    as_of = base.groupdict().get("year") or base_of
                elif kind == "target":
                    paragraph_start = doc_text.rfind("\n", 0, sent.start_char) + 1
                    paragraph = doc_text[paragraph_start : sent.start_char]
                    as_of = self.periods.target_date(
                        cand,
                        dates,
                        sent,
                        target_when[0],
                        doc_year,
                        doc,
                        latest_year,
                        partial(self.dates.find, paragraph),
                    )
                elif years_span and not [
                    d for d in dates if clause_start <= d.start < min(clause_end, own_end) and not d.comparison
                ]:
                    as_of = None  # "revenue for the five years came to ...": a total over years
                elif first := self.periods.first_of_pair(cand, dates, sent, right, doc_year, doc):
                    as_of = first  # "với X khi bắt đầu năm A lên Y": A is X's date
                elif now := self.periods.held_now(
                    cand, dates, sent, left_from if i else None, doc_year, prev_sent_date
                ):
                    as_of, sent_now = now, (cand.end - sent.start_char, now)
                elif sent_now and not [d for d in dates if not d.comparison and d.start >= sent_now[0]]:
                    as_of = sent_now[1]  # "... lên 41.700 người, bằng 25% lực lượng lao động": the comparison's now
                else:
                    as_of = self.periods.as_of(
                        cand, dates, sent, right, None if headline else prev_sent_date, doc_year, doc
                    )
                    awaits_body = headline and as_of is None
                if named_year := self.g.year_figure_before.search(left, max(0, len(left) - 60)):
                    as_of = named_year.group("year")  # "twice the 2016 figure of 7,350": that year's
                period = next(
                    (
                        d.period
                        for d in dates
                        if d.period and not d.comparison and clause_start <= d.start and d.end <= clause_end
                    ),
                    None,
                )
                if years_span and period is None and as_of is None:
                    period = last_period  # "over the five years": the period the text reviews
                if kind == "actual" and period and self.g.total_before.search(clause_head):
                    as_of = None  # "in 2020-2025, the office collected a total of ...": a total over the period
                if metric in STANDING_METRICS and as_of is None:
                    # "the office now has 684 officials and employees": a standing state, held when the
                    # document speaks (its publication month, else its year)
                    as_of = standing_date(doc, doc_year)
                elif (
                    kind == "actual"
                    and (metric not in STANDING_METRICS or Seen.before_publication(as_of, doc, doc_year))
                    and (says_now if says_now is not None else (says_now := bool(self.g.held_now.search(sent_text))))
                    and not (
                        own_dated
                        and self.periods.dated_for(
                            dates, text, left_from, e, goal.start() if (goal := self.target_re.search(text)) else None
                        )
                    )
                ):
                    # "52.6 per cent now receive their money without cash": held when the document speaks,
                    # not at a date carried from the sentences before; "against 61 per cent a year ago": then
                    as_of = standing_date(doc, doc_year)
                    if as_of and self.context.of_last_year(right):
                        as_of = year_before(as_of)
                if kind == "actual" and period and as_of == period[-4:] and self.g.from_before.search(left):
                    as_of = period[:4]  # "during 2020-2025, coverage rose from 87.3% to 94.1%": the start
                if kind == "change" and period and as_of == period[-4:]:
                    as_of = None  # "an increase of 5.3 million over the 2021-2025 period": a change over the period
                if kind == "target" and period is None and not dates:
                    period = target_when[1]  # "targets for the period 2026-2030. Specifically, ... 45.2% ..."
                if as_of is None and period is None and not years_span:
                    # the year the heading of its target stretch or of its section names
                    as_of = (target_stretch and target_stretch.year) or sections.year_at(cand.start)
                if said_year and kind in ("actual", "change") and as_of in (None, prev_sent_date):
                    as_of = said_year  # "Last year, the fund paid ...": the year before the document's
                if reviewed and as_of and kind != "target" and not own_dated and metric not in STANDING_METRICS:
                    # "Ministry reviews 2025 work" in January 2026: an undated result is 2025's, not the year it is told in
                    as_of = reviewed[1] if as_of[:4] == reviewed[0] else as_of
                if not self.bare_counts and cand.unit == "count" and not cand.own_unit and metric == "other":
                    prev = cand  # "6 đoàn", "2 cấp": a count of nothing the language pack knows is no figure
                    continue
                # whose figure it is (`figure_owner.py`)
                scope = self.owner_of(doc, sent, cand, units, main_unit, text, clause_start, line_start, kind, carry)
                scope = respective_scopes.get(i, scope)
                sent_scope = scope
                seen.record(
                    cand,
                    metric,
                    kind,
                    qualifier,
                    as_of,
                    period,
                    scope,
                    self.headline_takes_body_date,
                    awaits_body and kind != "target",  # a headline's goal may be for no date the body names
                    prev_sent_date,
                )
                if kind == "actual" and as_of:
                    latest_year = max(latest_year or 0, int(as_of[:4]))
                keeps = metric not in ("plan_completion_rate", "other")
                if keeps:
                    last_measure = (metric, cand.unit)
                    sentence_measures.add(last_measure)
                    first_measure = first_measure or last_measure
                cand.data["measure"] = metric if keeps else (prev.data.get("measure") if prev is not None else None)
                cand.data["as_of"] = as_of
                if cand.pct and keeps:
                    sentence_rates.append(metric)
                prev = cand
                last_unit = cand.unit
            carry.latest_year = latest_year
            carry.measures_named(sentence_measures, first_measure, last_measure, sentence_rates)
            target_cue = self.target_re.search(text) if says_target else None  # a goal's date carries no result's
            target_at = target_cue.start() if target_cue else None
            carry.dates_named(sent_text, explicit, sent_now, own_period, doc_year, doc, target_at, dates)
            carry.targets_named(sent_target, asks, dates, explicit, own_period, bool(cands), sent_scope, doc_year)
        seen.date_headlines()
