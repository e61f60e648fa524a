"""The report context: records of many documents aggregated into one model.

Every report format (Word, HTML, Markdown) is rendered from one
`ReportContext`; templates only lay it out. `build_context` works in stages:

1. select: resolve `--unit` against the unit names in the records (accents
   and case folded, then rapidfuzz) and keep the documents and records in
   that unit (and, for a cluster, its members) and in `--period`;
2. number the source documents ([1], [2], ...) and give every record an
   evidence anchor, so every row in a report is traceable to its document;
3. aggregate across documents: units and clusters, events, movements,
   figures per unit and metric, awards by the hierarchy, people;
4. flag conflicting figures (same unit, metric, kind and as-of date, values
   that differ by more than `settings.figure_tolerance` in different
   documents);
5. the appendix: one brief per document and its text cut into segments so
   the HTML review page can highlight each record's evidence;
6. header, subject line and labels in the chosen language.

Unit identity across documents is the archive's `unit_key` (one key per
organisation whatever name a document used), so a report and the archive
agree on what "one unit" is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import PipelineError
from ..models import AWARD_RANK, Award, Figure, FigureKind, Metric, Person, Record, Records, Unit, UnitKind
from ..settings import Settings
from ..units import display_name, norm, unit_key
from .labels import Labels, load_labels

GRADE_RANK = {"first": 0, "second": 1, "third": 2, None: 3}
METRIC_RANK = {m.value: i for i, m in enumerate(Metric)}
UNIT_KIND_RANK = {k.value: i for i, k in enumerate(UnitKind)}
KIND_RANK = {k.value: i for i, k in enumerate(FigureKind)}
BRIEF_LINES = 20  # key records per document in the appendix: what fits one page
BRIEF_WARNINGS = 5
# Scales for money, largest first, per language (Vietnamese writes "92.300 tỷ đồng").
VND_SCALES = {
    "vi": [(1e9, "VND_billion"), (1e6, "VND_million")],
    "en": [(1e12, "VND_trillion"), (1e9, "VND_billion"), (1e6, "VND_million")],
}
# Vietnamese ways to name a unit after `norm()` (accents gone), mapped to RECORDS.md's canonical English
VI_UNIT_FORMS = [
    (r"^(?:cum|khoi) thi dua (?:so )?(\d+)$", r"emulation cluster no \1"),
    (r"^(?:bhxh|bao hiem xa hoi) khu vuc ([ivxlc]+|\d+)$", r"social security region \1"),
    (r"^(?:bhxh|bao hiem xa hoi) (?:tinh |thanh pho |tp )?(.+)$", r"\1 social security"),
]
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# ---------------------------------------------------------------- the model


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceRef(_M):
    """One place a row came from: source document number and the evidence anchor."""

    ref: int
    evidence_id: str
    quote: str


class UnitRow(_M):
    name: str
    kind: str
    kind_label: str
    role: str | None = None
    parent: str | None = None
    members: list[str] = Field(default_factory=list)
    members_text: str = ""  # "6 members"
    sources: list[SourceRef] = Field(default_factory=list)


class EventRow(_M):
    kind_label: str
    name: str | None = None
    date_text: str | None = None
    location: str | None = None
    organizer: str | None = None
    period_reviewed: str | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class MovementRow(_M):
    no: int = 0
    name: str
    launched_by: str | None = None
    period: str | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class FigureRow(_M):
    no: int = 0
    scope: str
    metric: str
    metric_label: str
    value: float
    value_text: str
    kind: str
    kind_label: str
    as_of: str | None = None
    as_of_text: str
    raw: str | None = None
    conflict: bool = False
    sources: list[SourceRef] = Field(default_factory=list)


class FigureTable(_M):
    """The figures of one unit (the scope), one row per metric, kind and date."""

    scope: str
    rows: list[FigureRow]


class ConflictValue(_M):
    value_text: str
    sources: list[SourceRef]


class Conflict(_M):
    scope: str
    metric_label: str
    as_of_text: str
    kind_label: str
    line: str
    variants: list[ConflictValue]


class AwardRow(_M):
    no: int = 0
    award_type: str
    label: str
    rank: int
    grade: str | None = None
    recipient: str | None = None
    recipient_kind: str | None = None
    recipient_kind_label: str | None = None
    count: int | None = None
    count_text: str
    conferred_by: str | None = None
    presented_by: str | None = None
    conferred_text: str = ""  # "State President; presented by X": one column in narrow layouts
    year: str | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class AwardSummaryRow(_M):
    no: int
    label: str
    collectives: int = 0
    individuals: int = 0
    unspecified: int = 0
    uncounted: int = 0
    uncounted_text: str = ""


class HonourRow(_M):
    name: str
    title: str | None = None
    awards: list[str] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)


class PersonRow(_M):
    name: str
    title: str | None = None
    unit: str | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class Segment(_M):
    """A run of document text; `marked` when some record's evidence covers it."""

    text: str
    marked: bool = False
    anchors: list[str] = Field(default_factory=list)  # evidence ids starting here


class BriefLine(_M):
    kind_label: str
    text: str
    evidence_id: str


