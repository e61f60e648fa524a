"""Reads of a document that build no `Token` objects.

Iterating a Doc builds a Python `Token` per word (0.3-0.7 us each), and so
does `span.text` (it joins its tokens' texts). The unit components ask
"where is this word" over whole documents and read many span texts:

- the ids of every token's text and lower-case form come out of one
  `doc.to_array` call, kept in `doc._.meta`; a word is found by comparing
  ids (`spacy.strings.get_string_id` of the word, worked out once);
- a span's text is a slice of the document's text, which is the same string.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from spacy.attrs import LOWER, ORTH  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span

from .extensions import doc_meta, text_of

_KEY = "word_ids"


def word_ids(doc: Doc) -> tuple[list[int], list[int]]:
    """(text ids, lower-case ids) of the document's tokens, in order."""
    meta = doc_meta(doc)
    kept = meta.get(_KEY) if meta is not None else None
    if kept is None or len(kept[0]) != len(doc):
        ids: Any = doc.to_array([ORTH, LOWER])
        kept = (ids[:, 0].tolist(), ids[:, 1].tolist()) if len(doc) else ([], [])
        if meta is not None:
            meta[_KEY] = kept
    return kept


def positions(ids: list[int], wanted: Container[int]) -> list[int]:
    """The tokens whose id is one of `wanted`."""
    return [i for i, word in enumerate(ids) if word in wanted]


def span_text(span: Span) -> str:
    """`span.text`: the document's text from the span's first character to its last token's end."""
    return text_of(span.doc)[span.start_char : span.end_char]
