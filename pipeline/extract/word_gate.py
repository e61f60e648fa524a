"""One word gate: whether a pattern can match in a text at all, told from the words it needs.

Most cue patterns need one of a few fixed words in every match ("merit", "medal", "emulation"...,
read from the parsed pattern by `regex_words.required_words`). Where none of them is in a text, the
regex need not run: the answer is the same. Every search that gates on its words (`CaselessSearch`,
the cue sites, the word-gated grammar patterns, the figures' cue scans) takes them from `WordGate`,
and every lower-cased text from `lowered`, so a pattern's words are derived one way and a text is
lower-cased once for all the gates that ask about it.

A case-insensitive pattern's words are read from its lower-case form and looked for in the
lower-cased text; a case-sensitive pattern's as written, in the text as it is (or, where it has
case-insensitive groups, in lower case in the lower-cased text). A text that does not lower-case
letter for letter (`folding.lower_in_place`) is never turned away, nor is any text for a pattern
without such words: each test is a superset test.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from ..folding import lower_in_place
from .regex_words import required_words

MAX_GATE_WORDS = 30
"""A word gate longer than this costs more than the search it spares (measured on the cue lists)."""
FEW_WORDS = 16
"""Up to this many words, `in` tests cost less than a regex alternation of them (measured on sentences)."""
SHORT_TEXT = 400
"""An ASCII text up to this long is lower-cased more cheaply than it is looked up among recent texts."""
RECENT_LOWERED = 8

_recent_lowered: dict[int, tuple[str, str | None]] = {}
"""Longer texts lowered, by identity: a component searches a few texts in turn (the document's text
between its clauses' texts), and lowering the whole document again per sentence would cost more."""
_last_lowered: list[tuple[str | None, str | None]] = [(None, None), (None, None)]
"""The two texts lower-cased last: a sentence and its copy with unit names blanked are asked about
in turn, by several gates and searches each."""


def lowered(text: str) -> str | None:
    """`text` lower-cased, when every character keeps its place and folds as a case-insensitive regex
    folds it; else None. The two texts asked last are kept, and longer ones among recent texts."""
    first, second = _last_lowered
    if first[0] is text:
        return first[1]
    if second[0] is text:
        return second[1]
    if len(text) <= SHORT_TEXT and text.isascii():  # letter for letter: nothing to check
        low: str | None = text.lower()
    else:
        kept = _recent_lowered.get(id(text))
        if kept is not None and kept[0] is text:
            low = kept[1]
        else:
            low = lower_in_place(text)
            if len(_recent_lowered) >= RECENT_LOWERED:
                _recent_lowered.pop(next(iter(_recent_lowered)))  # the oldest
            _recent_lowered[id(text)] = (text, low)
    _last_lowered[0], _last_lowered[1] = (text, low), first
    return low


_ESCAPE_OR_NAME = re.compile(r"\\.|\(\?P<[^>]*>|\(\?P=[^)]*\)", re.DOTALL)


def lower_case_source(source: str) -> str | None:
    """`source` for a search of lower-cased text that finds what a case-insensitive search of the
    text finds: its letters in lower case ("[A-C] prizes" -> "[a-c] prizes"), escapes ("\\W",
    "\\B") and group names kept, a leading "(?i)" dropped. None when it cannot tell (code-point
    escapes, back-references, a letter whose lower case is longer)."""
    body = source[4:] if source.startswith("(?i)") else source
    if re.search(r"\\[xuUN0-9]", body) or "(?-" in body:  # or a part that is case-sensitive again
        return None
    out, at = [], 0
    for m in _ESCAPE_OR_NAME.finditer(body):
        out += [body[at : m.start()].lower(), m.group()]
        at = m.end()
    out.append(body[at:].lower())
    lowered_source = "".join(out)
    if len(lowered_source) != len(body):
        return None
    try:
        re.compile(lowered_source)
    except re.error:  # a range across the cases ("[Z-a]") has no lower-case form
        return None
    return lowered_source


def caseless_group_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words (in lower case) every match of a pattern with case-insensitive groups ("(?i:...)") needs:
    read with the groups' case ignored, the words are the same up to case, so the lower-cased text holds
    one of them in lower case. None when it cannot tell."""
    source = pattern.pattern
    if "\\(" in source or re.search(r"\(\?[a-hj-zA-Z-]*i[a-zA-Z-]*[:)]", source.replace("(?i:", "")):
        return None  # an escaped "(?" or another flag group: not read here
    words = required_words(source.replace("(?i:", "(?:"), pattern.flags)
    if not words or any(len(word.lower()) != len(word) for word in words):
        return None
    return frozenset(word.lower() for word in words)


def gate_words(pattern: re.Pattern[str]) -> tuple[bool, frozenset[str] | None]:
    """The words one of which every match of `pattern` holds (None: no such set), and whether they are
    in lower case, to be looked for in the lower-cased text (else as written, in the text as it is)."""
    if pattern.flags & re.IGNORECASE:
        source = lower_case_source(pattern.pattern)
        return True, None if source is None else required_words(source, pattern.flags & ~re.IGNORECASE)
    if "(?i:" in pattern.pattern:
        words = caseless_group_words(pattern)
        if words:
            return True, words
    return False, required_words(pattern.pattern, pattern.flags)


def holds_word(text: str, words: Iterable[str]) -> bool:
    """Whether one of `words` is in `text`: `any(word in text for word in words)` without building a
    generator (about half the cost on the few words of a gate, asked thousands of times a document)."""
    for word in words:
        if word in text:
            return True
    return False


class WordGate:
    """Whether a text can hold a match of a pattern at all: one of the words every match needs is in
    it (`gate_words`). No words (or more than `max_words`, too many to be worth testing): every text
    passes."""

    def __init__(self, pattern: re.Pattern[str], max_words: int = MAX_GATE_WORDS) -> None:
        self.on_lower, words = gate_words(pattern)
        kept = words is not None and len(words) <= max_words
        self.words: tuple[str, ...] = tuple(sorted(words, key=len, reverse=True)) if kept and words else ()
        self.alternation = re.compile("|".join(map(re.escape, self.words))) if len(self.words) > FEW_WORDS else None
        self.letters = [frozenset(word) for word in self.words]  # the characters of each word
        self.last_absent: tuple[str | None, bool] = (None, False)  # the text asked last, whether it lacks them

    def held(self, haystack: str, start: int = 0, end: int = sys.maxsize) -> bool:
        """Whether one of the words is in `haystack[start:end]`, a text already in the words' case."""
        if self.alternation is not None:
            return self.alternation.search(haystack, start, end) is not None
        if start > 0 or end < len(haystack):
            haystack = haystack[start:end]
        for word in self.words:  # a loop, not `any` over a generator: asked thousands of times a document
            if word in haystack:
                return True
        return False

    def may_match(self, text: str, start: int = 0, end: int = sys.maxsize) -> bool:
        """Whether `text[start:end]` may hold a match: it holds one of the words, the pattern has none,
        or the text does not lower-case letter for letter."""
        if not self.words:
            return True
        if self.on_lower:
            low = lowered(text)
            if low is None:
                return True
            text = low
        return self.held(text, start, end)

    def absent_from(self, text: str) -> bool:
        """Whether the whole of `text` lacks every word: then no slice of it holds one either. The
        answer for the text asked last is kept: each number of a sentence asks about its own piece."""
        if self.last_absent[0] is not text:
            self.last_absent = (text, not self.may_match(text))
        return self.last_absent[1]

    def may_hold_after_deletions(self, text: str) -> bool:
        """Whether `text` with some parts deleted (an article dropped) may still pass `may_match`: each
        character of one of the words is in `text` already, since deleting adds none."""
        if not self.words:
            return True
        haystack = set(text.lower() if self.on_lower else text)
        for letters in self.letters:  # each character of the word in the text: its characters a subset
            if letters <= haystack:
                return True
        return False
