"""Where a regex can start: a one-character test in front of it, so a scan skips the rest.

`pattern.finditer(text)` tries the whole pattern at every character. A date
pattern of seven branches (year ranges, "first six months", month names, day
numbers...) costs as much at a comma as at a digit, though every match starts
with a digit, a capital letter of a month name or "f". Read from the parsed
pattern, the characters a match can start with make a lookahead class,
`(?=[\\dADFJMNOSf])`, put in front of the pattern: at any other character the
engine fails at once. The matches are the same (the lookahead consumes nothing
and holds wherever a match could start); only the scan is cheaper, about four
times for the date pattern.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any, TypeVar

from .lexicon import NEVER_ANCHORED, CaselessSearch
from .regex_words import sre_parse
from .word_gate import WordGate, lower_case_source, lowered

try:  # the regex compiler's own reading of a pattern's prefix (Python 3.11+; `sre_compile` before)
    sre_compile: Any = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover
    sre_compile = importlib.import_module("sre_compile")

ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
CATEGORY_CLASS = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
LEADING_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")
NEVER_SOURCE = "(?!)"
CASE_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE | re.UNICODE
CASELESS = "\x00i:"  # marks a start class item read inside a scoped "(?i:...)"


class Unknown(Exception):
    """The pattern starts with something this reading does not follow (any character, a back-reference...)."""


def start_class(source: str, flags: int = 0) -> str | None:
    """A character class (`[\\dab]`) holding every character a match of `source` can start with, or
    None when that cannot be told (a pattern that can match the empty string, or starts with `.`)."""
    if flags & re.VERBOSE:
        return None
    try:
        parsed = sre_parse.parse(source, flags)
        items, nullable = _first(list(parsed))
    except (re.error, Unknown):
        return None
    if nullable or not items:
        return None
    plain = sorted(i for i in items if not i.startswith(CASELESS))
    caseless = sorted({i[len(CASELESS) :] for i in items if i.startswith(CASELESS)})
    classes = (["[" + "".join(plain) + "]"] if plain else []) + (
        ["(?i:[" + "".join(caseless) + "])"] if caseless else []
    )
    return classes[0] if len(classes) == 1 else "(?:" + "|".join(classes) + ")"


def with_start_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its start class as a lookahead in front: the same matches, groups and flags
    (the pattern itself when no class can be read). A pattern that starts with `(?!)` (a language's
    way of saying "no such cue") never matches: anchored at the start of the text, the engine gives
    up at once instead of failing at every character."""
    if never_matches(pattern.pattern, pattern.flags):
        return re.compile(NEVER_ANCHORED, pattern.flags)
    if skips_ahead(pattern):
        return pattern  # the engine already skips to where a match can start: a gate would slow it down
    cls = start_class(pattern.pattern, pattern.flags)
    if cls is None:
        return pattern
    flags = LEADING_FLAGS.match(pattern.pattern)  # "(?i)" stays in front, where a global flag must be
    lead = flags.group() if flags else ""
    if pattern.pattern.startswith(f"{lead}(?={cls})(?:"):
        return pattern  # gated already (a grammar's gated pattern made a cue scan): one gate is enough
    return re.compile(f"{lead}(?={cls})(?:{pattern.pattern[len(lead) :]})", pattern.flags)


def skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether Python's engine itself skips to where a match can start: for a pattern that opens on
    literal text or on one character of a set (";", "[,;]", ",\\s+and|;"), it reads that prefix from
    the pattern and a search steps through the text in C to the next place holding it. A lookahead
    gate in front hides that prefix, and the engine then tries the gate at every character: about
    twice the cost of the same scan without it (measured on the clause breaks)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        flags = parsed.state.flags | pattern.flags
        if flags & re.IGNORECASE and flags & re.LOCALE or parsed.getwidth()[0] == 0:
            return False  # the engine reads no prefix then
        prefix, _, _ = sre_compile._get_literal_prefix(parsed, flags)
        return bool(prefix) or bool(sre_compile._get_charset_prefix(parsed, flags))
    except (re.error, AttributeError, TypeError, ValueError):  # a parser without these readings
        return False


def never_matches(source: str, flags: int = 0) -> bool:
    """Whether `source` starts with an empty negative lookahead (`(?!)`, or `\\A(?!)` as `compile_grammar`
    and `with_start_gate` write it), which no text passes."""
    if flags & re.VERBOSE:
        return False
    try:
        items = list(sre_parse.parse(source, flags))
    except re.error:
        return False
    if items and items[0][0].name == "AT" and items[0][1].name == "AT_BEGINNING_STRING":
        items = items[1:]
    if not items:
        return False
    op, av = items[0]
    return op.name == "ASSERT_NOT" and not list(av[1])


