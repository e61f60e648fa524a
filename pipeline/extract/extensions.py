"""All custom attributes in one table, registered idempotently.

Values are plain lists/dicts/strings so a Doc still serialises with
`DocBin(store_user_data=True)`; records are built from them with
`Record.model_validate`.
"""

from __future__ import annotations

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


def init_doc(doc: Doc) -> None:
    """Fresh per-document lists (a mutable default would be shared between Docs)."""
    for name in ("events", "units", "people", "figures", "awards", "movements", "warnings"):
        if getattr(doc._, name) is None:
            setattr(doc._, name, [])
    if doc._.meta is None:
        doc._.meta = {}
    if "units" not in doc.spans:
        doc.spans["units"] = []


register_extensions()
