"""Build the spaCy pipeline for one language: the statistical model (or a blank one) plus our rule components.

Profiles:
- `default`: the language's statistical model (`model_packages` in
  `data/<lang>/language.yml`) with only the components extraction uses
  (ner, which embeds tokens itself; the shared tok2vec, parser, tagger and
  lemmatizer are not run), then the rule components; the model reads only
  the windows around person cues, where its entities are used, in bounded
  pieces (`person_cues.py`, `pieces.py`); a language without a model runs
  the rules alone;
- `fast`: a blank pipeline with the rule components only, for large
  backlogs. The rules carry the extraction; the model's entities only add
  names beside a title or honorific that the surname lexicon does not know.

The language comes from the document (ingest's guess) unless the `lang`
setting overrides it; each language gets its own pipeline, built once per
process and cached. Every rule component reads its language's data files
(`data/<lang>/`): the components hold no language of their own.
"""

from __future__ import annotations

import gc
import logging
import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

from ..settings import DEFAULT_LANG, Settings
from .lexicon import check_pack, load_data
from .lexicon_models import LanguageData
from .pieces import run_model_in_pieces

LOGGER = logging.getLogger(__name__)

UNUSED_MODEL_PIPES = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter")
RULE_PIPES = ("pr_units", "pr_people", "pr_events", "pr_awards", "pr_figures", "pr_movements")


class ModelMissingWarning(UserWarning):
    """The statistical model is not installed; the blank (rules-only) pipeline is used."""


def blank(lang: str) -> Language:
    """A blank pipeline with the language's tokenizer settings (from its language.yml)."""
    spec = load_data(lang, "language", LanguageData)
    return spacy.blank(spec.spacy_lang, config=spec.blank_config)


def load_base(model: str, profile: str, lang: str = DEFAULT_LANG) -> Language:
    """The model without the components we do not use, or a blank pipeline."""
    packages = load_data(lang, "language", LanguageData).model_packages
    if profile == "fast" or not packages:
        return blank(lang)
    for name in (model, *[m for m in packages if m != model]):
        try:
            nlp = spacy.load(name, exclude=[p for p in UNUSED_MODEL_PIPES])
        except OSError:
            continue
        LOGGER.debug("loaded spaCy model %s", name)
        return drop_unheard_tok2vec(nlp)
    warnings.warn(
        f"spaCy model {model!r} is not installed (pip install {packages[-1].replace('_', '-')}); "
        "running the blank rules-only pipeline, organisation names outside the lexicons will be missed",
        ModelMissingWarning,
        stacklevel=2,
    )
    return blank(lang)


def drop_unheard_tok2vec(nlp: Language) -> Language:
    """The shared tok2vec costs a quarter of the model's time; only the tagger and parser listen to it."""
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:  # type: ignore[attr-defined]
        nlp.remove_pipe("tok2vec")
    return nlp


def build_nlp(settings: Settings | None = None, lang: str | None = None) -> Language:
    """The full extraction pipeline for one language and the settings' profile and model."""
    from . import components  # noqa: F401  (registers the factories)

    settings = settings or Settings()
    lang = lang or settings.lang or DEFAULT_LANG
    check_pack(lang)
    nlp = run_model_in_pieces(load_base(settings.model, settings.profile, lang), lang)
    nlp.max_length = max(nlp.max_length, settings.max_text_chars)  # the cleaned text is cut there already
    nlp.add_pipe("pr_layout", config={"lang": lang})
    nlp.add_pipe("pr_unit_ruler", name="unit_ruler", config={"lang": lang})
    for name in RULE_PIPES:
        nlp.add_pipe(name, config={"lang": lang})
    return nlp


@lru_cache(maxsize=8)
def _cached(model: str, profile: str, lang: str) -> Language:
    nlp = build_nlp(Settings(model=model, profile=profile), lang)
    # A loaded pipeline holds some 100,000 container objects (pattern tries, cue tables, the
    # vocabulary's Python side) that live as long as the process. Left to the collector, every
    # full collection walks them all again: over a batch that costs up to a fifth of the fast
    # profile's time. Frozen, they are never scanned; objects made later are collected as usual.
    gc.freeze()
    return nlp


def load_nlp(settings: Settings | None = None, lang: str | None = None) -> Language:
    """`build_nlp`, loaded once per process, language, profile and model (models are slow to load)."""
    settings = settings or Settings()
    return _cached(settings.model, settings.profile, lang or settings.lang or DEFAULT_LANG)
