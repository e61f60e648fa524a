"""A name after a level word that the document also writes as a unit's place is that place.

Vietnamese closes a title with a level word before its holder's name ("Chủ tịch UBND huyện Trần Văn A"),
so a name after "huyện" is read as a person. "Chủ tịch UBND huyện Lâm Thạnh dự họp" names the
district's chairman with no person: the words after the level word are the district, which the same
document writes as a unit's place ("BHXH huyện Lâm Thạnh"). Only such names are dropped: a person whose
name happens to be no place keeps the title it closes.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .doc_words import DocWords
from .extensions import text_of


def level_before(levels: list[str]) -> re.Pattern[str]:
    """Matches a level word ending right before a name (`levels` from the people data)."""
    alt = "|".join(sorted(map(re.escape, levels), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:^|\s)(?:{alt})\s+$", re.IGNORECASE)


def unit_places(doc: Doc, levels: re.Pattern[str]) -> set[str]:
    """The words after a level word at the end of each unit span ("BHXH huyện Lâm Thạnh" -> "Lâm Thạnh")."""
    out: set[str] = set()
    text = text_of(doc)
    for span in doc.spans.get("units", []):
        for i in range(span.start + 1, span.end):
            if levels.search(text, max(span.start_char, doc[i].idx - 12), doc[i].idx):
                out.add(doc[i : span.end].text)
                break
    return out


def is_unit_place(w: DocWords, name: Span, levels: re.Pattern[str], places: set[str]) -> bool:
    """Whether `name` follows a level word and is a place some unit of the document is named with."""
    at = w.start_char(name.start)
    return w.span_text(name.start, name.end) in places and bool(levels.search(w.text, max(0, at - 12), at))
