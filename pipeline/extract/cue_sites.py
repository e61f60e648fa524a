"""Where the words cue patterns need occur in a document: found once, asked per sentence or clause.

A `CaselessSearch` runs its regex only over a range that holds one of the words every match needs
(its gate, from `regex_words`); the gate itself is a regex scan of the range. A component that asks
about every sentence and every clause of a document, for each of a dozen patterns, pays that scan
many times over. Here each word's occurrences are found once per document with `str.find` (a fast
C scan, no regex), and the patterns whose words lie wholly inside a range are read off the sorted
occurrences: the same answer as each gate, for a fraction of the cost. Where a gate would not run
(the text does not lower-case letter for letter, or the pattern has no gate), the pattern may match
anywhere, as with the search itself.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from types import SimpleNamespace
from typing import Any

from spacy.tokens import Doc

from .extensions import doc_meta, text_of
from .lexicon import CaselessSearch
from .regex_start import skips_ahead, with_start_gate
from .word_gate import WordGate, holds_word, lowered

# per pattern: whether its gate reads the lower-cased text, and its gate words; None = never gated
Plan = tuple[bool, tuple[str, ...]] | None


def gate_plan(scan: CaselessSearch) -> Plan:
    """Which text a search's gate reads (the lower-cased one or not) and the words it looks for."""
    gate = scan.gate
    return None if gate is None else (gate.on_lower, tuple(sorted(gate.words)))


class CueSites:
    """The gates of some searches (numbered by their place in `scans`), answered per document. The
    first `located` searches have their words' places found once per document (`cues_in`, for
    questions about every sentence); the others are asked about one range at a time (`holds`)."""

    def __init__(self, scans: Sequence[CaselessSearch], located: int | None = None) -> None:
        self.scans = list(scans)
        self.plans = [gate_plan(scan) for scan in scans]
        self.located = len(self.scans) if located is None else located
        self.on_lower = any(plan and plan[0] for plan in self.plans)  # a gate reads the lower-cased text
        # each word of the located searches is found through an anchor, a part it shares with other words:
        # one scan of the text per anchor instead of one per word (see `anchor_groups`)
        users: dict[tuple[bool, str], list[int]] = {}
        for k, plan in enumerate(self.plans[: self.located]):
            for word in plan[1] if plan else ():
                users.setdefault((plan[0], word), []).append(k)  # type: ignore[index]
        self.anchors = [
            (on_lower, anchor, [(word.find(anchor), word, tuple(users[(on_lower, word)])) for word in group])
            for on_lower in (True, False)
            for anchor, group in anchor_groups(sorted(word for lower, word in users if lower == on_lower))
        ]
        # the searches with no gate on a document (`DocCueSites.anywhere`): when it lower-cases letter for
        # letter, and when it does not (then every gate on the lower-cased text is off too)
        self.ungated = frozenset(k for k, plan in enumerate(self.plans) if plan is None)
        self.ungated_unlowered = frozenset(k for k, plan in enumerate(self.plans) if plan is None or plan[0])

    def of(self, text: str) -> DocCueSites:
        return DocCueSites(self, text, lowered(text) if self.on_lower else None)

    def of_doc(self, doc: Doc) -> DocCueSites:
        """`of` the document's text, lower-cased once per document for every component that asks."""
        meta = doc_meta(doc)
        text = text_of(doc)
        if not self.on_lower:
            return DocCueSites(self, text, None)
        kept = meta.get(LOWERED_TEXT) if meta is not None else None
        if kept is None or kept[0] is not text:
            kept = (text, lowered(text))
            if meta is not None:
                meta[LOWERED_TEXT] = kept
        return DocCueSites(self, text, kept[1])


MIN_ANCHOR = 6
"""An anchor shorter than this occurs so often in a text (" of ", "tion") that checking the words at
each occurrence costs more than the scans it spares (measured on the award forms)."""


def anchor_groups(words: list[str]) -> list[tuple[str, list[str]]]:
    """Words grouped under a part each of them holds (an anchor), fewest groups first found greedily:
    where the anchor occurs, each word of its group is checked in place. A word shorter than
    `MIN_ANCHOR` is its own anchor. Every occurrence of a word holds its anchor at one fixed offset
    (the anchor's first place in the word), so the occurrences found are exactly the word's."""
    left, out = set(words), []
    while left:
        holding: dict[str, set[str]] = {}
        for word in left:
            parts = (
                {word[i:j] for i in range(len(word)) for j in range(i + MIN_ANCHOR, len(word) + 1)}
                if len(word) >= MIN_ANCHOR
                else {word}
            )
            for part in parts:
                holding.setdefault(part, set()).add(word)
        anchor = max(holding, key=lambda part: (len(holding[part]), len(part), part))
        out.append((anchor, sorted(holding[anchor])))
        left -= holding[anchor]
    return out


