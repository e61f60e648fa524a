"""Who receives an award: the people or units a mention names as its recipients.

Read around each award mention that gives no count (`AwardFinder.read_clause`): people after it
("... to Mr. A and Ms. B"), the person a title for people honours, a table row's person, the subject
of a passive ("X was honoured with ..."), units after "to" or before the verb, organisations the
gazetteer does not know (`award_parts.OrganisationNames`), the list under the sentence, the members
named after a count ("namely A, B and C").
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.tokens import Doc, Span

from ..models import TOP_LOCAL_OFFICES, VSS_OFFICES
from .award_definite import definite_unit
from .award_giver_verb import given_by_subject
from .award_parts import OrganisationNames, list_items
from .award_relative import relative_holder
from .doc_lists import doc_list, text_in
from .doc_subject import most_named
from .extensions import doc_meta, place_tokens, span_unit, text_of
from .span_index import span_index
from .tables import TABLE_CELL
from .word_gate import WordGate

# characters that tie an abbreviation into a document's number ("No. 2817/QĐ-BHXH"): a code, not a recipient
CODE_JOINERS = frozenset("-/")


OBJECT_VERB_CHARS = 20  # how far before a person named as the object the giving verb may start


class RecipientReading:
    """The award reader's recipient questions (a part of `AwardFinder`, which sets these attributes)."""

    g: SimpleNamespace
    individual_only: set[str]
    organisations: OrganisationNames
    members_gate: WordGate
    verbs: re.Pattern[str]

    def recipients_of(
        self,
        doc: Doc,
        text: str,
        start: int,
        s: int,
        e: int,
        nxt: int,
        units: list[Span],
        people: list[Span],
        award_type: str,
        presenter: str | None,
    ) -> list[tuple[str, str]]:
        """Named recipients of one award mention, person or unit; empty when the text names none
        (a mention with neither a recipient nor a count is no record: it cannot be counted)."""
        held = self.bracket_holder(doc, text, start, s, e, units, people) or relative_holder(
            doc, text, start, s, people, self.g.relative_receiver_before
        )
        if held:
            return held
        to_people = self.people_after(doc, people, start + e, start + nxt)
        if to_people:
            return self.unit_before_people(doc, units, people, start + e) + [(name, "individual") for name in to_people]
        if award_type in self.individual_only:
            # a title for people ("... recognising two officials, A of X and B of Y, as National
            # Emulation Fighters"): the units named are where they work, not recipients
            honoured = [text_in(doc, p) for p in people if text_in(doc, p) != presenter and p.end_char <= start + s]
            honoured = (
                honoured[1:]
                if presenter is None and len(honoured) > 1 and self.announcer(doc, people[0], start + s)
                else honoured
            )
            return [(name, "individual") for name in honoured or self.by_honorific(doc, text[:s], presenter)]
        row_person = None
        if TABLE_CELL in text[:s]:
            # a table row "No. | recipient | form": the person in the cells before the form is the recipient
            row_start = start + text.rfind("\n", 0, s) + 1
            row_person = next((text_in(doc, p) for p in people if row_start <= p.start_char < start + s), None)
        person = (
            row_person
            or self.person_recipient(doc, people, start, s, presenter)
            or next(iter(self.by_honorific(doc, text[:s], presenter)), None)
        )
        if person:
            return [(person, "individual")]
        if given_by_subject(self.g.giver_verb_before, self.g.giver_object_after, text, start, s, e, nxt, units):
            return []  # "held a ceremony to present badges": the subject gives them
        if self.g.office_subject_before.search(text, max(0, s - 200), s):
            # "... and that the provincial office had been proposed for ...": the office the report is about,
            # not a body named on the way ("for leading Cluster No. 8")
            office = most_named(doc.spans.get("units", []), TOP_LOCAL_OFFICES)
            if office:
                return [(office, "collective")]
        following = [u for u in units if u.start_char < start + nxt]
        names = self.recipients(doc, following, start, s, e, presenter is not None, text)
        # an organisation outside the gazetteer: "... to Saigon Commercial Bank", "X Corporation was awarded ...";
        # or a unit whose name runs on past where the unit rules stopped ("Department of the People's ...")
        coordinated = self.organisations.subjects(text[:s])
        if len(coordinated) > len(names):
            known = {text_in(doc, u): span_unit(u) for u in units}
            return [(known.get(n, n), "collective") for n in coordinated]  # the coordinated subject names them all
        orgs = self.organisations.after(text[e:nxt]) or [n for n in [self.organisations.subject(text[:s])] if n]
        if not names:
            names = orgs
        elif len(orgs) >= len(names):
            # a unit name the unit rules cut short is replaced by the longer name the award clause gives
            shown = {span_unit(u): text_in(doc, u) for u in units}
            longer = [o for n, o in zip(names, orgs) if o.startswith(shown.get(n, n)) and len(o) > len(shown.get(n, n))]
            names = orgs if longer or len(orgs) > len(names) else names
        if not names and (
            definite := self.g.definite_object.match(text[e:nxt]) or self.g.definite_subject.search(text, 0, s)
        ):  # "... to the hospital", "the union received ...": the one named so
            names = definite_unit(doc, definite.group("head"), start + s)  # "... to the hospital": the one named
        if not names and (
            self.g.office_anaphor_subject.search(text[:s]) or self.g.office_anaphor_object.match(text[e:])
        ):
            # "the office": a local office (the sector's agency is "the agency", its most-named body perhaps)
            office = most_named(doc.spans.get("units", []), TOP_LOCAL_OFFICES)
            names = [office] if office else []
        if not names and (self.g.anaphoric_subject.search(text[:s]) or self.g.anaphoric_object.match(text[e:])):
            # "the office" of a report on a sector's anniversary is the local office it names most, not the agency
            main = most_named(doc.spans.get("units", []), TOP_LOCAL_OFFICES) or self.main_unit(doc)
            names = [main] if main else []
        return [(own_office_body(doc, name), "collective") for name in names]

    def bracket_holder(
        self, doc: Doc, text: str, start: int, s: int, e: int, units: list[Span], people: list[Span]
    ) -> list[tuple[str, str]]:
        """ "followed by A Social Security (second prize)": the unit or person named right before the
        bracket that holds the award is its recipient, not the clause's subject."""
        opened = self.g.bracketed_before.search(text, max(0, s - 12), s)
        if opened is None or self.g.bracketed_after.match(text, e) is None:
            return []
        at = start + len(text[: opened.start()].rstrip())
        unit = next((u for u in units if u.end_char == at), None)
        if unit is not None:
            return [(span_unit(unit), "collective")]
        person = next((p for p in people if p.end_char == at), None)
        return [(text_in(doc, person), "individual")] if person is not None else []

    @staticmethod
    def add(doc: Doc, base: dict, recipient: str | None, kind: str | None, count: int | None) -> None:
        if recipient and kind == "collective":
            # "the Social Insurance Department" again after "the Social Insurance Department of the Ministry
            # of National Defence": the one unit the document named in full
            longer = [u["name"] for u in doc_list(doc, "units") if u["name"].startswith(recipient + " ")]
            recipient = longer[0] if len(longer) == 1 else recipient
        elif recipient and kind == "individual":
            # "... to Ms. Thu Ha", named in full before as "Pham Thi Thu Ha": the one person whose name ends so
            fuller = [p["name"] for p in doc_list(doc, "people") if p["name"].endswith(" " + recipient)]
            recipient = fuller[0] if len(fuller) == 1 else recipient
        doc_list(doc, "awards").append({**base, "recipient": recipient, "recipient_kind": kind, "count": count})

    def listed(self, doc: Doc, after: int) -> list[tuple[str, str]]:
        """Recipients in the list under the sentence ("... to the following units:" then one a line)."""
        text = text_of(doc)
        out: list[tuple[str, str]] = []
        units = list(doc.spans.get("units", []))
        people = list(doc.spans.get("people", []))
        for s, e in list_items(text, after):
            if text[s:e].rstrip().endswith(":"):
                continue  # "a) Collectives:": the heading of a sub-list, its items follow
            person = next((p for p in people if s <= p.start_char < e and p.start_char - s <= 12), None)
            unit = next((u for u in units if s <= u.start_char < e and u.start_char - s <= 12), None)
            if person is not None and (unit is None or person.start_char <= unit.start_char):
                out.append((text_in(doc, person), "individual"))
            elif unit is not None:
                out.append((span_unit(unit), "collective"))
            else:
                name = re.split(r",\s|;|\s\(|\s[-–]\s|:", text[s:e])[0].strip().rstrip(".")
                if name and name[0].isupper():
                    out.append((name, "collective"))
        return out

    def unit_before_people(self, doc: Doc, units: list[Span], people: list[Span], after: int) -> list[tuple[str, str]]:
        """ "... award a Certificate of Merit to Ha Noi Social Security and to Ms. X": the unit the award goes
        to before the person it also goes to (`unit_then_person`: the words between them)."""
        first_person = min((p.start_char for p in people if p.start_char >= after), default=None)
        if first_person is None:
            return []
        text = text_of(doc)
        for u in units:
            if (
                after <= u.start_char
                and u.end_char <= first_person
                and self.g.unit_then_person.fullmatch(text, u.end_char, first_person)
            ):
                return [(span_unit(u), "collective")]
        return []

    def people_after(self, doc: Doc, people: list[Span], start: int, end: int) -> list[str]:
        """ "... presented the Certificate of Merit to Mr. Nguyen Van A and Ms. Tran Thi B"."""
        text = text_of(doc)
        following = [(p.start_char, p.end_char, text_in(doc, p)) for p in people if start <= p.start_char < end]
        following = sorted(following + self.given_names_after(doc, following, start, end))
        if not following:
            return []
        gap = text[start : following[0][0]]
        if not self.g.to_person.search(gap) or len(gap) > 120:
            return []
        names = [following[0][2]]
        for prev, nxt in zip(following, following[1:]):
            between = text[prev[1] : nxt[0]]
            if self.g.person_joiner.fullmatch(between) or (
                len(between) < 90 and self.g.person_joiner_end.search(between) and "." not in between
            ):
                names.append(nxt[2])
            else:
                break
        return names

    def given_names_after(
        self, doc: Doc, named: list[tuple[int, int, str]], start: int, end: int
    ) -> list[tuple[int, int, str]]:
        """ "... to Ms. Hoa and Mr. Pham Van Toan": a person the document named in full before, called again
        by honorific and given name (the one person of the document with that given name)."""
        text = text_of(doc)
        if not self.g.honorific.search(text, start, end):
            return []  # most award clauses call nobody by honorific
        out = []
        for m in self.g.honorific.finditer(text, start, end):
            at, given = m.start("name"), m.group("name")
            if any(s <= at < e for s, e, _ in named):
                continue
            known = {p["name"] for p in doc_list(doc, "people") if p["name"].split()[-1] == given}
            if len(known) == 1:
                out.append((at, m.end("name"), known.pop()))
            elif not known and (tail := called_by_tail(doc, text, at)) is not None:
                out.append((at, at + len(tail[1]), tail[0]))  # "Ms. Thu Ha": the last two words of a full name
        return out

    def by_honorific(self, doc: Doc, before: str, presenter: str | None) -> list[str]:
        """ "Ms. Xuan herself was honoured with ...": the person of the document with that given name."""
        hits = list(self.g.honorific.finditer(before))
        if not hits or not self.g.honorific_verb.search(before[hits[-1].end() :]):
            return []
        if self.g.reported_that_gap.search(before, hits[-1].end()):
            return []  # "Ms. A recalled that X was awarded ...": she reports whose it is
        given = hits[-1].group("name")
        known = [
            p["name"] for p in doc_list(doc, "people") if p["name"].split()[-1] == given and p["name"] != presenter
        ]
        return known[:1]

    @staticmethod
    def main_unit(doc: Doc) -> str | None:
        """The office a document is about: the one named most often."""
        return most_named(doc.spans.get("units", []), VSS_OFFICES)

    def announcer(self, doc: Doc, person: Span, end: int) -> bool:
        """The first person is the one announcing or presenting ("X announced the decision recognising ...")."""
        return bool(
            self.verbs.search(text_of(doc)[person.end_char : end])
            or self.g.announcing.search(text_of(doc)[person.end_char : end])
        )

    def person_recipient(self, doc: Doc, people: list[Span], base: int, s: int, presenter: str | None) -> str | None:
        """ "Nguyen Thi Kim Oanh, Head of ..., was honoured with the title of ...": the subject is the recipient;
        "... awarded Ms. X a Certificate of ...": the person between the giving verb and the award."""
        before = [p for p in people if p.end_char <= base + s and text_in(doc, p) != presenter]
        if before:
            text, last = text_of(doc), before[-1]
            if self.g.object_before_award.fullmatch(
                text, last.end_char, base + s
            ) and self.g.giving_before_object.search(
                text, max(0, last.start_char - OBJECT_VERB_CHARS), last.start_char
            ):
                return text_in(doc, last)
        if not before or presenter:
            return None
        gap = text_of(doc)[before[0].end_char : base + s]
        if self.g.reported_that_gap.search(gap):
            return None  # "Ms. A recalled that X Social Security was awarded ...": she reports whose it is
        if self.g.honoured_passive.search(gap) or self.g.honoured_active.search(gap):
            return text_in(doc, before[0])
        if self.g.person_proposed_gap.match(gap):  # "Mr. A has been proposed for a Labour Order": his
            return text_in(doc, before[0])
        return None

    def named_members(self, doc: Doc, units: list[Span], start: int, end: int) -> list[str]:
        """Recipients named after their count: "to four units ..., namely A, B and C Social Security"."""
        after = text_of(doc)[start:end]
        cue = self.members_gate.may_match(after) and self.g.members_cue.search(after)
        if not cue:
            return []
        names: list[str] = []
        text = text_of(doc)
        last_end = -1
        for u in units:
            if not start + cue.end() <= u.start_char < end:
                continue
            if last_end >= 0 and self.g.unit_owner_between.fullmatch(text, last_end, u.start_char):
                continue  # "... Department of Collection of Vietnam Social Security": the member's owner, no member
            last_end = u.end_char
            if span_unit(u) not in names:
                names.append(span_unit(u))
        return names

    def recipients(self, doc: Doc, units: list[Span], base: int, s: int, e: int, active: bool, text: str) -> list[str]:
        following = [u for u in units if u.start_char >= base + e]
        doc_text = text_of(doc)
        # the first unit after the award that a recipient cue leads to (a gap of under 120 characters, tested first)
        first = next(
            (
                i
                for i, u in enumerate(following)
                if u.start_char - (base + e) < 120 and self.g.recipient_before.search(doc_text[base + e : u.start_char])
            ),
            None,
        )
        to_after = first is not None and not self.g.agent.search(doc_text[base + e : following[first].start_char])
        if active or to_after:
            if not to_after or first is None:
                return []
            to_names: list[str] = [span_unit(following[first])]
            run = following[first:]
            for prev, nxt in zip(run, run[1:]):
                if self.g.recipient_joiner.fullmatch(text_of(doc)[prev.end_char : nxt.start_char]):
                    if span_unit(nxt) not in to_names:
                        to_names.append(span_unit(nxt))
                else:
                    break
            return to_names
        before = [
            u
            for u in units
            if u.end_char <= base + s
            and not self.g.not_recipient_before.search(text_of(doc)[max(base, u.start_char - 24) : u.start_char])
            and text_of(doc)[u.start_char - 1 : u.start_char] not in CODE_JOINERS  # "No. 12/QĐ-BHXH": an issuer code
        ]
        names: list[str] = []
        for u in before:
            if span_unit(u) not in names:
                names.append(span_unit(u))
        if not names:
            # a province named as the recipient ("<name> province was commended too"): a place stands
            # for its office
            known = {u["name"] for u in doc_list(doc, "units")}
            span = doc.char_span(base, base + s, alignment_mode="expand")
            places = place_tokens(doc) if span is not None else {}  # token index -> place, in token order
            # "Director of X Provincial Social Security receives ...": the place of a unit named as where a
            # person works is no recipient either
            owned = [(u.start, u.end) for u in units if u.end_char <= base + s and u not in before]
            for i in (i for i in places if span is not None and span.start <= i < span.end):
                if any(a <= i < b for a, b in owned):
                    continue
                name = f"{places[i]} Social Security"
                if name in known and name not in names:
                    names.append(name)
        return names


