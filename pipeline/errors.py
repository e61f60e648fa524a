"""Named errors. Stages raise these; the CLI turns them into one clear line.

A user mistake (bad file, bad template, unknown unit) is a `PipelineError`
and never reaches the user as a traceback. Anything else is a bug.
"""

from __future__ import annotations

from pathlib import Path


class PipelineError(Exception):
    """Base class: a problem the user can act on."""


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


class TemplateError(PipelineError):
    """A report template failed to load or render; the message names file and line."""


class ArchiveError(PipelineError):
    """The archive could not be opened, migrated or queried."""
