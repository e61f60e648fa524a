"""The noun a partitive count is a part of, when the sentence names it ("agents, 1,870 of whom ...").

A count followed by "of whom" or "of these ..." has no noun of its own, and the partitive rule in
`figures` only gives it the persons unit when a persons figure came before it in the sentence. The
whole is often named in words instead: the noun right before the count ("it uses collection agents,
1,870 of whom work in the communes") or right after the determiner ("cards to 9,400 of these
beneficiaries"). Either noun gives the count its unit, so it is no bare count.
"""

from __future__ import annotations

import re

from .lexicon_models import NumbersData
from .phrase_tries import phrase_alternation

BEFORE_REACH = 60  # how far before the count its whole's noun may end (a few words and a comma)


class PartitiveNouns:
    """Reads the unit of a partitive count from the noun of its whole (the pack's unit nouns)."""

    def __init__(self, num: NumbersData, partitive_after: str) -> None:
        self.noun_unit = {n.lower(): u for u, nouns in num.unit_nouns.items() for n in nouns}
        nouns = phrase_alternation(list(self.noun_unit)) or "(?!)"
        self.partitive = re.compile(partitive_after)
        # the whole's noun after the determiner, one describing word allowed ("of these new members")
        self.named_after = re.compile(r"\s+(?:[\w-]+\s+)?(" + nouns + r")\b", re.IGNORECASE)
        # the whole's noun ending right before the count, across a comma ("agents, 1,870 of whom")
        self.named_before = re.compile(r"\b(" + nouns + r")\s*,\s*$", re.IGNORECASE)

    def unit(self, left: str, right: str) -> str | None:
        """The unit of the count between `left` and `right` when `right` opens on a partitive and
        the noun of its whole is named, else None (asked only of counts with no noun of their own)."""
        m = self.partitive.match(right)
        if m is None:
            return None
        noun = self.named_after.match(right, m.end()) or self.named_before.search(left[-BEFORE_REACH:])
        return self.noun_unit[noun.group(1).lower()] if noun else None
