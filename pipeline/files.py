"""File helpers shared by every stage that writes: atomic writes, safe names, walking inputs."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write to a temporary file beside `path`, fsync, then rename over it.

    A reader (or a killed run) sees either the old file or the whole new one,
    never half of it.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are shared like any file
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | Path, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def output_name(source: str | Path, suffix: str = ".json") -> str:
    """The output file name for a source: its stem, never a path.

    Non-ASCII letters and spaces are kept; path separators and a leading dot
    are not, so an output can never land outside `--out`.
    """
    stem = Path(source).stem.replace("/", "_").replace("\\", "_").lstrip(".") or "document"
    return stem + suffix


def iter_input_files(inputs: Iterable[str | Path], suffixes: Iterable[str] | None = None) -> Iterator[Path]:
    """Files named directly, and files below folders (recursively, sorted, hidden ones skipped).

    A named file is yielded whatever its suffix (so an unsupported one gets a
    clear error later); files found inside folders are filtered by `suffixes`.
    """
    wanted = {s.lower() for s in suffixes} if suffixes else None
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                rel = child.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                if wanted is None or child.suffix.lower() in wanted:
                    yield child
        else:
            yield p