def start_gated_grammar(grammar: SimpleNamespace) -> SimpleNamespace:
    """Every pattern of a compiled grammar (`lexicon.compile_grammar`) with its start gate."""
    return SimpleNamespace(**{name: with_start_gate(regex) for name, regex in vars(grammar).items()})


def _first(items: list[Any]) -> tuple[set[str], bool]:
    """The class items a sequence can start with, and whether the sequence can match nothing."""
    found: set[str] = set()
    for op, av in items:
        name = op.name
        if name in ZERO_WIDTH:
            continue  # consumes nothing: the next item starts the match
        if name == "LITERAL":
            found.add(re.escape(chr(av)))
            return found, False
        if name == "IN":
            found |= _class_items(av)
            return found, False
        if name == "SUBPATTERN":
            _, add_flags, del_flags, inner = av
            if del_flags & CASE_FLAGS or add_flags & CASE_FLAGS & ~re.IGNORECASE:
                raise Unknown  # a scoped case flag: the lookahead class would match otherwise
            starts, nullable = _first(list(inner))
            if add_flags & re.IGNORECASE:  # "(?i:ngày)": its start class is caseless too
                starts = {s if s.startswith(CASELESS) else CASELESS + s for s in starts}
        elif name == "ATOMIC_GROUP":
            starts, nullable = _first(list(av))
        elif name == "BRANCH":
            starts, nullable = set(), False
            for alternative in av[1]:
                alt_starts, alt_nullable = _first(list(alternative))
                starts |= alt_starts
                nullable = nullable or alt_nullable
        elif name in REPEATS:
            low, _, inner = av
            starts, nullable = _first(list(inner))
            nullable = nullable or low == 0
        else:
            raise Unknown  # ANY, NOT_LITERAL, GROUPREF, ...: no class worth reading
        found |= starts
        if not nullable:
            return found, False
    return found, True


def _class_items(av: Any) -> set[str]:
    out: set[str] = set()
    for op, value in av:
        name = op.name
        if name == "LITERAL":
            out.add(re.escape(chr(value)))
        elif name == "RANGE":
            out.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif name == "CATEGORY" and value.name in CATEGORY_CLASS:
            out.add(CATEGORY_CLASS[value.name])
        else:
            raise Unknown  # a negated class, a locale category: not worth following
    return out


def cue_scan(pattern: re.Pattern[str]) -> CaselessSearch:
    """A cue pattern searched from its start class over the lower-cased text (`CaselessSearch`):
    the same matches as `pattern`, for a fraction of the cost."""
    return skipping_lower(CaselessSearch(with_start_gate(pattern)), pattern)


S = TypeVar("S", bound=CaselessSearch)


def skipping_lower(scan: S, pattern: re.Pattern[str]) -> S:
    """`scan` searching the lower-cased text with `pattern`'s own lower-case form rather than its start
    gated one, when Python's engine skips through that form by itself (`skips_ahead`: a case-sensitive
    pattern that opens on letters from a set, as a trie of phrases does): the same matches (a gate
    never changes them), without a lookahead tried at every character."""
    if scan.lower is None:
        return scan
    source = lower_case_source(pattern.pattern)
    if source is None:
        return scan
    lower = re.compile(source, pattern.flags & ~re.IGNORECASE)
    if skips_ahead(lower):
        scan.lower = lower
    return scan


