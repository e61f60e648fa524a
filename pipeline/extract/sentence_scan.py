"""A pattern's matches in each sentence, read from one scan of the whole text.

The year a document reports on (`document_year.latest_day`) scans the whole text with the
date patterns; the figures component then scanned each sentence with them again. A match
the whole text's scan found is the sentence's own wherever the engine read nothing outside
the sentence to find it, and the pattern's parsed form bounds what an attempt reads
(`Reach`):

- `back`: how far before the place it is tried an attempt reads (lookbehinds, word
  boundaries);
- `forward`: how far from that place it reads (what it consumes, its lookaheads, the
  character that ends a repeat), a repeat of white space counted as the longest run of
  white space in the text; any other unbounded repeat, an anchor (`^`, `$`, `\\A`, `\\Z`),
  a group reference or a pattern that can match nothing: no bound (the sentence is
  scanned itself, as before).

An attempt at least `back` after a sentence's start and `forward` before its end reads only
the sentence, so it ends the same in both scans, and both scans try the same places as long
as they found the same matches. So `sentence_matches` takes the whole text's matches that
start in that middle stretch and scans the sentence only at its two ends: the first `back`
places (where the whole text must have no match either, nor a match running into the
sentence), and from the end of the last match taken, or `forward` before the end, to the end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from .regex_start import REPEATS
from .regex_words import sre_parse

SINGLE = ("LITERAL", "NOT_LITERAL", "ANY", "IN")  # one character each
BOUNDARIES = (
    "AT_BOUNDARY",
    "AT_NON_BOUNDARY",
    "AT_UNI_BOUNDARY",
    "AT_UNI_NON_BOUNDARY",
    "AT_LOC_BOUNDARY",
    "AT_LOC_NON_BOUNDARY",
)
SPACE_CATEGORIES = ("CATEGORY_SPACE", "CATEGORY_UNI_SPACE")


class Unbounded(Exception):
    """A part of a pattern whose reach cannot be bounded."""


class Reach:
    """How far before and after the place it is tried a match attempt of `pattern` reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.items: list[Any] | None = None
        self.back = 0
        self.forwards: dict[int, int | None] = {}
        try:
            parsed = sre_parse.parse(pattern.pattern, pattern.flags)
            if parsed.getwidth()[0] == 0:
                raise Unbounded  # an empty match moves the scan on by hand: not followed
            self.items = list(parsed)
            self.back = _reach(self.items, 1)[2]
        except (Unbounded, re.error):
            self.items = None

    def forward(self, white_run: int) -> int | None:
        """The furthest an attempt reads from where it is tried (that place counted), in a text
        whose longest run of white space is `white_run` characters; None: no bound."""
        if self.items is None:
            return None
        if white_run not in self.forwards:
            self.forwards[white_run] = _reach(self.items, white_run)[1]
        return self.forwards[white_run]


def _reach(items: list[Any], white_run: int) -> tuple[int, int, int]:
    """(the most characters a sequence consumes, the most it reads from its start, the most it
    reads before its start). Raises `Unbounded`."""
    width = reads = back = 0
    for op, av in items:
        name = op.name
        if name in SINGLE:
            w, r, b = 1, 1, 0
        elif name == "AT":
            if av.name not in BOUNDARIES:
                raise Unbounded  # ^, $, \A, \Z: the sentence's ends are not the text's
            w, r, b = 0, 1, 1
        elif name == "SUBPATTERN":
            w, r, b = _reach(list(av[3]), white_run)
        elif name == "ATOMIC_GROUP":
            w, r, b = _reach(list(av), white_run)
        elif name == "BRANCH":
            parts = [_reach(list(branch), white_run) for branch in av[1]]
            w, r, b = (max(p[k] for p in parts) for k in range(3))
        elif name in REPEATS:
            _, high, content = av
            cw, cr, b = _reach(list(content), white_run)
            if high == sre_parse.MAXREPEAT:
                if not _white_only(list(content)):
                    raise Unbounded
                # a run of white space is at most `white_run` long, and the round after it fails
                w, r = white_run * cw, white_run * cw + cr
            else:  # after n < high rounds the next is tried (and may fail): (high - 1) * cw + cr
                w, r = high * cw, (high - 1) * cw + cr if high else 0
        elif name in ("ASSERT", "ASSERT_NOT"):
            direction, content = av
            cw, cr, cb = _reach(list(content), white_run)
            if direction == 1:
                w, r, b = 0, cr, cb
            else:  # a lookbehind: read from `cw` back
                w, r, b = 0, max(0, cr - cw), cw + cb
        else:
            raise Unbounded  # group references, conditionals, ...: not followed
        reads = max(reads, width + r)
        back = max(back, b)  # as if at the sequence's start: it may consume nothing before
        width += w
    return width, reads, back


