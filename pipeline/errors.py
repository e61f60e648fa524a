"""Named errors. Stages raise these; the CLI turns them into one clear line.

A user mistake (bad file, bad template, unknown unit) is a `PipelineError`
and never reaches the user as a traceback. Anything else is a bug.
"""

from __future__ import annotations

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


class TemplateError(UsageError):
    """A report template failed to load or render; the message names file and line."""


class ArchiveError(PipelineError):
    """The archive could not be opened, migrated or queried."""


class QueryError(ArchiveError):
    """A query the archive cannot answer as asked (no words, no such unit, no archive there): exit status 2."""

    exit_code = 2