class TailSearch:
    """A pattern that ends in `\\s*$` ("(?:^|\\W)(?:about|nearly)\\s*$": a qualifier right before a
    number), searched only where a match can start: within its widest reach of the text's end
    before trailing white space. A match ends at the end, so none starts earlier; the same match."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.reach = tail_reach(pattern)
        self.scan = cue_scan(pattern) if self.reach is None else None  # a whole text to search: lower-cased

    def search(self, text: str) -> re.Match[str] | None:
        if self.scan is not None:
            return self.scan.search(text)
        return self.pattern.search(text, max(0, len(text.rstrip()) - (self.reach or 0)))


def tail_reach(pattern: re.Pattern[str]) -> int | None:
    """How far before the end (less trailing white space) a match of `...\\s*$` can start, or None
    when the pattern is not of that form (or `$` could match before a line break inside)."""
    if pattern.flags & (re.MULTILINE | re.VERBOSE):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    items = list(parsed)
    if len(items) < 3 or items[-1] != (sre_parse.AT, sre_parse.AT_END):
        return None
    op, av = items[-2]
    if (
        op is not sre_parse.MAX_REPEAT
        or av[0] != 0
        or list(av[2]) != [(sre_parse.IN, [(sre_parse.CATEGORY, sre_parse.CATEGORY_SPACE)])]
    ):
        return None
    _, widest = sre_parse.SubPattern(parsed.state, items[:-2]).getwidth()
    return widest if widest < sre_parse.MAXREPEAT else None


class WholeTextGate:
    """Whether a pattern may match anywhere in a whole text, for a pattern scanned over documents whose
    word gate passes nearly all of them ("\\b(?:[Ss]he|[Hh]e)\\s+(?:is|was)..." needs only "e"): its
    lower-case form, leading word boundaries dropped, searched over the lower-cased text where Python's
    engine skips through that form by itself (`skips_ahead`: it opens on a set of letters). A superset
    test: what matches the text matches case-insensitively, and what matches case-insensitively matches
    the lower-case form in the lower-cased text (`lower_case_source`); dropping a boundary only adds
    matches. Not made for a negated class or a negative look-around, which ignoring case can make
    stricter; the word gate alone answers then."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.gate = WordGate(pattern)
        self.never = never_matches(pattern.pattern, pattern.flags)  # a pack's "no such cue": no text
        source = pattern.pattern
        while source.startswith("\\b"):
            source = source[2:]
        stricter = any(part in source for part in ("[^", "(?!", "(?<!")) or pattern.flags & re.VERBOSE
        low = None if stricter else lower_case_source(source)
        lower = re.compile(low, pattern.flags & ~re.IGNORECASE) if low else None
        self.lower = lower if lower is not None and skips_ahead(lower) else None

    def may_match(self, text: str) -> bool:
        if self.never or not self.gate.may_match(text):
            return False
        low = lowered(text) if self.lower is not None else None
        return low is None or self.lower.search(low) is not None  # type: ignore[union-attr]


def words_absent(scan: CaselessSearch, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether `text` (between `start` and `end`) lacks every word a match of `scan` needs (its
    `WordGate`): then no part of it can match either. The text is lower-cased once, not each slice."""
    return scan.gate is not None and not scan.gate.may_match(text, start, sys.maxsize if end is None else end)


def search_slice(scan: CaselessSearch, text: str, start: int, end: int) -> re.Match[str] | None:
    """`scan.search(text[start:end])` (offsets in the slice), with the slice cut and lower-cased only
    when the words a match needs are between `start` and `end` of `text`: a sentence's text is
    lower-cased once for all the slices asked about."""
    if words_absent(scan, text, start, end):
        return None
    return scan.search(text[start:end])


class AsciiStartScan:
    """`gated.finditer(text)` (`gated`: `pattern` with its start gate), for an ASCII text found by
    stepping from one character a match can start with to the next (`starts`, a case-sensitive class
    of the ASCII characters the pattern's start class takes: the engine skips through it in C) and
    matching `pattern` there. A scan tries every place from the end of the last match on, and fails
    at any place without a start character, so matching at those places alone finds the same matches
    (a match's look-behinds and word boundaries read the text before the place either way). The
    gate is a lookahead tried at every character, with the case folded: about half the cost."""

    def __init__(self, pattern: re.Pattern[str], gated: re.Pattern[str], not_after: str = "") -> None:
        self.pattern, self.gated = pattern, gated
        source = start_class(pattern.pattern, pattern.flags)  # None for a pattern that can match nothing
        probe = re.compile(source, pattern.flags) if source is not None else None
        chars = [c for c in map(chr, range(128)) if probe is not None and probe.fullmatch(c)]
        # a pattern that opens on `(?<!C)` (a class of one character) fails at once after a character of
        # C: such places are passed over in the engine too, checked by a look-behind over the start
        # character and the one before it
        lead = f"(?<!{not_after})"
        behind = f"(?<!{not_after}[\\s\\S])" if not_after and pattern.pattern.startswith(lead) else ""
        self.starts = re.compile("[" + "".join(map(re.escape, chars)) + "]" + behind) if chars else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.starts is None or not text.isascii():
            yield from self.gated.finditer(text)
            return
        search, match = self.starts.search, self.pattern.match
        at = 0
        while (start := search(text, at)) is not None:
            place = start.start()
            m = match(text, place)
            if m is None:
                at = place + 1
            else:
                yield m
                at = m.end()
