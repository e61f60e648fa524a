"""Late payment told as a share of the plan, and a ceiling a rate must stay under.

"Late contributions stood at 2.8 per cent of the revenue plan" reads like a plan completion rate
("revenue reached 102 per cent of the plan"), but what is measured is the arrears, against the plan
as a yardstick: late payment, as it stands. "... below the 3 per cent ceiling set for 2025" is a
limit: a target of at most that share, of the measure the figure before it named. Both are asked
only of a percentage already being read, and only when the words after it name a plan or a ceiling.
"""

from __future__ import annotations

from types import SimpleNamespace

from .figure_scan import Candidate

LATE_PAYMENT = "late_payment"


class ArrearsShares:
    def __init__(self, g: SimpleNamespace) -> None:
        self.g = g

    def read(
        self, cand: Candidate, metric: str, left: str, right: str, prev: Candidate | None, plan_share: bool
    ) -> tuple[str, str] | None:
        """(metric, kind) of a percentage that is arrears as a share of the plan (`plan_share`: the words
        after it name a plan) or a ceiling, else None. `left` is the clause before the number back to the
        figure before it, `right` the words after it."""
        if plan_share:
            if self.g.arrears_share_before.search(left) or (
                prev is not None and prev.data.get("measure") == LATE_PAYMENT and self.g.share_of_figure.match(left)
            ):
                return LATE_PAYMENT, "actual"  # "..., or 2.9 per cent of the revenue plan" after the arrears
            return None
        if self.g.ceiling_after.match(right):
            before = prev.data.get("measure") if prev is not None else None
            return (before if metric == "other" and before else metric), "target"
        return None
