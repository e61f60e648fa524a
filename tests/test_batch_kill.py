"""Kill a real `pipeline run` with SIGKILL half-way; the next run completes the archive, without duplicates.

The batch runs as a real subprocess (`pipeline.cli.main`, the code `python -m
pipeline` runs) with one change made from outside: each archive write sleeps
inside its transaction, so the run lasts long enough to be killed, and most
kills land in the middle of a transaction. While it runs, this test reads the
archive through the archive's own queries (WAL: readers are not blocked).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from archive_helpers import integrity_ok, snapshot, write_corpus
from click.testing import CliRunner

from pipeline.archive import Archive
from pipeline.archive import queries as Q
from pipeline.cli import cli

pytestmark = pytest.mark.slow

N_DOCS = 40
SCRIPT = """
import os, sys, time
sys.modules["pipeline.report"] = None  # the report stage is not the point here
import pipeline.archive.store as store
real = store.Archive._insert_records
delay = float(os.environ["STORE_DELAY"])
def slow(self, *args, **kwargs):
    real(self, *args, **kwargs)
    time.sleep(delay)  # still inside the document's transaction
store.Archive._insert_records = slow
from pipeline.cli import main
sys.argv[0] = "pipeline"
main()
"""


def start(corpus: Path, out: Path, delay: float, workers: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "STORE_DELAY": str(delay), "PIPELINE_OFFICE": "kill-test"}
    cmd = [
        sys.executable,
        "-c",
        SCRIPT,
        "run",
        str(corpus),
        "--out",
        str(out),
        "--profile",
        "fast",
        "--workers",
        str(workers),
    ]
    return subprocess.Popen(cmd, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)


def n_records(out: Path) -> int:
    return len(list((out / "records").glob("*.json"))) if (out / "records").exists() else 0


def test_sigkill_halfway_then_rerun_completes_the_archive(tmp_path, monkeypatch):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, N_DOCS)
    db = out / "archive.sqlite"

    proc = start(corpus, out, delay=0.15, workers=2, log=tmp_path / "killed.log")
    reads = 0
    deadline = time.monotonic() + 120
    try:
        while n_records(out) < 8 and proc.poll() is None and time.monotonic() < deadline:
            if db.exists():  # a reader queries while the batch writes
                with Archive(db, create=False) as reader:
                    reader.counts()
                    Q.search(reader, "emulation")
                    reads += 1
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    log = (tmp_path / "killed.log").read_text()
    assert proc.returncode == -signal.SIGKILL, log
    assert reads > 0, log
    stored_before = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < n_records(out) < N_DOCS and stored_before < N_DOCS, log
    assert integrity_ok(db)

    rerun = start(corpus, out, delay=0, workers=1, log=tmp_path / "rerun.log")
    assert rerun.wait(timeout=300) == 0, (tmp_path / "rerun.log").read_text()
    summary = (tmp_path / "rerun.log").read_text().strip().splitlines()[-1]
    assert summary == f"processed {N_DOCS - stored_before}, skipped as unchanged {stored_before}, failed 0"

    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*), count(DISTINCT source_key), sum(superseded) FROM documents").fetchone() == (
        N_DOCS,
        N_DOCS,
        0,
    )
    orphans = con.execute(
        "SELECT count(*) FROM figures WHERE document_id NOT IN (SELECT id FROM documents)"
    ).fetchone()[0]
    assert orphans == 0
    con.close()
    assert integrity_ok(db)
    assert n_records(out) == N_DOCS
    for p in (out / "records").glob("*.json"):
        json.loads(p.read_text(encoding="utf-8"))  # whole files only (atomic writes)

    # the same as an uninterrupted run
    monkeypatch.setenv("PIPELINE_OFFICE", "kill-test")
    monkeypatch.setitem(sys.modules, "pipeline.report", None)
    clean = CliRunner().invoke(
        cli, ["run", str(corpus), "--out", str(tmp_path / "clean"), "--profile", "fast", "--workers", "1"]
    )
    assert clean.exit_code == 0, clean.output
    assert snapshot(db, volatile=False) == snapshot(tmp_path / "clean" / "archive.sqlite", volatile=False)
