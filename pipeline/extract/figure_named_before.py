"""A figure's measure named by the words right before its number, whatever the rest of its clause names.

"In 2026 the office aims to raise social insurance coverage to 31% and health insurance coverage to 94.5%":
the scheme right before "coverage to" is the first rate's, though the words after it name another scheme.
"30 insurance books, with contributions paid for a year, worth VND 54 million": "worth" right before the
amount makes it the value of what was given (money mobilised), though "contributions" names revenue
earlier in the clause ("each gift worth VND 2 million" is a price, no money mobilised). The cues are the pack's (`coverage_to_before`, `worth_before` in metrics.yml);
a pack without them has `(?!)`. Asked of the words already read before the number (no new scan).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Protocol


class Meaning(Protocol):
    """What `measure_named_right_before` reads of `FigureMeaning`."""

    g: SimpleNamespace
    coverage: dict[str, str]

    def scheme(self, *contexts: str, nearest_last: bool = False) -> str | None: ...


def measure_named_right_before(meaning: Meaning, unit: str, left: str) -> str | None:
    """The metric the words right before a number name, or None (`left`: the clause's words before it)."""
    g = meaning.g
    if unit == "percent" and g.coverage_to_before.search(left[-30:]):
        own = meaning.scheme(left[-60:], nearest_last=True)
        if own in meaning.coverage:
            return meaning.coverage[own]
    if unit == "VND" and g.worth_before.search(left[-30:]) and not g.each_worth_before.search(left[-40:]):
        return "mobilised_funds"
    return None
