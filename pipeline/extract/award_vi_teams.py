"""A contest's prize given to a team named by the place it comes from ("giải Nhất cho đội ấp X"): the team is no
unit of the gazetteer or the unit reader, but the prize's recipient, a collective, written as the text names it."""

from __future__ import annotations

import re
from typing import Any


def team_records(base: dict[str, Any], after: str, team_after: re.Pattern[str]) -> list[dict[str, Any]]:
    """The prize's record for the team `team_after` finds right after the prize's form, its name kept to the
    team word, the place's level word and the capitalised words of the place (a lower-case word ends it)."""
    m = team_after.match(after)
    if m is None:
        return []
    words = m.group("name").split()
    head = m.group("head").split()
    name = head + [w for w in _capitalised_run(words[len(head) :])]
    if len(name) == len(head):
        return []
    return [{**base, "recipient": " ".join(name), "recipient_kind": "collective", "count": None}]


def _capitalised_run(words: list[str]) -> list[str]:
    run: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
    return run
