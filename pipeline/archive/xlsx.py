"""The XLSX export, ready to use in Excel: typed cells, formats, labels, filters, widths, a frozen header.

- dates (`published`, `as_of`, an event's `date`) written as full ISO dates become
  real dates (`yyyy-mm-dd`), partial ones ("2025", "2025-06") stay text;
- numbers stay numbers, with thousands separators and never scientific
  notation (a revenue of VND 86,200,000,000,000 shows as such, not 8.62E+13);
- beside each code column (metric, kind, award, grade, ...) a `<code>_label`
  column with its name in the report's language (`pipeline/report/labels.yml`);
- "unit" is two things in the records: a figure's unit of measure and a
  person's organisation; the sheets call them `unit_of_measure` and `organisation`;
- a filter on every header, widths by kind of column, the header row frozen;
- text that starts with "=" stays text, never a formula; a document text
  longer than an Excel cell is cut (JSONL keeps everything).

Rows are streamed (openpyxl write-only mode), so large archives are not held in memory.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ..models import Records

XLSX_CELL_MAX = 32_767  # Excel's limit for one cell
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# (sheet, column) -> the header Excel shows, where the records' name would be ambiguous
RENAMED = {("figures", "unit"): "unit_of_measure", ("people", "unit"): "organisation"}
# (sheet, column) -> labels group of the code in that column
LABELLED = {
    ("units", "kind"): "unit_kinds",
    ("figures", "metric"): "metrics",
    ("figures", "unit"): "figure_units",
    ("figures", "qualifier"): "qualifiers",
    ("figures", "kind"): "figure_kinds",
    ("awards", "award_type"): "award_types",
    ("awards", "grade"): "grades",
    ("awards", "recipient_kind"): "recipient_kinds",
    ("events", "kind"): "event_kinds",
}
DATES = {"published", "as_of", "date"}
WIDTHS = {
    "document_id": 18,
    "source": 34,
    "title": 48,
    "text": 80,
    "evidence_text": 70,
    "warning": 70,
    "name": 40,
    "recipient": 40,
    "scope": 36,
    "organisation": 36,
    "raw": 22,
    "value": 22,
    "mentions": 40,
    "members": 40,
}


def header(sheet: str, cols: list[str]) -> list[tuple[str, str, str | None]]:
    """(header shown, source column, labels group or None) per XLSX column: codes get a label column after them."""
    out: list[tuple[str, str, str | None]] = []
    for c in cols:
        out.append((RENAMED.get((sheet, c), c), c, None))
        group = LABELLED.get((sheet, c))
        if group:
            out.append((f"{RENAMED.get((sheet, c), c)}_label", c, group))
    return out


def _width(title: str, group: str | None) -> float:
    if group:
        return 34
    if title.endswith(("_start", "_end")) or title in ("count", "version", "language", "grade"):
        return 10
    if title in DATES or title in ("year", "period"):
        return 12
    return WIDTHS.get(title, 18)


def write_xlsx(
    records: Iterable[Records],
    out: Path,
    sheets: dict[str, list[str]],
    rows_for: Any,
    lang: str = "vi",
) -> dict[str, int]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from ..report.labels import load_labels

    labels = load_labels(lang)
    wb = Workbook(write_only=True)
    layout = {name: header(name, cols) for name, cols in sheets.items()}
    books = {}
    bold = Font(bold=True)
    for name, cols in layout.items():
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        for i, (title, _col, group) in enumerate(cols, start=1):
            ws.column_dimensions[get_column_letter(i)].width = _width(title, group)
        heads = []
        for title, _col, _group in cols:
            head = WriteOnlyCell(ws, value=title)
            head.font = bold
            head.alignment = Alignment(vertical="top")
            heads.append(head)
        ws.append(heads)
        books[name] = ws

    def label(group: str, code: Any) -> str | None:
        if code is None:
            return None
        text = labels.get(group, str(code)) or ""
        return text.replace("{n}", "").strip() if group == "figure_units" else text

    def cell(ws: Any, column: str, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)):
            c = WriteOnlyCell(ws, value=value)
            c.number_format = "#,##0" if float(value).is_integer() else "#,##0.0##"
            return c
        value = str(value)
        if column in DATES and _ISO_DATE.match(value):
            try:
                c = WriteOnlyCell(ws, value=date.fromisoformat(value))
            except ValueError:
                pass  # "2025-02-30" stays text
            else:
                c.number_format = "yyyy-mm-dd"
                return c
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > XLSX_CELL_MAX:
            value = value[: XLSX_CELL_MAX - 20] + " [...cut for Excel]"
        c = WriteOnlyCell(ws, value=value)
        c.data_type = "s"  # never a formula, even for text starting with "="
        return c

    counts = dict.fromkeys(sheets, 0)
    for rec in records:
        for name, rows in rows_for(rec).items():
            ws = books[name]
            for row in rows:
                ws.append(
                    [
                        cell(ws, col, label(group, row.get(col)) if group else row.get(col))
                        for _title, col, group in layout[name]
                    ]
                )
            counts[name] += len(rows)
    for name, ws in books.items():
        last = get_column_letter(len(layout[name]))
        ws.auto_filter.ref = f"A1:{last}{counts[name] + 1}"
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.{os.getpid()}-", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an export is meant to be shared
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return counts
