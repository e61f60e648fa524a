"""Layout: sentences and paragraphs, and place names merged into single tokens.

Press texts are one paragraph per line; a line break always ends a sentence
(headlines and captions have no full stop). Province names from the
gazetteer ("Dong Nai", "Ba Ria - Vung Tau", "Đồng Nai") become one token
with `token._.place` set to the canonical English name, so unit and person
patterns can say "a place" in one token and "Son La" is never a person.

This runs on every token of every document, so it reads two columns of the
tokens (word id and character offset) and decides in integers: only the few
tokens after a line break or a full stop, and next to a gazetteer match, are
looked at one by one, through facts kept per word (`WordFacts`). No Python
`Token` is built (each costs as much as the decision it would serve).
"""

from __future__ import annotations

import importlib
from typing import Any

import numpy
from spacy.attrs import IDX, ORTH, SENT_START  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .doc_reads import keep_columns
from .doc_words import WordFacts
from .extensions import doc_meta, text_of, user_data_key
from .lexicon import fold, load_data, provinces
from .lexicon_models import LayoutData, PeopleData

_spacy_merge: Any = getattr(importlib.import_module("spacy.tokens._retokenize"), "_merge", None)
"""spaCy's merge of ranges (what `Retokenizer.__exit__` runs), where this spaCy has it."""

FAMILY_NAME = 1
"""A word trait (`doc_words.WordFacts`): accents folded, the word is a family name of the lexicon."""


class Layout(RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_layout", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "layout", LayoutData)
        self.sentence_end = set(data.sentence_end)
        self.abbreviations = set(data.abbreviations)
        self.openers = set(data.openers)
        strings = nlp.vocab.strings
        self.sentence_end_ids = sorted(strings.add(w) for w in self.sentence_end)
        self.abbreviation_ids = {strings.add(w) for w in self.abbreviations}
        self.opener_ids = {strings.add(w) for w in self.openers}
        self.surnames = {fold(s) for s in load_data(lang, "people", PeopleData).surnames}
        self.facts = WordFacts(nlp.vocab, traits=self.traits_of)
        # each form's lower-case words name one place (a form listed twice: the last place, as a dict keeps it);
        # the matcher's key is that place, so a match says which place it is
        place_by_norms: dict[tuple[str, ...], tuple[str, list[Doc]]] = {}
        for p in provinces():
            for form in {p.name, p.vi, fold(p.vi), *p.aliases}:
                pattern = nlp.make_doc(form)
                norms = tuple(t.lower_ for t in pattern)
                place_by_norms[norms] = (p.name, [*place_by_norms.get(norms, ("", []))[1], pattern])
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_place: dict[str, list[Doc]] = {}
        for place, patterns in place_by_norms.values():
            by_place.setdefault(place, []).extend(patterns)
        for place, patterns in by_place.items():
            self.matcher.add(place, patterns)

    def process(self, doc: Doc) -> None:
        meta = doc_meta(doc)
        assert meta is not None  # set by RuleComponent.__call__
        meta["places"] = {}  # filled by merge_places
        if not len(doc):
            meta["sentences"] = []
            return
        words: Any = doc.to_array([ORTH, IDX])
        starts = self.set_sentences(doc, words)
        spans = self.merge_places(doc, words)
        if spans:
            starts = starts_after_merge(starts, spans)
            words = columns_after_merge(doc, words, spans)
        meta["sentences"] = list(zip(starts, [*starts[1:], len(doc)]))
        keep_columns(doc, {ORTH: words[:, 0], IDX: words[:, 1]})

    def set_sentences(self, doc: Doc, words: Any = None) -> list[int]:
        """Every boundary in one array write (the `is_sent_start` setter re-checks the whole Doc
        for a parse on each call, which is quadratic on long documents). Returns the starts.

        A token starts a sentence when a line break ends the text before it, or when the token
        before ends a sentence (and the one before that is no abbreviation) and this one opens one
        (title case, upper case, a number or an opening word)."""
        n = len(doc)
        if not n:
            return []
        if words is None:
            words = doc.to_array([ORTH, IDX])
        orth = words[:, 0]
        text = text_of(doc)
        starts = {0}
        if "\n" in text:
            breaks = numpy.array(line_breaks(text), dtype=words.dtype)
            after = numpy.searchsorted(words[:, 1], breaks, side="right")  # the token after each break
            starts.update(j for j in after.tolist() if 0 < j < n)
        ends = orth[:-1] == self.sentence_end_ids[0]
        for word in self.sentence_end_ids[1:]:
            ends |= orth[:-1] == word
        for e in numpy.flatnonzero(ends).tolist():
            if e >= 1 and int(orth[e - 1]) in self.abbreviation_ids:
                continue
            word = int(orth[e + 1])
            opener = self.facts(word)
            if opener.is_title or opener.is_upper or opener.like_num or word in self.opener_ids:
                starts.add(e + 1)
        ordered = sorted(starts)
        column: Any = numpy.full((n, 1), -1, dtype="int64")
        column[ordered, 0] = 1
        doc.from_array([SENT_START], column.astype("uint64"))
        return ordered

    @staticmethod
    def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
        """(start, end) token offsets of the sentences, read from the boundary array (as `doc.sents`)."""
        if not len(doc):
            return []
        flags: Any = doc.to_array([SENT_START])
        starts = [0, *(int(i) for i in numpy.flatnonzero(flags[1:] == 1) + 1)]
        return list(zip(starts, [*starts[1:], len(doc)]))

    def place_spans(self, doc: Doc, words: Any) -> list[tuple[int, int, str]]:
        """(start, end, place) of the gazetteer matches to merge: capitalised, not the given names
        after a family name, and the longest where they overlap (as `spacy.util.filter_spans`)."""
        strings = doc.vocab.strings
        found = []
        for key, start, end in self.matcher(doc):
            first = self.facts(int(words[start, 0]))
            # a form opening with its level word ("thành phố Hồ Chí Minh") is capitalised in its name
            named = first.is_title or first.is_upper or self.facts(int(words[end - 1, 0])).is_title
            if not named or self.looks_like_name_part(words, start):
                continue
            found.append((start, end, strings[key]))
        if not found:
            return []
        kept = []
        seen: set[int] = set()
        for start, end, place in sorted(found, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end, place))
                seen.update(range(start, end))
        return sorted(kept)

    def merge_places(self, doc: Doc, words: Any = None) -> list[tuple[int, int, str]]:
        """Merge each place into one token and mark it (`token._.place`, `doc._.meta["places"]`);
        returns the merged (start, end, place), in the token offsets from before the merge.

        The marks are written where `token._` keeps them (`doc.user_data`, keyed by the token's
        character offset), at offsets known from the spans: no Token is built."""
        if words is None:
            words = doc.to_array([ORTH, IDX])
        spans = self.place_spans(doc, words)
        if not spans:
            return spans
        offsets = [int(words[start, 1]) for start, _, _ in spans]
        merge_spans(doc, [(start, end) for start, end, _ in spans])
        places = {}
        user_data: Any = doc.user_data
        removed = 0  # tokens merged away before the span
        for (start, end, place), offset in zip(spans, offsets):
            user_data[user_data_key("is_place", offset)] = True
            user_data[user_data_key("place", offset)] = places[start - removed] = place
            removed += end - start - 1
        meta = doc_meta(doc)
        assert meta is not None
        meta["places"] = places
        return spans

    def traits_of(self, text: str) -> int:
        """A word's `FAMILY_NAME` trait, kept with its facts."""
        return FAMILY_NAME if fold(text) in self.surnames else 0

    def looks_like_name_part(self, words: Any, start: int) -> bool:
        """ "Tran Thanh Hoa" is a person, not Thanh Hoa province: a family name in title case one
        word before, or two with a title-case word between."""
        if start == 0:
            return False
        prev = self.facts(int(words[start - 1, 0]))
        if not prev.is_title:
            return False
        if prev.traits & FAMILY_NAME:
            return True
        return start >= 2 and bool(self.facts(int(words[start - 2, 0])).traits & FAMILY_NAME)