class SourceDoc(_M):
    ref: int
    anchor: str
    id: str
    title: str
    source: str
    published: str | None = None
    published_text: str
    language: str
    counts: list[tuple[str, int]] = Field(default_factory=list)
    brief: list[BriefLine] = Field(default_factory=list)
    more: int = 0
    more_text: str = ""
    warnings: list[str] = Field(default_factory=list)
    segments: list[Segment] = Field(default_factory=list)


class Header(_M):
    superior_body: str
    issuing_unit: str
    number_line: str
    nation: str
    motto: str
    date_line: str
    report_type: str
    subject: str


class ReportContext(_M):
    """Everything a report template may print. `pipeline report --format json` dumps it."""

    lang: str
    year: int
    next_year: int
    report_date: str
    filter_unit: str | None = None
    filter_period: int | None = None
    filtered: bool = False
    header: Header
    labels: dict[str, Any]
    clusters: list[UnitRow] = Field(default_factory=list)
    units: list[UnitRow] = Field(default_factory=list)
    events: list[EventRow] = Field(default_factory=list)
    movements: list[MovementRow] = Field(default_factory=list)
    figure_tables: list[FigureTable] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    award_summary: list[AwardSummaryRow] = Field(default_factory=list)
    award_totals: AwardSummaryRow
    award_has_unspecified: bool = False
    awards: list[AwardRow] = Field(default_factory=list)
    honoured_units: list[HonourRow] = Field(default_factory=list)
    honoured_people: list[HonourRow] = Field(default_factory=list)
    office_holders: list[PersonRow] = Field(default_factory=list)
    target_tables: list[FigureTable] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    signer_title: str
    signer_name: str
    sources: list[SourceDoc] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    review_note: str | None = None  # "Reviewed by staff: 12 of 40 records." (drafts from the archive)

    @property
    def figure_count(self) -> int:
        return sum(len(t.rows) for t in self.figure_tables)


# ---------------------------------------------------------------- helpers


def code(value: Any) -> Any:
    """An enum's value (model defaults stay enum members; validated input is already a string)."""
    return value.value if isinstance(value, Enum) else value


def clean(text: str | None) -> str | None:
    """Remove characters XML cannot hold (a record with \\x0b must not break the .docx)."""
    return None if text is None else _XML_BAD.sub("", text)


def year_span(value: str | None) -> tuple[int, int] | None:
    """Years a date or period names: "2025-06" -> (2025, 2025), "2021 - 2025" -> (2021, 2025)."""
    if not value:
        return None
    years = [int(y) for y in _YEAR.findall(value)]
    return (min(years), max(years)) if years else None


def covers(value: str | None, year: int) -> bool:
    span = year_span(value)
    return span is not None and span[0] <= year <= span[1]


def fmt_number(x: float, lang: str, max_decimals: int = 2) -> str:
    """1234567.5 -> "1.234.567,5" (vi) or "1,234,567.5" (en); integers keep no decimals."""
    if float(x).is_integer():
        s = f"{int(x):,}"
    else:
        s = f"{x:,.{max_decimals}f}".rstrip("0").rstrip(".")
    if lang == "vi":
        s = s.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return s


def fmt_value(fig: Figure, labels: Labels) -> str:
    lang = labels.lang
    value = float(fig.value)
    key, scaled = code(fig.unit), value
    if key == "VND":
        for factor, scale_key in VND_SCALES[lang]:
            if abs(value) >= factor:
                key, scaled = scale_key, value / factor
                break
    text = labels.of("figure_units", key, n=fmt_number(scaled, lang, 3 if key != "VND" else 0))
    if code(fig.kind) == "change" and value > 0:
        text = "+" + text
    if fig.qualifier:
        text = f"{labels.get('qualifiers', code(fig.qualifier))} {text}"
    return text


