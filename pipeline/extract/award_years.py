"""The year or period of an award: read from its clause, a list item, the reviewed period or the
document's own finished periods.

A part of `AwardFinder` (`awards.py`), which sets the attributes below; the order the readings are
asked in is the reader's (`AwardFinder.read_clause`).
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.tokens import Doc

from .award_year_lists import item_years, year_list_at, year_lists
from .dates import DateReader
from .doc_lists import doc_list
from .extensions import doc_meta, text_of


class AwardYears:
    """The award reader's year questions."""

    g: SimpleNamespace
    dates: DateReader
    year_digits: re.Pattern[str]
    achieved_pick: bool
    reviewed: tuple[list[dict], int, str | None] | None

    def listed_year(self, text: str, s: int, end: int) -> str | None:
        """A "YEAR: award" list item's year: the period its achievement is for, named after the award
        ("... for the 2015-2019 period"), else the years the item opens with, else none."""
        line_end = text.find("\n", s)
        after = text[s : min(end, line_end if line_end != -1 else len(text))]
        return self.clause_year(after, 0, 0, None) or item_years(text, s, self.g.year_list_item)

    def past_period(self, doc: Doc, pos: int) -> str | None:
        """The last finished period the text names before the award ("in the 2020-2025 period ..."):
        awards at a congress are for the period behind it, not the one it opens. A term is written with a
        dash; years joined by words ("its achievements from 2019 to 2023") are one award's span."""
        published = (doc_meta(doc) or {}).get("published")
        if not published:
            return None
        if "periods" not in doc.user_data:  # once per document
            text = text_of(doc)
            found = self.dates.find(text)
            # a "YEAR: award" list item's period is that item's alone (`award_year_lists`)
            lists = year_lists(doc, self.g.year_list_item, self.g.list_owner_pronoun)
            # "received X in recognition of its achievements in the 2015-2024 period": that award's period,
            # not one the awards after it ("At the same ceremony, ...") are for
            doc.user_data["periods"] = [
                (d.start, d.period)
                for d in found
                if d.period
                and not d.comparison
                and not self.g.achievement_before_date.search(text[max(0, d.start - 60) : d.start])
                and not (lists and year_list_at(lists, d.start))
                and any(not c.isalnum() and not c.isspace() for c in text[d.start : d.end])
            ]
        periods = [p for start, p in doc.user_data["periods"] if start < pos]
        done = [p for p in periods if int(p[-4:]) <= int(published[:4])]
        return done[-1] if done else None

    def reviewed_period(self, doc: Doc) -> str | None:
        """Awards handed out at a review conference are for the period it reviews (read once per
        document: the events are final when awards are read, and every undated mention asks)."""
        events = doc_list(doc, "events")
        kept = self.reviewed
        if kept is None or kept[0] is not events or kept[1] != len(events):
            kept = self.reviewed = (
                events,
                len(events),
                next((ev["period_reviewed"] for ev in events if ev.get("period_reviewed")), None),
            )
        return kept[2]

    def year(self, text: str, s: int, e: int) -> str | None:
        return self.clause_year(text, s, e, None)

    def clause_year(self, text: str, s: int, e: int, nxt: int | None) -> str | None:
        """The year or period of the award at text[s:e] (`nxt`: where the clause's next award starts):
        the first date after it, else the last before it; a date that leads the next award is that one's,
        and a date the achievements are said to be "in" wins over the year of giving."""
        self.achieved_pick = False  # whether the date picked is the one the achievements are said to be in
        if self.year_digits.search(text) is None:
            return None  # every date with a value names its year in digits: most award sentences name none
        dates = [d for d in self.dates.find(text) if not d.comparison and d.value]
        after = [d for d in dates if d.start >= e]
        if nxt is not None:
            after = [d for d in after if d.end > nxt or not self.g.date_leads_award.match(text[d.end : nxt])]
        for_achievements = [
            d
            for d in after
            if (nxt is None or d.start < nxt)
            and self.g.achievement_before_date.search(text[max(e, d.start - 40) : d.start])
        ]
        after = for_achievements[:1] + after
        before = [d for d in dates if d.end <= s]
        pick = after[0] if after else (before[-1] if before else None)
        if pick is None:
            return None
        self.achieved_pick = bool(for_achievements) and pick is for_achievements[0]
        return pick.period or (pick.value[:4] if pick.value else None)
