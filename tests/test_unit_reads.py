"""The units component reads the document without building tokens (`doc_reads.py`, `unit_of`):
each read is checked against the spaCy attribute it replaces, on the bundled real texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id

from pipeline.extract.doc_reads import (
    positions,
    sentence_start,
    span_text,
    word_id_array,
    word_ids,
)
from pipeline.extract.extensions import sentence_of
from pipeline.extract.nlp import build_nlp
from pipeline.extract.unit_owners import set_unit, unit_of
from pipeline.ingest import read_document
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
FOLDERS = {"en": ("corpus", "tests/gold_blind"), "vi": ("tests/gold_blind_vi",)}


@pytest.fixture(scope="module", params=["en", "vi"])
def lang_docs(request):
    nlp = build_nlp(Settings(profile="fast"), request.param)
    paths = sorted(p for folder in FOLDERS[request.param] for p in (REPO / folder).glob("*.txt"))
    return [nlp(read_document(p, Settings()).text) for p in paths]


def test_word_ids_are_the_tokens_text_and_lower_case_ids(lang_docs) -> None:
    for doc in lang_docs:
        assert word_ids(doc).tolist() == [get_string_id(t.text) for t in doc]
        assert word_ids(doc, LOWER).tolist() == [get_string_id(t.lower_) for t in doc]
        words = ["social", "of", "zqxunseen", "tỉnh"]
        assert positions(word_ids(doc, LOWER), word_id_array(words)) == [t.i for t in doc if t.lower_ in words]
        assert positions(word_ids(doc, ORTH), word_id_array([])) == []


def test_steering_committees_are_looked_for_wherever_the_opener_is_written(lang_docs) -> None:
    reader = build_nlp(Settings(profile="fast"), "en").get_pipe("pr_units").names
    for doc in lang_docs:
        opens = any(t.lower_ == reader.steering_words[0] for t in doc)
        assert not opens or reader.may_name_steering(doc)


def test_sentence_start_is_the_start_of_the_sentence_of_the_token(lang_docs) -> None:
    for doc in lang_docs[:5]:
        for i in range(0, len(doc), 7):
            assert sentence_start(doc, i) == sentence_of(doc, i).start


def test_span_text_and_unit_are_the_spans_own(lang_docs) -> None:
    seen = 0
    for doc in lang_docs:
        for span in doc.spans["units"]:
            assert span_text(span) == span.text
            assert unit_of(span) == span._.unit and unit_of(span)
            seen += 1
        sentence = next(iter(doc.sents))
        assert unit_of(sentence) is sentence._.unit
        set_unit(sentence, "Some Unit")
        assert sentence._.unit == "Some Unit"
    assert seen > 20
