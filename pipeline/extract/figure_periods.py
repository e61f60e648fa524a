"""When a figure holds: the date or period its clause names, else the one the
text set before, else the year the document reports on.

A target holds at the date its own sentence sets and never at a date carried
from the actual figures before it; a date without a year takes the
document's year, with a warning saying so.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.tokens import Doc, Span

from .dates import DateMention, DateReader, with_year
from .extensions import text_of
from .figure_context import FigureContext
from .figure_scan import Candidate


class FigurePeriods:
    def __init__(self, g: SimpleNamespace, context: FigureContext, date_after_chars: int) -> None:
        self.g = g
        self.context = context
        self.date_after_chars = date_after_chars

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
