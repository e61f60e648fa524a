"""Reads of a document that build no `Token` objects.

Iterating a Doc builds a Python `Token` per word (0.3-0.7 us each), and so
does `span.text` (it joins its tokens' texts). The unit components ask
"where is this word" over whole documents and read many span texts:

- the ids of every token's text (or lower-case form, or its first
  character's offset) come out of one `doc.to_array` call, kept in
  `doc._.meta` for the next component that asks (the unit ruler reads the
  texts, the units component again, the people component the texts and
  offsets as lists); `pr_layout` leaves the texts and offsets of the merged
  tokens there itself (`keep_columns`), so no later component reads them
  from the Doc again, and the lists are made once; the tokens written
  as one of some words are found by comparing ids in numpy (`word_id_array`
  of the words, worked out once);
- a span's text is a slice of the document's text, which is the same string;
- sentence bounds and the sentence holding a token live in `extensions.py`
  (`sentence_bounds`, `sentence_start`), with the other per-document reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import ORTH  # type: ignore[import-not-found]
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .extensions import doc_meta, text_of

_KEY = "word_ids"
_LIST_KEY = "word_id_lists"


KNOWN_WORDS = 10_000
"""Words whose facts a rule component keeps between documents (`DocWords`, the anchored matcher);
past this the table starts again, between documents. A long run meets about six new words
(numbers, names) a document, and each kept word costs a few hundred bytes: 10,000 holds a
press release's common vocabulary and keeps each table near 2 MB
(at 200,000 they grew 60 MB over 10,000 documents, a third of the fast profile's memory)."""


def word_id_array(words: Iterable[str]) -> Any:
    """The string ids of `words`, sorted, as `positions` takes them."""
    return numpy.array(sorted({get_string_id(w) for w in words}), dtype="uint64")


def word_ids(doc: Doc, attr: int = ORTH) -> Any:
    """The string ids of each token's text (`ORTH`) or lower-case form (`LOWER`), as a numpy array."""
    meta = doc_meta(doc)
    kept_by_attr = meta.setdefault(_KEY, {}) if meta is not None else {}
    kept = kept_by_attr.get(attr)
    if kept is None or len(kept) != len(doc):
        kept = kept_by_attr[attr] = doc.to_array([attr]).reshape(len(doc))
    return kept


def word_list(doc: Doc, attr: int = ORTH) -> list[int]:
    """`word_ids(doc, attr)` as a list of Python ints, made once per document (a `tolist` of a
    document's ids costs as much as reading them)."""
    meta = doc_meta(doc)
    kept_by_attr = meta.setdefault(_LIST_KEY, {}) if meta is not None else {}
    kept = kept_by_attr.get(attr)
    if kept is None or len(kept) != len(doc):
        kept = kept_by_attr[attr] = word_ids(doc, attr).tolist()
    return kept


def keep_columns(doc: Doc, columns: dict[int, Any]) -> None:
    """Keep columns of the Doc's tokens read elsewhere (attribute -> one value per token, as
    `doc.to_array([attr])` gives them), for `word_ids` and `word_list`."""
    meta = doc_meta(doc)
    if meta is not None:
        meta[_KEY] = dict(columns)
        meta.pop(_LIST_KEY, None)


def positions(ids: Any, wanted: Any) -> list[int]:
    """The tokens whose id (in `word_ids`) is one of `wanted` (a `word_id_array`)."""
    if not len(ids) or not len(wanted):
        return []
    at = numpy.minimum(wanted.searchsorted(ids), len(wanted) - 1)
    found: list[int] = numpy.flatnonzero(wanted[at] == ids).tolist()
    return found


def span_text(span: Span) -> str:
    """`span.text`: the document's text from the span's first character to its last token's end."""
    return text_of(span.doc)[span.start_char : span.end_char]
