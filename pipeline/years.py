"""The years a record's date or period names, read one way for the archive and the report.

Dates and periods are free text in records ("2025-06", "2021 - 2025", "the 2020-2025 term"); the
archive's year filters and the report's periods must put a record in the same years, so both read
them here. Nothing about units: it lived in `units` only by history.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def year_span(value: str | None) -> tuple[int, int] | None:
    """The years a date or a period names: "2025-06" -> (2025, 2025), "2021 - 2025" -> (2021, 2025).

    The one reading of record dates that the archive's filters and the report's
    period share, so both put a record in the same year.
    """
    if not value:
        return None
    text = str(value).strip()
    if _DATE.fullmatch(text):
        year = int(text[:4])
        return year, year
    years = [int(y) for y in _YEAR.findall(text)]
    return (min(years), max(years)) if years else None


def spans_overlap(span: tuple[int, int] | None, lo: int | None, hi: int | None) -> bool:
    """Whether a span meets the years lo..hi (either end open when None); no span meets nothing."""
    if span is None:
        return False
    return (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)
