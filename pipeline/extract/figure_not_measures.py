"""Counts that look like an office's measure but are not: the members of a union or team named
right after a count ("với 45 đoàn viên"), the staff named as the donors of a campaign ("sự hưởng ứng
của ... 1.280 công chức, viên chức"), decisions imposing fines ("57 quyết định xử phạt"), files put forward
for an award ("40 dossiers for commendation").

Each reads only the words right after the number, or the sentence before it once a staff count was
found, so it costs an anchored match per number at most (the words are in `metrics.yml`)."""

from __future__ import annotations

import re
from types import SimpleNamespace


class NotMeasures:
    def __init__(self, g: SimpleNamespace) -> None:
        self.member_after: re.Pattern[str] = g.member_noun_after
        self.donor_staff_before: re.Pattern[str] = g.donor_staff_before
        self.penalty_after: re.Pattern[str] = g.penalty_documents_after
        self.nomination_after: re.Pattern[str] = g.nomination_documents_after
        self.outside_after: re.Pattern[str] = g.outside_scheme_after

    def other(self, unit: str, metric: str, right: str, head: str) -> bool:
        """Whether a figure of `unit` read as `metric` is no measure of the office (`right`: the words
        after the number, `head`: the sentence up to it)."""
        if metric == "other":
            return False
        if unit == "persons":
            if self.member_after.match(right):
                return True  # "ra mắt đội hình với 45 đoàn viên": the team's members
            if self.outside_after.match(right):
                return True  # "28 million people were still outside the social insurance system": no participants
            if metric == "staff_count":
                return self.donor_staff_before.search(head[head.rfind(";") + 1 :]) is not None
            return False
        if unit == "documents":
            # "ban hành 57 quyết định xử phạt"; "submitted 40 dossiers for commendation": an award's files
            return self.penalty_after.match(right) is not None or self.nomination_after.match(right) is not None
        return False
