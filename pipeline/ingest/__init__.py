"""Ingest: one reader per format, all giving an `IngestedDocument`.

`read_document(path, settings)` is the only entry point other stages use.
Its stages, in order:

1. refuse what cannot be read safely: an unsupported suffix, a missing or
   vanished file, a symbolic link, something that is not a regular file, zero bytes, a file
   over `max_file_mb`, and the format's own guard (`GUARDS`: a .docx that
   would unpack over `max_docx_unpacked_mb`);
2. read: `READERS[suffix]` turns bytes into raw text lines (`base.RawText`),
   with the title and date when the file's metadata has them;
3. clean: bidirectional controls are removed (with a warning), then
   `clean.clean_text` removes web debris, marks captions and
   normalises whitespace and quotes (offsets from here on are final);
4. title and date: `dates.find_top_matter` finds the headline and the
   dateline near the top, and reconciles them with the file's metadata;
5. limit: text over `max_text_chars` is cut at a line end, with a warning;
   the language is guessed ("vi" or "en").

Rejections raise `pipeline.errors.IngestError` subclasses, never return None.
"""

from __future__ import annotations

import stat
from pathlib import Path

from ..errors import EmptyDocument, FileVanished, IngestError, SymbolicLink, TooLarge, UnsupportedFormat
from ..models import IngestedDocument, TextSpan
from ..settings import Settings
from . import docx, html, office, pdf, txt
from .base import MB, Guard, RawText, Reader
from .clean import Cleaned, clean_text, remove_bidi_controls
from .dates import find_top_matter
from .lang import guess_language

READERS: dict[str, Reader] = {
    ".txt": txt.read,
    ".md": txt.read,
    ".html": html.read,
    ".htm": html.read,
    ".docx": docx.read,
    ".pdf": pdf.read,
    **dict.fromkeys(office.CONVERTIBLE, office.read),
}

GUARDS: dict[str, Guard] = {
    ".docx": docx.guard,
}

SUPPORTED_SUFFIXES = frozenset(READERS)

__all__ = ["READERS", "SUPPORTED_SUFFIXES", "read_document", "clean_text"]


def read_document(path: str | Path, settings: Settings | None = None) -> IngestedDocument:
    """Read one file into cleaned text, title and date, or raise an `IngestError`."""
    settings = settings or Settings()
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        refuse_unsafe(path, suffix, settings)  # 1
        raw = READERS[suffix](path, settings)  # 2
    except FileNotFoundError as exc:
        raise FileVanished(path, "file not found (moved or deleted?)") from exc
    except PermissionError as exc:
        raise IngestError(path, "permission denied") from exc
    except IsADirectoryError as exc:
        raise UnsupportedFormat(path, "is a folder, not a file") from exc
    except OSError as exc:
        raise IngestError(path, f"could not be read ({exc.strerror or exc})") from exc
    raw_text, n_bidi = remove_bidi_controls(raw.text)
    cleaned = clean_text(raw_text)  # 3
    if not cleaned.text.strip():
        raise EmptyDocument(path, "no text left after removing page debris")
    title = remove_bidi_controls(raw.title)[0] if raw.title else raw.title
    top = find_top_matter(cleaned.text, cleaned.captions, title, raw.published)  # 4
    warnings = [*raw.warnings, *top.warnings]
    if n_bidi:
        warnings.append(
            f"removed {n_bidi} bidirectional control character{'s' if n_bidi > 1 else ''} "
            "(they make text display differently from what it says)"
        )
    cleaned = limit_length(cleaned, settings, warnings)  # 5
    return IngestedDocument(
        source=str(path),
        text=cleaned.text,
        title=top.title,
        published=top.published,
        language=guess_language(cleaned.text),
        format=raw.format,
        captions=[TextSpan(start=s, end=e) for s, e in cleaned.captions],
        warnings=warnings,
    )


def refuse_unsafe(path: Path, suffix: str, settings: Settings) -> None:
    if suffix not in READERS:
        shown = suffix or "(none)"
        raise UnsupportedFormat(path, f"unsupported file type {shown!r}; supported: {', '.join(sorted(READERS))}")
    st = path.lstat()  # FileNotFoundError -> FileVanished in read_document
    if stat.S_ISLNK(st.st_mode):  # checked again here: a file may be swapped for a link after the walk
        raise SymbolicLink(path, "is a symbolic link; links are never followed (name the file itself)")
    if stat.S_ISDIR(st.st_mode):
        raise UnsupportedFormat(path, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise UnsupportedFormat(path, "not a regular file (a device, pipe or socket)")
    if st.st_size == 0:
        raise EmptyDocument(path, "file is empty (0 bytes)")
    if st.st_size > settings.max_file_mb * MB:
        raise TooLarge(
            path, f"file is {st.st_size / MB:.1f} MB, over the {settings.max_file_mb:g} MB limit (max_file_mb)"
        )
    guard = GUARDS.get(suffix)
    if guard is not None:
        guard(path, settings)


def limit_length(cleaned: Cleaned, settings: Settings, warnings: list[str]) -> Cleaned:
    """Cut text over `max_text_chars` at the last line end before the limit."""
    limit = settings.max_text_chars
    if len(cleaned.text) <= limit:
        return cleaned
    cut = cleaned.text.rfind("\n", 0, limit + 1)
    cut = cut if cut > 0 else limit
    text = cleaned.text[:cut].rstrip()
    warnings.append(f"text cut at {len(text):,} of {len(cleaned.text):,} characters (max_text_chars)")
    captions = [(s, e) for s, e in cleaned.captions if e <= len(text)]
    return Cleaned(text=text, captions=captions, removed=cleaned.removed)


def read_raw(path: str | Path, settings: Settings | None = None) -> RawText:
    """Stages 1-2 only: the reader's text before cleaning (for benchmarks and debugging)."""
    settings = settings or Settings()
    path = Path(path)
    refuse_unsafe(path, path.suffix.lower(), settings)
    return READERS[path.suffix.lower()](path, settings)
