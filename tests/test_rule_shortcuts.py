"""The shortcuts of the layout, unit ruler, units and people steps, each against the plain form it
replaces, on the bundled real texts of each language."""

from __future__ import annotations

from typing import Any

import pytest
from real_texts import laid_out, texts
from spacy.attrs import IDX, ORTH  # type: ignore[import-not-found]
from spacy.util import filter_chain_spans

from pipeline.extract import anchored
from pipeline.extract.doc_reads import word_ids, word_list
from pipeline.extract.extensions import sentence_bounds, sentence_span
from pipeline.extract.nlp import build_nlp
from pipeline.settings import Settings


def test_the_unit_ruler_keeps_the_spans_spacy_s_filter_keeps(lang_nlp: tuple[str, Any]) -> None:
    lang, nlp = lang_nlp
    ruler = nlp.get_pipe("unit_ruler")
    for text in texts(lang):
        doc = laid_out(nlp, text)
        plain = filter_chain_spans([], ruler.match(doc))
        assert ruler.ruled(doc) == [(s.start, s.end, s.label, s.id, s.label_, s.id_) for s in plain]
        ruler(doc)
        assert [(s.start, s.end, s.label_, s.id_) for s in doc.spans["unit_mentions"]] == [
            (s.start, s.end, s.label_, s.id_) for s in plain
        ]


def test_the_unit_ruler_s_strings_outlive_a_memory_zone() -> None:
    """A label or id string first added inside a zone (by a `Span` of the plain `match`) leaves
    with it: the ruler must not keep an id the next zone's string store no longer has."""
    nlp = build_nlp(Settings(profile="fast"), "en")  # its ruler has met no match yet
    ruler = nlp.get_pipe("unit_ruler")
    with nlp.memory_zone():
        for text in texts("en"):
            doc = laid_out(nlp, text)
            ruler.match(doc)  # adds the strings, inside the zone
            ruler(doc)
    with nlp.memory_zone():
        for text in texts("en"):
            doc = laid_out(nlp, text)
            ruler(doc)
            assert all(s.id_ is not None for s in doc.spans["unit_mentions"])


def test_the_layout_leaves_the_columns_the_merged_doc_has(lang_nlp: tuple[str, Any]) -> None:
    lang, nlp = lang_nlp
    merged = 0
    for text in texts(lang):
        doc = laid_out(nlp, text)
        merged += len(doc._.meta["places"])
        assert word_ids(doc, ORTH).tolist() == doc.to_array([ORTH]).tolist()
        assert word_list(doc, IDX) == [t.idx for t in doc]
    assert merged > 10  # places were merged: the columns are the merged Doc's


def test_an_abbreviation_in_brackets_names_its_unit_later(nlp: Any) -> None:
    """The brackets after a unit are told by their word ids, the abbreviation by its token."""
    from pipeline.extract import extract_text

    records = extract_text(
        "Ho Chi Minh City Social Security (HCMSS) held a ceremony on Monday. Later, HCMSS awarded 12 units. "
        "Dong Nai Social Security ( DNSS ) said DNSS would follow. Binh Duong Social Security (bdss) met.",
        nlp=nlp,
    )
    mentions = {u.name: u.mentions for u in records.units}
    assert mentions["Ho Chi Minh City Social Security"] == ["Ho Chi Minh City Social Security", "HCMSS"]
    assert mentions["Dong Nai Social Security"] == ["Dong Nai Social Security", "DNSS"]
    assert mentions["Binh Duong Social Security"] == ["Binh Duong Social Security"]  # not upper case


def test_sentence_characters_from_the_kept_offsets_are_the_sentence_spans(lang_nlp: tuple[str, Any]) -> None:
    """What the cluster reader takes a sentence's characters from, against the sentence `Span`."""
    lang, nlp = lang_nlp
    for text in texts(lang):
        doc = laid_out(nlp, text)
        offsets = word_list(doc, IDX)
        for start, end in sentence_bounds(doc):
            sent = sentence_span(doc, start, end)
            assert (offsets[start], offsets[end - 1] + len(doc[end - 1])) == (sent.start_char, sent.end_char)


def test_the_anchored_matcher_finds_the_same_when_its_word_tables_start_again(
    lang_nlp: tuple[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The word tables start again past `KNOWN_WORDS`, between documents: never while one is read."""
    lang, nlp = lang_nlp
    matcher = nlp.get_pipe("unit_ruler").matcher
    docs = [laid_out(nlp, text) for text in texts(lang)]
    expected = [sorted(matcher(doc)) for doc in docs]
    monkeypatch.setattr(anchored, "KNOWN_WORDS", 50)
    assert [sorted(matcher(doc)) for doc in docs] == expected
    assert len(matcher.known) < 50 + max(len(doc) for doc in docs)


def test_the_people_found_are_the_same_when_the_word_facts_start_again(
    lang_nlp: tuple[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`DocWords` keeps word facts between documents up to `KNOWN_WORDS`, then starts again: a
    small table must give the same people as a large one."""
    from pipeline.extract import doc_words

    lang, nlp = lang_nlp
    found = [[(s.start, s.end, s.label_) for s in nlp(text).spans.get("people", [])] for text in texts(lang)]
    monkeypatch.setattr(doc_words, "KNOWN_WORDS", 50)
    assert [[(s.start, s.end, s.label_) for s in nlp(text).spans.get("people", [])] for text in texts(lang)] == found
    assert any(found)


def test_an_ascii_word_folds_to_its_lower_case() -> None:
    """`fold` lower-cases an ASCII word without the accent folding: NFKD leaves every ASCII character
    as it is and none of them combines, so the folding would give the word back."""
    import unicodedata

    from pipeline.extract.lexicon import fold
    from pipeline.folding import ascii_name

    assert all(unicodedata.normalize("NFKD", c) == c and not unicodedata.combining(c) for c in map(chr, range(128)))
    words = {w for lang in ("en", "vi") for text in texts(lang) for w in text.split()}
    assert any(not w.isascii() for w in words) and any(w.isascii() for w in words)
    for word in words:
        assert fold(word) == ascii_name(word).lower()
