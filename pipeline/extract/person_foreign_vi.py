"""Foreign people in Vietnamese text: "ông Somchai Phomvihane, Phó Tổng Giám đốc ...".

A partner's delegate from abroad has a name no Vietnamese family name opens, so `HeadFirstPeopleFinder`
(which starts names at the family names of `people.yml`) does not see it. Such a name is two or three
capitalised words written in plain Latin letters; it counts only with both cues a Vietnamese name
may do with one of: an honorific right before it and a title right after its comma.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .extensions import text_of
from .lexicon import fold

# a word of a name in plain Latin letters ("Khamla", "Phommachanh", "Kim-Ly"): no Vietnamese syllable
# with its marks, which the family names read
LATIN_WORD = r"[A-Z][a-z]{1,15}(?:-[A-Za-z][a-z]{1,15})?"


class ForeignNames:
    """Names of people from abroad, each between an honorific and a title."""

    def __init__(self, honorifics: list[str], title_re: re.Pattern[str], surnames: set[str]) -> None:
        words = "|".join(sorted(map(re.escape, honorifics), key=len, reverse=True)) or "(?!)"
        self.name_re = re.compile(
            rf"(?:^|(?<=[\s(,;:]))(?i:{words})\s+(?P<name>{LATIN_WORD}(?:[ \t]+{LATIN_WORD}){{1,2}})(?=[ \t]*,[ \t]*)"
        )
        self.title_re = title_re
        self.surnames = surnames  # folded: a name one of them opens is the Vietnamese reader's

    def spans(self, doc: Doc, taken: set[int]) -> list[Span]:
        """The foreign names of `doc` that no family name opens, on tokens no unit holds (`taken`)."""
        text = text_of(doc)
        out = []
        for m in self.name_re.finditer(text):
            if fold(m.group("name").split()[0]) in self.surnames:
                continue
            after = text.find(",", m.end()) + 1
            while after < len(text) and text[after] in " \t":
                after += 1
            if not self.title_re.match(text, after):
                continue
            span = doc.char_span(m.start("name"), m.end("name"))
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                out.append(span)
        return out
