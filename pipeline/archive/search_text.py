"""The text the full-text index holds, and the same folding for what users type.

Search must find a word in any of its forms: "medal" and "medals" (the
index stems English words: SQLite FTS5's `porter` tokenizer, PostgreSQL's
`english` text search configuration), "Labour" and "Labor" (British
spellings are folded to American ones, from `data/spelling_variants.yml`,
both when a document is indexed and when a query is read), and "Đồng" and
"dong" (accents are removed by the tokenizer; "đ", a letter of its own, is
folded here). SQLite keeps the folded text in the FTS5 table
`documents_fts`; PostgreSQL in `documents_search`, with a GIN index.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from sqlalchemy import Connection, TextClause, text

from ..folding import lower_in_place
from ..yaml_data import load_yaml

SQLITE_TOKENIZER = "porter unicode61 remove_diacritics 2"
PG_CONFIG = "english"


@lru_cache(maxsize=1)
def _variants() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The variants' pattern; the same over lower-cased text (case-sensitive, and tried only
    where a word starts with a stem's first letter: a quarter of the cost); the table."""
    raw = resources.files("pipeline.archive").joinpath("data/spelling_variants.yml").read_text(encoding="utf-8")
    table = {str(k).lower(): str(v).lower() for k, v in (load_yaml(raw) or {}).items()}
    stems = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    firsts = re.escape("".join(sorted({stem[0] for stem in table})))
    return re.compile(rf"\b({stems})", re.IGNORECASE), re.compile(rf"\b(?=[{firsts}])({stems})"), table


def fold_for_search(value: str | None) -> str:
    """ "đ" folded to "d" and British spellings to American, at the start of words, case kept loosely."""
    pattern, in_lower_case, table = _variants()
    value = (value or "").replace("đ", "d").replace("Đ", "D")

    def american(found: str) -> str:
        word = table[found.lower()]
        return word.capitalize() if found[0].isupper() else word

    low = lower_in_place(value)
    if low is None:  # a letter that folds apart: the case-insensitive pattern over the text itself
        return pattern.sub(lambda m: american(m.group(1)), value)
    parts, at = [], 0
    for m in in_lower_case.finditer(low):  # the same places: lower case keeps every offset
        start, end = m.span(1)
        parts += [value[at:start], american(value[start:end])]
        at = end
    parts.append(value[at:])
    return "".join(parts)


_INDEX = {  # built once: a statement built per document costs SQLAlchemy a new cache key each time
    "sqlite": text("INSERT INTO documents_fts (id, title, text) VALUES (:id, :title, :text)"),
    "postgresql": text("INSERT INTO documents_search (id, body) VALUES (:id, :title || ' ' || :text)"),
}


def index_statement(dialect: str) -> TextClause | None:
    """The insert of search entries (`index_entry` rows) on this database, None where there is no index."""
    return _INDEX.get(dialect)


def index_entry(vid: str, title: str | None, body: str) -> dict[str, str]:
    """One document version's row for `index_statement`."""
    return {"id": vid, "title": fold_for_search(title), "text": fold_for_search(body)}


def index_document(conn: Connection, dialect: str, vid: str, title: str | None, body: str) -> None:
    """Add one document version to the full-text index."""
    statement = index_statement(dialect)
    if statement is not None:
        conn.execute(statement, index_entry(vid, title, body))


def unindex_document(conn: Connection, dialect: str, vid: str) -> None:
    if dialect == "sqlite":
        conn.execute(text("DELETE FROM documents_fts WHERE id = :id"), {"id": vid})
    elif dialect == "postgresql":
        conn.execute(text("DELETE FROM documents_search WHERE id = :id"), {"id": vid})


def rebuild_index(conn: Connection) -> None:
    """(Re)create the index with stemming and fill it from every stored document version (a migration step)."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        conn.exec_driver_sql("DROP TABLE IF EXISTS documents_fts")
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, title, text, tokenize = '{SQLITE_TOKENIZER}')"
        )
    elif dialect == "postgresql":
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_documents_tsv")
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS documents_search (id VARCHAR(64) PRIMARY KEY, body TEXT)")
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS ix_documents_search ON documents_search "
            f"USING GIN (to_tsvector('{PG_CONFIG}', body))"
        )
        conn.exec_driver_sql("DELETE FROM documents_search")
    else:
        return
    ids = list(conn.execute(text("SELECT id FROM documents ORDER BY id")).scalars())
    for i in range(0, len(ids), 200):  # a chunk of texts in memory at a time
        chunk = {f"i{n}": v for n, v in enumerate(ids[i : i + 200])}
        names = ", ".join(f":{k}" for k in chunk)
        for vid, title, body in conn.execute(
            text(f"SELECT id, title, text FROM documents WHERE id IN ({names})"), chunk
        ):
            index_document(conn, dialect, vid, title, body)
