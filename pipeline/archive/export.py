"""Export the current archive for people who use spreadsheets, not SQL.

- `jsonl`: one records-contract object per line (what `pipeline extract
  --format jsonl` prints), the lossless form;
- `csv`: a folder with `documents.csv`, one CSV per record type and
  `warnings.csv` (UTF-8 with BOM, so Excel shows Vietnamese letters). A
  text cell that a spreadsheet would take for a formula (it starts with
  `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`
  (OWASP's rule): a press release titled `=HYPERLINK(...)` stays text;
- `xlsx`: one workbook, one sheet per record type plus `documents` and
  `warnings`, typed and labelled for Excel (`xlsx.py`).

Record rows are: `document_id`, `source`, the record's fields in contract
order, then `evidence_start`, `evidence_end`, `evidence_text`. List fields
(`mentions`, `members`) are JSON arrays (`["VSS", "Vietnam Social
Insurance"]`): a name may itself contain "; " or ",", and a list must come
back as the same list.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import QueryError
from ..files import atomic_write_text, check_writable
from ..models import RECORD_TYPES, Records
from .queries import iter_current_records
from .store import Archive

FORMATS = ("csv", "jsonl", "xlsx")
DOCUMENT_COLUMNS = ["document_id", "source", "title", "published", "language", "text"]


def columns_for(kind: str) -> list[str]:
    fields = [f for f in RECORD_TYPES[kind].model_fields if f != "evidence"]
    return ["document_id", "source", *fields, "evidence_start", "evidence_end", "evidence_text"]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting like one gets a leading `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def rows_for(records: Records) -> dict[str, list[dict[str, Any]]]:
    """Flat rows per sheet for one document."""
    doc = records.document
    out: dict[str, list[dict[str, Any]]] = {
        "documents": [{c: getattr(doc, "id" if c == "document_id" else c) for c in DOCUMENT_COLUMNS}]
    }
    for kind in RECORD_TYPES:
        rows = []
        for rec in getattr(records, kind):
            data = rec.model_dump(mode="json")
            ev = data.pop("evidence")
            row = {"document_id": doc.id, "source": doc.source}
            row.update({k: _cell(data.get(k)) for k in columns_for(kind)[2:-3]})
            row.update(evidence_start=ev["start"], evidence_end=ev["end"], evidence_text=ev["text"])
            rows.append(row)
        out[kind] = rows
    out["warnings"] = [{"document_id": doc.id, "source": doc.source, "warning": w} for w in records.warnings]
    return out


SHEETS = {
    "documents": DOCUMENT_COLUMNS,
    **{k: columns_for(k) for k in RECORD_TYPES},
    "warnings": ["document_id", "source", "warning"],
}


def export(
    archive: Archive,
    fmt: str,
    out: str | Path,
    on_document: Callable[[Records], object] | None = None,
    lang: str = "vi",
) -> dict[str, int]:
    """Write the current archive to `out`; returns rows written per sheet.

    `on_document` sees each document (progress); `lang` is the language of the
    XLSX label columns (`archive.xlsx`).
    """
    out = Path(out)
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    records = _watched(iter_current_records(archive), on_document)
    if fmt == "jsonl":
        return _export_jsonl(records, out)
    if fmt == "csv":
        return _export_csv(records, out)
    return _export_xlsx(records, out, lang)


def _watched(records: Iterable[Records], on_document: Callable[[Records], object] | None) -> Iterator[Records]:
    for rec in records:
        yield rec
        if on_document is not None:
            on_document(rec)


def _export_jsonl(records: Iterable[Records], out: Path) -> dict[str, int]:
    buf = io.StringIO()
    n = 0
    for rec in records:
        buf.write(rec.model_dump_json() + "\n")
        n += 1
    atomic_write_text(out, buf.getvalue())
    return {"documents": n}


def _export_csv(records: Iterable[Records], out: Path) -> dict[str, int]:
    if out.exists() and not out.is_dir():
        raise QueryError(f"{out} is a file; CSV export writes a folder of CSV files")
    buffers = {name: io.StringIO() for name in SHEETS}
    writers = {}
    for name, cols in SHEETS.items():
        # CRLF, as RFC 4180 and Excel expect; it also makes the writer quote a cell holding a lone \r,
        # which a reader would otherwise take for the end of the row
        writers[name] = csv.DictWriter(buffers[name], fieldnames=cols, lineterminator="\r\n")
        writers[name].writeheader()
    counts = dict.fromkeys(SHEETS, 0)
    for rec in records:
        for name, rows in rows_for(rec).items():
            writers[name].writerows({k: csv_safe(v) for k, v in row.items()} for row in rows)
            counts[name] += len(rows)
    for name, buf in buffers.items():
        atomic_write_text(out / f"{name}.csv", "\ufeff" + buf.getvalue())
    return counts


def _export_xlsx(records: Iterable[Records], out: Path, lang: str) -> dict[str, int]:
    from .xlsx import write_xlsx

    check_writable(out.parent)  # before the workbook streams sheets to temporary files of its own
    return write_xlsx(records, out, SHEETS, rows_for, lang=lang)
