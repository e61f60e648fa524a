"""The layout step's sentence bounds and place marks, worked out in word ids and offsets,
are the ones spaCy's own views give (`doc.sents`, `token._.place`)."""

from __future__ import annotations

import pytest

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
