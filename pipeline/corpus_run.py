"""`pipeline run`: a whole corpus into records files, the archive and a review report.

Where `batch.extract_files` only extracts, a run also hashes every file so a
re-run skips what the archive already holds, treats identical files as one
document, spreads extraction over worker processes (`workers.py`), hands each
finished document to the `RunWriter` (records file + archive transaction),
and ends with the review report. It shares the batch's summary and failure
handling (`batch.py`): one bad file never stops a run.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .batch import BatchSummary, no_rules_warning, refused_input, write_errors
from .collector import collector_paused
from .errors import PipelineError, describe_failure
from .files import atomic_write_text, check_writable, output_name, remove_stale_temp_files, stable_name
from .lifecycle import Interrupted
from .models import Records
from .progress import ProgressView, plural
from .run_writer import RunWriter
from .settings import Settings
from .workers import Outcome, chunked, forked_pool, preload, process_paths, run_pool

# what the report's renders import, for workers to import ahead (names only: importing them here is the cost avoided)
RENDER_MODULES = ("pipeline.report.pool_render", "docxtpl")


@dataclass
class Task:
    """One input file of a run."""

    path: Path
    name: str  # records file name, unique in the run
    file_hash: str = ""
    source_key: str = ""
    archived_id: str | None = None  # document version id once stored or found unchanged
    refresh: bool = False  # its records file must be rewritten from the archive (it now equals another file)


@dataclass
class RunSummary(BatchSummary):
    archived_ids: list[str] = field(default_factory=list)
    report: list[Path] = field(default_factory=list)
    report_error: str | None = None
    notices: list[str] = field(default_factory=list)
    not_read: list[dict[str, str]] = field(default_factory=list)  # files passed over, with the reason

    @property
    def ok(self) -> bool:
        return not self.failed and self.report_error is None


def hash_file(path: Path) -> str:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))  # a file swapped for a link is not read
    with open(fd, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def source_key(path: Path) -> str:
    """The archive's identity of a source file on this machine: its absolute path."""
    return path.resolve().as_posix()


