"""A document's record lists and a span's unit, read where spaCy keeps them.

`doc._.awards` builds an `Underscore` object and looks the name up in the extension table on
every access (about 3 us); the awards, events and movements components read and append to these
lists once per award mention, so they read them straight from `doc.user_data`, under the key
`doc._` uses (`extensions.init_doc` writes them there the same way). Span texts are slices of the
document's text (`span.text` joins its tokens' texts on every access).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.tokens import Doc, Span

from .extensions import init_doc, span_unit, text_of, user_data_key
from .span_index import span_index


def doc_list(doc: Doc, name: str) -> list[Any]:
    """`doc._.<name>` for one of the record lists (`extensions.LIST_EXTENSIONS`), the same list object."""
    user_data: dict[Any, Any] = doc.user_data
    found = user_data.get(user_data_key(name))
    if found is None:  # a Doc the components have not initialised: as `doc._` would, after `init_doc`
        init_doc(doc)
        found = user_data[user_data_key(name)]
    return found


def set_doc_list(doc: Doc, name: str, values: list[Any]) -> None:
    """`doc._.<name> = values`, written where spaCy writes it."""
    user_data: dict[Any, Any] = doc.user_data
    user_data[user_data_key(name)] = values


def text_in(doc: Doc, span: Span) -> str:
    """`span.text`: the document's text between the span's first and last characters."""
    return text_of(doc)[span.start_char : span.end_char]


def first_unit_starting(doc: Doc, start: int, end: int) -> Any:
    """`next((u._.unit for u in doc.spans["units"] if start <= u.start_char < end), None)`: the unit of the
    first unit span (in the group's order) starting between two characters, found by bisection in the
    document's span index instead of building every span of the group."""
    index = span_index(doc, "units")
    lo, hi = bisect_left(index.start_chars, start), bisect_left(index.start_chars, end)
    return span_unit(index.spans[min(index.order[lo:hi])]) if lo < hi else None