def fmt_date(value: str | None, labels: Labels) -> str | None:
    """ "2025" -> "2025"; "2025-06" -> "06/2025" or "June 2025"; a full date -> "31/05/2025" or "31 May 2025"."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1 or not all(p.isdigit() for p in parts) or not 1 <= int(parts[1]) <= 12:
        return value  # a year, or a date the records contract lets through but no calendar has
    month = labels.of("months_short", str(int(parts[1])))
    if len(parts) == 2:
        return f"{month}/{parts[0]}" if labels.lang == "vi" else f"{month} {parts[0]}"
    day = int(parts[2])
    return f"{day:02d}/{month}/{parts[0]}" if labels.lang == "vi" else f"{day} {month} {parts[0]}"


def person_key(name: str | None) -> str:
    return norm(name)


def _merge_sources(into: list[SourceRef], more: Iterable[SourceRef]) -> None:
    seen = {s.evidence_id for s in into}
    for s in more:
        if s.evidence_id not in seen:
            into.append(s)
            seen.add(s.evidence_id)


# ---------------------------------------------------------------- stage 1: select


@dataclass
class DocView:
    """One document as the report sees it: the records kept, with their original index."""

    records: Records
    kept: dict[str, list[tuple[int, Record]]]
    ref: int = 0

    def evidence_id(self, kind: str, index: int) -> str:
        return f"ev{self.ref}-{kind}-{index}"

    def source(self, kind: str, index: int, record: Record) -> SourceRef:
        return SourceRef(
            ref=self.ref, evidence_id=self.evidence_id(kind, index), quote=clean(record.evidence.text) or ""
        )


@dataclass
class UnitFilter:
    """The unit a report is about: its display name and the keys of itself and its members."""

    name: str
    keys: set[str] = field(default_factory=set)


def _all_unit_names(records: Sequence[Records]) -> dict[str, list[str]]:
    """Unit key -> every name and mention seen for it."""
    names: dict[str, list[str]] = defaultdict(list)
    for rec in records:
        for u in rec.units:
            key = unit_key(u.name)
            if key:
                names[key].extend([u.name, *u.mentions])
        for f in rec.figures:
            if f.scope and unit_key(f.scope):
                names[unit_key(f.scope)].append(f.scope)
    return names


def resolve_unit(query: str, records: Sequence[Records]) -> UnitFilter:
    """The unit `query` names, matched accent- and case-insensitively, then fuzzily.

    Raises `PipelineError` with the closest names when nothing matches, so a
    typo never produces an empty report silently.
    """
    from rapidfuzz import fuzz, process

    names = _all_unit_names(records)
    qnorm = norm(query)
    for pattern, repl in VI_UNIT_FORMS:  # "Cụm thi đua số 8", "BHXH tỉnh Đồng Nai": the English canonical forms
        qnorm = re.sub(pattern, repl, qnorm)
    qkey = unit_key(qnorm)
    chosen: str | None = None
    if qkey in names:
        chosen = qkey
    else:
        # every word of the query in a name ("dong nai" -> "dong nai social security"); shortest wins
        words = set(qnorm.split())
        contained = [k for k, ns in names.items() if words and any(words <= set(norm(n).split()) for n in ns + [k])]
        if contained:
            chosen = min(contained, key=lambda k: (len(k), k))
        else:
            choices = {f"{k}\0{i}": norm(n) for k, ns in names.items() for i, n in enumerate([k, *ns])}
            best = process.extractOne(qnorm, choices, scorer=fuzz.token_set_ratio, score_cutoff=85)
            if best is not None:
                chosen = best[2].split("\0")[0]
    if chosen is None:
        close = process.extract(qnorm, {k: k for k in names}, scorer=fuzz.WRatio, limit=3)
        hint = "; closest: " + ", ".join(display_name(k, names[k][0]) for _, _, k in close) if close else ""
        raise PipelineError(f"unit {query!r} is not named in the records{hint}")
    keys = {chosen}
    for rec in records:
        for u in rec.units:
            k = unit_key(u.name)
            if k == chosen:
                keys.update(unit_key(m) for m in u.members)
            elif u.parent and unit_key(u.parent) == chosen:
                keys.add(k)
    keys.discard("")
    first = Counter(n for n in names[chosen]).most_common(1)[0][0]
    return UnitFilter(display_name(chosen, first), keys)


def _doc_covers(rec: Records, year: int) -> bool:
    """Whether an undated record of this document belongs to `year`.

    The document's reviewed period decides when an event gives one; else its
    publication date (year N, or January-March of N+1: the review season).
    A document with neither is not in any year; its dated records still are.
    """
    reviewed = [e.period_reviewed for e in rec.events if year_span(e.period_reviewed)]
    if reviewed:
        return any(covers(p, year) for p in reviewed)
    pub = rec.document.published
    if not pub:
        return False
    y = int(pub[:4])
    return y == year or (y == year + 1 and len(pub) >= 7 and int(pub[5:7]) <= 3)


def _record_date(kind: str, r: Record) -> str | None:
    if kind == "figures":
        return r.as_of or r.period  # type: ignore[attr-defined]
    if kind == "awards":
        return r.year  # type: ignore[attr-defined]
    if kind == "movements":
        return r.period  # type: ignore[attr-defined]
    if kind == "events":
        return r.period_reviewed or r.date  # type: ignore[attr-defined]
    return None


def _in_period(kind: str, r: Record, year: int, doc_ok: bool) -> bool:
    """Whether a record belongs to a report on `year` (`doc_ok`: its document does).

    A figure must be dated in the year (a 2020 figure quoted in 2025 is a
    comparison, not a 2025 result); a target must run to the year or later and
    come from a document of the year, or be dated the year or the next. An
    award, movement or event dated otherwise still counts when its document is
    of the year: a Labor Order "for 2020-2024" conferred at a 2025 congress is
    2025's commendation work, a movement for 2026-2030 launched in 2025 is 2025's.
    """
    when = _record_date(kind, r)
    span = year_span(when)
    if span is None:
        return doc_ok
    if kind == "figures":
        if code(r.kind) == "target":  # type: ignore[attr-defined]
            return span[1] >= year and (doc_ok or covers(when, year) or covers(when, year + 1))
        return covers(when, year)
    return covers(when, year) or doc_ok


def _in_unit(kind: str, r: Record, keys: set[str], people_in_unit: set[str], only_unit: bool) -> bool:
    """Whether a record is about the unit. A figure without a scope or an award without a named
    recipient counts only when the document names no other unit (`only_unit`)."""
    if kind == "units":
        u: Unit = r  # type: ignore[assignment]
        return unit_key(u.name) in keys or (u.parent is not None and unit_key(u.parent) in keys)
    if kind == "figures":
        scope = r.scope  # type: ignore[attr-defined]
        return only_unit if scope is None else unit_key(scope) in keys
    if kind == "awards":
        rec = r.recipient  # type: ignore[attr-defined]
        return only_unit if rec is None else unit_key(rec) in keys or person_key(rec) in people_in_unit
    if kind == "people":
        p: Person = r  # type: ignore[assignment]
        return p.unit is None or unit_key(p.unit) in keys
    return True  # movements and events of a document about the unit


def _names_unit(rec: Records, keys: set[str]) -> bool:
    return (
        any(unit_key(u.name) in keys for u in rec.units)
        or any(f.scope and unit_key(f.scope) in keys for f in rec.figures)
        or any(a.recipient and unit_key(a.recipient) in keys for a in rec.awards)
        or any(e.organizer and unit_key(e.organizer) in keys for e in rec.events)
    )


def select(records: Sequence[Records], unit: UnitFilter | None, period: int | None) -> list[DocView]:
    views = []
    for rec in records:
        if unit is not None and not _names_unit(rec, unit.keys):
            continue
        doc_ok = True if period is None else _doc_covers(rec, period)
        people_in_unit = (
            {person_key(p.name) for p in rec.people if p.unit and unit_key(p.unit) in unit.keys} if unit else set()
        )
        only_unit = unit is not None and all(unit_key(u.name) in unit.keys for u in rec.units)
        kept: dict[str, list[tuple[int, Record]]] = {}
        for kind in ("events", "units", "people", "figures", "awards", "movements"):
            rows = []
            for i, r in enumerate(getattr(rec, kind)):
                if period is not None and not _in_period(kind, r, period, doc_ok):
                    continue
                if unit is not None and not _in_unit(kind, r, unit.keys, people_in_unit, only_unit):
                    continue
                rows.append((i, r))
            kept[kind] = rows
        if doc_ok or any(kept.values()):
            views.append(DocView(rec, kept))
    return views


def infer_year(records: Sequence[Records], today: date) -> int:
    """The year a report is about when `--period` is not given.

    The most common end year of the reviewed periods (events), then of the
    dates of actual figures and awards; the latest wins a tie. With nothing
    dated: last year in January-March (the review season), else this year.
    """
    votes: Counter[int] = Counter()
    for rec in records:
        for e in rec.events:
            span = year_span(e.period_reviewed)
            if span:
                votes[span[1]] += 3
        for f in rec.figures:
            span = year_span(f.as_of)
            if span and code(f.kind) != "target":
                votes[span[1]] += 1
        for a in rec.awards:
            span = year_span(a.year)
            if span:
                votes[span[1]] += 1
    if votes:
        return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return today.year - 1 if today.month <= 3 else today.year


# ---------------------------------------------------------------- stage 3: aggregate


class _Aggregator:
    def __init__(
        self, views: list[DocView], labels: Labels, settings: Settings, focus: UnitFilter | None, year: int
    ) -> None:
        self.views = views
        self.year = year
        self.L = labels
        self.settings = settings
        self.focus = focus
        self._texts: dict[int, str] = {}
        self.unit_names: dict[str, Counter[str]] = defaultdict(Counter)
        for v in views:
            for _, u in v.kept["units"]:
                self.unit_names[unit_key(u.name)][u.name] += 1  # type: ignore[attr-defined]

    def display(self, name: str | None) -> str | None:
        """One name per unit across documents: the canonical form, else the most used one."""
        if not name:
            return None
        key = unit_key(name)
        seen = self.unit_names.get(key)
        first = seen.most_common(1)[0][0] if seen else name
        return clean(display_name(key, first))

    # -- units and clusters
    def units(self) -> tuple[list[UnitRow], list[UnitRow]]:
        rows: dict[str, UnitRow] = {}
        for v in self.views:
            for i, r in v.kept["units"]:
                u: Unit = r  # type: ignore[assignment]
                key = unit_key(u.name) or u.name
                row = rows.get(key)
                if row is None:
                    row = rows[key] = UnitRow(
                        name=self.display(u.name) or u.name,
                        kind=code(u.kind),
                        kind_label=self.L.of("unit_kinds", code(u.kind)),
                    )
                row.role = row.role or clean(u.role)
                row.parent = row.parent or self.display(u.parent)
                for m in u.members:
                    d = self.display(m)
                    if d and d not in row.members:
                        row.members.append(d)
                _merge_sources(row.sources, [v.source("units", i, u)])
        for row in rows.values():
            n = len(row.members)
            row.members_text = self.L.text("s1_member") if n == 1 else self.L.text("s1_members", n=n)
        ordered = sorted(rows.values(), key=lambda r: (UNIT_KIND_RANK.get(r.kind, 99), r.name.casefold()))
        return [r for r in ordered if r.kind == "cluster"], [r for r in ordered if r.kind != "cluster"]

    def events(self) -> list[EventRow]:
        out = []
        for v in self.views:
            for i, e in v.kept["events"]:
                out.append(
                    EventRow(
                        kind_label=self.L.of("event_kinds", code(e.kind)),  # type: ignore[attr-defined]
                        name=clean(e.name),  # type: ignore[attr-defined]
                        date_text=fmt_date(e.date, self.L),  # type: ignore[attr-defined]
                        location=clean(e.location),  # type: ignore[attr-defined]
                        organizer=self.display(e.organizer),  # type: ignore[attr-defined]
                        period_reviewed=clean(e.period_reviewed),  # type: ignore[attr-defined]
                        sources=[v.source("events", i, e)],
                    )
                )
        return out

    def movements(self) -> list[MovementRow]:
        rows: dict[str, MovementRow] = {}
        for v in self.views:
            for i, m in v.kept["movements"]:
                key = norm(m.name)  # type: ignore[attr-defined]
                row = rows.get(key)
                if row is None:
                    row = rows[key] = MovementRow(name=clean(m.name) or "")  # type: ignore[attr-defined]
                row.launched_by = row.launched_by or clean(m.launched_by)  # type: ignore[attr-defined]
                row.period = row.period or clean(m.period)  # type: ignore[attr-defined]
                _merge_sources(row.sources, [v.source("movements", i, m)])
        out = list(rows.values())
        for n, row in enumerate(out, 1):
            row.no = n
        return out

    # -- figures
    def figures(self) -> tuple[list[FigureTable], list[FigureTable], list[Conflict]]:
        tol = self.settings.figure_tolerance
        groups: dict[tuple[Any, ...], list[tuple[Figure, SourceRef]]] = defaultdict(list)
        for v in self.views:
            for i, r in v.kept["figures"]:
                f: Figure = r  # type: ignore[assignment]
                key = (
                    unit_key(f.scope) if f.scope else "",
                    code(f.metric),
                    code(f.kind),
                    code(f.unit),
                    f.as_of,
                    f.period,
                )
                groups[key].append((f, v.source("figures", i, f)))
                self._texts[v.ref] = v.records.document.text
        rows: list[tuple[tuple[Any, ...], FigureRow]] = []
        for key, items in groups.items():
            items.sort(key=lambda fs: (float(fs[0].value), fs[1].ref))
            clusters: list[list[tuple[Figure, SourceRef]]] = []
            for f, s in items:
                if clusters and _close(float(clusters[-1][0][0].value), float(f.value), tol):
                    clusters[-1].append((f, s))
                else:
                    clusters.append([(f, s)])
            for cl in clusters:
                f0 = cl[0][0]
                row = FigureRow(
                    scope=(self.display(f0.scope) if f0.scope else None) or self.L.text("no_unit"),
                    metric=code(f0.metric),
                    metric_label=self._metric_label(f0, self._texts[cl[0][1].ref]),
                    value=float(f0.value),
                    value_text=fmt_value(f0, self.L),
                    kind=code(f0.kind),
                    kind_label=self.L.of("figure_kinds", code(f0.kind)),
                    as_of=f0.as_of,
                    as_of_text=fmt_date(f0.as_of, self.L) or clean(f0.period) or self.L.text("no_date"),
                    raw=clean(f0.raw),
                )
                _merge_sources(row.sources, [s for _, s in cl])
                rows.append((key, row))
        conflicts = self._conflicts(rows)
        # targets for after the reviewed year are directions (section 4); earlier ones stand beside the results
        ahead = {id(r) for k, r in rows if r.kind == "target" and self._after_year(k[4] or k[5])}
        actual = [(k, r) for k, r in rows if id(r) not in ahead]
        targets = [(k, r) for k, r in rows if id(r) in ahead]
        return self._tables(actual), self._tables(targets), conflicts

    def _after_year(self, when: str | None) -> bool:
        span = year_span(when)
        return span is None or span[1] > self.year

    def _metric_label(self, f: Figure, text: str) -> str:
        """The metric's name; for `other`, with the words around the number, so the row says what it counts."""
        label = self.L.of("metrics", code(f.metric))
        if code(f.metric) != "other":
            return label
        return f"{label}: “{clean(snippet(text, f.evidence.start, f.evidence.end))}”"

    def _conflicts(self, rows: list[tuple[tuple[Any, ...], FigureRow]]) -> list[Conflict]:
        by_date: dict[tuple[Any, ...], list[FigureRow]] = defaultdict(list)
        for key, row in rows:
            if row.as_of:  # an undated figure cannot contradict another
                by_date[key[:5]].append(row)
        out = []
        for same in by_date.values():
            docs = {s.ref for r in same for s in r.sources}
            if len(same) < 2 or len(docs) < 2:
                continue
            for r in same:
                r.conflict = True
            r0 = same[0]
            out.append(
                Conflict(
                    scope=r0.scope,
                    metric_label=r0.metric_label,
                    as_of_text=r0.as_of_text,
                    kind_label=r0.kind_label,
                    line=self.L.text("conflict_line", unit=r0.scope, metric=r0.metric_label, as_of=r0.as_of_text),
                    variants=[ConflictValue(value_text=r.value_text, sources=r.sources) for r in same],
                )
            )
        return out

    def _tables(self, rows: list[tuple[tuple[Any, ...], FigureRow]]) -> list[FigureTable]:
        by_scope: dict[str, list[FigureRow]] = defaultdict(list)
        scope_name: dict[str, str] = {}
        for key, row in rows:
            by_scope[key[0]].append(row)
            scope_name[key[0]] = row.scope
        focus_key = unit_key(self.focus.name) if self.focus else None

        def order(k: str) -> tuple[int, str]:
            return (0 if k == focus_key else 2 if k == "" else 1, scope_name[k].casefold())

        tables = []
        for k in sorted(by_scope, key=order):
            trs = sorted(
                by_scope[k],
                key=lambda r: (
                    METRIC_RANK.get(r.metric, 99),
                    KIND_RANK.get(r.kind, 9),
                    r.as_of is None,
                    r.as_of or "",
                    r.as_of_text,
                    r.value,
                ),
            )
            for n, r in enumerate(trs, 1):
                r.no = n
            tables.append(FigureTable(scope=scope_name[k], rows=trs))
        return tables

    # -- awards
    def _recipient_kind(self, v: DocView, a: Award) -> str | None:
        if a.recipient_kind:
            return code(a.recipient_kind)
        if not a.recipient:
            return None
        if person_key(a.recipient) in {person_key(p.name) for p in v.records.people}:
            return "individual"
        if unit_key(a.recipient) in {unit_key(u.name) for u in v.records.units}:
            return "collective"
        return None

    def _award_label(self, a: Award, rkind: str | None) -> tuple[str, str]:
        """ "Huân chương Lao động hạng Ba" and "11 tập thể" (or "1" for a named recipient)."""
        label = self.L.of("award_types", code(a.award_type))
        if a.grade:
            label = self.L.text("award_with_grade", award=label, grade=self.L.of("grades", code(a.grade)))
        if a.count is not None:
            key = {"collective": "count_collectives", "individual": "count_individuals"}.get(
                rkind or "", "count_recipients"
            )
            return label, self.L.text(key, n=a.count)
        return label, "1" if a.recipient else "—"

    def awards(self) -> tuple[list[AwardRow], list[AwardSummaryRow], AwardSummaryRow, bool]:
        rows: dict[Any, AwardRow] = {}
        for v in self.views:
            for i, r in v.kept["awards"]:
                a: Award = r  # type: ignore[assignment]
                rkind = self._recipient_kind(v, a)
                if a.recipient:
                    # the same named recipient reported twice is one award; a mention without a year
                    # joins the one with a year (the press repeats an award, rarely its year)
                    name_key = unit_key(a.recipient) if rkind != "individual" else person_key(a.recipient)
                    base = (code(a.award_type), code(a.grade), name_key)
                    span = year_span(a.year)
                    key: Any = next(
                        (k for k in rows if k[:3] == base and (span is None or k[3] in (None, span))), (*base, span)
                    )
                    if span is not None and key[3] is None:  # the dated mention names the row from now on
                        rows[(*base, span)] = rows.pop(key)
                        key = (*base, span)
                else:  # unnamed groups ("11 collectives") are never merged: two ceremonies may give equal counts
                    key = (v.ref, i)
                row = rows.get(key)
                if row is None:
                    label, count_text = self._award_label(a, rkind)
                    recipient = (
                        (clean(a.recipient) if rkind == "individual" else self.display(a.recipient))
                        if a.recipient
                        else None
                    )
                    row = rows[key] = AwardRow(
                        award_type=code(a.award_type),
                        label=label,
                        rank=AWARD_RANK.get(code(a.award_type), 99),
                        grade=code(a.grade) if a.grade else None,
                        recipient=recipient,
                        recipient_kind=rkind,
                        recipient_kind_label=self.L.get("recipient_kinds", rkind),
                        count=a.count,
                        count_text=count_text,
                        conferred_by=clean(self.L.get("authorities", a.conferred_by)),
                        presented_by=clean(a.presented_by),
                        year=clean(a.year),
                    )
                else:
                    row.conferred_by = row.conferred_by or clean(self.L.get("authorities", a.conferred_by))
                    row.presented_by = row.presented_by or clean(a.presented_by)
                    row.year = row.year or clean(a.year)
                _merge_sources(row.sources, [v.source("awards", i, a)])
        for row in rows.values():
            presented = self.L.text("presented_by_short", name=row.presented_by) if row.presented_by else None
            row.conferred_text = "; ".join(x for x in [row.conferred_by, presented] if x)
        ordered = sorted(
            rows.values(),
            key=lambda r: (
                r.rank,
                GRADE_RANK.get(r.grade, 3),
                {"collective": 0, "individual": 1}.get(r.recipient_kind or "", 2),
                r.recipient is None,
                (r.recipient or "").casefold(),
                r.year or "",
                r.sources[0].ref,
            ),
        )
        summary: dict[str, AwardSummaryRow] = {}
        for n, ar in enumerate(ordered, 1):
            ar.no = n
            s = summary.get(ar.label)
            if s is None:
                s = summary[ar.label] = AwardSummaryRow(no=len(summary) + 1, label=ar.label)
            number = ar.count if ar.count is not None else (1 if ar.recipient else None)
            if number is None:
                s.uncounted += 1
                continue
            if ar.recipient_kind == "collective":
                s.collectives += number
            elif ar.recipient_kind == "individual":
                s.individuals += number
            else:
                s.unspecified += number
        for s in summary.values():
            if s.uncounted:
                s.uncounted_text = self.L.text("uncounted", count=s.uncounted)
        total = AwardSummaryRow(
            no=0,
            label=self.L.text("total"),
            collectives=sum(s.collectives for s in summary.values()),
            individuals=sum(s.individuals for s in summary.values()),
            unspecified=sum(s.unspecified for s in summary.values()),
            uncounted=sum(s.uncounted for s in summary.values()),
        )
        return ordered, list(summary.values()), total, total.unspecified > 0

    # -- people
    def people(self, awards: list[AwardRow]) -> tuple[list[HonourRow], list[HonourRow], list[PersonRow]]:
        byline = {t.casefold() for t in self.L.groups.get("byline_titles", {})} | {
            "author",
            "photographer",
            "translator",
        }
        people: dict[str, PersonRow] = {}
        for v in self.views:
            for i, r in v.kept["people"]:
                p: Person = r  # type: ignore[assignment]
                key = person_key(p.name)
                row = people.get(key)
                if row is None:
                    row = people[key] = PersonRow(name=clean(p.name) or p.name)
                if p.title and p.title.strip().casefold() not in byline:
                    titles = [t for t in (row.title or "").split("; ") if t]
                    for t in p.title.split("; "):
                        if t and t not in titles:
                            titles.append(clean(t) or t)
                    row.title = "; ".join(titles) or None
                row.unit = row.unit or self.display(p.unit)
                _merge_sources(row.sources, [v.source("people", i, p)])
        units: dict[str, HonourRow] = {}
        persons: dict[str, HonourRow] = {}
        for a in awards:
            if not a.recipient:
                continue
            what = f"{a.label} ({a.year})" if a.year else a.label
            if a.recipient_kind == "individual":
                key = person_key(a.recipient)
                honour = persons.get(key)
                if honour is None:
                    known = people.get(key)
                    honour = persons[key] = HonourRow(name=a.recipient, title=known.title if known else None)
            else:
                key = unit_key(a.recipient)
                honour = units.get(key)
                if honour is None:
                    honour = units[key] = HonourRow(name=a.recipient)
            if what not in honour.awards:
                honour.awards.append(what)
            _merge_sources(honour.sources, a.sources)
        officials = sorted((r for r in people.values() if r.title), key=lambda r: r.name.casefold())
        return list(units.values()), list(persons.values()), officials

    # -- stage 5: appendix
    def briefs(self) -> list[SourceDoc]:
        out = []
        for v in self.views:
            rec, doc = v.records, v.records.document
            lines: list[BriefLine] = []
            for i, e in v.kept["events"]:
                when = fmt_date(e.date, self.L) or e.period_reviewed  # type: ignore[attr-defined]
                what = e.name or self.display(e.organizer) or ""  # type: ignore[attr-defined]
                text = " ".join(x for x in [what, f"({when})" if when else ""] if x)
                lines.append(
                    BriefLine(
                        kind_label=self.L.of("event_kinds", code(e.kind)),  # type: ignore[attr-defined]
                        text=clean(text) or "",
                        evidence_id=v.evidence_id("events", i),
                    )
                )
            for i, a in sorted(v.kept["awards"], key=lambda ia: AWARD_RANK.get(code(ia[1].award_type), 99)):  # type: ignore[attr-defined]
                label, count_text = self._award_label(a, self._recipient_kind(v, a))  # type: ignore[arg-type]
                who = a.recipient or (count_text if a.count is not None else "")  # type: ignore[attr-defined]
                lines.append(
                    BriefLine(
                        kind_label=self.L.of("record_types", "awards"),
                        text=clean(f"{label}: {who}" if who else label) or "",
                        evidence_id=v.evidence_id("awards", i),
                    )
                )
            for i, f in v.kept["figures"]:
                fig: Figure = f  # type: ignore[assignment]
                when = fmt_date(fig.as_of, self.L) or fig.period
                scope = self.display(fig.scope)
                text = f"{self.L.of('metrics', code(fig.metric))}: {fmt_value(fig, self.L)}"
                extra = ", ".join(x for x in [scope, when] if x)
                lines.append(
                    BriefLine(
                        kind_label=self.L.of("record_types", "figures"),
                        text=clean(f"{text} ({extra})" if extra else text) or "",
                        evidence_id=v.evidence_id("figures", i),
                    )
                )
            for i, m in v.kept["movements"]:
                lines.append(
                    BriefLine(
                        kind_label=self.L.of("record_types", "movements"),
                        text=clean(m.name) or "",
                        evidence_id=v.evidence_id("movements", i),
                    )
                )  # type: ignore[attr-defined]
            for i, p in v.kept["people"]:
                title = p.title  # type: ignore[attr-defined]
                lines.append(
                    BriefLine(
                        kind_label=self.L.of("record_types", "people"),
                        text=clean(f"{p.name}, {title}" if title else p.name) or "",  # type: ignore[attr-defined]
                        evidence_id=v.evidence_id("people", i),
                    )
                )
            more = max(0, len(lines) - BRIEF_LINES)
            out.append(
                SourceDoc(
                    ref=v.ref,
                    anchor=f"src{v.ref}",
                    id=doc.id,
                    title=clean(doc.title) or self.L.text("untitled"),
                    source=clean(doc.source) or "",
                    published=doc.published,
                    published_text=fmt_date(doc.published, self.L) or self.L.text("no_date"),
                    language=doc.language,
                    counts=[(self.L.of("record_types", k), len(rows)) for k, rows in v.kept.items() if rows],
                    brief=lines[:BRIEF_LINES],
                    more=more,
                    more_text=self.L.text("brief_more", n=more) if more else "",
                    warnings=[clean(w) or "" for w in rec.warnings[:BRIEF_WARNINGS]]
                    + (
                        [self.L.text("brief_more_warnings", n=len(rec.warnings) - BRIEF_WARNINGS)]
                        if len(rec.warnings) > BRIEF_WARNINGS
                        else []
                    ),
                    segments=segments(
                        doc.text,
                        [
                            (r.evidence.start, r.evidence.end, v.evidence_id(kind, i))
                            for kind, rows in v.kept.items()
                            for i, r in rows
                        ],
                    ),
                )
            )
        return out


