"""The fast profile's speed work changes how things are computed, never what is found.

Each rewrite (the unit ruler's word tests read once per word, array reads
instead of token loops, scans over lower-cased text) is checked here
against the plain form it replaces, on the bundled real texts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.matcher import Matcher

from pipeline.extract.anchored import AnchoredMatcher, WordTests
from pipeline.extract.extensions import Sentence, sentence_of, sentences, text_of
from pipeline.extract.lexicon import CaselessSearch, lower_case_source
from pipeline.extract.nlp import build_nlp
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
def fast_nlp(nlp):
    return nlp  # the English fast pipeline, built once per test process


def test_there_are_texts_to_compare() -> None:
    assert len(TEXTS) >= 10


def test_unit_ruler_checks_no_word_set_in_python(fast_nlp) -> None:
    """Set, NOT_IN and regex tests on words are lexeme flags: the Matcher keeps no Python predicate."""
    matcher = fast_nlp.get_pipe("unit_ruler").matcher
    assert matcher._extra_predicates == []


def test_unit_word_tests_are_read_from_the_lexeme_as_the_matcher_reads_them(fast_nlp) -> None:
    """Each word's test bits give the same answer as a plain Matcher holding that one token test."""
    specs = [
        {"LOWER": {"IN": ["social", "insurance"]}},
        {"ORTH": {"NOT_IN": ["The", "A"]}, "IS_TITLE": True},
        {"TEXT": {"REGEX": "^[IVXL]+$"}},
        {"SHAPE": {"IN": ["X'xxxx"]}},
        {"LIKE_NUM": True},
        {"LOWER": "of"},
    ]
    tests = WordTests()
    masks = [tests.mask(spec) for spec in specs]
    doc = fast_nlp.make_doc("The Social insurance of Region XIV, D'lakk and A Luoi: 12 Offices, the ministry")
    for spec, mask in zip(specs, masks):
        plain = Matcher(fast_nlp.vocab, validate=False)
        plain.add("k", [[spec]])
        expected = sorted(start for _, start, _ in plain(doc))
        assert expected, spec
        assert [t.i for t in doc if tests.bits(t.lex) & mask == mask] == expected, spec


def test_unit_ruler_knows_words_first_met_inside_a_memory_zone(fast_nlp) -> None:
    """A word the vocabulary has never seen (here: a new casing) is tested when the ruler first meets it."""
    matcher = AnchoredMatcher(fast_nlp.vocab, [("x", [{"LOWER": {"IN": ["zqxsocial"]}}, {"LOWER": "office"}])])
    with fast_nlp.memory_zone():
        assert len(matcher(fast_nlp.make_doc("The ZQXSocial office"))) == 1
    with fast_nlp.memory_zone():
        assert len(matcher(fast_nlp.make_doc("The ZqxSocial office and zqxsocial office"))) == 2


def test_caseless_search_finds_the_same_matches_as_the_case_insensitive_regex(fast_nlp) -> None:
    awards = fast_nlp.get_pipe("pr_awards")
    scan = CaselessSearch(awards.any_award)
    assert scan.lower is not None  # the award forms are written in lower case: the fast path is taken
    found = 0
    for text in texts():
        for start in range(0, len(text), 97):
            end = min(len(text), start + 300)
            expected = awards.any_award.search(text, start, end)
            got = scan.search(text, start, end)
            assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group()))
            found += expected is not None
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in awards.any_award.finditer(text)]
    assert found > 20


def test_caseless_search_keeps_the_text_and_falls_back_where_lower_case_differs() -> None:
    scan = CaselessSearch(re.compile(r"certificates? of merit", re.IGNORECASE))
    m = scan.search("Two CERTIFICATES OF MERIT were given")
    assert m is not None and m.group() == "CERTIFICATES OF MERIT"
    # "ſ" (long s) matches "s" case-insensitively but lower-cases to itself: the text is searched as it is
    assert scan.search("a certificate of meritſ") is not None
    assert CaselessSearch(re.compile("s", re.IGNORECASE)).search("ſ") is not None
    # "İ" lower-cases to two characters: positions would move, so the text is searched as it is
    assert scan.search("İ certificate of merit").span() == (2, 22)


