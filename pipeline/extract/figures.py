"""Figures: numbers with their metric, unit, qualifier, kind, date and scope.

For each sentence: find number expressions (figure_scan), then read the words
around each number: the clause after it ("... people participating in health
insurance") and before it ("The number of unemployment insurance participants
was ..."), for what it measures (figure_meaning), when it holds
(figure_periods) and whose it is (figure_scope). A number with no words of
its own inherits from the figure before it in the sentence ("20 documents in
2016; 55 in 2017"). Tables are read cell by cell against their headers.
"""

from __future__ import annotations

import re
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .dates import date_reader, with_year
from .doc_sections import SectionReader
from .document_year import stored_date_scan
from .end_anchored import EndAnchored
from .extensions import text_of
from .figure_context import FigureContext, TargetCues
from .figure_meaning import FigureMeaning
from .figure_partners import PartnerSubject
from .figure_parts import Seen, blank_units, measure_before, standing_date, year_before
from .figure_periods import FigurePeriods, document_year, held_year
from .figure_scan import Candidate, NumberScanner, sentence_records
from .figure_scope import FigureScope, UnitMention, office_in, unit_mentions
from .lexicon import compile_grammar, load_data
from .lexicon_models import AwardsData, MetricsData, NumbersData
from .regex_start import cue_scan, start_gated_grammar
from .span_index import Ranges, span_index
from .tables import is_award_table, table_blocks

# grammar patterns only searched (never matched, split or substituted), over sentences or long pieces
SCANNED_CUES = (
    "next_year",
    "participation",
    "coverage",
    "persons_before",
    "total_before",
    "same_measure_before",
    "from_before",
    "target_change_before",
)
# what a body has rather than what it did in a year: dated only by a date of its own clause
STANDING_METRICS = ("staff_count",)
# where the words right after a number stop: its clause, its phrase, its part of the sentence
CLAUSE_STOP, PHRASE_STOP, SENTENCE_PART_STOP = re.compile(r"[,;.(]"), re.compile(r"[,;]"), re.compile(r"[;.]")
LIST_CUE_CHARS = 400  # how far before a list item its kind ("by district:") is looked for


