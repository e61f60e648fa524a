"""A count whose noun is left out because the count before it named it.

"Two individuals won second prizes and three won third prizes": "three" counts individuals too, the
noun the count before it gave. Asked only of an award mention that found no recipient of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .award_parts import CountReader
from .doc_lists import doc_list


def elided_count(
    doc: Doc, counts: CountReader, pattern: re.Pattern[str], before: str, clause_start: int
) -> tuple[int, str] | None:
    """(count, recipient kind) of a bare number joined on before the award ("... and three won"), when the
    record before it, in the same clause, counted recipients of a kind; else None."""
    m = pattern.search(before)
    if m is None:
        return None
    awards = doc_list(doc, "awards")
    last = awards[-1] if awards else None
    if last is None or last["count"] is None or last["recipient_kind"] is None:
        return None
    if last["evidence"]["start"] < clause_start:
        return None
    return counts.value(m.group("n")), last["recipient_kind"]
