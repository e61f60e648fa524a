"""Reading whole documents back from the archive as `Records`.

The one reader of record rows: `Archive.load` / `load_map` call it, and
everything else (reports, queries, exports, the review app) goes through
them, mostly via `corrections.effective_records`. Each record's `data`
column holds the record as written, so a document comes back exactly as it
was extracted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import Connection, select

from ..models import RECORD_TYPES, Records
from . import schema as S
from .in_clause import in_chunks


def read_records(read: Callable[[], AbstractContextManager[Connection]], ids: Iterable[str]) -> dict[str, Records]:
    """Document version id -> `Records`, in the order given (unknown ids are left out).

    `read` opens a read transaction (`Archive.read`); every row is read in
    that one transaction, the `Records` are built after it ends.
    """
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    d = S.documents
    docs: dict[str, Any] = {}
    children: dict[str, dict[str, list[Any]]] = {i: {k: [] for k in [*RECORD_TYPES, "warnings"]} for i in ids}
    with read() as conn:
        for chunk in in_chunks(ids):
            for row in conn.execute(select(d).where(d.c.id.in_(chunk))).mappings():
                docs[row["id"]] = row
            for kind, tname in S.RECORD_TABLES.items():
                t = S.T[tname]
                q = (
                    select(t.c.document_id, t.c.data)
                    .where(t.c.document_id.in_(chunk))
                    .order_by(t.c.document_id, t.c.ordinal)
                )
                for doc_id, data in conn.execute(q):
                    children[doc_id][kind].append(json.loads(data))
            w = S.warnings
            q = (
                select(w.c.document_id, w.c.text)
                .where(w.c.document_id.in_(chunk))
                .order_by(w.c.document_id, w.c.ordinal)
            )
            for doc_id, text_ in conn.execute(q):
                children[doc_id]["warnings"].append(text_)
    out: dict[str, Records] = {}
    for i in ids:
        doc_row = docs.get(i)
        if doc_row is None:
            continue
        out[i] = Records.model_validate(
            {
                "schema_version": doc_row["schema_version"],
                "document": {
                    "id": doc_row["doc_id"],
                    "source": doc_row["source"],
                    "title": doc_row["title"],
                    "published": doc_row["published"],
                    "language": doc_row["language"],
                    "text": doc_row["text"],
                },
                **children[i],
            }
        )
    return out