def run_corpus(
    corpus: Path | list[Path],
    out_dir: Path,
    settings: Settings,
    db_url: str | None = None,
    *,
    force: bool = False,
    office: str | None = None,
    stream: IO[str] | None = None,
    tty: bool | None = None,
    quiet: bool = False,
) -> RunSummary:
    """`pipeline run`: folders and files into records files, the archive and the review report.

    1. walk `corpus` (`inputs.collect`: supported suffixes, recursively, never
       through a symbolic link, never the tool's own outputs; every file passed
       over is listed) and name each records file (stable across deletions);
    2. hash every file; a file whose own current archived version has these
       bytes is skipped (unless `force`); a file with the same bytes as
       another archived document, or as another file of this run, is that
       document (its own old version, if any, is superseded by it);
    3. ingest and extract the rest: a process pool of `settings.workers`
       (0 = one per core), or this process when one worker is enough;
    4. per document, as it arrives: `records/<stem>.json` (atomic write), then
       the archive (one transaction; a changed file supersedes its old version);
    5. `errors.jsonl`; records files missing for skipped documents are written
       from the archive;
    6. the review report (`pipeline.report.write_reports`) from the archived
       records of every file of the corpus, processed now or before.
    """
    from .archive.store import Archive, default_url_for, office_name
    from .ingest import SUPPORTED_SUFFIXES
    from .ingest.office import find_soffice
    from .inputs import collect, mark_output

    stream = stream or sys.stderr
    roots = corpus if isinstance(corpus, list) else [corpus]
    summary = RunSummary()
    used: set[str] = set()
    records_dir = out_dir / "records"
    found = collect(
        roots,
        out_dir,
        SUPPORTED_SUFFIXES,
        convertible=find_soffice(settings) is not None,
        on_skip=refused_input(summary, echo=False),
    )
    summary.not_read = [s.row() for s in found.skipped]
    tasks = [Task(p, stable_name(output_name(p), str(p), records_dir, used)) for p in found.files]
    office = office or office_name()
    for folder in (out_dir, records_dir):
        check_writable(folder)  # a read-only or full --out fails now, not after the first document
        remove_stale_temp_files(folder)
    mark_output(out_dir)

    with _stop_cleanly(summary), Archive(db_url or default_url_for(out_dir)) as archive, ExitStack() as later:
        # 2. hashes and what is archived already
        readable: list[Task] = []
        for t in tasks:
            try:
                t.file_hash, t.source_key = hash_file(t.path), source_key(t.path)
                readable.append(t)
            except OSError as exc:
                code = "missing" if isinstance(exc, FileNotFoundError) else "unreadable"
                summary.failed += 1
                summary.errors.append({"file": str(t.path), "error": code, "reason": exc.strerror or str(exc)})
        own = archive.current_by_source(office, (t.source_key for t in readable))
        known = {} if force else archive.current_by_hash(t.file_hash for t in readable)
        first_of: dict[str, Task] = {}
        todo: list[Task] = []
        copies: list[Task] = []
        for t in readable:
            mine = own.get(t.source_key)
            if not force and mine is not None and mine[1] == t.file_hash:  # its own current version: unchanged
                t.archived_id = mine[0]
                summary.skipped += 1
            elif t.file_hash in known:  # now equal to another archived file: that document, relinked below
                t.archived_id = known[t.file_hash]
                copies.append(t)
            elif t.file_hash in first_of:
                copies.append(t)
            else:
                first_of[t.file_hash] = t
                todo.append(t)

        # 3. workers
        workers = settings.workers or os.cpu_count() or 1
        chunks = chunked(todo, settings.batch_size, workers)
        workers = max(1, min(workers, len(chunks)))
        by_path = {str(t.path): t for t in todo}

        view = ProgressView(stream, len(todo), tty, quiet=quiet)
        view.skipped(summary.skipped)
        where = ", ".join(str(p) for p in roots)
        view.note(
            f"run: {plural(len(tasks), 'file')} in {where}, {summary.skipped} unchanged, "
            f"{len(todo)} to process with {plural(workers, 'worker')} ({settings.profile} profile)"
            + (f"; {plural(len(found.skipped), 'file')} not read (below)" if found.skipped else "")
        )
        for skip in found.skipped:
            view.note(f"not read: {skip.path}: {skip.reason}")
        for err in summary.errors:
            view.note(f"error: {err['file']}: {err['reason']}", error=True)
        loading = f"loading the language model ({settings.profile} profile), a few seconds ..."
        pool: ProcessPoolExecutor | None = None
        if todo and workers > 1:
            view.note(loading)
            # forked now, before the progress bar's and the records writer's threads start
            pool = forked_pool(settings, workers, todo[0].path)
            later.enter_context(_shut_down(pool))  # kept to the end: its idle workers render the report
        with view:
            if todo and workers == 1:
                view.waiting(loading)  # loaded with the first chunk; the bar says so meanwhile
            if workers > 1:
                outcomes: Iterable[Outcome] = run_pool(
                    [[str(t.path) for t in c] for c in chunks], settings, workers, started=pool, keep=True
                )
            else:
                outcomes = (o for c in chunks for o in process_paths([t.path for t in c], settings))

            # 4. records files in the background, archive rows one transaction per chunk
            def stored(t: Task, records: Records, vid: str) -> None:
                t.archived_id = vid
                summary.processed += 1
                view.advance(
                    str(t.path), n_records=sum(1 for _ in records.iter_records()), warning=no_rules_warning(records)
                )

            with RunWriter(archive, records_dir, office=office, profile=settings.profile, stored=stored) as writer:
                for outcome in outcomes:
                    if outcome.error is not None:
                        summary.failed += 1
                        summary.errors.append(outcome.error)
                        view.advance(outcome.path, error=outcome.error["reason"])
                        continue
                    assert outcome.records_json is not None
                    writer.add(by_path[outcome.path], outcome.records_json)
            summary.outputs.extend(writer.outputs)

        for t in copies:  # a copy of another file (archived, or in this run) is the same document
            if t.archived_id is not None:
                summary.skipped += 1
                t.refresh = _relink(archive, office, t, own)
                continue
            first = first_of[t.file_hash]
            if first.archived_id is None:
                summary.failed += 1
                summary.errors.append(
                    {"file": str(t.path), "error": "failed_copy", "reason": f"same bytes as {first.path}, which failed"}
                )
            else:
                t.archived_id = first.archived_id
                summary.skipped += 1
                t.refresh = _relink(archive, office, t, own)

        # 5. errors (and the files not read) and records files of skipped documents
        write_errors(out_dir, summary.errors + summary.not_read)
        written = {t.name for t in todo if t.archived_id}
        missing = [
            t
            for t in tasks
            if t.archived_id and t.name not in written and (t.refresh or not (records_dir / t.name).exists())
        ]
        for i in range(0, len(missing), 200):
            part = missing[i : i + 200]
            by_id = archive.load_map(t.archived_id for t in part if t.archived_id)
            for t in part:
                if t.archived_id in by_id:
                    atomic_write_text(records_dir / t.name, _as_source(by_id[t.archived_id], t.path).to_json())

        # 6. the report from every archived document of the corpus
        summary.archived_ids = list(dict.fromkeys(t.archived_id for t in tasks if t.archived_id))
        write_report(archive, summary, out_dir, settings, stream, pool, workers)
    return summary


