"""Organisations named only as award recipients are units too.

A company or a cooperative a recipient list names ("giải Nhì cho Công ty TNHH X") is no body the unit
gazetteer knows, so the units component never saw it; the award reader that found the name files it
here, as an enterprise named as the text writes it (the name the award's `recipient` carries).
"""

from __future__ import annotations

from spacy.tokens import Doc


def add_recipient_unit(doc: Doc, name: str, start: int, end: int, kind: str = "enterprise") -> None:
    """File `name` (at characters `start`-`end`) as a unit of the document, once per name."""
    units: list[dict] = doc._.units
    known = next((u for u in units if u["name"] == name), None)
    if known is not None:
        if name not in known["mentions"]:
            known["mentions"].append(name)
        return
    units.append(
        {
            "name": name,
            "kind": kind,
            "mentions": [name],
            "parent": None,
            "members": [],
            "role": None,
            "evidence": {"start": start, "end": end, "text": name},
        }
    )
