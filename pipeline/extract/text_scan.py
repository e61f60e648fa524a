"""Scans of a text that skip what cannot match: a regex tried only where its cue words occur,
the lines of a text read from its end.

`regex.finditer(text)` tries the regex at every character; a pattern whose every match starts
with one of a few cue words ("By", "Photo:") need only be tried where those occur, which
`str.find` locates in C. The matches are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def matches_starting_with(regex: re.Pattern[str], text: str, starts: tuple[str, ...]) -> list[re.Match[str]]:
    """`regex.finditer(text)` for a regex whose every match starts with one of `starts` (case as
    written): the regex is tried only where one of them occurs, not at every character. Matches
    do not overlap, as finditer's (a lookbehind still sees the text before the position)."""
    at = []
    for start in starts:
        i = text.find(start)
        while i >= 0:
            at.append(i)
            i = text.find(start, i + 1)
    found: list[re.Match[str]] = []
    end = 0
    for i in sorted(set(at)) if len(at) > 1 else at:
        if i < end:
            continue
        m = regex.match(text, i)
        if m is not None:
            end = m.end()
            found.append(m)
    return found


def openings(words: list[str], length: int = 4) -> tuple[str, ...]:
    """Few strings one of which every word starts with: the words' first `length` characters,
    without those another one starts ("Photo by", "Photo credit:" -> "Phot")."""
    heads = {w[:length] for w in words if w}
    return tuple(sorted(h for h in heads if not any(o != h and h.startswith(o) for o in heads)))


def lines_from_end(text: str) -> Iterator[tuple[int, str]]:
    """(start, line) of the non-empty lines of a text, the last first (as the matches of
    `[^\\n]+`, reversed): a signature is looked for in the last lines only."""
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if start < end:
            yield start, text[start:end]
        end = start - 1
