"""A pattern that must end where it is asked to end ("No. 12/QD dated " right before a date),
asked of several ends of one sentence: one search of the whole stretch first.

`cited_document_before` is searched over the sentence up to each date in it
(`pattern.search(text, 0, date.start)`, the pattern ending in `$`). A match
up to one end is also a match of the pattern without its `$` in the longest
stretch, as long as nothing in that pattern reads past its own end: no
lookahead, no atomic group or possessive repeat, no `$` or word boundary at
its end. So where the pattern without `$` finds nothing up to the last end,
no end has a match, and one search replaces one per date (most sentences
cite no document).
"""

from __future__ import annotations

import re
from typing import Any

from .lexicon import CaselessSearch
from .regex_start import cue_scan, with_start_gate
from .regex_words import sre_parse

LOOKS_AHEAD = ("ATOMIC_GROUP", "POSSESSIVE_REPEAT")
ENDS = ("AT_END", "AT_END_STRING")


class EndAnchored:
    """`pattern.search(text, 0, end)` for a pattern ending in `$`, with `may_match(text, last_end)`:
    False only where no end up to `last_end` can have a match."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = with_start_gate(pattern)
        # the pattern without its `$`, when that is a superset test (searched over the lower-cased text)
        plain = open_ended(pattern)
        self.open: CaselessSearch | None = cue_scan(plain) if plain is not None else None

    def may_match(self, text: str, last_end: int) -> bool:
        return self.open is None or self.open.search(text, 0, last_end) is not None

    def search(self, text: str, end: int) -> re.Match[str] | None:
        return self.pattern.search(text, 0, end)


def open_ended(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without its final `$` (or `\\Z`), when a match of the pattern up to an end is a
    match of it up to any later end; else None."""
    source = pattern.pattern
    cut = 2 if source.endswith("\\Z") else 1 if source.endswith("$") else 0
    if not cut or source[: len(source) - cut].endswith("\\") or pattern.flags & re.VERBOSE:
        return None  # no final anchor ("\\$" is a dollar sign), or a layout this reading does not follow
    try:
        items = list(sre_parse.parse(source, pattern.flags))
        open_source = source[: len(source) - cut]
        open_items = list(sre_parse.parse(open_source, pattern.flags))
    except re.error:
        return None
    if not items or items[-1][0].name != "AT" or items[-1][1].name not in ENDS or repr(open_items) != repr(items[:-1]):
        return None
    if not _reads_only_its_own(open_items, 0):
        return None
    return re.compile(open_source, pattern.flags)


def _reads_only_its_own(items: list[Any], followed: int) -> bool:
    """Whether no item reads past the end of what the sequence matches: no lookahead, atomic group,
    possessive repeat or end anchor, and a word boundary only where something consumed follows it
    (`followed`: the fewest characters the items after the sequence consume)."""
    for i, (op, av) in enumerate(items):
        name = op.name
        after = _min_width(items[i + 1 :]) + followed
        if name in LOOKS_AHEAD:
            return False
        if name in ("ASSERT", "ASSERT_NOT"):
            direction, inner = av
            if direction > 0 or not _reads_only_its_own(list(inner), 0):
                return False  # a lookahead reads what follows
        elif name == "AT":
            if av.name in ENDS or (av.name not in ("AT_BEGINNING", "AT_BEGINNING_STRING") and not after):
                return False  # an end anchor, or a boundary at the end of the match
        elif name == "SUBPATTERN":
            if not _reads_only_its_own(list(av[3]), after):
                return False
        elif name == "BRANCH":
            if not all(_reads_only_its_own(list(branch), after) for branch in av[1]):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            if not _reads_only_its_own(list(av[2]), after):
                return False
    return True


def _min_width(items: list[Any]) -> int:
    if not items:
        return 0
    low, _ = sre_parse.SubPattern(sre_parse.State(), items).getwidth()
    return int(low)


def after_leading_group(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The part of `pattern` after the group it opens with ("(?P<who>...)(?:'s|’s)\\s+$" ->
    "(?:'s|’s)\\s+$"), compiled with its flags: every match of `pattern` holds a match of it, so a text
    where that part is not found holds no match either. A cheap test before a search whose group is a
    name tried from every capitalised word. None when the pattern does not open with a group followed
    by a part that reads no group of its own (read as the parser reads the whole)."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or not source.startswith("("):
        return None
    close = _closing_paren(source)
    if close is None or close == len(source) - 1:
        return None
    try:
        whole = list(sre_parse.parse(source, pattern.flags))
        head = list(sre_parse.parse(source[: close + 1], pattern.flags))
        tail = re.compile(source[close + 1 :], pattern.flags)
        tail_items = list(sre_parse.parse(tail.pattern, pattern.flags))
    except re.error:
        return None
    if len(head) != 1 or tail.groups or repr(whole) != repr(head + tail_items):
        return None
    return tail


def _closing_paren(source: str) -> int | None:
    """Where the group that opens `source` closes (escapes and character classes skipped), or None."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":  # a "]" first in a class is one of its characters
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None
