"""The shortcuts of the layout, unit ruler, units and people steps, each against the plain form it
replaces, on the bundled real texts of each language."""

from __future__ import annotations

from typing import Any

from real_texts import laid_out, texts
from spacy.attrs import IDX, ORTH  # type: ignore[import-not-found]
from spacy.util import filter_chain_spans

from pipeline.extract.doc_reads import word_ids, word_list


def test_the_unit_ruler_keeps_the_spans_spacy_s_filter_keeps(lang_nlp: tuple[str, Any]) -> None:
    lang, nlp = lang_nlp
    ruler = nlp.get_pipe("unit_ruler")
    for text in texts(lang):
        doc = laid_out(nlp, text)
        plain = filter_chain_spans([], ruler.match(doc))
        assert ruler.ruled(doc) == [(s.start, s.end, s.label, s.id) for s in plain]
        ruler(doc)
        assert [(s.start, s.end, s.label_, s.id_) for s in doc.spans["unit_mentions"]] == [
            (s.start, s.end, s.label_, s.id_) for s in plain
        ]


def test_the_layout_leaves_the_columns_the_merged_doc_has(lang_nlp: tuple[str, Any]) -> None:
    lang, nlp = lang_nlp
    merged = 0
    for text in texts(lang):
        doc = laid_out(nlp, text)
        merged += len(doc._.meta["places"])
        assert word_ids(doc, ORTH).tolist() == doc.to_array([ORTH]).tolist()
        assert word_list(doc, IDX) == [t.idx for t in doc]
    assert merged > 10  # places were merged: the columns were worked out, not read
