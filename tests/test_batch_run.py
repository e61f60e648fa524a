"""`pipeline run`: re-runs skip unchanged files, changed files get a new version, errors, workers, report."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
import types
from pathlib import Path

import pytest
from archive_helpers import press_release, snapshot, write_corpus
from click.testing import CliRunner

from pipeline.archive import Archive
from pipeline.cli import cli
from pipeline.corpus_run import run_corpus
from pipeline.models import Records
from pipeline.settings import Settings
from pipeline.workers import run_pool


@pytest.fixture
def report_calls(monkeypatch):
    """A stand-in report stage: records what `run` hands it (the real one is tested by its owners)."""
    calls: list[tuple[list[Records], object]] = []
    fake = types.ModuleType("pipeline.report")

    def write_reports(records_list, out_dir, settings, **_):
        calls.append((records_list, out_dir))
        return [out_dir / "report.md"]

    fake.write_reports = write_reports
    monkeypatch.setitem(sys.modules, "pipeline.report", fake)
    return calls


def run(*args):
    return CliRunner().invoke(cli, ["run", *map(str, args), "--profile", "fast"])


def last_line(result):
    return result.output.strip().splitlines()[-1]


def test_run_twice_gives_the_same_archive(tmp_path, report_calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 6)
    first = run(corpus, "--out", out, "--workers", "1")
    assert first.exit_code == 0, first.output
    assert last_line(first) == "processed 6, skipped as unchanged 0, failed 0"
    records_files = sorted((out / "records").glob("*.json"))
    assert [p.name for p in records_files] == [f"release_{i:03d}.json" for i in range(6)]
    before = snapshot(out / "archive.sqlite")
    files_before = {p.name: p.read_text(encoding="utf-8") for p in records_files}
    assert (out / "errors.jsonl").read_text() == ""

    second = run(corpus, "--out", out, "--workers", "1")
    assert second.exit_code == 0, second.output
    assert last_line(second) == "processed 0, skipped as unchanged 6, failed 0"
    assert snapshot(out / "archive.sqlite") == before  # nothing rewritten, nothing duplicated
    assert {p.name: p.read_text(encoding="utf-8") for p in (out / "records").glob("*.json")} == files_before
    assert len(before["documents"]) == 6
    # the report gets every document of the corpus both times, the same records
    assert [len(c[0]) for c in report_calls] == [6, 6]
    assert report_calls[0][0] == report_calls[1][0]
    from_files = sorted(
        (Records.model_validate_json(t) for t in files_before.values()), key=lambda r: r.document.source
    )
    assert from_files == sorted(report_calls[1][0], key=lambda r: r.document.source)


def test_a_changed_file_alone_is_processed_and_its_old_version_kept(tmp_path, report_calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    paths = write_corpus(corpus, 5)
    assert run(corpus, "--out", out, "--workers", "1").exit_code == 0
    old_records = (out / "records" / "release_002.json").read_text(encoding="utf-8")
    paths[2].write_text(press_release(2, extra="Hanoi Social Security added a late paragraph."), encoding="utf-8")
    (corpus / "new").mkdir()
    (corpus / "new" / "release_900.txt").write_text(press_release(900), encoding="utf-8")
    (corpus / "new" / "copy_of_000.txt").write_bytes(paths[0].read_bytes())  # same bytes, another path

    result = run(corpus, "--out", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert last_line(result) == "processed 2, skipped as unchanged 5, failed 0"
    assert (out / "records" / "release_002.json").read_text(encoding="utf-8") != old_records
    con = sqlite3.connect(out / "archive.sqlite")
    rows = con.execute(
        "SELECT version, superseded, superseded_by, id FROM documents WHERE source LIKE '%release_002.txt' ORDER BY version"
    ).fetchall()
    assert [(v, s) for v, s, _, _ in rows] == [(1, 1), (2, 0)]
    assert rows[0][2] == rows[1][3]  # the old version points at the new one
    assert con.execute("SELECT count(*) FROM documents WHERE superseded = 0").fetchone()[0] == 6
    old_id = rows[0][3]
    with Archive(out / "archive.sqlite", create=False) as arc:
        assert arc.load([old_id])[0] == Records.model_validate_json(old_records)  # old version whole
    # the report: every current document once (the copy is the same document as release_000)
    records_list = report_calls[-1][0]
    assert len(records_list) == 6
    assert (
        "late paragraph" in next(r for r in records_list if r.document.source.endswith("release_002.txt")).document.text
    )
    # the copy still gets its records file
    assert (out / "records" / "copy_of_000.json").exists()


def test_failed_files_are_reported_and_retried(tmp_path, report_calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 3, subfolders=False)
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    (corpus / "notes.xyz").write_text("not a supported type: ignored inside a folder", encoding="utf-8")
    result = run(corpus, "--out", out, "--workers", "1")
    assert result.exit_code == 1
    assert last_line(result) == "processed 3, skipped as unchanged 0, failed 1"
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(Path(e["file"]).name, e["error"]) for e in errors] == [
        ("empty.txt", "empty"),
        ("notes.xyz", "unsupported_format"),
    ]
    again = run(corpus, "--out", out, "--workers", "1")
    assert again.exit_code == 1 and last_line(again) == "processed 0, skipped as unchanged 3, failed 1"


def test_an_extraction_error_fails_one_file_only(tmp_path, report_calls, monkeypatch):
    import pipeline.extract as extract

    real = extract.extract_documents

    def fragile(docs, nlp=None, settings=None, **kw):
        for rec in real(docs, nlp, settings, **kw):
            if "POISON" in rec.document.text:
                raise ValueError("component bug")
            yield rec

    monkeypatch.setattr(extract, "extract_documents", fragile)
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 4, subfolders=False)
    (corpus / "release_001.txt").write_text(press_release(1, extra="POISON"), encoding="utf-8")
    result = run(corpus, "--out", out, "--workers", "1")
    assert result.exit_code == 1
    assert last_line(result) == "processed 3, skipped as unchanged 0, failed 1"
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert errors == [
        {"file": str(corpus / "release_001.txt"), "error": "extraction_failed", "reason": "ValueError: component bug"}
    ]


def test_missing_report_stage_is_a_notice(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pipeline.report", None)  # import fails as if not written yet
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 1)
    result = run(corpus, "--out", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "report: skipped" in result.output


def test_a_report_error_fails_the_run(tmp_path, monkeypatch):
    from pipeline.errors import TemplateError

    fake = types.ModuleType("pipeline.report")

    def write_reports(records_list, out_dir, settings, **_):
        raise TemplateError("report.docx: bad tag on line 3")

    fake.write_reports = write_reports
    monkeypatch.setitem(sys.modules, "pipeline.report", fake)
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 1)
    result = run(corpus, "--out", out, "--workers", "1")
    assert result.exit_code == 1
    assert "error: report: report.docx: bad tag on line 3" in result.output


def test_same_stem_in_two_folders_gets_two_records_files(tmp_path, report_calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    for i, sub in enumerate(["a", "b"]):
        (corpus / sub).mkdir(parents=True)
        (corpus / sub / "news.txt").write_text(press_release(i), encoding="utf-8")
    assert run(corpus, "--out", out, "--workers", "1").exit_code == 0
    assert sorted(p.name for p in (out / "records").glob("*.json")) == ["news-2.json", "news.json"]
    (out / "records" / "news-2.json").unlink()  # lost outputs come back from the archive
    assert run(corpus, "--out", out, "--workers", "1").exit_code == 0
    assert (
        "b/news.txt" in json.loads((out / "records" / "news-2.json").read_text(encoding="utf-8"))["document"]["source"]
    )


def test_pool_of_workers_gives_the_same_archive(tmp_path, report_calls):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4)
    one = run(corpus, "--out", tmp_path / "one", "--workers", "1")
    two = run(corpus, "--out", tmp_path / "two", "--workers", "2")
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert "with 2 workers" in two.output
    assert snapshot(tmp_path / "one" / "archive.sqlite", volatile=False) == snapshot(
        tmp_path / "two" / "archive.sqlite", volatile=False
    )


def test_a_crashing_worker_fails_only_its_file(tmp_path):
    import archive_helpers

    settings = Settings(profile="fast")
    chunks = [[f"ok_{i}.txt", f"ok_{i}b.txt"] for i in range(3)] + [["crash_me.txt", "ok_9.txt"]]
    outcomes = list(run_pool(chunks, settings, 2, fn=archive_helpers.crashing_chunk))
    by_path = {o.path: o for o in outcomes}
    assert sorted(by_path) == sorted(p for c in chunks for p in c)  # every file once
    assert by_path["crash_me.txt"].error["error"] == "worker_crashed"
    assert all(o.error is None for p, o in by_path.items() if p != "crash_me.txt")


def test_progress_bar_on_a_terminal(tmp_path, report_calls):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 3)
    stream = io.StringIO()
    summary = run_corpus(corpus, out, Settings(profile="fast", workers=1), stream=stream, tty=True)
    text = stream.getvalue()
    assert summary.processed == 3
    assert "3/3" in text and "ok 3" in text and "release_002.txt" in text


def test_run_needs_an_existing_corpus(tmp_path):
    result = run(tmp_path / "nope", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "input not found" in result.output


def test_an_empty_corpus_is_not_an_error(tmp_path, report_calls):
    (tmp_path / "corpus").mkdir()
    result = run(tmp_path / "corpus", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert last_line(result) == "processed 0, skipped as unchanged 0, failed 0"
    assert report_calls == [] and "report: skipped" in result.output
    assert (tmp_path / "out" / "errors.jsonl").exists() and (tmp_path / "out" / "archive.sqlite").exists()


def test_batch_report_is_capped_for_large_backlogs(tmp_path: Path) -> None:
    """The automatic report of `pipeline run` reads at most report_max_documents documents."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(4):
        (corpus / f"doc{i}.txt").write_text(
            f"Emulation Cluster No. {i + 1} held a conference.\nMore than {i + 2},000 people joined health insurance.\n",
            encoding="utf-8",
        )
    config = tmp_path / "small.toml"
    config.write_text("report_max_documents = 2\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["run", str(corpus), "--out", str(out), "--workers", "1", "--profile", "fast", "--config", str(config)]
    )
    assert result.exit_code == 0, result.output
    assert "drafted from the 2 most recently processed of 4 documents" in result.output
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "Cụm thi đua số 4" in md and "Cụm thi đua số 1" not in md  # names as Vietnamese offices write them
