"""The shared-archive path: the same archive on PostgreSQL.

A throwaway PostgreSQL cluster is started for this module (initdb + pg_ctl,
Unix socket only, no TCP port); the tests skip, with the reason, when the
server binaries or the psycopg driver are not installed.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import types
from pathlib import Path

import pytest
from archive_helpers import sample_records, write_corpus
from click.testing import CliRunner

from pipeline.archive import Archive, load_records
from pipeline.archive import queries as Q
from pipeline.archive.export import export
from pipeline.cli import cli


def _pg_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


@pytest.fixture(scope="module")
def pg_server():
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install -e '.[test]' brings it)")
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server not installed (initdb not found; apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="pgarch", dir="/tmp"))  # short: a socket path has a length limit
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        import pwd

        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base)
            pytest.skip("running as root and there is no postgres user to run the server")
        os.chown(base, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = base / "data"
    try:
        subprocess.run(
            [
                *prefix,
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        subprocess.run(
            [
                *prefix,
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(base / "log"),
                "-w",
                "-o",
                f"-k {base} -c listen_addresses='' -F",
                "start",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"could not start a PostgreSQL server: {exc}")
    try:
        yield base
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(base, ignore_errors=True)


_names = itertools.count()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the module's server."""
    import psycopg

    name = f"archive_{os.getpid()}_{next(_names)}"
    with psycopg.connect(host=str(pg_server), user="postgres", dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://postgres@/{name}?host={pg_server}"


def store_all(arc, recs):
    return [arc.store(r, file_hash=f"h{i}", source_key=f"/c/{i}.txt", office="pg") for i, r in enumerate(recs)]


def test_archive_on_postgresql(pg_url, tmp_path, monkeypatch):
    """Store, versions, units, queries, load_records, export and `pipeline run`, in one test:
    starting a server is the cost, and separate tests could start one per xdist worker."""
    recs = sample_records(3)
    with Archive(pg_url) as arc:
        ids = [r.id for r in store_all(arc, recs)]
        assert arc.load(ids) == recs
        store_all(arc, recs)  # the same versions again: nothing added
        assert arc.counts()["documents"] == 3
        units = {u["key"]: u for u in Q.list_units(arc)}
        assert units["dong nai social security"]["name"] == "Dong Nai Social Security"
        assert units["dong nai social security"]["documents"] == 3

        hits = Q.search(arc, "Labor Order")
        assert len(hits) == 3 and all("[Labor]" in h["snippet"] for h in hits)
        assert len(Q.search(arc, "labour orders")) == 3, "word forms and British spellings, as in SQLite"
        assert [r["value"] for r in Q.figures(arc, unit="Dong Nai", metric="si_participants")] == [
            1504571,
            1504572,
            1504573,
        ]
        assert len(Q.awards(arc, award_type="labor_order", year=2023)) == 1
        counts = export(arc, "xlsx", tmp_path / "a.xlsx")
        assert counts["documents"] == 3 and counts["figures"] == 3
    assert load_records(pg_url, unit="Dong Nai", period="2024") == recs[1:]

    with Archive(pg_url) as arc:  # reopened: migrations are not applied twice
        newer = arc.store(recs[1], file_hash="changed", source_key="/c/0.txt", office="pg")
        assert newer.version == 2 and newer.superseded == [ids[0]]
        assert arc.counts()["documents_current"] == 3 and arc.counts()["documents"] == 4
        assert arc.load([ids[0]]) == [recs[0]]

    # `pipeline run --db postgresql+psycopg://...` into the same shared archive
    fake = types.ModuleType("pipeline.report")
    fake.write_reports = lambda records_list, out_dir, settings, **_: []
    monkeypatch.setitem(sys.modules, "pipeline.report", fake)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3)
    args = ["run", str(corpus), "--out", str(tmp_path / "out"), "--db", pg_url, "--profile", "fast", "--workers", "1"]
    first = CliRunner().invoke(cli, [*args, "--office", "Dong Nai"])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(cli, [*args, "--office", "Dong Nai"])
    assert again.output.strip().splitlines()[-1] == "processed 0, skipped as unchanged 3, failed 0"
    other_office = CliRunner().invoke(cli, [*args, "--office", "Hanoi"])  # same paths, another office
    assert other_office.output.strip().splitlines()[-1] == "processed 0, skipped as unchanged 3, failed 0"
    assert not (tmp_path / "out" / "archive.sqlite").exists()
    units = CliRunner().invoke(cli, ["archive", "units", "--db", pg_url, "--json"])
    assert units.exit_code == 0, units.output
