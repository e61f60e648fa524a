"""`pipeline report` through click's CliRunner."""

from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from report_helpers import sample_records

from pipeline.cli import cli
from pipeline.models import Records


@pytest.fixture()
def records_dir(tmp_path: Path) -> Path:
    d = tmp_path / "records"
    d.mkdir()
    for i, rec in enumerate(sample_records()):
        (d / f"{i:03d}.json").write_text(rec.to_json(), encoding="utf-8")
    (d / "errors.jsonl").write_text('{"file": "x.pdf", "error": "corrupt", "reason": "bad"}\n', encoding="utf-8")
    (d / "summary.json").write_text('{"processed": 3}', encoding="utf-8")  # not records: skipped in a folder
    return d


def invoke(*args: str):
    return CliRunner().invoke(cli, ["report", *args], catch_exceptions=False)


@pytest.mark.parametrize("suffix", ["docx", "html", "md"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_format_and_language(records_dir: Path, tmp_path: Path, suffix: str, lang: str) -> None:
    out = tmp_path / f"report.{suffix}"
    result = invoke(str(records_dir), "--out", str(out), "--lang", lang)
    assert result.exit_code == 0, result.output
    assert "from 3 documents" in result.output
    if suffix == "docx":
        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    else:
        text = out.read_text(encoding="utf-8")
    assert ("BÁO CÁO" if lang == "vi" else "REPORT") in text


def test_format_option_filters_and_json_context(records_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "context.json"
    result = invoke(
        str(records_dir / "001.json"),
        "--out",
        str(out),
        "--format",
        "json",
        "--unit",
        "dong nai",
        "--period",
        "2025",
        "--lang",
        "en",
    )
    assert result.exit_code == 0, result.output
    ctx = json.loads(out.read_text(encoding="utf-8"))
    assert ctx["filter_unit"] == "Dong Nai Social Security" and ctx["filter_period"] == 2025
    assert [a["recipient"] for a in ctx["awards"]] == ["Pham Minh Thanh", "Dong Nai Social Security"]


def test_jsonl_input(tmp_path: Path) -> None:
    jl = tmp_path / "records.jsonl"
    jl.write_text("".join(r.model_dump_json() + "\n" for r in sample_records()), encoding="utf-8")
    out = tmp_path / "r.md"
    result = invoke(str(jl), "--out", str(out))
    assert result.exit_code == 0 and "from 3 documents" in result.output


def test_user_errors_are_one_line(records_dir: Path, tmp_path: Path) -> None:
    result = invoke(str(records_dir), "--out", str(tmp_path / "r.pdf"))
    assert result.exit_code == 2 and "cannot tell the format" in result.output
    result = invoke("--out", str(tmp_path / "r.md"))
    assert result.exit_code == 2 and "--from-archive" in result.output
    bad = tmp_path / "bad.json"
    bad.write_text('{"document": {"id": "x"}}', encoding="utf-8")
    result = invoke(str(bad), "--out", str(tmp_path / "r.md"))
    assert result.exit_code == 1 and "bad.json: not a records file" in result.output
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    result = invoke(str(broken), "--out", str(tmp_path / "r.md"))
    assert result.exit_code == 1 and "broken.json: invalid JSON" in result.output
    result = invoke(str(records_dir), "--out", str(tmp_path / "r.md"), "--unit", "Atlantis")
    assert result.exit_code == 2 and "'Atlantis' is not named in the records" in result.output
    tpl = tmp_path / "t.md.j2"
    tpl.write_text("{{ header.subject }\n", encoding="utf-8")
    result = invoke(str(records_dir), "--out", str(tmp_path / "r.md"), "--template", str(tpl))
    assert result.exit_code == 2 and "t.md.j2, line 1:" in result.output
    assert "Traceback" not in result.output


def test_from_archive_is_a_thin_call(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = []

    def load_records(db_url: str, unit: str | None = None, period: str | None = None) -> list[Records]:
        calls.append((db_url, unit, period))
        return sample_records()

    fake = types.ModuleType("pipeline.archive")
    fake.load_records = load_records  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pipeline.archive", fake)
    out = tmp_path / "a.html"
    result = invoke(
        "--from-archive", "--db", "sqlite:///x.sqlite", "--unit", "Dong Nai", "--period", "2025", "--out", str(out)
    )
    assert result.exit_code == 0, result.output
    assert calls == [("sqlite:///x.sqlite", "Dong Nai", "2025")]
    assert "Dong Nai Social Security" in out.read_text(encoding="utf-8")


def test_from_archive_without_an_archive(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pipeline.archive", types.ModuleType("pipeline.archive"))
    result = invoke("--from-archive", "--out", str(tmp_path / "a.md"))
    assert result.exit_code == 1 and "archive is not available" in result.output


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["report", "-h"])
    assert result.exit_code == 0 and "Example:" in result.output and "pipeline report" in result.output


def test_written_docx_opens(records_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "deep" / "folder" / "r.docx"
    assert invoke(str(records_dir), "--out", str(out)).exit_code == 0
    doc = docx.Document(io.BytesIO(out.read_bytes()))
    assert doc.tables and not list(out.parent.glob("*.tmp"))
