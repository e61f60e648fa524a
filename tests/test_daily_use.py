"""The weekly job as secretariat staff do it: run on any folder, run again, query without --db, read errors.

Every test drives the real `pipeline` command (click's CliRunner, fast profile,
one worker) in a temporary working folder with its own user config folder.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest
from archive_helpers import press_release, sample_records, write_corpus
from click.testing import CliRunner

from pipeline.archive import Archive
from pipeline.cli import cli

OUTPUT_MARKER = ".vss-pipeline-output"  # left by every run in its --out (pipeline.inputs)
SAMPLES_MARKER = ".vss-pipeline-samples"  # marks corpus/, the bundled samples


def invoke(*args: object) -> object:
    return CliRunner().invoke(cli, [str(a) for a in args])


def run(*args: object):
    return invoke("run", *args, "--profile", "fast", "--workers", "1")


def error_rows(out: Path) -> dict[str, dict[str, str]]:
    rows = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    return {Path(r["file"]).name: r for r in rows}


@pytest.fixture
def inbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "inbox"
    write_corpus(folder, 2, subfolders=False)
    monkeypatch.chdir(folder)
    return folder


# -- item 2: a second run in the same folder never reads the first run's outputs ------------------


def test_second_run_in_the_inbox_reads_no_outputs(inbox: Path) -> None:
    first = run(".")
    assert first.exit_code == 0, first.output
    assert {p.name for p in (inbox / "outputs").iterdir()} >= {"report.docx", "report.html", "report.md"}
    second = run(".")
    assert second.exit_code == 0, second.output
    assert second.output.strip().splitlines()[-1] == "processed 0, skipped as unchanged 2, failed 0"
    with Archive(inbox / "outputs" / "archive.sqlite", create=False) as arc:
        assert arc.counts()["documents"] == 2
    assert error_rows(inbox / "outputs")["outputs"]["error"] == "own_output"
    # an earlier run's --out elsewhere in the folder is recognised by its marker
    assert (inbox / "outputs" / OUTPUT_MARKER).is_file()
    third = run(".", "--out", inbox / "weekly")
    assert "outputs: written by an earlier `pipeline run`" in third.output
    assert "processed 2, skipped as unchanged 0, failed 0" in third.output  # a new archive, the same 2 files


# -- items 3 and 4: several inputs, patterns, and every file not read listed ----------------------


def test_several_folders_files_and_a_pattern(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus(a, 2, subfolders=False)
    b.mkdir()
    for i in range(3):
        (b / f"news_{i}.txt").write_text(press_release(10 + i), encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text(press_release(20), encoding="utf-8")
    result = run(a, "b/news_*.txt", single)  # a pattern a Windows shell leaves unexpanded
    assert result.exit_code == 0, result.output
    assert "run: 6 files in" in result.output
    missing = run(tmp_path / "nowhere")
    assert missing.exit_code == 2 and "input not found" in missing.output
    nothing = run("b/*.pdf")
    assert nothing.exit_code == 2 and "no file matches 'b/*.pdf'" in nothing.output


def test_old_office_formats_are_listed_with_how_to_convert(inbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPELINE_SOFFICE", str(inbox / "no-libreoffice-here"))
    for name in ("old.doc", "notes.odt", "letter.rtf", "figures.xls"):
        (inbox / name).write_bytes(b"\xd0\xcf\x11\xe0 legacy bytes")
    (inbox / "~$old.docx").write_bytes(b"lock")
    result = run(".")
    assert result.exit_code == 0, result.output
    assert (
        "run: 2 files in ., 0 unchanged, 2 to process with 1 worker (fast profile); 5 files not read" in result.output
    )
    assert "not read: old.doc: old office format: install LibreOffice" in result.output
    rows = error_rows(inbox / "outputs")
    assert {n: r["error"] for n, r in rows.items() if n != "outputs"} == {
        "old.doc": "needs_conversion",
        "notes.odt": "needs_conversion",
        "letter.rtf": "needs_conversion",
        "figures.xls": "unsupported_format",
        "~$old.docx": "lock_file",
    }
    assert "save it as .docx" in rows["letter.rtf"]["reason"]


FAKE_SOFFICE = """#!{python}
# Stands in for LibreOffice: --convert-to docx --outdir OUT FILE, the text of FILE as Word paragraphs.
import sys
from pathlib import Path
import docx
args = sys.argv[1:]
assert "--headless" in args and any(a.startswith("-env:UserInstallation=") for a in args)
out = Path(args[args.index("--outdir") + 1])
src = Path(args[-1])
out.mkdir(parents=True, exist_ok=True)
d = docx.Document()
for para in src.read_text(encoding="utf-8").split("\\n\\n"):
    d.add_paragraph(para)
