"""Who holds prizes counted right before their form (Vietnamese): "X được tặng 02 Bằng khen của Thủ tướng Chính phủ
và 01 Cờ thi đua của Chính phủ".

A part of `HeadFirstAwardFinder` (`awards_vi.py`). A count right before the form counts the prizes, not
their recipients (`award_vi_counts.py`), so such a record names no one and says nothing of who holds the
prizes. When the clause's subject received them (a receiving verb before the count), that subject is the
recipient and the count stays the number of prizes; the next prize joined on to it ("... (năm 2019) và 01
Cờ thi đua ...") goes to the same subject. A count whose words say who the prizes are for ("4 giải tập
thể") keeps its kind and names no one.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from spacy.tokens import Doc, Span


class HeadFirstPrizeOwners:
    """The head-first award reader's question: whose are the prizes a count before the form counts?"""

    g: SimpleNamespace
    count_right_before: re.Pattern[str]
    named: Any  # HeadFirstRecipients.named

    def prize_owners(
        self,
        records: list[dict],
        before: str,
        k: int,
        shared: list[dict],
        named_args: tuple[Doc, list[Span], list[Span], int, int, int, int, str, dict],
    ) -> list[dict]:
        """`records` with the prizes' recipient filled in, when they are one count of prizes right before the
        form naming no kind (`before`: the text from the award before, `k`: the award's place in the clause,
        `shared`: the recipients of the award before it); else `records` as they are."""
        if len(records) != 1 or records[0]["recipient"] or records[0]["recipient_kind"] or not records[0]["count"]:
            return records
        count = self.count_right_before.search(before)
        if count is None:
            return records
        prizes = records[0]["count"]
        if k and shared and self.g.award_joiner.fullmatch(before[: count.start()]):
            # "... (năm 2019) và 01 Cờ thi đua ...": the prizes of the subject the award before went to
            return [{**records[0], "recipient": r["recipient"], "recipient_kind": r["recipient_kind"]} for r in shared]
        found = self.named(*named_args)
        if len(found) != 1 or not found[0]["recipient"]:
            return records
        return [{**found[0], "count": prizes}]
