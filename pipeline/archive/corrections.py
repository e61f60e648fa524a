"""Staff corrections as a layer over the extractor's records: the effective record.

The extractor's records stay in the record tables exactly as extracted; what
a person did is a row in `corrections` (who, when, which record, which field,
before, after, why). The *effective* record is the extractor's record with
its corrections applied in order, and `effective_records` is the one way the
rest of the project (reports, `archive` queries, exports, the review app)
reads records back from the archive.

A correction names its record by `ref`: `x:<ordinal>` for an extractor
record of the version in `document_id`, `a:<id>` for a record a person added
(the `add` correction with that id). Its anchor (`evidence_*`, `anchor_nth`
among records quoting the same span) lets `carry_over` (`carry_over.py`)
find the record again when the file is extracted anew: an unchanged file
finds every anchor where it was; a changed file finds the words elsewhere or
lists the correction as needing attention. Nothing is ever deleted.
Record-table query rows (not whole documents) get their corrections in
`corrected_rows.py`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, delete, func, select

from ..models import RECORD_TYPES, Record, Records
from . import schema as S
from .in_clause import in_chunks

ACTIONS = ("accept", "edit", "reject", "add")
C = S.corrections


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class RecordView:
    """One record as the reviewer sees it: effective value, extractor's value, what people did."""

    kind: str
    ref: str
    record: Record
    original: Record | None  # None for a record a person added
    reviewed: bool = False
    rejected: bool = False
    reject_reason: str | None = None
    edited: dict[str, dict[str, Any]] = field(default_factory=dict)  # field -> last edit correction
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def added(self) -> bool:
        return self.original is None

    @property
    def anchor(self) -> str:
        return f"rec-{self.kind}-{self.ref.replace(':', '')}"


@dataclass
class DocumentView:
    """A document version with its corrections applied."""

    records: Records  # effective: rejected records left out, added ones in
    views: list[RecordView]
    attention: list[dict[str, Any]] = field(default_factory=list)

    @property
    def live(self) -> list[RecordView]:
        return [v for v in self.views if not v.rejected]

    @property
    def total(self) -> int:
        return len(self.live)

    @property
    def reviewed(self) -> int:
        return sum(v.reviewed for v in self.live)

    def find(self, kind: str, ref: str) -> RecordView | None:
        return next((v for v in self.views if v.kind == kind and v.ref == ref), None)


class EffectiveRecords(list[Records]):
    """`Records` with corrections applied, plus how many of their records a person reviewed."""

    reviewed: int = 0
    total: int = 0

    def note(self) -> tuple[int, int]:
        return self.reviewed, self.total


# -- applying corrections ----------------------------------------------------


def _with(record: Record, changes: Mapping[str, Any]) -> Record:
    data = record.model_dump(mode="json")
    data.update(changes)
    return type(record).model_validate(data)


def apply_corrections(
    records: Records, rows: Sequence[Mapping[str, Any]], unit_names: Mapping[tuple[str, int, str], str] | None = None
) -> DocumentView:
    """The effective document: `rows` (active corrections of this version, oldest first) applied to `records`.

    `unit_names` ((kind, ordinal, field) -> canonical name) carries unit
    merges and renames; a person's own edit of the same field wins over it.
    """
    views: list[RecordView] = []
    by_ref: dict[tuple[str, str], RecordView] = {}
    for kind in RECORD_TYPES:
        for i, rec in enumerate(getattr(records, kind)):
            current = rec
            renames = {f: name for (k, n, f), name in (unit_names or {}).items() if k == kind and n == i}
            if renames:
                try:
                    current = _with(rec, renames)
                except ValidationError:
                    current = rec
            v = RecordView(kind, f"x:{i}", current, rec)
            views.append(v)
            by_ref[(kind, v.ref)] = v
    for row in rows:
        kind, ref, action = row["kind"], row["ref"], row["action"]
        entry = dict(row)
        if action == "add":
            try:
                added = RECORD_TYPES[kind].model_validate(json.loads(row["after"]))
            except (ValidationError, ValueError, KeyError):
                continue
            v = RecordView(kind, f"a:{row['id']}", added, None, reviewed=True, history=[entry])
            views.append(v)
            by_ref[(kind, v.ref)] = v
            continue
        target = by_ref.get((kind, ref))
        if target is None:
            continue
        target.history.append(entry)
        target.reviewed = True
        if action == "reject":
            target.rejected, target.reject_reason = True, row["reason"]
        elif action == "accept":
            target.rejected = False
        elif action == "edit" and row["field"]:
            try:
                target.record = _with(target.record, {row["field"]: json.loads(row["after"])})
                target.edited[row["field"]] = entry
            except (ValidationError, ValueError):
                continue
    effective = records.model_copy(
        update={kind: [v.record for v in views if v.kind == kind and not v.rejected] for kind in RECORD_TYPES}
    )
    return DocumentView(effective, views)


# -- reading -----------------------------------------------------------------


