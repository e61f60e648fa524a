"""Stage 3c: the rows of sections I, II.1 and II.4 (units, events, movements, office holders)
and the appendix of source documents.

Units are one row per identity (`pipeline.units.identity_key`): the same
office under two names is one row, two committees both called "City People's
Committee" in two documents are two.
"""

from __future__ import annotations

from ..models import AWARD_RANK, UnitKind
from ..units import is_scoped, norm
from .awards import AwardBuilder, recipient_kind
from .formatting import clean, code, file_name, fmt_date, fmt_value, merge_sources, segments
from .labels import Labels
from .model import BriefLine, EventRow, MovementRow, PersonRow, SourceDoc, UnitRow
from .names import Namer
from .selection import DocView

UNIT_KIND_RANK = {k.value: i for i, k in enumerate(UnitKind)}
BRIEF_LINES = 20  # key records per document in the briefs appendix: what fits one page
BRIEF_WARNINGS = 5
BYLINES = {"author", "photographer", "translator"}


def unit_rows(views: list[DocView], L: Labels, namer: Namer) -> tuple[list[UnitRow], list[UnitRow]]:
    """Clusters (with their members) and the other units."""
    rows: dict[str, UnitRow] = {}
    for v in views:
        for it in v.units:
            u = it.record
            key = v.key(u.name, u.parent) or u.name
            name = namer.unit(u.name, key) or u.name
            # two keys the draft prints alike are one office; a body known only inside its document stays apart
            row_key = key if is_scoped(key) else f"{name.casefold()}|{code(u.kind)}"
            row = rows.get(row_key)
            if row is None:
                row = rows[row_key] = UnitRow(
                    name=name,
                    kind=code(u.kind),
                    kind_label=L.of("unit_kinds", code(u.kind)),
                )
            row.role = row.role or namer.title(u.role)
            row.parent = row.parent or namer.unit(u.parent, v.key(u.parent) if u.parent else None)
            for m in u.members:
                d = namer.unit(m, v.key(m))
                if d and d not in row.members:
                    row.members.append(d)
            merge_sources(row.sources, [it.source])
    for row in rows.values():
        n = len(row.members)
        row.members_text = L.text("s1_member") if n == 1 else L.text("s1_members", n=n)
    ordered = sorted(rows.values(), key=lambda r: (UNIT_KIND_RANK.get(r.kind, 99), r.name.casefold()))
    return [r for r in ordered if r.kind == "cluster"], [r for r in ordered if r.kind != "cluster"]


def event_rows(views: list[DocView], L: Labels, namer: Namer) -> list[EventRow]:
    out = []
    for v in views:
        for it in v.events:
            e = it.record
            out.append(
                EventRow(
                    kind_label=L.of("event_kinds", code(e.kind)),
                    name=clean(e.name),
                    date_text=fmt_date(e.date, L),
                    location=clean(e.location),
                    organizer=namer.unit(e.organizer, v.key(e.organizer)) if e.organizer else None,
                    period_reviewed=clean(e.period_reviewed),
                    sources=[it.source],
                )
            )
    return out


def movement_rows(views: list[DocView], L: Labels, namer: Namer) -> list[MovementRow]:
    rows: dict[str, MovementRow] = {}
    for v in views:
        for it in v.movements:
            m = it.record
            row = rows.get(norm(m.name))
            if row is None:
                row = rows[norm(m.name)] = MovementRow(name=namer.movement(m.name))
            if not row.launched_by and m.launched_by:
                authority = L.get("authorities", m.launched_by)  # "Prime Minister" is an authority, not a unit
                known = authority != m.launched_by
                row.launched_by = authority if known else namer.unit(m.launched_by, v.key(m.launched_by))
            row.period = row.period or clean(m.period)
            merge_sources(row.sources, [it.source])
    out = list(rows.values())
    for n, row in enumerate(out, 1):
        row.no = n
    return out


