"""A document's unit mentions as the figures read them: offsets, label and unit name, read once.

The scope questions ask about every unit for every number; a Span's `label_` and `_.unit` are costly
to read, so each mention is read once per document into a named tuple (`unit_mentions`).
"""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span

from ..models import LOCAL_OFFICES
from .extensions import user_data_key

OFFICE_KINDS = (*LOCAL_OFFICES, "cluster")
# bodies of the social security sector: the ones a figure is about unless the text says otherwise
SCOPE_KINDS = OFFICE_KINDS + ("agency", "department")


class UnitMention(NamedTuple):
    """A unit span's offsets, label and unit name, read once per document: the scope questions ask
    about every unit for every number, and a Span's `label_` and `_.unit` are costly to read. A named
    tuple: about a third of a frozen dataclass's cost to build, as immutable."""

    start: int
    end: int
    start_char: int
    end_char: int
    label_: str
    unit: str


def unit_mentions(spans: Iterable[Span], doc: Doc) -> list[UnitMention]:
    """The units' mentions, each with its `_.unit` read where spaCy keeps it (`extensions.user_data_key`:
    `u._.unit` builds an `Underscore` per span)."""
    user_data: dict[Any, Any] = doc.user_data
    out = []
    for u in spans:
        start_char, end_char = u.start_char, u.end_char
        unit: Any = user_data.get(user_data_key("unit", start_char, end_char))
        out.append(UnitMention(u.start, u.end, start_char, end_char, u.label_, unit))
    return out


def office_in(units: list[UnitMention], start: int, end: int) -> bool:
    """Whether an office is named between two character offsets."""
    for u in units:  # a loop, not `any` over a generator: asked several times for every number
        if start <= u.start_char < end and u.label_ in OFFICE_KINDS:
            return True
    return False


def told_by(u: UnitMention, g: SimpleNamespace, text: str, end: int) -> bool:
    """Whether `u` is an office named in a speaker's title right before what the speaker told ("Ms. A,
    Deputy Director of X SS, said that ..."): the office whose figures the speaker reports, though the "of"
    before it otherwise marks a body that is not the figure's (`not_scope_before`)."""
    return u.label_ in OFFICE_KINDS and g.told_after.match(text, u.end_char, end) is not None
