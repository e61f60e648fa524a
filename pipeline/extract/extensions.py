"""All custom attributes in one table, registered idempotently.

Values are plain lists/dicts/strings so a Doc still serialises with
`DocBin(store_user_data=True)`; records are built from them with
`Record.model_validate`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc, Span, Token

DOC_EXTENSIONS: dict[str, dict] = {
    "events": {"default": None},
    "units": {"default": None},
    "people": {"default": None},
    "figures": {"default": None},
    "awards": {"default": None},
    "movements": {"default": None},
    "warnings": {"default": None},
    "meta": {"default": None},
}
SPAN_EXTENSIONS: dict[str, dict] = {
    "unit": {"default": None},  # canonical unit name a mention resolves to
}
TOKEN_EXTENSIONS: dict[str, dict] = {
    "place": {"default": None},  # canonical province/city name, on merged gazetteer tokens
    "is_place": {"default": False},
}


def register_extensions() -> None:
    for table, cls in ((DOC_EXTENSIONS, Doc), (SPAN_EXTENSIONS, Span), (TOKEN_EXTENSIONS, Token)):
        for name, kwargs in table.items():
            if not cls.has_extension(name):
                cls.set_extension(name, **kwargs)


def user_data_key(name: str, start: int | None = None, end: int | None = None) -> tuple[str, str, Any, Any]:
    """Where spaCy keeps a custom attribute in `doc.user_data`: `doc._.name` under (name, None,
    None), a token's under its offset, a span's under its start and end characters. Reading and
    writing there directly skips building an `Underscore` object (about 3 us an access)."""
    return ("._.", name, start, end)


_META_KEY = user_data_key("meta")


def doc_meta(doc: Doc) -> dict | None:
    """`doc._.meta` without building an `Underscore` object: spaCy keeps a Doc's custom
    attribute in `doc.user_data` under this key, and the components read it thousands of
    times per document (the text, the sentence bounds, the places)."""
    user_data: dict[Any, Any] = doc.user_data
    return user_data.get(_META_KEY)


LIST_EXTENSIONS = ("events", "units", "people", "figures", "awards", "movements", "warnings")
_LIST_KEYS = tuple(user_data_key(name) for name in LIST_EXTENSIONS)


def span_unit(span: Span) -> Any:
    """`span._.unit`, read without building an `Underscore` object: spaCy keeps a span's custom
    attribute in `doc.user_data` under the span's character offsets (so every span over the same
    characters has the same unit), and the components read it many times per document."""
    user_data: dict[Any, Any] = span.doc.user_data
    return user_data.get(user_data_key("unit", span.start_char, span.end_char))


def set_span_unit(span: Span, name: str) -> None:
    """`span._.unit = name`, written where spaCy writes it."""
    user_data: dict[Any, Any] = span.doc.user_data
    user_data[user_data_key("unit", span.start_char, span.end_char)] = name


def init_doc(doc: Doc) -> None:
    """Fresh per-document lists (a mutable default would be shared between Docs).

    Written straight into `doc.user_data` under the keys `doc._` uses (as `doc_meta` reads
    them): every rule component calls this first, and going through `doc._` builds an
    `Underscore` object and looks each name up in the extension table, about ten times the
    cost."""
    user_data: dict[Any, Any] = doc.user_data
    for key in _LIST_KEYS:
        if user_data.get(key) is None:
            user_data[key] = []
    if user_data.get(_META_KEY) is None:
        user_data[_META_KEY] = {}
    if "units" not in doc.spans:
        doc.spans["units"] = []


register_extensions()


class Sentence(Span):
    """A sentence whose `text` is a slice of the document's text: a plain Span joins its
    tokens' texts on every access, and the components read sentence texts many times."""

    doc_text: str

    @property
    def text(self) -> str:
        return self.doc_text[self.start_char : self.end_char]


def sentence_span(doc: Doc, start: int, end: int) -> Sentence:
    sent = Sentence(doc, start, end)
    sent.doc_text = text_of(doc)
    return sent


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) tokens of each sentence `pr_layout` set, worked out once per document.

    `doc.sents` walks every token on each access, and `token.sent` walks back
    to the sentence start; components ask for sentences many times per
    document, so the boundaries are kept in `doc._.meta` as plain integers.
    """
    meta = doc_meta(doc)
    bounds = meta.get("sentences") if meta else None
    if bounds is None:
        bounds = [(s.start, s.end) for s in doc.sents]
        if meta is not None:
            meta["sentences"] = bounds
    return bounds


def sentences(doc: Doc) -> list[Span]:
    """The sentences `pr_layout` set, as `Sentence` spans over the kept bounds."""
    text = text_of(doc)
    out: list[Span] = []
    for start, end in sentence_bounds(doc):
        sent = Sentence(doc, start, end)
        sent.doc_text = text
        out.append(sent)
    return out


def sentence_index(doc: Doc, i: int) -> int:
    """Which sentence (an index into `sentence_bounds`) holds token `i`, by bisecting the kept starts."""
    bounds = sentence_bounds(doc)
    meta = doc_meta(doc)
    kept = meta.get("sentence_starts") if meta is not None else None
    if kept is None or kept[0] is not bounds:
        kept = (bounds, [s for s, _ in bounds])
        if meta is not None:
            meta["sentence_starts"] = kept
    return max(bisect_right(kept[1], i) - 1, 0)


def sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence holding token `i`."""
    return int(sentence_bounds(doc)[sentence_index(doc, i)][0])


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token `i`."""
    start, end = sentence_bounds(doc)[sentence_index(doc, i)]
    return sentence_span(doc, start, end)


def place_tokens(doc: Doc) -> dict[int, str]:
    """Token index -> canonical place of the tokens `pr_layout` merged, kept in `doc._.meta`:
    reading `token._.is_place` builds an `Underscore` object per token, and the components ask
    "which tokens are places" over whole documents."""
    meta = doc_meta(doc)
    places = meta.get("places") if meta is not None else None
    if places is None:
        places = {t.i: t._.place for t in doc if t._.is_place}
        if meta is not None:
            meta["places"] = places
    return places


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once: spaCy rebuilds it from the tokens on every access."""
    meta = doc_meta(doc)
    if meta is None:
        return doc.text
    text = meta.get("text")
    if text is None:
        text = meta["text"] = doc.text
    return text
