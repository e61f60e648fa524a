"""Every factory of the project, registered in one place (thin: logic lives in the classes).

Listed under `[project.entry-points.spacy_factories]` too, so a saved
pipeline loads with `spacy.load()`.
"""

from __future__ import annotations

from spacy.language import Language

from . import tokenizer  # noqa: F401  (registers pr.syllable_tokenizer.v1)
from .awards import AwardFinder
from .awards_vi import HeadFirstAwardFinder
from .events import EventFinder
from .extensions import register_extensions
from .figures import FigureFinder
from .layout import Layout
from .lexicon import load
from .movements import MovementFinder
from .people import PeopleFinder
from .people_vi import HeadFirstPeopleFinder
from .units import UnitResolver

register_extensions()


@Language.factory("pr_layout", assigns=["token.is_sent_start", "token._.place"])
def make_layout(nlp: Language, name: str) -> Layout:
    return Layout(nlp, name)


@Language.factory(
    "pr_units", assigns=["doc.spans", "doc._.units"], default_config={"lang": "en", "source_key": "unit_mentions"}
)
def make_units(nlp: Language, name: str, lang: str, source_key: str) -> UnitResolver:
    return UnitResolver(nlp, name, lang=lang, source_key=source_key)


@Language.factory("pr_people", assigns=["doc._.people", "doc.spans"], default_config={"lang": "en"})
def make_people(nlp: Language, name: str, lang: str) -> PeopleFinder:
    # Head-first title languages (Vietnamese) need a cue for every name: see people_vi.
    if load(lang, "people").get("title_order") == "head_first":
        return HeadFirstPeopleFinder(nlp, name, lang=lang)
    return PeopleFinder(nlp, name, lang=lang)


@Language.factory("pr_figures", assigns=["doc._.figures"], default_config={"lang": "en"})
def make_figures(nlp: Language, name: str, lang: str) -> FigureFinder:
    return FigureFinder(nlp, name, lang=lang)


@Language.factory("pr_awards", assigns=["doc._.awards"], default_config={"lang": "en"})
def make_awards(nlp: Language, name: str, lang: str) -> AwardFinder:
    # Head-first languages (Vietnamese) place counts and recipients differently: see awards_vi.
    if load(lang, "people").get("title_order") == "head_first":
        return HeadFirstAwardFinder(nlp, name, lang=lang)
    return AwardFinder(nlp, name, lang=lang)


@Language.factory("pr_movements", assigns=["doc._.movements"], default_config={"lang": "en"})
def make_movements(nlp: Language, name: str, lang: str) -> MovementFinder:
    return MovementFinder(nlp, name, lang=lang)


@Language.factory("pr_events", assigns=["doc._.events"], default_config={"lang": "en"})
def make_events(nlp: Language, name: str, lang: str) -> EventFinder:
    return EventFinder(nlp, name, lang=lang)
