"""Python's cyclic garbage collector paused around a bounded burst of allocation.

Drafting the report of `pipeline run` (loading up to `report_max_documents`
documents' records, building the context, rendering three formats) allocates
tens of thousands of container objects that mostly live until it ends. Each
allocation threshold crossed starts a collection that walks the young objects
again, and now and then a full one that walks everything the process holds:
about a fifth of the report's CPU, measured on 100 and 400 benchmark documents,
for garbage that the report frees by reference counting anyway (its peak
memory is the same with the collector paused). So the collector is paused for
the report's duration and resumed after, when its next collection takes what
cycles were left. The cyclic garbage a report leaves grows with its
documents (about 5,000 objects plus 60 a document, counted on the benchmark's
documents), so the pause is for reports of at most `PAUSE_MAX_DOCUMENTS`
documents (`report_max_documents` is 100 unless set): at 1,000 that is some
65,000 objects held until the report ends, a few MB.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

PAUSE_MAX_DOCUMENTS = 1000


@contextmanager
def collector_paused(documents: int = 0) -> Iterator[None]:
    """No cyclic collection inside the block (for a report of `documents` up to `PAUSE_MAX_DOCUMENTS`).

    Nested use and an already paused collector are left as found.
    """
    was_enabled = gc.isenabled()
    if documents > PAUSE_MAX_DOCUMENTS:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
