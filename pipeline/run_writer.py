"""What `pipeline run` does with each finished document, kept off the workers' way.

With two workers on two cores the main process competes with them for the
CPU, and it used to pay, per document, one archive transaction and one
fsync'd records file before it could take the next result. Here:

- records files are written by a small thread pool: their fsync waits on the
  disk, not the CPU, and the main process goes on meanwhile;
- archive rows are buffered and committed together, one transaction for up
  to `chunk_docs` documents or `chunk_seconds` seconds, whichever comes first.

Nothing is lost on a kill: a document whose transaction did not commit is
not in the archive, so the next run processes its file again (its records
file, if it was written, is rewritten); a committed document whose records
file was not written yet is skipped as unchanged and its records file is
written from the archive. Progress is reported when a chunk is committed,
so "ok" on the terminal means "in the archive".
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .files import atomic_write_text
from .models import Records

LOGGER = logging.getLogger(__name__)

CHUNK_DOCS = 32
CHUNK_SECONDS = 1.0
FILE_THREADS = 4


class RunWriter:
    """Records files in the background, archive rows in chunked transactions."""

    def __init__(
        self,
        archive: Any,
        records_dir: Path,
        *,
        office: str,
        profile: str,
        stored: Callable[[Any, Records, str], None],
        chunk_docs: int = CHUNK_DOCS,
        chunk_seconds: float = CHUNK_SECONDS,
    ) -> None:
        """`stored(task, records, version_id)` is called for each document once its chunk is committed."""
        self.archive = archive
        self.records_dir = records_dir
        self.office = office
        self.profile = profile
        self.stored = stored
        self.chunk_docs = chunk_docs
        self.chunk_seconds = chunk_seconds
        self.outputs: list[Path] = []
        self._pending: list[tuple[Any, Records]] = []
        self._since = 0.0
        self._files = ThreadPoolExecutor(FILE_THREADS, thread_name_prefix="records-file")
        self._writes: list[Future[Path]] = []

    def __enter__(self) -> RunWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        """Commit what is buffered on a normal end and on Ctrl-C / SIGTERM (finished documents are
        saved, and counted as saved); on any other error leave it uncommitted (the next run redoes it)."""
        interrupted = exc_type is not None and issubclass(exc_type, KeyboardInterrupt)
        try:
            if exc_type is None:
                self.flush()
            elif interrupted:
                try:
                    self.flush()
                except Exception:  # noqa: BLE001 - the interrupt is what the user must see; the next run redoes these
                    LOGGER.debug("could not commit the last documents while stopping", exc_info=True)
        finally:
            self._files.shutdown(wait=True)  # never leave a half-written records file behind
        if exc_type is None:
            self.outputs.extend(f.result() for f in self._writes)

    def add(self, task: Any, records_json: str) -> None:
        """One finished document: `records_json` is its records file's text (`Records.to_json()`)."""
        records = Records.model_validate_json(records_json)
        self._writes.append(self._files.submit(atomic_write_text, self.records_dir / task.name, records_json))
        if not self._pending:
            self._since = time.monotonic()
        self._pending.append((task, records))
        if len(self._pending) >= self.chunk_docs or time.monotonic() - self._since >= self.chunk_seconds:
            self.flush()

    def flush(self) -> None:
        """Commit the buffered documents in one transaction, then report them."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        results = self.archive.store_many(
            [(records, task.file_hash, task.source_key) for task, records in pending],
            office=self.office,
            profile=self.profile,
        )
        for (task, records), result in zip(pending, results):
            self.stored(task, records, result.id)
