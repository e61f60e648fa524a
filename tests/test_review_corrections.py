"""The corrections layer: effective records, review counts, carry-over to a changed file, conflicts,
unit merges and renames, on SQLite and on a throwaway PostgreSQL server alike."""

from __future__ import annotations

import json

import pytest
from archive_helpers import press_release, records_for
from test_archive_postgres import pg_server, pg_url  # noqa: F401  (fixtures)

from pipeline.archive import Archive, effective_records, load_records
from pipeline.archive import queries as Q
from pipeline.archive import review_ops as ops
from pipeline.archive.corrections import document_view
from pipeline.archive.export import export
from pipeline.models import Records

SOURCE = "/corpus/dong_nai.txt"
EXTRA = "Dong Nai Social Security and Hanoi Social Security were honoured."


def release(text: str, value: int = 1504571, award: bool = True) -> Records:
    """Records of one press release: a unit, a person, a figure, an award (all quoting `text`)."""
    return records_for(
        text,
        source="corpus/dong_nai.txt",
        units=[{"name": "Dong Nai Social Security", "kind": "provincial_office", "quote": "Dong Nai Social Security"}],
        people=[{"name": "Nguyen Van An", "title": "Director", "quote": "Nguyen Van An"}],
        figures=[
            {"metric": "si_participants", "value": value, "unit": "persons", "as_of": "2024", "quote": "1,504,571"}
        ],
        awards=[
            {
                "award_type": "labor_order",
                "grade": "third",
                "recipient": "Dong Nai Social Security",
                "quote": "awarded the Labor Order",
            }
        ]
        if award
        else [],
    )


TEXT = press_release(1) + "\n" + EXTRA + "\n"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'archive.sqlite'}"
    return request.getfixturevalue("pg_url")


def store(arc: Archive, records, file_hash: str) -> str:
    return arc.store(records, file_hash=file_hash, source_key=SOURCE, office="test").id


def test_effective_records_reports_queries_and_exports(url, tmp_path):
    with Archive(url) as arc:
        vid = store(arc, release(TEXT), "v1")
        assert ops.edit(arc, vid, "figures", "x:0", {"value": "1504999"}, "lan") == {}
        assert ops.reject(arc, vid, "people", "x:0", "not in the text", "lan") == {}
        assert ops.set_status(arc, vid, "x:0", "proposed", "lan") == {}
        start = TEXT.index("Hanoi Social Security")
        assert ops.add(arc, vid, "units", start, start + len("Hanoi Social Security"), "lan") == {}

        [eff] = effective_records(arc, [vid])
        assert [f.value for f in eff.figures] == [1504999]
        assert eff.people == []
        assert eff.awards[0].status == "proposed"
        assert [u.name for u in eff.units] == ["Dong Nai Social Security", "Hanoi Social Security"]
        counts = effective_records(arc, [vid])
        assert (counts.reviewed, counts.total) == (3, 4)  # figure, award, added unit; the unit is not reviewed

        assert [r["value"] for r in Q.figures(arc, metric="si_participants")] == [1504999]
        export(arc, "jsonl", tmp_path / "out.jsonl")
        exported = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
        assert exported["people"] == [] and exported["awards"][0]["status"] == "proposed"

        # the extractor's record is untouched: a correction is a layer
        assert arc.load([vid])[0].figures[0].value == 1504571
        history = document_view(arc, vid)
        assert history is not None
        edit = history.find("figures", "x:0").edited["value"]  # type: ignore[union-attr]
        assert (edit["user"], edit["before"], edit["after"]) == ("lan", "1504571", "1504999")

    only = load_records(url, reviewed_only=True)
    assert [len(r.units) for r in only] == [1] and only.reviewed == only.total == 3


def test_invalid_edit_stores_nothing(url):
    with Archive(url) as arc:
        vid = store(arc, release(TEXT), "v1")
        errors = ops.edit(arc, vid, "figures", "x:0", {"value": "a lot", "as_of": "last year"}, "lan")
        assert set(errors) == {"value", "as_of"}
        assert ops.reject(arc, vid, "figures", "x:0", "  ", "lan") == {"reason": "say why this record is wrong"}
        assert "start" in ops.add(arc, vid, "people", 10, 5, "lan")
        view = document_view(arc, vid)
        assert view is not None and view.reviewed == 0


def test_unchanged_file_keeps_every_correction(url):
    with Archive(url) as arc:
        vid = store(arc, release(TEXT), "v1")
        ops.edit(arc, vid, "figures", "x:0", {"value": "7"}, "lan")
        ops.accept_document(arc, vid, "lan")
        before = effective_records(arc, [vid])
        assert store(arc, release(TEXT), "v1") == vid  # the same file archived again
        after = effective_records(arc, [vid])
        assert after == before and (after.reviewed, after.total) == (4, 4)
        view = document_view(arc, vid)
        assert view is not None and view.attention == []