def _white_only(items: list[Any]) -> bool:
    """Whether a repeated part matches only white space (`\\s`, a space): one run of it is no
    longer than the text's longest run of white space."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op.name == "LITERAL":
        return chr(av).isspace() and re.match(r"\s", chr(av)) is not None
    if op.name != "IN":
        return False
    for item_op, item_av in av:
        if item_op.name == "CATEGORY" and item_av.name in SPACE_CATEGORIES:
            continue
        if item_op.name == "LITERAL" and re.match(r"\s", chr(item_av)) is not None:
            continue
        return False
    return True


_REACHES: dict[int, Reach] = {}
"""Each pattern's `Reach`, by the pattern's identity (a compiled pattern's hash is worked out from its
code on every call, about a microsecond)."""


def reach_of(pattern: re.Pattern[str]) -> Reach:
    reach = _REACHES.get(id(pattern))
    if reach is None or reach.pattern is not pattern:
        reach = _REACHES[id(pattern)] = Reach(pattern)
    return reach


class TextScan:
    """The matches of some patterns in a whole text (each pattern scanned when first asked),
    and each sentence's matches read from them (`sentence_matches`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # by the pattern's identity: its matches, where they start, its reach
        self.found: dict[int, tuple[list[re.Match[str]], list[int], Reach]] = {}

    def matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """`list(pattern.finditer(text))`, scanned once."""
        kept = self.found.get(id(pattern))
        if kept is None:
            found = list(pattern.finditer(self.text))
            kept = self.found[id(pattern)] = (found, [m.start() for m in found], reach_of(pattern))
        return kept[0]

    def sentence_matches(
        self, pattern: re.Pattern[str], start: int, sentence: str
    ) -> list[tuple[re.Match[str], int]] | None:
        """The matches of `pattern.finditer(sentence)` (`sentence` is the text's from `start`), each
        with the offset to subtract from its `start()` and `end()`: the whole text's matches
        (`start`) inside the sentence, the sentence's own scan at its ends (0). None: the
        sentence is to be scanned itself (a pattern whose reach has no bound, a sentence too short
        for a middle, a match of the whole text across its start or in its first `back` places)."""
        kept = self.found.get(id(pattern))
        if kept is None or kept[2].items is None or not self.text.startswith(sentence, start):
            return None  # not scanned, no bound, or not the text's piece from `start`
        found, starts, reach = kept
        # no run of white space in the sentence is longer than 1 + the white space a join by single
        # spaces drops (an attempt reads past the sentence's end only after reading up to it)
        forward = reach.forward(1 + len(sentence) - len(" ".join(sentence.split())))
        end = start + len(sentence)
        if forward is None or end - forward - start <= reach.back:
            return None
        i = bisect_left(starts, start)
        if i and found[i - 1].end() > start:
            return None  # a match of the whole text runs into the sentence
        if i < len(starts) and starts[i] < start + reach.back:
            return None
        for k in range(reach.back):  # the attempts that may read before the sentence
            if pattern.match(sentence, k) is not None:
                return None
        out: list[tuple[re.Match[str], int]] = []
        resume, tail_from = 0, end - forward
        while i < len(starts) and starts[i] < tail_from:
            m = found[i]
            out.append((m, start))
            resume = m.end() - start
            i += 1
        out.extend((m, 0) for m in pattern.finditer(sentence, max(resume, tail_from - start)))
        return out


def plain_matches(pattern: re.Pattern[str], text: str) -> Iterator[tuple[re.Match[str], int]]:
    """`pattern.finditer(text)` with the offset of each match (0), as `sentence_matches` gives them."""
    for m in pattern.finditer(text):
        yield m, 0
