"""Every factory of the project, registered in one place (thin: logic lives in the classes).

Each takes the language of its data files as `lang` in its config
(`nlp.add_pipe(name, config={"lang": "vi"})`); left empty, it is the
pipeline's own language (`nlp.lang`).

Listed under `[project.entry-points.spacy_factories]` too, so a saved
pipeline loads with `spacy.load()`.
"""

from __future__ import annotations

from spacy.language import Language

from ..settings import DEFAULT_LANG
from . import tokenizer  # noqa: F401  (registers pr.syllable_tokenizer.v1)
from .awards import AwardFinder
from .awards_vi import HeadFirstAwardFinder
from .events import EventFinder
from .extensions import register_extensions
from .figures import FigureFinder
from .layout import Layout
from .lexicon import load_data
from .lexicon_models import PeopleData
from .movements import MovementFinder
from .people import PeopleFinder
from .people_vi import HeadFirstPeopleFinder
from .unit_ruler import UnitRuler
from .units import UnitResolver

register_extensions()


def pack_lang(nlp: Language, lang: str | None) -> str:
    """The language pack a component reads: its `lang` config, else the pipeline's language."""
    return lang or nlp.lang or DEFAULT_LANG


def head_first(lang: str) -> bool:
    """Does the pack write titles head first ("Giám đốc BHXH tỉnh X")? Its people and
    award readers then follow that word order (people_vi, awards_vi)."""
    return load_data(lang, "people", PeopleData).title_order == "head_first"


@Language.factory("pr_layout", assigns=["token.is_sent_start", "token._.place"], default_config={"lang": None})
def make_layout(nlp: Language, name: str, lang: str | None) -> Layout:
    return Layout(nlp, name, lang=pack_lang(nlp, lang))


@Language.factory("pr_unit_ruler", assigns=["doc.spans"], default_config={"lang": None})
def make_unit_ruler(nlp: Language, name: str, lang: str | None) -> UnitRuler:
    return UnitRuler(nlp, name, lang=pack_lang(nlp, lang))


@Language.factory(
    "pr_units", assigns=["doc.spans", "doc._.units"], default_config={"lang": None, "source_key": "unit_mentions"}
)
def make_units(nlp: Language, name: str, lang: str | None, source_key: str) -> UnitResolver:
    return UnitResolver(nlp, name, lang=pack_lang(nlp, lang), source_key=source_key)


@Language.factory("pr_people", assigns=["doc._.people", "doc.spans"], default_config={"lang": None})
def make_people(nlp: Language, name: str, lang: str | None) -> PeopleFinder:
    lang = pack_lang(nlp, lang)
    if head_first(lang):  # titles before and after a name, a cue required: see people_vi
        return HeadFirstPeopleFinder(nlp, name, lang=lang)
    return PeopleFinder(nlp, name, lang=lang)


@Language.factory("pr_figures", assigns=["doc._.figures"], default_config={"lang": None})
def make_figures(nlp: Language, name: str, lang: str | None) -> FigureFinder:
    return FigureFinder(nlp, name, lang=pack_lang(nlp, lang))


@Language.factory("pr_awards", assigns=["doc._.awards"], default_config={"lang": None})
def make_awards(nlp: Language, name: str, lang: str | None) -> AwardFinder:
    lang = pack_lang(nlp, lang)
    if head_first(lang):  # counts and recipients in head-first word order: see awards_vi
        return HeadFirstAwardFinder(nlp, name, lang=lang)
    return AwardFinder(nlp, name, lang=lang)


@Language.factory("pr_movements", assigns=["doc._.movements"], default_config={"lang": None})
def make_movements(nlp: Language, name: str, lang: str | None) -> MovementFinder:
    return MovementFinder(nlp, name, lang=pack_lang(nlp, lang))


@Language.factory("pr_events", assigns=["doc._.events"], default_config={"lang": None})
def make_events(nlp: Language, name: str, lang: str | None) -> EventFinder:
    return EventFinder(nlp, name, lang=pack_lang(nlp, lang))
