"""When a figure holds: the date or period its clause names, else the one the
text set before, else the year the document reports on.

A target holds at the date its own sentence sets and never at a date carried
from the actual figures before it; a date without a year takes the
document's year, with a warning saying so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import SimpleNamespace

from spacy.tokens import Doc

from .dates import DateMention, with_year
from .document_year import document_year as document_year  # its home is document_year.py
from .document_year import find_document_year as find_document_year
from .end_anchored import EndAnchored
from .extensions import doc_meta
from .figure_context import FigureContext
from .figure_scan import Candidate, Sentence

# where a clause ends: a comma, semicolon or full stop before a space
CLAUSE_END = re.compile(r"[,;.](?:\s|$)")


class FigurePeriods:
    def __init__(self, g: SimpleNamespace, context: FigureContext, date_after_chars: int) -> None:
        self.g = g
        self.context = context
        self.date_after_chars = date_after_chars

    def year_said(self, sentence: str, doc_year: int | None) -> str | None:
        """ "Last year, the fund paid ...", "This year she has signed up ...": the year a sentence opens
        on, counted from the document's year (for its figures no date of their own or nearer dates)."""
        m = self.g.year_opening.match(sentence) if doc_year else None
        if m is None or doc_year is None:
            return None
        return str(doc_year - 1 if m.group("last") else doc_year)

    def as_of(
        self,
        cand: Candidate,
        dates: list[DateMention],
        sent: Sentence,
        right: str,
        prev_sent: str | None,
        doc_year: int | None,
        doc: Doc,
    ) -> str | None:
        rel_end = cand.end - sent.start_char
        rel_start = cand.start - sent.start_char
        after = [d for d in dates if d.start >= rel_end and d.start - rel_end <= len(right) and not d.comparison]
        if after and ";" in sent.text[rel_end : after[0].start] and any(d.end <= rel_start for d in own_dates(dates)):
            after = []  # "In 2024, revenue reached X; by June 2025, ...": the date after the ";" is the next clause's
        if (
            after
            and (
                after[0].start - rel_end < self.date_after_chars
                # "98.6 per cent of dossiers from enterprises were submitted online in 2025": its own clause's date
                or self.g.own_clause_gap.fullmatch(sent.text[rel_end : after[0].start]) is not None
            )
        ):
            if self.g.plan_year_after.match(right):
                elapsed = self.context.months_elapsed(sent.text, doc_year, rel_start)
                if elapsed:
                    return elapsed  # "In the first two months, ... 15.6% of the 2026 plan": the two months
            # "... in the first seven months of 2025": the months the year closes, not the whole year
            elapsed = self.context.months_elapsed(sent.text, doc_year, after[0].end)
            if elapsed and self.elapsed_end(sent.text, after[0].end) >= after[0].end > rel_end:
                return elapsed
            return self.resolve(after[0], held_year(after[0], doc_year, doc), doc)
        if self.context.of_last_year(right):
            year = self.year_of(dates, rel_start, doc_year, doc)
            return str(year - 1) if year else None
        before = [d for d in dates if d.end <= rel_start and not d.comparison]
        elapsed = self.context.months_elapsed(sent.text, doc_year, rel_start)
        if elapsed and not (before and before[-1].start > self.elapsed_end(sent.text, rel_start)):
            return elapsed
        if before:
            return self.resolve(before[-1], held_year(before[-1], doc_year, doc), doc)
        if prev_sent:
            return prev_sent
        return str(doc_year) if doc._.meta.get("reporting_year") else None

    def dated_for(
        self, dates: list[DateMention], text: str, left_from: int, rel_end: int, target_at: int | None
    ) -> bool:
        """Whether the sentence (`text`) dates the figure ending at `rel_end` itself: a date of its own, not
        one the figure before it holds in the words it ends on before ", and" opens this one (`left_from`:
        where that figure ends), nor a goal's after a target cue that follows the figure (`target_at`)."""
        joined = self.g.figure_joined.match(text[left_from:]) if left_from else None
        skip_to = left_from + joined.end() if joined else 0
        goal_from = target_at if target_at is not None and target_at >= rel_end else len(text)
        return any(not d.comparison and skip_to <= d.start < goal_from for d in dates)

    def first_of_pair(
        self, cand: Candidate, dates: list[DateMention], sent: Sentence, right: str, doc_year: int | None, doc: Doc
    ) -> str | None:
        """ "với 3,1 triệu người khi bắt đầu triển khai năm 2012 lên 7,4 triệu": the first value of a
        from-to comparison holds at the date between the two values, however far from it."""
        if not self.g.to_value_before.search(right):
            return None
        rel_end = cand.end - sent.start_char
        # "owed VND X in 2021; by the end of 2025 the debt had fallen to Y": past a ";" is the second value's date
        reach = rel_end + len(right.split(";", 1)[0])
        gap = [d for d in own_dates(dates) if rel_end <= d.start and d.end <= reach]
        return self.resolve(gap[0], doc_year, doc) if gap else None

    def held_now(
        self,
        cand: Candidate,
        dates: list[DateMention],
        sent: Sentence,
        left_from: int | None,
        doc_year: int | None,
        carried: str | None = None,
    ) -> str | None:
        """The year a figure holds at when the text says it holds now: the second value of a from-to
        comparison whose date went to the first ("... năm 2012 lên 7,4 triệu"), or a figure after
        "đến nay", "trong 25 năm qua" with no date of its own. That is the document's year, or a
        later date the sentence set before the comparison; never the comparison's baseline year."""
        if not doc_year:
            return None
        rel_start, rel_end = cand.start - sent.start_char, cand.end - sent.start_char
        own = own_dates(dates)
        if [d for d in own if rel_end <= d.start < rel_end + self.date_after_chars]:
            return None  # a date of its own right after it
        if left_from is not None and self.g.to_value_before.search(sent.text[left_from:rel_start]):
            clause_from = sent.text.rfind(";", left_from, rel_start) + 1
            if clause_from and (own_clause := [d for d in own if clause_from <= d.start < rel_start and d.value]):
                return own_clause[-1].value  # "...; by the end of 2025 the debt had fallen to Y": its own clause's
            baseline = [d for d in own if left_from <= d.start < rel_start]
            # "... lên 22.850 người tại thời điểm ngày 30/9/2022": a date later in its own clause is its own
            in_clause = [d for d in own if rel_end <= d.start and not CLAUSE_END.search(sent.text, rel_end, d.start)]
            if baseline and in_clause and in_clause[0].value:
                return in_clause[0].value
            if baseline:
                earlier = [d for d in own if d.end <= left_from and d.value]
                base = baseline[-1].value
                if earlier and base and earlier[-1].value and earlier[-1].value > base:
                    return earlier[-1].value
                return str(doc_year)
        cues = list(self.g.present_before.finditer(sent.text[:rel_start]))
        if cues and not [d for d in own if cues[-1].end() <= d.start < rel_start]:
            return str(doc_year)
        cues = list(self.g.present_now_before.finditer(sent.text[:rel_start]))
        if cues and not [d for d in own if cues[-1].end() <= d.start < rel_start]:
            # a date of the document's year the sentence before set (`carried`) is as near to now and finer
            return carried if carried and carried.startswith(str(doc_year)) else str(doc_year)
        return None

    def target_date(
        self,
        cand: Candidate,
        dates: list[DateMention],
        sent: Sentence,
        prev_target_date: str | None,
        doc_year: int | None,
        doc: Doc,
        latest_year: int | None = None,
        paragraph_dates: Callable[[], list[DateMention]] | None = None,
    ) -> str | None:
        """A target holds at the date its own sentence sets ("... 95.5% by the end of 2026"), else
        the one the target sentence before set ("For 2026, ..."), else "the year" the text
        speaks of; never a date carried from the actuals before it. The dates of the paragraph before
        the sentence are read only when nothing nearer dates the target (`paragraph_dates`)."""
        rel = cand.start - sent.start_char
        own = [d for d in dates if not d.comparison and (d.value or d.month_day or d.month)]
        rel_end = cand.end - sent.start_char
        # a date after it in the same stretch: not one past a comma ("..., bằng chỉ tiêu ... giai đoạn 2022 - 2025")
        # nor one past a semicolon ("...; riêng năm 2026, chỉ tiêu là ...": the next clause's)
        after = [
            d
            for d in own
            if d.start >= rel and ", " not in sent.text[rel_end : d.start] and ";" not in sent.text[rel_end : d.start]
        ]
        before = [d for d in own if d.end <= rel]
        pick = after[0] if after else (before[-1] if before else None)
        if pick is not None:
            return self.resolve(pick, doc_year, doc)
        if prev_target_date:
            return prev_target_date
        if self.g.next_year.search(sent.text) and (latest_year or doc_year):
            return str((latest_year or doc_year or 0) + 1)  # "next year" after a year's results
        if doc_year and self.context.this_year(sent.text):
            return str(doc_year)
        if coming := self.part_ahead(sent.text, doc):
            return coming
        if not (latest_year or doc_year):
            return None
        return self.year_ahead(paragraph_dates() if paragraph_dates else [], latest_year or doc_year)

    def part_ahead(self, sentence: str, doc: Doc) -> str | None:
        """ "For the third quarter, the branch plans to ...": a target for a part of a year named without
        its year, in a text published before that part ends, is for the year of publication."""
        published = (doc_meta(doc) or {}).get("published") or ""
        if len(published) < 7 or not published[:7].replace("-", "").isdigit():
            return None
        months = self.context.months_elapsed(sentence, int(published[:4]))
        if not months or months[:4] != published[:4] or int(months[5:7]) < int(published[5:7]):
            return None
        return months[:4]

    @staticmethod
    def year_ahead(paragraph_dates: list[DateMention], results_year: int | None) -> str | None:
        """ "... to make 2026 a year of breakthroughs. The cluster set targets to ...": a target with no
        date of its own, after its paragraph named a year later than the one the results are for,
        is for that year."""
        if not results_year:
            return None
        ahead = [d.value[:4] for d in own_dates(paragraph_dates) if d.value and not d.period]
        ahead = [y for y in ahead if int(y) > results_year]
        return ahead[-1] if ahead else None

    def elapsed_end(self, text: str, end: int) -> int:
        """Where the last "in 10 months" of `text[:end]` ends (-1: none)."""
        hits = list(self.context.months_elapsed_re.finditer(text, 0, end))
        return hits[-1].end() if hits else -1

    def year_of(self, dates: list[DateMention], rel_start: int, doc_year: int | None, doc: Doc) -> int | None:
        before = [d for d in dates if d.end <= rel_start and not d.comparison and d.value]
        value = before[-1].value if before else None
        return int(value[:4]) if value else doc_year

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


