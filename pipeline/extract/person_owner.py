"""A title owned by a pronoun: "its Director X", "Its Director, X, said ...".

"its" stands for the office the text named last before it in the same paragraph ("... merged into
Lam Dong Provincial Social Security, its Director X talks ..."; "Social Insurance Region II collected
... . Its Director, X, said ..."): a person whose title names no unit of its own works there. The
pronoun before the title is the language's (`data/<lang>/people.yml` grammar `owner_pronoun_title`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..models import VSS_OFFICES
from .extensions import span_unit, text_of
from .person_roles import people_lacking

OFFICE_LABELS = (*VSS_OFFICES, "cluster", "department")


def owned_units(
    doc: Doc,
    names: list[Span],
    people: list[dict],
    pronoun_title: re.Pattern[str],
    bare_title: re.Pattern[str],
    agent_before: re.Pattern[str] | None = None,
) -> None:
    """Fill the unit of each person without one whose title follows an owner pronoun; after a bare title,
    an office named as an agent ("assigned by X", `agent_before`) is passed over."""
    text = text_of(doc)
    units = [u for u in doc.spans.get("units", []) if u.label_ in OFFICE_LABELS]
    for span, person in people_lacking(text, names, people, "unit"):
        m = pronoun_title.search(text, max(0, span.start_char - 60), span.start_char)
        at = m.start() if m else span.start_char
        if not m and not (person["title"] and bare_title.search(text, max(0, span.start_char - 40), span.start_char)):
            continue
        paragraph_start = text.rfind("\n", 0, at) + 1
        before = [u for u in units if paragraph_start <= u.start_char and u.end_char <= at]
        if not m and agent_before is not None:
            before = [u for u in before if not agent_before.search(text, max(0, u.start_char - 12), u.start_char)]
        if before:
            person["unit"] = span_unit(before[-1])
