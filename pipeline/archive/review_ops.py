"""What a reviewer does, as archive writes: each action adds corrections, never changes a record.

Every function takes the acting user's name (it is stored with the
correction) and returns field -> message for a value the records contract
refuses (empty when it was stored). Values are checked by the same pydantic
models the extractor's output passes, so a correction can never make the
archive hold a record the contract forbids.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, select, update

from ..errors import PipelineError
from ..models import RECORD_TYPES, Record
from . import schema as S
from .corrections import DocumentView, RecordView, document_view, now, refresh_state
from .store import Archive

LIST_FIELDS = {"mentions", "members"}
_NUMBER = re.compile(r"\d[\d.,]*")


class ReviewError(PipelineError):
    """An action that cannot be done: an unknown document or record (`status` 404), a replaced version (409)."""

    def __init__(self, message: str, status: int = 404) -> None:
        super().__init__(message)
        self.status = status


def _load(archive: Archive, vid: str) -> DocumentView:
    _current(archive, vid)
    view = document_view(archive, vid)
    if view is None:
        raise ReviewError(f"no document version {vid!r} in the archive")
    return view


def _current(archive: Archive, vid: str) -> None:
    """Corrections go to the current version only: an old one's would apply to nothing anyone reads."""
    d = S.documents
    with archive.read() as conn:
        superseded = conn.execute(select(d.c.superseded).where(d.c.id == vid)).scalar_one_or_none()
    if superseded is None:
        raise ReviewError(f"no document version {vid!r} in the archive")
    if superseded:
        raise ReviewError("this version of the document was replaced by a newer one: open the current version", 409)


def _target(view: DocumentView, kind: str, ref: str) -> RecordView:
    found = view.find(kind, ref)
    if found is None:
        raise ReviewError(f"no {kind} record {ref!r} in this document")
    return found


def _source(conn: Connection, vid: str) -> tuple[str, str]:
    d = S.documents
    office, source_key = conn.execute(select(d.c.office, d.c.source_key).where(d.c.id == vid)).one()
    return office, source_key


def _anchor(view: DocumentView, target: RecordView) -> dict[str, Any]:
    """Where the record's words are, and which of the records quoting the same span it is."""
    ev = (target.original or target.record).evidence
    same = [
        v
        for v in view.views
        if v.kind == target.kind and not v.added and v.original is not None and v.original.evidence == ev
    ]
    nth = next((i for i, v in enumerate(same) if v.ref == target.ref), 0)
    return {"evidence_start": ev.start, "evidence_end": ev.end, "evidence_text": ev.text, "anchor_nth": nth}


def _insert(
    archive: Archive,
    vid: str,
    view: DocumentView,
    rows: list[dict[str, Any]],
) -> None:
    base_records = archive.load_map([vid])[vid]
    with archive.write() as conn:
        office, source_key = _source(conn, vid)
        stamp = now()
        for row in rows:
            row.update(office=office, source_key=source_key, document_id=vid, created_at=stamp, state="active")
            conn.execute(S.corrections.insert().values(**row))
        refresh_state(conn, vid, base_records)


def _record_rows(view: DocumentView, target: RecordView, user: str, **values: Any) -> dict[str, Any]:
    return {"kind": target.kind, "ref": target.ref, "user": user, **_anchor(view, target), **values}


def accept(archive: Archive, vid: str, kind: str, ref: str, user: str) -> None:
    view = _load(archive, vid)
    target = _target(view, kind, ref)
    _insert(archive, vid, view, [_record_rows(view, target, user, action="accept")])


def accept_document(archive: Archive, vid: str, user: str) -> int:
    """Accept every record nobody has reviewed yet; returns how many."""
    view = _load(archive, vid)
    todo = [v for v in view.live if not v.reviewed]
    if todo:
        _insert(archive, vid, view, [_record_rows(view, v, user, action="accept") for v in todo])
    return len(todo)


def reject(archive: Archive, vid: str, kind: str, ref: str, reason: str, user: str) -> dict[str, str]:
    reason = (reason or "").strip()
    if not reason:
        return {"reason": "say why this record is wrong"}
    view = _load(archive, vid)
    target = _target(view, kind, ref)
    _insert(archive, vid, view, [_record_rows(view, target, user, action="reject", reason=reason[:1000])])
    return {}


