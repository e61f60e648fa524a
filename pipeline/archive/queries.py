"""Questions staff ask of the archive, as functions returning plain rows (dicts).

Every query reads the *current* version of each document only (superseded
versions stay in the archive but are never counted twice). Unit filters
accept what a person would type ("Dong Nai", "Social Security of Dong Nai
province") and resolve it to unit keys with `resolve_units`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, func, or_, select, text, union

from ..errors import QueryError
from ..models import Records
from ..unit_lookup import match_unit
from ..units import unit_key
from ..years import spans_overlap, year_span
from . import schema as S
from .corrected_rows import effective_rows
from .corrected_rows import matches_filters as _keeps
from .corrections import EffectiveRecords, effective_records
from .search_text import fold_for_search
from .store import Archive, normalize_url


class UnknownUnit(QueryError):
    """No unit in the archive matches what the user typed."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no unit in the archive matches {name!r}; `pipeline archive units` lists them")


def _current() -> Any:
    return S.documents.c.superseded.is_(False)


# -- units ---------------------------------------------------------------


def _all_unit_keys(conn: Connection) -> set[str]:
    keys = union(
        select(S.units.c.key),
        select(S.figures.c.scope_key).where(S.figures.c.scope_key.is_not(None)),
        select(S.awards.c.recipient_key).where(S.awards.c.recipient_key.is_not(None)),
        select(S.people.c.unit_key).where(S.people.c.unit_key.is_not(None)),
        select(S.events.c.organizer_key).where(S.events.c.organizer_key.is_not(None)),
    )
    return {k for (k,) in conn.execute(keys) if k}


def resolve_units(conn: Connection, name: str) -> set[str]:
    """Unit keys matching `name` (`pipeline.unit_lookup.match_unit`: exact key, keys containing its words,
    else the nearest spelling). Every key containing the words is kept: the archive lists them all."""
    if not unit_key(name):
        raise UnknownUnit(name)
    found = match_unit(name, {k: [] for k in _all_unit_keys(conn)})
    if not found:
        raise UnknownUnit(name)
    return set(found)


def list_units(archive: Archive) -> list[dict[str, Any]]:
    """Every canonical unit: how many current documents name it, and the names they use."""
    um, d, u = S.unit_mentions, S.documents, S.units
    with archive.read() as conn:
        stats = {
            key: (docs, mentions)
            for key, docs, mentions in conn.execute(
                select(um.c.unit_key, func.count(func.distinct(um.c.document_id)), func.count())
                .join(d, d.c.id == um.c.document_id)
                .where(_current())
                .group_by(um.c.unit_key)
            )
        }
        names: dict[str, set[str]] = {}
        for key, name in conn.execute(
            select(um.c.unit_key, um.c.name).join(d, d.c.id == um.c.document_id).where(_current()).distinct()
        ):
            names.setdefault(key, set()).add(name)
        rows = []
        for r in conn.execute(select(u).order_by(u.c.key)).mappings():
            docs, mentions = stats.get(r["key"], (0, 0))
            if not docs:
                continue  # only named by superseded versions
            rows.append(
                {
                    "name": r["name"],
                    "kind": r["kind"],
                    "key": r["key"],
                    "province": r["province"],
                    "documents": docs,
                    "mentions": mentions,
                    "names_seen": sorted(names.get(r["key"], ())),
                    "successor": r["successor_key"],
                }
            )
    return rows


# -- search --------------------------------------------------------------


MAX_SEARCH_TERMS = 64  # a question has a few words; thousands would make one query run for minutes
MAX_SEARCH_CHARS = 2_000


def check_search_size(query: str) -> None:
    """Refuse a search past the bounds with one line that says the bound."""
    n = len(re.findall(r'"[^"]*"|\S+', query))
    if n > MAX_SEARCH_TERMS or len(query) > MAX_SEARCH_CHARS:
        raise QueryError(
            f"search takes at most {MAX_SEARCH_TERMS} words or phrases and {MAX_SEARCH_CHARS:,} characters "
            f"(this one has {n} and {len(query):,}); search for the few words that matter"
        )


def fts_query(query: str) -> str:
    """User words -> a safe FTS5 query: each word or "quoted phrase" quoted, all required."""
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', fold_for_search(query)):
        term = (phrase or word).replace('"', " ").strip()
        if not term:
            continue
        prefix = term.endswith("*")
        term = term.rstrip("*").strip()
        if term:
            terms.append(f'"{term}"' + ("*" if prefix else ""))
    return " ".join(terms)


