"""Layout: sentences and paragraphs, and place names merged into single tokens.

Press texts are one paragraph per line; a line break always ends a sentence
(headlines and captions have no full stop). Province names from the
gazetteer ("Dong Nai", "Ba Ria - Vung Tau", "Đồng Nai") become one token
with `token._.place` set to the canonical English name, so unit and person
patterns can say "a place" in one token and "Son La" is never a person.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import SENT_START  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .lexicon import fold, load_data, provinces
from .lexicon_models import LayoutData, PeopleData


class Layout(RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_layout", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "layout", LayoutData)
        self.sentence_end = set(data.sentence_end)
        self.abbreviations = set(data.abbreviations)
        self.openers = set(data.openers)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.surnames = {fold(s) for s in load_data(lang, "people", PeopleData).surnames}
        self.place_by_norms: dict[tuple[str, ...], str] = {}
        patterns = []
        for p in provinces():
            for form in {p.name, p.vi, fold(p.vi), *p.aliases}:
                pattern = nlp.make_doc(form)
                self.place_by_norms[tuple(t.lower_ for t in pattern)] = p.name
                patterns.append(pattern)
        self.matcher.add("PLACE", patterns)

    def process(self, doc: Doc) -> None:
        self.set_sentences(doc)
        self.merge_places(doc)
        doc._.meta["sentences"] = [(s.start, s.end) for s in doc.sents]

    def set_sentences(self, doc: Doc) -> None:
        """Set every boundary in one array write (the `is_sent_start` setter re-checks the
        whole Doc for a parse on each call, which is quadratic on long documents)."""
        starts = [1 if i == 0 or self.starts_sentence(doc, i, tok) else -1 for i, tok in enumerate(doc)]
        if starts:
            array: Any = numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)
            doc.from_array([SENT_START], array)

    def starts_sentence(self, doc: Doc, i: int, tok) -> bool:
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            return True
        return (
            prev.text in self.sentence_end
            and (i < 2 or doc[i - 2].text not in self.abbreviations)
            and (tok.is_title or tok.is_upper or tok.like_num or tok.text in self.openers)
        )

    def merge_places(self, doc: Doc) -> None:
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            if not (span[0].is_title or span[0].is_upper):
                continue
            if self.looks_like_name_part(doc, start):
                continue
            spans.append(span)
        spans = filter_spans(spans)
        starts = {span.start_char: self.place_by_norms[tuple(t.lower_ for t in span)] for span in spans}
        with doc.retokenize() as retok:
            for span in spans:
                retok.merge(span)
        for tok in doc:
            canonical = starts.get(tok.idx)
            if canonical is not None:
                tok._.is_place = True
                tok._.place = canonical

    def looks_like_name_part(self, doc: Doc, start: int) -> bool:
        """ "Tran Thanh Hoa" is a person, not Thanh Hoa province."""
        if start == 0:
            return False
        prev = doc[start - 1]
        if prev.is_title and fold(prev.text) in self.surnames:
            return True
        if start >= 2 and prev.is_title and doc[start - 2].is_title and fold(doc[start - 2].text) in self.surnames:
            return True
        return False
