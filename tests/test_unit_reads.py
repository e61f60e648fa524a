"""The units component reads the document without building tokens (`doc_reads.py`, `extensions.span_unit`):
each read is checked against the spaCy attribute it replaces, on the bundled real texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id

from pipeline.extract.doc_reads import positions, span_text, word_id_array, word_ids
from pipeline.extract.extensions import sentence_of, sentence_start, set_span_unit, span_unit
from pipeline.extract.nlp import build_nlp
from pipeline.extract.unit_ruler import ruled_spans
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
    reader = build_nlp(Settings(profile="fast"), "en").get_pipe("pr_units").names.steering
    for doc in lang_docs:
        opens = any(t.lower_ == reader.steering_words[0] for t in doc)
        assert not opens or reader.may_name_steering(doc)


def test_sentence_start_is_the_start_of_the_sentence_of_the_token(lang_docs) -> None:
    for doc in lang_docs[:5]:
        for i in range(0, len(doc), 7):
            assert sentence_start(doc, i) == sentence_of(doc, i).start == doc[i].sent.start
            assert sentence_of(doc, i).end == doc[i].sent.end


def test_span_text_and_unit_are_the_spans_own(lang_docs) -> None:
    seen = 0
    for doc in lang_docs:
        for span in doc.spans["units"]:
            assert span_text(span) == span.text
            assert span_unit(span) == span._.unit and span_unit(span)
            seen += 1
        sentence = next(iter(doc.sents))
        assert span_unit(sentence) is sentence._.unit
        set_span_unit(sentence, "Some Unit")
        assert sentence._.unit == "Some Unit"
    assert seen > 20


def test_a_sentence_is_skipped_for_leader_phrases_only_when_none_follows_a_unit(lang_docs) -> None:
    units = build_nlp(Settings(profile="fast"), "en").get_pipe("pr_units")
    clusters = units.clusters
    leaders = 0
    for doc in lang_docs:
        text = doc.text
        for sent in doc.sents:
            follows = [
                units.g.leader.match(text[s.end_char : min(s.end_char + 70, sent.end_char)])
                for s in doc.spans["units"]
                if sent.start <= s.start < sent.end
            ]
            if any(follows):
                leaders += 1
                assert clusters.may_name_leader(text[sent.start_char : sent.end_char])
    assert leaders or lang_docs[0].lang_ == "vi"


def test_the_ruled_spans_are_the_span_group_and_a_changed_group_is_read_again(lang_docs) -> None:
    for doc in lang_docs:
        kept = ruled_spans(doc, "unit_mentions")
        assert kept == list(doc.spans["unit_mentions"])
        assert all(a.id_ == b.id_ and a.label_ == b.label_ for a, b in zip(kept, doc.spans["unit_mentions"]))
    doc = build_nlp(Settings(profile="fast"), "en")("The Ha Noi Social Insurance and the Hue Social Insurance.")
    assert len(ruled_spans(doc, "unit_mentions")) == 2
    doc.spans["unit_mentions"] = list(doc.spans["unit_mentions"])[:1]
    assert ruled_spans(doc, "unit_mentions") == list(doc.spans["unit_mentions"])
    assert ruled_spans(doc, "no_such_key") == []