def sentence_dates(
    cited: EndAnchored, sent_text: str, dates: list[DateMention]
) -> tuple[list[DateMention], list[DateMention], str | None]:
    """A sentence's dates without a cited document's ("Quyết định số 128/QĐ-TTg ngày 14/3/2021"), those of
    them that name a date of their own (not a comparison's, a period or a bare number), and the period
    it names of its own."""
    # a cited document's date is no figure's date (the sentence is searched up to each date only
    # where a document is cited before the last one)
    if dates and cited.may_match(sent_text, max(d.start for d in dates)):
        dates = [d for d in dates if not cited.search(sent_text, d.start)]
    explicit = [
        d for d in dates if not d.comparison and not d.period and not d.numeric and (d.value or d.month_day or d.month)
    ]
    own_period = next((d.period for d in dates if d.period and not d.comparison), None)
    return dates, explicit, own_period


def own_dates(dates: list[DateMention]) -> list[DateMention]:
    """The dates a figure can hold at: not the base of a comparison ("so với năm 2018")."""
    return [d for d in dates if not d.comparison and (d.value or d.month_day or d.month)]


def held_year(mention: DateMention, doc_year: int | None, doc: Doc) -> int | None:
    """The year of a month an actual figure held at, named without its year: the year before the
    publication's when the month comes after the publication's ("at the end of December" in a report
    published in January), else the document's year."""
    published = (doc_meta(doc) or {}).get("published") or ""
    month = mention.month or (mention.month_day[0] if mention.month_day else None)
    if mention.value or not doc_year or not month or len(published) < 7 or int(published[:4]) != doc_year:
        return doc_year
    return doc_year - 1 if month > int(published[5:7]) else doc_year
