"""The rows of the documents one archive transaction stores, inserted together before it commits.

`pipeline run` commits a few dozen documents per transaction. Inserted one
document at a time, each document cost about ten statements (its documents
row, one per record table, its units, its warnings, its search entry), and
SQLAlchemy's own work per statement was a large part of the main process's
CPU per document, CPU the workers need on a two-core machine. Collected
here, the rows of every document of the transaction go in with one
statement per table.

Nothing changes for what is committed: the rows are inserted inside the
same transaction, before it commits, so a killed run still leaves either all
of a chunk's documents or none of them. The order keeps the foreign keys
satisfied: documents first, then the unit registry, then the rows that point
at both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from . import schema as S
from .search_text import index_statement

# built once: a statement built per call costs SQLAlchemy a new cache key each time
INSERT = {table.name: table.insert() for table in (S.documents, S.warnings, *S.T.values())}
_SQLITE_INSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {}


def insert_rows(conn: Connection, table_name: str, rows: list[dict[str, Any]]) -> None:
    """Rows into one record table, all with the keys of the first.

    On SQLite the rows go straight to the driver's `executemany`: SQLAlchemy's processing of each
    row's parameters cost more than SQLite's own insert (the records' values are plain strings,
    numbers and None, which need none of it). Elsewhere SQLAlchemy inserts them (on PostgreSQL it
    batches them into multi-row statements, which the driver alone would not)."""
    if conn.dialect.name != "sqlite":
        conn.execute(INSERT[table_name], rows)
        return
    keys = tuple(rows[0])
    plan = _SQLITE_INSERTS.get((table_name, keys))
    if plan is None:
        compiled = S.T[table_name].insert().compile(dialect=conn.dialect, column_keys=list(keys))
        plan = _SQLITE_INSERTS[(table_name, keys)] = (compiled.string, tuple(compiled.positiontup or ()))
    sql, order = plan
    conn.exec_driver_sql(sql, [tuple(row[k] for k in order) for row in rows])


class PendingRows:
    """Rows waiting for `write`: documents, units, records, warnings and search entries."""

    def __init__(self, insert_unit: Any) -> None:
        """`insert_unit` is the archive's insert-or-ignore statement for the unit registry."""
        self._insert_unit = insert_unit
        self._clear()

    def _clear(self) -> None:
        self.sources: set[str] = set()  # source files with a documents row waiting
        self._documents: list[dict[str, Any]] = []
        self._units: dict[str, dict[str, Any]] = {}
        self._rows: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        self._warnings: list[dict[str, Any]] = []
        self._search: list[dict[str, Any]] = []

    def document(self, source_key: str, row: dict[str, Any], search: dict[str, Any]) -> None:
        self.sources.add(source_key)
        self._documents.append(row)
        self._search.append(search)

    def units(self, units: dict[str, dict[str, Any]]) -> None:
        """New unit registry rows; the first row of a key wins, as an insert-or-ignore one by one would."""
        for key, row in units.items():
            self._units.setdefault(key, row)

    def rows(self, table_name: str, rows: list[dict[str, Any]]) -> None:
        """Rows of a record table, grouped by their keys (one statement per group)."""
        for row in rows:
            self._rows.setdefault((table_name, tuple(row)), []).append(row)

    def warnings(self, rows: list[dict[str, Any]]) -> None:
        self._warnings.extend(rows)

    def write(self, conn: Connection) -> None:
        """Insert everything waiting, in the transaction of `conn`; nothing is left waiting after."""
        if self._documents:
            conn.execute(INSERT[S.documents.name], self._documents)
        if self._units:
            conn.execute(self._insert_unit, list(self._units.values()))
        for (table_name, _), rows in self._rows.items():
            insert_rows(conn, table_name, rows)
        if self._warnings:
            conn.execute(INSERT[S.warnings.name], self._warnings)
        statement = index_statement(conn.dialect.name)
        if statement is not None and self._search:
            conn.execute(statement, self._search)
        self._clear()
