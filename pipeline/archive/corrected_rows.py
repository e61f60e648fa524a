"""Staff corrections applied to the flat rows of record-table queries.

`archive figures` and `archive awards` read record tables with SQL, one row
per record, rather than whole documents; `effective_rows` applies the
corrections to those rows (rejected rows dropped, edited fields replaced,
records people added appended when they match the query's filters). Whole
documents go through `corrections.effective_records` instead.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from . import schema as S
from .corrections import C, active_rows


def effective_rows(archive: Any, kind: str, rows: list[dict[str, Any]], keep: Any = None) -> list[dict[str, Any]]:
    """Query rows (each with `record_id`) with corrections applied: rejected rows dropped, edited fields
    replaced, and records people added appended when `keep(row)` accepts them.

    For the SQL queries that read record tables directly (`archive figures`,
    `archive awards`); whole documents go through `effective_records`.
    """
    vids = sorted({r["record_id"].split(":")[0] for r in rows})
    d = S.documents
    with archive.read() as conn:
        if keep is not None:
            vids = sorted(
                set(vids)
                | set(
                    conn.execute(
                        select(C.c.document_id)
                        .join(d, d.c.id == C.c.document_id)
                        .where(C.c.kind == kind, C.c.action == "add", C.c.state == "active", d.c.superseded.is_(False))
                    ).scalars()
                )
            )
        if not vids or not conn.execute(select(func.count()).select_from(C)).scalar_one():
            return rows
        active = active_rows(conn, vids)
        docs = {r["id"]: dict(r) for r in conn.execute(select(d).where(d.c.id.in_(vids))).mappings()}
    by_id = {r["record_id"]: r for r in rows}
    gone: set[str] = set()
    added: list[dict[str, Any]] = []
    for vid, corrections in active.items():
        for row in corrections:
            if row["kind"] != kind:
                continue
            rid = f"{vid}:{kind}:{row['ref'][2:]}" if row["ref"].startswith("x:") else row["ref"]
            if row["action"] == "reject":
                gone.add(rid)
            elif row["action"] == "accept":
                gone.discard(rid)
            elif row["action"] == "edit" and rid in by_id and row["field"] in by_id[rid]:
                by_id[rid][row["field"]] = json.loads(row["after"])
            elif row["action"] == "add" and keep is not None and vid in docs:
                data = json.loads(row["after"])
                doc = docs[vid]
                new = {**data, "record_id": row["ref"], "evidence": data["evidence"]["text"]}
                new.update(
                    source=doc["source"], title=doc["title"], published=doc["published"], document_id=doc["doc_id"]
                )
                added.append(new)
            elif row["action"] == "edit":
                for a in added:
                    if a["record_id"] == row["ref"] and row["field"]:
                        a[row["field"]] = json.loads(row["after"])
    out = [r for r in rows if r["record_id"] not in gone]
    out += [a for a in added if a["record_id"] not in gone and keep(a)]
    return out


def matches_filters(scope: set[str] | None = None, recipient: set[str] | None = None, **equal: Any) -> Any:
    """A `keep` for `effective_rows`: the query's own filters, applied to a record a person added."""
    from ..units import unit_key

    def keep(row: dict[str, Any]) -> bool:
        if any(value and row.get(name) != value for name, value in equal.items()):
            return False
        for name, keys in (("scope", scope), ("recipient", recipient)):
            if keys and unit_key(row.get(name) or "") not in keys:
                return False
        return True

    return keep
