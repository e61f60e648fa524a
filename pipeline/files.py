"""File helpers shared by every stage that writes: atomic writes, safe names, walking inputs.

Walking inputs never follows a symbolic link and never yields anything but a
regular file inside the folders given: a link planted in an inbox
(`ln -s /etc/shadow inbox/x.txt`) would otherwise carry a private file into
the archive, its full-text search, exports and reports (docs/safety.md).
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

SKIPPED_LINK = "skipped_link"
NOT_REGULAR = "not_regular_file"
STALE_TEMP_SECONDS = 15 * 60  # an atomic write takes seconds; an older temporary file is a killed run's


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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are shared like any file
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.filename is None:  # a full disk on write() names no file; the user needs to know which
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def check_writable(folder: Path) -> None:
    """Create `folder` and prove a file can be written in it, before any work that would be lost.

    Raises the `OSError` (permissions, read-only or full disk) with the folder as its filename.
    """
    folder.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".write-check.{os.getpid()}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(folder)) from exc
    os.close(fd)
    os.unlink(tmp)


def atomic_write_text(path: str | Path, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def output_name(source: str | Path, suffix: str = ".json") -> str:
    """The output file name for a source: its stem, never a path.

    Non-ASCII letters and spaces are kept; path separators and a leading dot
    are not, so an output can never land outside `--out`.
    """
    stem = Path(source).stem.replace("/", "_").replace("\\", "_").lstrip(".") or "document"
    return stem + suffix


Skip = Callable[[Path, str, str], None]
"""Called with (path, code, reason) for an input that is refused."""


def iter_input_files(
    inputs: Iterable[str | Path], suffixes: Iterable[str] | None = None, on_skip: Skip | None = None
) -> Iterator[Path]:
    """Files named directly, and files below folders (recursively, sorted, hidden ones skipped).

    A named file is yielded whatever its suffix (so an unsupported one gets a
    clear error later); files found inside folders are filtered by `suffixes`.
    Symbolic links (a named file, or anything inside a folder) and anything
    that is not a regular file inside the folder given are refused: `on_skip`
    hears of each, with the code `skipped_link` or `not_regular_file`. A
    folder named by the user is walked even if it is itself a link.
    """
    wanted = {s.lower() for s in suffixes} if suffixes else None

    def skip(path: Path, code: str, reason: str) -> None:
        if on_skip is not None:
            on_skip(path, code, reason)

    for item in inputs:
        p = Path(item)
        if p.is_dir():  # a folder named by the user may itself be a link: it is what they chose
            root = p.resolve()
            for child in _walk(p):
                rel = child.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if wanted is not None and child.suffix.lower() not in wanted and not child.is_dir():
                    continue
                if child.is_symlink():
                    skip(child, SKIPPED_LINK, "is a symbolic link; links are never followed")
                elif child.is_dir():
                    continue
                elif not _inside(child, root):
                    skip(child, SKIPPED_LINK, f"resolves outside {p}; not read")
                elif not child.is_file():
                    skip(child, NOT_REGULAR, "not a regular file (a device, pipe or socket); not read")
                else:
                    yield child
        elif p.is_symlink():
            skip(p, SKIPPED_LINK, "is a symbolic link; links are never followed (name the file itself)")
        elif p.exists() and not p.is_file():
            skip(p, NOT_REGULAR, "not a regular file (a device, pipe or socket); not read")
        else:
            yield p  # a missing file gets its own clear error from the reader


def _walk(folder: Path) -> list[Path]:
    """Everything below `folder`, sorted, without descending into linked folders."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(base / d for d in dirnames if (base / d).is_symlink())  # reported, never entered
        found.extend(base / f for f in filenames)
    return sorted(found)


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a loop or a vanished parent: not provably inside
        return False


def is_regular_file(path: Path) -> bool:
    """A regular file that is not a symbolic link (checked without following one)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


_TEMP_NAME = re.compile(r"^\..+\.(\d+)-[^.]*\.tmp$")


def remove_stale_temp_files(folder: Path) -> int:
    """Remove temporary files a killed run left in `folder` (not recursive); returns how many.

    A temporary file is stale when the process named in it is gone (same
    machine) or it is older than any atomic write takes; a concurrent run's
    file in the middle of its write is left alone.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        m = _TEMP_NAME.match(entry.name)
        if not m or not entry.is_file(follow_symlinks=False):
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS
            if old or not _pid_alive(int(m.group(1))):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


_SOURCE_FIELD = re.compile(r'"source"\s*:\s*("(?:[^"\\]|\\.)*")')


def records_owner(path: Path) -> str | None:
    """The `document.source` a records file was written for (read from its first bytes), or None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192).decode("utf-8", errors="replace")
    except OSError:
        return None
    m = _SOURCE_FIELD.search(head)
    if not m:
        return None
    try:
        value = json.loads(m.group(1))
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def stable_name(name: str, source: str, folder: Path, used: set[str]) -> str:
    """`a.json`, `a-2.json`, ...: the first name in `folder` that is free or already this source's.

    A name taken by another source's records file stays taken, even after
    that source is deleted, so a file keeps its records file name across
    deletions and a records file never silently changes owner.
    """
    stem, dot, suffix = name.rpartition(".")
    n = 1
    while True:
        candidate = name if n == 1 else f"{stem}-{n}{dot}{suffix}"
        if candidate not in used:
            owner = records_owner(folder / candidate)
            if owner is None or _same_path(owner, source):
                used.add(candidate)
                return candidate
        n += 1


def _same_path(a: str, b: str) -> bool:
    if a == b:
        return True
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):
        return False
