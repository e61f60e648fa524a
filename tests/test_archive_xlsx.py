"""The XLSX export opens ready to use: real dates and numbers, label columns, filters, widths, frozen header."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from archive_helpers import records_for
from click.testing import CliRunner

from pipeline.archive import Archive
from pipeline.cli import cli

TEXT = "Ha Noi Social Security collected VND 86,200 billion. Director Nguyen Van An of Ha Noi Social Security spoke."


@pytest.fixture
def workbook(tmp_path: Path):
    from openpyxl import load_workbook

    rec = records_for(
        TEXT,
        "hanoi.txt",
        published="2025-06-26",
        figures=[
            {
                "metric": "revenue",
                "value": 86_200_000_000_000,
                "unit": "VND",
                "as_of": "2025-06-30",
                "scope": "Ha Noi Social Security",
                "quote": "VND 86,200 billion",
            },
            {"metric": "hi_coverage_rate", "value": 94.75, "unit": "percent", "as_of": "2025", "quote": "collected"},
        ],
        people=[
            {"name": "Nguyen Van An", "title": "Director", "unit": "Ha Noi Social Security", "quote": "Nguyen Van An"}
        ],
        awards=[
            {"award_type": "labor_order", "grade": "third", "recipient": "Ha Noi Social Security", "quote": "spoke"}
        ],
    )
    db = tmp_path / "a.sqlite"
    with Archive(db) as arc:
        arc.store(rec, file_hash="h", source_key="/c/hanoi.txt", office="t")
    books = {}
    for lang in ("vi", "en"):
        out = tmp_path / f"{lang}.xlsx"
        result = CliRunner().invoke(
            cli, ["archive", "export", "--format", "xlsx", "--out", str(out), "--db", str(db), "--lang", lang]
        )
        assert result.exit_code == 0, result.output
        books[lang] = load_workbook(out)
    return books


def rows(ws) -> list[dict]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], r)) for r in values[1:]]


def test_numbers_and_dates_are_typed_and_formatted(workbook) -> None:
    ws = workbook["vi"]["figures"]
    head = [c.value for c in ws[1]]
    value = ws.cell(row=2, column=head.index("value") + 1)
    assert value.value == 86_200_000_000_000 and value.number_format == "#,##0"
    assert ws.cell(row=3, column=head.index("value") + 1).number_format == "#,##0.0##"
    as_of = ws.cell(row=2, column=head.index("as_of") + 1)
    assert as_of.value == datetime(2025, 6, 30) and as_of.number_format == "yyyy-mm-dd"
    assert ws.cell(row=3, column=head.index("as_of") + 1).value == "2025", "a year alone stays as written"
    published = rows(workbook["vi"]["documents"])[0]["published"]
    assert published == datetime(2025, 6, 26)


def test_label_columns_in_the_report_language_and_names_apart(workbook) -> None:
    vi, en = rows(workbook["vi"]["figures"])[0], rows(workbook["en"]["figures"])[0]
    assert vi["metric"] == "revenue" and vi["metric_label"] == "Tổng số thu BHXH, BHYT, BHTN"
    assert en["metric_label"] == "Revenue from SI, HI and UI"
    assert en["unit_of_measure"] == "VND" and "unit" not in en
    award = rows(workbook["en"]["awards"])[0]
    assert award["award_type_label"] == "Labor Order" and award["grade_label"] == "third class"
    person = rows(workbook["en"]["people"])[0]
    assert person["organisation"] == "Ha Noi Social Security"


def test_filters_widths_and_frozen_header(workbook) -> None:
    for ws in workbook["vi"].worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert all(ws.column_dimensions[c].width >= 10 for c in "ABC"), ws.title
    assert workbook["vi"]["documents"].column_dimensions["F"].width == 80  # the document text
