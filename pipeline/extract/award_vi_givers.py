"""Who gives an award, read in head-first word order (Vietnamese).

A part of `HeadFirstAwardFinder` (`awards_vi.py`, which sets the attributes below): the authority
that is the subject of the giving verb before the award ("Bộ trưởng Bộ Tài chính đã ký Quyết định
... tặng Bằng khen"), never a deputy handing it over; an authority's words filled with the province
or office they name ("Chairman of {place} Provincial People's Committee"), else the document's own.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from spacy.tokens import Doc

from ..models import TOP_LOCAL_OFFICES
from .bodies import fill_place
from .cue_sites import WordScan
from .doc_subject import most_named


class HeadFirstGivers:
    """The head-first award reader's giver questions."""

    g: SimpleNamespace
    authorities: list[tuple[str, WordScan]]
    subject_authorities: list[tuple[str, re.Pattern[str]]]

    def giver_subject(self, left: str) -> str | None:
        """The authority that is the subject of the giving verb before the award: "Bộ trưởng Bộ Tài chính
        đã ký Quyết định ... tặng Bằng khen", "Giám đốc BHXH tỉnh đã công nhận ... và tặng Giấy khen"; not
        a deputy ("Phó Chủ tịch ... trao": the presenter)."""
        best: tuple[int, str] | None = None
        authorities: list[tuple[str, Any]] = [*self.authorities, *self.subject_authorities]  # regexes, caseless scans
        for who, regex in authorities:
            for m in regex.finditer(left):
                if self.g.deputy_before.search(left[: m.start()]) or not self.g.giver_subject_gap.match(
                    left[m.end() :]
                ):
                    continue
                if best is None or m.start() > best[0]:
                    best = (m.start(), who)
        return best[1] if best else None

    def filled(self, doc: Doc, who: str, base: int, text: str, s: int) -> str:
        """ "Chairman of {place} Provincial People's Committee", "Director of {unit}": the province or the
        office the authority's words name (the nearest match to the award), else the document's own."""
        patterns: dict[str, WordScan | re.Pattern[str]] = dict([*self.authorities, *self.subject_authorities])
        pattern = patterns[who]
        matches = sorted(pattern.finditer(text), key=lambda m: abs(m.start() - s))
        lo, hi = (base + matches[0].start(), base + matches[0].end()) if matches else (-1, -1)
        units = doc.spans.get("units", [])
        if "{unit}" in who:
            unit = next((u._.unit for u in units if lo <= u.start_char < hi), None) or self.own_office(doc)
            return who.format(unit=unit) if unit else who.replace(" {unit}", "")
        place = next((t._.place for t in doc if lo <= t.idx < hi and t._.is_place), None)
        if not place:
            own = self.own_office(doc)
            place = next(
                (
                    t._.place
                    for u in units
                    if u.label_ == "provincial_office" and u._.unit == own
                    for t in u
                    if t._.is_place
                ),
                None,
            )
        return fill_place(who, place) if place else who.replace(" {place}", "")

    @staticmethod
    def own_office(doc: Doc) -> str | None:
        """The provincial or regional office the document names most."""
        return most_named(doc.spans.get("units", []), TOP_LOCAL_OFFICES)
