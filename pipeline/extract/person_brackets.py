"""A role written once before a list of names, each name with its unit in brackets.

Contest reports name their prize winners so: "giải Ba trao cho thí sinh A (BHXH huyện X) và B (Văn phòng
BHXH tỉnh)". The role ("thí sinh") is the only cue for the names after the first, and the bracket is the
person's office. The pattern is the pack's grammar `role_list_bracketed` (group `role`, matched up to the
name it ends before); packs without one never match.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .extensions import span_unit, text_of
from .person_roles import people_lacking

LIST_CHARS = 200  # how far before a name the role opening its list may stand
BRACKET_CHARS = 80  # how long the bracket after a name may be


def bracket_after(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the bracket's content right after a name ending at `end`, if one follows."""
    if not text.startswith(" (", end):
        return None
    close = text.find(")", end + 2, end + 2 + BRACKET_CHARS)
    return (end + 2, close) if close > end + 2 else None


def opens_role_list(text: str, start: int, end: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The role whose list the name starting at `start` (and ending at `end`) is in: the name must carry
    its bracket, so a plain "A và B" after a role is not read as a list of the role's holders."""
    if bracket_after(text, end) is None:
        return None
    return pattern.search(text, max(0, start - LIST_CHARS), start)


def bracketed_roles(doc: Doc, names: list[Span], people: list[dict], pattern: re.Pattern[str]) -> None:
    """Fill the title ("thí sinh, BHXH huyện X") and the unit (the unit closing the bracket) of each
    person without a title whose name is in a role's bracketed list."""
    text = text_of(doc)
    if "(" not in text:
        return
    units = doc.spans.get("units", [])
    for span, person in people_lacking(text, names, people, "title"):
        bracket = bracket_after(text, span.end_char)
        if bracket is None:
            continue
        unit = next((u for u in units if u.end_char == bracket[1] and u.start_char >= bracket[0]), None)
        role = pattern.search(text, max(0, span.start_char - LIST_CHARS), span.start_char) if unit else None
        if unit is None or role is None:
            continue
        person["title"] = f"{role.group('role')}, {text[bracket[0] : bracket[1]]}"
        person["unit"] = person["unit"] or span_unit(unit)
