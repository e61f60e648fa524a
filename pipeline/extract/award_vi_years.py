"""The year or period of an award read in head-first word order (Vietnamese).

A part of `HeadFirstAwardFinder` (`awards_vi.py`, which sets the attributes below; its `year`
override asks these): the achievement's year or period named after the award ("có thành tích
xuất sắc năm 2025", "từ năm 2019 đến năm 2023"), an earlier award's achievement blanked out so it
does not date the next award, the year a section heading or the title names for an undated
award, and further years one award was given in ("năm 2011 và năm 2019").
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.tokens import Doc

from .doc_lists import doc_list
from .doc_sections import SectionReader
from .extensions import text_of


class HeadFirstYears:
    """The head-first award reader's year questions."""

    g: SimpleNamespace
    year_digits: re.Pattern[str]
    verbs: re.Pattern[str]
    sections: SectionReader
    award_end_in_sentence: int | None

    def achieved_year(self, text: str, e: int) -> str | None:
        """The year or period the achievement is for, named after the award ("cho 3 tập thể có thành tích
        xuất sắc năm 2025", "từ năm 2019 đến năm 2023"); a ceremony's date is not one."""
        span = self.g.year_range.search(text, e)
        if span:
            return f"{span.group(1)}-{span.group(2)}"
        m = self.g.achievement_year.search(text, e)
        if not m:
            return None
        return m.group("year") or f"{m.group('start')}-{m.group('end')}"

    def earlier_awards_dates_blanked(self, text: str, s: int) -> str:
        """ "... trao Bằng khen ... vì thành tích giai đoạn 2020-2025; bà Y trao Bằng khen ... cho 4 tập thể": the
        achievement an earlier award of the sentence was for, up to the clause break before this one, is that
        award's alone; a year the earlier award carries as its own ("Cờ thi đua ... năm 2023; ... trao Cờ thi
        đua ... cho 12 tập thể") and the dates before it ("Năm 2023, ...") still frame the sentence. Offsets
        are kept."""
        breaks = [m.end() for m in self.g.clause_break.finditer(text, 0, s)]
        if not breaks or self.year_digits.search(text, 0, breaks[-1]) is None:
            return text
        award_end = self.award_end_in_sentence  # where the sentence's award before this one ends
        if award_end is None or award_end > breaks[-1] or self.verbs.match(text[breaks[-1] : s].lstrip()):
            return text  # "...; trao Bằng khen ...": a clause with no giver of its own goes on with the one before
        for pattern in (self.g.achievement_year, self.g.year_range):
            for m in pattern.finditer(text, award_end, breaks[-1]):
                text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        return text

    def bracketed_years_blanked(self, text: str, s: int) -> str:
        """ "X được tặng 02 Bằng khen ... (năm 2019) và 01 Cờ thi đua ...": a year in brackets before the award at `s`
        is the year of what it follows, so it dates no later award of the sentence. Offsets are kept."""
        for m in self.g.bracketed_year.finditer(text, 0, s):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        return text

    def undated_year(self, doc: Doc, at: int) -> str | None:
        """An award whose sentence names no year is for the year its section's heading names ("III. ...
        NĂM 2025"), else the one the document's title names ("Báo cáo tổng kết ... năm 2025"); a
        publication date alone does not say which year an achievement was for."""
        sections = self.sections.of_doc(doc)
        return sections.year_at(at) or sections.title_year

    def other_years(self, text: str, e: int, nxt: int, records: list[dict]) -> list[dict]:
        """ "được Chính phủ tặng Cờ thi đua năm 2011 và năm 2019": the award was given once a year, so each
        further year listed right after it is one more award to the same recipients."""
        listed = self.g.years_listed.match(text, e, nxt)
        if not listed or not records:
            return []
        years = self.year_digits.findall(listed.group())
        if any(r["year"] != years[0] for r in records):
            return []
        return [{**r, "year": year} for year in dict.fromkeys(years[1:]) for r in records]


def proposals_share_year(doc: Doc) -> None:
    """An undated proposal told in the paragraph of awards given for one year ("... tặng Giấy khen cho 12 tập
    thể có thành tích trong đợt thi đua ... BHXH tỉnh cũng đề nghị ... tặng Bằng khen cho 02 tập thể") is
    asked for the same achievement: that year. Given awards keep their own (an earlier class recalled
    beside a new one is no year of the new one)."""
    awards = doc_list(doc, "awards")
    if all(a.get("year") or a.get("status") != "proposed" for a in awards):
        return
    text = text_of(doc)
    for a in awards:
        if a.get("year") or a.get("status") != "proposed":
            continue
        start = a["evidence"]["start"]
        paragraph = (text.rfind("\n", 0, start) + 1, text.find("\n", start) % (len(text) + 1))
        years = {o["year"] for o in awards if o.get("year") and paragraph[0] <= o["evidence"]["start"] < paragraph[1]}
        if len(years) == 1:
            a["year"] = years.pop()
