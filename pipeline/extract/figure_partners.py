"""A partner as the subject of a figure: the post office's or a union's results are not the office's.

VSS offices report what their partners did: "hệ thống bưu điện trên địa bàn tỉnh đã phát triển mới
8.456 người ...", "Bưu điện tỉnh chi trả lương hưu ... cho 41.700 người", "lực lượng đoàn viên
thanh niên đã vận động được 2.140 người". A pack that scopes figures to VSS offices only
(`metrics.scope_offices_only`) would credit these to the office the article is about. The figure
is the partner's when the partner is its clause's subject (or the sentence's, when the clause has
none of its own): the first body or partner noun the clause names, not after a word that makes it
an adjunct ("phối hợp với Bưu điện tỉnh ...": `not_scope_before`), with no sector body between it
and the number.

A partner is a named body of a partner kind (`PARTNER_KINDS`), or a common noun of the pack's
`partner_nouns` ("hệ thống bưu điện" -> the body whose name opens with "Bưu điện"), which stands for
the document's body of that name; a noun with no such body in the document says nothing.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.tokens import Doc

from .award_pronouns import pronoun_person
from .doc_lists import doc_list
from .extensions import text_of
from .figure_scan import Candidate, Sentence
from .figure_units import OFFICE_KINDS, SCOPE_KINDS, UnitMention
from .lexicon_models import NEVER

SUBJECT_KINDS = OFFICE_KINDS + ("agency",)
"""Sector bodies a clause without a subject of its own takes from its sentence's opening."""
PARTNER_KINDS = ("enterprise",)
"""Named bodies whose figures are their own when they are the subject: post offices, banks, companies."""


class PartnerSubject:
    def __init__(
        self, g: SimpleNamespace, partner_nouns: dict[str, str], person_subject: str = NEVER, clause_break: str = ";"
    ) -> None:
        self.g = g
        self.person_re = re.compile(person_subject)
        self.clause_break = clause_break
        self.nouns = (
            re.compile("|".join(rf"\b{re.escape(n)}\b" for n in sorted(partner_nouns, key=len, reverse=True)), re.I)
            if partner_nouns
            else None
        )
        self.heads = {n.lower(): h.lower() for n, h in partner_nouns.items()}

    def scope(self, doc: Doc, sent: Sentence, cand: Candidate, units: list[UnitMention]) -> str | None:
        """The partner whose figure this is, or None (the office's reading applies)."""
        text = text_of(doc)
        cut = text.rfind(self.clause_break, sent.start_char, cand.start)
        clause = cut + 1 if cut >= 0 else sent.start_char
        if cut >= 0 and self.g.own_subject.search(text, clause, cand.start):
            return None  # "...; toàn Cụm có 98,6% ...": the clause names its own subject
        for start in ([clause] if cut >= 0 else []) + [sent.start_char]:
            found = self.first_subject(doc, start, clause, cand, units)
            if found is not None:
                return found or None
        return None

    def first_subject(self, doc: Doc, start: int, clause: int, cand: Candidate, units: list[UnitMention]) -> str | None:
        """The partner that opens `text[start:cand.start]`; "" when a body that is no partner opens it,
        or a sector body stands between it and the number in the number's clause (from `clause`);
        None when nothing opens it."""
        text = text_of(doc)
        named = [u for u in units if start <= u.start_char and u.end_char <= cand.start]
        noun = self.nouns.search(text, start, cand.start) if self.nouns is not None else None
        person = self.person_re.search(text, start, cand.start)
        if person is not None and not [u for u in named if u.start_char < person.start()]:
            if noun is None or person.start() < noun.start():
                return self.persons_office(doc, person, units)
        if noun is not None and (not named or noun.start() < named[0].start_char):
            head = self.heads.get(noun.group().lower(), "")
            body = next(
                (
                    u
                    for u in units
                    if u.label_ not in SCOPE_KINDS and text[u.start_char : u.end_char].lower().startswith(head)
                ),
                None,
            )
            between = [u for u in named if u.start_char > max(noun.end(), clause - 1)]
            if body is None or any(u.label_ in SCOPE_KINDS for u in between):
                return ""
            return body.unit
        if not named:
            return None
        first = named[0]
        if first.label_ not in PARTNER_KINDS:
            if start < clause:
                # a clause with no subject of its own shares the sentence's ("Thực hiện Quyết định ... của Bộ Tài
                # chính, BHXH tỉnh A được tổ chức lại trên cơ sở hợp nhất BHXH ba tỉnh A, B và C; hiện có 1.046
                # công chức"): its first office that no preposition governs, not the last one named
                for u in named:
                    before = text[max(start, u.start_char - 30) : u.start_char].lower()[-15:]
                    if u.label_ in SUBJECT_KINDS and not self.g.not_scope_before.search(before):
                        return u.unit
            return ""
        before = text[max(start, first.start_char - 30) : first.start_char].lower()[-15:]
        if self.g.not_scope_before.search(before) or any(
            u.label_ in SCOPE_KINDS and u.start_char >= clause for u in named[1:]
        ):
            return ""
        return first.unit

    @staticmethod
    def persons_office(doc: Doc, pronoun: re.Match, units: list[UnitMention]) -> str:
        """The office of the person a pronoun stands for ("chị ... vận động được ..."), "" when the text
        gives none: her results are not the office the article is about."""
        person = pronoun_person(doc, pronoun, pronoun.start())
        if person is None:
            return ""
        record = next((p for p in doc_list(doc, "people") if p.get("name") == person.text), None)
        unit = record.get("unit") if record else None
        offices = {u.unit for u in units if u.label_ in OFFICE_KINDS}
        return unit if unit in offices else ""
