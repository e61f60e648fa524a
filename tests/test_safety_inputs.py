"""Hostile inputs: symbolic links out of the inbox, hostile file names, bidirectional controls.

Each test plants what an attacker (or a careless week) would put in an inbox
and checks that nothing outside the folders given is read, that every printed
line is one honest line, and that invisible text direction tricks are removed.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from archive_helpers import press_release, write_corpus
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.ingest import read_document
from pipeline.progress import ProgressView
from pipeline.terminal import terminal_safe

SECRET = "TOP-SECRET-SALARY-TABLE Dong Nai Social Security password hunter2"


@pytest.fixture
def no_report(monkeypatch):
    fake = types.ModuleType("pipeline.report")
    fake.write_reports = lambda records_list, out_dir, settings, **_: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pipeline.report", fake)


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    """An inbox with two real releases, a link to a private file, and a linked folder leading outside."""
    private = tmp_path / "private"
    private.mkdir()
    (private / "shadow.txt").write_text(press_release(7, extra=SECRET), encoding="utf-8")
    inbox = tmp_path / "inbox"
    write_corpus(inbox, 2, subfolders=False)
    (inbox / "x.txt").symlink_to(private / "shadow.txt")
    (inbox / "linked").symlink_to(private, target_is_directory=True)
    return inbox


def error_rows(out: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]


def test_run_never_follows_a_symbolic_link(planted: Path, tmp_path: Path, no_report):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(planted), "--out", str(out), "--profile", "fast", "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[-1] == "processed 2, skipped as unchanged 0, failed 2"
    rows = {Path(r["file"]).name: r for r in error_rows(out)}
    assert {name: r["error"] for name, r in rows.items()} == {"x.txt": "skipped_link", "linked": "skipped_link"}
    assert "symbolic link" in rows["x.txt"]["reason"]
    # the secret is nowhere: not in the archive, not in a records file
    assert SECRET.encode() not in (out / "archive.sqlite").read_bytes()
    assert all(SECRET not in p.read_text(encoding="utf-8") for p in (out / "records").glob("*.json"))
    search = CliRunner().invoke(cli, ["archive", "search", "hunter2", "--db", str(out / "archive.sqlite")])
    assert search.exit_code == 0 and "no results" in search.output


def test_extract_never_follows_a_symbolic_link(planted: Path, tmp_path: Path):
    out = tmp_path / "out"
    folder = CliRunner().invoke(cli, ["extract", str(planted), "--out", str(out), "--profile", "fast"])
    assert folder.exit_code == 1
    named = CliRunner().invoke(cli, ["extract", str(planted / "x.txt"), "--format", "jsonl", "--profile", "fast"])
    assert named.exit_code == 1
    assert SECRET not in folder.output + named.output
    assert all(SECRET not in p.read_text(encoding="utf-8") for p in out.glob("*.json"))
    assert {r["error"] for r in error_rows(out)} == {"skipped_link"}
    assert "x.txt: is a symbolic link" in named.output


def test_a_file_swapped_for_a_link_after_the_walk_is_refused(tmp_path: Path):
    target = tmp_path / "shadow.txt"
    target.write_text(press_release(1, extra=SECRET), encoding="utf-8")
    link = tmp_path / "late.txt"
    link.symlink_to(target)
    with pytest.raises(Exception, match="symbolic link") as exc:
        read_document(link)
    assert getattr(exc.value, "code", None) == "skipped_link"


def test_a_named_device_is_refused(tmp_path: Path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", "/dev/zero", "--out", str(out), "--profile", "fast"])
    assert result.exit_code == 1
    assert [r["error"] for r in error_rows(out)] == ["not_regular_file"]


HOSTILE = "evil\nprocessed 9, skipped as unchanged 0, failed 0\x1b[2J\x1b[31m.txt"  # no "/": a name cannot hold one


def test_hostile_file_names_print_as_one_escaped_line(tmp_path: Path, no_report):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / HOSTILE).write_text(press_release(3), encoding="utf-8")
    (corpus / ("empty\x1b]0;pwned\x07.txt")).write_text("  \n", encoding="utf-8")  # fails: an error line too
    result = CliRunner().invoke(cli, ["run", str(corpus), "--out", str(out), "--profile", "fast", "--workers", "1"])
    lines = result.output.splitlines()
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert [line for line in lines if line.startswith("processed ")] == [lines[-1]]
    assert lines[-1] == "processed 1, skipped as unchanged 0, failed 1"
    assert any("evil\\nprocessed 9" in line for line in lines)
    # the same on a terminal (the rich progress bar)
    assert terminal_safe(HOSTILE).count("\n") == 0


def test_progress_view_escapes_on_a_terminal(tmp_path: Path):
    import io

    buf = io.StringIO()
    with ProgressView(buf, 1, tty=True) as view:
        view.advance(str(tmp_path / HOSTILE), error="could not be read\x1b[31m")
    assert "\x1b[2J" not in buf.getvalue() and "\x1b[31m" not in buf.getvalue()
    assert "evil\\nprocessed" in buf.getvalue()


BIDI = "\u202e\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d"


def test_bidirectional_controls_are_removed_from_text_with_a_warning(tmp_path: Path):
    path = tmp_path / "bidi.txt"
    text = press_release(4).replace("Dong Nai", f"Dong{BIDI[0]} Nai{BIDI[1]}", 1) + f"Total {BIDI}100 people.\n"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert not any(ch in doc.text for ch in BIDI)
    assert "Total 100 people." in doc.text
    assert any("bidirectional" in w for w in doc.warnings)
    assert not any(ch in (doc.title or "") for ch in BIDI)


def test_text_without_bidi_controls_has_no_warning(tmp_path: Path):
    path = tmp_path / "plain.txt"
    path.write_text(press_release(5), encoding="utf-8")
    assert not any("bidirectional" in w for w in read_document(path).warnings)
