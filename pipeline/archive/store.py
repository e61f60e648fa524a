"""Opening an archive and writing one document version per transaction.

`Archive(url)` connects (`engine.py`: SQLite file or PostgreSQL URL), applies pending
migrations and offers:

- `write()` / `read()`: a connection inside a transaction. On SQLite a write
  transaction is `BEGIN IMMEDIATE` (it takes the write lock at once, so two
  writers queue on `busy_timeout` instead of failing half-way), a read is a
  plain `BEGIN` that WAL mode never blocks.
- `store(records, ...)`: the document row, its records, its units and its
  search entry in ONE transaction; a killed process leaves either all of a
  document or none of it.
- `store_many([(records, file_hash, source_key), ...])`: several documents in
  ONE transaction, their rows inserted together (`pending_rows`): what
  `pipeline run` commits per chunk.
- `current_by_source(office, keys)`: each source file's current version and
  its hash: a file is unchanged only when its own current version has its
  bytes (never because another file has them);
- `current_by_hash(hashes)`: current versions with given bytes (copies);
- `supersede_source(...)`: a file that now equals another document points
  its old version at that document.
- `load(ids)`: `Records` back from document version ids.

How a `Records` object becomes rows is `record_rows.py`; how rows become
`Records` again is `record_loader.py`; corrections move to a new version in
`carry_over.py`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from .. import __version__
from ..errors import ArchiveError
from ..models import Records
from ..units import UnitResolver
from . import schema as S
from .carry_over import carry_over
from .engine import make_engine, normalize_url
from .in_clause import in_chunks
from .migrations import migrations
from .pending_rows import PendingRows
from .record_loader import read_records
from .record_rows import queue_record_rows
from .search_text import index_entry, unindex_document
from .transaction_reads import TransactionReads

DEFAULT_URL = "sqlite:///outputs/archive.sqlite"


# The statements written for every document, built once: a statement built per call costs
# SQLAlchemy a new cache key each time (a third of a document's archive write, measured).
_VERSIONS_OF_SOURCE = select(S.documents.c.id, S.documents.c.version, S.documents.c.ingested_at).where(
    S.documents.c.office == bindparam("office"), S.documents.c.source_key == bindparam("source_key")
)


def version_id(office: str, source_key: str, file_hash: str) -> str:
    """Deterministic id of one version of one source file."""
    return hashlib.sha256(f"{office}\n{source_key}\n{file_hash}".encode()).hexdigest()[:16]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class StoreResult:
    id: str
    version: int
    superseded: list[str] = field(default_factory=list)


class Archive:
    """One archive database. Use as a context manager, or call `close()`."""

    def __init__(self, url: str | Path = DEFAULT_URL, *, create: bool = True) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url, create=create)
        self._unit_keys: set[str] | None = None
        self._reads: TransactionReads | None = None
        self._insert_unit = self._insert_ignore(S.units)
        try:
            with self.read() as conn:
                current = migrations.up_to_date(conn)
            if not current:
                with self.write() as conn:
                    migrations.apply(conn)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise ArchiveError(
                f"cannot open archive {self.display_url}: {exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}"
            ) from exc

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(archive_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    # -- lookups ---------------------------------------------------------

    def current_by_hash(self, file_hashes: Iterable[str], office: str | None = None) -> dict[str, str]:
        """file hash -> id of the current (not superseded) document version with those bytes (of `office`)."""
        hashes = sorted(set(file_hashes))
        found: dict[str, str] = {}
        d = S.documents
        with self.read() as conn:
            for chunk in in_chunks(hashes):
                q = select(d.c.file_hash, d.c.id).where(d.c.file_hash.in_(chunk), d.c.superseded.is_(False))
                if office is not None:
                    q = q.where(d.c.office == office)
                for h, i in conn.execute(q.order_by(d.c.id)):
                    found.setdefault(h, i)
        return found

    def current_by_source(self, office: str, source_keys: Iterable[str]) -> dict[str, tuple[str, str]]:
        """source key -> (id, file hash) of that file's current version, for files this office archived."""
        keys = sorted(set(source_keys))
        found: dict[str, tuple[str, str]] = {}
        d = S.documents
        with self.read() as conn:
            for chunk in in_chunks(keys):
                rows = conn.execute(
                    select(d.c.source_key, d.c.id, d.c.file_hash).where(
                        d.c.office == office, d.c.source_key.in_(chunk), d.c.superseded.is_(False)
                    )
                )
                for key, i, h in rows:
                    found[key] = (i, h)
        return found

    def supersede_source(self, office: str, source_key: str, by_id: str) -> int:
        """Mark the current versions of one source file superseded by `by_id` (a file now equal to another)."""
        d = S.documents
        try:
            with self.write() as conn:
                result = conn.execute(
                    update(d)
                    .where(
                        d.c.office == office,
                        d.c.source_key == source_key,
                        d.c.superseded.is_(False),
                        d.c.id != by_id,
                    )
                    .values(superseded=True, superseded_by=by_id, superseded_at=_now())
                )
        except OperationalError as exc:
            raise ArchiveError(f"archive write failed for {source_key}: {exc.orig}") from exc
        return int(result.rowcount or 0)

    def counts(self) -> dict[str, int]:
        """Rows per table (documents split into current and superseded)."""
        out: dict[str, int] = {}
        with self.read() as conn:
            for table in [S.documents, S.units, *S.CHILD_TABLES]:
                out[table.name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
            out["documents_current"] = conn.execute(
                select(func.count()).select_from(S.documents).where(S.documents.c.superseded.is_(False))
            ).scalar_one()
        return out

    # -- writing ---------------------------------------------------------

    def store(
        self,
        records: Records,
        *,
        file_hash: str,
        source_key: str,
        office: str = "",
        profile: str = "default",
        conn: Connection | None = None,
    ) -> StoreResult:
        """Archive one document version (replacing the same version if it is there), in one transaction:
        its own, or the caller's `conn` (from `write()`) when several documents are committed together."""
        try:
            with nullcontext(conn) if conn is not None else self.write() as conn:
                pending = PendingRows(self._insert_unit)
                result = self._store(conn, pending, records, file_hash, source_key, office, profile)
                pending.write(conn)
        except OperationalError as exc:
            raise ArchiveError(f"archive write failed for {records.document.source}: {exc.orig}") from exc
        return result

    def store_many(
        self, documents: Sequence[tuple[Records, str, str]], *, office: str = "", profile: str = "default"
    ) -> list[StoreResult]:
        """Archive several documents, each `(records, file_hash, source_key)`, in ONE transaction.

        The same as `store` for each in turn, but their rows go in together, one
        statement per table (`PendingRows`): either all of them are archived or none.
        """
        try:
            with self.write() as conn:
                pending = PendingRows(self._insert_unit)
                known = self._versions_of_sources(conn, office, [key for _, _, key in documents])
                results = [
                    self._store(
                        conn, pending, records, file_hash, source_key, office, profile, known.pop(source_key, None)
                    )
                    for records, file_hash, source_key in documents
                ]
                pending.write(conn)
        except OperationalError as exc:
            raise ArchiveError(f"archive write failed for {len(documents)} documents: {exc.orig}") from exc
        return results

    def _store(
        self,
        conn: Connection,
        pending: PendingRows,
        records: Records,
        file_hash: str,
        source_key: str,
        office: str,
        profile: str,
        versions: list[Any] | None = None,
    ) -> StoreResult:
        """One document version's rows into `pending` (written before anything must read them).

        `versions`: the source file's archived versions, when the caller read them already."""
        vid = version_id(office, source_key, file_hash)
        d = S.documents
        if source_key in pending.sources:  # its earlier version in this transaction must be seen below
            pending.write(conn)
            versions = None
        if versions is None:
            versions = list(conn.execute(_VERSIONS_OF_SOURCE, {"office": office, "source_key": source_key}))
        siblings = {row.id: row.version for row in versions}
        # a version seen before (re-extracted, or a file reverted A -> B -> A) keeps its number
        # and its first ingest time (its id says office and source: it is among the siblings);
        # only a new version of the file gets a new number
        first_seen = next((row.ingested_at for row in versions if row.id == vid), None)
        version = siblings[vid] if vid in siblings else max(siblings.values(), default=0) + 1
        if vid in siblings:  # its rows are only ever written with its documents row
            self._delete_version(conn, vid)
        now = _now()
        doc = records.document
        row = {
            "id": vid,
            "doc_id": doc.id,
            "source": doc.source,
            "source_key": source_key,
            "office": office,
            "file_hash": file_hash,
            "title": doc.title,
            "published": doc.published,
            "language": doc.language,
            "text": doc.text,
            "schema_version": records.schema_version,
            "ingested_at": first_seen or now,
            "pipeline_version": __version__,
            "profile": profile,
            "version": version,
            "superseded": False,
        }
        pending.document(source_key, row, index_entry(vid, doc.title, doc.text))
        self._insert_records(conn, vid, records, pending)
        if source_key in self._within(conn).corrected_sources(office):
            pending.write(conn)  # the corrections are moved onto rows that must be there
            carry_over(conn, vid, office, source_key, records)
        older = [i for i in siblings if i != vid]
        if older:
            conn.execute(
                update(d)
                .where(d.c.id.in_(older), d.c.superseded.is_(False))
                .values(superseded=True, superseded_by=vid, superseded_at=now)
            )
        return StoreResult(vid, version, older)

    def _versions_of_sources(self, conn: Connection, office: str, source_keys: list[str]) -> dict[str, list[Any]]:
        """Each source file's archived versions (`_VERSIONS_OF_SOURCE` rows), one query for all of them."""
        d = S.documents
        found: dict[str, list[Any]] = {key: [] for key in source_keys}
        for part in in_chunks(list(found)):
            query = select(d.c.id, d.c.version, d.c.ingested_at, d.c.source_key).where(
                d.c.office == office, d.c.source_key.in_(part)
            )
            for row in conn.execute(query):
                found[row.source_key].append(row)
        return found

    def _delete_version(self, conn: Connection, vid: str) -> None:
        for table in S.CHILD_TABLES:
            conn.execute(delete(table).where(table.c.document_id == vid))
        conn.execute(delete(S.documents).where(S.documents.c.id == vid))
        unindex_document(conn, self.dialect, vid)

    def _within(self, conn: Connection) -> TransactionReads:
        """What the documents written in one transaction all read (see `TransactionReads`)."""
        if self._reads is None or self._reads.conn is not conn:
            self._reads = TransactionReads(conn)
        return self._reads

    def _resolver(self, conn: Connection) -> UnitResolver:
        if self._unit_keys is None:
            self._unit_keys = set(conn.execute(select(S.units.c.key)).scalars())
        return UnitResolver(self._unit_keys)

    def _insert_records(self, conn: Connection, vid: str, records: Records, pending: PendingRows) -> None:
        """One document's record rows into `pending` (`record_rows.py`), with this archive's unit lookups."""
        queue_record_rows(pending, vid, records, self._resolver(conn), self._within(conn).merged_units())

    def _insert_ignore(self, table: Any) -> Any:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(table).on_conflict_do_nothing()
        if self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(table).on_conflict_do_nothing()
        return table.insert().prefix_with("IGNORE")

    # -- reading records back -------------------------------------------

    def load(self, ids: Iterable[str]) -> list[Records]:
        """`Records` for document version ids, in the order given (unknown ids are left out)."""
        return list(self.load_map(ids).values())

    def load_map(self, ids: Iterable[str]) -> dict[str, Records]:
        """Document version id -> `Records`, in the order given (unknown ids are left out)."""
        return read_records(self.read, ids)


def open_archive(url: str | Path = DEFAULT_URL, *, create: bool = False) -> Archive:
    """An existing archive (for queries): a missing SQLite file is an `ArchiveError`, not a new empty archive."""
    return Archive(url, create=create)


def default_url_for(out_dir: str | Path) -> str:
    return normalize_url(Path(out_dir) / "archive.sqlite")


def office_name() -> str:
    """Default office label: the machine's name (so two offices' identical paths never collide)."""
    import platform

    return os.environ.get("PIPELINE_OFFICE") or platform.node() or "local"
