"""Doc extensions -> `Records`: the only place records are built."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import NO_PACK_WARNING, Document, IngestedDocument, Records


def document_of(ingested: IngestedDocument) -> Document:
    return Document(
        id=Document.make_id(ingested.text),
        source=ingested.source,
        title=ingested.title,
        published=ingested.published,
        language=ingested.language,
        text=ingested.text,
    )


def doc_to_records(doc: Doc, ingested: IngestedDocument, rules_lang: str) -> Records:
    """Records from the Doc extensions; `rules_lang` is the language of the rules that read it."""
    document = document_of(ingested)
    data = {kind: getattr(doc._, kind) for kind in ("events", "units", "people", "figures", "awards", "movements")}
    warnings = [*ingested.warnings, *doc._.warnings]
    if ingested.language != rules_lang:
        warnings.append(
            f"the document is in '{ingested.language}' but the extraction rules are for '{rules_lang}' "
            f"(pipeline/extract/data/{rules_lang}): records will be incomplete; check them against the text"
        )
    return Records.model_validate({"document": document, **data, "warnings": warnings})


def empty_records(ingested: IngestedDocument, lang: str) -> Records:
    """A document in a language without a pack: no records, and a warning that says why."""
    warning = (
        f"{NO_PACK_WARNING} '{lang}' (no pipeline/extract/data/{lang}/): no records were extracted; "
        "see docs/adding-a-language.md"
    )
    return Records(document=document_of(ingested), warnings=[*ingested.warnings, warning])
