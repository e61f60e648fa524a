"""The rows of one document version's records, units and warnings, ready for `PendingRows`.

This is the part of `Archive.store` that turns a `Records` object into table
rows: a record's evidence into its columns, the whole record as JSON in
`data`, and every unit name a record mentions into the key of the archived
unit it refers to (generic local names such as a district office are scoped
to their document, merged units point at the unit they were merged into).
Kept apart from `store.py` so the transaction logic there stays readable.
"""

from __future__ import annotations

import json
from typing import Any

from ..models import RECORD_TYPES, Records
from ..units import UnitResolver, display_name, is_generic_local, province_of, scoped_key, successor_key, unit_key
from . import schema as S
from .pending_rows import PendingRows

# record table -> its columns, read once (not per document)
_COLUMNS = {name: tuple(table.c.keys()) for name, table in S.T.items()}
# one encoder for every record's `data` column (json.dumps with options builds one per call)
_DATA_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def queue_record_rows(
    pending: PendingRows, vid: str, records: Records, resolver: UnitResolver, merged: dict[str, str]
) -> None:
    """Every record, unit and warning row of document version `vid` into `pending`.

    `resolver` finds the archived unit a name refers to; `merged` maps a unit
    key to the one it was merged into by a person.
    """
    doc_id = records.document.id

    def key(name: str | None) -> str | None:
        if not name:
            return None
        if is_generic_local(name, unit_key(name)):
            return scoped_key(unit_key(name), doc_id)
        found = resolver.resolve(name) or None
        return merged.get(found, found) if found else None

    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in RECORD_TYPES}
    new_units: dict[str, dict[str, Any]] = {}
    # one serialisation of all the records (a call per record costs pydantic's entry each time)
    dumped_all = records.model_dump(mode="json", include=set(RECORD_TYPES))
    for kind in RECORD_TYPES:
        columns = _COLUMNS[S.RECORD_TABLES[kind]]
        for i, dumped in enumerate(dumped_all[kind]):
            data = dict(dumped)
            ev = data.pop("evidence")
            row: dict[str, Any] = {
                "id": f"{vid}:{kind}:{i}",
                "document_id": vid,
                "ordinal": i,
                "evidence_start": ev["start"],
                "evidence_end": ev["end"],
                "evidence_text": ev["text"],
                "data": _DATA_JSON.encode(dumped),
            }
            row.update({c: data[c] for c in columns if c in data and c not in row})
            if kind == "units":
                name = data["name"]
                ukey = key(name) or unit_key(name) or name.lower()
                ukey = merged.get(ukey, ukey)
                row.update(
                    unit_key=ukey,
                    parent_key=key(data.get("parent")),
                    mentions=json.dumps(data.get("mentions") or [], ensure_ascii=False),
                    members=json.dumps(data.get("members") or [], ensure_ascii=False),
                )
                if ukey not in new_units:
                    prov = province_of(ukey)
                    new_units[ukey] = {
                        "key": ukey,
                        "name": display_name(ukey, name),
                        "kind": data.get("kind") or "other",
                        "province": prov.name if prov else None,
                        "successor_key": successor_key(ukey),
                    }
            elif kind == "people":
                row["unit_key"] = key(data.get("unit"))
            elif kind == "figures":
                row["scope_key"] = key(data.get("scope"))
            elif kind == "awards":
                row["recipient_key"] = key(data.get("recipient"))
            elif kind == "events":
                row["organizer_key"] = key(data.get("organizer"))
            rows[kind].append(row)
    pending.units(new_units)
    for kind, kind_rows in rows.items():
        pending.rows(S.RECORD_TABLES[kind], kind_rows)
    pending.warnings(
        [
            {"id": f"{vid}:warnings:{i}", "document_id": vid, "ordinal": i, "text": w}
            for i, w in enumerate(records.warnings)
        ]
    )
