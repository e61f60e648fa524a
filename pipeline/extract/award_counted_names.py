"""The people a count of individuals goes on to name ("Three other officials received the Certificate of
Merit ...: Mr. A of X, for ...; Ms. B ...; and Mr. C ...", "... and two of its staff, Mr. A, Director of X,
and Ms. B"): one record per person (RECORDS.md: one record per recipient), not one counted record.

Asked only of an award mention that counted individuals and named no one, so it reads the people
spans of the rest of its sentence once at most. A name counts as a listed recipient only where it
opens a list item (`counted_name_before` in `awards.yml`: after a colon, comma or semicolon, "and",
an honorific), and the names are taken only when there are exactly as many as the count says.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .award_parts import CountGroup
from .doc_lists import text_in
from .extensions import text_of
from .span_index import span_index


def counted_names(
    doc: Doc, groups: list[CountGroup], after: int, end: int, item_start: re.Pattern[str]
) -> list[tuple[str, str]]:
    """[(name, "individual")] of the people that open the list items between `after` (the end of the award
    mention) and `end` (the next mention or the sentence's end), when the one count of individuals is their
    number; else []."""
    if len(groups) != 1 or groups[0].kind != "individual" or groups[0].value < 2:
        return []
    text = text_of(doc)
    named = [
        text_in(doc, p)
        for p in span_index(doc, "people").within_chars(after, end)
        if item_start.search(text, max(after, p.start_char - 40), p.start_char)
    ]
    return [(name, "individual") for name in named] if len(named) == groups[0].value else []
