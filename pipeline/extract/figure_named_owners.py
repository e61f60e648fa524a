"""Owners of figures named where the scope reader would pass them by, or would take a place it should not.

A clause that opens on a place ("..., while Y aims for coverage of 95%") is that place's office's, not the
office the sentence named before the clause; a former province named right after a figure ("in the former
B area") owns it; a place inside brackets closed before the number ("the province (including the former
B province) had ...") is an aside, no owner. (An office in a speaker's title before a reporting verb,
"Ms. X, Director of Y Social Security, reported ...", is `figure_units.told_by`.)
"""

from __future__ import annotations

from bisect import bisect_left
from types import SimpleNamespace

# how far after a figure a former province that is its scope may be named ("94.1% in the former B area")
FORMER_AREA_CHARS = 60


def place_in_clause(offsets: list[int], start: int, end: int) -> bool:
    """Whether a place starts between `start` and `end` (`offsets`: the document's place offsets, in order)."""
    k = bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end


def in_closed_brackets(text: str, sent_start: int, at: int, number_start: int) -> bool:
    """Whether `at` lies inside brackets that close before the number ("the province (including the former
    B province, merged in July 2025) had 398,700 participants"): an aside, not whose figure it is."""
    return text.rfind("(", sent_start, at) > text.rfind(")", sent_start, at) and text.find(")", at, number_start) >= 0


def former_area(
    g: SimpleNamespace, text: str, offsets: list[int], names: list[str], end: int, sent_end: int
) -> str | None:
    """The office of the former province named right after a figure ("94.1% in the former B area"),
    else None (`offsets`, `names`: the document's places); the words between are read only where a place
    follows within a few words."""
    k = bisect_left(offsets, end)
    if k < len(offsets) and offsets[k] < min(sent_end, end + FORMER_AREA_CHARS):
        if g.former_area_after.match(text, end, offsets[k]):
            return f"{names[k]} Social Security"
    return None
