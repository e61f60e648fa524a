"""Named award recipients in head-first word order (Vietnamese), and who hands the award over.

A part of `HeadFirstAwardFinder` (`awards_vi.py`, which sets the attributes below): recipients
after a colon or "cho" / "tặng" ("tặng Bằng khen cho BHXH tỉnh X", "Huân chương Lao động hạng
Nhất: BHXH tỉnh X"), else the clause's subject ("BHXH tỉnh X đón nhận Huân chương ..."); a person
a pronoun stands for; a person named among recipients the text does not count; the next recipient
of a list after a colon; the presenter before the handing-over verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import SimpleNamespace

from spacy.tokens import Doc, Span

from .award_pronouns import pronoun_person
from .award_recipients import RecipientReading
from .award_vi_subjects import earlier_unit, organisation_subject, subject_end
from .doc_lists import doc_list
from .extensions import text_of


@dataclass(frozen=True)
class NamedOrganisation:
    """An organisation the unit gazetteer does not know, named as a recipient ("Công ty cổ phần X")."""

    start_char: int
    end_char: int
    text: str
    kind: str = "enterprise"


class HeadFirstRecipients(RecipientReading):
    """The head-first award reader's recipient and presenter questions (`main_unit` is `RecipientReading`'s)."""

    g: SimpleNamespace
    receiving_re: re.Pattern[str]
    recipient_word: str
    recipient_gap: re.Pattern[str]
    collective_only: set[str]

    def named(
        self,
        doc: Doc,
        units: list[Span],
        people: list[Span],
        base_char: int,
        s: int,
        e: int,
        nxt: int,
        award_type: str,
        base: dict,
        after_only: bool = False,
    ) -> list[dict]:
        """Named recipients: after "cho" / "tặng" / a colon, else (unless `after_only`) the clause's subject."""
        text = text_of(doc)
        after_from = base_char + e
        following = text[after_from : base_char + nxt]
        colon = re.match(r"^[^.;:()]{0,30}?:\s*", following)
        cho = (
            re.match(r"^[^.;:]{0,60}?\b(?:cho|tặng|tới)\s+", following)
            or self.g.held_by_after.match(following)  # "giải Nhì thuộc về X"
            or (self.g.prize_held_by_after.match(following) if award_type == "other" else None)  # "giải Nhì là X"
        )
        out: list[dict] = []
        lead = colon or cho
        if lead is not None:
            begin = after_from + lead.end()
            named: list[Span | NamedOrganisation] = [*units, *people]
            for m in self.g.organisation_name.finditer(text, begin, base_char + nxt):
                if not any(n.start_char < m.end() and m.start() < n.end_char for n in named):
                    kind = "other" if m.groupdict().get("other") else "enterprise"
                    named.append(NamedOrganisation(m.start(), m.end(), m.group(), kind))
            for span in sorted(named, key=lambda x: x.start_char):
                if span.start_char < begin or span.start_char >= base_char + nxt:
                    continue
                gap = text[begin : span.start_char]
                if not self.recipient_gap.fullmatch(gap):
                    break
                if out and not gap.strip() and owned_by_previous(span, out[-1], units):
                    begin = span.end_char  # "Ban Kiểm tra BHXH Việt Nam": the department's owner, no recipient
                    continue
                out.append(self.recipient_record(span, units, base))
                begin = span.end_char
                while begin < len(text) and text[begin] != "\n":
                    m = re.match(r"\s*[,–-]\s*(?:[^,;.\n]{0,80}?)(?=,|;|\.|\n|$| và )", text[begin:])
                    if (
                        isinstance(span, Span)
                        and span in people
                        and m
                        and not any(u.start_char == begin + m.end() for u in units)
                    ):
                        begin += m.end()  # the person's title: "Ông X, Hiệu trưởng ...", "bà Y - Trưởng phòng ..."
                        office = next((u for u in units if re.fullmatch(r"\s*,\s*", text[begin : u.start_char])), None)
                        if office is not None and m.group().strip()[:1] in "–-":
                            begin = office.end_char  # "bà Y - Trưởng phòng Z, BHXH tỉnh X": the title's office
                    break
            if out or after_only:
                return out
        if after_only:
            return []
        # "chị được ... tặng", "... cho chị": the person the document named, not an office named on the way
        pronoun = self.g.pronoun_subject.search(text, base_char, base_char + s) or self.g.pronoun_object.match(
            text, after_from, base_char + nxt
        )
        person = pronoun_person(doc, pronoun, pronoun.start()) if pronoun else None
        if person is not None and award_type not in self.collective_only:
            return [self.recipient_record(person, units, base)]
        # the subject: "BHXH tỉnh X (được) đón nhận Huân chương ..."
        left = text[base_char : base_char + s]
        # "X được Chủ tịch nước tặng ...": the giver between "được" and the verb
        passive = [
            m
            for m in self.g.honoured_passive.finditer(left)
            if not left[m.end() :].strip() or self.g.passive_title_gap.fullmatch(left[m.end() :])
        ]
        if self.receiving_re.search(left[-40:]) or passive:
            # "X được Bộ trưởng Bộ Tài chính tặng ...": the giver named after "được" is no subject
            end = base_char + subject_end(passive, s)
            # "Bà X, Trưởng ban, cho biết, năm nay có 90% đoàn viên đạt danh hiệu ...": the speaker reports the
            # clause, she is not its subject (nor is her office)
            said = [m.end() for m in self.g.reported_before_verb.finditer(left)]
            begin = base_char + said[-1] if said else base_char
            persons = [p for p in people if begin <= p.start_char and p.end_char <= end]
            # "Nhiều cá nhân của BHXH tỉnh X được tặng ...": an office owning the subject is not it
            subjects = [
                u
                for u in units
                if begin <= u.start_char
                and u.end_char <= end
                and (
                    not self.g.not_recipient_before.search(text[max(0, u.start_char - 10) : u.start_char])
                    # "ứng dụng VssID của BHXH Việt Nam được ... trao giải thưởng": the work's owner receives it
                    or self.g.owned_work_before.search(text, max(base_char, u.start_char - 60), u.start_char)
                )
            ]
            if persons and (award_type in self.individual_only or not subjects or persons[0].start < subjects[0].start):
                return [self.recipient_record(persons[0], units, base)]  # "Bà X, Phó Giám đốc ..., được tặng ..."
            if subjects and award_type not in self.individual_only:
                run = [subjects[0]]  # "BHXH tỉnh A và BHXH tỉnh B đều được tặng ...": every unit of the subject
                for unit in subjects[1:]:
                    if not self.g.recipient_joiner.fullmatch(text[run[-1].end_char : unit.start_char]):
                        break
                    run.append(unit)
                return [self.recipient_record(unit, units, base) for unit in run]
            if award_type not in self.individual_only and not persons:
                company = organisation_subject(self.g.organisation_name, text, base_char, end)
                if company is not None:  # "Công ty Cổ phần X, đơn vị ủng hộ ..., được ... tặng"
                    return [
                        self.recipient_record(
                            NamedOrganisation(company.start(), company.end(), company.group()), units, base
                        )
                    ]
                earlier = earlier_unit(list(doc.spans.get("units", [])), base_char, left, self.g.demonstrative_subject)
                if earlier is not None:  # "Đơn vị này vừa được ... tặng": the unit the sentence before named
                    return [{**base, "recipient": earlier._.unit, "recipient_kind": "collective", "count": None}]
            main = self.main_unit(doc) if self.g.anaphoric_subject.search(left) else None
            if main and award_type not in self.individual_only:  # "Đơn vị đã được tặng ...": the document's office
                return [{**base, "recipient": main, "recipient_kind": "collective", "count": None}]
        return out

    @staticmethod
    def recipient_record(span: Span | NamedOrganisation, units: list[Span], base: dict) -> dict:
        if isinstance(span, NamedOrganisation):
            return {
                **base,
                "recipient": span.text,
                "recipient_kind": "collective",
                "count": None,
                "_organisation": (span.start_char, span.end_char, span.kind),
            }
        if span in units:
            return {**base, "recipient": span._.unit, "recipient_kind": "collective", "count": None}
        return {**base, "recipient": span.text, "recipient_kind": "individual", "count": None}

    def named_among(
        self, doc: Doc, people: list[Span], base_char: int, e: int, nxt: int, base: dict, records: list[dict]
    ) -> list[dict]:
        """ "... cho các tập thể, cá nhân tiêu biểu, trong đó có đồng chí X": X, named among recipients the text
        does not count (among counted ones, "cho 5 cá nhân, trong đó có ...", X is one of the five)."""
        if any(r.get("count") for r in records):
            return []
        text = text_of(doc)
        out = []
        for person in people:
            if not base_char + e < person.start_char < base_char + nxt:
                continue
            if any(r["recipient"] == person.text for r in records):
                continue
            if self.g.named_among.search(text, base_char + e, person.start_char):
                out.append({**base, "recipient": person.text, "recipient_kind": "individual", "count": None})
        return out

    def next_listed(self, doc: Doc, start: int, end: int, listed: dict) -> dict | None:
        """ "Đề nghị tặng Bằng khen: BHXH tỉnh A đạt 10/12 phiếu; BHXH tỉnh B đạt 9/12 phiếu": a clause that
        opens on a unit, in a list after a colon, names another recipient of the same award."""
        text = text_of(doc)
        unit = next((u for u in doc.spans.get("units", []) if start <= u.start_char < end), None)
        if unit is None or text[start : unit.start_char].strip(" \t-–•+"):
            return None
        record = {
            **listed,
            "recipient": unit._.unit,
            "recipient_kind": "collective",
            "count": None,
            "evidence": {"start": unit.start_char, "end": unit.end_char, "text": text[unit.start_char : unit.end_char]},
        }
        doc._.awards.append(record)
        return record

    def presenter(self, doc: Doc, people: list[Span], base_char: int, s: int, text: str) -> str | None:
        """The person before a handing-over verb: "Tổng Giám đốc ... X trao tặng Bằng khen"."""
        verb = self.verbs.search(text)
        if not verb:
            return None
        before = [p for p in people if p.end_char <= base_char + verb.start()]
        if self.g.signed_decision_before.search(text, 0, verb.start()):
            return None  # "Giám đốc X ký quyết định tặng Giấy khen": who signed it, not who handed it over
        # "X được tặng", "X được Đoàn Chủ tịch ... tặng": X receives it, whoever hands it over
        passive = re.search(r"\bđược\s*$", text[: verb.start()]) or any(
            m.end() > verb.start() for m in self.g.honoured_passive.finditer(text, 0, verb.end())
        )
        if before and not passive:
            return before[0].text
        if not before and not passive and self.g.handing_over.match(text, verb.start()):
            return self.title_holder(doc, text[: verb.start()])
        return None

    def title_holder(self, doc: Doc, before_verb: str) -> str | None:
        """ "Dịp này, Giám đốc BHXH tỉnh X đã trao ...": a post as the subject of the handing-over verb is
        the one person the document gave that post (not its deputy), when there is one."""
        m = self.g.title_subject.search(before_verb)
        if not m:
            return None
        title = m.group("title").lower()
        holders = set()
        for person in doc_list(doc, "people"):
            held = (person.get("title") or "").lower()
            at = held.find(title)
            if at >= 0 and not self.g.deputy_before.search(held[:at]):
                holders.add(person["name"])
        return holders.pop() if len(holders) == 1 else None


def owned_by_previous(span: Span | NamedOrganisation, previous: dict, units: list[Span]) -> bool:
    """Whether a unit written right after a unit recipient, with nothing but a space between, is that
    recipient's owner ("cho Ban Thu BHXH Việt Nam"): a list of recipients always puts a comma or a
    conjunction between its names, so two names side by side are one name of a department and its body."""
    return isinstance(span, Span) and span in units and previous.get("recipient_kind") == "collective"
