"""Extraction: `IngestedDocument` -> spaCy `Doc` -> `Records`.

`extract_documents` streams documents through `nlp.pipe` (as_tuples, so each
Doc keeps its ingest metadata) and builds the records from the Doc
extensions the rule components set. Each document is read with the
pipeline of its language (the `lang` setting, else what ingest detected):
documents are grouped by language and each group goes through its own
pipeline's `nlp.pipe`; records come out in input order. A language with no
pack in `data/` gets empty records and a warning (`NO_PACK_WARNING`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..models import IngestedDocument, Records
from ..settings import DEFAULT_LANG, Settings
from . import extensions  # noqa: F401  (registers Doc extensions)
from .assemble import NO_PACK_WARNING, doc_to_records, empty_records
from .lexicon import has_pack
from .nlp import build_nlp, load_nlp
from .warmup import warm_vocabulary

__all__ = ["build_nlp", "load_nlp", "extract_documents", "extract_text", "document_language", "NO_PACK_WARNING"]


def document_language(ingested: IngestedDocument, settings: Settings) -> str:
    """The language whose rules read this document: the setting (`--lang`), else ingest's guess."""
    return settings.lang or ingested.language or DEFAULT_LANG


def extract_documents(
    docs: Iterable[IngestedDocument],
    nlp: Language | None = None,
    settings: Settings | None = None,
    n_process: int = 1,
) -> Iterator[Records]:
    """Records for each ingested document, in order.

    `nlp` given: every document goes through it (tests, notebooks); else each
    document through the cached pipeline of its language.
    """
    settings = settings or Settings()
    for chunk in chunked(docs, ZONE_SIZE, ZONE_CHARS):
        if nlp is not None:
            yield from run_pipe(nlp, chunk, settings, n_process)
            continue
        by_lang: dict[str, list[int]] = {}
        for i, ingested in enumerate(chunk):
            by_lang.setdefault(document_language(ingested, settings), []).append(i)
        if len(by_lang) == 1:  # the usual case: stream, nothing held back
            (lang,) = by_lang
            yield from records_for(lang, chunk, settings, n_process)
            continue
        out: list[Records | None] = [None] * len(chunk)
        for lang, indices in by_lang.items():
            for i, records in zip(indices, records_for(lang, [chunk[i] for i in indices], settings, n_process)):
                out[i] = records
        yield from (r for r in out if r is not None)


def records_for(lang: str, chunk: list[IngestedDocument], settings: Settings, n_process: int) -> Iterator[Records]:
    """Records of documents in one language: its pipeline, or empty records when it has no pack."""
    if not has_pack(lang):
        for ingested in chunk:
            yield empty_records(ingested, lang)
        return
    yield from run_pipe(load_nlp(settings, lang), chunk, settings, n_process)


def run_pipe(nlp: Language, chunk: list[IngestedDocument], settings: Settings, n_process: int) -> Iterator[Records]:
    # Each chunk in its own memory zone: the strings of its numbers and names
    # leave the vocabulary afterwards, so memory stays flat over long batches.
    # Nothing of a Doc outlives the zone: records are plain pydantic values.
    nlp.max_length = max(nlp.max_length, settings.max_text_chars)
    warm_vocabulary(nlp, (d.text for d in chunk))  # once per pipeline, outside any zone
    with nlp.memory_zone():
        pairs = ((prepare_doc(nlp, d), d) for d in chunk)
        for doc, ingested in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size, n_process=n_process):
            yield doc_to_records(doc, ingested, nlp.lang or DEFAULT_LANG)


ZONE_SIZE = 256
ZONE_CHARS = 1_000_000
"""A zone holds at most this many documents or characters (a long text has a zone to itself)."""


def chunked(items: Iterable[IngestedDocument], size: int, chars: int) -> Iterator[list[IngestedDocument]]:
    chunk: list[IngestedDocument] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += len(item.text)
        if len(chunk) == size or total >= chars:
            yield chunk
            chunk, total = [], 0
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
