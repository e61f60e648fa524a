"""Extraction: `IngestedDocument` -> spaCy `Doc` -> `Records`.

`extract_documents` streams documents through `nlp.pipe` (as_tuples, so each
Doc keeps its ingest metadata) and builds the records from the Doc
extensions the rule components set.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..models import IngestedDocument, Records
from ..settings import Settings
from . import extensions  # noqa: F401  (registers Doc extensions)
from .assemble import doc_to_records
from .nlp import build_nlp, load_nlp

__all__ = ["build_nlp", "load_nlp", "extract_documents", "extract_text"]


def extract_documents(
    docs: Iterable[IngestedDocument],
    nlp: Language | None = None,
    settings: Settings | None = None,
    n_process: int = 1,
) -> Iterator[Records]:
    """Records for each ingested document, in order."""
    settings = settings or Settings()
    nlp = nlp or load_nlp(settings)
    for chunk in chunked(docs, ZONE_SIZE):
        # Each chunk in its own memory zone: the strings of its numbers and names
        # leave the vocabulary afterwards, so memory stays flat over long batches.
        # Nothing of a Doc outlives the zone: records are plain pydantic values.
        with nlp.memory_zone():
            pairs = ((prepare_doc(nlp, d), d) for d in chunk)
            for doc, ingested in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size, n_process=n_process):
                yield doc_to_records(doc, ingested)


ZONE_SIZE = 256


def chunked(items: Iterable[IngestedDocument], size: int) -> Iterator[list[IngestedDocument]]:
    chunk: list[IngestedDocument] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def prepare_doc(nlp: Language, ingested: IngestedDocument) -> Doc:
    """Tokenise and attach what ingest learnt (title, date), so components can use it."""
    doc = nlp.make_doc(ingested.text)
    doc._.meta = {"title": ingested.title, "published": ingested.published, "source": ingested.source}
    return doc


def extract_text(text: str, source: str = "<text>", nlp: Language | None = None, **meta: object) -> Records:
    """Convenience for tests and notebooks: records from a string."""
    ingested = IngestedDocument.model_validate({"source": source, "text": text, **meta})
    return next(extract_documents([ingested], nlp))
