"""Connecting to an archive database: its URL, and SQLite's settings for a safe shared file.

A bare path means a SQLite file. A SQLite archive runs in WAL mode (readers
never wait for the writer), with a busy timeout (two writers queue instead of
failing) and foreign keys on; an archive on read-only media is opened
read-only. Any other URL goes to SQLAlchemy (PostgreSQL with its driver).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from ..errors import ArchiveError, QueryError

BUSY_TIMEOUT_MS = 30_000

__all__ = ["BUSY_TIMEOUT_MS", "make_engine", "normalize_url", "sqlite_path"]


def normalize_url(value: str | Path) -> str:
    """A database URL; a bare path (`outputs/archive.sqlite`) means a SQLite file."""
    value = str(value)
    if "://" in value:
        return value
    return f"sqlite:///{value}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str, create: bool = True) -> Engine:
    try:
        u = make_url(url)
    except ArgumentError as exc:
        raise QueryError(f"not a database URL: {url!r} (e.g. sqlite:///outputs/archive.sqlite)") from exc
    backend = u.get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            if not path.exists() and not create:
                raise QueryError(
                    f"no archive at {path}; `pipeline run FOLDER` builds one (later commands find it), "
                    "or give the archive with --db PATH"
                )
            if not create and not _writable(path):
                return _read_only_engine(path)
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_events(engine)
        return engine
    try:
        return create_engine(u, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        hint = " (pip install 'vss-emulation-pipeline[postgres]')" if backend == "postgresql" else ""
        raise ArchiveError(f"no driver for {u.drivername}: {exc}{hint}") from exc


def _writable(path: Path) -> bool:
    """Can SQLite write the file and create its WAL side files beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _read_only_engine(path: Path) -> Engine:
    """Queries on an archive that cannot be written (read-only media, another user's folder).

    WAL mode needs its `-shm` side file; where it cannot be created, SQLite
    opens the file as immutable (nobody can be writing it there anyway).
    """
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            conn = sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False)
        return conn

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _sqlite_events(engine: Engine) -> None:
    """WAL, busy_timeout, foreign keys; and transactions SQLAlchemy's own way (not pysqlite's)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed transaction
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("archive_write") else "BEGIN")
