"""The issuer of a decision: the authority in whose name the awards its articles decide are given.

A decision ("QUYẾT ĐỊNH") opens with the post of the one who issues it, alone on a line in capitals,
right above the grounds it cites ("GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH X" / "Căn cứ Luật Thi đua, khen
thưởng ..."). Its articles then confer or recognise awards without naming a giver ("Điều 1. Công nhận
danh hiệu ... cho 236 cá nhân"): the issuer confers them. What the issuer's line looks like is the
language pack's (`awards.yml`: `decision_grounds`, the line the grounds open with: the issuer's line is
the one above it); which authority it names is read by
the award reader's own authority words. Found once per document, kept in its meta.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .extensions import doc_meta, text_of

_META = "decision_issuer"


def issuer_line(doc: Doc, pattern: re.Pattern[str]) -> tuple[int, str] | None:
    """(offset, text) of the line that names a decision's issuer, or None when the text is no decision
    (`pattern`: the opening of the grounds, searched once; it opens on a line break, so the engine skips
    from one line break to the next)."""
    meta = doc_meta(doc)
    if meta is not None and _META in meta:
        known: tuple[int, str] | None = meta[_META]
        return known
    text = text_of(doc)
    m = pattern.search(text)  # the first line of the grounds; the issuer's is the last line with words above it
    found: tuple[int, str] | None = None
    if m is not None:
        above = text[: m.start()].rstrip()
        start = above.rfind("\n") + 1
        line = above[start:]
        lead = len(line) - len(line.lstrip())
        if line.strip():
            found = (start + lead, line.strip())
    if meta is not None:
        meta[_META] = found
    return found