def parse_form(model: type[Record], form: dict[str, str]) -> dict[str, Any]:
    """Form strings -> values for `model`: empty is null, list fields are one item per line."""
    out: dict[str, Any] = {}
    for name in model.model_fields:
        if name == "evidence" or name not in form:
            continue
        raw = form[name].strip()
        if name in LIST_FIELDS:
            out[name] = [line.strip() for line in raw.splitlines() if line.strip()]
        else:
            out[name] = raw if raw else None
    return out


def validate(record: Record, changes: dict[str, Any]) -> tuple[Record | None, dict[str, str]]:
    """`record` with `changes`, checked by its model; or field -> message."""
    data = record.model_dump(mode="json")
    data.update(changes)
    for name, value in changes.items():  # null for a field that has a default means "the default"
        if value is None and name in type(record).model_fields:
            f = type(record).model_fields[name]
            if not f.is_required() and f.default is not None:
                data[name] = f.get_default(call_default_factory=True)
    try:
        return type(record).model_validate(data), {}
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for err in exc.errors():
            loc = str(err["loc"][0]) if err["loc"] else "record"
            errors.setdefault(loc, plain_message(err))
        return None, errors


PLAIN = {  # pydantic error type -> what a person needs to know
    "string_pattern_mismatch": "write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-06-30",
    "int_parsing": "write a number in digits, e.g. 1504571 (or 93.1 where a decimal makes sense)",
    "float_parsing": "write a number, digits and a decimal point only, e.g. 93.1",
    "int_from_float": "write a whole number, e.g. 12",
    "string_too_short": "this cannot be empty",
    "greater_than_equal": "this cannot be negative",
    "missing": "this is required",
}


def plain_message(err: Any) -> str:
    """One pydantic error as a sentence for staff (the contract's own words when there is no better one)."""
    if err["type"] == "enum":
        return "choose one of: " + str(err.get("ctx", {}).get("expected", "the listed values"))
    return PLAIN.get(err["type"], str(err["msg"]).replace("Value error, ", ""))


def edit(archive: Archive, vid: str, kind: str, ref: str, form: dict[str, str], user: str) -> dict[str, str]:
    """Store one `edit` correction per changed field, or return field -> message and store nothing."""
    view = _load(archive, vid)
    target = _target(view, kind, ref)
    changes = parse_form(type(target.record), form)
    new, errors = validate(target.record, changes)
    if new is None:
        return errors
    old_data, new_data = target.record.model_dump(mode="json"), new.model_dump(mode="json")
    rows = [
        _record_rows(
            view,
            target,
            user,
            action="edit",
            field=name,
            before=json.dumps(old_data.get(name), ensure_ascii=False),
            after=json.dumps(new_data[name], ensure_ascii=False),
            reason=(form.get("reason") or "").strip() or None,
        )
        for name in new_data
        if name != "evidence" and new_data[name] != old_data.get(name)
    ]
    if not rows:
        rows = [_record_rows(view, target, user, action="accept")]  # saving unchanged values confirms them
    _insert(archive, vid, view, rows)
    return {}


def set_status(archive: Archive, vid: str, ref: str, status: str, user: str) -> dict[str, str]:
    """Mark an award proposed or conferred."""
    return edit(archive, vid, "awards", ref, {"status": status}, user)


def _defaults(kind: str, quote: str) -> dict[str, Any]:
    """A first guess for a record a person marked in the text; they correct it on the page."""
    if kind in ("units", "people", "movements"):
        return {"name": " ".join(quote.split())}
    if kind == "figures":
        m = _NUMBER.search(quote)
        number = m.group(0).rstrip(".,").replace(",", "") if m else ""
        return {"value": number or None, "raw": quote.strip()}
    if kind == "awards":
        return {"award_type": "other"}
    if kind == "events":
        return {"kind": "other", "name": " ".join(quote.split())}
    return {}


