"""Where an event is held and who organises it: the place, venue or body its sentence names.

A mixin of `EventFinder`, used by its lead's event and by the further events a setting clause tells
(`event_settings.FurtherEvents`): apart so the finder reads as the choice of which event a document
reports, and the reading of one event's place and organiser is found in one short module.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from .extensions import place_tokens, span_unit, text_of
from .lexicon import CaselessSearch
from .span_index import span_index

OWNER_GAP = 40
"""How far before the event word the pronoun of its organiser may stand ("at its annual review ceremony")."""

VISITOR_REACH = 25
"""How far before a unit the words naming a visiting delegation may stand ("đoàn công tác của ")."""


class VenueAndOrganizer:
    """The place and the organising body of an event, read from the sentence that tells it."""

    g: Any
    report_verbs: CaselessSearch

    def location(self, doc: Doc, text: str, sent: Span) -> str | None:
        """The headquarters the sentence names, else the first place after a location word ("in Hanoi")."""
        m = self.g.headquarters.search(text)
        if m:
            return m.group(1).strip()
        m = self.g.place_with_province.search(text)
        if m:
            return m.group("place")  # "in Vinh, Nghe An province"
        places = place_tokens(doc)  # token index -> place, in token order
        for i in (i for i in places if sent.start <= i < sent.end):
            if i > 0 and self.g.location_before.match(doc[i - 1].lower_):
                return doc[i].text  # as the text writes it ("Ha Noi", "Hà Nội")
        town = self.g.town_at.search(text) or self.g.venue_at.search(text)  # "at the X Convention Centre"
        return town.group("place") if town else self.venue_unit(doc, text)

    def venue_unit(self, doc: Doc, text: str) -> str | None:
        """ "the signing ceremony at the hospital": the one body of the document its head noun names."""
        m = self.g.venue_head.search(text)
        if m is None:
            return None
        head = f" {m.group('head').lower()}"
        named = {span_unit(u) for u in doc.spans.get("units", [])}
        found = [name for name in named if name and name.lower().endswith(head)]
        return found[0] if len(found) == 1 else None

    def organizer(self, doc: Doc, sent, at: int | None = None) -> str | None:
        """The body organising the event whose word starts at `at` in `sent`: the one after "organised by", the
        one an "its" before the event word stands for, else the subject of the reporting verb."""
        m = self.g.organised_by.search(sent.text)
        units = [u for u in span_index(doc, "units").starting_in(sent.start, sent.end) if u.end <= sent.end]
        own = self.g.owner_pronoun_event.search(sent.text, max(0, at - OWNER_GAP), at) if at else None
        if own and not m:
            owners = [u for u in units if u.end_char <= sent.start_char + own.start()]
            if owners:
                return span_unit(owners[-1])  # "honoured by X at its ceremony": X's
        if m:
            after = [u for u in units if u.start_char >= sent.start_char + m.end()]
            if after:
                return span_unit(after[0])
        verb = self.report_verbs.search(sent.text)
        if verb:
            at = sent.start_char + verb.start()
            relative = [r.start() for r in self.g.relative_opener.finditer(sent.text, 0, verb.start())]
            if relative and any(u.end_char <= sent.start_char + relative[0] for u in units):
                at = sent.start_char + relative[0]  # "X, which groups the offices of A and B, held": X
            ends = {u.end for u in units}
            before = [
                u
                for u in units
                if u.end_char <= at
                and u.start not in ends  # "Cụm thi đua số 3 BHXH Việt Nam": the parent in apposition
                and not self.g.not_organiser_before.search(
                    text_of(doc)[max(sent.start_char, u.start_char - 12) : u.start_char]
                )
            ]
            before = [u for u in before if not self.visiting(doc, sent.start_char, u)] or before
            if before:
                joint = self.g.joint_verb_before.search(sent.text[max(0, verb.start() - 10) : verb.start()])
                return span_unit(before[0] if joint else before[-1])  # "A and B co-organised": A
        # "Đoàn công tác X làm việc với Y": the host, not the delegation's body
        hosts = [u for u in units if not self.visiting(doc, sent.start_char, u)] or units
        return span_unit(hosts[0]) if hosts else None

    def visiting(self, doc: Doc, sent_start: int, unit: Span) -> bool:
        """Whether `unit` is named as a visiting delegation's body ("đoàn công tác X"): it does not host."""
        start = unit.start_char
        return self.g.visitor_before.search(text_of(doc), max(sent_start, start - VISITOR_REACH), start) is not None
