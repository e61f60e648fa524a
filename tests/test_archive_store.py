"""The archive: one transaction per document, versions, migrations, WAL readers, queries, load_records."""

from __future__ import annotations

import sqlite3
import time

import pytest
from archive_helpers import integrity_ok, records_for, sample_records, snapshot
from sqlalchemy import insert, inspect

from pipeline.archive import Archive, load_records
from pipeline.archive import queries as Q
from pipeline.archive import schema as S
from pipeline.archive.migrations import migrations
from pipeline.errors import ArchiveError


@pytest.fixture
def db(tmp_path):
    return tmp_path / "archive.sqlite"


@pytest.fixture
def arc(db):
    with Archive(db) as a:
        yield a


def store_all(arc, records_list, office="test"):
    return [
        arc.store(r, file_hash=f"h{i}", source_key=f"/c/{i}.txt", office=office) for i, r in enumerate(records_list)
    ]


def test_records_round_trip_exactly(arc):
    recs = sample_records(3)
    ids = [r.id for r in store_all(arc, recs)]
    assert arc.load(ids) == recs
    assert arc.load(list(reversed(ids))) == list(reversed(recs))
    assert arc.load(["nope"]) == []


def test_empty_records_are_fine(arc):
    rec = records_for("Nothing to see here.\n", source="corpus/empty.txt", published=None)
    res = arc.store(rec, file_hash="e", source_key="/c/empty.txt")
    assert arc.load([res.id]) == [rec]
    assert arc.counts()["figures"] == 0


def test_storing_the_same_version_twice_changes_nothing(arc, db):
    recs = sample_records(2)
    store_all(arc, recs)
    before = snapshot(db, volatile=False)
    store_all(arc, recs)
    assert snapshot(db, volatile=False) == before


def test_a_changed_file_supersedes_and_keeps_the_old_version(arc):
    old, new = sample_records(2)
    r1 = arc.store(old, file_hash="h1", source_key="/c/a.txt", office="o")
    r2 = arc.store(new, file_hash="h2", source_key="/c/a.txt", office="o")
    assert (r1.version, r2.version, r2.superseded) == (1, 2, [r1.id])
    counts = arc.counts()
    assert counts["documents"] == 2 and counts["documents_current"] == 1
    assert arc.current_by_hash(["h1", "h2"]) == {"h2": r2.id}
    assert arc.load([r1.id]) == [old]  # the old version is still there, whole
    assert Q.current_ids(arc) == [r2.id]
    # the file goes back to its first bytes: the first version becomes current again, still version 1
    r3 = arc.store(old, file_hash="h1", source_key="/c/a.txt", office="o")
    assert r3.id == r1.id and r3.version == 1 and r3.superseded == [r2.id]
    assert Q.current_ids(arc) == [r1.id]


def test_a_reverted_file_keeps_its_first_version_and_ingest_time(arc, db):
    """A -> B -> A: version 1 comes back as version 1, with the time it was first ingested."""
    a, b = sample_records(2)
    r1 = arc.store(a, file_hash="hA", source_key="/c/a.txt", office="o")
    con = sqlite3.connect(db)
    first = con.execute("SELECT ingested_at FROM documents WHERE id = ?", (r1.id,)).fetchone()[0]
    con.execute("UPDATE documents SET ingested_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", (r1.id,))
    con.commit()
    assert first != "2020-01-01T00:00:00+00:00"
    r2 = arc.store(b, file_hash="hB", source_key="/c/a.txt", office="o")
    r3 = arc.store(a, file_hash="hA", source_key="/c/a.txt", office="o")
    rows = con.execute("SELECT id, version, superseded, superseded_by, ingested_at FROM documents ORDER BY version")
    assert rows.fetchall() == [
        (r1.id, 1, 0, None, "2020-01-01T00:00:00+00:00"),
        (r2.id, 2, 1, r1.id, rows_ingested(con, r2.id)),
    ]
    assert r3.id == r1.id and r3.version == 1


def test_same_path_in_two_offices_is_two_documents(arc):
    a, b = sample_records(2)
    arc.store(a, file_hash="h1", source_key="C:/corpus/a.docx", office="Dong Nai")
    arc.store(b, file_hash="h2", source_key="C:/corpus/a.docx", office="Hanoi")
    assert arc.counts()["documents_current"] == 2


def test_units_are_one_row_across_documents(arc):
    store_all(arc, sample_records(3))  # three spellings of Dong Nai Social Security
    units = {u["key"]: u for u in Q.list_units(arc)}
    assert set(units) == {"dong nai social security", "hanoi social security"}
    dn = units["dong nai social security"]
    assert dn["name"] == "Dong Nai Social Security"
    assert dn["documents"] == 3
    assert dn["names_seen"] == sorted(
        ["Dong Nai Provincial Social Security", "Social Security of Dong Nai province", "Dong Nai Social Insurance"]
    )


