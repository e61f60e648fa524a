"""What every rule component shares: fresh per-document values, and failure containment.

One component failing on one odd document must not stop a batch of
thousands: the document keeps what the other components found and says in
`warnings` which step failed. (spaCy's own error handler drops the document
instead, which would lose it.)
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .extensions import init_doc

LOGGER = logging.getLogger(__name__)


RULE_BATCH_DOCS = 16
"""Documents a rule component takes at a time, at most. A batch keeps one component's code and
data warm over its documents (on the benchmark's documents: 4.97 ms of CPU a document one at a
time, 4.66 in fours, 4.51 in sixteens), but every document of a batch is alive at once. Memory
stays bounded either way (`RULE_BATCH_TOKENS` caps a batch of long documents): over 4,000 of the
benchmark's documents the fast profile's peak levels off at 167 MB in fours and 205 MB in
sixteens, the default profile's at 213 and 238 MB, far under the 600 MB a worker may use."""
RULE_BATCH_TOKENS = 20_000
"""A batch of rule work holds at most this many tokens: long documents are not held together
(a longer document is a batch of its own), so memory follows the longest document."""


def rule_batches(docs: Iterable[Doc], batch_size: int = RULE_BATCH_DOCS) -> Iterator[list[Doc]]:
    """Documents in batches of `batch_size` (at most `RULE_BATCH_DOCS`), or fewer once they reach
    `RULE_BATCH_TOKENS` tokens."""
    size = min(batch_size, RULE_BATCH_DOCS)
    batch: list[Doc] = []
    tokens = 0
    for doc in docs:
        batch.append(doc)
        tokens += len(doc)
        if len(batch) >= size or tokens >= RULE_BATCH_TOKENS:
            yield batch
            batch, tokens = [], 0
    if batch:
        yield batch


class RuleComponent:
    name = "pr_component"

    def __call__(self, doc: Doc) -> Doc:
        init_doc(doc)
        try:
            self.process(doc)
        except Exception as exc:  # noqa: BLE001 - contained on purpose, logged with its traceback
            LOGGER.exception("component %s failed on %s", self.name, (doc._.meta or {}).get("source", "a document"))
            doc._.warnings.append(
                f"extraction step {self.name} failed ({type(exc).__name__}: {exc}); its records are missing"
            )
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        """Each batch of documents through this component before the next component sees it.

        spaCy's fallback calls `__call__` one document at a time, so with every component
        fallen back, each document runs the whole chain of rule components before the next
        one starts: the working set of all of them on every document. A batch at a time keeps
        one component's code and data warm over the batch (see `RULE_BATCH_DOCS`); the records
        are the same. The batches are `rule_batches`: a few documents, bounded by tokens so long
        documents are not held together.
        """
        for batch in rule_batches(docs, batch_size):
            for doc in batch:
                self(doc)
            yield from batch

    def process(self, doc: Doc) -> None:
        raise NotImplementedError
