"""A recipient named again by its head noun alone: "... award a Certificate of Merit to the hospital".

The body is the last unit named before the award whose name ends in that noun ("Song Cau General
Hospital"). Asked only of an award mention that found no recipient of its own, and only when the
words after it match the language's `definite_object` ("to the hospital").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .extensions import span_unit


def definite_unit(doc: Doc, head: str, before: int) -> list[str]:
    """The canonical name of the last unit whose mention ends before `before` and whose name ends in
    `head` (one word, any case); empty when none does."""
    head = head.lower()
    found = None
    for unit in doc.spans.get("units", []):
        if unit.end_char <= before and unit.text.lower().rstrip(".").endswith(head):
            found = unit
    return [span_unit(found)] if found is not None else []
