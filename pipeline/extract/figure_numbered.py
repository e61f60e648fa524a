"""Where the numbered items of a year-end or news list start ("1. Diện bao phủ tiếp tục mở rộng. ...",
"2. Thu vượt kế hoạch. ..."): each item is a topic of its own, so a date one item names is no date
for the next item's figures (they hold at the date in force before the list, as a round-up's items do).

Read once per document; only a text holding a line that opens on "1." is searched."""

from __future__ import annotations

import re

MIN_ITEMS = 3  # a list of three or more numbered paragraphs; two may be steps of one argument


def numbered_items(text: str, item_start: re.Pattern[str]) -> list[int]:
    """The offsets where the numbered items of `text` start (`item_start`: a multi-line pattern for a
    line opening on its number), when it holds a run numbered from 1 of at least `MIN_ITEMS`; else []."""
    if "\n1." not in text and not text.startswith("1."):
        return []
    starts: list[int] = []
    expected = 1
    for m in item_start.finditer(text):
        if int(m.group("n")) == expected:
            starts.append(m.start())
            expected += 1
        elif int(m.group("n")) == 1 and len(starts) < MIN_ITEMS:
            starts, expected = [m.start()], 2  # a new list: the one before was too short
    return starts if len(starts) >= MIN_ITEMS else []
