"""Warm the tokenizer's cache before the first memory zone.

Inside `nlp.memory_zone()` spaCy neither caches tokenizations nor keeps new
lexemes, so every word of every document is tokenised from scratch (about
four times the cost of a cached word). Tokenising a few documents of the
stream outside any zone, once per pipeline, puts the common words of press
releases (and their lexemes) in the cache for good; the strings of numbers
and names of later documents still leave with their zone.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

from spacy.language import Language

WARM_TEXTS = 10
WARM_CHARS = 20_000
"""Enough of each text for its common vocabulary; a long text is not tokenised whole twice."""

_warmed: weakref.WeakSet[Language] = weakref.WeakSet()


def warm_vocabulary(nlp: Language, texts: Iterable[str]) -> None:
    """Tokenise up to `WARM_TEXTS` texts outside a memory zone, the first time `nlp` is used."""
    if nlp in _warmed:
        return
    _warmed.add(nlp)
    for i, text in enumerate(texts):
        if i >= WARM_TEXTS:
            break
        nlp.make_doc(text[:WARM_CHARS])
