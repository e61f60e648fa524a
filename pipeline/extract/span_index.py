"""Spans and character ranges looked up by offset instead of scanned whole.

The components ask "which units lie in this clause / sentence / title" and
"is this number inside a name" once per clause or number; a scan of every
span each time is quadratic in the document's length (a 200,000-character
report names thousands of units). Sorted starts and a binary search give
the same answers, in the spans' own order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

from spacy.tokens import Doc, Span

from .extensions import doc_meta


class SpanIndex:
    """Spans by where they start (token and character offsets rise together)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = list(spans)
        self.order = sorted(range(len(self.spans)), key=lambda k: self.spans[k].start)
        self.starts = [self.spans[k].start for k in self.order]
        self.start_chars = [self.spans[k].start_char for k in self.order]

    def starting_in(self, start: int, end: int) -> list[Span]:
        """Spans whose first token is in [start, end), in their original order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [self.spans[k] for k in sorted(self.order[lo:hi])]

    def within_chars(self, start: int, end: int) -> list[Span]:
        """Spans with start <= start_char and end_char <= end, in their original order."""
        lo, hi = bisect_left(self.start_chars, start), bisect_right(self.start_chars, end)
        return [s for s in (self.spans[k] for k in sorted(self.order[lo:hi])) if s.end_char <= end]


def span_index(doc: Doc, key: str) -> SpanIndex:
    """The index of `doc.spans[key]`, built once per document while the group stays the same."""
    group = doc.spans.get(key)
    meta = doc_meta(doc)
    if meta is None:
        return SpanIndex(group or [])
    cache = meta.setdefault("span_index", {})
    kept = cache.get(key)
    if kept is None or kept[0] is not group or kept[1] != len(group or []):
        kept = cache[key] = (group, len(group or []), SpanIndex(group or []))
    return kept[2]


class Ranges:
    """Character ranges, possibly overlapping: whether any holds a position, by binary search."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # furthest end among ranges so far

    def holds(self, pos: int) -> bool:
        """Whether some range has start <= pos < end."""
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos
