"""People whose own noun says which scheme they take part in: household-business owners ("chủ hộ kinh
doanh") are compulsory participants since the 2024 Social Insurance Law brought them in, so a count of
them joining "BHXH" (social insurance named in general) counts compulsory participants.

One anchored match on the words after a participants figure (the noun is `compulsory_noun_after` in
`metrics.yml`; a pack without one has `(?!)`)."""

from __future__ import annotations

import re
from types import SimpleNamespace


class SchemeNouns:
    """The scheme a participants figure's own noun implies, over the general one its sentence names."""

    def __init__(self, g: SimpleNamespace, participants: dict[str, str]) -> None:
        self.compulsory_after: re.Pattern[str] = g.compulsory_noun_after
        self.general = participants.get("si")
        self.compulsory = participants.get("compulsory_si")

    def metric(self, unit: str, metric: str, right: str) -> str:
        """`metric`, or compulsory participants for people of a noun only that scheme covers (`right`: the
        words after the number)."""
        if unit != "persons" or metric != self.general or self.compulsory is None:
            return metric
        return self.compulsory if self.compulsory_after.match(right) else metric
