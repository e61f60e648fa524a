"""Failures a user meets: read-only places, a full disk, a lost database, a read-only archive.

Each is one line naming the path (or the database) and what to do, exit
status 1, no traceback, nothing half-written; where a run stops part-way, a
rerun resumes it.
"""

from __future__ import annotations

import json
import re
import sys
import types
from pathlib import Path

import pytest
from archive_helpers import write_corpus
from click.testing import CliRunner, Result
from safety_helpers import grow, read_only, tiny_disk

from pipeline.cli import cli


@pytest.fixture
def no_report(monkeypatch):
    fake = types.ModuleType("pipeline.report")
    fake.write_reports = lambda records_list, out_dir, settings, **_: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pipeline.report", fake)


def invoke(*args: object) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def one_clean_line(result: Result, *words: str) -> str:
    """The run failed with exit 1 and one `Error:` line holding `words`, and no traceback."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    for word in words:
        assert word in errors[0], errors[0]
    return errors[0]


def run_args(corpus: Path, out: Path, *more: object) -> list[object]:
    return ["run", corpus, "--out", out, "--profile", "fast", "--workers", "1", *more]


def test_out_under_a_read_only_folder(tmp_path: Path, no_report):
    corpus, ro = tmp_path / "corpus", tmp_path / "ro"
    write_corpus(corpus, 2)
    with read_only(ro):
        one_clean_line(invoke(*run_args(corpus, ro / "out")), str(ro / "out"))


def test_a_read_only_out_with_the_archive_elsewhere(tmp_path: Path, no_report):
    corpus, out, db = tmp_path / "corpus", tmp_path / "out", tmp_path / "db" / "archive.sqlite"
    write_corpus(corpus, 2)
    out.mkdir()
    with read_only(out):
        line = one_clean_line(invoke(*run_args(corpus, out, "--db", db)), str(out))
    assert "read-only" in line or "permission" in line
    assert not db.exists()  # refused before any work


def test_a_full_disk_stops_the_run_cleanly_and_a_rerun_resumes(tmp_path: Path, no_report):
    corpus, out, db = tmp_path / "corpus", tmp_path / "out", tmp_path / "archive.sqlite"
    write_corpus(corpus, 40)
    with tiny_disk(out, 64):
        result = invoke(*run_args(corpus, out, "--db", db))
        line = one_clean_line(result, "disk is full", "run the same command again to resume")
        assert "records" in line
        records = sorted((out / "records").glob("*.json"))
        assert 0 < len(records) < 40
        assert not list((out / "records").glob(".*"))  # no temporary file left behind
        for path in records:
            json.loads(path.read_text(encoding="utf-8"))  # every records file is whole
        grow(out, 4096)
        again = invoke(*run_args(corpus, out, "--db", db))
    assert again.exit_code == 0, again.output
    m = re.fullmatch(r"processed (\d+), skipped as unchanged (\d+), failed 0", again.output.splitlines()[-1])
    assert m, again.output
    processed, skipped = int(m[1]), int(m[2])
    assert skipped >= len(records) - 1 and processed + skipped == 40


def test_losing_the_database_during_the_report_is_one_line(tmp_path: Path, monkeypatch, no_report):
    from sqlalchemy.exc import OperationalError

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 2)
    params = {f"id_{i}": f"{i:016x}" for i in range(200)}
    sql = "SELECT documents.id, documents.text FROM documents WHERE documents.id IN (" + ", ".join(params) + ")"

    def lost(self, ids):
        raise OperationalError(sql, params, Exception("server closed the connection unexpectedly\n\tThis probably"))

    monkeypatch.setattr("pipeline.archive.store.Archive.load", lost)
    line = one_clean_line(invoke(*run_args(corpus, out)), "archive database", "server closed the connection")
    assert "SELECT" not in line and "id_199" not in line and len(line) < 300


@pytest.mark.parametrize("fmt,name", [("csv", "csv"), ("xlsx", "archive.xlsx"), ("jsonl", "archive.jsonl")])
def test_export_to_a_read_only_place(tmp_path: Path, no_report, fmt: str, name: str):
    corpus, out, ro = tmp_path / "corpus", tmp_path / "out", tmp_path / "ro"
    write_corpus(corpus, 2)
    assert invoke(*run_args(corpus, out)).exit_code == 0
    with read_only(ro):
        result = invoke("archive", "export", "--format", fmt, "--out", ro / name, "--db", out / "archive.sqlite")
        one_clean_line(result, str(ro))


def test_a_read_only_archive_can_be_searched(tmp_path: Path, no_report):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 3)
    assert invoke(*run_args(corpus, out)).exit_code == 0
    db = out / "archive.sqlite"
    with read_only(out):
        found = invoke("archive", "search", "Labor", "Order", "--db", db, "--json")
        units = invoke("archive", "units", "--db", db, "--json")
        run = invoke(*run_args(corpus, tmp_path / "out2", "--db", db))
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)
    assert units.exit_code == 0 and json.loads(units.output)
    one_clean_line(run, str(db))  # writing to it is refused in one line


def test_search_bounds_its_terms(tmp_path: Path, no_report):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 2)
    assert invoke(*run_args(corpus, out)).exit_code == 0
    words = [f"w{i}" for i in range(5000)]
    result = invoke("archive", "search", *words, "--db", out / "archive.sqlite")
    # a usage mistake: exit status 2, one line
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1, result.output
    assert "at most 64 words" in result.output and "5000" in result.output
    ok = invoke("archive", "search", *words[:64], "--db", out / "archive.sqlite")
    assert ok.exit_code == 0 and "no results" in ok.output
