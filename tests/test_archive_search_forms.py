"""Full-text search finds word forms: plural and singular, British and American spellings, accents.

Also the migration that re-indexes an archive made before word forms were searched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from archive_helpers import records_for

from pipeline.archive import Archive
from pipeline.archive.queries import search

TEXTS = {
    "medals.txt": "Hanoi Social Security staff received two commemorative medals at the ceremony.",
    "medal.txt": "The director was given a medal for the cause of Vietnam Social Security.",
    "labour.txt": "Dak Lak Social Security was awarded the Labour Order for its organisation of the campaign.",
    "labor.txt": "Dong Nai Social Security received the Labor Order, third class, from the State President.",
    "accents.txt": "Đồng Nai Social Security mobilised 5,000 people in Đắk Lắk.",
}


def fill(path: Path) -> None:
    with Archive(path) as arc:
        for i, (name, text) in enumerate(TEXTS.items()):
            arc.store(records_for(text, name), file_hash=f"h{i}", source_key=f"/c/{name}", office="t")


def found(path: Path, query: str) -> set[str]:
    with Archive(path, create=False) as arc:
        return {r["source"] for r in search(arc, query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("medal", {"medals.txt", "medal.txt"}),
        ("medals", {"medals.txt", "medal.txt"}),
        ("Labor", {"labour.txt", "labor.txt"}),
        ("labour order", {"labour.txt", "labor.txt"}),
        ("organization", {"labour.txt"}),
        ("mobilized", {"accents.txt"}),
        ("dak lak", {"accents.txt", "labour.txt"}),
        ('"Labour Order"', {"labour.txt", "labor.txt"}),
    ],
)
def test_word_forms_spellings_and_accents(tmp_path: Path, query: str, expected: set[str]) -> None:
    db = tmp_path / "a.sqlite"
    fill(db)
    assert found(db, query) == expected


def test_an_archive_indexed_before_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    fill(db)
    # as the first schema left it: an index without stemming or spelling folds, one migration applied
    con = sqlite3.connect(db)
    con.execute("DROP TABLE documents_fts")
    con.execute(
        "CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, title, text, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    con.execute("INSERT INTO documents_fts SELECT id, title, replace(text, 'Đ', 'D') FROM documents")
    con.execute("DELETE FROM schema_version WHERE version > 1")
    con.commit()
    assert len(con.execute("SELECT id FROM documents_fts WHERE documents_fts MATCH 'medals'").fetchall()) == 1
    con.close()
    assert found(db, "medals") == {"medals.txt", "medal.txt"}
    assert found(db, "labor") == {"labour.txt", "labor.txt"}
