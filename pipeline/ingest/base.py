"""What a format reader hands to the shared stages, and helpers every reader uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..settings import Settings


@dataclass
class RawText:
    """A reader's output, before cleaning.

    `text` is one article line per line (paragraphs, table rows, captions).
    Readers mark a photo caption the way saved web pages do, as a line wrapped
    in pipes (`| caption |`), so `clean.clean_text` finds every caption in one
    place. `title` and `published` are set only when the file's own metadata
    says so (an HTML page's meta tags); otherwise `dates` finds them in the text.
    """

    text: str
    format: str
    title: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)


Reader = Callable[[Path, Settings], RawText]
Guard = Callable[[Path, Settings], None]

MB = 1024 * 1024


def caption_line(text: str) -> str:
    """A caption as readers emit it for the cleaner: `| text |`."""
    return f"| {' '.join(text.split())} |"
