"""Reads shared by the documents the archive stores in one transaction."""

from __future__ import annotations

from sqlalchemy import Connection, select

from . import schema as S

C = S.corrections


class TransactionReads:
    """Reads every document stored in one transaction needs, made once per transaction.

    `pipeline run` commits up to a few dozen documents in one transaction; each of them asked
    which units staff merged and whether its source file has corrections, two queries a
    document whose answers cannot change inside the transaction (the writer holds the
    database's write lock on SQLite; on PostgreSQL a review committed meanwhile is seen by
    the next transaction, as it would be had it committed a moment later)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._merged: dict[str, str] | None = None
        self._corrected: dict[str, set[str]] = {}

    def merged_units(self) -> dict[str, str]:
        """Unit key -> the key staff merged it into."""
        if self._merged is None:
            o = S.unit_overrides
            rows = self.conn.execute(select(o.c.key, o.c.merged_into).where(o.c.merged_into.is_not(None)))
            self._merged = {key: into for key, into in rows}
        return self._merged

    def corrected_sources(self, office: str) -> set[str]:
        """The source files of an office that have corrections (only they need `carry_over`)."""
        found = self._corrected.get(office)
        if found is None:
            rows = self.conn.execute(select(C.c.source_key).where(C.c.office == office).distinct())
            found = self._corrected[office] = set(rows.scalars())
        return found
