"""Plain text and Markdown: decode, clean, find title and date."""

from __future__ import annotations

from pathlib import Path

from ..errors import EmptyDocument
from ..models import IngestedDocument
from ..settings import Settings


def read(path: Path, settings: Settings) -> IngestedDocument:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
    if not text.strip():
        raise EmptyDocument(path, "file is empty")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return IngestedDocument(source=str(path), text=text, title=title, format=path.suffix.lstrip(".").lower())
