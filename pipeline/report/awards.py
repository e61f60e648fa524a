"""Stage 3b: awards into the detail table, the summary by form and the recipients appendix.

Every summary cell counts each recipient once and cites the records it
counts. A named recipient reported by two documents is one row. A count
("nine collectives received the Government flag for 2020-2025") and the
named recipients of the same document it contains (the flag to X for 2023)
are one group: the cell takes the larger of the count and the names, never
their sum. Proposals are kept in their own columns, never counted as given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..models import AWARD_RANK, Award
from ..units import norm
from ..years import year_span
from .formatting import clean, code, merge_sources
from .labels import Labels
from .model import AwardRow, AwardSummaryRow, HonourRow, RecipientRow, SourceRef, SummaryCell
from .names import Namer
from .selection import Item

GRADE_RANK = {"first": 0, "second": 1, "third": 2, None: 3}
# a decision's number as Vietnamese documents write it: "391/QĐ-BTC", "1733/QD-BHXH"
DECISION = re.compile(r"\b\d{1,5}/(?:\d{4}/)?(?:QĐ|QD|NQ)-[A-Za-zĐđ0-9]+(?:-[A-Za-zĐđ0-9]+)*")


@dataclass
class _Row:
    """An award row under construction, with the records it merges."""

    out: AwardRow
    items: list[Item[Award]] = field(default_factory=list)
    span: tuple[int, int] | None = None

    @property
    def named(self) -> bool:
        return self.out.recipient is not None

    def refs(self) -> set[int]:
        return {i.view.ref for i in self.items}


@dataclass
class AwardTables:
    rows: list[AwardRow]
    summary: list[AwardSummaryRow]
    totals: AwardSummaryRow
    has_unspecified: bool
    has_proposed: bool
    recipients: list[RecipientRow]


def recipient_kind(it: Item[Award]) -> str | None:
    a = it.record
    if a.recipient_kind:
        return code(a.recipient_kind)
    if not a.recipient:
        return None
    rec = it.view.records
    if norm(a.recipient) in {norm(p.name) for p in rec.people}:
        return "individual"
    if it.view.key(a.recipient) in {it.view.key(u.name, u.parent) for u in rec.units}:
        return "collective"
    return None


class AwardBuilder:
    def __init__(self, labels: Labels, namer: Namer) -> None:
        self.L = labels
        self.namer = namer

    def label(self, a: Award) -> str:
        label = self.L.of("award_types", code(a.award_type))
        if a.grade:
            label = self.L.text("award_with_grade", award=label, grade=self.L.of("grades", code(a.grade)))
        return label

    def count_text(self, a: Award, rkind: str | None) -> str:
        if a.count is None:
            return "1" if a.recipient else "—"
        key = {"collective": "count_collectives", "individual": "count_individuals"}.get(
            rkind or "", "count_recipients"
        )
        return self.L.text(key, n=a.count)

    def build(self, items: Iterable[Item[Award]]) -> AwardTables:
        rows: dict[Any, _Row] = {}
        for it in items:
            a, rkind = it.record, recipient_kind(it)
            status = code(a.status)
            span = year_span(a.year)
            if a.recipient:
                # the same named recipient reported twice is one award; a mention without a year
                # joins the one with a year (the press repeats an award, rarely its year)
                name_key = norm(a.recipient) if rkind == "individual" else it.view.key(a.recipient)
                base = (code(a.award_type), code(a.grade), status, name_key)
                key: Any = next((k for k in rows if k[:4] == base and (span is None or k[4] in (None, span))), None)
                if key is None:
                    key = (*base, span)
                elif span is not None and key[4] is None:
                    rows[(*base, span)] = rows.pop(key)
                    key = (*base, span)
            else:  # unnamed groups are never merged: two ceremonies may give equal counts
                key = (it.view.ref, it.index)
            row = rows.get(key)
            if row is None:
                row = rows[key] = _Row(self._new_row(it, rkind), span=span)
            else:
                o = row.out
                o.conferred_by = o.conferred_by or clean(self.L.get("authorities", a.conferred_by))
                o.presented_by = o.presented_by or clean(a.presented_by)
                o.year = o.year or clean(a.year)
                o.decision = o.decision or _decision(it)
                row.span = row.span or span
            row.items.append(it)
            merge_sources(row.out.sources, [it.source])
        ordered = sorted(rows.values(), key=_order)
        for n, r in enumerate(ordered, 1):
            r.out.no = n
            presented = self.L.text("presented_by_short", name=r.out.presented_by) if r.out.presented_by else None
            r.out.conferred_text = "; ".join(x for x in [r.out.conferred_by, presented] if x)
        summary, totals = self._summary(ordered)
        return AwardTables(
            rows=[r.out for r in ordered],
            summary=summary,
            totals=totals,
            has_unspecified=totals.given_unspecified.n + totals.proposed_unspecified.n > 0,
            has_proposed=any(r.out.status == "proposed" for r in ordered),
            recipients=self._recipients(ordered),
        )

    def _new_row(self, it: Item[Award], rkind: str | None) -> AwardRow:
        a = it.record
        if not a.recipient:
            recipient = None
        elif rkind == "individual":
            recipient = clean(a.recipient)
        else:
            recipient = self.namer.unit(a.recipient, it.view.key(a.recipient))
        status = code(a.status)
        return AwardRow(
            award_type=code(a.award_type),
            label=self.label(a),
            rank=AWARD_RANK.get(code(a.award_type), 99),
            grade=code(a.grade) if a.grade else None,
            status=status,
            status_label=self.L.of("award_status", status),
            recipient=recipient,
            recipient_kind=rkind,
            recipient_kind_label=self.L.get("recipient_kinds", rkind),
            count=a.count,
            count_text=self.count_text(a, rkind),
            conferred_by=clean(self.L.get("authorities", a.conferred_by)),
            presented_by=clean(a.presented_by),
            year=clean(a.year),
            decision=_decision(it),
        )

    # -- the summary: each recipient once
    def _summary(self, rows: list[_Row]) -> tuple[list[AwardSummaryRow], AwardSummaryRow]:
        by_label: dict[str, AwardSummaryRow] = {}
        cells: dict[tuple[str, str, str], list[_Row]] = {}
        for r in rows:
            s = by_label.get(r.out.label)
            if s is None:
                s = by_label[r.out.label] = AwardSummaryRow(no=len(by_label) + 1, label=r.out.label)
            if r.out.count is None and not r.named:
                s.uncounted += 1
                continue
            kind = r.out.recipient_kind if r.out.recipient_kind in ("collective", "individual") else "unspecified"
            status = "proposed" if r.out.status == "proposed" else "given"
            cells.setdefault((r.out.label, status, kind), []).append(r)
        for (label, status, kind), group in cells.items():
            target: SummaryCell = getattr(
                by_label[label], f"{status}_{kind}s" if kind != "unspecified" else f"{status}_unspecified"
            )
            target.n, sources = reconcile(group)
            merge_sources(target.sources, sources)
        for s in by_label.values():
            if s.uncounted:
                s.uncounted_text = self.L.text("uncounted", count=s.uncounted)
        total = AwardSummaryRow(no=0, label=self.L.text("total"))
        for name in AwardSummaryRow.model_fields:
            if name.startswith(("given_", "proposed_")):
                cell: SummaryCell = getattr(total, name)
                for s in by_label.values():
                    part: SummaryCell = getattr(s, name)
                    cell.n += part.n
                    merge_sources(cell.sources, part.sources)
        total.uncounted = sum(s.uncounted for s in by_label.values())
        return list(by_label.values()), total

    def _recipients(self, rows: list[_Row]) -> list[RecipientRow]:
        out = []
        named = sorted(
            (r for r in rows if r.named),
            key=lambda r: (r.out.recipient_kind != "collective", (r.out.recipient or "").casefold(), r.out.no),
        )
        for r in named:
            o = r.out
            out.append(
                RecipientRow(
                    name=o.recipient or "",
                    kind_label=o.recipient_kind_label,
                    form=o.label,
                    status_label=o.status_label,
                    conferred_by=o.conferred_by,
                    decision=o.decision,
                    year=o.year,
                    sources=o.sources,
                )
            )
        for n, x in enumerate(out, 1):
            x.no = n
        return out

    # -- section II.4: who was honoured
    def honours(self, rows: list[AwardRow], titles: dict[str, str | None]) -> tuple[list[HonourRow], list[HonourRow]]:
        units: dict[str, HonourRow] = {}
        persons: dict[str, HonourRow] = {}
        for a in rows:
            if not a.recipient or a.status == "proposed":
                continue
            what = f"{a.label} ({a.year})" if a.year else a.label
            book = persons if a.recipient_kind == "individual" else units
            key = norm(a.recipient)
            honour = book.get(key)
            if honour is None:
                title = titles.get(key) if book is persons else None
                honour = book[key] = HonourRow(name=a.recipient, title=title)
            if what not in honour.awards:
                honour.awards.append(what)
            merge_sources(honour.sources, a.sources)
        return list(units.values()), list(persons.values())


def reconcile(group: list[_Row]) -> tuple[int, list[SourceRef]]:
    """How many recipients a summary cell counts: each count with the named records of its
    document that it contains (same years, or either undated) is the larger of the two,
    and named records outside every count add one each."""
    counts = [r for r in group if not r.named]
    named = [r for r in group if r.named]
    used: set[int] = set()
    total = 0
    for c in counts:
        inside = [i for i, n in enumerate(named) if i not in used and n.refs() & c.refs() and _within(n.span, c.span)]
        used.update(inside)
        total += max(c.out.count or 0, sum(named[i].out.count or 1 for i in inside))
    total += sum(n.out.count or 1 for i, n in enumerate(named) if i not in used)
    sources: list[SourceRef] = []
    for r in group:
        merge_sources(sources, r.out.sources)
    return total, sources


def _within(inner: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
    if inner is None or outer is None:
        return True
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _decision(it: Item[Award]) -> str | None:
    m = DECISION.search(it.sentence())
    return m.group(0) if m else None


def _order(r: _Row) -> tuple[Any, ...]:
    o = r.out
    return (
        o.status == "proposed",
        o.rank,
        GRADE_RANK.get(o.grade, 3),
        {"collective": 0, "individual": 1}.get(o.recipient_kind or "", 2),
        o.recipient is None,
        (o.recipient or "").casefold(),
        o.year or "",
        o.sources[0].ref,
    )
