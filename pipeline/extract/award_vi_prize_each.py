"""Counted prizes given to as many named recipients (Vietnamese): "trao 01 giải Nhất cho đội A; 02 giải Nhì
cho đội B và đội C".

A part of `HeadFirstAwardFinder` (`awards_vi.py`). A count right before the form counts the prizes
(`award_vi_counts.py`); when the words after "cho" name exactly that many recipients, each holds one
of them, so each is a record of its own with no count. A count the names do not match ("03 giải Ba
cho các đội còn lại", "02 giải Nhì cho đội A") keeps its one counted record: which recipient holds
how many is not said.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span


class HeadFirstPrizeEach:
    """The head-first award reader's question: does a count of prizes name one recipient per prize?"""

    count_right_before: re.Pattern[str]
    named: Any  # HeadFirstRecipients.named

    def one_prize_each(
        self,
        records: list[dict],
        before: str,
        named_args: tuple[Doc, list[Span], list[Span], int, int, int, int, str, dict],
    ) -> list[dict]:
        """The recipients named after the form, one record each, when `records` is one count of prizes
        right before the form (`before`: the text from the award before) equal to how many they are;
        else `records` as they are."""
        if len(records) != 1 or records[0]["recipient"] or not records[0]["count"]:
            return records
        if self.count_right_before.search(before) is None:
            return records
        found = self.named(*named_args, after_only=True)
        if len(found) != records[0]["count"] or not all(r["recipient"] for r in found):
            return records
        return [{**r, "count": None} for r in found]
