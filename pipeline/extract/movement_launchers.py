"""Who launched a movement: "launched by X", "the Prime Minister's movement", the subject of the
launching verb before the name, an event's organiser when the event launched it, and the
document's own office where the text says "the unit" or leaves the place out.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from spacy.tokens import Doc, Span

from ..models import LOCAL_OFFICES
from .doc_lists import doc_list, first_unit_starting
from .doc_subject import most_named
from .extensions import span_unit, text_of
from .lexicon import fold, provinces

QUOTE_ENDS = frozenset('"”')  # the closing quote of a name a "launched by" right after belongs to


class Bare(NamedTuple):
    """A name written without quotes: where its head stands (the launching verb comes right before it)
    and whether its launcher follows it ("... do BHXH Việt Nam phát động")."""

    head_at: int
    launcher_follows: bool


class LaunchedBy:
    """`MovementFinder`'s launcher questions (a mixin: they use the component's grammar `g`, its
    launching-verb and event-subject searches and its table of launcher names)."""

    g: Any
    launch: Any
    event_subject: Any
    launcher_names: dict[str, str]

    def bare_launched_by(self, doc: Doc, sent: Span, start: int, end: int, bare: Bare) -> str | None:
        """Who launched a movement named without quotes: the launcher right after its name ("... do Tỉnh ủy
        phát động"), else the subject of the verb right before it ("BHXH tỉnh phát động phong trào ...");
        an event as subject ("Hội nghị cũng phát động ...") means the event's organizer. A name
        only mentioned ("đẩy mạnh phong trào ...", "gắn với phong trào ...") says nothing of who launched it.
        """
        if bare.launcher_follows:
            return self.launched_by(doc, sent, start, end)
        text = text_of(doc)
        verb = self.g.bare_launched_before.search(text[sent.start_char : bare.head_at])
        if not verb:
            return None
        verb_at = sent.start_char + verb.start()
        clause = text[sent.start_char : verb_at].split(",")[-1]
        if self.event_subject.search(clause):
            return next((ev["organizer"] for ev in doc_list(doc, "events") if ev.get("organizer")), None)
        return self.subject(doc, sent, verb_at)

    def launched_by(self, doc: Doc, sent: Span, start: int, end: int | None = None) -> str | None:
        """Who launched the movement named at `start`:

        1. "launched by X" after the name (the nearest), else anywhere in the sentence;
        2. "the Prime Minister's movement "..."";
        3. the subject of "launched" before the name ("X launched the movement ...");
           "the unit" / "the office" as subject means the document's own office.
        """
        text = text_of(doc)
        end = end if end is not None else start
        units = doc.spans.get("units", [])
        matches = list(self.g.launched_by.finditer(text, sent.start_char, sent.end_char))
        after = [m for m in matches if m.start() >= end]
        # (not one right after another quoted name before this one: '"A" launched by X and "B"' is A's launcher)
        matches = [
            m
            for m in matches
            if m.start() >= end or text[max(0, m.start() - 3) : m.start()].strip()[-1:] not in QUOTE_ENDS
        ]
        before = [m for m in matches if m.end() <= start]
        m = after[0] if after else (before[-1] if before else (matches[0] if matches else None))
        if m:
            unit = first_unit_starting(doc, m.start(1), m.end(1) + 1)
            if unit:
                return unit
            if self.g.province_words.match(m.group(1)):
                return self.own_office(units)
            launcher = self.g.launcher_split.split(m.group(1))[0].strip()
            return self.launcher_name(launcher, units) or None
        owner = self.g.owner.search(text, max(sent.start_char, start - 80), start)
        if owner:
            unit = first_unit_starting(doc, owner.start(1), owner.end(1))
            return unit or owner.group(1)
        verb = self.launch.search(text[sent.start_char : start])
        if not verb:
            return None
        verb_at = sent.start_char + verb.start()
        subject = self.subject(doc, sent, verb_at)
        if subject is None and self.g.subject_after_opening.match(text, sent.start_char, verb_at):
            # "Sau 10 tháng triển khai Chương trình “...”, BHXH tỉnh X phối hợp ...": the clause's subject follows it
            comma = text.find(",", end, sent.end_char)
            return first_unit_starting(doc, comma + 1, comma + 3) if comma >= 0 else None
        return subject

    def subject(self, doc: Doc, sent: Span, verb_at: int) -> str | None:
        """The person or unit before the launching verb at `verb_at`; "the unit" means the document's office."""
        text = text_of(doc)
        units = doc.spans.get("units", [])
        said = [m.end() for m in self.g.reported_before_launch.finditer(text, sent.start_char, verb_at)]
        begin = said[-1] if said else sent.start_char  # "Bà X cho biết, hưởng ứng ...": not the speaker
        people = [p for p in doc.spans.get("people", []) if begin <= p.start_char and p.end_char <= verb_at]
        subjects = [
            u
            for u in units
            if begin <= u.start_char
            and u.end_char <= verb_at
            and not self.g.not_subject_before.search(text[max(0, u.start_char - 10) : u.start_char])
        ]
        if people and self.g.own_office_subject.search(text[people[-1].end_char : verb_at]):
            return self.own_office(units)
        if not people and not subjects and self.g.own_office_subject.search(text[begin:verb_at]):
            return self.own_office(units)  # "Right after the merger we launched ...": the office speaking
        if not people and not subjects and self.g.event_subject.fullmatch(text, sent.start_char, verb_at):
            # "Hội nghị cũng phát động phong trào ...": launched at the reported event, by its organiser
            events = doc_list(doc, "events")
            return events[0].get("organizer") if events else None
        if people:
            return people[-1].text
        if subjects and self.g.own_office_subject.search(text[sent.start_char : subjects[0].start_char]):
            return self.own_office(units)  # "đơn vị sẽ tham mưu Tỉnh ủy, UBND tỉnh ...; phát động ...": the office
        if subjects:
            return span_unit(subjects[0])
        return None

    def launcher_name(self, launcher: str, units: list[Span]) -> str:
        """A launcher as the records name it ("Thủ tướng Chính phủ" -> "Prime Minister"); a local body
        whose place the text leaves out ("Tỉnh ủy") is the one of the document's own province."""
        named = self.launcher_names.get(fold(launcher))
        if named and "{province}" in named:
            office = self.own_office(units) or ""
            province = next((p.name for p in provinces() if office.startswith(p.name + " ")), None)
            named = named.format(province=province) if province else None
        return named or launcher

    @staticmethod
    def own_office(units: list[Span]) -> str | None:
        """The office the document is about: its most-mentioned provincial, regional or district office."""
        return most_named(units, LOCAL_OFFICES)
