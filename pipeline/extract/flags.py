"""Set and regex tests of Matcher patterns, turned into lexeme flags.

spaCy's Matcher checks `{"LOWER": {"IN": [...]}}`, `NOT_IN` and `REGEX` in
Python, once per token and predicate; only plain attributes and boolean
flags are checked in its C loop. Every such test here depends on the word
alone (its text or lower-case form), so it can be computed once per word
and stored as a flag bit on the lexeme: the vocabulary computes the flag
when it first meets a word (inside a memory zone too), and the Matcher then
reads a bit. The matches are the same; the unit ruler runs several times
faster.

The rewritten patterns hold flag ids, which only mean something in the
vocabulary that registered them: rewrite patterns for each pipeline.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import SHAPE  # type: ignore[import-not-found]
from spacy.lang.lex_attrs import word_shape
from spacy.vocab import Vocab

SET_ATTRS = {"LOWER": "lower", "ORTH": "orth", "TEXT": "orth", "SHAPE": "shape"}
"""Token attributes whose set tests become flags, and the form of the word each one reads."""


def word_form(form: str, word: str) -> str:
    """The word as the attribute reads it: itself, its lower case, or its shape ("Xxxx", "dd")."""
    if form == "lower":
        return word.lower()
    if form == "shape":
        return word_shape(word)
    return word


class InSet:
    """`form of word in members`: a picklable flag getter."""

    def __init__(self, members: frozenset[str], form: str) -> None:
        self.members, self.form = members, form
        self.key: tuple = ("in", form, members)

    def __call__(self, word: str) -> bool:
        return word_form(self.form, word) in self.members


class Searches:
    """`re.search(pattern, form of word)`, as the Matcher's REGEX predicate."""

    def __init__(self, pattern: str, form: str) -> None:
        self.pattern, self.form = pattern, form
        self.regex = re.compile(pattern)
        self.key: tuple = ("regex", form, pattern)

    def __call__(self, word: str) -> bool:
        return self.regex.search(word_form(self.form, word)) is not None

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (Searches, (self.pattern, self.form))


class FlagTable:
    """The flags one vocabulary holds for pattern tests, one per distinct test (shared by
    every pattern set rewritten for the vocabulary: there are only 63 flag bits)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.ids: dict[tuple, int] = {
            getter.key: flag_id
            for flag_id, getter in vocab.lex_attr_getters.items()  # type: ignore[attr-defined]
            if isinstance(getter, (InSet, Searches))
        }

    def flag(self, getter: InSet | Searches) -> int | None:
        """The flag id for a test (registered on first use); None when the vocabulary has no free flag."""
        if getter.key not in self.ids:
            try:
                self.ids[getter.key] = self.vocab.add_flag(getter)
            except ValueError:  # all 63 flag bits taken: the test stays a Python predicate
                return None
        return self.ids[getter.key]

    def rewrite_token(self, spec: dict[str, Any]) -> dict[str, Any]:
        out: dict[str | int, Any] = {}
        for attr, value in spec.items():
            flag = self.flag_for(attr, value)
            if flag is None:
                out[attr] = value
            else:
                flag_id, wanted = flag
                out[flag_id] = wanted
        return out  # type: ignore[return-value]

    def flag_for(self, attr: Any, value: Any) -> tuple[int, bool] | None:
        """(flag id, wanted value) for a set or regex test on a word attribute, else None."""
        if not isinstance(attr, str) or attr.upper() not in SET_ATTRS or not isinstance(value, dict):
            return None
        if len(value) != 1:
            return None  # several operators on one attribute: left to the Matcher
        ((op, arg),) = value.items()
        form = SET_ATTRS[attr.upper()]
        if form == "shape" and self.vocab.lex_attr_getters.get(SHAPE) is not word_shape:  # type: ignore[attr-defined]
            return None  # a language with its own shapes: left to the Matcher
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            flag_id = self.flag(InSet(frozenset(arg), form))
            return None if flag_id is None else (flag_id, op == "IN")
        if op == "REGEX" and isinstance(arg, str):
            flag_id = self.flag(Searches(arg, form))
            return None if flag_id is None else (flag_id, True)
        return None


def as_lexeme_flags(vocab: Vocab, patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Token patterns with their word-level set and regex tests replaced by flags of `vocab`."""
    table = FlagTable(vocab)
    out = []
    for pattern in patterns:
        if not isinstance(pattern.get("pattern"), list):
            out.append(pattern)
            continue
        out.append({**pattern, "pattern": [table.rewrite_token(spec) for spec in pattern["pattern"]]})
    return out
