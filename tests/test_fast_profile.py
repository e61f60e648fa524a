"""The fast profile's speed work changes how things are computed, never what is found.

Each rewrite (lexeme flags for the unit ruler's word sets, array reads
instead of token loops, scans over lower-cased text) is checked here
against the plain form it replaces, on the bundled real texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher

from pipeline.extract.flags import as_lexeme_flags
from pipeline.extract.lexicon import load_patterns
from pipeline.extract.nlp import build_nlp, expand_place_tokens
from pipeline.ingest import read_document
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
TEXTS = sorted(
    p for folder in ("corpus", "tests/gold_blind", "tests/gold_blind_en2") for p in (REPO / folder).glob("*.txt")
)


def texts() -> list[str]:
    """The bundled texts as ingest cleans them (some are not UTF-8)."""
    return [read_document(p, Settings()).text for p in TEXTS]


@pytest.fixture(scope="module")
def fast_nlp():
    return build_nlp(Settings(profile="fast"), "en")


def test_there_are_texts_to_compare() -> None:
    assert len(TEXTS) >= 10


def test_unit_ruler_checks_no_word_set_in_python(fast_nlp) -> None:
    """Set, NOT_IN and regex tests on words are lexeme flags: the Matcher keeps no Python predicate."""
    matcher = fast_nlp.get_pipe("unit_ruler").matcher
    assert matcher._extra_predicates == []


def test_flagged_unit_patterns_match_exactly_what_the_plain_ones_match(fast_nlp) -> None:
    plain = Matcher(fast_nlp.vocab, validate=False)
    for i, pattern in enumerate(expand_place_tokens(load_patterns("en", "unit_patterns"))):
        plain.add(f"{i}", [pattern["pattern"]])
    flagged = Matcher(fast_nlp.vocab, validate=False)
    for i, pattern in enumerate(
        as_lexeme_flags(fast_nlp.vocab, expand_place_tokens(load_patterns("en", "unit_patterns")))
    ):
        flagged.add(f"{i}", [pattern["pattern"]])
    assert flagged._extra_predicates == [] and plain._extra_predicates
    layout = fast_nlp.get_pipe("pr_layout")
    found = 0
    for text in texts():
        doc = layout(fast_nlp.make_doc(text))
        assert flagged(doc) == plain(doc), text[:80]
        found += len(plain(doc))
    assert found > 50  # the texts do name units


def test_rewriting_again_reuses_the_vocabulary_flags(fast_nlp) -> None:
    before = dict(fast_nlp.vocab.lex_attr_getters)
    as_lexeme_flags(fast_nlp.vocab, expand_place_tokens(load_patterns("en", "unit_patterns")))
    assert fast_nlp.vocab.lex_attr_getters == before


def test_flags_are_set_on_words_first_met_inside_a_memory_zone(fast_nlp) -> None:
    """A word the vocabulary has never seen gets its flags when it is created (here: a new casing)."""
    (pattern,) = as_lexeme_flags(fast_nlp.vocab, [{"label": "x", "pattern": [{"LOWER": {"IN": ["zqxsocial"]}}]}])
    matcher = Matcher(fast_nlp.vocab, validate=False)
    matcher.add("x", [pattern["pattern"]])
    with fast_nlp.memory_zone():
        assert len(matcher(fast_nlp.make_doc("The ZQXSocial office"))) == 1
