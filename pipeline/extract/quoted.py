"""Whether a place in a text sits inside a quotation: a cue word inside a quoted name ("the movement
“The whole country joins hands ...”") says nothing about the sentence around it."""

from __future__ import annotations

import re

OPENING = "“«"
CLOSING = "”»"


def inside_quotes(text: str, start: int, at: int) -> bool:
    """Whether `at` is inside a quotation opened after `start` (curly quotes pair by kind; straight
    double quotes by their count)."""
    part = text[start:at]
    opened = sum(part.count(c) for c in OPENING) - sum(part.count(c) for c in CLOSING)
    return opened > 0 or part.count('"') % 2 == 1


def search_unquoted(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of `pattern` in `text[start:end]` that is not inside a quotation."""
    for m in pattern.finditer(text, start, end):
        if not inside_quotes(text, start, m.start()):
            return m
    return None


class FirstUnquoted:
    """`search_unquoted` over a paragraph, asked for every figure in it: the first match's end is kept
    per (text, paragraph start), and a figure at `end` has one before it when that end is not past it.
    A match right after `skip_after` (the 60 characters before it) is no match ("cao hơn bình quân cả
    nước": the sector as a comparison's base); so is one right before `skip_before` (the 30 characters after it:
    "toàn hệ thống đại lý thu" is another network, not the sector)."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        skip_after: re.Pattern[str] | None = None,
        skip_before: re.Pattern[str] | None = None,
    ) -> None:
        self.pattern = pattern
        self.skip_after = skip_after
        self.skip_before = skip_before
        self.kept: tuple[str, int, int | None] | None = None

    def before(self, text: str, start: int, end: int) -> bool:
        kept = self.kept
        if kept is None or kept[0] is not text or kept[1] != start:
            paragraph_end = text.find("\n", start)
            stop = len(text) if paragraph_end < 0 else paragraph_end
            m = search_unquoted(self.pattern, text, start, stop)
            while m is not None and (
                (self.skip_after is not None and self.skip_after.search(text[max(start, m.start() - 60) : m.start()]))
                or (self.skip_before is not None and self.skip_before.match(text, m.end(), m.end() + 30))
            ):
                m = search_unquoted(self.pattern, text, m.end(), stop)
            kept = self.kept = (text, start, m.end() if m else None)
        return kept[2] is not None and kept[2] <= end
