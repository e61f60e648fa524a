"""Small parts of the figures component: the figures recorded so far, the sentence with unit
names blanked, and the date a standing count holds at."""

from __future__ import annotations

from spacy.tokens import Doc

from .figure_scan import Sentence
from .span_index import SpanIndex


class Seen(set):
    """The (fact, date) pairs recorded, and the figures of each fact (metric, value, unit, kind)
    in the order they were recorded: a new figure is checked against its own fact's, not all.
    Also the document's figure list and text, read once rather than per figure."""

    def __init__(self, figures: list[dict], text: str) -> None:
        super().__init__()
        self.by_fact: dict[tuple, list[dict]] = {}
        self.figures = figures
        self.text = text


def standing_date(doc: Doc, doc_year: int | None) -> str | None:
    """When a standing count without a date of its own holds: the month the document was
    published in, else the year it reports on."""
    published = doc._.meta.get("published")
    if published:
        return str(published)[:7]
    return str(doc_year) if doc_year else None


def blank_units(sent: Sentence, units: SpanIndex) -> str:
    """The sentence with unit names blanked, so "Social Insurance Region XXVI" is no cue (a sentence
    naming no unit: its text, the same string)."""
    text = sent.text
    named = units.starting_in(sent.start, sent.end)
    if not named:
        return text
    chars = list(text)
    for u in named:
        if u.end <= sent.end:
            a, b = u.start_char - sent.start_char, u.end_char - sent.start_char
            chars[a:b] = ["\n" if c == "\n" else " " for c in chars[a:b]]
    return "".join(chars)