def people_rows(views: list[DocView], L: Labels, namer: Namer) -> list[PersonRow]:
    """Office holders named in the documents (bylines left out), one row per name."""
    byline = {t.casefold() for t in L.groups.get("byline_titles", {})} | BYLINES
    people: dict[str, PersonRow] = {}
    for v in views:
        for it in v.people:
            p = it.record
            row = people.get(norm(p.name))
            if row is None:
                row = people[norm(p.name)] = PersonRow(name=clean(p.name) or p.name)
            if p.title and p.title.strip().casefold() not in byline:
                titles = [t for t in (row.title or "").split("; ") if t]
                for t in (namer.title(p.title) or "").split("; "):
                    if t and t not in titles:
                        titles.append(t)
                row.title = "; ".join(titles) or None
            if not row.unit and p.unit:
                row.unit = namer.unit(p.unit, v.key(p.unit))
            merge_sources(row.sources, [it.source])
    return sorted((r for r in people.values() if r.title), key=lambda r: r.name.casefold())


def source_docs(views: list[DocView], L: Labels, namer: Namer, awards: AwardBuilder, briefs: bool) -> list[SourceDoc]:
    """The source documents; with `briefs`, each with its machine summary (key records, warnings)."""
    out = []
    for v in views:
        doc = v.records.document
        lines = _brief_lines(v, L, namer, awards) if briefs else []
        more = max(0, len(lines) - BRIEF_LINES)
        warnings = v.records.warnings if briefs else []
        out.append(
            SourceDoc(
                ref=v.ref,
                anchor=f"src{v.ref}",
                id=doc.id,
                title=clean(doc.title) or L.text("untitled"),
                source=clean(file_name(doc.source)) or "",
                published=doc.published,
                published_text=fmt_date(doc.published, L) or L.text("no_date"),
                language=doc.language,
                counts=[(L.of("record_types", k), len(rows)) for k, rows in v.kept().items() if rows],
                brief=lines[:BRIEF_LINES],
                more=more,
                more_text=L.text("brief_more", n=more) if more else "",
                warnings=[clean(w) or "" for w in warnings[:BRIEF_WARNINGS]]
                + (
                    [L.text("brief_more_warnings", n=len(warnings) - BRIEF_WARNINGS)]
                    if len(warnings) > BRIEF_WARNINGS
                    else []
                ),
                segments=segments(
                    doc.text,
                    [
                        (it.record.evidence.start, it.record.evidence.end, it.evidence_id)
                        for rows in v.kept().values()
                        for it in rows
                    ],
                ),
            )
        )
    return out


def _brief_lines(v: DocView, L: Labels, namer: Namer, awards: AwardBuilder) -> list[BriefLine]:
    lines: list[BriefLine] = []
    for ev in v.events:
        e = ev.record
        when = fmt_date(e.date, L) or e.period_reviewed
        what = e.name or namer.unit(e.organizer) or ""
        text = " ".join(x for x in [what, f"({when})" if when else ""] if x)
        lines.append(
            BriefLine(kind_label=L.of("event_kinds", code(e.kind)), text=clean(text) or "", evidence_id=ev.evidence_id)
        )
    for aw in sorted(v.awards, key=lambda i: AWARD_RANK.get(code(i.record.award_type), 99)):
        a = aw.record
        who = a.recipient or (awards.count_text(a, recipient_kind(aw)) if a.count is not None else "")
        label = awards.label(a)
        lines.append(
            BriefLine(
                kind_label=L.of("record_types", "awards"),
                text=clean(f"{label}: {who}" if who else label) or "",
                evidence_id=aw.evidence_id,
            )
        )
    for fi in v.figures:
        f = fi.record
        when = fmt_date(f.as_of, L) or f.period
        text = f"{L.of('metrics', code(f.metric))}: {fmt_value(f, L)}"
        extra = ", ".join(x for x in [namer.unit(f.scope), when] if x)
        lines.append(
            BriefLine(
                kind_label=L.of("record_types", "figures"),
                text=clean(f"{text} ({extra})" if extra else text) or "",
                evidence_id=fi.evidence_id,
            )
        )
    for mv in v.movements:
        lines.append(
            BriefLine(
                kind_label=L.of("record_types", "movements"),
                text=namer.movement(mv.record.name),
                evidence_id=mv.evidence_id,
            )
        )
    for pe in v.people:
        p = pe.record
        title = namer.title(p.title)
        lines.append(
            BriefLine(
                kind_label=L.of("record_types", "people"),
                text=clean(f"{p.name}, {title}" if title else p.name) or "",
                evidence_id=pe.evidence_id,
            )
        )
    return lines
