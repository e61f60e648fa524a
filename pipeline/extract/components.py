"""Every factory of the project, registered in one place (thin: logic lives in the classes).

Listed under `[project.entry-points.spacy_factories]` too, so a saved
pipeline loads with `spacy.load()`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import init_doc, register_extensions
from .layout import Layout
from .figures import FigureFinder
from .people import PeopleFinder
from .units import UnitResolver

register_extensions()


@Language.factory("pr_layout", assigns=["token.is_sent_start", "token._.place"])
def make_layout(nlp: Language, name: str) -> Layout:
    return Layout(nlp, name)


@Language.factory("pr_units", assigns=["doc.spans", "doc._.units"], default_config={"lang": "en", "source_key": "unit_mentions"})
def make_units(nlp: Language, name: str, lang: str, source_key: str) -> UnitResolver:
    return UnitResolver(nlp, name, lang=lang, source_key=source_key)


@Language.factory("pr_people", assigns=["doc._.people", "doc.spans"], default_config={"lang": "en"})
def make_people(nlp: Language, name: str, lang: str) -> PeopleFinder:
    return PeopleFinder(nlp, name, lang=lang)


@Language.factory("pr_figures", assigns=["doc._.figures"], default_config={"lang": "en"})
def make_figures(nlp: Language, name: str, lang: str) -> FigureFinder:
    return FigureFinder(nlp, name, lang=lang)


def _pending(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        init_doc(doc)
        return doc

    return component


for _name in ("pr_awards", "pr_movements", "pr_events"):
    if not Language.has_factory(_name):
        Language.factory(_name)(_pending)
