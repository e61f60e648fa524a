"""The issuer of a decision: the authority in whose name the awards its articles decide are given.

A decision ("QUYẾT ĐỊNH") opens with the post of the one who issues it, alone on a line in capitals,
right above the grounds it cites ("GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH X" / "Căn cứ Luật Thi đua, khen
thưởng ..."). Its articles then confer or recognise awards without naming a giver ("Điều 1. Công nhận
danh hiệu ... cho 236 cá nhân"): the issuer confers them. What the issuer's line looks like is the
language pack's (`awards.yml`: `decision_issuer`, group `issuer`); which authority it names is read by
the award reader's own authority words. Found once per document, kept in its meta.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .extensions import doc_meta, text_of

_META = "decision_issuer"


def issuer_line(doc: Doc, pattern: re.Pattern[str]) -> tuple[int, str] | None:
    """(offset, text) of the line that names a decision's issuer, or None when the text is no decision."""
    meta = doc_meta(doc)
    if meta is not None and _META in meta:
        found: tuple[int, str] | None = meta[_META]
        return found
    m = pattern.search(text_of(doc))
    found = (m.start("issuer"), m.group("issuer")) if m else None
    if meta is not None:
        meta[_META] = found
    return found