def snippet(text: str, start: int, end: int, width: int = 70) -> str:
    """The evidence with words around it, within its line: "… 11,846 people received benefits …"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    room = max(0, width - (end - start))
    left = max(line_start, start - room * 2 // 3)
    right = min(line_end, end + room - (start - left))
    if left > line_start:
        cut = text.find(" ", left, start)
        left = cut + 1 if cut >= 0 else left
    if right < line_end:
        cut = text.rfind(" ", end, right)
        right = cut if cut >= 0 else right
    piece = " ".join(text[left:right].split())
    return ("… " if left > line_start else "") + piece + (" …" if right < line_end else "")


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol * max(abs(a), abs(b)) if (a or b) else True


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Cut `text` at every evidence boundary; a segment is marked when a span covers it.

    Overlapping spans (a unit inside a figure's sentence) are handled: each
    boundary starts a new segment, and every evidence id is an anchor at the
    segment where it starts.
    """
    spans = [(s, e, i) for s, e, i in spans if 0 <= s <= e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    index = {c: n for n, c in enumerate(cuts)}
    depth = [0] * (len(cuts) + 1)  # +1 where a span starts, -1 where it ends: a running sum is the coverage
    starts: dict[int, list[str]] = defaultdict(list)
    for s, e, i in sorted(spans):
        starts[s].append(i)
        if e > s:
            depth[index[s]] += 1
            depth[index[e]] -= 1
    out: list[Segment] = []
    covered = 0
    for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
        covered += depth[n]
        piece = clean(text[a:b]) or ""
        out.append(Segment(text=piece, marked=covered > 0, anchors=starts.pop(a, [])))
    if starts:  # empty spans at the very end
        out.append(Segment(text="", anchors=[i for ids in starts.values() for i in ids]))
    return out


# ---------------------------------------------------------------- entry point


def build_context(
    records: Sequence[Records],
    settings: Settings,
    lang: str | None = None,
    unit: str | None = None,
    period: int | None = None,
) -> ReportContext:
    """Aggregate `records` (any number of documents, possibly none) into one `ReportContext`."""
    lang = lang or settings.report_lang
    labels = load_labels(lang, settings.report_labels)
    today = settings.report_date or date.today()

    # 1. select
    focus = resolve_unit(unit, records) if unit else None
    views = select(records, focus, period)
    year = period if period is not None else infer_year([v.records for v in views], today)

    # 2. number the sources: oldest first, undated last, then by title
    views.sort(
        key=lambda v: (v.records.document.published or "9999", v.records.document.title or "", v.records.document.id)
    )
    for n, v in enumerate(views, 1):
        v.ref = n

    # 3-5. aggregate, conflicts, appendix
    agg = _Aggregator(views, labels, settings, focus, year)
    clusters, units = agg.units()
    figure_tables, target_tables, conflicts = agg.figures()
    awards, summary, totals, unspecified = agg.awards()
    honoured_units, honoured_people, officials = agg.people(awards)
    sources = agg.briefs()

    # 6. header and labels
    en = lang == "en"
    issuing_unit = settings.issuing_unit_en if en else settings.issuing_unit
    place = settings.place_en if en else settings.place
    month_name = labels.of("months", str(today.month))
    values = dict(
        year=year,
        next_year=year + 1,
        n=len(views),
        place=place,
        issuing_unit=issuing_unit,
        number=settings.report_number,
        day=today.day,
        month=today.month,
        month_name=month_name,
        unit=focus.name if focus else labels.text("all_units"),
        period=year,
    )
    texts = labels.texts(**values)
    header = Header(
        superior_body=settings.issuing_body_en if en else settings.issuing_body,
        issuing_unit=issuing_unit,
        number_line=texts["number_line"],
        nation=texts["nation"],
        motto=texts["motto"],
        date_line=labels.text(
            "date_line", place=place, day=today.day, month=today.month, month_name=month_name, year=today.year
        ),
        report_type=texts["report_type"],
        subject=texts["subject"],
    )
    warnings = [f"[{v.ref}] {clean(w)}" for v in views for w in v.records.warnings]
    return ReportContext(
        lang=lang,
        year=year,
        next_year=year + 1,
        report_date=today.isoformat(),
        filter_unit=focus.name if focus else None,
        filter_period=period,
        filtered=focus is not None or period is not None,
        header=header,
        labels=texts,
        clusters=clusters,
        units=units,
        events=agg.events(),
        movements=agg.movements(),
        figure_tables=figure_tables,
        conflicts=conflicts,
        award_summary=summary,
        award_totals=totals,
        award_has_unspecified=unspecified,
        awards=awards,
        honoured_units=honoured_units,
        honoured_people=honoured_people,
        office_holders=officials,
        target_tables=target_tables,
        recipients=settings.recipients if settings.recipients is not None else texts["recipients_default"],
        signer_title=settings.signer_title_en if en else settings.signer_title,
        signer_name=settings.signer_name or texts["signer_placeholder"],
        sources=sources,
        warnings=warnings,
    )
