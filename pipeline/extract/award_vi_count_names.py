"""A count of individuals that goes on to name them ("Bằng khen cho 2 cá nhân là ông A, ..., và bà B, ..."):
the counted record and one record per named person, as the gold sets read people named inside a counted
group (the names are members of the group, which the text counts).

Asked only where a clause's award gave exactly one counted group of individuals and an apposition ("là")
follows the count; the names are taken only when there are exactly as many as the count says.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from .award_lists import MEMBERS_NAMED


def named_count(
    doc: Doc, records: list[dict], following: str, apposition: re.Pattern[str], named: Callable[[], list[dict]]
) -> list[dict]:
    """`records` of one award, and the persons `named()` reads after its count when they are as many as it says
    (`following`: the clause's text after the award's form, where the count and its "là" stand). The count is
    marked so the document's summary counts keep it (`drop_summary_counts`)."""
    if len(records) != 1 or records[0].get("recipient_kind") != "individual" or (records[0].get("count") or 0) < 2:
        return records
    if not apposition.search(following):
        return records
    people = named()
    if len(people) != records[0]["count"] or any(r["recipient_kind"] != "individual" for r in people):
        return records
    doc._.meta.setdefault(MEMBERS_NAMED, set()).add(records[0]["evidence"]["start"])
    return records + people
