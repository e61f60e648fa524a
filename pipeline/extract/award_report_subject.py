"""Whom an achievement report is about: the person or collective its header field names.

An achievement report ("báo cáo thành tích") opens with its subject's particulars ("Họ và tên: X" for
a person, "Tên đơn vị: X" for a collective) and then lists, in table rows and bullets, the titles and
certificates that subject has received, with no recipient written beside them ("2020 | Lao động tiên
tiến | ..."; "- Bằng khen của ... năm 2021"). Those awards are the subject's. The field's words are the
pack's (`report_subject` in awards.yml, groups `person`, `unit`, `name`); a document without the field
has no such subject.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .dates import YEAR
from .extensions import doc_meta, span_unit, text_of
from .tables import TABLE_CELL

META_KEY = "report_subject"
ROW_YEAR = re.compile(YEAR)


def report_subject(doc: Doc, field: re.Pattern[str]) -> tuple[str, str] | None:
    """(recipient, recipient kind) of the report's subject, or None; read once per document."""
    meta = doc_meta(doc)
    if meta is None:
        return read_subject(doc, field)
    if META_KEY not in meta:
        meta[META_KEY] = read_subject(doc, field)
    found: tuple[str, str] | None = meta[META_KEY]
    return found


def read_subject(doc: Doc, field: re.Pattern[str]) -> tuple[str, str] | None:
    text = text_of(doc)
    m = field.search(text) if ":" in text else None
    if m is None:
        return None
    name = m.group("name").strip()
    if m.group("person"):
        return (name, "individual") if name else None
    start, end = m.start("name"), m.end("name")
    unit = next((u for u in doc.spans.get("units", []) if start <= u.start_char and u.end_char <= end), None)
    return (span_unit(unit), "collective") if unit is not None else None


def row_year(text: str, at: int) -> str | None:
    """The year a table row opens with ("2022 | Chiến sĩ thi đua ngành | 611/QĐ ngày 28/3/2023 | ..."):
    the year the title is for, not the date of the decision later in the row. None outside such a row."""
    line_start = text.rfind("\n", 0, at) + 1
    first_cell = text[
        line_start : text.find(TABLE_CELL, line_start, at) if TABLE_CELL in text[line_start:at] else line_start
    ]
    return first_cell.strip() if ROW_YEAR.fullmatch(first_cell.strip()) else None