@contextmanager
def _shut_down(pool: ProcessPoolExecutor | None) -> Iterator[None]:
    """A pool started ahead of the run ends with it, even when the run stops before using it."""
    try:
        yield
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _relink(archive: Any, office: str, t: Task, own: dict[str, tuple[str, str]]) -> bool:
    """A file whose bytes now equal another document's: its own old version stops being current.

    Returns whether its records file must be rewritten (it held the old version's records).
    """
    mine = own.get(t.source_key)
    if mine is None or t.archived_id is None or mine[0] == t.archived_id:
        return False
    archive.supersede_source(office, t.source_key, t.archived_id)
    return True


def _as_source(records: Records, path: Path) -> Records:
    """Records of an identical document, named for this file (its records file is this file's)."""
    if records.document.source == str(path):
        return records
    return records.model_copy(update={"document": records.document.model_copy(update={"source": str(path)})})


@contextmanager
def _stop_cleanly(summary: BatchSummary) -> Iterator[None]:
    """Stop the run with one line that says how many documents are complete (and that a rerun resumes).

    Ctrl-C and SIGTERM become `Interrupted`; a full or read-only disk and a
    lost database become a `PipelineError`. Every document counted is whole
    in its records file and in the archive; the one in progress is not there
    at all (atomic writes, one transaction per document).
    """
    try:
        yield
    except KeyboardInterrupt:
        raise Interrupted(summary.processed) from None
    except Exception as exc:
        line = describe_failure(exc)
        if line is None:
            raise
        raise PipelineError(
            f"{line} ({summary.processed} documents saved before this; run the same command again to resume)"
        ) from exc


def write_report(
    archive: Any,
    summary: RunSummary,
    out_dir: Path,
    settings: Settings,
    stream: IO[str],
    pool: ProcessPoolExecutor | None = None,
    workers: int = 1,
) -> None:
    """Call the report stage if it is installed; a missing report module is a notice, not a failure.

    `pool`: the run's workers, idle now; they import the renderers while this
    process loads the records and builds the context, then render the Word
    and HTML files (`pipeline/report/pool_render.py`).
    """
    if not summary.archived_ids:
        print("report: skipped, no document of this corpus is in the archive", file=stream)
        return
    preload(pool, workers, RENDER_MODULES)
    try:
        from .report import write_reports
    except ImportError as exc:
        notice = f"report: skipped, the report stage is not available ({exc})"
        summary.notices.append(notice)
        print(notice, file=stream)
        return
    ids = summary.archived_ids
    if len(ids) > settings.report_max_documents:
        # a review draft of thousands of releases helps nobody and would hold them all in memory
        notice = (
            f"report: drafted from the {settings.report_max_documents} most recently processed of {len(ids)} documents "
            "(report_max_documents); `pipeline report --from-archive --unit NAME --period YEAR` drafts any subset"
        )
        summary.notices.append(notice)
        print(notice, file=stream)
        ids = ids[-settings.report_max_documents :]
    from .archive.corrections import effective_records

    with collector_paused(len(ids)):  # a bounded burst of objects that live until the report is written
        records_list = effective_records(archive, ids)  # staff corrections included
        try:
            written = write_reports(records_list, out_dir, settings, pool=pool)
        except PipelineError as exc:
            summary.report_error = str(exc)
            print(f"error: report: {exc}", file=stream)
            return
    if isinstance(written, dict):
        written = list(written.values())
    summary.report = [Path(p) for p in written or []]
    if summary.report:
        print(
            f"report: {', '.join(str(p) for p in summary.report)} ({plural(len(records_list), 'document')})",
            file=stream,
        )
