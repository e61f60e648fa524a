"""Doc extensions -> `Records`: the only place records are built."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Document, IngestedDocument, Records
from .nlp import LANG as RULES_LANGUAGE


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
    warnings = [*ingested.warnings, *doc._.warnings]
    if ingested.language != RULES_LANGUAGE:
        warnings.append(
            f"the document is in '{ingested.language}' but the extraction rules are for '{RULES_LANGUAGE}' "
            "(pipeline/extract/data/en): records will be incomplete; check them against the text"
        )
    return Records.model_validate({"document": document, **data, "warnings": warnings})