class FigureFinder(RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_figures", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        self.sections = SectionReader(lang)  # "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026": the year of its undated figures
        num = load_data(lang, "numbers", NumbersData)
        met = load_data(lang, "metrics", MetricsData)
        awards = load_data(lang, "awards", AwardsData)
        plain_grammar = compile_grammar(met.grammar)
        self.g = start_gated_grammar(plain_grammar)
        # the cues asked of whole sentences or long pieces, only ever searched: over the lower-cased
        # text, behind the words they need (`CaselessScan`: the same matches)
        for name in SCANNED_CUES:
            setattr(self.g, name, cue_scan(getattr(plain_grammar, name)))
        # "Quyết định số 128/QĐ-TTg ngày 14/3/2021": a cited document's date is no figure's date
        self.cited = EndAnchored(plain_grammar.cited_document_before)
        # "up from 21% in 2019", "..., which in June 2025 covered ...": dates no later sentence holds at
        self.not_carried_before = (plain_grammar.base_value_before, plain_grammar.history_before)
        self.dates = date_reader(lang)
        self.award_header = compile_grammar(awards.grammar).award_header
        self.context = FigureContext(num, met, self.g)
        self.scan = NumberScanner(num, self.g, self.context, {w.lower() for w in awards.collective_words})
        self.meaning = FigureMeaning(num, met, self.g, self.context, self.scan)
        self.periods = FigurePeriods(self.g, self.context, met.date_after_chars)
        # a paragraph that opens on the whole sector ("cả nước") keeps its figures there (sector_wide)
        # (the "nationwide" phrases the clauses are read for: searched only in a paragraph that holds one)
        paragraph_sector = self.context.sector_wide_re if met.sector_wide and met.sector_paragraph else None
        self.scope = FigureScope(
            self.g, met.scope_offices_only, met.place_means_office, paragraph_sector, met.sector_unit
        )
        # "hệ thống bưu điện ... đã phát triển mới N người": a partner's figure, not the office's
        self.partners = (
            PartnerSubject(self.g, met.partner_nouns, met.grammar.person_subject) if met.scope_offices_only else None
        )
        self.target_re = TargetCues(met.target_cues, self.g.target_compared_before, self.g.assigned_to_reach)
        self.bare_counts = num.bare_counts
        self.headline_takes_body_date = met.headline_takes_body_date
        self.to_date = cue_scan(self.dates.to_date)

    def process(self, doc: Doc) -> None:
        self.set_annotations(doc)

    def set_annotations(self, doc: Doc) -> None:
        # the units' index an earlier component built for this Doc (kept while the group stays the same)
        unit_index = span_index(doc, "units")
        unit_spans = unit_index.spans
        units = unit_mentions(unit_spans, doc)
        blocked = [(s.start_char, s.end_char) for s in units] + [
            (s.start_char, s.end_char) for s in doc.spans.get("people", [])
        ]
        blocked += doc._.meta.get("award_counts", [])  # numbers the awards component counted recipients with
        blocked_ranges = Ranges(blocked)
        main_unit = self.scope.main_unit(units, text_of(doc))
        doc_year = document_year(doc, self.dates)
        date_scan = stored_date_scan(doc)  # the whole text's date matches, where the year needed them
        prev_sent_date: str | None = None
        prev_target = False
        last_period: str | None = None  # the last period the text named ("the 2020-2025 term")
        latest_year: int | None = None  # the latest year an actual figure held in: "next year" is the one after
        # the date, period and scope a target sentence set, for the target sentences after it
        target_when: tuple[str | None, str | None, str | None] = (None, None, None)
        target_scoped = False  # whether a target sentence with figures set target_when's scope
        seen = Seen(doc._.figures, text_of(doc))
        for figure in seen.figures:  # none unless the component runs again on a Doc
            seen.by_fact.setdefault((figure["metric"], figure["value"], figure["unit"], figure["kind"]), []).append(
                figure
            )
        doc_text = text_of(doc)
        tables = table_blocks(doc_text)
        done_tables: set[int] = set()
        last_measure: tuple[str, str] | None = None  # (metric, unit) of the last named figure before
        last_rates: list[str] = []  # the measures of the rates the last sentence with rates named, in order
        unit_measures: dict[str, str] = {}  # the last sentence's measure in each unit, where it named one
        list_rates: dict[str, str] = {}  # the measure of the rates a list's items named, by the list's lead line
        # where a round-up's items start ("LONG AN: ..."): an item starts afresh, no target or date carried into it
        item_starts, next_item = self.scope.items_of(doc), 0
        before_items: str | None = None  # the date in force where the first item starts (a dateline's)
        for sent in sentence_records(doc):
            if next_item < len(item_starts) and item_starts[next_item] <= sent.start_char:
                if next_item == 0:
                    before_items = prev_sent_date
                while next_item < len(item_starts) and item_starts[next_item] <= sent.start_char:
                    next_item += 1
                prev_target, target_when, target_scoped = False, (None, None, None), False
                prev_sent_date = before_items  # nor a date: "by December 31" of the item before is not its
            table = next((t for t in tables if t[0] <= sent.start_char < t[1]), None) if tables else None
            if table is not None:
                if table[0] not in done_tables and not is_award_table(table, self.award_header):
                    done_tables.add(table[0])
                    self.read_table(doc, table, units, main_unit, prev_sent_date, seen)
                continue
            sent_text = sent.text
            if sent.start == 0 or "\n" in doc_text[max(0, sent.start_char - 2) : sent.start_char + 1]:
                prev_target = prev_target and not self.g.past_tense.search(sent_text)
            if not self.scan.may_hold_numbers(sent_text):
                if prev_sent_date is not None and self.to_date.search(sent_text):
                    prev_sent_date = None
                # "What are the office's targets for next year?": the answer after it speaks of targets
                asks = sent_text.rstrip().endswith("?")
                prev_target = (prev_target or asks) and bool(self.target_re.search(sent_text))
                continue  # no digit, no number word: nothing to read here
            dates = self.dates.find(sent_text, date_scan, sent.start_char)
            cands = self.scan.candidates(doc, sent, dates, blocked_ranges)
            # a cited document's date is no figure's date (the sentence is searched up to each date only
            # where a document is cited before the last one)
            if dates and self.cited.may_match(sent_text, max(d.start for d in dates)):
                dates = [d for d in dates if not self.cited.search(sent_text, d.start)]
            explicit = [
                d
                for d in dates
                if not d.comparison and not d.period and not d.numeric and (d.value or d.month_day or d.month)
            ]
            own_period = next((d.period for d in dates if d.period and not d.comparison), None)
            asks = sent_text.rstrip().endswith("?")
            # whether the sentence states a target matters for its figures, for the question it asks, and
            # for the date or period it sets for the target sentences after it; a sentence with none of
            # these leaves everything as it was whatever the answer, so it is not asked (about half of
            # the sentences with digits hold no figure: their digits are dates)
            text = sent_text
            if cands or asks or explicit or own_period:
                text = blank_units(sent, unit_index)
                prev_target_carried = (
                    prev_target and not any(d.value for d in dates) and not self.g.past_tense.search(sent_text)
                )
                says_target = bool(self.target_re.search(text))
                sent_target = says_target or prev_target_carried
            else:
                says_target = sent_target = False
            own_dated = any(not d.comparison for d in dates)  # the sentence dates its figures itself
            says_now: bool | None = None  # whether the sentence says its figures hold now: asked once, when needed
            prev: Candidate | None = None
            sentence_measures: set[tuple[str, str]] = set()  # the measures this sentence named
            first_measure: tuple[str, str] | None = None  # and the first of them
            sent_now: tuple[int, str] | None = None  # where a figure said to hold now ends, and its date
            sent_scope: str | None = None
            sent_scope_carry = target_scoped
            # "the targets are 60%, 45% and 95% respectively": the rates the sentence before named, in order
            respective = respective_measures(self.g.respectively, text, cands, sent.start_char, last_rates)
            sentence_rates: list[str] = []
            for i, cand in enumerate(cands):
                left_from = cands[i - 1].end - sent.start_char if i else 0
                right_to = cands[i + 1].start - sent.start_char if i + 1 < len(cands) else len(text)
                s, e = cand.start - sent.start_char, cand.end - sent.start_char
                left = text[left_from:s]
                left_clause = left[max(left.rfind(";"), left.rfind(":")) + 1 :]
                if not left_clause.strip() and ":" in left:  # "- Số người tham gia BHXH bắt buộc: 318.425 người"
                    left_clause = re.split(r"[;\n]", left.rsplit(":", 1)[0])[-1]  # the label names the measure
                right = text[e:right_to]
                if (cand.pct and self.g.votes_after.match(right)) or (
                    cand.unit == "VND" and self.g.prize_money_before.search(text, max(0, s - 60), s)
                ):
                    continue  # "100% số phiếu", "tiền thưởng 5 triệu đồng": a vote, an award's money
                right_clause = CLAUSE_STOP.split(right, 1)[0] if not right.startswith((" (", "(")) else right
                if not cand.own_unit and prev is not None and prev.unit not in ("percent", "VND") and self.bare_counts:
                    cand.unit = prev.unit  # "20 documents in 2016; 55 in 2017" (a language that omits the noun)
                if (
                    cand.unit == "count"
                    and not cand.own_unit
                    and any(c.unit == "persons" for c in cands[:i])
                    and self.g.partitive_after.match(right)
                ):
                    cand.unit = "persons"  # "356,000 joined; 64,000 of them were voluntary participants"
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
                kind = self.meaning.kind_of(cand, left_clause, right, prev, cand_target, head, doc_year)
                metric = self.meaning.metric_of(
                    cand, kind, left_clause, right_clause, head, prev, SENTENCE_PART_STOP.split(right, 1)[0]
                )
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
                if cand.pct and self.meaning.plan_re.match(right):
                    metric = "plan_completion_rate"  # also for a target share of the plan
                elif metric == "plan_completion_rate" and kind == "actual":
                    kind = "plan_completion"  # ", while B reached 47.5%": the same measure as A's before
                if metric == "other" and cand.unit == "VND" and self.g.collected_amount_before.search(head):
                    metric = "revenue"  # "thu BHYT ... cho 52.310 người với số tiền 41,2 tỷ đồng"
                exceeded = kind == "plan_completion" and self.g.exceeded_by_before.search(left_clause)
                if exceeded:
                    cand.value += 100  # "vượt 28% chỉ tiêu": the plan completed at 128%, no more, no less
                qualifier = None if exceeded else self.meaning.qualifier_of(left)
                years_span = self.context.years_span(text, clause_start, s)
                if kind == "target":
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
                elif now := self.periods.held_now(cand, dates, sent, left_from if i else None, doc_year):
                    as_of, sent_now = now, (cand.end - sent.start_char, now)
                elif sent_now and not [d for d in dates if not d.comparison and d.start >= sent_now[0]]:
                    as_of = sent_now[1]  # "... lên 41.700 người, bằng 25% lực lượng lao động": the comparison's now
                else:
                    as_of = self.periods.as_of(
                        cand, dates, sent, right, None if headline else prev_sent_date, doc_year, doc
                    )
                    awaits_body = headline and as_of is None
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
                    metric not in STANDING_METRICS
                    and kind == "actual"
                    and not own_dated
                    and (says_now if says_now is not None else (says_now := bool(self.g.held_now.search(sent_text))))
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
                    as_of = self.sections.of_doc(doc).year_at(cand.start)  # the year its section's heading names
                if not self.bare_counts and cand.unit == "count" and not cand.own_unit and metric == "other":
                    prev = cand  # "6 đoàn", "2 cấp": a count of nothing the language pack knows is no figure
                    continue
                # whose figure it is: the clause's own reading where it has one, else the scope the words
                # before it name (read only when nothing nearer says whose it is)
                district = self.context.list_item(
                    doc_text[line_start : cand.start], doc_text[max(0, line_start - LIST_CUE_CHARS) : line_start]
                ) or self.context.district(text, clause_start, s)
                if district and not office_in(units, sent.start_char + clause_start, cand.start):
                    scope = district  # "Duc Hoa district reached 96.2%; Can Giuoc district 94.8%"
                elif self.context.unclear_scope(head, text) and not office_in(units, sent.start_char, cand.start):
                    scope = None  # "the entire system strives to ...": whose system the text leaves open
                elif kind == "target" and not office_in(units, sent.start_char, cand.end) and sent_scope_carry:
                    scope = target_when[2]
                elif (cue := self.context.sector_wide(clause_head, text)) is not None and not office_in(
                    units, sent.start_char + clause_start + cue, cand.start
                ):
                    scope = self.context.sector_unit  # "nationwide, 21.9 million people ..."
                else:
                    partner = self.partners.scope(doc, sent, cand, units) if self.partners is not None else None
                    scope = partner or self.scope.scope_of(doc, sent, cand, units, main_unit)
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
                if cand.pct and keeps:
                    sentence_rates.append(metric)
                prev = cand
            if sentence_rates:
                last_rates = sentence_rates
            for unit in {unit for _, unit in sentence_measures}:  # the last measure of each unit, where one
                named = [metric for metric, named_unit in sentence_measures if named_unit == unit]
                if len(named) == 1:
                    unit_measures[unit] = named[0]
                else:
                    unit_measures.pop(unit, None)
            if len({metric for metric, _ in sentence_measures}) > 1:
                last_measure = (
                    None  # "... 1.267 người tham gia BHXH và 3.480 người tham gia BHYT. Con số đó ...": which?
                )
            elif first_measure is not None:
                last_measure = first_measure  # one measure, as an amount and as a share: the amount it opened on
            # an aside's years do not carry on ("... được tặng Cờ thi đua (lần lượt vào các năm 2021 và 2023).")
            carried = [
                d
                for d in explicit
                if len(d.value or "") != len("2024")
                or sent_text.count("(", 0, d.start) <= sent_text.count(")", 0, d.start)
            ]
            # "..., up from 21.8% in 2019.": the base value's year is no date for the sentences after it
            carried = [
                d
                for d in carried
                if not any(cue.search(sent_text, max(0, d.start - 60), d.start) for cue in self.not_carried_before)
            ]
            if carried and (carried[-1].value or doc_year):
                prev_sent_date = with_year(carried[-1], held_year(carried[-1], doc_year, doc) or 0)
            # "in the first nine months of 2023": the year closing the months carries on as those months, and
            # so does a plan's year after them ("15.6% of the 2026 plan"); any other date after them is the one
            elapsed = self.context.months_elapsed(sent_text, doc_year)
            if elapsed and explicit:
                last_elapsed = list(self.context.months_elapsed_re.finditer(sent_text))[-1]
                plan_years = {m.end("year") for m in self.g.plan_year_after.finditer(sent_text)}
                later = [d for d in explicit if d.start >= last_elapsed.start()]
                if not later or any(d.end != last_elapsed.end() and d.end not in plan_years for d in later):
                    elapsed = None
            if elapsed:
                prev_sent_date = elapsed  # "in seven months, ...; late payment ...": the same seven months
            if prev_sent_date is not None and self.to_date.search(sent_text):
                prev_sent_date = None
            if sent_now and not [d for d in explicit if d.start >= sent_now[0]]:
                prev_sent_date = sent_now[1]  # the sentence ended now: its baseline year is no date for the next
            last_period = own_period or last_period
            asks_ahead = asks and (
                sent_target or any(d.value and int(d.value[:4]) > (latest_year or doc_year or 9999) for d in dates)
            )  # "What are the key tasks for 2026?": the answer after it sets targets
            if sent_target or asks_ahead:
                own_date = with_year(explicit[-1], doc_year or 0) if explicit else None
                scope_now = sent_scope if cands else target_when[2]
                target_scoped = target_scoped or bool(cands)
                target_when = (own_date or target_when[0], own_period or target_when[1], scope_now)
            elif cands:
                target_when, target_scoped = (None, None, None), False
            prev_target = (sent_target and bool(cands)) or asks_ahead
        seen.date_headlines()

    def read_table(
        self,
        doc: Doc,
        table: tuple[int, int, list],
        units: list[UnitMention],
        main_unit: str | None,
        carried_date: str | None,
        seen: Seen,
    ) -> None:
        """A table (rows of "a | b | c"): each number reads its column header and its row's labels."""
        _, _, rows = table
        header = [text for _, _, text in rows[0]]
        for cells in rows[1:]:
            labels = " ".join(text for _, _, text in cells if not re.search(r"\d", text))
            row_dates = [d for d in self.dates.find(cells[0][2]) if d.value]
            as_of = row_dates[0].value if row_dates else carried_date
            scope = next((u.unit for u in units if cells[0][0] <= u.start_char < cells[-1][1]), main_unit)
            money = self.scan.label_money.search(labels)
            for j, (c_start, _, text) in enumerate(cells):
                if j == 0 and row_dates:
                    continue
                column = header[j] if j < len(header) else ""
                if self.context.is_row_numbers(column):
                    continue  # "No." column: row numbers are structure
                context = f"{column} {labels}"
                for m in self.scan.expr.finditer(text):
                    cand = self.scan.candidate_from(doc, m, text, c_start)
                    if cand is None:
                        continue
                    if money and cand.unit == "count" and not cand.own_unit:
                        scale = (money.group("a") or money.group("b")).lower()
                        cand.value *= self.scan.scales[scale]
                        cand.unit, cand.currency = "VND", "VND"
                    if not cand.own_unit and self.g.persons_before.search(context + " "):
                        cand.unit = "persons"
                    plan = bool(self.g.plan_header.search(context))
                    by_column = self.context.table_kind(column) if j else None
                    kind = (
                        "plan_completion"
                        if (plan or by_column == "plan_completion") and cand.pct
                        else by_column
                        if by_column in ("target", "change")
                        else (
                            "target"
                            if self.target_re.search(context) or self.g.target_header.search(context)
                            else "actual"
                        )
                    )
                    metric = self.meaning.metric_of(cand, kind, context, text[m.end() :], context, None)
                    qualifier = self.meaning.qualifier_of(text[: m.start()])
                    seen.record(cand, metric, kind, qualifier, as_of, None, scope, self.headline_takes_body_date)


def respective_measures(
    respectively: re.Pattern[str], text: str, cands: list[Candidate], offset: int, last_rates: list[str]
) -> dict[int, str]:
    """ "For 2030, the targets are 60%, 45% and more than 95% respectively": as many rates before the
    word as the sentence before named take its rates' measures in order (index in `cands` -> metric)."""
    if len(last_rates) < 2:
        return {}
    m = respectively.search(text)
    if m is None:
        return {}
    rates = [i for i, c in enumerate(cands) if c.pct and c.end - offset <= m.start()]
    return dict(zip(rates, last_rates)) if len(rates) == len(last_rates) else {}
