"""A provincial city's own office, named after a province: "X City Social Insurance".

Before July 2025 the capital of a province had its own district-level office, named with its city's name,
which is often the province's ("the X City Social Insurance" in province X). The unit ruler reads a place
followed by a level word and the office words as the province's office, which is right for the cities run
by the centre ("Hai Phong City Social Security") but wrong for a provincial city: there the city's office is
one level down, a `district_office` of its own, and the province's office stays a unit apart.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .extensions import place_tokens
from .unit_refs import first_place


def city_office_place(
    span: Span, after: re.Pattern[str], centre_run: set[str], before: re.Pattern[str] | None = None
) -> str | None:
    """The place as written, for a province office mention whose words after its place match `after`
    (" City Social Insurance") and whose place is no city run by the centre; None otherwise.

    Vietnamese writes the level first ("BHXH thành phố X"): a mention whose words before its place, its last
    token, match `before` is the city's office too, and its place is given by its canonical (English) name."""
    at = first_place(span)
    if at is None:
        return None
    place = place_tokens(span.doc)[at]
    if place in centre_run:
        return None
    if at == span.start and after.fullmatch(span.doc[at + 1 : span.end].text):
        return span.doc[at].text
    if before is not None and at == span.end - 1 and before.fullmatch(span.doc[span.start : at].text):
        return place
    return None