def own_office_body(doc: Doc, name: str) -> str:
    """ "... to the Party Committee", in the paper of an office whose "Party Committee of X Social Security"
    the document names: that body (a name that is no unit of its own, the start of exactly one unit's name
    that ends with the office the document is about); else `name`."""
    named, office = unit_names(doc)
    if name in named:
        return name
    fuller = [n for n in named if office and n.startswith(f"{name} ") and n.endswith(f" {office}")]
    return fuller[0] if len(fuller) == 1 else name


def unit_names(doc: Doc) -> tuple[set[str], str | None]:
    """The canonical names of the document's unit spans (in the order a set of them iterates, as built from
    the spans in turn) and its most-named local office: worked out once per document while the unit group
    stays the same (asked for every named recipient; each look at the group builds each of its spans)."""
    index = span_index(doc, "units")
    meta = doc_meta(doc)
    kept = meta.get(UNIT_NAMES) if meta is not None else None
    if kept is None or kept[0] is not index:
        units = index.spans  # the group's spans, in its order
        kept = (index, {span_unit(u) for u in units}, most_named(units, TOP_LOCAL_OFFICES))
        if meta is not None:
            meta[UNIT_NAMES] = kept
    return kept[1], kept[2]


UNIT_NAMES = "award_unit_names"


def called_by_tail(doc: Doc, text: str, at: int) -> tuple[str, str] | None:
    """The one person of the document whose full name ends with the two words written at `at` ("Ms. Thu
    Ha" for "Pham Thi Thu Ha"): (full name, the words), else None."""
    found = set()
    for person in doc_list(doc, "people"):
        words = person["name"].split()
        tail = " ".join(words[-2:])
        if len(words) > 2 and text.startswith(tail, at) and not text[at + len(tail) : at + len(tail) + 1].isalnum():
            found.add((person["name"], tail))
    return found.pop() if len(found) == 1 else None
