"""The recipient a list of awards belongs to, named on the line that opens the list.

A tribute or a profile lists one person's (or one office's) awards as items under a lead line that
names the recipient and the receiving verb and ends on a colon:

    bà X đã được tặng nhiều phần thưởng cao quý:
    - Huân chương Lao động hạng Ba (năm 2019);
    - 3 Bằng khen của Tổng Giám đốc ... (các năm 2008, 2015, 2021);

Each item names an award and its year, but neither a recipient nor a giving verb: the lead's subject
is the recipient of every item, and a count before an item's award counts prizes to that one
recipient, not recipients. What a lead and a list item look like is the language pack's
(`awards.yml`: `received_list_lead`, `list_item`); the lead's recipient is the last person, else the
last unit, named before its receiving verb. Read once per list, kept in the document's meta.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .extensions import doc_meta, span_unit, text_of

_META = "award_list_leads"
LEAD_CHARS = 300
"""A lead line longer than this is a paragraph, not the line that opens a list."""


@dataclass(frozen=True)
class ListLead:
    """The recipient a list's lead line names: its name and kind (`individual`, `collective`)."""

    recipient: str
    kind: str


class ListLeads:
    """Finds the lead line of the list an award item stands in (`item_re`: a list item's start,
    `lead_re`: a lead line up to its closing colon, matched from the line's start, its last
    receiving verb as group `verb`)."""

    def __init__(self, item_re: re.Pattern[str], lead_re: re.Pattern[str]) -> None:
        self.item_re, self.lead_re = item_re, lead_re

    def lead_of(self, doc: Doc, at: int) -> ListLead | None:
        """The recipient of the list whose item holds character `at`, or None when the line is no list
        item or its lead names no recipient."""
        text = text_of(doc)
        line_start = text.rfind("\n", 0, at) + 1
        if not self.item_re.match(text, line_start):
            return None
        # walk back over the list's items to the line before the first of them
        start = line_start
        while start > 0:
            prev_start = text.rfind("\n", 0, start - 1) + 1
            if not self.item_re.match(text, prev_start):
                break
            start = prev_start
        if start == 0:
            return None
        lead_start = text.rfind("\n", 0, start - 1) + 1
        meta = doc_meta(doc)
        cache: dict[int, ListLead | None] = meta.setdefault(_META, {}) if meta is not None else {}
        if lead_start not in cache:
            cache[lead_start] = self.read_lead(doc, lead_start, start - 1)
        return cache[lead_start]

    def read_lead(self, doc: Doc, start: int, end: int) -> ListLead | None:
        text = text_of(doc)
        if end - start > LEAD_CHARS:
            start = end - LEAD_CHARS  # the sentence that ends the paragraph is the lead
        lead = self.lead_re.match(text, start, end + 1)  # its last receiving verb, group `verb`
        if lead is None:
            return None
        verb = lead.start("verb")
        people = [p for p in doc.spans.get("people", []) if start <= p.start_char and p.end_char <= verb]
        if people:
            return ListLead(people[-1].text, "individual")
        units = [u for u in doc.spans.get("units", []) if start <= u.start_char and u.end_char <= verb]
        if units:
            name = span_unit(units[-1])
            return ListLead(name, "collective") if name else None
        return None
