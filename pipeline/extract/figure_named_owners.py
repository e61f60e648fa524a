"""Owners of figures named where the scope reader would pass them by, in a paper about two offices.

An office named after "of" is usually no figure's owner ("the revenue of ...", the grammar's
`not_scope_before`), but a title in apposition right before a reporting verb ("Ms. X, Director of Y
Social Security, reported collection of VND ...") names the office whose results the speaker gives. And a
clause that opens on a place ("..., while Y aims for coverage of 95%") is that place's office's, not the
office the sentence named before the clause.
"""

from __future__ import annotations

from bisect import bisect_left
from types import SimpleNamespace

from .figure_units import OFFICE_KINDS, UnitMention

TITLE_REACH = 40  # how far before the office its holder's title may start ("..., Deputy Director of the ")


def speaker_office(g: SimpleNamespace, text: str, u: UnitMention, number_start: int) -> bool:
    """Whether office `u` is named by a title in apposition whose holder reports the figure at `number_start`
    ("..., Director of Y Social Security, reported ..."): asked only of an office named after "of"."""
    if u.label_ not in OFFICE_KINDS or u.end_char >= number_start:
        return False
    if g.speaker_title_before.search(text, max(0, u.start_char - TITLE_REACH), u.start_char) is None:
        return False
    return g.speaker_report_after.match(text, u.end_char, number_start) is not None


def place_in_clause(offsets: list[int], start: int, end: int) -> bool:
    """Whether a place starts between `start` and `end` (`offsets`: the document's place offsets, in order)."""
    k = bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end