def search(archive: Archive, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Current documents matching all the words of `query`, best first, with a snippet."""
    if not query.strip():
        raise QueryError("search needs some words")
    check_search_size(query)
    with archive.read() as conn:
        if archive.dialect == "sqlite":
            q = fts_query(query)
            if not q:
                raise QueryError("search needs some words")
            rows = conn.execute(
                text(
                    "SELECT d.id, d.source, d.title, d.published, "
                    "snippet(documents_fts, 2, '[', ']', '...', 16) AS snippet "
                    "FROM documents_fts JOIN documents d ON d.id = documents_fts.id "
                    "WHERE documents_fts MATCH :q AND d.superseded = 0 "
                    "ORDER BY bm25(documents_fts), d.source LIMIT :limit"
                ),
                {"q": q, "limit": limit},
            ).mappings()
        elif archive.dialect == "postgresql":
            rows = conn.execute(
                text(
                    "SELECT d.id, d.source, d.title, d.published, "
                    "ts_headline('english', s.body, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet "
                    "FROM documents_search s JOIN documents d ON d.id = s.id, plainto_tsquery('english', :q) q "
                    "WHERE d.superseded = false AND to_tsvector('english', s.body) @@ q "
                    "ORDER BY ts_rank(to_tsvector('english', s.body), q) DESC, d.source LIMIT :limit"
                ),
                {"q": fold_for_search(query), "limit": limit},
            ).mappings()
        else:  # any other database: substring match
            d = S.documents
            like = f"%{query.strip()}%"
            rows = conn.execute(
                select(d.c.id, d.c.source, d.c.title, d.c.published, func.substr(d.c.text, 1, 160).label("snippet"))
                .where(_current(), or_(d.c.text.ilike(like), d.c.title.ilike(like)))
                .order_by(d.c.source)
                .limit(limit)
            ).mappings()
        return [dict(r) for r in rows]


# -- figures and awards -------------------------------------------------


def figures(
    archive: Archive,
    unit: str | None = None,
    metric: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
) -> list[dict[str, Any]]:
    """Figures, oldest first; the year is the figure's `as_of`, else its document's publication date."""
    f, d = S.figures, S.documents
    with archive.read() as conn:
        q = (
            select(
                f.c.scope,
                f.c.metric,
                f.c.value,
                f.c.unit,
                f.c.qualifier,
                f.c.kind,
                f.c.as_of,
                f.c.period,
                f.c.raw,
                f.c.evidence_text.label("evidence"),
                d.c.source,
                d.c.title,
                d.c.published,
                f.c.scope_key,
                d.c.doc_id.label("document_id"),
                f.c.id.label("record_id"),
            )
            .join(d, d.c.id == f.c.document_id)
            .where(_current())
        )
        if metric:
            q = q.where(f.c.metric == metric)
        keys = resolve_units(conn, unit) if unit else set()
        if unit:
            q = q.where(f.c.scope_key.in_(keys))
        rows = [dict(r) for r in conn.execute(q.order_by(d.c.published, d.c.source, f.c.ordinal)).mappings()]
    rows = effective_rows(archive, "figures", rows, _keeps(metric=metric, scope=keys))
    out = []
    for r in rows:
        span = year_span(r["as_of"]) or year_span(r["published"])
        if (year_from is not None or year_to is not None) and not spans_overlap(span, year_from, year_to):
            continue
        r["year"] = span[0] if span else None
        out.append(r)
    out.sort(key=lambda r: (r["year"] or 0, r["as_of"] or "", r["source"]))
    return out


def awards(
    archive: Archive,
    award_type: str | None = None,
    year: int | None = None,
    unit: str | None = None,
) -> list[dict[str, Any]]:
    """Awards; `year` matches the award's year or period ("2021-2025" covers 2023), else its document's date."""
    a, d = S.awards, S.documents
    with archive.read() as conn:
        q = (
            select(
                a.c.award_type,
                a.c.grade,
                a.c.recipient,
                a.c.recipient_kind,
                a.c.count,
                a.c.conferred_by,
                a.c.presented_by,
                a.c.year,
                a.c.evidence_text.label("evidence"),
                d.c.source,
                d.c.title,
                d.c.published,
                a.c.recipient_key,
                d.c.doc_id.label("document_id"),
                a.c.id.label("record_id"),
            )
            .join(d, d.c.id == a.c.document_id)
            .where(_current())
        )
        if award_type:
            q = q.where(a.c.award_type == award_type)
        keys = resolve_units(conn, unit) if unit else set()
        if unit:
            q = q.where(a.c.recipient_key.in_(keys))
        rows = [dict(r) for r in conn.execute(q.order_by(d.c.published, d.c.source, a.c.ordinal)).mappings()]
    rows = effective_rows(archive, "awards", rows, _keeps(award_type=award_type, recipient=keys))
    if year is None:
        return rows
    return [r for r in rows if spans_overlap(year_span(r["year"]) or year_span(r["published"]), year, year)]


# -- whole records -------------------------------------------------------


def current_ids(archive: Archive, unit: str | None = None, period: str | None = None) -> list[str]:
    """Ids of current document versions, by publication date, optionally about a unit and a period."""
    d = S.documents
    with archive.read() as conn:
        q = select(d.c.id, d.c.published).where(_current()).order_by(d.c.published, d.c.source, d.c.id)
        if unit:
            keys = resolve_units(conn, unit)
            about = union(
                select(S.unit_mentions.c.document_id).where(S.unit_mentions.c.unit_key.in_(keys)),
                select(S.figures.c.document_id).where(S.figures.c.scope_key.in_(keys)),
                select(S.awards.c.document_id).where(S.awards.c.recipient_key.in_(keys)),
                select(S.people.c.document_id).where(S.people.c.unit_key.in_(keys)),
                select(S.events.c.document_id).where(S.events.c.organizer_key.in_(keys)),
            ).subquery()
            q = q.where(d.c.id.in_(select(about.c.document_id)))
        rows = conn.execute(q).all()
        if not period:
            return [i for i, _ in rows]
        span = year_span(period)
        if span is None:
            raise QueryError(f"period {period!r} is not a year or a range of years (2025, 2021-2025)")
        lo, hi = span
        keep = {i for i, published in rows if spans_overlap(year_span(published), lo, hi)}
        # a document published later may still be about the period (a January review of last year)
        ids = [i for i, _ in rows if i not in keep]
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            for table, column in (
                (S.events, S.events.c.period_reviewed),
                (S.events, S.events.c.date),
                (S.figures, S.figures.c.as_of),
                (S.awards, S.awards.c.year),
            ):
                for doc_id, value in conn.execute(
                    select(table.c.document_id, column).where(table.c.document_id.in_(chunk), column.is_not(None))
                ):
                    span = year_span(value)
                    if span is not None and lo <= span[0] and span[1] <= hi:
                        keep.add(doc_id)
    return [i for i, _ in rows if i in keep]


def load_records(
    db_url: str, unit: str | None = None, period: str | None = None, reviewed_only: bool = False
) -> EffectiveRecords:
    """`Records` of the latest version of each archived document, oldest first.

    `unit` keeps documents that name the unit (as a unit, a figure's scope, an
    award's recipient, a person's unit or an event's organiser); `period`
    ("2025", "2021-2025") keeps documents published in it, and documents
    published later that review it: an event's date or period reviewed, a
    figure's as-of date or an award's year inside the period (a January 2026
    conference reviewing 2025 belongs to 2025). Records inside a document are
    not filtered: the report decides what to show.
    """
    with Archive(normalize_url(db_url), create=False) as archive:
        return effective_records(archive, current_ids(archive, unit=unit, period=period), reviewed_only=reviewed_only)


def _published_years(conn: Connection, ids: list[str]) -> list[str]:
    d = S.documents
    years: set[str] = set()
    for i in range(0, len(ids), 500):
        for (published,) in conn.execute(select(d.c.published).where(d.c.id.in_(ids[i : i + 500]))):
            if published:
                years.add(str(published)[:4])
    return sorted(years)


def explain_empty(archive: Archive, unit: str | None, period: str | None) -> str:
    """Why `unit` and `period` together found nothing: which one found nothing, and what there is."""
    if unit:
        ids = current_ids(archive, unit=unit)  # UnknownUnit says when no unit matches at all
        if not ids:
            return f"no current document names the unit {unit!r}"
        if period:
            with archive.read() as conn:
                years = _published_years(conn, ids)
            return (
                f"the unit {unit!r} is in the archive, but none of its documents is of {period}; "
                f"its documents are of {', '.join(years) or 'no known year'}"
            )
    if period:
        with archive.read() as conn:
            years = _published_years(conn, current_ids(archive))
        return f"no document of {period} in the archive; it has documents of {', '.join(years) or 'no known year'}"
    return "the archive has no current document"


def iter_current_records(archive: Archive, chunk: int = 200) -> Iterable[Records]:
    """Every current document's `Records`, a chunk at a time (for exports of large archives)."""
    ids = current_ids(archive)
    for i in range(0, len(ids), chunk):
        yield from effective_records(archive, ids[i : i + chunk])


__all__ = [
    "UnknownUnit",
    "awards",
    "current_ids",
    "explain_empty",
    "figures",
    "fts_query",
    "iter_current_records",
    "list_units",
    "load_records",
    "resolve_units",
    "search",
]
