"""Registered spaCy factories for the rule components (filled in by extraction work)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import init_doc


def _noop(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        init_doc(doc)
        return doc

    return component


for _name in ("pr_layout", "pr_units", "pr_people", "pr_awards", "pr_figures", "pr_movements", "pr_events"):
    if not Language.has_factory(_name):
        Language.factory(_name)(_noop)