def active_rows(conn: Connection, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Active corrections per document version, oldest first."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for chunk in in_chunks(list(ids)):
        q = select(C).where(C.c.document_id.in_(chunk), C.c.state == "active").order_by(C.c.id)
        for row in conn.execute(q).mappings():
            out[row["document_id"]].append(dict(row))
    return out


# record table -> (key column, field in the record)
UNIT_KEY_FIELDS: dict[str, list[tuple[str, str]]] = {
    "units": [("unit_key", "name"), ("parent_key", "parent")],
    "people": [("unit_key", "unit")],
    "figures": [("scope_key", "scope")],
    "awards": [("recipient_key", "recipient")],
    "events": [("organizer_key", "organizer")],
}


def unit_names(conn: Connection, ids: Sequence[str]) -> dict[str, dict[tuple[str, int, str], str]]:
    """Canonical names for unit fields whose unit was merged or renamed: version -> (kind, ordinal, field) -> name."""
    o = S.unit_overrides
    overrides = conn.execute(select(o.c.key, o.c.name, o.c.merged_into)).all()
    if not overrides:
        return {}
    touched = {key for key, name, merged in overrides if name and not merged} | {m for _, _, m in overrides if m}
    names = dict(conn.execute(select(S.units.c.key, S.units.c.name).where(S.units.c.key.in_(touched))).all())
    names.update({key: name for key, name, merged in overrides if name and not merged})
    out: dict[str, dict[tuple[str, int, str], str]] = defaultdict(dict)
    for kind, pairs in UNIT_KEY_FIELDS.items():
        t = S.T[S.RECORD_TABLES[kind]]
        for col, fld in pairs:
            for chunk in in_chunks(list(ids)):
                q = select(t.c.document_id, t.c.ordinal, t.c[col]).where(
                    t.c.document_id.in_(chunk), t.c[col].in_(touched)
                )
                for doc, ordinal, key in conn.execute(q):
                    if key in names:
                        out[doc][(kind, ordinal, fld)] = names[key]
    return out


def effective_records(archive: Any, ids: Iterable[str], *, reviewed_only: bool = False) -> EffectiveRecords:
    """`Records` of these document versions with every active correction applied, in the order given.

    This is how reports, `archive` queries, exports and the review app read
    records. `reviewed_only` keeps only the records a person accepted, edited
    or added (documents left with none are left out). The result's
    `reviewed` / `total` count the records it holds.
    """
    ids = list(dict.fromkeys(ids))
    d = S.documents
    with archive.read() as conn:
        known = set()
        for chunk in in_chunks(ids):
            known.update(conn.execute(select(d.c.id).where(d.c.id.in_(chunk))).scalars())
    present = [i for i in ids if i in known]
    base = dict(zip(present, archive.load(present)))  # `load`: the archive's one reader of record rows
    with archive.read() as conn:
        rows = active_rows(conn, list(base))
        names = unit_names(conn, list(base))
    out = EffectiveRecords()
    for vid, recs in base.items():
        view = apply_corrections(recs, rows.get(vid, []), names.get(vid))
        effective = view.records
        if reviewed_only:
            kept = [v for v in view.live if v.reviewed]
            if not kept:
                continue
            effective = effective.model_copy(
                update={kind: [v.record for v in kept if v.kind == kind] for kind in RECORD_TYPES}
            )
            out.reviewed += len(kept)
            out.total += len(kept)
        else:
            out.reviewed += view.reviewed
            out.total += view.total
        out.append(effective)
    return out


def document_view(archive: Any, vid: str) -> DocumentView | None:
    """One version for the review app: effective records, every record's state, corrections needing attention."""
    base = archive.load_map([vid]).get(vid)
    if base is None:
        return None
    d = S.documents
    with archive.read() as conn:
        view = apply_corrections(base, active_rows(conn, [vid]).get(vid, []), unit_names(conn, [vid]).get(vid))
        office, source_key = conn.execute(select(d.c.office, d.c.source_key).where(d.c.id == vid)).one()
        q = (
            select(C)
            .where(C.c.office == office, C.c.source_key == source_key)
            .where((C.c.state == "attention") | C.c.note.is_not(None))
            .order_by(C.c.id)
        )
        view.attention = [dict(r) for r in conn.execute(q).mappings()]
    return view


# -- review state --------------------------------------------------------------


def refresh_state(conn: Connection, vid: str, records: Records) -> DocumentView:
    """Recompute the review summary of one version (what the queue shows) inside the caller's transaction."""
    view = apply_corrections(records, active_rows(conn, [vid]).get(vid, []))
    attention = conn.execute(
        select(func.count()).select_from(C).where(C.c.document_id == vid, C.c.state == "attention")
    ).scalar_one()
    rs = S.review_state
    conn.execute(delete(rs).where(rs.c.document_id == vid))
    conn.execute(
        rs.insert().values(
            document_id=vid, records=view.total, reviewed=view.reviewed, attention=attention, updated_at=now()
        )
    )
    return view


def needs_attention(archive: Any) -> list[dict[str, Any]]:
    """Every correction that could not be carried over, with its document's source (for `pipeline review`)."""
    d = S.documents
    with archive.read() as conn:
        q = (
            select(C, d.c.source)
            .join(d, d.c.id == C.c.document_id)
            .where(C.c.state == "attention")
            .order_by(C.c.source_key, C.c.id)
        )
        return [dict(r) for r in conn.execute(q).mappings()]
