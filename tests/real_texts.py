"""The bundled real texts by language: what the tests that check a speed rewrite against the plain
form it replaces read (with the `lang_nlp` fixture of conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.ingest import read_document
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
FOLDERS = {
    "en": ("corpus", "tests/gold_blind", "tests/gold_blind_en2"),
    "vi": ("tests/gold_blind_vi", "tests/gold_blind_vi14"),
}


def texts(lang: str) -> list[str]:
    """The cleaned texts of the bundled samples and blind sets in one language."""
    paths = sorted(p for folder in FOLDERS[lang] for p in (REPO / folder).glob("*.txt"))
    return [read_document(p, Settings()).text for p in paths]


def laid_out(nlp: Any, text: str) -> Any:
    """A Doc of `text` after the layout step alone."""
    doc = nlp.make_doc(text)
    doc._.meta = {}
    return nlp.get_pipe("pr_layout")(doc)
