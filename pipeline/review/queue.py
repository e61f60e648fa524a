"""The document queue: current documents with their review state, filtered and one page at a time.

The review summary of each version lives in `review_state` (kept up to date
by every action), so a page of the queue costs a few indexed queries however
large the archive is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select

from ..archive import schema as S
from ..archive.queries import current_ids, search
from ..archive.store import Archive
from ..errors import ArchiveError

STATUSES = {
    "": "any",
    "unreviewed": "not reviewed",
    "in_progress": "in progress",
    "reviewed": "reviewed",
    "attention": "needs attention",
}
PAGE_SIZE = 50
SEARCH_LIMIT = 100_000


@dataclass
class QueueFilters:
    unit: str = ""
    period: str = ""
    status: str = ""
    q: str = ""
    page: int = 1

    @classmethod
    def from_args(cls, args: Any) -> QueueFilters:
        status = args.get("status", "")
        try:
            page = max(1, min(int(args.get("page", "1") or 1), 100_000))
        except ValueError:
            page = 1
        return cls(
            unit=args.get("unit", "").strip()[:200],
            period=args.get("period", "").strip()[:20],
            status=status if status in STATUSES else "",
            q=args.get("q", "").strip()[:200],
            page=page,
        )

    @property
    def active(self) -> bool:
        return bool(self.unit or self.period or self.status or self.q)


@dataclass
class QueuePage:
    rows: list[dict[str, Any]]
    total: int
    pages: int
    error: str | None = None


def _status_clause(status: str) -> Any:
    rs = S.review_state
    if status == "unreviewed":
        return or_(rs.c.document_id.is_(None), rs.c.reviewed == 0)
    if status == "in_progress":
        return and_(rs.c.reviewed > 0, rs.c.reviewed < rs.c.records)
    if status == "reviewed":
        return and_(rs.c.reviewed > 0, rs.c.reviewed >= rs.c.records)
    if status == "attention":
        return rs.c.attention > 0
    return None


def load_queue(archive: Archive, f: QueueFilters, page_size: int = PAGE_SIZE) -> QueuePage:
    """One page of the queue, newest first; a filter the archive cannot read is an error message, not a crash."""
    d, rs = S.documents, S.review_state
    try:
        ids: set[str] | None = None
        if f.unit or f.period:
            ids = set(current_ids(archive, unit=f.unit or None, period=f.period or None))
        if f.q:
            found = {r["id"] for r in search(archive, f.q, limit=SEARCH_LIMIT)}
            ids = found if ids is None else ids & found
    except ArchiveError as exc:
        return QueuePage([], 0, 0, str(exc))
    where = [d.c.superseded.is_(False)]
    status = _status_clause(f.status)
    if status is not None:
        where.append(status)
    base = select(d.c.id).select_from(d.outerjoin(rs, rs.c.document_id == d.c.id)).where(*where)
    with archive.read() as conn:
        if ids is not None:
            if not ids:
                return QueuePage([], 0, 0)
            matching = [i for i in conn.execute(base).scalars() if i in ids]
            total = len(matching)
            order = select(d.c.id).where(d.c.id.in_(matching)) if len(matching) < 30_000 else base
        else:
            total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
            order = base
        page_ids = list(
            conn.execute(
                order.order_by(d.c.published.desc(), d.c.source, d.c.id)
                .limit(page_size)
                .offset((f.page - 1) * page_size)
            ).scalars()
        )
        rows = _page_rows(conn, page_ids)
    return QueuePage(rows, total, max(1, -(-total // page_size)))


def _page_rows(conn: Any, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    d, rs = S.documents, S.review_state
    q = (
        select(
            d.c.id,
            d.c.source,
            d.c.title,
            d.c.published,
            d.c.language,
            d.c.version,
            rs.c.records,
            rs.c.reviewed,
            rs.c.attention,
        )
        .select_from(d.outerjoin(rs, rs.c.document_id == d.c.id))
        .where(d.c.id.in_(ids))
    )
    rows = {r["id"]: dict(r) for r in conn.execute(q).mappings()}
    extracted: dict[str, int] = dict.fromkeys(ids, 0)
    for tname in S.RECORD_TABLES.values():
        t = S.T[tname]
        for doc, n in conn.execute(
            select(t.c.document_id, func.count()).where(t.c.document_id.in_(ids)).group_by(t.c.document_id)
        ):
            extracted[doc] += n
    warnings = dict(
        conn.execute(
            select(S.warnings.c.document_id, func.count())
            .where(S.warnings.c.document_id.in_(ids))
            .group_by(S.warnings.c.document_id)
        ).all()
    )
    out = []
    for i in ids:
        r = rows[i]
        if r["records"] is None:
            r.update(records=extracted[i], reviewed=0, attention=0)
        r["warnings"] = warnings.get(i, 0)
        reviewed, records = r["reviewed"], r["records"]
        r["status"] = (
            "attention"
            if r["attention"]
            else "reviewed"
            if reviewed and reviewed >= records
            else "in_progress"
            if reviewed
            else "unreviewed"
        )
        out.append(r)
    return out