def add(archive: Archive, vid: str, kind: str, start: str | int, end: str | int, user: str) -> dict[str, str]:
    """Add a record the extractor missed, quoting `text[start:end]`; returns field -> message on bad input."""
    if kind not in RECORD_TYPES:
        return {"kind": "choose what kind of record this is"}
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):
        return {"start": "select the words in the text (or give start and end as numbers)"}
    _current(archive, vid)
    records = archive.load_map([vid]).get(vid)
    if records is None:
        raise ReviewError(f"no document version {vid!r} in the archive")
    text = records.document.text
    if not 0 <= s < e <= len(text):
        return {"start": f"start and end must be inside the text (0-{len(text)}), start before end"}
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    quote = text[s:e]
    data = {"evidence": {"start": s, "end": e, "text": quote}, **_defaults(kind, quote)}
    try:
        rec = RECORD_TYPES[kind].model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        return {str(err["loc"][0]) if err["loc"] else "start": err["msg"]}
    view = _load(archive, vid)
    row = {
        "kind": kind,
        "ref": "a:new",
        "user": user,
        "action": "add",
        "after": json.dumps(rec.model_dump(mode="json"), ensure_ascii=False, sort_keys=True),
        "evidence_start": s,
        "evidence_end": e,
        "evidence_text": quote,
        "anchor_nth": 0,
    }
    with archive.write() as conn:
        office, source_key = _source(conn, vid)
        row.update(office=office, source_key=source_key, document_id=vid, created_at=now(), state="active")
        new_id = conn.execute(S.corrections.insert().values(**row)).inserted_primary_key[0]  # type: ignore[index]
        conn.execute(update(S.corrections).where(S.corrections.c.id == new_id).values(ref=f"a:{new_id}"))
        refresh_state(conn, vid, records)
    del view
    return {}


# -- units -------------------------------------------------------------------


def _unit_exists(conn: Connection, key: str) -> bool:
    return conn.execute(select(S.units.c.key).where(S.units.c.key == key)).first() is not None


def rename_unit(archive: Archive, key: str, name: str, user: str) -> dict[str, str]:
    """Give a unit a new canonical name everywhere (reports, exports, queries)."""
    name = " ".join((name or "").split())
    if not name:
        return {"name": "a unit needs a name"}
    with archive.write() as conn:
        if not _unit_exists(conn, key):
            return {"key": f"no unit {key!r} in the archive"}
        old = conn.execute(select(S.units.c.name).where(S.units.c.key == key)).scalar_one()
        _override(conn, key, user, name=name, merged_into=None)
        conn.execute(update(S.units).where(S.units.c.key == key).values(name=name))
        _log_unit(conn, key, user, "rename", old, name)
    return {}


def merge_units(archive: Archive, source: str, target: str, user: str) -> dict[str, str]:
    """Make `source` the same unit as `target`: every record naming it is counted under `target`."""
    if source == target:
        return {"target": "choose two different units"}
    with archive.write() as conn:
        for k in (source, target):
            if not _unit_exists(conn, k):
                return {"target": f"no unit {k!r} in the archive"}
        _override(conn, source, user, name=None, merged_into=target)
        o = S.unit_overrides
        conn.execute(update(o).where(o.c.merged_into == source).values(merged_into=target))
        for kind, pairs in _key_columns().items():
            t = S.T[S.RECORD_TABLES[kind]]
            for col in pairs:
                conn.execute(update(t).where(t.c[col] == source).values({col: target}))
        _log_unit(conn, source, user, "merge", source, target)
    return {}


def _key_columns() -> dict[str, list[str]]:
    from .corrections import UNIT_KEY_FIELDS

    return {kind: [c for c, _ in pairs] for kind, pairs in UNIT_KEY_FIELDS.items()}


def _override(conn: Connection, key: str, user: str, *, name: str | None, merged_into: str | None) -> None:
    o = S.unit_overrides
    conn.execute(o.delete().where(o.c.key == key))
    conn.execute(o.insert().values(key=key, name=name, merged_into=merged_into, user=user, updated_at=now()))


def _log_unit(conn: Connection, key: str, user: str, action: str, before: str, after: str) -> None:
    """Unit merges and renames go into the corrections log too (who, when, before, after)."""
    conn.execute(
        S.corrections.insert().values(
            office="",
            source_key="",
            document_id="",
            kind="unit",
            ref=key[:40],
            anchor_nth=0,
            action=action,
            field="key" if action == "merge" else "name",
            before=json.dumps(before, ensure_ascii=False),
            after=json.dumps(after, ensure_ascii=False),
            user=user,
            created_at=now(),
            evidence_start=0,
            evidence_end=0,
            evidence_text="",
            state="done",
        )
    )
