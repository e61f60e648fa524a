"""A Doc's tokens as plain lists of word ids and offsets, for components that walk tokens.

`doc[i]` builds a new Python `Token` on every access, and `token._.is_place`
a new `Underscore` object on top; a component that walks from a name to its
titles one token at a time spends most of its time building them. Here a
Doc's word ids and character offsets are read once (two array columns, as
`pr_layout` left them: `doc_reads.word_list`), and
what a token is asked (its text, lower case, title case, a number, a place,
a sentence start) is answered from the word id, through facts kept once per
word for every later document, and from what `pr_layout` left in
`doc._.meta` (sentence bounds, merged places).

The answers are the token's own: a token's flags and lower case are its
lexeme's, and its text is its word's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import compress
from operator import itemgetter
from typing import Any, NamedTuple

from spacy.attrs import IDX, ORTH  # type: ignore[import-not-found]
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .doc_reads import KNOWN_WORDS, word_list
from .extensions import place_tokens, sentence_bounds, text_of


class Word(NamedTuple):
    """What a token is asked, from its word alone."""

    text: str
    lower: str
    is_title: bool
    is_upper: bool
    like_num: bool
    is_space: bool
    kind: int
    """What the component that keeps the table looks for in the word (`WordFacts`'s `kind`), 0 for most words."""
    traits: int
    """Other answers the component keeps about the word (`WordFacts`'s `traits`), a bit mask."""


KIND = itemgetter(6)


class WordFacts:
    """`Word`s by word id, worked out once per word of a vocabulary.

    `kind(text, lower)` sorts the words a component looks for (a bit mask, 0 for the rest), so
    that the tokens it starts from are found in one pass in C (`DocWords.marked`); `traits(text)`
    keeps other answers about the word that cost a regex or an accent folding (a bit mask)."""

    def __init__(
        self,
        vocab: Vocab,
        kind: Callable[[str, str], int] | None = None,
        traits: Callable[[str], int] | None = None,
    ) -> None:
        self.vocab = vocab
        self.kind = kind
        self.traits = traits
        self.known: dict[int, Word] = {}

    def __call__(self, orth: int) -> Word:
        word = self.known.get(orth)
        if word is None:
            if len(self.known) >= KNOWN_WORDS:
                self.known.clear()
            lex = self.vocab[orth]
            text, lower = lex.orth_, lex.lower_
            kind = self.kind(text, lower) if self.kind is not None else 0
            traits = self.traits(text) if self.traits is not None else 0
            word = Word(text, lower, lex.is_title, lex.is_upper, lex.like_num, lex.is_space, kind, traits)
            self.known[orth] = word
        return word

    def all(self, ids: list[int]) -> list[Word]:
        """The `Word` of each id, in order (one dictionary look-up per token, in C, once all are known)."""
        words: list[Any] = list(map(self.known.get, ids))
        # words not met before: `all` tests each item's truth, a third of the cost of `None in words`,
        # which compares each `Word` with None (a `Word` is a non-empty tuple, always true)
        if not all(words):
            for k in [k for k, word in enumerate(words) if word is None]:
                words[k] = self(ids[k])
        return words


class DocWords:
    """One Doc's tokens by offset: `ids[i]` is token i's word id, `idx[i]` its first character."""

    __slots__ = ("doc", "ids", "idx", "words", "n", "text", "places", "bounds", "sentence_starts", "starts", "memo")

    def __init__(self, doc: Doc, facts: WordFacts) -> None:
        self.doc = doc
        self.ids: list[int] = word_list(doc, ORTH)
        self.idx: list[int] = word_list(doc, IDX)
        self.words = facts.all(self.ids)
        """`words[i]`: what token i is asked, from its word."""
        self.n = len(self.ids)
        self.text = text_of(doc)
        self.places = place_tokens(doc)
        self.bounds: list[tuple[int, int]] = sentence_bounds(doc)
        self.starts = [s for s, _ in self.bounds]
        self.sentence_starts = set(self.starts)
        self.memo: dict[Any, Any] = {}
        """What a component works out once per Doc from the table, by a name of its choosing."""

    def marked(self) -> list[tuple[int, int]]:
        """(offset, kind) of the tokens whose word has a kind, in order."""
        found = self.memo.get("marked")
        if found is None:
            kinds = list(map(KIND, self.words))
            found = self.memo["marked"] = list(zip(compress(range(self.n), kinds), compress(kinds, kinds)))
        return found

    def word(self, i: int) -> Word:
        return self.words[i]

    def sentence(self, i: int) -> tuple[int, int]:
        """(start, end) of the sentence holding token i (as `sentence_of`)."""
        k = bisect_right(self.starts, i) - 1
        return self.bounds[max(k, 0)]

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as `doc[start:end].text`."""
        if start >= end:
            return ""
        return self.text[self.idx[start] : self.idx[end - 1] + len(self.words[end - 1].text)]

    def start_char(self, i: int) -> int:
        return self.idx[i]

    def end_char(self, i: int) -> int:
        """One past the last character of token i."""
        return self.idx[i] + len(self.words[i].text)


MAX_HYPHEN_PART = 5
"""The longest lower-case part after a hyphen read as the rest of a given name ("yeon", "woo")."""


def hyphen_joined(w: DocWords, k: int) -> bool:
    """Whether token `k` is a hyphen written between the word before it and a short lower-case word
    after it, with no space ("Seo-yeon"): the rest of one given name, not a dash between two phrases."""
    if w.words[k].text != "-":
        return False
    tail = w.words[k + 1].text
    return (
        w.idx[k] == w.idx[k - 1] + len(w.words[k - 1].text)
        and w.idx[k + 1] == w.idx[k] + 1
        and tail.isalpha()
        and tail.islower()
        and len(tail) <= MAX_HYPHEN_PART
    )
