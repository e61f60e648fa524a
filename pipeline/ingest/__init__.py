"""Ingest: one reader per format, all giving an `IngestedDocument`.

`read_document(path, settings)` is the only entry point other stages use:

1. refuse what cannot be read safely (missing, unsupported, too large);
2. the format's reader turns bytes into raw text, title and date;
3. `clean.clean_text` removes web debris and normalises whitespace/quotes;
4. `dates` finds the publication date when the reader did not.

Errors are raised as `pipeline.errors.IngestError` subclasses, never returned.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import FileVanished, TooLarge, UnsupportedFormat
from ..models import IngestedDocument
from ..settings import Settings
from . import txt

READERS = {
    ".txt": txt.read,
    ".md": txt.read,
}

SUPPORTED_SUFFIXES = frozenset(READERS)


def read_document(path: str | Path, settings: Settings | None = None) -> IngestedDocument:
    """Read one file into cleaned text, title and date, or raise an `IngestError`."""
    settings = settings or Settings()
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedFormat(path, f"unsupported file type {path.suffix or '(none)'!r}; supported: {', '.join(sorted(READERS))}")
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise FileVanished(path, "file not found (moved or deleted?)") from exc
    if size > settings.max_file_mb * 1024 * 1024:
        raise TooLarge(path, f"file is {size / 1048576:.1f} MB, over the {settings.max_file_mb:g} MB limit (max_file_mb)")
    return reader(path, settings)
