"""Stage 1: which records a report is about, one rule for every record type.

- The period (`--period`, default `latest_year`): each record's own date
  decides (a figure's `as_of`, else its `period`; an award's `year`; an
  event's reviewed period or date; a movement's period), and only a record
  without one falls back to its document's date. A figure is in the year when
  its dates cover it; a target when it runs to the year or the next. What
  falls outside is left out and counted (`Selection.excluded`). A record
  with no date in a document with none stays in a report on the default
  year (nothing places it elsewhere) and is left out of a chosen `--period`.
- The unit (`--unit`): the unit, its members and the offices under it, and
  the awards with a count but no named recipient that the document gives in
  the unit's name.

Records stay typed (`Item[Figure]`, `Item[Award]`, ...) so later stages need
no casts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from ..errors import UsageError
from ..models import Award, Event, Figure, Movement, Person, Record, Records, Unit
from ..unit_lookup import closest_units, match_unit
from ..units import display_name, identity_key, norm
from ..years import year_span
from .formatting import clean, code
from .model import SourceRef

R = TypeVar("R", bound=Record)
KINDS = ("events", "units", "people", "figures", "awards", "movements")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass
class DocView:
    """One document as the report sees it: the records kept, each with its index in the document."""

    records: Records
    ref: int = 0
    events: list[Item[Event]] = field(default_factory=list)
    units: list[Item[Unit]] = field(default_factory=list)
    people: list[Item[Person]] = field(default_factory=list)
    figures: list[Item[Figure]] = field(default_factory=list)
    awards: list[Item[Award]] = field(default_factory=list)
    movements: list[Item[Movement]] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.records.document.id

    def key(self, name: str | None, parent: str | None = None) -> str:
        """A unit's identity in this document (`pipeline.units.identity_key`)."""
        return identity_key(name, self.doc_id, parent)

    def kept(self) -> dict[str, list[Item[Record]]]:
        return {k: list(getattr(self, k)) for k in KINDS}

    def has_records(self) -> bool:
        return any(getattr(self, k) for k in KINDS)


@dataclass
class Item(Generic[R]):
    """A kept record, its type and index in its document: enough to cite it."""

    view: DocView
    kind: str
    index: int
    record: R

    @property
    def evidence_id(self) -> str:
        return f"ev{self.view.ref}-{self.kind}-{self.index}"

    @property
    def source(self) -> SourceRef:
        return SourceRef(
            ref=self.view.ref,
            evidence_id=self.evidence_id,
            record_id=f"{self.view.doc_id}/{self.kind}/{self.index}",
            quote=clean(self.record.evidence.text) or "",
        )

    def sentence(self) -> str:
        """The sentence (or line) of the document that holds the record's evidence."""
        text = self.view.records.document.text
        start, end = self.record.evidence.start, self.record.evidence.end
        before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
        after = _SENTENCE_END.search(text, end)
        return text[(before[-1] if before else 0) : (after.start() + 1 if after else len(text))]


@dataclass
class UnitFocus:
    """The unit a report is about: its printed name and the keys of itself, its members and offices."""

    name: str
    key: str
    keys: set[str] = field(default_factory=set)


@dataclass
class Selection:
    views: list[DocView]
    year: int
    focus: UnitFocus | None
    excluded: Counter[str] = field(default_factory=Counter)  # record type -> left out by the period


# ---------------------------------------------------------------- the unit


def _unit_names(records: Sequence[Records]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for rec in records:
        doc_id = rec.document.id
        for u in rec.units:
            key = identity_key(u.name, doc_id, u.parent)
            if key:
                names[key].extend([u.name, *u.mentions])
        for f in rec.figures:
            key = identity_key(f.scope, doc_id)
            if key:
                names[key].append(f.scope or "")
    return names


def resolve_focus(query: str, records: Sequence[Records]) -> UnitFocus:
    """The unit `query` names (`pipeline.unit_lookup.match_unit`), with its members and the offices under it.

    Raises `PipelineError` with the closest names when nothing matches, so a
    typo never produces an empty report silently.
    """
    names = _unit_names(records)
    found = match_unit(query, names)
    if not found:
        close = closest_units(query, names)
        hint = "; closest: " + ", ".join(display_name(k, names[k][0]) for k in close) if close else ""
        raise UsageError(f"unit {query!r} is not named in the records{hint}")
    chosen = found[0]
    keys = {chosen}
    for rec in records:
        doc_id = rec.document.id
        for u in rec.units:
            key = identity_key(u.name, doc_id, u.parent)
            if key == chosen:
                keys.update(identity_key(m, doc_id) for m in u.members)
            elif u.parent and identity_key(u.parent, doc_id) == chosen:
                keys.add(key)
    keys.discard("")
    first = Counter(names[chosen]).most_common(1)[0][0]
    return UnitFocus(display_name(chosen, first), chosen, keys)


def _names_unit(rec: Records, keys: set[str]) -> bool:
    doc_id = rec.document.id
    return (
        any(identity_key(u.name, doc_id, u.parent) in keys for u in rec.units)
        or any(f.scope and identity_key(f.scope, doc_id) in keys for f in rec.figures)
        or any(a.recipient and identity_key(a.recipient, doc_id) in keys for a in rec.awards)
        or any(e.organizer and identity_key(e.organizer, doc_id) in keys for e in rec.events)
    )


@dataclass
class _UnitTest:
    """Whether records of one document are about the focus unit."""

    view: DocView
    keys: set[str]
    only_unit: bool = False
    organised: bool = False
    people: set[str] = field(default_factory=set)
    mentions: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, view: DocView, keys: set[str]) -> _UnitTest:
        rec = view.records
        test = cls(view, keys)
        test.only_unit = all(view.key(u.name, u.parent) in keys for u in rec.units)
        test.organised = any(e.organizer and view.key(e.organizer) in keys for e in rec.events)
        test.people = {norm(p.name) for p in rec.people if p.unit and view.key(p.unit) in keys}
        test.mentions = [
            norm(m) for u in rec.units if view.key(u.name, u.parent) in keys for m in [u.name, *u.mentions] if norm(m)
        ]
        return test

    def _about(self, item: Item[R]) -> bool:
        """A record without a unit of its own: the document's unit when the document is the unit's
        (it names no other, or the unit organised its event), or its sentence names the unit."""
        if self.only_unit or self.organised:
            return True
        sentence = f" {norm(item.sentence())} "
        return any(f" {m} " in sentence for m in self.mentions)

    def keeps(self, item: Item[R]) -> bool:
        r = item.record
        if isinstance(r, Unit):
            return self.view.key(r.name, r.parent) in self.keys or bool(
                r.parent and self.view.key(r.parent) in self.keys
            )
        if isinstance(r, Figure):
            return self._about(item) if r.scope is None else self.view.key(r.scope) in self.keys
        if isinstance(r, Award):
            if r.recipient is None:
                return self._about(item)
            return self.view.key(r.recipient) in self.keys or norm(r.recipient) in self.people
        if isinstance(r, Person):
            return r.unit is None or self.view.key(r.unit) in self.keys
        return True