def test_a_failed_write_leaves_nothing(arc, monkeypatch):
    rec = sample_records(1)[0]

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Archive, "_insert_records", boom)
    with pytest.raises(RuntimeError):
        arc.store(rec, file_hash="h", source_key="/c/x.txt")
    assert arc.counts()["documents"] == 0


def test_migrations_are_recorded_and_match_the_schema(db):
    with Archive(db) as arc:
        names = [r[0] for r in sqlite3.connect(db).execute("SELECT name FROM schema_version ORDER BY version")]
        assert names == [n for n, _ in migrations.steps]
        insp = inspect(arc.engine)
        for table in S.METADATA.tables.values():
            assert {c["name"] for c in insp.get_columns(table.name)} == set(table.c.keys()), table.name
    with Archive(db):  # opening again applies nothing twice
        assert sqlite3.connect(db).execute("SELECT count(*) FROM schema_version").fetchone()[0] == migrations.latest


def test_sqlite_settings(arc, db):
    with arc.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert integrity_ok(db)


def test_a_reader_is_not_blocked_by_a_writer(db):
    with Archive(db) as writer, Archive(db, create=False) as reader:
        store_all(writer, sample_records(1))
        with writer.write() as conn:  # a write transaction stays open ...
            conn.execute(
                insert(S.warnings).values(id="x", document_id=Q.current_ids(reader)[0], ordinal=99, text="pending")
            )
            t0 = time.monotonic()
            counts = reader.counts()  # ... and the reader still reads, at once, the committed state
            hits = Q.search(reader, "Dong Nai")
            assert time.monotonic() - t0 < 2
            assert counts["warnings"] == 1 and len(hits) == 1
        assert reader.counts()["warnings"] == 2


def test_missing_archive_is_a_clear_error(tmp_path):
    with pytest.raises(ArchiveError, match="no archive at"):
        Archive(tmp_path / "nothing.sqlite", create=False)
    with pytest.raises(ArchiveError, match="no archive at"):
        load_records(f"sqlite:///{tmp_path / 'nothing.sqlite'}")
    assert not (tmp_path / "nothing.sqlite").exists()


def test_search(arc):
    store_all(arc, sample_records(3))
    hits = Q.search(arc, "Labor Order")
    assert hits and all("[Labor] [Order]" in h["snippet"] for h in hits)
    assert Q.search(arc, '"Dong Nai" "Hanoi"')
    assert Q.search(arc, "Đồng Nai") == Q.search(arc, "dong nai")  # accents and đ folded
    assert Q.search(arc, 'broken " query ( with * syntax') == []  # never an FTS syntax error
    with pytest.raises(ArchiveError):
        Q.search(arc, "   ")


def test_figures_and_awards_queries(arc):
    store_all(arc, sample_records(3))
    rows = Q.figures(arc, unit="Dong Nai", metric="si_participants")
    assert [r["value"] for r in rows] == [1504571, 1504572, 1504573]
    assert all(r["scope_key"] == "dong nai social security" for r in rows)
    assert [
        r["year"] for r in Q.figures(arc, unit="Social Security of Dong Nai province", year_from=2023, year_to=2023)
    ] == [2023]
    assert Q.figures(arc, metric="revenue") == []
    with pytest.raises(Q.UnknownUnit):
        Q.figures(arc, unit="Atlantis Social Security")
    assert len(Q.awards(arc, award_type="labor_order")) == 3
    assert [a["year"] for a in Q.awards(arc, award_type="labor_order", year=2023)] == ["2023"]
    assert Q.awards(arc, award_type="gold_star_order") == []
    assert len(Q.awards(arc, unit="dong nai")) == 3


def test_load_records_by_unit_and_period(arc, db):
    recs = sample_records(3)
    store_all(arc, recs)
    url = f"sqlite:///{db}"
    assert load_records(url) == recs  # oldest first
    assert load_records(url, unit="Dong Nai") == recs
    assert load_records(url, unit="Hanoi Social Insurance") == recs
    assert load_records(url, period="2024") == recs[1:3]  # published 2024, or reviewing 2024
    assert load_records(url, period="2020-2022") == recs[0:1]  # reviews 2022, published 2023
    assert load_records(url, period="2030") == []
    with pytest.raises(ArchiveError):
        load_records(url, period="last year")
    with pytest.raises(Q.UnknownUnit):
        load_records(url, unit="Atlantis")


def test_bare_paths_and_bad_urls(tmp_path):
    with Archive(str(tmp_path / "a.sqlite")) as arc:
        assert arc.dialect == "sqlite"
    with pytest.raises(ArchiveError):
        Archive("nosuchdb+driver://x/y")


def rows_ingested(con, vid):
    return con.execute("SELECT ingested_at FROM documents WHERE id = ?", (vid,)).fetchone()[0]
