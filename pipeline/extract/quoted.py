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
