"""A cue asked of a slice of a sentence, answered without cutting the slice.

`search_slice` (regex_start) cuts the slice and searches it. A pattern that reads nothing
before where a match starts finds the same between two offsets of the whole text
(`pattern.search(text, pos, endpos)`: a lookahead at `endpos` sees the end, as in the
slice), over the text lower-cased once; `find_dates` asks so of the 40 characters before
each date.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .lexicon import CaselessSearch
from .regex_start import REPEATS, search_slice
from .regex_words import sre_parse

LOOK_BACK = {
    "AT_BEGINNING",
    "AT_BEGINNING_LINE",
    "AT_BEGINNING_STRING",
    "AT_BOUNDARY",
    "AT_NON_BOUNDARY",
    "AT_LOC_BOUNDARY",
    "AT_LOC_NON_BOUNDARY",
    "AT_UNI_BOUNDARY",
    "AT_UNI_NON_BOUNDARY",
}


@cache
def looks_back(pattern: re.Pattern[str]) -> bool:
    """Whether a match can read a character before where it starts (a lookbehind, `^`, `\\A`, a word
    boundary), or this cannot be told: only such a pattern finds other matches between two offsets of
    a text (`pattern.search(text, pos, endpos)`) than in the slice between them."""
    try:
        return _looks_back(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except re.error:
        return True


def _looks_back(items: list[Any]) -> bool:
    for op, av in items:
        name = op.name
        if name == "AT" and av.name in LOOK_BACK:
            return True
        if name in ("ASSERT", "ASSERT_NOT"):
            if av[0] < 0 or _looks_back(list(av[1])):
                return True
        elif name == "SUBPATTERN" and _looks_back(list(av[3])):
            return True
        elif name == "BRANCH" and any(_looks_back(list(branch)) for branch in av[1]):
            return True
        elif name in REPEATS and _looks_back(list(av[2])):
            return True
        elif name == "ATOMIC_GROUP" and _looks_back(list(av)):
            return True
        elif name == "GROUPREF_EXISTS":
            return True  # a conditional: not followed
    return False


_READS_BACK: dict[CaselessSearch, bool] = {}
"""`looks_back` of each scan's pattern, kept by the scan (hashed by identity): `looks_back`'s own cache
hashes the compiled pattern, whose hash is worked out from its code on every call (about 1 us, per date)."""


def slice_has(scan: CaselessSearch, text: str, start: int, end: int) -> bool:
    """Whether `scan.search(text[start:end])` finds a match. A pattern that reads nothing before where
    a match starts (`looks_back`) is searched between the offsets, over the text lower-cased once,
    without cutting the slice (a lookahead at `end` sees the end, as in the slice)."""
    reads_back = _READS_BACK.get(scan)
    if reads_back is None:
        reads_back = _READS_BACK[scan] = looks_back(scan.pattern)
    if reads_back:
        return search_slice(scan, text, start, end) is not None
    return scan.search(text, start, end) is not None
