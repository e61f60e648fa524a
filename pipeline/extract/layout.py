"""Layout: sentences and paragraphs, and place names merged into single tokens.

Press texts are one paragraph per line; a line break always ends a sentence
(headlines and captions have no full stop). Province names from the
gazetteer ("Dong Nai", "Ba Ria - Vung Tau", "Đồng Nai") become one token
with `token._.place` set to the canonical English name, so unit and person
patterns can say "a place" in one token and "Son La" is never a person.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDX, IS_TITLE, IS_UPPER, LIKE_NUM, ORTH, SENT_START  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .extensions import text_of
from .lexicon import fold, load_data, provinces
from .lexicon_models import LayoutData, PeopleData

_LINE_BREAK = re.compile("\n")


class Layout(RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_layout", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "layout", LayoutData)
        self.sentence_end = set(data.sentence_end)
        self.abbreviations = set(data.abbreviations)
        self.openers = set(data.openers)
        strings = nlp.vocab.strings
        self.sentence_end_ids = numpy.array([strings.add(w) for w in self.sentence_end], dtype="uint64")
        self.abbreviation_ids = numpy.array([strings.add(w) for w in self.abbreviations], dtype="uint64")
        self.opener_ids = numpy.array([strings.add(w) for w in self.openers], dtype="uint64")
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
        doc._.meta["places"] = {}  # filled by merge_places
        self.set_sentences(doc)
        self.merge_places(doc)
        doc._.meta["sentences"] = self.sentence_bounds(doc)

    def set_sentences(self, doc: Doc) -> None:
        """Every boundary from arrays of the tokens' word attributes, in one array write (a Python
        loop over the tokens costs more than the rest of the layout; the `is_sent_start` setter
        re-checks the whole Doc for a parse on each call, which is quadratic on long documents).

        A token starts a sentence when a line break ends the text before it, or when the token
        before ends a sentence (and the one before that is no abbreviation) and this one opens one
        (title case, upper case, a number or an opening word)."""
        n = len(doc)
        if not n:
            return
        words: Any = doc.to_array([ORTH, IDX, IS_TITLE, IS_UPPER, LIKE_NUM])
        orth, idx = words[:, 0], words[:, 1].astype("int64")
        text = text_of(doc)
        breaks = numpy.array([m.start() for m in _LINE_BREAK.finditer(text)], dtype="int64")
        before = numpy.searchsorted(breaks, idx)  # line breaks before each token's start
        after_break = before[1:] > before[:-1]  # one inside the previous token or its whitespace
        opens = (words[1:, 2] | words[1:, 3] | words[1:, 4]).astype(bool) | numpy.isin(orth[1:], self.opener_ids)
        ends = numpy.isin(orth[:-1], self.sentence_end_ids)
        ends[1:] &= ~numpy.isin(orth[:-2], self.abbreviation_ids)
        starts = numpy.full(n, -1, dtype="int64")
        starts[0] = 1
        starts[1:][after_break | (ends & opens)] = 1
        column: Any = starts.astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], column)

    @staticmethod
    def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
        """(start, end) token offsets of the sentences, read from the boundary array (as `doc.sents`)."""
        if not len(doc):
            return []
        flags: Any = doc.to_array([SENT_START])
        starts = [0, *(int(i) for i in numpy.flatnonzero(flags[1:] == 1) + 1)]
        return list(zip(starts, [*starts[1:], len(doc)]))

    def merge_places(self, doc: Doc) -> None:
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            if not (span[0].is_title or span[0].is_upper):
                continue
            if self.looks_like_name_part(doc, start):
                continue
            spans.append(span)
        if not spans:
            return
        spans = filter_spans(spans)
        starts = {span.start_char: self.place_by_norms[tuple(t.lower_ for t in span)] for span in spans}
        with doc.retokenize() as retok:
            for span in spans:
                retok.merge(span)
        offsets: Any = doc.to_array([IDX])
        places = doc._.meta["places"] = {}
        for i in numpy.flatnonzero(numpy.isin(offsets, list(starts))):
            tok = doc[int(i)]
            tok._.is_place = True
            tok._.place = places[tok.i] = starts[tok.idx]

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
