"""Doc extensions -> `Records`: the only place records are built."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Document, IngestedDocument, Records


def doc_to_records(doc: Doc, ingested: IngestedDocument) -> Records:
    document = Document(
        id=Document.make_id(ingested.text),
        source=ingested.source,
        title=ingested.title,
        published=ingested.published,
        language=ingested.language,
        text=ingested.text,
    )
    data = {kind: getattr(doc._, kind) for kind in ("events", "units", "people", "figures", "awards", "movements")}
    return Records.model_validate(
        {"document": document, **data, "warnings": [*ingested.warnings, *doc._.warnings]}
    )
