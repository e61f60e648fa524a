"""Schema changes as registered functions, applied in order when an archive is opened.

The sqlite-utils 4 pattern: a `Migrations` list, each step a decorated
function, and a `schema_version` table saying which steps a database has.
All pending steps run in one transaction under a lock (SQLite `BEGIN
IMMEDIATE`, a PostgreSQL advisory lock), so two processes opening a fresh
archive at once do not both migrate it.

To change the schema: add a function below (never edit an applied one) and
extend `schema.METADATA` to match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, inspect, select, text

from . import schema

MigrationFn = Callable[[Connection], None]

_bootstrap = MetaData()
schema_version = Table(
    "schema_version",
    _bootstrap,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(32), nullable=False),
)

_PG_LOCK_ID = 0x5653535F41524348  # "VSS_ARCH"; any constant shared by all writers


@dataclass
class Migrations:
    steps: list[tuple[str, MigrationFn]] = field(default_factory=list)

    def __call__(self) -> Callable[[MigrationFn], MigrationFn]:
        def register(fn: MigrationFn) -> MigrationFn:
            self.steps.append((fn.__name__, fn))
            return fn

        return register

    @property
    def latest(self) -> int:
        return len(self.steps)

    def pending(self, conn: Connection) -> list[tuple[int, str, MigrationFn]]:
        done = set(conn.execute(select(schema_version.c.version)).scalars())
        return [(i, name, fn) for i, (name, fn) in enumerate(self.steps, start=1) if i not in done]

    def up_to_date(self, conn: Connection) -> bool:
        """True when nothing is pending (checked in a read, so readers never take the write lock)."""
        if not inspect(conn).has_table("schema_version"):
            return False
        return not self.pending(conn)

    def apply(self, conn: Connection) -> list[str]:
        """Run the pending steps on `conn`, inside the caller's (write) transaction."""
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_ID})
        schema_version.create(conn, checkfirst=True)
        applied = []
        for version, name, fn in self.pending(conn):
            fn(conn)
            conn.execute(
                schema_version.insert().values(
                    version=version, name=name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")
                )
            )
            applied.append(name)
        return applied


migrations = Migrations()


@migrations()
def m001_initial(conn: Connection) -> None:
    """Documents, units and the record tables; full-text search over documents."""
    schema.build_v1(MetaData()).create_all(conn)
    if conn.dialect.name == "sqlite":
        # A standalone FTS5 table (not external-content: `documents` has a text
        # key, and rowids of such tables may change on VACUUM). Diacritics are
        # folded by the tokenizer; "đ" is folded to "d" by the writer.
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE INDEX ix_documents_tsv ON documents USING GIN "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text))"
        )


@migrations()
def m002_search_word_forms(conn: Connection) -> None:
    """Full-text search finds word forms: stemming, British/American spellings (`search_text`), re-indexed."""
    from .search_text import rebuild_index

    rebuild_index(conn)


@migrations()
def m003_review(conn: Connection) -> None:
    """Corrections, review state, unit merges/renames and accounts for `pipeline review`."""
    schema.build_v2(MetaData()).create_all(conn)
