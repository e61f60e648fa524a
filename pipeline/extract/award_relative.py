"""An award told in a relative clause after its holder: "... praised X, which had received the Flag ...".

The clause's subject (the person who praised) is no recipient: the unit or person the relative pronoun
follows received the award. The pack's `relative_receiver_before` ends right before the award's words
and starts at the comma after the holder's name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .doc_lists import text_in
from .extensions import span_unit

REACH = 80
"""How far before the award the relative clause may open."""


def relative_holder(
    doc: Doc, text: str, start: int, s: int, people: list[Span], cue: re.Pattern[str]
) -> list[tuple[str, str]]:
    """The unit or person named right before ", which had received" when the award at `s` of `text` (which
    starts at `start` in the document) ends that clause; empty otherwise."""
    m = cue.search(text, max(0, s - REACH), s)
    if m is None:
        return []
    at = start + len(text[: m.start()].rstrip())
    unit = next((u for u in doc.spans.get("units", []) if u.end_char == at), None)  # any unit of the document
    if unit is not None:
        return [(span_unit(unit), "collective")]
    person = next((p for p in people if p.end_char == at), None)
    return [(text_in(doc, person), "individual")] if person is not None else []
