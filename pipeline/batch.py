"""Batch processing: walk inputs, ingest, extract with `nlp.pipe`, write outputs, collect errors.

`extract_files` is `pipeline extract` (records files or JSONL, no archive).
`pipeline run` (workers, the archive, re-runs that skip unchanged files, the
report) is `corpus_run.run_corpus`, built on the summary and failure handling
here.

One bad file never stops a batch: its `IngestError` (or an extraction
error, or a worker crash) becomes one line on stderr and one row in
`errors.jsonl`, and the batch goes on.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .errors import IngestError
from .files import (
    atomic_write_text,
    check_writable,
    iter_input_files,
    output_name,
    remove_stale_temp_files,
    stable_name,
)
from .lifecycle import Interrupted
from .models import NO_PACK_WARNING, IngestedDocument, Records
from .progress import ProgressView
from .settings import Settings
from .terminal import terminal_safe

LOGGER = logging.getLogger(__name__)


@dataclass
class BatchSummary:
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    outputs: list[Path] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)

    def line(self) -> str:
        return f"processed {self.processed}, skipped as unchanged {self.skipped}, failed {self.failed}"


def ingest_all(paths: Iterable[Path], settings: Settings, summary: BatchSummary) -> Iterator[IngestedDocument]:
    """Read each file; record and report the ones that cannot be read."""
    from .ingest import read_document

    for path in paths:
        try:
            yield read_document(path, settings)
        except IngestError as exc:
            record_failure(summary, exc.path, exc.code, exc.reason)
        except Exception as exc:  # noqa: BLE001 - a reader library's own bug must not stop the batch
            LOGGER.exception("reading %s failed", path)
            record_failure(summary, str(path), "unreadable", f"could not be read ({type(exc).__name__}: {exc})")


def record_failure(summary: BatchSummary, path: str, code: str, reason: str) -> None:
    summary.failed += 1
    summary.errors.append({"file": path, "error": code, "reason": reason})
    print(terminal_safe(f"error: {path}: {reason}"), file=sys.stderr)


def refused_input(summary: BatchSummary, echo: bool = True) -> Callable[[Path, str, str], None]:
    """What to do with an input the walk refuses (a symbolic link, a device): a failure row, nothing read."""

    def refuse(path: Path, code: str, reason: str) -> None:
        if echo:
            record_failure(summary, str(path), code, reason)
        else:
            summary.failed += 1
            summary.errors.append({"file": str(path), "error": code, "reason": reason})

    return refuse


def write_errors(out_dir: Path, errors: list[dict[str, str]]) -> None:
    lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    atomic_write_text(out_dir / "errors.jsonl", lines)


def extract_files(
    inputs: list[Path],
    out_dir: Path | None,
    settings: Settings,
    stream: IO[str] | None = None,
    quiet: bool = False,
) -> BatchSummary:
    """`pipeline extract`: records for every readable input, in `out_dir` or on `stream`.

    Progress (with the time left) goes to stderr, so JSON lines on stdout stay clean.
    """
    from .extract import extract_documents
    from .ingest import SUPPORTED_SUFFIXES

    summary = BatchSummary()
    paths = list(iter_input_files(inputs, SUPPORTED_SUFFIXES, on_skip=refused_input(summary)))
    if out_dir is not None:
        check_writable(out_dir)
        remove_stale_temp_files(out_dir)
    docs = ingest_all(paths, settings, summary)
    used_names: set[str] = set()
    view = ProgressView(sys.stderr, len(paths), quiet=quiet)
    try:
        view.__enter__()
        view.waiting(f"loading the language model ({settings.profile} profile), a few seconds ...")
        failed = 0
        for records in extract_documents(docs, None, settings):
            view.done += summary.failed - failed  # failures are reported by `ingest_all`
            failed = summary.failed
            summary.processed += 1
            notice = no_rules_warning(records)
            if notice:  # shown even with --quiet: the user must know why nothing came out
                view.note(f"warning: {records.document.source}: {notice}", error=True)
            view.advance(records.document.source, n_records=sum(1 for _ in records.iter_records()))
            if stream is not None:
                stream.write(records.model_dump_json() + "\n")
                continue
            assert out_dir is not None
            source = records.document.source
            name = stable_name(output_name(source), source, out_dir, used_names)
            summary.outputs.append(atomic_write_text(out_dir / name, records.to_json()))
    except KeyboardInterrupt:
        raise Interrupted(len(summary.outputs) if stream is None else summary.processed) from None
    finally:
        view.__exit__()
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_errors(out_dir, summary.errors)
    return summary


def no_rules_warning(records: Records) -> str | None:
    """The warning of a document whose language has no extraction rules (its records are empty)."""
    return next((w for w in records.warnings if w.startswith(NO_PACK_WARNING)), None)
