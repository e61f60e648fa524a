"""Votes written as a fraction and its rate ("16/17 | 94,1%", "17/17 ..., 100%"): no figures.

Minutes of a vote give each nominee's votes as a fraction of those voting and often the same
fraction again as a percentage; neither is a fact about social insurance. Both are told from the
numbers alone (a fraction, and a percentage that is that fraction's rate), so no language's words
are needed; a fraction with no rate after it is a vote only where the pack's `votes_after` follows.
"""

from __future__ import annotations

import re
from typing import Protocol


class Number(Protocol):
    """A candidate figure's offsets, value and whether it is a percentage (`figure_scan.Candidate`)."""

    start: int
    end: int
    value: float
    pct: bool


# a fraction ending shortly before a percentage (separators, a vote word, "reached" between them)
FRACTION_BEFORE = re.compile(r"(?<![\d/])(\d{1,4})\s*/\s*(\d{1,4})(?![\d/])\D{0,25}$")
DENOMINATOR_AFTER = re.compile(r"\s*/\s*(\d{1,4})(?![\d/])")
NUMERATOR_BEFORE = re.compile(r"(?<![\d/])(\d{1,4})\s*/\s*$")
RATE_AFTER = re.compile(r"\D{0,25}?(\d{1,3}(?:[.,]\d{1,2})?)\s*%")
# how close a written rate must be to the fraction's own (rounded to one decimal)
ROUNDING = 0.06


def is_rate(part: int, whole: int, value: float) -> bool:
    """Whether `value` (a percentage) is part/whole written as a rate."""
    return 0 < whole and part <= whole and abs(100 * part / whole - value) < ROUNDING


def is_fraction_rate(text: str, start: int, value: float) -> bool:
    """Whether the percentage starting at `start` is the rate of a fraction just before it."""
    m = FRACTION_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and is_rate(int(m.group(1)), int(m.group(2)), value)


def is_vote_fraction(text: str, start: int, end: int, votes_after: re.Pattern[str]) -> bool:
    """Whether the number at `start:end` is one side of a fraction N/M that is followed by its own rate
    or by a vote word ("16/17 | 94,1%", "12/15 phiếu")."""
    if "/" not in text[max(0, start - 3) : end + 3]:
        return False  # most numbers: no fraction at all
    number = text[start:end]
    if not number.isdigit():
        return False
    after = DENOMINATOR_AFTER.match(text, end)
    if after is not None:
        part, whole, tail = int(number), int(after.group(1)), after.end()
    else:
        before = NUMERATOR_BEFORE.search(text, max(0, start - 8), start)
        if before is None:
            return False
        part, whole, tail = int(before.group(1)), int(number), end
    if part > whole:
        return False
    rate = RATE_AFTER.match(text, tail)
    if rate is not None and is_rate(part, whole, float(rate.group(1).replace(",", "."))):
        return True
    return votes_after.match(text, tail) is not None


def is_vote(text: str, cand: Number, votes_after: re.Pattern[str], offset: int = 0) -> bool:
    """Whether a number is one side of a vote fraction or that fraction's rate; `offset`: where `text`
    starts in the document."""
    s, e = cand.start - offset, cand.end - offset
    return is_fraction_rate(text, s, cand.value) if cand.pct else is_vote_fraction(text, s, e, votes_after)
