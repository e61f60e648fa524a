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

import sys
from bisect import bisect_left
from collections.abc import Sequence

from .lexicon import CaselessSearch, lowered

# per pattern: whether its gate reads the lower-cased text, and its gate words; None = never gated
Plan = tuple[bool, tuple[str, ...]] | None


def gate_plan(scan: CaselessSearch) -> Plan:
    """Which text a search's gate reads and the words it looks for (mirrors `CaselessSearch.search`)."""
    if scan.gate is None or not scan.words:
        return None
    return (scan.lower is not None, tuple(sorted(scan.words)))


class CueSites:
    """The gates of some searches (numbered by their place in `scans`), answered per document."""

    def __init__(self, scans: Sequence[CaselessSearch]) -> None:
        self.scans = list(scans)
        self.plans = [gate_plan(scan) for scan in scans]

    def of(self, text: str) -> DocCueSites:
        return DocCueSites(self, text)


class DocCueSites:
    """One document's text: which searches may match inside a range (`cues_in`), and the searches."""

    def __init__(self, cues: CueSites, text: str) -> None:
        self.scans = cues.scans
        self.text = text
        self.low = lowered(text)
        found: dict[tuple[bool, str], list[int]] = {}  # (in lower case?, word) -> where it starts
        hits: list[tuple[int, int, int]] = []  # (start, end, search) of every gate word
        anywhere: set[int] = set()  # searches without a gate here
        for k, plan in enumerate(cues.plans):
            if plan is None or (plan[0] and self.low is None):
                anywhere.add(k)
                continue
            on_lower, words = plan
            haystack = self.low if on_lower else text
            for word in words:
                starts = found.get((on_lower, word))
                if starts is None:
                    starts = found[(on_lower, word)] = _occurrences(haystack or "", word)
                hits.extend((at, at + len(word), k) for at in starts)
        hits.sort()
        self.hits = hits
        self.hit_starts = [start for start, _, _ in hits]
        self.anywhere = frozenset(anywhere)

    def cues_in(self, start: int, end: int) -> set[int]:
        """The searches that may match inside [start, end): one of their words lies wholly in it."""
        out = set(self.anywhere)
        hits = self.hits
        i = bisect_left(self.hit_starts, start)
        while i < len(hits) and hits[i][0] < end:
            if hits[i][1] <= end:
                out.add(hits[i][2])
            i += 1
        return out

    def search(self, k: int, start: int = 0, end: int = sys.maxsize, cues: set[int] | None = None) -> bool:
        """Whether search `k` matches in the document's text between start and end (`cues`: `cues_in`
        of that range, when the caller has it)."""
        if k not in (self.cues_in(start, end) if cues is None else cues):
            return False
        return self.scans[k].search(self.text, start, end) is not None


def _occurrences(haystack: str, word: str) -> list[int]:
    """Every place `word` starts in `haystack`, overlapping ones too."""
    out = []
    at = haystack.find(word)
    while at != -1:
        out.append(at)
        at = haystack.find(word, at + 1)
    return out
