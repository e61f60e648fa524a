"""Named errors. Stages raise these; the CLI turns them into one clear line.

A user mistake (bad file, bad template, unknown unit) is a `PipelineError`
and never reaches the user as a traceback. Anything else is a bug.
"""

from __future__ import annotations

import errno
from pathlib import Path


class PipelineError(Exception):
    """Base class: a problem the user can act on. `exit_code` is what the CLI exits with."""

    exit_code = 1


class UsageError(PipelineError):
    """A usage mistake (bad option value, bad setting, nothing matches a filter): exit status 2."""

    exit_code = 2


class SettingsError(UsageError):
    """A setting is unknown or has a bad value; the message names the key and where it came from."""


class IngestError(PipelineError):
    """A file could not be turned into text. `reason` is one short sentence."""

    code = "unreadable"

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormat(IngestError):
    code = "unsupported_format"


class EmptyDocument(IngestError):
    code = "empty"


class CorruptFile(IngestError):
    code = "corrupt"


class EncryptedFile(IngestError):
    code = "encrypted"


class NoTextLayer(IngestError):
    code = "no_text_layer"


class TooLarge(IngestError):
    code = "too_large"


class FileVanished(IngestError):
    code = "missing"


class SymbolicLink(IngestError):
    """Links are never followed: one planted in an inbox could carry any readable file into the archive."""

    code = "skipped_link"


class TemplateError(UsageError):
    """A report template failed to load or render; the message names file and line."""


class ArchiveError(PipelineError):
    """The archive could not be opened, migrated or queried."""


class QueryError(ArchiveError):
    """A query the archive cannot answer as asked (no words, no such unit, no archive there): exit status 2."""

    exit_code = 2


# errno -> what to do, for failures of the machine rather than of an input file
_OS_HINTS = {
    errno.ENOSPC: "the disk is full; free some space and run again",
    errno.EDQUOT: "the disk quota is used up; free some space and run again",
    errno.EROFS: "the file system is read-only; choose a writable place",
    errno.EACCES: "permission denied; fix the permissions or choose another place",
    errno.EPERM: "not permitted; fix the permissions or choose another place",
}


def describe_failure(exc: BaseException) -> str | None:
    """One line for a failure of the machine, not of the program: disk, permissions, a lost database.

    None for anything else (a bug keeps its traceback). The line names the
    path (or the database) and what to do; never a driver's SQL and parameters.
    """
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        what = _OS_HINTS.get(exc.errno or 0) or exc.strerror or type(exc).__name__
        return f"{where}{what}"
    from sqlalchemy import exc as sa

    if isinstance(exc, (sa.OperationalError, sa.InterfaceError, sa.DisconnectionError, sa.TimeoutError)):
        orig = getattr(exc, "orig", None) or exc
        lines = str(orig).strip().splitlines() if not isinstance(orig, sa.StatementError) else []
        first = lines[0][:200] if lines else type(orig).__name__
        return f"the archive database failed ({first}); check that it is reachable and run again"
    return None
