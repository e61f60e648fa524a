"""The awards, events and movements components read a document without building spans or `Underscore`
objects (`sentence_chars.py`, `doc_lists.py`): each read is checked against the spaCy attribute or the
plain form it replaces, on the bundled real texts in both languages."""

from __future__ import annotations

import pytest
from real_texts import texts

from pipeline.extract.doc_lists import doc_list, set_doc_list, text_in
from pipeline.extract.extensions import sentence_spans
from pipeline.extract.sentence_chars import doc_sentences


@pytest.fixture(scope="module")
def lang_docs(lang_nlp):
    lang, nlp = lang_nlp
    return nlp, [nlp(text) for text in texts(lang)]


def test_sentence_offsets_and_spans_are_the_sentence_spans(lang_docs) -> None:
    _, docs = lang_docs
    for doc in docs:
        spans, starts, ends = sentence_spans(doc)
        sents = doc_sentences(doc)
        assert (sents.starts, sents.ends) == (starts, ends)
        assert len(sents) == len(spans)
        for i, span in enumerate(spans):
            made = sents.span(i)
            assert (made.start, made.end, made.text) == (span.start, span.end, span.text)
            assert sents.span(i) is made  # made once
        assert doc_sentences(doc) is sents  # kept for the next component


def test_record_lists_and_span_reads_are_the_extension_attributes(lang_docs) -> None:
    _, docs = lang_docs
    for doc in docs:
        for name in ("awards", "units", "people", "events", "movements"):
            assert doc_list(doc, name) is getattr(doc._, name)
        for span in [*doc.spans.get("units", []), *doc.spans.get("people", [])]:
            assert text_in(doc, span) == span.text
        set_doc_list(doc, "awards", [{"award_type": "other"}])
        assert doc._.awards == [{"award_type": "other"}]


def test_a_document_no_component_has_seen_gets_its_lists(lang_docs) -> None:
    nlp, _ = lang_docs
    doc = nlp.make_doc("A text.")
    assert doc_list(doc, "awards") == [] and doc._.awards == []
