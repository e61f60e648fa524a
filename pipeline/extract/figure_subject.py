"""The unit a document is mostly about: where a figure's scope falls when its sentence names none.

The headline's one body, an official paper's issuing office under its parent's name, the office
named most (or the sector's agency when it is named far more), else the lead's sector body or a
department.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .figure_units import OFFICE_KINDS, UnitMention


class DocumentSubject:
    """`FigureScope`'s reading of the document's own subject (a mixin: it uses the scope's grammar
    `g` and its `sector_body`)."""

    g: Any

    def sector_body(self, u: UnitMention) -> bool:
        raise NotImplementedError

    def main_unit(self, units: list[UnitMention], text: str) -> str | None:
        """The unit a document is mostly about (`text`: the document's)."""
        counts = Counter(u.unit for u in units if u.label_ in OFFICE_KINDS)
        agency = Counter(u.unit for u in units if u.label_ == "agency" and not self.named_aside(u, text))
        line_end = text.find("\n") if units else -1
        heading = {u.unit for u in units if u.end_char <= line_end and (u.unit in counts or u.unit in agency)}
        issuer = issuer_line(units, text, line_end) if len(heading) == 1 else None
        if issuer is not None:
            # an official paper's header, the parent body over the issuing office: the issuer's report or
            # minutes (its name unread on that line: the office it names most)
            if issuer.label_ in OFFICE_KINDS:
                return issuer.unit
            heading = set()
        if len(heading) == 1:
            return heading.pop()  # "BHXH Việt Nam triển khai nhiệm vụ năm 2026": the headline's body is the subject
        if counts:
            office, n = counts.most_common(1)[0]
            if agency and agency.most_common(1)[0][1] > 2 * n:
                # a document about the whole sector (a national congress naming one office among
                # its award recipients): the sector's agency, not that office
                return agency.most_common(1)[0][0]
            first = next((u for u in units if u.start_char > line_end), None)
            if first is not None and first.label_ == "district_office" and first.unit != office:
                # a grassroots office's own news ("On September 21, X Grassroots Social Insurance held ..."):
                # that office, though the province whose officials attend is named more
                start = line_end + len(text[line_end:]) - len(text[line_end:].lstrip())
                if self.g.lead_subject_before.fullmatch(text, start, first.start_char):
                    return first.unit
            return office
        # a document whose lead names first a sector body of no office kind ("The Social Insurance
        # of the Ministry of ... held a ceremony"): that body, ahead of its divisions named later
        lead_end = lead_paragraph_end(text, line_end) if units else -1
        lead = [u for u in units if u.start_char > line_end and (lead_end < 0 or u.end_char <= lead_end)]
        first = next((u for u in lead if self.sector_body(u)), None)
        if first is not None and first.label_ == "other":
            return first.unit
        if first is not None and first.label_ == "agency" and not any(u.label_ == "department" for u in lead):
            # a lead naming the agency and no department of it ("Vietnam Social Security held a workshop"):
            # the agency, not a body of no office kind (an institute) its speakers come from later
            return first.unit
        # a document about a sector department ("the Military Social Insurance Department"): that
        # department, ahead of the sector's agency it reports to
        for label in ("department", "agency"):
            counts = Counter(u.unit for u in units if u.label_ == label)
            if counts:
                return counts.most_common(1)[0][0]
        return None

    def named_aside(self, u: UnitMention, text: str) -> bool:
        """The agency named as the office of a visitor's or a giver's post ("Phó Tổng Giám đốc BHXH Việt Nam")
        or inside a quoted name (a medal's, a movement's): no sign of what a provincial article is about."""
        if self.g.post_before.search(text, max(0, u.start_char - 30), u.start_char):
            return True
        return text.count('"', 0, u.start_char) % 2 == 1 or text.rfind("“", 0, u.start_char) > text.rfind(
            "”", 0, u.start_char
        )


def issuer_line(units: list[UnitMention], text: str, line_end: int) -> UnitMention | None:
    """An official paper's header block: a first line that is one body's name alone, in capitals, over a
    second line in capitals (the issuing office under its parent). The unit named on the second line
    (a mention of no office kind when it names none the units read), else None (no such header)."""
    first = next((u for u in units if u.end_char <= line_end), None)
    heading = text[:line_end].strip()
    if first is None or heading != text[first.start_char : first.end_char] or not heading.isupper():
        return None
    second_end = text.find("\n", line_end + 1)
    second = text[line_end + 1 : len(text) if second_end < 0 else second_end]
    if not second.strip() or not second.isupper():
        return None
    named = next((u for u in units if line_end < u.start_char and u.end_char <= line_end + 1 + len(second)), None)
    return named or UnitMention(0, 0, line_end + 1, line_end + 1, "", "")


def lead_paragraph_end(text: str, headline_end: int) -> int:
    """Where the first paragraph after the headline ends (-1: it runs to the end)."""
    if headline_end < 0:
        return -1
    start = headline_end
    while start < len(text) and text[start].isspace():
        start += 1
    return text.find("\n", start)