d.save(out / (src.stem + ".docx"))
"""


@pytest.mark.skipif(os.name == "nt", reason="the stand-in LibreOffice is a shebang script")
def test_doc_converted_with_libreoffice_when_installed(inbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = inbox.parent / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text(FAKE_SOFFICE.format(python=sys.executable), encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    (inbox / "old report.doc").write_text(press_release(7, "Sent as a Word 97 file."), encoding="utf-8")
    result = run(".")
    assert result.exit_code == 0, result.output
    assert "3 to process" in result.output
    records = json.loads((inbox / "outputs" / "records" / "old report.json").read_text(encoding="utf-8"))
    assert records["document"]["source"].endswith("old report.doc")
    assert "Sent as a Word 97 file." in records["document"]["text"]


# -- item 5 and 11: the archive is found where the last run put it; settings from files and env --


def test_queries_find_the_archive_of_the_last_run(inbox: Path, tmp_path: Path) -> None:
    assert run(".", "--out", tmp_path / "weekly").exit_code == 0
    found = invoke("archive", "units", "--json")
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)
    user_file = Path(os.environ["PIPELINE_CONFIG_DIR"]) / "pipeline.toml"
    assert str((tmp_path / "weekly" / "archive.sqlite").resolve()) in user_file.read_text(encoding="utf-8")
    # a pipeline.toml in the working folder is used, and the run records its archive there
    (inbox / "pipeline.toml").write_text('# our office\nprofile = "fast"\n', encoding="utf-8")
    assert run(".", "--out", tmp_path / "other").exit_code == 0
    local = (inbox / "pipeline.toml").read_text(encoding="utf-8")
    assert "# our office" in local and str(tmp_path / "other") in local
    # --db and PIPELINE_DB still win
    gone = invoke("archive", "units", "--db", tmp_path / "none.sqlite")
    assert gone.exit_code == 2 and "no archive at" in gone.output and "--db" in gone.output


def test_bundled_samples_go_to_their_own_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    samples = tmp_path / "corpus"
    write_corpus(samples, 1, subfolders=False)
    (samples / SAMPLES_MARKER).write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["run", "--profile", "fast", "--workers", "1"], env={"PIPELINE_DB": str(tmp_path / "real.sqlite")}
    )
    assert result.exit_code == 0, result.output
    assert "the bundled samples go to their own archive" in result.output
    assert not (tmp_path / "real.sqlite").exists()
    assert (tmp_path / "outputs" / "samples" / "archive.sqlite").is_file()
    assert not (tmp_path / "outputs" / "archive.sqlite").exists()
    assert not (Path(os.environ["PIPELINE_CONFIG_DIR"]) / "pipeline.toml").exists(), "samples are not the last run"
    inbox = tmp_path / "inbox"
    write_corpus(inbox, 1, subfolders=False)
    mixed = run(samples, inbox)
    assert mixed.exit_code == 2 and "bundled samples" in mixed.output
    # inside a real folder, the samples are passed over with the reason
    real = run(".")
    assert "corpus: the bundled samples" in real.output


def test_settings_from_the_environment_and_bad_settings_are_one_line(inbox: Path) -> None:
    (inbox / "pipeline.toml").write_text("max_file_mb = -1\n", encoding="utf-8")
    bad = run(".")
    assert bad.exit_code == 2
    assert (
        bad.output.strip() == f"Error: {inbox / 'pipeline.toml'}: max_file_mb: Input should be greater than 0 (got -1)"
    )
    (inbox / "pipeline.toml").write_text("max_file_md = 5\n", encoding="utf-8")
    typo = run(".")
    assert typo.exit_code == 2 and "unknown setting 'max_file_md' (did you mean max_file_mb?)" in typo.output
    (inbox / "pipeline.toml").unlink()
    env = CliRunner().invoke(cli, ["run", ".", "--workers", "1"], env={"PIPELINE_PROFILE": "turbo"})
    assert env.exit_code == 2 and "environment PIPELINE_PROFILE: profile" in env.output
    ok = CliRunner().invoke(cli, ["run", ".", "--workers", "1"], env={"PIPELINE_PROFILE": "fast"})
    assert ok.exit_code == 0 and "(fast profile)" in ok.output


# -- item 6: progress, model loading, --quiet, --json -------------------------------------------


def test_progress_lines_quiet_and_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "in", 3, subfolders=False)
    loud = run("in", "--out", "o1")
    assert "loading the language model (fast profile)" in loud.output
    assert "[1/3] ok in/release_000.txt (" in loud.output and " s left)" in loud.output
    quiet = run("in", "--out", "o2", "--quiet")
    assert quiet.exit_code == 0 and "[1/3]" not in quiet.output and "run:" not in quiet.output
    as_json = CliRunner().invoke(cli, ["run", "in", "--out", "o3", "--profile", "fast", "--workers", "1", "--json"])
    summary = json.loads(as_json.stdout)
    assert summary["processed"] == 3 and summary["failed"] == 0 and summary["ok"] is True
    assert summary["archive"].endswith("o3/archive.sqlite") and summary["report"]
    extract = invoke("extract", "in", "--out", "recs", "--profile", "fast")
    assert "loading the language model" in extract.output and "[3/3] ok" in extract.output
    export = invoke("archive", "export", "--format", "jsonl", "--out", "all.jsonl", "--db", "o3/archive.sqlite")
    assert "[3/3] ok" in export.output


# -- item 8 and 10: names, errors that say what exists, plurals, exit 2 ------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.sqlite"
    with Archive(path) as arc:
        for i, r in enumerate(sample_records(3)):
            arc.store(r, file_hash=f"h{i}", source_key=f"/c/{i}", office="t")
    return path


@pytest.mark.parametrize(
    "metric", ["si_participants", "SI_PARTICIPANTS", "Social insurance participants", "Số người tham gia BHXH"]
)
def test_metric_by_code_or_label_in_either_language(db: Path, metric: str) -> None:
    result = invoke("archive", "figures", "--metric", metric, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) == 3


def test_names_errors_and_plurals(db: Path, tmp_path: Path) -> None:
    assert invoke("archive", "figures", "--metric", "Revenue", "--db", db).exit_code == 0
    awards = invoke("archive", "awards", "--type", "Labor Order", "--db", db, "--json")
    assert awards.exit_code == 0 and len(json.loads(awards.output)) == 3
    bad = invoke("archive", "figures", "--metric", "turnover", "--db", db)
    assert bad.exit_code == 2 and "unknown metric 'turnover'; one of: si_participants" in bad.output
    empty = invoke(
        "report", "--from-archive", "--unit", "Hanoi", "--period", "2021", "--db", db, "--out", tmp_path / "r.md"
    )
    assert empty.exit_code == 2
    assert "the unit 'Hanoi' is in the archive, but none of its documents is of 2021" in empty.output
    assert "2023, 2024, 2025" in empty.output
    one = invoke("report", "--from-archive", "--period", "2025", "--db", db, "--out", tmp_path / "r.md")
    assert one.exit_code == 0 and "from 1 document" in one.output and "documents" not in one.output


@pytest.mark.parametrize(
    "args",
    [
        ["archive", "search", "*"],
        ["archive", "figures", "--unit", "Atlantis"],
        ["archive", "figures", "--from", "twenty"],
        ["run", "--no-such-option"],
        ["report", "--out", "r.md"],
    ],
)
def test_usage_mistakes_exit_2_with_one_line(db: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, args, env={"PIPELINE_DB": str(db)})
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert "Traceback" not in result.output
