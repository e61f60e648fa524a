"""Worker processes for `pipeline run`: chunks of files read and extracted in worker
processes, with a crashed worker's files retried one at a time so only the file at
fault fails.

Where the platform can fork, the parent loads the spaCy pipeline once and forks
its workers before it starts any thread or writes anything (`forked_pool`): a
worker then starts in milliseconds and shares the model's pages with the parent,
where a spawned worker imports spaCy and loads the model again (1.2-1.5 s each,
two at once competing for the same cores). Pools started later (after a worker
crashed) are spawned: by then the parent runs threads, and forking a process
with threads can leave a lock held forever in the child."""

from __future__ import annotations

import atexit
import importlib
import logging
import math
import multiprocessing
import os
import sys
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .errors import IngestError
from .lifecycle import guard_worker
from .models import IngestedDocument
from .settings import DEFAULT_LANG, Settings

LOGGER = logging.getLogger(__name__)

CRASHED = "worker_crashed"
EXTRACTION_FAILED = "extraction_failed"
INGEST_FAILED = "ingest_failed"


@dataclass
class Outcome:
    """What a worker hands back for one file: records (as JSON) or an error row."""

    path: str
    records_json: str | None = None
    error: dict[str, str] | None = None


def _error(path: str, code: str, exc: BaseException) -> Outcome:
    return Outcome(path, error={"file": path, "error": code, "reason": f"{type(exc).__name__}: {exc}"})


def process_paths(paths: list[Path], settings: Settings) -> list[Outcome]:
    """Ingest and extract some files in this process (a worker, or the main process with one worker).

    A batch goes through `nlp.pipe`; if extraction raises, the rest of the batch
    is retried one document at a time so only the document at fault fails. An
    unexpected exception while reading or extracting one file (a bug, or a
    library choking on a strange file) fails that file, with its type and
    message in errors.jsonl and the traceback in the debug log; the batch goes on.
    """
    from .extract import extract_documents
    from .ingest import read_document

    outcomes: dict[str, Outcome] = {}
    ingested: list[tuple[str, IngestedDocument]] = []
    for path in paths:
        try:
            ingested.append((str(path), read_document(path, settings)))
        except IngestError as exc:
            outcomes[str(path)] = Outcome(str(path), error={"file": exc.path, "error": exc.code, "reason": exc.reason})
        except Exception as exc:  # noqa: BLE001 - this file fails, the batch goes on
            LOGGER.debug("reading %s failed", path, exc_info=True)
            outcomes[str(path)] = _error(str(path), INGEST_FAILED, exc)
    done = 0
    try:
        for records in extract_documents((doc for _, doc in ingested), None, settings):
            done_path = ingested[done][0]
            outcomes[done_path] = Outcome(done_path, records.to_json())
            done += 1
    except Exception:  # noqa: BLE001 - isolated below, one document at a time
        for failed_path, doc in ingested[done:]:
            try:
                outcomes[failed_path] = Outcome(failed_path, next(extract_documents([doc], None, settings)).to_json())
            except Exception as exc:  # noqa: BLE001 - this file fails, the batch goes on
                LOGGER.debug("extraction failed for %s", failed_path, exc_info=True)
                outcomes[failed_path] = _error(failed_path, EXTRACTION_FAILED, exc)
    return [outcomes[str(p)] for p in paths]


T = TypeVar("T")


def chunked(tasks: list[T], batch_size: int, workers: int) -> list[list[T]]:
    """The tasks in chunks for the workers: `batch_size` at most (the model's batch), and
    smaller towards the end, so that no worker is left alone with a full chunk while the
    others have finished (the last chunks hold a few documents each)."""
    size = max(1, min(batch_size, math.ceil(len(tasks) / (workers * 4)) if tasks else 1))
    if workers <= 1:  # one process takes them all in turn: nobody waits for anybody
        return [tasks[i : i + size] for i in range(0, len(tasks), size)]
    chunks: list[list[T]] = []
    i = 0
    while i < len(tasks):
        left = len(tasks) - i
        n = size if left > 2 * workers * size else max(1, min(size, math.ceil(left / (2 * workers))))
        chunks.append(tasks[i : i + n])
        i += n
    return chunks


def _worker_init(settings_json: str, load: bool = True) -> None:
    """Pool initializer: die with the parent, ignore Ctrl-C, exit fast, load the spaCy pipeline once per worker."""
    guard_worker()
    atexit.register(_exit_now)
    if load:
        from .extract import load_nlp

        load_nlp(Settings.model_validate_json(settings_json))


