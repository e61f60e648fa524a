"""Ids split for `IN (...)` clauses: one home for the chunk size every archive reader uses.

A query with thousands of ids in one `IN` list runs into the database's limit on
bound parameters (SQLite's is the lowest), so readers of many ids ask in parts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

IN_CHUNK = 500  # ids per IN (...) clause


def in_chunks(items: Sequence[str], n: int = IN_CHUNK) -> Iterator[Sequence[str]]:
    """`items` in consecutive parts of at most `n`."""
    for i in range(0, len(items), n):
        yield items[i : i + n]
