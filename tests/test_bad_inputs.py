"""Bad input never stops a batch: each bad file gives one clear line and one errors.jsonl row.

Every kind of bad input goes through `pipeline.batch.extract_files` and the
`pipeline extract` command (click's CliRunner), next to good files whose
records must still be written, with exit status 1 and no partial or
temporary file left in --out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from ingest_helpers import make_docx, make_many_page_pdf, make_pdf, make_scanned_pdf, make_zip_bomb

from pipeline import ingest
from pipeline.batch import extract_files
from pipeline.cli import cli
from pipeline.settings import Settings

ARTICLE = (
    "Lao Cai Social Security honours its best collectives\n\n"
    "20/01/2026 08:00 AM\n\n"
    "On January 19, Lao Cai Provincial Social Security held a ceremony to honour 14 collectives and 30 individuals "
    "for their results in 2025, when the province reached 96.2 per cent health insurance coverage.\n"
)
SETTINGS = Settings(profile="fast", max_docx_unpacked_mb=1, max_pdf_pages=3)
CONFIG = 'profile = "fast"\nmax_docx_unpacked_mb = 1\nmax_pdf_pages = 3\n'

# file name -> (error code, words the reason must contain)
EXPECTED_ERRORS = {
    "empty.txt": ("empty", "empty"),
    "zero.pdf": ("empty", "empty"),
    "notzip.docx": ("corrupt", "not a zip archive"),
    "locked.pdf": ("encrypted", "password"),
    "scan.pdf": ("no_text_layer", "no text layer: run OCR first"),
    "junk.txt": ("corrupt", "binary data, not text"),
    "notes.xls": ("unsupported_format", "unsupported file type '.xls'"),
    "bomb.docx": ("too_large", "zip bomb"),
    "gone.txt": ("missing", "file not found"),
    "vanishing.txt": ("missing", "file not found"),
}
GOOD = {"good.txt", "Báo cáo thi đua 2025.txt", "huge.pdf", "table.docx"}


@pytest.fixture()
def inputs(tmp_path: Path) -> list[Path]:
    """A folder with good and bad files, plus two files named directly (one unsupported, one missing)."""
    folder = tmp_path / "in box"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "Báo cáo thi đua 2025.txt").write_text(ARTICLE.replace("Lao Cai", "Cao Bang"), encoding="utf-8")
    (folder / "vanishing.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "zero.pdf").write_bytes(b"")
    (folder / "notzip.docx").write_text("plain text, not a Word file", encoding="utf-8")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 16)
    make_pdf(folder / "locked.pdf", [["Confidential figures."]], password="secret")
    make_scanned_pdf(folder / "scan.pdf")
    make_zip_bomb(folder / "bomb.docx", inflated_mb=2)
    make_many_page_pdf(folder / "huge.pdf", 2000)
    make_docx(
        folder / "table.docx",
        ["Cluster results for 2025", [["Unit", "Metric", "Value"], ["Lao Cai", "Revenue", "VND 3,400 billion"]]],
    )
    odt = tmp_path / "notes.xls"
    odt.write_bytes(b"PK\x03\x04 not read")
    return [folder, odt, tmp_path / "gone.txt"]


@pytest.fixture()
def vanish_mid_run(monkeypatch: pytest.MonkeyPatch):
    """While the batch reads 'good.txt', 'vanishing.txt' (listed already, read later) is deleted."""
    real = ingest.READERS[".txt"]

    def reader(path: Path, settings: Settings):
        if path.name == "good.txt":
            (path.parent / "vanishing.txt").unlink()
        return real(path, settings)

    monkeypatch.setitem(ingest.READERS, ".txt", reader)


def error_rows(out: Path) -> dict[str, dict[str, str]]:
    rows = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(set(row) == {"file", "error", "reason"} for row in rows)
    by_name = {Path(row["file"]).name: row for row in rows}
    assert len(by_name) == len(rows), "one row per file"
    return by_name


def check_errors(out: Path) -> None:
    rows = error_rows(out)
    assert set(rows) == set(EXPECTED_ERRORS)
    for name, (code, words) in EXPECTED_ERRORS.items():
        assert rows[name]["error"] == code, name
        assert words in rows[name]["reason"], (name, rows[name]["reason"])


def check_outputs(out: Path) -> None:
    names = {p.name for p in out.rglob("*")}
    assert names == {"errors.jsonl"} | {Path(n).stem + ".json" for n in GOOD}
    assert all(p.parent == out for p in out.rglob("*")), "outputs stay directly in --out"
    huge = json.loads((out / "huge.json").read_text(encoding="utf-8"))
    assert "PDF has 2000 pages; read only the first 3 (max_pdf_pages)" in huge["warnings"]
    kept = json.loads((out / "Báo cáo thi đua 2025.json").read_text(encoding="utf-8"))
    assert kept["document"]["source"].endswith("in box/Báo cáo thi đua 2025.txt")
    assert kept["document"]["published"] == "2026-01-20"


@pytest.mark.usefixtures("vanish_mid_run")
def test_extract_files_collects_every_bad_input(inputs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "out"
    summary = extract_files(inputs, out_dir=out, settings=SETTINGS)
    assert summary.failed == len(EXPECTED_ERRORS)
    assert summary.processed == len(GOOD)
    check_errors(out)
    check_outputs(out)
    stderr = capsys.readouterr().err.splitlines()
    for name, (_code, words) in EXPECTED_ERRORS.items():
        (line,) = [ln for ln in stderr if name in ln]
        assert line.startswith("error: ") and words in line


@pytest.mark.usefixtures("vanish_mid_run")
def test_cli_extract_reports_bad_inputs_and_exits_1(inputs: list[Path], tmp_path: Path):
    out = tmp_path / "out"
    config = tmp_path / "limits.toml"
    config.write_text(CONFIG, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", *map(str, inputs), "--out", str(out), "--config", str(config)])
    assert result.exit_code == 1, result.output
    check_errors(out)
    check_outputs(out)
    error_lines = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert len(error_lines) == len(EXPECTED_ERRORS)
    for name, (_code, words) in EXPECTED_ERRORS.items():
        (line,) = [ln for ln in error_lines if name in ln]
        assert words in line
    assert f"failed {len(EXPECTED_ERRORS)}" in result.stderr


def test_cli_extract_good_files_exit_0_with_empty_error_log(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(good), "--out", str(out), "--profile", "fast"])
    assert result.exit_code == 0, result.output
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == ""
    assert sorted(p.name for p in out.iterdir()) == ["errors.jsonl", "good.json"]


def test_cli_jsonl_stream_with_a_bad_file(tmp_path: Path):
    good, bad = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad.write_bytes(b"")
    result = CliRunner().invoke(cli, ["extract", str(good), str(bad), "--format", "jsonl", "--profile", "fast"])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["document"]["title"] == "Lao Cai Social Security honours its best collectives"
    assert f"error: {bad}: file is empty (0 bytes)" in result.stderr


def test_reader_race_file_deleted_between_stat_and_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "racy.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def reader(p: Path, settings: Settings):
        p.unlink()
        return p.read_bytes()

    monkeypatch.setitem(ingest.READERS, ".txt", reader)
    summary = extract_files([path], out_dir=tmp_path / "out", settings=SETTINGS)
    assert summary.failed == 1 and summary.errors[0]["error"] == "missing"


def test_output_names_never_escape_out(tmp_path: Path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "..dotted name.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    extract_files(
        [folder / "good.txt", folder / "sub" / "good.txt", folder / "sub" / "..dotted name.txt"],
        out_dir=out,
        settings=SETTINGS,
    )
    assert sorted(p.name for p in out.iterdir()) == ["dotted name.json", "errors.jsonl", "good-2.json", "good.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]
