"""Case-insensitive cue searches over the lower-cased text, cheaper on short texts.

`lexicon.CaselessSearch` searches a case-insensitive pattern over the lower-cased text,
behind a gate of the words every match needs. The figures component asks such patterns
of a sentence and of many slices of it, each a new string: `CaselessScan` lower-cases an
ASCII text with `str.lower` directly (the look-up of recent texts costs more than
lowering a short one), keeps the two texts lowered last, and reads a gate of a few words
with `in` tests. The matches are `CaselessSearch`'s.
"""

from __future__ import annotations

import re

from .lexicon import CaselessSearch, lowered

_last_lowered: list[tuple[str | None, str | None]] = [(None, None), (None, None)]
"""The two texts lower-cased last and their lower case: a sentence and its copy with unit names
blanked are asked about in turn, by several searches each."""


def quick_lowered(text: str) -> str | None:
    """`lexicon.lowered(text)`: an ASCII text straight from `str.lower` (every character keeps its
    place and none folds apart from its lower case), cheaper than the look-up of a recent text;
    any other text through `lexicon.lowered`."""
    first, second = _last_lowered
    if first[0] is text:
        return first[1]
    if second[0] is text:
        return second[1]
    low = text.lower() if text.isascii() else lowered(text)
    _last_lowered[0], _last_lowered[1] = (text, low), first
    return low


FEW_GATE_WORDS = 16
"""Up to this many gate words, `in` tests cost less than the gate's alternation (measured on sentences)."""


class CaselessScan(CaselessSearch):
    """`lexicon.CaselessSearch` (the same matches) that lower-cases an ASCII text directly
    (`quick_lowered`): the slices of a sentence asked about once each cost a lower-casing either way,
    and the look-up of recent texts costs more than lower-casing a short ASCII one. A gate of a few
    words is read with `in` tests (about half the cost of the gate's alternation over a sentence)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__(pattern)
        few = self.gate is not None and self.words is not None and len(self.words) <= FEW_GATE_WORDS
        self.few_words = sorted(self.words or (), key=len, reverse=True) if few else None
        self.last_absent: tuple[str | None, bool] = (None, False)  # the text asked last, whether it lacks them

    def absent_from(self, text: str) -> bool:
        """Whether the whole of `text` lacks every word a match needs (`regex_start.words_absent`):
        then no window of it holds them either, and no search of a window or a slice of it can match
        (the gate is a plain alternation of words). The answer for the text asked last is kept: each
        number of a sentence asks about its own window of it."""
        if self.last_absent[0] is not text:
            if self.gate is None:
                absent = False
            elif self.lower is None:  # a case-sensitive pattern: gated on the text as it is
                absent = self.absent(text, 0, len(text))
            else:
                low = quick_lowered(text)
                absent = low is not None and self.absent(low, 0, len(low))
            self.last_absent = (text, absent)
        return self.last_absent[1]

    def absent(self, text: str, pos: int, endpos: int) -> bool:
        """`CaselessSearch.absent`: whether the text between pos and endpos lacks every word a match needs."""
        words = self.few_words
        if words is None:
            return super().absent(text, pos, endpos)
        window = text if pos <= 0 and endpos >= len(text) else text[pos:endpos]
        for word in words:  # a loop, not `any` over a generator: this is asked about 150 times a document
            if word in window:
                return False
        return True

    def lower_case(self, text: str) -> str | None:
        """`quick_lowered`: an ASCII text lower-cased directly, the two texts asked last kept."""
        return quick_lowered(text)
