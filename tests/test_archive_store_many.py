"""Several documents in one archive transaction (`Archive.store_many`, what `pipeline run` commits per chunk)."""

from __future__ import annotations

import pytest
from archive_helpers import records_for, sample_records, snapshot
from sqlalchemy import event

from pipeline.archive import Archive
from pipeline.archive import queries as Q


def items(records_list, prefix="/c"):
    return [(r, f"h{i}", f"{prefix}/{i}.txt") for i, r in enumerate(records_list)]


def test_a_chunk_stores_exactly_what_one_document_at_a_time_stores(tmp_path):
    recs = sample_records(3)
    one, many = tmp_path / "one.sqlite", tmp_path / "many.sqlite"
    with Archive(one) as arc:
        for r, h, key in items(recs):
            arc.store(r, file_hash=h, source_key=key, office="test")
    with Archive(many) as arc:
        results = arc.store_many(items(recs), office="test")
        assert arc.load([r.id for r in results]) == recs
        assert Q.search(arc, "Labor Order") and Q.search(arc, "Đồng Nai") == Q.search(arc, "dong nai")
    assert snapshot(many, volatile=False) == snapshot(one, volatile=False)


def test_a_chunk_is_one_statement_per_table_whatever_its_size(tmp_path):
    """The rows of a chunk go in together and its versions are read together: more documents, not more statements."""

    def statements(n: int) -> int:
        with Archive(tmp_path / f"n{n}.sqlite") as arc:
            seen: list[str] = []
            event.listen(arc.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
            arc.store_many(items(sample_records(3) * (n // 3), prefix=f"/n{n}"), office="test")
            return len(seen)

    assert statements(3) == statements(9)


def test_a_chunk_that_fails_half_way_leaves_none_of_its_documents(tmp_path):
    with Archive(tmp_path / "archive.sqlite") as arc:
        good = items(sample_records(2))
        with pytest.raises(AttributeError):
            arc.store_many([*good, (None, "hx", "/c/x.txt")], office="test")  # type: ignore[list-item]
        assert arc.counts()["documents"] == 0
        assert arc.counts()["units"] == 0
        arc.store_many(good, office="test")  # the next attempt stores them whole
        assert arc.counts()["documents"] == 2


def test_two_versions_of_one_file_in_one_chunk_are_versions_one_and_two(tmp_path):
    old, new = sample_records(2)
    with Archive(tmp_path / "archive.sqlite") as arc:
        first, second = arc.store_many([(old, "h1", "/c/a.txt"), (new, "h2", "/c/a.txt")], office="test")
        assert (first.version, second.version) == (1, 2)
        assert second.superseded == [first.id]
        assert Q.current_ids(arc) == [second.id]
        assert arc.load([first.id, second.id]) == [old, new]


def test_an_empty_document_in_a_chunk(tmp_path):
    empty = records_for("Nothing to see here.\n", source="corpus/empty.txt", published=None)
    with Archive(tmp_path / "archive.sqlite") as arc:
        results = arc.store_many([(empty, "e", "/c/empty.txt"), *items(sample_records(1))], office="test")
        assert arc.load([r.id for r in results])[0] == empty


def test_a_chunk_supersedes_versions_archived_before_and_restores_the_same_version_unchanged(tmp_path):
    old, new = sample_records(2)
    db = tmp_path / "archive.sqlite"
    with Archive(db) as arc:
        (first,) = arc.store_many([(old, "h1", "/c/a.txt")], office="test")
        second, other = arc.store_many([(new, "h2", "/c/a.txt"), (old, "h3", "/c/b.txt")], office="test")
        assert (second.version, second.superseded) == (2, [first.id])
        assert sorted(Q.current_ids(arc)) == sorted([second.id, other.id])
        before = snapshot(db, volatile=False)
        again, _ = arc.store_many([(new, "h2", "/c/a.txt"), (old, "h3", "/c/b.txt")], office="test")
        assert (again.id, again.version) == (second.id, 2)
    assert snapshot(db, volatile=False) == before