class DocCueSites:
    """One document's text: which searches may match inside a range (`cues_in`, `holds`), and the searches."""

    def __init__(self, cues: CueSites, text: str, low: str | None) -> None:
        """`low`: `lowered(text)`, or None where no gate reads the lower-cased text."""
        self.scans = cues.scans
        self.plans = cues.plans
        self.text = text
        self.low = low
        hits: list[tuple[int, int, int]] = []  # (start, end, search) of every gate word
        # searches without a gate here: a pattern without one, or a text that does not lower-case letter for letter
        self.anywhere = cues.ungated if low is not None else cues.ungated_unlowered
        append = hits.append
        for on_lower, anchor, group in cues.anchors:
            haystack = low if on_lower else text
            if haystack is None:
                continue  # the lower-cased text's words: searched everywhere (`anywhere`), not located
            find, startswith = haystack.find, haystack.startswith
            at = find(anchor)
            while at != -1:
                for offset, word, users in group:  # each occurrence of a word holds its anchor at `offset`
                    place = at - offset
                    if place >= 0 and startswith(word, place):
                        for k in users:  # a located word's search has a gate here (it is not in `anywhere`)
                            append((place, place + len(word), k))
                at = find(anchor, at + 1)
        hits.sort()
        self.hits = hits
        self.hit_starts = [start for start, _, _ in hits]

    def cues_in(self, start: int, end: int) -> set[int]:
        """The located searches that may match inside [start, end): one of their words lies wholly in it
        (and the searches that are not gated here)."""
        out = set(self.anywhere)
        hits = self.hits
        i = bisect_left(self.hit_starts, start)
        while i < len(hits) and hits[i][0] < end:
            if hits[i][1] <= end:
                out.add(hits[i][2])
            i += 1
        return out

    def holds(self, k: int, start: int, end: int) -> bool:
        """Whether search `k` may match inside [start, end): one of its words is in that part of the text."""
        plan = self.plans[k]
        if plan is None or k in self.anywhere:
            return True
        piece = (self.low if plan[0] else self.text)[start:end]  # type: ignore[index]
        return holds_word(piece, plan[1])

    def holding(self, searches: range, start: int, end: int) -> set[int]:
        """`holds` for each of `searches` (those not located) on one range, the range's text cut once."""
        out: set[int] = set()
        pieces: dict[bool, str] = {}
        for k in searches:
            plan = self.plans[k]
            if plan is None or k in self.anywhere:
                out.add(k)
                continue
            piece = pieces.get(plan[0])
            if piece is None:
                piece = pieces[plan[0]] = (self.low if plan[0] else self.text)[start:end]  # type: ignore[index]
            if holds_word(piece, plan[1]):
                out.add(k)
        return out

    def ranges_holding(self, starts: list[int], ends: list[int], searches: range) -> list[int]:
        """Which of some ordered ranges that do not overlap (sentences) hold a word of one of the located
        `searches` wholly, by index: the only ones where one of those searches may match."""
        if any(k in self.anywhere for k in searches):
            return list(range(len(starts)))
        out: list[int] = []
        for start, end, k in self.hits:  # in order of start: the ranges come in order too
            if k not in searches:
                continue
            i = bisect_right(starts, start) - 1
            if i >= 0 and end <= ends[i] and (not out or out[-1] != i):
                out.append(i)
        return out

    def ranges_with_cues(self, starts: list[int], ends: list[int], searches: range) -> list[tuple[int, set[int]]]:
        """`ranges_holding`, each range with its `cues_in`, in one pass over the words' places: the
        searches whose words lie wholly in the range, and those not gated here."""
        if any(k in self.anywhere for k in searches):
            return [(i, self.cues_in(starts[i], ends[i])) for i in range(len(starts))]
        cues: dict[int, set[int]] = {}
        for start, end, k in self.hits:  # a word lies in the range that starts last before it, if it ends in it
            i = bisect_right(starts, start) - 1
            if i >= 0 and end <= ends[i]:
                found = cues.get(i)
                if found is None:
                    found = cues[i] = set(self.anywhere)
                found.add(k)
        return [(i, found) for i, found in cues.items() if not found.isdisjoint(searches)]

    def search(self, k: int, start: int = 0, end: int = sys.maxsize, cues: set[int] | None = None) -> bool:
        """Whether search `k` matches in the document's text between start and end (`cues`: `cues_in`
        of that range, when the caller has it)."""
        if k not in (self.cues_in(start, end) if cues is None else cues):
            return False
        scan = self.scans[k]
        if scan.lower is None or self.low is None:  # as `CaselessSearch.search` does once its gate has passed
            return scan.pattern.search(self.text, start, end) is not None
        # as `CaselessSearch.search` does, on the lower-cased text this document already has (its gate passed)
        m = scan.lower.search(self.low, start, end)
        return m is not None and scan.pattern.match(self.text, m.start(), end) is not None


