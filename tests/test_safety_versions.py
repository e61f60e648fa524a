"""What counts as unchanged, and which records file is whose, when files are edited, copied and deleted."""

from __future__ import annotations

import json
import sqlite3
import sys
import types
from pathlib import Path

import pytest
from archive_helpers import press_release
from click.testing import CliRunner

from pipeline.cli import cli


@pytest.fixture
def report_calls(monkeypatch):
    calls: list[list] = []
    fake = types.ModuleType("pipeline.report")

    def write_reports(records_list, out_dir, settings, **_):
        calls.append(records_list)
        return []

    fake.write_reports = write_reports  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pipeline.report", fake)
    return calls


def run(corpus: Path, out: Path) -> str:
    result = CliRunner().invoke(cli, ["run", str(corpus), "--out", str(out), "--profile", "fast", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def records_by_source(out: Path, corpus: Path) -> dict[str, tuple[str, str]]:
    """source file (relative to the corpus) -> (records file name, document text), for every records file."""
    found = {}
    for path in sorted((out / "records").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))["document"]
        key = Path(doc["source"]).relative_to(corpus).as_posix()
        assert key not in found, f"two records files for {key}"
        found[key] = (path.name, doc["text"])
    return found


def current_sources(out: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(out / "archive.sqlite")
    rows = con.execute("SELECT source, text FROM documents WHERE superseded = 0 ORDER BY source").fetchall()
    con.close()
    return rows


def test_a_file_edited_to_equal_another_is_not_unchanged(tmp_path: Path, report_calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    a, b = corpus / "a.txt", corpus / "b.txt"
    a.write_text(press_release(1, extra="Only the first draft of a says BANANA."), encoding="utf-8")
    b.write_text(press_release(2), encoding="utf-8")
    run(corpus, out)
    a.write_bytes(b.read_bytes())  # edited: now the same bytes as b

    run(corpus, out)
    # a's old version is no longer current, nor searchable
    assert all("BANANA" not in text for _, text in current_sources(out))
    found = CliRunner().invoke(cli, ["archive", "search", "BANANA", "--db", str(out / "archive.sqlite")])
    assert "no results" in found.output
    # a's records file holds what a says now, under a's name
    by_source = records_by_source(out, corpus)
    assert by_source["a.txt"] == ("a.json", by_source["b.txt"][1])
    # the report: the one document both files are now, once
    assert [r.document.text for r in report_calls[-1]] == [by_source["b.txt"][1]]

    # and a new edit of a is a new version again
    a.write_text(press_release(3), encoding="utf-8")
    assert run(corpus, out) == "processed 1, skipped as unchanged 1, failed 0"
    assert len(current_sources(out)) == 2


def test_records_file_names_are_stable_when_a_same_stem_file_is_deleted(tmp_path: Path, report_calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    x, y = corpus / "x" / "r.txt", corpus / "y" / "r.txt"
    for i, p in enumerate((x, y)):
        p.parent.mkdir(parents=True)
        p.write_text(press_release(10 + i), encoding="utf-8")
    run(corpus, out)
    first = records_by_source(out, corpus)
    assert {k: v[0] for k, v in first.items()} == {"x/r.txt": "r.json", "y/r.txt": "r-2.json"}

    x.unlink()
    y.write_text(press_release(12, extra="y was edited after x was deleted."), encoding="utf-8")
    run(corpus, out)
    now = records_by_source(out, corpus)
    assert now["y/r.txt"] == ("r-2.json", now["y/r.txt"][1])  # same name as before the deletion
    assert "edited after x was deleted" in now["y/r.txt"][1]  # and its current records
    assert now["x/r.txt"] == first["x/r.txt"]  # the deleted file's records file is left as it was
