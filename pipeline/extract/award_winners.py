"""A prize's winner named again by the prize ("The first-prize winner received a Certificate of
Commendation ..."): the person the text gave that prize to.

Asked only of an award mention that found no recipient of its own, so it costs one search of the
words before the mention at most (the words are in `awards.yml`, `prize_winner_before`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_lists import doc_list


def prize_winner(doc: Doc, pattern: re.Pattern[str], before: str) -> list[tuple[str, str]]:
    """[(name, kind)] of the one recipient of the graded prize the words before the award name as its
    winner, when the document gave that prize to exactly one named recipient; else []."""
    m = pattern.search(before)
    if m is None:
        return []
    grade = m.group("grade").lower()
    won = {
        (a["recipient"], a["recipient_kind"])
        for a in doc_list(doc, "awards")
        if a["award_type"] == "other" and a["grade"] == grade and a["recipient"] and a["recipient_kind"]
    }
    return list(won) if len(won) == 1 else []