def test_sources_are_lowered_outside_escapes_and_group_names() -> None:
    assert lower_case_source(r"\b[A-C] Prizes?\b") == r"\b[a-c] prizes?\b"
    assert lower_case_source(r"(?i)\bFirst\b\W(?P<Name>x)") == r"\bfirst\b\W(?P<Name>x)"
    assert lower_case_source(r"\x41") is None
    assert lower_case_source(r"[Z-a]") is None
    scan = CaselessSearch(re.compile(r"Region [IVX]+\b", re.IGNORECASE))
    assert scan.lower is not None
    m = scan.search("the REGION iv office")
    assert m is not None and m.group() == "REGION iv"


def sentence_starts_token_by_token(layout, doc) -> list[bool]:
    """The boundary rule read token by token (the plain form of `Layout.set_sentences`)."""
    out = []
    for i, tok in enumerate(doc):
        if i == 0:
            out.append(True)
            continue
        prev = doc[i - 1]
        out.append(
            "\n" in prev.text
            or "\n" in prev.whitespace_
            or (
                prev.text in layout.sentence_end
                and (i < 2 or doc[i - 2].text not in layout.abbreviations)
                and (tok.is_title or tok.is_upper or tok.like_num or tok.text in layout.openers)
            )
        )
    return out


def test_sentence_boundaries_from_arrays_follow_the_token_rule(fast_nlp) -> None:
    layout = fast_nlp.get_pipe("pr_layout")
    sentences = 0
    for text in [*texts(), "Mr. Nguyen Van A spoke. then 5 people.\nNext line", "", "One"]:
        doc = fast_nlp.make_doc(text)
        doc._.meta = {}
        layout.set_sentences(doc)
        assert [bool(t.is_sent_start) for t in doc] == sentence_starts_token_by_token(layout, doc)
        layout.merge_places(doc)
        assert layout.sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]
        sentences += len(layout.sentence_bounds(doc))
        # the whole step keeps the bounds it worked out without reading them back from the Doc
        doc = layout(fast_nlp.make_doc(text))
        assert doc._.meta["sentences"] == [(s.start, s.end) for s in doc.sents]
    assert sentences > 200


def test_merged_places_carry_their_canonical_name(fast_nlp) -> None:
    doc = fast_nlp("The Dong Nai Social Security and Tran Thanh Hoa met in Đồng Nai.")
    places = [(t.text, t._.place) for t in doc if t._.is_place]
    assert places == [("Dong Nai", "Dong Nai"), ("Đồng Nai", "Dong Nai")]


def test_sentence_texts_are_the_spans_texts(fast_nlp) -> None:
    for text in texts()[:6]:
        doc = fast_nlp(text)
        sents = sentences(doc)
        assert all(isinstance(s, Sentence) for s in sents)
        assert [s.text for s in sents] == [doc[s.start : s.end].text for s in sents]
        assert sentence_of(doc, len(doc) - 1).text == doc[sents[-1].start : sents[-1].end].text


def test_the_doc_keeps_the_ingested_text_as_its_text(fast_nlp) -> None:
    from pipeline.extract import prepare_doc
    from pipeline.models import IngestedDocument

    for text in texts()[:6]:
        doc = prepare_doc(fast_nlp, IngestedDocument(source="x.txt", text=text))
        assert text_of(doc) == doc.text


def test_warm_up_counts_texts_over_calls() -> None:
    from pipeline.extract import warmup

    nlp = build_nlp(Settings(profile="fast"), "en")
    warmup.warm_vocabulary(nlp, ["one text"] * 3)
    assert warmup._warmed[nlp] == 3  # a small first call does not end the warm-up
    warmup.warm_vocabulary(nlp, ["another text"] * 100)
    assert warmup._warmed[nlp] == warmup.WARM_TEXTS
