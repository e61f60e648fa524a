"""Figures: numbers with their metric, unit, qualifier, kind, date and scope.

For each sentence: find number expressions (both number styles, scale
words, per cent, VND before or after), drop what is not a figure (years,
dates, ordinals, document numbers, durations, award counts), then read the
words around each number: the clause after it ("... people participating
in health insurance") and before it ("The number of unemployment insurance
participants was ..."). A number with no words of its own inherits from
the figure before it in the sentence ("20 documents in 2016; 55 in 2017").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .dates import DateMention, DateReader, date_reader, with_year
from .extensions import sentences, text_of
from .figure_context import FigureContext
from .lexicon import CaselessSearch, compile_grammar, load_data, phrase_regex
from .lexicon_models import AwardsData, MetricsData, NumbersData
from .numbers import NUMBER, NumberStyle, as_int_if_whole, parse_number
from .tables import is_award_table, table_blocks

OFFICE_KINDS = ("provincial_office", "region_office", "district_office", "cluster")
# bodies of the social security sector: the ones a figure is about unless the text says otherwise
SCOPE_KINDS = OFFICE_KINDS + ("agency", "department")
# what a body has rather than what it did in a year: dated only by a date of its own clause
STANDING_METRICS = ("staff_count",)


@dataclass
class Candidate:
    start: int
    end: int
    value: float
    unit: str
    raw: str
    pct: bool = False
    currency: str | None = None
    own_unit: bool = True
    data: dict = field(default_factory=dict)


class FigureFinder(RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_figures", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        num = load_data(lang, "numbers", NumbersData)
        met = load_data(lang, "metrics", MetricsData)
        self.g = compile_grammar(met.grammar)
        self.dates = date_reader(lang)
        self.collective_words = {w.lower() for w in load_data(lang, "awards", AwardsData).collective_words}
        self.award_header = compile_grammar(load_data(lang, "awards", AwardsData).grammar).award_header
        self.style = NumberStyle(num.decimal_mark, num.group_mark)
        self.scales = num.scales
        scale_alt = "|".join(sorted(map(re.escape, self.scales), key=len, reverse=True))
        pct_alt = "|".join(sorted(map(re.escape, num.percent_words), key=len, reverse=True))
        cur_alt = "|".join(sorted(map(re.escape, num.currency_words), key=len, reverse=True))
        self.currency = num.currency_words
        self.expr = re.compile(
            rf"(?<![\w/.,-])(?:(?P<pre>{cur_alt})\s?)?(?P<num>{NUMBER})(?![\w]|/(?!\d)|[.,]\d)"
            rf"(?:\s?(?P<scale>{scale_alt})\b)?(?:\s?(?P<pct>{pct_alt})(?!\w))?(?:\s?(?P<post>{cur_alt})\b)?",
            re.IGNORECASE,
        )
        # a table row's money unit in its label: "Total revenue (VND billion)"
        self.label_money = re.compile(
            rf"\(\s*(?:{cur_alt})\s+(?P<a>{scale_alt})\s*\)|\(\s*(?P<b>{scale_alt})\s+(?:{cur_alt})\s*\)", re.IGNORECASE
        )
        self.word_numbers = num.word_numbers
        self.word_expr = re.compile(
            r"\b("
            + "|".join(self.word_numbers)
            + r")\s+(?:[\w-]+\s+)?("
            + "|".join(map(re.escape, num.unit_nouns["documents"]))
            + r")\b",
            re.IGNORECASE,
        )
        self.noun_unit = {n: u for u, nouns in num.unit_nouns.items() for n in nouns}
        # a unit noun up to four words after the number ("2,000 new voluntary social insurance
        # participants"), but not across a preposition ("214 houses for poor households")
        self.noun_re = re.compile(
            r"^\s*(?:(?!(?:"
            + "|".join(map(re.escape, num.noun_stops))
            + r")\b)[\w-]+\s+){0,4}?("
            + "|".join(sorted(map(re.escape, self.noun_unit), key=len, reverse=True))
            + r")\b",
            re.IGNORECASE,
        )
        self.duration_re = re.compile(
            r"^(?:\s|-)(?:" + "|".join(map(re.escape, num.duration_nouns)) + r")\b", re.IGNORECASE
        )
        self.reference_re = re.compile(
            r"(?:\b(?:" + "|".join(re.escape(w.rstrip(".")) for w in num.reference_words) + r")\.?)\s*$",
            re.IGNORECASE,
        )
        self.award_re = re.compile(r"^\s*(?:" + "|".join(num.award_count_nouns) + r")\b", re.IGNORECASE)
        self.qualifiers = [
            (q, CaselessSearch(re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, words)) + r")\s*$", re.IGNORECASE)))
            for q, words in num.qualifiers.items()
        ]
        # metrics
        self.schemes = [(k, phrase_regex(v)) for k, v in met.schemes.items()]
        self.participants = met.participants_metric
        self.coverage = met.coverage_metric
        self.rate_to_participants = met.rate_to_participants
        self.measures = [(m.metric, m.unit, phrase_regex(m.cues)) for m in met.measures]
        self.population_re = phrase_regex(met.coverage_cues.population)
        self.workforce_re = phrase_regex(met.coverage_cues.workforce)
        self.plan_re = re.compile(met.plan_completion_pattern, re.IGNORECASE)
        self.change_before = re.compile(
            r"(?:^|\W)(?:" + "|".join(map(re.escape, met.change_before)) + r")\s*$", re.IGNORECASE
        )
        self.change_after = re.compile(
            r"^\s*(?:[\w-]+\s+){0,2}?(?:" + "|".join(map(re.escape, met.change_after)) + r")\b", re.IGNORECASE
        )
        self.target_re = phrase_regex(met.target_cues)
        self.context = FigureContext(num, met, self.g)
        self.bare_counts = num.bare_counts
        self.place_means_office = met.place_means_office
        self.scope_offices_only = met.scope_offices_only
        self.date_after_chars = met.date_after_chars
        self.headline_takes_body_date = met.headline_takes_body_date
        self.change_carry = (
            re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:" + "|".join(map(re.escape, met.change_carry)) + r")\s*$", re.I)
            if met.change_carry
            else None
        )
        # a paragraph that opens on the whole sector ("cả nước") keeps its figures there (sector_wide)
        self.paragraph_sector = phrase_regex(met.sector_wide) if met.sector_wide and met.sector_paragraph else None
        self.sector_unit = met.sector_unit
        self.may_hold_numbers = CaselessSearch(
            re.compile(r"\d|\b(?:" + "|".join(self.word_numbers) + r")\b", re.IGNORECASE)
        )

    def process(self, doc: Doc) -> None:
        self.set_annotations(doc)

    # -- candidates --------------------------------------------------------------

    def candidates(
        self, doc: Doc, sent: Span, dates: list[DateMention], blocked: list[tuple[int, int]]
    ) -> list[Candidate]:
        text, base = sent.text, sent.start_char
        out = []
        for m in self.expr.finditer(text):
            if any(d.start <= m.start("num") < d.end for d in dates):
                continue
            if any(s <= base + m.start("num") < e for s, e in blocked):
                continue
            cand = self.candidate_from(doc, m, text, base)
            if cand is not None:
                out.append(cand)
        for m in self.word_expr.finditer(text):
            value = self.word_numbers[m.group(1).lower()]
            unit = self.noun_unit.get(m.group(2).lower(), "count")
            if m.group(2).lower() in self.collective_words:
                continue
            out.append(Candidate(base + m.start(1), base + m.end(1), value, unit, m.group(1)))
        out.sort(key=lambda c: c.start)
        return out

    def candidate_from(self, doc: Doc, m: re.Match, text: str, base: int) -> Candidate | None:
        """A number expression -> a candidate figure, or None when it is not a figure."""
        start, end = m.start(), m.end()
        currency = self.currency.get(m.group("pre") or m.group("post") or "", None)
        if currency is None and m.group("pre") is None and (m.group("post") or "").upper() == "VND":
            currency = "VND"
        if currency == "USD":
            return None
        after, before = re.sub(r"^/\d+", "", text[end:]), text[:start]
        if self.g.ordinal_after.match(after) or self.g.letter_after.match(after) or re.match(r"^:\d", after):
            return None
        line_start = text_of(doc).rfind("\n", 0, base + start) + 1
        heading = re.match(r"^[.)](?:\s|$)", after) and not text_of(doc)[line_start : base + start].strip()
        if before.endswith(":") or self.g.clock_after.match(after) or heading:
            return None  # a clock time or a numbered heading
        if self.duration_re.match(after) or self.reference_re.search(before) or self.award_re.match(after):
            return None
        if self.g.awarded_after.match(after):
            return None  # "128 officials were awarded the Medal ...": a count the awards component owns
        if not (m.group("pct") or currency) and self.context.not_a_figure(after):
            return None  # "9 grassroots offices", "150 delegates", "212 officials earned the title ..."
        if re.search(r"https?://\S*$|www\.\S*$", before):
            return None
        scale = m.group("scale")
        try:
            value = parse_number(m.group("num"), self.style, scaled=bool(scale))
        except ValueError:
            doc._.warnings.append(f"unparsed number {m.group('num')!r}")
            return None
        if scale:
            value *= self.scales[scale.lower()]
        pct = bool(m.group("pct"))
        if (
            not (pct or currency or scale)
            and re.fullmatch(r"(?:19|20)\d\d", m.group("num"))
            and not self.noun_re.match(after[:20])
        ):
            return None  # a year
        if value == 0 and not (pct or currency):
            return None
        if currency == "VND" and not scale and value < 1000:
            doc._.warnings.append(f"VND amount without a scale word skipped: {m.group()!r}")
            return None
        unit, own = self.unit_of(after, before, pct, currency)
        if own and re.match(r"^\s*(?:[\w-]+\s+){0,3}?[\w-]+\s*:", after[:40]) and unit == "units":
            return None  # "2 units: A and B" introduces a list, it is no figure
        return Candidate(base + start, base + end, value, unit, m.group(), pct, currency, own)

    def unit_of(self, after: str, before: str, pct: bool, currency: str | None) -> tuple[str, bool]:
        if pct:
            return "percent", True
        if currency:
            return "VND", True
        m = self.noun_re.match(after[:40])
        if m:
            return self.noun_unit[m.group(1).lower()], True
        if self.g.own_count_noun.match(after[:40]):
            return "count", True  # "handed over 61 houses": its own noun, not the people named before it
        if self.g.persons_before.search(before[-120:]):
            return "persons", False
        return "count", False

    # -- reading the words around a number -----------------------------------------
    def set_annotations(self, doc: Doc) -> None:
        units = list(doc.spans.get("units", []))
        blocked = [(s.start_char, s.end_char) for s in units] + [
            (s.start_char, s.end_char) for s in doc.spans.get("people", [])
        ]
        blocked += doc._.meta.get("award_counts", [])  # numbers the awards component counted recipients with
        main_unit = self.main_unit(units)
        doc_year = self.document_year(doc)
        prev_sent_date: str | None = None
        prev_target = False
        last_period: str | None = None  # the last period the text named ("the 2020-2025 term")
        latest_year: int | None = None  # the latest year an actual figure held in: "next year" is the one after
        # the date, period and scope a target sentence set, for the target sentences after it
        target_when: tuple[str | None, str | None, str | None] = (None, None, None)
        target_scoped = False  # whether a target sentence with figures set target_when's scope
        seen: set[tuple] = set()
        tables = table_blocks(text_of(doc))
        done_tables: set[int] = set()
        for sent in sentences(doc):
            table = next((t for t in tables if t[0] <= sent.start_char < t[1]), None)
            if table is not None:
                if table[0] not in done_tables and not is_award_table(table, self.award_header):
                    done_tables.add(table[0])
                    self.read_table(doc, table, units, main_unit, prev_sent_date, seen)
                continue
            sent_text = text_of(doc)[sent.start_char : sent.end_char]
            if sent.start == 0 or "\n" in text_of(doc)[max(0, sent.start_char - 2) : sent.start_char + 1]:
                prev_target = prev_target and not self.g.past_tense.search(sent_text)
            if not self.may_hold_numbers.search(sent_text):
                if self.dates.to_date.search(sent_text):
                    prev_sent_date = None
                # "What are the office's targets for next year?": the answer after it speaks of targets
                asks = sent_text.rstrip().endswith("?")
                prev_target = (prev_target or asks) and bool(self.target_re.search(sent_text))
                continue  # no digit, no number word: nothing to read here
            text = self.blank_units(sent, units)
            dates = self.dates.find(sent_text)
            cands = self.candidates(doc, sent, dates, blocked)
            prev_target_carried = (
                prev_target and not any(d.value for d in dates) and not self.g.past_tense.search(sent_text)
            )
            sent_target = bool(self.target_re.search(text)) or prev_target_carried
            prev: Candidate | None = None
            sent_scope: str | None = None
            sent_scope_carry = target_scoped
            for i, cand in enumerate(cands):
                left_from = cands[i - 1].end - sent.start_char if i else 0
                right_to = cands[i + 1].start - sent.start_char if i + 1 < len(cands) else len(text)
                s, e = cand.start - sent.start_char, cand.end - sent.start_char
                left = text[left_from:s]
                left_clause = re.split(r"[;:]", left)[-1]
                right = text[e:right_to]
                right_clause = re.split(r"[,;.(]", right)[0] if not right.startswith((" (", "(")) else right
                if not cand.own_unit and prev is not None and prev.unit not in ("percent", "VND") and self.bare_counts:
                    cand.unit = prev.unit  # "20 documents in 2016; 55 in 2017" (a language that omits the noun)
                clause_start, clause_end = self.context.clause_bounds(text, s)
                cand_target = bool(self.target_re.search(text[:s]) or self.g.next_year.search(text[:s])) or (
                    sent_target and not self.target_re.search(text)
                )
                kind = self.kind_of(cand, left_clause, right, prev, cand_target, text[:s], doc_year)
                metric = self.metric_of(
                    cand, kind, left_clause, right_clause, text[:s], prev, re.split(r"[;.]", right)[0]
                )
                if cand.pct and self.plan_re.match(right):
                    metric = "plan_completion_rate"  # also for a target share of the plan
                elif metric == "plan_completion_rate" and kind == "actual":
                    kind = "plan_completion"  # ", while B reached 47.5%": the same measure as A's before
                qualifier = self.qualifier_of(left)
                if kind == "target":
                    as_of = self.target_date(cand, dates, sent, target_when[0], doc_year, doc, latest_year)
                elif self.context.years_span(text[clause_start:s]) and not [
                    d for d in dates if clause_start <= d.start < clause_end and not d.comparison
                ]:
                    as_of = None  # "revenue for the five years came to ...": a total over years
                else:
                    as_of = self.as_of(cand, dates, sent, right, prev_sent_date, doc_year, doc)
                period = next(
                    (
                        d.period
                        for d in dates
                        if d.period and not d.comparison and clause_start <= d.start and d.end <= clause_end
                    ),
                    None,
                )
                span = self.context.years_span(text[clause_start:s])
                if span and period is None and as_of is None:
                    period = last_period  # "over the five years": the period the text reviews
                if kind == "actual" and period and self.g.total_before.search(text[clause_start:s]):
                    as_of = None  # "in 2020-2025, the office collected a total of ...": a total over the period
                if metric in STANDING_METRICS and not [d for d in dates if clause_start <= d.start < clause_end]:
                    as_of = None  # "the office now has 684 officials and employees": a standing state, no date
                if kind == "actual" and period and as_of == period[-4:] and self.g.from_before.search(left):
                    as_of = period[:4]  # "during 2020-2025, coverage rose from 87.3% to 94.1%": the start
                if kind == "change" and period and as_of == period[-4:]:
                    as_of = None  # "an increase of 5.3 million over the 2021-2025 period": a change over the period
                if kind == "target" and period is None and not dates:
                    period = target_when[1]  # "targets for the period 2026-2030. Specifically, ... 45.2% ..."
                if not self.bare_counts and cand.unit == "count" and not cand.own_unit and metric == "other":
                    prev = cand  # "6 đoàn", "2 cấp": a count of nothing the language pack knows is no figure
                    continue
                scope = self.scope_of(doc, sent, cand, units, main_unit)
                cue = self.context.sector_wide(text[clause_start:s])
                if cue is not None and not self.office_in(units, sent.start_char + clause_start + cue, cand.start):
                    scope = self.context.sector_unit  # "nationwide, 21.9 million people ..."
                line_start = text_of(doc).rfind("\n", 0, cand.start) + 1
                district = self.context.list_item(
                    text_of(doc)[line_start : cand.start], text_of(doc)[:line_start]
                ) or self.context.district(text[clause_start:s])
                if district and not self.office_in(units, sent.start_char + clause_start, cand.start):
                    scope = district  # "Duc Hoa district reached 96.2%; Can Giuoc district 94.8%"
                elif self.context.unclear_scope(text[:s]) and not self.office_in(units, sent.start_char, cand.start):
                    scope = None  # "the entire system strives to ...": whose system the text leaves open
                elif kind == "target" and not self.office_in(units, sent.start_char, cand.end) and sent_scope_carry:
                    scope = target_when[2]
                sent_scope = scope
                self.add_figure(doc, seen, cand, metric, kind, qualifier, as_of, period, scope)
                if kind == "actual" and as_of:
                    latest_year = max(latest_year or 0, int(as_of[:4]))
                keeps = metric not in ("plan_completion_rate", "other")
                cand.data["measure"] = metric if keeps else (prev.data.get("measure") if prev is not None else None)
                prev = cand
            explicit = [
                d
                for d in dates
                if not d.comparison and not d.period and not d.numeric and (d.value or d.month_day or d.month)
            ]
            if explicit and (explicit[-1].value or doc_year):
                prev_sent_date = with_year(explicit[-1], doc_year or 0)
            elapsed = self.context.months_elapsed(sent_text, doc_year)
            if elapsed and not explicit:
                prev_sent_date = elapsed  # "in seven months, ...; late payment ...": the same seven months
            if self.dates.to_date.search(sent.text):
                prev_sent_date = None
            last_period = next((d.period for d in dates if d.period and not d.comparison), last_period)
            asks_ahead = sent_text.rstrip().endswith("?") and (
                sent_target or any(d.value and int(d.value[:4]) > (latest_year or doc_year or 9999) for d in dates)
            )  # "What are the key tasks for 2026?": the answer after it sets targets
            if sent_target or asks_ahead:
                own_period = next((d.period for d in dates if d.period and not d.comparison), None)
                own_date = with_year(explicit[-1], doc_year or 0) if explicit else None
                scope_now = sent_scope if cands else target_when[2]
                target_scoped = target_scoped or bool(cands)
                target_when = (own_date or target_when[0], own_period or target_when[1], scope_now)
            elif cands:
                target_when, target_scoped = (None, None, None), False
            prev_target = (sent_target and bool(cands)) or asks_ahead

    def read_table(
        self,
        doc: Doc,
        table: tuple[int, int, list],
        units: list[Span],
        main_unit: str | None,
        carried_date: str | None,
        seen: set,
    ) -> None:
        """A table (rows of "a | b | c"): each number reads its column header and its row's labels."""
        _, _, rows = table
        header = [text for _, _, text in rows[0]]
        for cells in rows[1:]:
            labels = " ".join(text for _, _, text in cells if not re.search(r"\d", text))
            row_dates = [d for d in self.dates.find(cells[0][2]) if d.value]
            as_of = row_dates[0].value if row_dates else carried_date
            scope = next((u._.unit for u in units if cells[0][0] <= u.start_char < cells[-1][1]), main_unit)
            money = self.label_money.search(labels)
            for j, (c_start, _, text) in enumerate(cells):
                if j == 0 and row_dates:
                    continue
                column = header[j] if j < len(header) else ""
                if self.context.is_row_numbers(column):
                    continue  # "No." column: row numbers are structure
                context = f"{column} {labels}"
                for m in self.expr.finditer(text):
                    cand = self.candidate_from(doc, m, text, c_start)
                    if cand is None:
                        continue
                    if money and cand.unit == "count" and not cand.own_unit:
                        scale = (money.group("a") or money.group("b")).lower()
                        cand.value *= self.scales[scale]
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
                    metric = self.metric_of(cand, kind, context, text[m.end() :], context, None)
                    self.add_figure(
                        doc, seen, cand, metric, kind, self.qualifier_of(text[: m.start()]), as_of, None, scope
                    )

    def add_figure(
        self,
        doc: Doc,
        seen: set,
        cand: Candidate,
        metric: str,
        kind: str,
        qualifier: str | None,
        as_of: str | None,
        period: str | None,
        scope: str | None,
    ) -> None:
        cand.data = {"metric": metric, "kind": kind}
        key = (metric, cand.value, cand.unit, kind)
        if (key, as_of) in seen or (key, None) in seen:
            if as_of and (key, None) in seen and self.headline_takes_body_date:  # the body dates the headline's
                for figure in doc._.figures:
                    if figure["as_of"] is None and (
                        figure["metric"],
                        figure["value"],
                        figure["unit"],
                        figure["kind"],
                    ) == (
                        metric,
                        as_int_if_whole(cand.value),
                        cand.unit,
                        kind,
                    ):
                        figure["as_of"] = as_of
            return  # the same fact again (a headline repeated in the body)
        for figure in doc._.figures:
            same = (figure["metric"], figure["value"], figure["unit"], figure["kind"]) == (
                metric,
                as_int_if_whole(cand.value),
                cand.unit,
                kind,
            )
            known = figure["as_of"]
            if same and as_of and known and (known.startswith(as_of) or as_of.startswith(known)):
                figure["as_of"] = max(known, as_of, key=len)  # "tháng 4" in the headline, "30/4" in the body
                return
        seen.add((key, as_of))
        doc._.figures.append(
            {
                "metric": metric,
                "value": as_int_if_whole(cand.value),
                "unit": cand.unit,
                "qualifier": qualifier,
                "kind": kind,
                "as_of": as_of,
                "period": period,
                "scope": scope,
                "raw": cand.raw,
                "evidence": {"start": cand.start, "end": cand.end, "text": text_of(doc)[cand.start : cand.end]},
            }
        )

    @staticmethod
    def blank_units(sent: Span, units: list[Span]) -> str:
        """The sentence with unit names blanked, so "Social Insurance Region XXVI" is no cue."""
        chars = list(sent.text)
        for u in units:
            if u.start >= sent.start and u.end <= sent.end:
                a, b = u.start_char - sent.start_char, u.end_char - sent.start_char
                chars[a:b] = ["\n" if c == "\n" else " " for c in chars[a:b]]
        return "".join(chars)

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
        by_year = self.g.by_year.match(right)
        future = bool(by_year and doc_year and int(by_year.group(1)) > doc_year)
        if cand.pct and self.plan_re.match(right):
            return "target" if target else "plan_completion"  # "strive to complete 100% of the plan": a target
        made_up = self.g.made_up.search(left_nq)
        if (self.change_before.search(left_nq) and not made_up) or self.change_after.match(self.after_noun(right)):
            return "change"
        if prev is not None and prev.data.get("kind") == "change" and re.search(r"\(\s*$", left) and cand.pct:
            return "change"
        if (
            prev is not None
            and prev.data.get("kind") == "change"
            and self.change_carry
            and self.change_carry.search(left_nq)
        ):
            return "change"  # "tăng mới 110 đơn vị với 1.100 lao động": the second count grew too
        if target or future:
            return "target"
        return "actual"

    def strip_qualifier(self, left: str) -> str:
        for _, regex in self.qualifiers:
            m = regex.search(left)
            if m:
                return left[: m.start() + (1 if m.group().startswith((" ", ",")) else 0)]
        return left

    def after_noun(self, right: str) -> str:
        m = self.noun_re.match(right[:40])
        return right[m.end() :] if m else right

    def qualifier_of(self, left: str) -> str | None:
        left = self.g.currency_before.sub("", left.rstrip())
        for name, regex in self.qualifiers:
            if regex.search(left + " ") or regex.search(left):
                return name
        return None

    def scheme(self, *contexts: str, nearest_last: bool = False) -> str | None:
        for ctx in contexts:
            if not ctx:
                continue
            best: tuple[int, str] | None = None
            for name, regex in self.schemes:
                for m in regex.finditer(ctx):
                    pos = m.start() if not nearest_last else -m.end()
                    if name == "all":
                        return "all"
                    if best is None or pos < best[0]:
                        best = (pos, name)
            if best:
                return best[1]
        return None

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
        if cand.unit == "percent" and self.context.coverage_named_after(right) and self.scheme(right[:50]):
            return self.coverage.get(self.scheme(right[:50]) or "hi", "hi_coverage_rate")
        left = self.g.contrast.split(left)[-1]
        for ctx in (left, right):  # the words before a number name it more often than those after
            for metric, unit, regex in self.measures:
                if (unit is None or unit == cand.unit) and regex.search(ctx):
                    return metric
        for metric, unit, regex in self.measures:  # "487 officials, civil servants and employees": a noun list
            hit = regex.search(right_sentence[:60])
            if (unit is None or unit == cand.unit) and hit and hit.start() <= 3:
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
                else (self.scheme(right) or self.scheme(left, nearest_last=True))
            )
            if scheme:
                return self.participants[scheme]
            if inherited and prev is not None and prev.unit in ("persons", "percent", "count"):
                inherited = self.rate_to_participants.get(inherited, inherited)
                if inherited in self.participants.values():
                    return inherited
            if self.g.participation.search(local):
                scheme = self.scheme(sentence_left, nearest_last=True)
                if scheme:
                    return self.participants[scheme]
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

    def percent_metric(
        self,
        cand: Candidate,
        kind: str,
        left: str,
        right: str,
        sentence_left: str,
        prev: Candidate | None,
        inherited: str | None,
    ) -> str:
        """A percentage: coverage of the population (health insurance) or of the labour
        force (social or unemployment insurance), a change of a head count, or
        the same measure as the percentage before it ("fell from 4.3% to 1.9%")."""
        if self.population_re.search(right[:40]) and not self.workforce_re.search(right[:40]):
            return "hi_coverage_rate"
        if self.workforce_re.search(right[:60]):
            scheme = self.scheme(right) or self.scheme(left, sentence_left, nearest_last=True) or "si"
            return self.coverage.get(scheme, "si_coverage_rate")
        if self.g.coverage.search(left):
            tail = left[
                max(0, max((m.start() for m in self.g.coverage_word.finditer(left.lower())), default=-1) - 40) :
            ]
            scheme = self.scheme(tail, nearest_last=True) or "hi"
            return self.coverage.get(scheme, "hi_coverage_rate") if scheme != "all" else "hi_coverage_rate"
        if self.workforce_re.search(left):
            # "35% of the workforce in social insurance and 23% in unemployment insurance": its own scheme first
            scheme = self.scheme(right[:35]) or self.scheme(left, sentence_left, nearest_last=True) or "si"
            return self.coverage.get(scheme, "si_coverage_rate")
        own_scheme = self.scheme(left, nearest_last=True)
        if kind == "change" and own_scheme:
            return self.participants[own_scheme]  # "expanding voluntary social insurance, with an increase of 27%"
        right_scheme = self.scheme(right)
        if inherited in self.coverage.values() and right_scheme:
            return self.coverage.get(
                right_scheme, inherited
            )  # "35% ... in social insurance and 23% in unemployment insurance"
        if inherited and (
            kind == "change" or (prev is not None and prev.unit == "percent" and len(self.g.word.findall(left)) <= 3)
        ):
            return inherited
        if kind == "change":
            change_scheme = self.scheme(sentence_left, nearest_last=True)
            if change_scheme:
                return self.participants[change_scheme]
        if kind == "target" and inherited and prev is not None and prev.unit == "percent":
            return inherited  # "coverage stood at 92.4%, against a target of 93 per cent"
        return "other"

    def as_of(
        self,
        cand: Candidate,
        dates: list[DateMention],
        sent: Span,
        right: str,
        prev_sent: str | None,
        doc_year: int | None,
        doc: Doc,
    ) -> str | None:
        rel_end = cand.end - sent.start_char
        rel_start = cand.start - sent.start_char
        after = [d for d in dates if d.start >= rel_end and d.start - rel_end <= len(right) and not d.comparison]
        if after and after[0].start - rel_end < self.date_after_chars:
            return self.resolve(after[0], doc_year, doc)
        if self.context.of_last_year(right):
            year = self.year_of(dates, rel_start, doc_year, doc)
            return str(year - 1) if year else None
        before = [d for d in dates if d.end <= rel_start and not d.comparison]
        elapsed = self.context.months_elapsed(sent.text[:rel_start], doc_year)
        if elapsed and not (before and before[-1].start > self.elapsed_end(sent.text[:rel_start])):
            return elapsed
        if before:
            return self.resolve(before[-1], doc_year, doc)
        if prev_sent:
            return prev_sent
        return str(doc_year) if doc._.meta.get("reporting_year") else None

    def target_date(
        self,
        cand: Candidate,
        dates: list[DateMention],
        sent: Span,
        prev_target_date: str | None,
        doc_year: int | None,
        doc: Doc,
        latest_year: int | None = None,
    ) -> str | None:
        """A target holds at the date its own sentence sets ("... 95.5% by the end of 2026"), else
        the one the target sentence before set ("For 2026, ..."), else "the year" the text
        speaks of; never a date carried from the actuals before it."""
        rel = cand.start - sent.start_char
        own = [d for d in dates if not d.comparison and (d.value or d.month_day or d.month)]
        after = [d for d in own if d.start >= rel]
        before = [d for d in own if d.end <= rel]
        pick = after[0] if after else (before[-1] if before else None)
        if pick is not None:
            return self.resolve(pick, doc_year, doc)
        if prev_target_date:
            return prev_target_date
        if self.g.next_year.search(sent.text) and (latest_year or doc_year):
            return str((latest_year or doc_year or 0) + 1)  # "next year" after a year's results
        return str(doc_year) if doc_year and self.context.this_year(sent.text) else None

    def elapsed_end(self, before: str) -> int:
        hits = list(self.context.months_elapsed_re.finditer(before))
        return hits[-1].end() if hits else -1

    def year_of(self, dates: list[DateMention], rel_start: int, doc_year: int | None, doc: Doc) -> int | None:
        before = [d for d in dates if d.end <= rel_start and not d.comparison and d.value]
        value = before[-1].value if before else None
        return int(value[:4]) if value else doc_year

    @staticmethod
    def office_in(units: list[Span], start: int, end: int) -> bool:
        return any(start <= u.start_char < end and u.label_ in OFFICE_KINDS for u in units)

    @staticmethod
    def resolve(mention: DateMention, doc_year: int | None, doc: Doc) -> str | None:
        if mention.value:
            return mention.value
        if not doc_year:
            return None
        value = with_year(mention, doc_year)
        warning = f"a date without a year ({value}): the year {doc_year} was inferred from the document"
        if value and warning not in doc._.warnings:
            doc._.warnings.append(warning)
        return value

    def scope_of(self, doc: Doc, sent: Span, cand: Candidate, units: list[Span], main_unit: str | None) -> str | None:
        scope_kinds = OFFICE_KINDS + ("agency",) if self.scope_offices_only else SCOPE_KINDS
        in_sent = [u for u in units if u.start >= sent.start and u.end_char <= cand.start]
        boundaries = [m.end() for m in self.g.clause_break.finditer(text_of(doc)[sent.start_char : cand.start])]
        if boundaries:
            clause_start = sent.start_char + boundaries[-1]
            in_clause = [u for u in in_sent if u.start_char >= clause_start]
            if in_clause:
                in_sent = in_clause[
                    :1
                ]  # the clause's subject: "..., while Cao Bang Social Security led the cluster in ..."
            else:
                # "The People's Committee assigned the office ...; coverage reached ...": a body outside
                # the sector in another clause is not whose figure it is
                in_sent = [u for u in in_sent if u.label_ in scope_kinds]
        if any(u.label_ in scope_kinds for u in in_sent) or self.scope_offices_only:
            in_sent = [u for u in in_sent if u.label_ in scope_kinds]
        own = list(self.g.own_subject.finditer(text_of(doc)[sent.start_char : cand.start]))
        places_from = sent.start_char + own[-1].end() if own else sent.start_char
        for u in reversed(in_sent):
            before = text_of(doc)[max(sent.start_char, u.start_char - 30) : u.start_char]
            if self.g.not_scope_before.search(before.lower()[-15:]):
                continue
            if u.label_ not in SCOPE_KINDS and (self.g.adjunct_before.search(before) or u.end_char <= places_from):
                continue  # "Under the People's Committee's plan, ...", "With the post office, the office ..."
            return u._.unit
        paragraph_start = text_of(doc).rfind("\n", 0, sent.start_char) + 1
        if self.paragraph_sector is not None and self.paragraph_sector.search(
            text_of(doc), paragraph_start, cand.start
        ):
            return self.sector_unit  # "cả nước có ...": the whole system's figure, whatever office the article is from
        place: str | None = None
        for tok in sent:
            if tok.idx >= cand.start:
                break
            if tok.idx >= places_from and tok._.is_place and not any(u.start <= tok.i < u.end for u in units):
                office = f"{tok._.place} Social Security"
                if self.place_means_office or any(u._.unit == office for u in units):
                    place = tok._.place  # the last place before the number: "Compared with A, where ..., B reached"
        if place:
            return f"{place} Social Security"
        if own:
            # "Near Dong Nai province, the office ...", "the department collected ...": the body the
            # text is about, not a place named on the way
            return self.referent(self.named_label(own[-1]), units, sent.start_char) or main_unit
        return main_unit

    @staticmethod
    def named_label(m: re.Match) -> str | None:
        """The kind of body an own subject names ("the department", "the region"): its named group."""
        return next((label for label, text in m.groupdict().items() if text), None)

    @staticmethod
    def referent(label: str | None, units: list[Span], before: int) -> str | None:
        """The body "the department" (the last sector department named before; likewise "the
        region", "the cluster") or "the unit", "its", "we" (the sector body the document opens
        with) stands for."""
        earlier = [u for u in units if u.start_char < before and u.label_ in SCOPE_KINDS]
        if label:
            named = [u for u in earlier if u.label_ == label]
            if named:
                return named[-1]._.unit
        bodies = [u for u in earlier if u.label_ != "agency"] or earlier
        return bodies[0]._.unit if bodies else None

    @staticmethod
    def main_unit(units: list[Span]) -> str | None:
        counts = Counter(u._.unit for u in units if u.label_ in OFFICE_KINDS)
        agency = Counter(u._.unit for u in units if u.label_ == "agency")
        if counts:
            office, n = counts.most_common(1)[0]
            if agency and agency.most_common(1)[0][1] > 2 * n:
                # a document about the whole sector (a national congress naming one office among
                # its award recipients): the sector's agency, not that office
                return agency.most_common(1)[0][0]
            return office
        # a document about a sector department ("the Military Social Insurance Department"): that
        # department, ahead of the sector's agency it reports to
        for label in ("department", "agency"):
            counts = Counter(u._.unit for u in units if u.label_ == label)
            if counts:
                return counts.most_common(1)[0][0]
        return None

    def document_year(self, doc: Doc) -> int | None:
        return document_year(doc, self.dates)


def document_year(doc: Doc, dates: DateReader) -> int | None:
    """The year a document reports on: its publication year, a year in the
    headline or opening "In 2024," (the language's `lead_year`), else the latest year it mentions."""
    meta = doc._.meta
    if meta.get("published"):
        return int(meta["published"][:4])
    head = text_of(doc)[:300]
    lead = dates.lead_year.search(head)
    if lead:
        meta["reporting_year"] = int(lead.group(1))
        return int(lead.group(1))
    title = meta.get("title") or ""
    tm = re.search(r"\b((?:19|20)\d\d)\b(?!\s*[-–])", title)
    if tm:
        meta["reporting_year"] = int(tm.group(1))
        return int(tm.group(1))
    years = [int(y) for y in re.findall(r"(?<![\d,.])((?:19|20)\d\d)(?!\d|,\d)", text_of(doc))]
    return max(years) if years else None