def _exit_now() -> None:
    """A spawned worker ends with a full interpreter shutdown, which tears down every module
    of spaCy and the model (about a second), and `pipeline run` waits for it before its report.
    By the time exit handlers run, the worker has sent all its results (the pool's result
    queue writes synchronously), so it flushes its log and streams and leaves at once."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(0)


def forked_pool(settings: Settings, workers: int, sample: Path | None = None) -> ProcessPoolExecutor | None:
    """A pool of `workers` processes forked from this one after it loaded the spaCy pipeline, or None.

    None where fork is not available (Windows, macOS defaults aside) or this
    process already runs other Python threads; `run_pool` then spawns its pool.
    The workers are forked here and now (the first task of a fork pool starts
    every process), so call this before starting threads or opening output
    files. The parent has only opened its archive by then: the workers inherit
    the connection's descriptor but never use it, and leave through
    `os._exit`, which closes nothing on the parent's side. The model's objects
    were moved out of the garbage collector's reach when it was loaded
    (`gc.freeze`), so the workers do not copy its pages by merely running.

    The pipeline loaded is the language of `sample` (the run's first file),
    unless the settings fix one: a worker loads another language's pipeline
    only when it meets a document in it, so a Vietnamese batch does not wait
    for the English model.
    """
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return None
    from .extract import load_nlp

    load_nlp(settings, _language_of(sample, settings))
    for stream in (sys.stdout, sys.stderr):  # a forked worker flushes its copy of the buffers when it ends
        stream.flush()
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_worker_init,
        initargs=(settings.model_dump_json(), False),  # the pipeline is loaded already
    )
    with warnings.catch_warnings():
        # Python 3.12+ warns when forking with any OS thread alive; the only ones here are
        # OpenBLAS's idle pool threads (numpy), which OpenBLAS itself stops and restarts around fork.
        warnings.filterwarnings("ignore", message=r".*multi-threaded.*fork", category=DeprecationWarning)
        pool.submit(os.getpid).result()
    return pool


def _import_modules(names: tuple[str, ...]) -> None:
    for name in names:
        importlib.import_module(name)


def preload(pool: ProcessPoolExecutor | None, workers: int, names: tuple[str, ...]) -> None:
    """Have the pool's idle processes import `names` now, one task per worker, without waiting.

    For work sent to them next (the report's renders): their imports then run
    while this process does its own part. The names are strings, so this
    process imports nothing; a failed import only leaves it to the task.
    """
    if pool is None:
        return
    try:
        for _ in range(workers):
            pool.submit(_import_modules, names)
    except (RuntimeError, BrokenProcessPool):  # shut down or broken: nothing to warm
        pass


def _language_of(path: Path | None, settings: Settings) -> str:
    """The language whose pipeline would read `path`; the default when it cannot be read (its worker will say why)."""
    from .extract import document_language
    from .extract.lexicon import has_pack
    from .ingest import read_document

    if settings.lang or path is None:
        return settings.lang or DEFAULT_LANG
    try:
        lang = document_language(read_document(path, settings), settings)
    except Exception:  # noqa: BLE001 - any failure is the worker's to report, with the file's name
        LOGGER.debug("could not read %s to choose the pipeline to load", path, exc_info=True)
        return DEFAULT_LANG
    return lang if has_pack(lang) else DEFAULT_LANG


@contextmanager
def _stopped_on_exit(pool: ProcessPoolExecutor) -> Iterator[None]:
    """On any exception (Ctrl-C, SIGTERM, a full disk in the parent): cancel queued chunks, end the workers now.

    Without this, leaving the pool's block would wait for every chunk in flight.
    """
    try:
        yield
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        processes = getattr(pool, "_processes", None) or {}  # private, but the only handle on the workers
        for proc in list(processes.values()):
            proc.terminate()
        raise


def _worker_chunk(paths: list[str], settings_json: str) -> list[Outcome]:
    return process_paths([Path(p) for p in paths], Settings.model_validate_json(settings_json))


def _crashed(path: str) -> Outcome:
    return Outcome(
        path, error={"file": path, "error": CRASHED, "reason": "the worker process died while reading this file"}
    )


def run_pool(
    chunks: list[list[str]],
    settings: Settings,
    workers: int,
    fn: Callable[[list[str], str], list[Outcome]] | None = None,
    started: ProcessPoolExecutor | None = None,
    keep: bool = False,
) -> Iterator[Outcome]:
    """Outcomes from a process pool, as chunks complete.

    The first pool is `started` (from `forked_pool`) when given; otherwise, and
    after a crash, workers are spawned and load the spaCy pipeline once each
    (by then the parent runs threads: a fork could copy a held lock). If a worker dies
    (a crashing PDF library, the OOM killer), the pool is restarted and the
    files that were in flight are retried one at a time, alone, so only the
    file at fault fails. `fn` (a module-level function, default
    `_worker_chunk`, which loads the spaCy pipeline in each worker first) is
    what a worker runs on a chunk of paths. With `keep`, the `started` pool
    stays open once every chunk is done (unless it broke): its idle processes
    can take other work, such as the report's renders, and the caller shuts it down.
    """
    fn = fn or _worker_chunk
    ctx = multiprocessing.get_context("spawn")
    settings_json = settings.model_dump_json()
    queue: deque[list[str]] = deque(chunks)
    suspects: deque[list[str]] = deque()
    while queue or suspects:
        load = fn is _worker_chunk  # a custom `fn` does its own setup
        pool = started or ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_worker_init, initargs=(settings_json, load)
        )
        kept = keep and started is not None
        started = None
        with nullcontext() if kept else pool, _stopped_on_exit(pool):
            in_flight: dict[Future[list[Outcome]], list[str]] = {}
            alone: set[Future[list[Outcome]]] = set()
            broken = False
            while not broken and (queue or suspects or in_flight):
                if suspects:
                    if not in_flight:
                        chunk = suspects.popleft()
                        fut = pool.submit(fn, chunk, settings_json)
                        in_flight[fut] = chunk
                        alone.add(fut)
                else:
                    while queue and len(in_flight) < workers * 2:
                        chunk = queue.popleft()
                        in_flight[pool.submit(fn, chunk, settings_json)] = chunk
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for fut in done:
                    chunk = in_flight.pop(fut)
                    try:
                        outcomes = fut.result()
                    except BrokenProcessPool:
                        broken = True
                        if fut in alone:
                            yield _crashed(chunk[0])
                        else:
                            suspects.extend([p] for p in chunk)
                        continue
                    yield from outcomes
            for chunk in in_flight.values():  # only left over when the pool broke
                suspects.extend([p] for p in chunk)
            if kept and broken:  # a broken pool is no use to anybody: closed as an unkept one would be
                pool.shutdown(wait=True)
