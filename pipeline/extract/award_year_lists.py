"""A list of one person's awards over the years, each item opening with the year it was given in.

A tribute or a profile lists a career's honours under a lead line ("The list of her awards:"), one
per line: "- 2014: Certificate of Merit of the Prime Minister for ... the 2009-2013 period". No item
names its recipient: the whole list is the awards of the person the lead line names, or of the person
the text is about when the lead says "her"/"his" (`award_lists.profiled_person`). Each item's year is
the period its achievement is for when it names one, else the year(s) the item opens with ("2009 and
2011: Certificates of Merit ..." is one record for both years). An item without a year in the same
list ("Grassroots Emulation Fighter in eight different years") is hers too, with no year.

What an item's opening year and the lead's pronoun look like is the language pack's
(`awards.yml` grammar: `year_list_item`, `list_owner_pronoun`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .award_lists import profiled_person
from .award_parts import list_items
from .doc_lists import text_in
from .extensions import text_of

_KEY = "year_lists"
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class YearList:
    """Characters `start`..`end` of a "YEAR: award" list, and whose awards they are (None: not known)."""

    start: int
    end: int
    owner: str | None


def year_lists(doc: Doc, item_year: re.Pattern[str], owner_pronoun: re.Pattern[str]) -> list[YearList]:
    """The document's "YEAR: award" lists (read once per document, kept in its user data)."""
    found: list[YearList] | None = doc.user_data.get(_KEY)
    if found is not None:
        return found
    found = []
    text = text_of(doc)
    if ":\n" in text or ": \n" in text:  # no line ends on a colon: no list is opened
        people = list(doc.spans.get("people", []))
        for m in re.finditer(r":[ \t]*\n", text):
            items = list_items(text, m.start() + 1)
            if not items or not item_year.match(text, items[0][0], items[0][1]):
                continue
            lead_start = text.rfind("\n", 0, m.start()) + 1
            named = [p for p in people if lead_start <= p.start_char < m.start()]
            owner = text_in(doc, named[-1]) if named else None
            if owner is None and owner_pronoun.search(text, lead_start, m.start()):
                owner = profiled_person(doc, lead_start)
            found.append(YearList(items[0][0], items[-1][1], owner))
    doc.user_data[_KEY] = found
    return found


def year_list_at(lists: list[YearList], char: int) -> YearList | None:
    return next((y for y in lists if y.start <= char < y.end), None)


def item_years(text: str, char: int, item_year: re.Pattern[str]) -> str | None:
    """The years the list item holding `char` opens with ("2009 and 2011:" -> "2009, 2011"), or None."""
    line_start = text.rfind("\n", 0, char) + 1
    bullet = re.match(r"[ \t]*(?:[-–•*+]|\d{1,2}[.)])?[ \t]*", text[line_start:char])
    at = line_start + (bullet.end() if bullet else 0)
    m = item_year.match(text, at, char)
    return ", ".join(YEAR_DIGITS.findall(m.group())) if m else None
