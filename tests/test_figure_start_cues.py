"""Cues only asked about near the start of a piece are matched there instead of searched through it:
the same answers as the search, at every offset of the real texts in both languages."""

from __future__ import annotations

import pytest
from real_texts import texts

from pipeline.extract import load_nlp
from pipeline.extract.figure_meaning import NOUN_LIST_START
from pipeline.settings import Settings


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_measure_cue_at_a_noun_lists_start_is_where_the_search_finds_it(lang: str) -> None:
    meaning = load_nlp(Settings(profile="fast"), lang).get_pipe("pr_figures").meaning
    near = 0
    for text in texts(lang):
        for at in range(0, len(text), 3):
            noun_list = text[at : at + 60]
            first = meaning.any_measure.search(noun_list)
            plain = first.start() if first is not None else NOUN_LIST_START + 1
            at_start = meaning.measure_at_start.match(noun_list)
            assert (at_start.start("cue") if at_start is not None else NOUN_LIST_START + 1) == min(
                plain, NOUN_LIST_START + 1
            ), noun_list
            near += plain <= NOUN_LIST_START
    assert near > 50  # pieces that open on a measure's cue
