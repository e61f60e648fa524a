"""Owners of figures named where the scope reader would pass them by, in a paper about two offices.

A clause that opens on a place ("..., while Y aims for coverage of 95%") is that place's office's, not the
office the sentence named before the clause. (An office in a speaker's title before a reporting verb,
"Ms. X, Director of Y Social Security, reported ...", is `figure_units.told_by`.)
"""

from __future__ import annotations

from bisect import bisect_left


def place_in_clause(offsets: list[int], start: int, end: int) -> bool:
    """Whether a place starts between `start` and `end` (`offsets`: the document's place offsets, in order)."""
    k = bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end