class WordScan(CaselessSearch):
    """A `CaselessSearch` whose gate is a plain `in` test per word of the range: on a short text (a
    clause, a sentence) a few `in` tests cost less than a regex scan for the same words. Same matches."""

    def finditer_lowered(self, text: str, low: str | None, known: bool = False) -> Iterator[re.Match[str]]:
        """`finditer(text)`, given `low` = `lowered(text)`: lowered once for several scans, or cut from the
        document's lower-cased text. `known`: the caller knows one of the words is there (`cues_in`), so
        they are not looked for again (the words only spare a search that would find nothing)."""
        if low is None or self.lower is None:
            return self.finditer(text)
        if not known and self.gate is not None and not self.gate.held(low):
            return iter(())
        return self.matches_lowered(text, low)

    def search_lowered(self, text: str, low: str | None) -> re.Match[str] | None:
        """`search(text)`, given `low` = `lowered(text)` (as `finditer_lowered`)."""
        if low is None or self.lower is None:
            return self.search(text)
        if self.gate is not None and not self.gate.held(low):
            return None
        m = self.lower.search(low)  # as `CaselessSearch.search`: the first place the lower-case form matches
        return None if m is None else self.pattern.match(text, m.start())

    def matches_lowered(self, text: str, low: str) -> Iterator[re.Match[str]]:
        at_start = self.pattern.match  # where the lower-case form matches, the pattern matches the text
        assert self.lower is not None
        for m in self.lower.finditer(low):
            found = at_start(text, m.start())
            if found is not None:
                yield found


def start_gated_lower(scan: CaselessSearch) -> None:
    """`scan`'s lower-case form tried only where a match can start (`with_start_gate`), unless Python's
    engine skips through it by itself: the same matches ("\\b(?:issa|assa)..." is no longer tried at every
    character of a sentence)."""
    if scan.lower is not None and not skips_ahead(scan.lower):
        scan.lower = with_start_gate(scan.lower)


MAX_GATED_WORDS = 12
"""More words than this cost more `in` tests than the regex scan they would spare."""


class GatedPattern:
    """A compiled pattern whose scans (`search`, `finditer`, `sub`, `split`) first test that one of the
    words every match needs is in the text they scan (`WordGate`): most clauses and windows a grammar
    pattern is tried on hold none, and a few `in` tests cost less than the scan. Anchored calls
    (`match`, `fullmatch`) try one place and are passed through; so is everything else."""

    def __init__(self, pattern: re.Pattern[str], gate: WordGate) -> None:
        self.compiled = pattern
        self.gate = gate

    def absent(self, text: str, pos: int, endpos: int) -> bool:
        return not self.gate.may_match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self.absent(text, pos, endpos) else self.compiled.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self.absent(text, pos, endpos) else self.compiled.finditer(text, pos, endpos)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return text if self.absent(text, 0, sys.maxsize) else self.compiled.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return [text] if self.absent(text, 0, sys.maxsize) else self.compiled.split(text, maxsplit)

    def __getattr__(self, name: str) -> Any:  # match, fullmatch, pattern source, flags, groups ...
        return getattr(self.compiled, name)


def plain(pattern: re.Pattern[str] | GatedPattern) -> re.Pattern[str]:
    """The compiled pattern itself, gated or not (for a `CaselessSearch`, which has its own gate)."""
    return pattern.compiled if isinstance(pattern, GatedPattern) else pattern


def gated(pattern: re.Pattern[str]) -> re.Pattern[str] | GatedPattern:
    """`pattern` behind the words it needs, when it needs one of a few words of three letters or more."""
    gate = WordGate(pattern, max_words=MAX_GATED_WORDS)
    words = gate.words
    # a gate of short words ("to", "of", ":") passes nearly every text: it would only cost
    return (
        GatedPattern(pattern, gate)
        if words and len(words) <= MAX_GATED_WORDS and min(map(len, words)) >= 3
        else pattern
    )


def word_gated_grammar(grammar: SimpleNamespace) -> SimpleNamespace:
    """A compiled grammar (`compile_grammar`) whose patterns that need one of a few words are gated on them."""
    return SimpleNamespace(**{name: gated(pattern) for name, pattern in vars(grammar).items()})


LOWERED_TEXT = "lowered_text"
