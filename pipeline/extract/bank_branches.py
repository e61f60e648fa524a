"""Bank branches around a bank's name: "Agribank chi nhánh Hóc Môn", "Chi nhánh NHCSXH tỉnh X".

The ruler finds only the bank's name (a phrase pattern from `data/bodies.yml`
`bank_branches`, cheap to match); the branch is read here from the words
around it: the branch word before or after the name, a level word, then a
province or a capitalised place name. "<bank> tỉnh X" is X's branch too. A
bank named without a branch is not a unit this pipeline reports.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..folding import ascii_name
from .bodies import DASHES, bank_branches, syllables
from .extensions import place_tokens

MAX_PLACE_WORDS = 3


class BranchReader:
    def __init__(self, lang: str) -> None:
        data = bank_branches()
        self.branch_words = [tuple(syllables(w)) for w in data.branch_words.get(lang, [])]
        self.levels = sorted((tuple(syllables(w)) for w in data.levels.get(lang, [])), key=len, reverse=True)

    def branch(self, doc: Doc, bank_name: Span, bank: str) -> tuple[Span, str] | None:
        """The branch named around `bank_name` and its canonical name, "<bank> <place> Branch"."""
        start, i = bank_name.start, bank_name.end
        if i < len(doc) and doc[i].text in DASHES:
            i += 1
        after = self.words_at(doc, i, self.branch_words)
        before = self.words_before(doc, bank_name.start, self.branch_words)
        if after is not None:
            i = after
        elif before is not None:
            start, i = before, bank_name.end
        else:
            i = bank_name.end
        level = self.words_at(doc, i, self.levels)
        if level is not None:
            i = level
        elif after is None and before is None:
            return None
        if i < len(doc) and i in place_tokens(doc):
            return doc[start : i + 1], f"{bank} {place_tokens(doc)[i]} Branch"
        if after is None and before is None:
            return None  # "<bank> tỉnh" needs the province
        end = i
        while end < len(doc) and doc[end].is_title and end - i < MAX_PLACE_WORDS:
            end += 1
        return (doc[start:end], f"{bank} {ascii_name(doc[i:end].text)} Branch") if end > i else None

    @staticmethod
    def words_at(doc: Doc, i: int, phrases: list[tuple[str, ...]]) -> int | None:
        """The end of the first of `phrases` written at token `i`, if any."""
        for phrase in phrases:
            if tuple(t.lower_ for t in doc[i : i + len(phrase)]) == phrase:
                return i + len(phrase)
        return None

    @staticmethod
    def words_before(doc: Doc, end: int, phrases: list[tuple[str, ...]]) -> int | None:
        """The start of the first of `phrases` written just before token `end`, if any."""
        for phrase in phrases:
            if end - len(phrase) >= 0 and tuple(t.lower_ for t in doc[end - len(phrase) : end]) == phrase:
                return end - len(phrase)
        return None
