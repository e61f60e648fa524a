"""The layout step's sentence bounds and place marks, worked out in word ids and offsets,
are the ones spaCy's own views give (`doc.sents`, `token._.place`)."""

from __future__ import annotations

import pytest
from real_texts import texts
from spacy.attrs import IDX, LEMMA, LOWER, NORM, ORTH, SENT_START, SPACY  # type: ignore[import-not-found]
from spacy.tokens import Span

from pipeline.extract.doc_reads import word_ids
from pipeline.extract.layout import merge_spans
from pipeline.extract.nlp import build_nlp
from pipeline.settings import Settings


@pytest.fixture(scope="module", params=["en", "vi"])
def nlp_of(request):
    return build_nlp(Settings(profile="fast"), request.param)


def test_a_sentence_start_inside_a_merged_place_is_gone_as_in_the_doc(nlp_of) -> None:
    # "TP. Hồ Chí Minh": the full stop inside the place ends a sentence in English (no abbreviation)
    text = "Ông A ở TP. Hồ Chí Minh. Tp. HCM và TP. HCM hôm nay.\nDong Nai and Ha Noi. Then Hue."
    doc = nlp_of.get_pipe("pr_layout")(nlp_of.make_doc(text))
    assert doc._.meta["sentences"] == [(s.start, s.end) for s in doc.sents]
    places = {t.i: t._.place for t in doc if t._.is_place}
    assert doc._.meta["places"] == places
    assert "Ho Chi Minh City" in places.values() and "Dong Nai" in places.values()


def test_the_given_names_after_a_family_name_are_no_place(nlp_of) -> None:
    doc = nlp_of.get_pipe("pr_layout")(nlp_of.make_doc("Tran Thanh Hoa and Le Van Thanh Hoa met in Thanh Hoa."))
    assert [t.text for t in doc if t._.is_place] == ["Thanh Hoa"]
    assert doc[-2].text == "Thanh Hoa"


def test_an_empty_text_has_no_sentences(nlp_of) -> None:
    doc = nlp_of.get_pipe("pr_layout")(nlp_of.make_doc(""))
    assert doc._.meta["sentences"] == [] and doc._.meta["places"] == {}


def test_the_kept_columns_are_the_merged_docs_own(nlp_of) -> None:
    """The word ids and offsets kept for later steps, worked out from the columns before the merge,
    are what `to_array` reads from the merged Doc, on the real texts and on places of one token and of
    several."""
    extra = ["Hanoi, Dong Nai and Ba Ria - Vung Tau met in Đồng Nai; TP. Hồ Chí Minh.", "Hue", "Ha Noi", "x"]
    merged = 0
    for text in [*texts(nlp_of.lang), *extra]:
        doc = nlp_of.get_pipe("pr_layout")(nlp_of.make_doc(text))
        merged += len(doc._.meta["places"])
        for attr in (ORTH, IDX):
            assert word_ids(doc, attr).tolist() == doc.to_array([attr]).tolist()
    assert merged > 20


def test_the_merge_is_the_retokenizers(nlp_of) -> None:
    """`merge_spans` (spaCy's merge without the retokenizer's per-range checks) leaves the Doc the
    retokenizer leaves, on the places the step finds in the real texts."""
    layout = nlp_of.get_pipe("pr_layout")
    attrs = [ORTH, LOWER, NORM, LEMMA, IDX, SPACY, SENT_START]
    merged = 0
    for text in texts(nlp_of.lang)[:40]:
        ours, theirs = nlp_of.make_doc(text), nlp_of.make_doc(text)
        layout.set_sentences(ours)
        layout.set_sentences(theirs)
        spans = [(start, end) for start, end, _ in layout.place_spans(ours, ours.to_array([ORTH, IDX]))]
        merged += len(spans)
        merge_spans(ours, spans)
        with theirs.retokenize() as retok:
            for start, end in spans:
                retok.merge(Span(theirs, start, end))
        assert [t.text_with_ws for t in ours] == [t.text_with_ws for t in theirs]
        assert ours.to_array(attrs).tolist() == theirs.to_array(attrs).tolist()
    assert merged > 20
