"""Batch processing: walk inputs, ingest, extract with `nlp.pipe`, write outputs, collect errors.

One bad file never stops a batch: its `IngestError` becomes one line on
stderr and one row in `errors.jsonl`, and the batch goes on.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import IngestError
from .files import atomic_write_text, iter_input_files, output_name
from .models import IngestedDocument, Records
from .settings import Settings


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
            summary.failed += 1
            summary.errors.append({"file": exc.path, "error": exc.code, "reason": exc.reason})
            print(f"error: {exc.path}: {exc.reason}", file=sys.stderr)


def write_errors(out_dir: Path, errors: list[dict[str, str]]) -> None:
    lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors)
    atomic_write_text(out_dir / "errors.jsonl", lines)


def extract_files(
    inputs: list[Path],
    out_dir: Path | None,
    settings: Settings,
    stream: IO[str] | None = None,
) -> BatchSummary:
    """`pipeline extract`: records for every readable input, in `out_dir` or on `stream`."""
    from .extract import extract_documents, load_nlp
    from .ingest import SUPPORTED_SUFFIXES

    summary = BatchSummary()
    paths = list(iter_input_files(inputs, SUPPORTED_SUFFIXES))
    nlp = load_nlp(settings)
    docs = ingest_all(paths, settings, summary)
    used_names: set[str] = set()
    for records in extract_documents(docs, nlp, settings):
        summary.processed += 1
        if stream is not None:
            stream.write(records.model_dump_json() + "\n")
            continue
        assert out_dir is not None
        name = unique_name(output_name(records.document.source), used_names)
        summary.outputs.append(atomic_write_text(out_dir / name, records.to_json()))
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_errors(out_dir, summary.errors)
    return summary


def unique_name(name: str, used: set[str]) -> str:
    """`a.json`, then `a-2.json`: two inputs with one stem never overwrite each other."""
    stem, dot, suffix = name.rpartition(".")
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}{dot}{suffix}"
    used.add(candidate)
    return candidate
