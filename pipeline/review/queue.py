"""The document queue: current documents with their review state, filtered and one page at a time.

The review summary of each version lives in `review_state` (kept up to date
by every action), so a page of the queue costs a few indexed queries however
large the archive is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select, text

from ..archive import schema as S
from ..archive.queries import check_search_size, current_ids, fts_query, search
from ..archive.search_text import fold_for_search
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
            ids = _about(archive, f.unit, f.period)
        if f.q:
            found = search_ids(archive, f.q)
            ids = found if ids is None else ids & found
    except ArchiveError as exc:
        return QueuePage([], 0, 0, str(exc))
    where = [d.c.superseded.is_(False)]
    status = _status_clause(f.status)
    if status is not None:
        where.append(status)
    base = select(d.c.id).select_from(d.outerjoin(rs, rs.c.document_id == d.c.id)).where(*where)
    ordered = base.order_by(d.c.published.desc(), d.c.source, d.c.id)
    offset = (f.page - 1) * page_size
    with archive.read() as conn:
        if ids is not None:  # filter the ordered ids here: one scan beats an IN list of thousands
            matching = [i for i in conn.execute(ordered).scalars() if i in ids] if ids else []
            total, page_ids = len(matching), matching[offset : offset + page_size]
        else:
            total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
            page_ids = list(conn.execute(ordered.limit(page_size).offset(offset)).scalars())
        rows = _page_rows(conn, page_ids)
    return QueuePage(rows, total, max(1, -(-total // page_size)))


_ABOUT_CACHE: dict[tuple[str, str, str, Any, Any], set[str]] = {}


def _about(archive: Archive, unit: str, period: str) -> set[str]:
    """`current_ids` for a unit and period, remembered until a document is archived (paging through a
    filtered queue, or coming back to it after each document, then costs nothing)."""
    d = S.documents
    with archive.read() as conn:
        stamp = conn.execute(select(func.count(), func.max(d.c.ingested_at)).where(d.c.superseded.is_(False))).one()
    key = (archive.url, unit, period, stamp[0], stamp[1])
    if key not in _ABOUT_CACHE:
        if len(_ABOUT_CACHE) > 32:
            _ABOUT_CACHE.clear()
        _ABOUT_CACHE[key] = set(current_ids(archive, unit=unit or None, period=period or None))
    return _ABOUT_CACHE[key]


def search_ids(archive: Archive, query: str) -> set[str]:
    """Ids of current documents matching `query`, the archive's own search without ranking or snippets
    (the queue sorts by date); other databases fall back to `search`."""
    check_search_size(query)
    if archive.dialect == "sqlite":
        q = fts_query(query)
        if not q:
            raise ArchiveError("search needs some words")
        sql = "SELECT id FROM documents_fts WHERE documents_fts MATCH :q"
        with archive.read() as conn:
            return set(conn.execute(text(sql), {"q": q}).scalars())
    if archive.dialect == "postgresql":
        sql = (
            "SELECT s.id FROM documents_search s JOIN documents d ON d.id = s.id "
            "WHERE d.superseded = false AND to_tsvector('english', s.body) @@ plainto_tsquery('english', :q)"
        )
        with archive.read() as conn:
            return set(conn.execute(text(sql), {"q": fold_for_search(query)}).scalars())
    return {r["id"] for r in search(archive, query, limit=SEARCH_LIMIT)}


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
