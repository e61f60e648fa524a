"""Carrying staff corrections over to a new extraction of the same source file.

When `Archive.store` writes a new version of a file that people corrected,
every correction of that file is pointed at the new version here, inside the
store's transaction. A correction names its record by an anchor (the quoted
words, where they were, which of the records quoting them); this module finds
that record again in the new extraction, or marks the correction as needing
attention. Kept apart from `corrections` (which applies corrections when
reading) because it runs on the write path and changes correction rows.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select, update

from ..models import Record, Records
from .corrections import C, refresh_state


def _nearest(text: str, needle: str, near: int) -> int | None:
    """Start of the occurrence of `needle` in `text` closest to `near`, or None."""
    best, pos = None, text.find(needle)
    while pos != -1 and needle:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        pos = text.find(needle, pos + 1)
    return best


def find_record(records: Records, kind: str, ev_text: str, near: int, nth: int) -> tuple[int, Record] | None:
    """The extractor record of `kind` quoting `ev_text` closest to `near` (the `nth` of those quoting that span)."""
    candidates = [(i, r) for i, r in enumerate(getattr(records, kind)) if r.evidence.text == ev_text]
    if not candidates:
        return None
    start = min({r.evidence.start for _, r in candidates}, key=lambda s: (abs(s - near), s))
    group = [(i, r) for i, r in candidates if r.evidence.start == start]
    return group[nth] if nth < len(group) else None


def carry_over(conn: Connection, vid: str, office: str, source_key: str, records: Records) -> dict[str, int]:
    """Point every correction of this source file at version `vid`, inside `Archive.store`'s transaction.

    Returns how many were carried over and how many need attention. A
    correction whose record is found again is `active` (with a note when the
    extractor now reads the edited field differently: the person's value is
    kept); one whose words are gone, or whose record the extractor no longer
    finds, is `attention` and listed on the document page.
    """
    rows = conn.execute(select(C).where(C.c.office == office, C.c.source_key == source_key).order_by(C.c.id)).mappings()
    text = records.document.text
    added_ok: dict[int, bool] = {}
    counts = {"carried": 0, "attention": 0}
    for row in list(rows):
        values: dict[str, Any] = {"document_id": vid, "state": "active", "note": None}
        if row["ref"].startswith("x:"):
            found = find_record(records, row["kind"], row["evidence_text"], row["evidence_start"], row["anchor_nth"])
            if found is None:
                gone = row["evidence_text"] not in text
                values.update(
                    state="attention",
                    note="its words are no longer in the text" if gone else "the extractor no longer finds this record",
                )
            else:
                i, rec = found
                values.update(ref=f"x:{i}", evidence_start=rec.evidence.start, evidence_end=rec.evidence.end)
                if row["action"] == "edit" and row["field"]:
                    now_value = rec.model_dump(mode="json").get(row["field"])
                    if row["before"] is not None and json.loads(row["before"]) != now_value:
                        values["note"] = (
                            f"the extractor now reads {row['field']} = {now_value!r}; the correction is kept"
                        )
        elif row["action"] == "add":
            pos = _nearest(text, row["evidence_text"], row["evidence_start"])
            added_ok[row["id"]] = pos is not None
            if pos is None:
                values.update(state="attention", note="its words are no longer in the text")
            else:
                data = json.loads(row["after"])
                data["evidence"] = {"start": pos, "end": pos + len(row["evidence_text"]), "text": row["evidence_text"]}
                values.update(
                    evidence_start=pos,
                    evidence_end=pos + len(row["evidence_text"]),
                    after=json.dumps(data, ensure_ascii=False, sort_keys=True),
                )
        elif not added_ok.get(int(row["ref"][2:]), False):
            values.update(state="attention", note="the record it corrects needs attention")
        counts["attention" if values["state"] == "attention" else "carried"] += 1
        conn.execute(update(C).where(C.c.id == row["id"]).values(**values))
    if counts["carried"] or counts["attention"]:
        refresh_state(conn, vid, records)
    return counts