def merge_spans(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Merge each (start, end) token range into one token, as `doc.retokenize()` does for ranges that are
    ordered, do not overlap and set no attributes: spaCy's own merge, called without the retokenizer's
    checks per range (each builds the range's tokens to see that no other range holds them)."""
    if _spacy_merge is None:  # pragma: no cover - a spaCy without it: the public way
        with doc.retokenize() as retok:
            for start, end in spans:
                retok.merge(Span(doc, start, end))
        return
    _spacy_merge(doc, [(Span(doc, start, end), {}) for start, end in spans])


def line_breaks(text: str) -> list[int]:
    """Offsets of the line breaks of a text."""
    out = []
    at = text.find("\n")
    while at >= 0:
        out.append(at)
        at = text.find("\n", at + 1)
    return out


def starts_after_merge(starts: list[int], merged: list[tuple[int, int, str]]) -> list[int]:
    """Sentence starts once each merged span is one token (as the retokenizer moves them): a start
    inside a span is gone, a start after it moves back by the tokens merged away."""
    out = []
    removed = 0  # tokens merged away before the current position
    spans = iter(merged)
    span = next(spans, None)
    for k in starts:
        while span is not None and span[1] <= k:
            removed += span[1] - span[0] - 1
            span = next(spans, None)
        if span is not None and span[0] < k < span[1]:
            continue
        out.append(k - removed)
    return out


def columns_after_merge(doc: Doc, words: Any, merged: list[tuple[int, int, str]]) -> Any:
    """The (word id, character offset) columns of the merged Doc, worked out from the columns before the
    merge (`doc.to_array` again reads every token; this reads only the merged ones): the rows of the tokens
    merged away are dropped, and each merged token's row takes its new word id (its offset is its first
    token's)."""
    pieces = []
    at = 0  # the first row not yet taken
    for start, end, _ in merged:
        pieces.append(words[at : start + 1])  # up to the span's first token, which becomes the merged one
        at = end
    pieces.append(words[at:])
    out = numpy.concatenate(pieces)
    removed = 0  # tokens merged away before the span
    for start, end, _ in merged:
        out[start - removed, 0] = doc[start - removed].orth
        removed += end - start - 1
    return out
