"""A figure's measure named by the words right around its number, whatever the rest of its clause names.

"In 2026 the office aims to raise social insurance coverage to 31% and health insurance coverage to 94.5%":
the scheme right before "coverage to" is the first rate's, though the words after it name another scheme.
"30 insurance books, with contributions paid for a year, worth VND 54 million": "worth" right before the
amount makes it the value of what was given (money mobilised), though "contributions" names revenue
earlier in the clause ("each gift worth VND 2 million" is a price, no money mobilised). "5,120 new
participants, 61.2% of this year's target of 8,400": the target counts what the number before the share
did. The cues are the pack's (`coverage_to_before`, `worth_before`, `share_target_before` in metrics.yml);
a pack without them has `(?!)`. Asked of the words already read around the number (no new scan).
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Protocol

from .figure_scan import Candidate


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


def share_target_unit(share_target_before: re.Pattern[str], cands: list[Candidate], i: int, left: str) -> bool:
    """ "5,120 new participants, 61.2% of this year's target of 8,400": the target's number, with no noun of its
    own, right after a share of it, counts what the number before the share counted (its unit is set here);
    whether it is such a target (its metric is then that number's too)."""
    cand = cands[i]
    if i < 2 or cand.own_unit or cands[i - 1].unit != "percent" or not share_target_before.match(left):
        return False
    cand.unit = cands[i - 2].unit
    return True


def share_target_metric(figures: list[dict], cands: list[Candidate], i: int, metric: str) -> str:
    """The metric of such a target (`share_target_unit`): the one recorded for the number before the share,
    when its own words named none."""
    base = cands[i - 2]
    if metric != "other":
        return metric
    told = next((f for f in reversed(figures) if f["value"] == base.value and f["unit"] == base.unit), None)
    return told["metric"] if told else metric
