"""The unit an emulation cluster votes up ("suy tôn") and proposes for an award in the same sentence: "Cụm suy tôn
BHXH tỉnh X là đơn vị dẫn đầu, đề nghị Bộ trưởng ... tặng Cờ thi đua", "BHXH tỉnh X được Cụm suy tôn, đề nghị ...
tặng Cờ thi đua". The award's own clause names only its giver; the unit voted up is its recipient."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from .extensions import text_of


def voted_up_record(
    doc: Doc, sent_start: int, award_start: int, base: dict[str, Any], before: re.Pattern[str], after: re.Pattern[str]
) -> list[dict[str, Any]]:
    """A proposed award's record for the unit voted up before it in its sentence (the nearest such unit, with no
    ";" between it and the award): `before` ends right before the unit (active), `after` opens right after it
    (passive)."""
    if base["status"] != "proposed":
        return []
    text = text_of(doc)
    for unit in reversed(doc.spans.get("units", [])):
        if (
            not (sent_start <= unit.start_char and unit.end_char <= award_start)
            or ";" in text[unit.end_char : award_start]
        ):
            continue
        if before.search(text, sent_start, unit.start_char) or after.match(text, unit.end_char, award_start):
            return [{**base, "recipient": unit._.unit, "recipient_kind": "collective", "count": None}]
    return []