def test_changed_file_carries_corrections_over_and_lists_the_rest(url):
    with Archive(url) as arc:
        v1 = store(arc, release(TEXT), "v1")
        assert ops.edit(arc, v1, "figures", "x:0", {"value": "1504000"}, "lan") == {}
        assert ops.edit(arc, v1, "awards", "x:0", {"grade": "second"}, "lan") == {}
        assert ops.reject(arc, v1, "people", "x:0", "duplicate", "lan") == {}
        s = TEXT.index(EXTRA)
        assert ops.add(arc, v1, "movements", s, s + len(EXTRA), "lan") == {}

        # the new version: a paragraph inserted at the top (every offset moves), the award sentence gone,
        # and the extractor now reads the figure differently
        changed = "Updated on 2 February.\n\n" + TEXT.replace(
            "The unit was awarded the Labor Order, third class, by the State President.", "The unit was thanked."
        )
        new = release(changed, value=1504572, award=False)
        v2 = store(arc, new, "v2")
        assert v2 != v1
        with pytest.raises(ops.ReviewError, match="replaced by a newer one"):
            ops.accept(arc, v1, "figures", "x:0", "lan")  # an old version is read only

        [eff] = effective_records(arc, [v2])
        assert [f.value for f in eff.figures] == [1504000]  # carried over, the person's value kept
        assert eff.figures[0].evidence.start == changed.index("1,504,571")
        assert eff.people == []  # the rejection carried over too
        assert [m.evidence.text for m in eff.movements] == [EXTRA]
        assert eff.movements[0].evidence.start == changed.index(EXTRA)

        view = document_view(arc, v2)
        assert view is not None
        notes = {(c["kind"], c["state"]): c["note"] for c in view.attention}
        assert "no longer in the text" in notes[("awards", "attention")]
        assert "now reads value = 1504572" in notes[("figures", "active")]
        # and back: the old words return, the award correction applies again
        v3 = store(arc, release(TEXT), "v1")
        assert v3 == v1
        [eff] = effective_records(arc, [v3])
        assert eff.awards[0].grade == "second"


def test_merge_and_rename_units(url, tmp_path):
    with Archive(url) as arc:
        a = store(arc, release(TEXT), "v1")
        other = records_for(
            TEXT,
            source="corpus/other.txt",
            units=[
                {"name": "Social Security of Ha Noi", "kind": "provincial_office", "quote": "Hanoi Social Security"}
            ],
        )
        arc.store(other, file_hash="o1", source_key="/corpus/other.txt", office="test")
        keys = {u["key"]: u for u in Q.list_units(arc)}
        hanoi = next(k for k in keys if "ha noi" in k or "hanoi" in k)
        assert ops.merge_units(arc, hanoi, "dong nai social security", "lan") == {}
        assert ops.rename_unit(arc, "dong nai social security", "BHXH tỉnh Đồng Nai", "lan") == {}

        units = Q.list_units(arc)
        assert [u["name"] for u in units] == ["BHXH tỉnh Đồng Nai"]
        assert units[0]["documents"] == 2
        names = [u.name for r in effective_records(arc, Q.current_ids(arc)) for u in r.units]
        assert names == ["BHXH tỉnh Đồng Nai", "BHXH tỉnh Đồng Nai"]
        assert effective_records(arc, [a])[0].awards[0].recipient == "BHXH tỉnh Đồng Nai"
        # a document archived later under the old name lands on the merged unit
        arc.store(other, file_hash="o2", source_key="/corpus/third.txt", office="test")
        assert [u["documents"] for u in Q.list_units(arc)] == [3]


def test_migration_adds_review_tables_to_an_existing_archive(url):
    """An archive made before the review app (schema version 1) gets the review tables when opened."""
    from sqlalchemy import inspect

    from pipeline.archive.migrations import migrations, schema_version
    from pipeline.archive.store import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        schema_version.create(conn)
        name, first = migrations.steps[0]
        first(conn)
        conn.execute(schema_version.insert().values(version=1, name=name, applied_at="2025-01-01T00:00:00+00:00"))
    assert "corrections" not in inspect(engine).get_table_names()
    engine.dispose()
    with Archive(url) as arc:
        names = set(inspect(arc.engine).get_table_names())
        assert {"corrections", "review_state", "unit_overrides", "users"} <= names
        vid = store(arc, release(TEXT), "v1")
        assert ops.accept_document(arc, vid, "lan") == 4
