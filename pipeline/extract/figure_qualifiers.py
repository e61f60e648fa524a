"""Qualifiers before a figure's number ("more than", "nearly", "about") and the word lists read
right before a number.

A mixin of `FigureMeaning`, which compiles `data/<lang>/numbers.yml`'s qualifiers with
`words_before_number`: `qualifiers` one per qualifier, `any_qualifier` their union (most numbers have
none, and then none need be tried), `currency_end` a currency word ending the words before a number.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from .phrase_tries import phrase_alternation
from .regex_start import TailSearch


def words_before_number(words: list[str]) -> TailSearch:
    """One of `words` right before a number ("more than", "rose by"): `(?:^|\\W)(?:words)\\s*$` searched
    near the end only (`TailSearch`), the words as a trie (`phrase_alternation`): where such a pattern
    matches does not depend on the order of its words (every match runs to the end), and the trie
    tries the words starting with each letter once instead of every word at every place."""
    return TailSearch(re.compile(r"(?:^|\W)(?:" + phrase_alternation(words) + r")\s*$", re.IGNORECASE))


class QualifierReading:
    """The qualifier a figure's words give it, and the words before its number without it."""

    g: SimpleNamespace
    qualifiers: list[tuple[str, TailSearch]]
    any_qualifier: TailSearch
    currency_end: TailSearch

    def strip_qualifier(self, left: str) -> str:
        if not self.any_qualifier.search(left):
            return left
        for _, regex in self.qualifiers:
            m = regex.search(left)
            if m:
                return left[: m.start() + (1 if m.group().startswith((" ", ",")) else 0)]
        return left

    def qualifier_of(self, left: str) -> str | None:
        left = left.rstrip()
        if self.currency_end.search(left) is not None:  # "... VND": most texts end on no currency word
            left = self.g.currency_before.sub("", left)
        # the qualifier patterns end in `\s*$`, so whatever matches `left` matches `left + " "` too:
        # the padded text alone gives the same answer (one search instead of two)
        padded = left + " "
        if not self.any_qualifier.search(padded) or self.g.particle_over_before.search(padded):
            return None  # (no "more than" in "handed over 900 cards": the verb's particle)
        for name, regex in self.qualifiers:
            if regex.search(padded):
                return name
        return None