# ---------------------------------------------------------------- the period


def document_years(rec: Records) -> set[int]:
    """The years a document reports on: its events' reviewed periods, else its publication year
    (and the year before, from January to March: the review season)."""
    spans = [s for s in (year_span(e.period_reviewed) for e in rec.events) if s]
    if spans:
        return {y for lo, hi in spans for y in range(lo, hi + 1)}
    pub = rec.document.published
    if not pub:
        return set()
    y = int(pub[:4])
    return {y, y - 1} if len(pub) >= 7 and int(pub[5:7]) <= 3 else {y}


def record_span(r: Record) -> tuple[int, int] | None:
    """The years a record's own date names, or None when it has none."""
    if isinstance(r, Figure):
        return year_span(r.as_of) or year_span(r.period)
    if isinstance(r, Award):
        return year_span(r.year)
    if isinstance(r, Event):
        return year_span(r.period_reviewed) or year_span(r.date)
    if isinstance(r, Movement):
        return year_span(r.period)
    return None


def in_period(r: Record, year: int, doc_years: set[int], keep_undated: bool = False) -> bool:
    """`keep_undated`: a record with no date in a document with none (it cannot be placed in any
    year) stays in a report on the default year, and is left out of one on a year the user chose."""
    span = record_span(r)
    if span is None and not doc_years:
        return keep_undated
    if isinstance(r, Figure) and code(r.kind) == "target":
        if span is None:
            return year in doc_years
        return span[0] <= year + 1 and span[1] >= year
    if span is None:
        return year in doc_years
    if isinstance(r, Movement):  # a movement launched in the year for the next five still belongs to it
        return span[0] <= year <= span[1] or year in doc_years
    return span[0] <= year <= span[1]


def latest_year(records: Sequence[Records], today: date) -> int:
    """The latest year the records cover: their results, awards and reviewed periods, else the
    documents' dates; with nothing dated, last year in January-March, else this year.

    A year after its document's publication is a plan, not a result ("2026-2030" in a 2025
    article): such a span counts up to the publication year only.
    """
    years: list[int] = []
    for rec in records:
        pub = int(rec.document.published[:4]) if rec.document.published else None
        for r in [*rec.figures, *rec.awards, *rec.events]:
            if isinstance(r, Figure) and code(r.kind) == "target":
                continue
            span = year_span(r.period_reviewed) if isinstance(r, Event) else record_span(r)
            if span is None or (pub is not None and span[0] > pub):
                continue
            years.append(min(span[1], pub) if pub is not None else span[1])
    if not years:
        years = [max(document_years(rec)) for rec in records if document_years(rec)]
    if years:
        return max(years)
    return today.year - 1 if today.month <= 3 else today.year


# ---------------------------------------------------------------- both


def select(records: Sequence[Records], unit: str | None, period: int | None, today: date) -> Selection:
    focus = resolve_focus(unit, records) if unit else None
    year = period if period is not None else latest_year(records, today)
    excluded: Counter[str] = Counter()
    views = []
    for rec in records:
        if focus is not None and not _names_unit(rec, focus.keys):
            continue
        view = DocView(rec)
        test = _UnitTest.of(view, focus.keys) if focus else None
        doc_years = document_years(rec)
        for kind in ("events", "figures", "awards", "movements"):
            for i, r in enumerate(getattr(rec, kind)):
                item = Item(view, kind, i, r)
                if test is not None and not test.keeps(item):
                    continue
                if not in_period(r, year, doc_years, keep_undated=period is None):
                    if kind in ("figures", "awards"):
                        excluded[kind] += 1
                    continue
                getattr(view, kind).append(item)
        if not (year in doc_years or view.has_records() or (period is None and not doc_years)):
            continue
        # the units and people of a document in the report: those about the unit, when there is one
        for kind in ("units", "people"):
            for i, r in enumerate(getattr(rec, kind)):
                item = Item(view, kind, i, r)
                if test is None or test.keeps(item):
                    getattr(view, kind).append(item)
        views.append(view)
    return Selection(views, year, focus, excluded)
