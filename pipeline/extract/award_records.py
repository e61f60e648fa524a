"""The award records of one document made one per award: a telling repeated, a vague caption.

A press release tells one award several times (headline, lead, body, a photo caption); the
records of one document are merged after every mention is read (`drop_vague_repeats`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_lists import doc_list, set_doc_list
from .extensions import text_of


class RecordMerging:
    """How `AwardFinder` merges a document's award records once every mention is read."""

    @staticmethod
    def drop_vague_repeats(doc: Doc) -> None:
        """A caption or summary line ("presents Certificates of Commendation to outstanding
        individuals") repeats an award the text states precisely elsewhere: keep the precise one."""
        told = without_retold_totals(RecordMerging.merge_retold(doc_list(doc, "awards")))
        precise = {a["award_type"] for a in told if a["recipient"] or a["count"]}
        kept: dict[tuple, dict] = {}
        for award in told:
            if not (award["recipient"] or award["count"]) and award["award_type"] in precise:
                continue
            key = (
                award["award_type"],
                award["recipient"],
                award["count"],
                award["recipient_kind"],
                award["grade"],
                own_name(award),
                award["year"],
            )
            filled = len(award) - list(award.values()).count(None)  # the fields it fills
            if key not in kept or filled > len(kept[key]) - list(kept[key].values()).count(None):
                kept[key] = award  # a caption repeating the body: keep the fuller record
        dated = {key[:-1] for key in kept if key[-1] is not None}
        awards = [a for key, a in kept.items() if key[-1] is not None or key[:-1] not in dated]
        # "the second time the unit received the Labour Order" beside the order's class given to the same
        # unit: the form named without its class is the one whose class the text gives
        graded = {(a["award_type"], a["recipient"]) for a in awards if a["recipient"] and a["grade"]}
        set_doc_list(
            doc, "awards", [a for a in awards if a["grade"] or (a["award_type"], a["recipient"]) not in graded]
        )

    @staticmethod
    def merge_retold(awards: list[dict]) -> list[dict]:
        """The same award told again (headline, lead, body) is one record: same form, grade, recipient,
        kind, count and status. When one telling names the achievement's year ("for outstanding
        achievements in 2025"; marked `_achieved`), that year beats a ceremony's date, and the fields
        the other tellings fill (presenter, authority) join it. Without such a year the tellings stay
        apart: two years may be two awards."""
        groups: dict[tuple, list[dict]] = {}
        for award in awards:
            get = award.get
            key = (
                get("award_type"),
                get("grade"),
                get("recipient"),
                get("recipient_kind"),
                get("count"),
                get("status"),
                own_name(award),
            )
            groups.setdefault(key, []).append(award)
        merged: dict[int, dict | None] = {}  # id of a group's first telling -> the one record; later tellings -> None
        for group in groups.values():
            achieved = [a for a in group if a.get("_achieved")]
            if len(group) == 1 or not achieved or len({a["year"] for a in achieved}) > 1:
                continue
            # a telling that names another giver is another award ("X gave her a Bằng khen in 2023; now Y
            # gave her one for 2025")
            giver = achieved[0].get("conferred_by")
            same = [a for a in group if giver is None or a.get("conferred_by") in (None, giver)]
            if len(same) == 1:
                continue
            one = dict(achieved[0])
            for other in same:
                for field, value in other.items():
                    if one.get(field) is None and value is not None:
                        one[field] = value
            merged[id(same[0])] = one
            merged.update({id(a): None for a in same[1:]})
        out = [told for a in awards if (told := merged.get(id(a), a)) is not None]
        for award in out:
            award.pop("_achieved", None)
        return out


def without_retold_totals(awards: list[dict]) -> list[dict]:
    """ "The 13 Certificates of Commendation were handed over ...", after "... to 4 collectives and 9
    individuals": a count with no recipient nor kind that sums the counts the text gave the same award
    before is those awards told again, no award of its own."""
    out: list[dict] = []
    for award in awards:
        if award["count"] and not award["recipient"] and not award["recipient_kind"]:
            same = [a for a in out if a["award_type"] == award["award_type"] and a.get("status") == award.get("status")]
            # the parts are its collectives and individuals, never a prize's grades (a total of prizes is told
            # as a record of its own beside them)
            split_by_kind = all(a["recipient_kind"] and not a["grade"] for a in same)
            if len(same) > 1 and split_by_kind and sum(a["count"] or 0 for a in same) == award["count"]:
                continue
        out.append(award)
    return out


def own_name(award: dict) -> str | None:
    """An honour outside the hierarchy ("other") is the one its own name says ("X Good Practice Award",
    "Y recognition"): two such names are two awards to the same recipient."""
    if award.get("award_type") != "other":
        return None
    return str((award.get("evidence") or {}).get("text", "")).lower()


def drop_caption_retellings(doc: Doc, caption_line: re.Pattern[str]) -> None:
    """A photo caption ("(Photo: Leaders of X present Certificates of Merit to social security staff.)")
    retells an award the body tells: its record is dropped when the body has one of the same form and
    status (a caption telling an award the body does not keeps it)."""
    awards = doc_list(doc, "awards")
    if not awards:
        return
    text = text_of(doc)

    def in_caption(award: dict) -> bool:
        start = award["evidence"]["start"]
        line_start = text.rfind("\n", 0, start) + 1
        return caption_line.match(text, line_start, start) is not None

    captioned = [a for a in awards if in_caption(a)]
    if not captioned:
        return
    told = {(a["award_type"], a.get("status")) for a in awards if not any(a is c for c in captioned)}
    kept = [a for a in awards if not any(a is c for c in captioned) or (a["award_type"], a.get("status")) not in told]
    if len(kept) != len(awards):
        set_doc_list(doc, "awards", kept)
