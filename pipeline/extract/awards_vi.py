"""Awards in head-first languages (Vietnamese): counts, recipients and status by Vietnamese word order.

The forms, grades and authorities come from `data/<lang>/awards.yml` as for
English (`AwardFinder`); what differs is where the recipients stand:

- a count right before the form counts the prizes: "02 Huân chương Lao động
  hạng Nhì", "4 giải A";
- a count after the form and its giving verb or "cho": "Kỷ niệm chương ...
  tặng 15 cá nhân", "Bằng khen cho 01 tập thể và 17 cá nhân";
- a count as the clause's subject: "103 doanh nghiệp ... được trao tặng Bằng khen";
- recipients listed after a colon: "Huân chương Lao động hạng Nhất: BHXH tỉnh X";
- recipients after "cho" / "tặng": "tặng Bằng khen cho BHXH tỉnh X", or as
  the subject: "BHXH tỉnh X đón nhận Huân chương ...".

A proposal cue before the form ("đề nghị", "trình ... xét tặng") makes the
record `proposed`. A form with no recipient, no count and no giving verb
(a movement's aims, a list of award types) is no award.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import TOP_LOCAL_OFFICES
from .award_parts import grade_of
from .award_pronouns import pronoun_person
from .awards import AwardFinder
from .doc_sections import SectionReader
from .doc_subject import most_named
from .extensions import text_of
from .lexicon import load_data, phrase_regex
from .lexicon_models import AwardsData
from .recipient_units import add_recipient_unit
from .sentence_chars import doc_sentences

# an award's own name in quotes right after its form (Kỷ niệm chương "..."): words in it imply a giver, name none
QUOTED_NAME = re.compile(r"\s*[\"“][^\"”\n]{1,120}[\"”]")


@dataclass(frozen=True)
class NamedOrganisation:
    """An organisation the unit gazetteer does not know, named as a recipient ("Công ty cổ phần X")."""

    start_char: int
    end_char: int
    text: str


class HeadFirstAwardFinder(AwardFinder):
    def __init__(self, nlp: Language, name: str = "pr_awards", lang: str = "vi") -> None:
        super().__init__(nlp, name, lang)
        data = load_data(lang, "awards", AwardsData)
        self.proposal_re = phrase_regex(data.proposal_cues)
        self.sections = SectionReader(lang)
        self.giving_re = phrase_regex(data.conferring_verbs)
        self.receiving_re = phrase_regex(data.receiving_verbs)
        self.kind_words = [
            ("collective", phrase_regex(data.collective_words)),
            ("individual", phrase_regex(data.individual_words)),
        ]
        coll = "|".join(sorted(map(re.escape, data.collective_words), key=len, reverse=True))
        indiv = "|".join(sorted(map(re.escape, data.individual_words), key=len, reverse=True))
        other = "|".join(sorted(map(re.escape, data.other_count_words), key=len, reverse=True)) or "(?!)"
        self.count_after_re = re.compile(
            # a collective word that opens an individual one ("đoàn" of "đoàn viên") is the individual one; a
            # plain four-digit 19xx/20xx is a year before the subject, not a count (thousands take a dot)
            rf"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))(\d{{1,3}}(?:\.\d{{3}})+|\d+)\s+(?:lượt\s+)?"
            rf"(?:(?P<c>(?!(?:{indiv})(?!\w))(?:{coll}))|(?P<i>{indiv})|(?P<o>{other}))(?!\w)",
            re.IGNORECASE,
        )
        self.count_right_before = re.compile(r"(?<![\d.,/])(\d+)\s+$")
        # where the award read last in the current sentence ends (sentence offsets): a date between it and the
        # next clause break is its own (`earlier_awards_dates_blanked`)
        self.award_end_in_sentence: int | None = None
        # who gave the sentence's last award, as named in its own clause: a clause that opens on the next award
        # with no giver of its own shares it ("Bộ trưởng X tặng Cờ thi đua cho A; danh hiệu Y cho 02 cá nhân")
        self.giver_in_sentence: str | None = None
        self.individual_set = {w.lower() for w in data.individual_words}
        self.subject_authorities = [
            (who, re.compile("|".join(p), re.IGNORECASE)) for who, p in data.subject_authorities.items()
        ]
        # "cho tập thể BHXH tỉnh X và ông Y": a recipient word before a named recipient
        self.recipient_word = "|".join(
            sorted(
                map(re.escape, [*data.collective_words, *data.individual_words, *data.other_count_words]),
                key=len,
                reverse=True,
            )
        )

    def process(self, doc: Doc) -> None:
        sites = self.cue_sites.of_doc(doc)
        sents = doc_sentences(doc)
        starts, ends = sents.starts, sents.ends
        for i, cues in sites.ranges_with_cues(starts, ends, self.form_range):  # the sentences holding a form's word
            if not self.holds_form(sites, starts[i], ends[i], cues):
                continue
            sent = sents.span(i)
            self.award_end_in_sentence = None
            self.giver_in_sentence = None
            shared: list[dict] = []  # the named recipients of the sentence's last award
            hands: str | None = None  # who handed its last award over
            listed: dict | None = None  # the last recipient of a list after a colon, which goes on past ";"
            for start, end in self.clauses(sent, self.g.clause_break):
                forms = sites.cues_in(start, end)
                if listed is not None and not any(c in self.form_range for c in forms):
                    listed = self.next_listed(doc, start, end, listed)
                    continue
                shared, hands = self.read_vi_clause(doc, sent, start, end, shared, hands, forms)
                listed = shared[-1] if shared and ":" in text_of(doc)[start:end] else None
        self.drop_vague_repeats(doc)

    def read_vi_clause(
        self,
        doc: Doc,
        sent: Span,
        start: int,
        end: int,
        shared: list[dict],
        hands: str | None,
        forms: set[int] | None = None,
    ) -> tuple[list[dict], str | None]:
        """Award records of one clause; returns the named recipients of its last award, which the next
        award of the sentence shares when it has no recipient of its own ("X được tặng A năm 2010 và B
        năm 2020; được Chính phủ tặng C"), and its presenter, whose hands a clause that opens on the
        handing-over verb shares ("X trao A cho 2 cá nhân; trao B cho ...")."""
        text = text_of(doc)[start:end]
        mentions = self.mentions(text, forms)
        listed = self.listed_grades(text, mentions)
        mentions = sorted([*mentions, *(m for m, _ in listed.values())])
        units = [u for u in doc.spans.get("units", []) if start <= u.start_char and u.end_char <= end]
        people = [p for p in doc.spans.get("people", []) if start <= p.start_char and p.end_char <= end]
        for k, (s, e, award_type, default_authority, graded) in enumerate(mentions):
            nxt = mentions[k + 1][0] if k + 1 < len(mentions) else len(text)
            prev_end = mentions[k - 1][1] if k else 0
            before, after = text[prev_end:s], text[e:nxt]
            proposed = (
                bool(self.proposal_re.search(text[:s]))
                or bool(self.proposal_re.search(text_of(doc)[sent.start_char : start]))
                or self.sections.of_doc(doc).proposal_at(start + s)  # "IV. ĐỀ XUẤT, KIẾN NGHỊ", "... đề nghị:\n1. ..."
            )
            stop = self.g.next_passive.search(text, e, nxt)  # nor past the next giving clause
            found = self.authority(text[: stop.start() if stop else nxt], s, e)  # not past the next award
            named = found[1] if found else None
            subject = None if named else self.giver_subject(text[:s])
            quoted = QUOTED_NAME.match(text, e)  # the award's own name in quotes after its form
            in_name = found is not None and (found[0] < 0 or (quoted is not None and found[0] < quoted.end() - e))
            if (named or subject) and not in_name:
                self.giver_in_sentence = named or subject
            elif self.giver_in_sentence and self.g.shared_giver_opening.match(text[text.rfind(";", 0, s) + 1 : s]):
                # the giver named in the clause before, over one the award's own name implies
                named = self.giver_in_sentence
            authority = named or subject or default_authority
            if authority and "{" in authority:
                authority = self.filled(doc, authority, start, text[:nxt], s)
            # "trình Thủ tướng Chính phủ tặng Bằng khen": the authority sets the award's level
            award_type = self.level_by_authority.get(authority or "", {}).get(award_type, award_type)
            # "trao A cho X và trao B cho 02 cá nhân ... giai đoạn 2019-2023": the words after the next award
            # given by a verb of its own are that award's
            own_end = nxt if k + 1 < len(mentions) and self.giving_re.search(text, e, nxt) else len(text)
            own_text = sent.text[: start - sent.start_char + own_end]
            achieved = self.achieved_year(own_text, start - sent.start_char + e)
            base: dict[str, Any] = {
                "award_type": award_type,
                "grade": listed[s][1]
                if s in listed
                else (grade_of(text, s, e, self.grades, self.g.grade_window) if graded else self.own_grade(text[s:e])),
                "conferred_by": authority,
                "presented_by": self.presenter(doc, people, start, s, text)
                or (hands if self.verbs.match(text.lstrip()) else None),
                "year": achieved
                or self.year(own_text, start - sent.start_char + s, start - sent.start_char + e)
                or self.reviewed_period(doc)
                or self.undated_year(doc, start + s),
                "status": "proposed" if proposed else "conferred",
                "evidence": {"start": start + s, "end": start + e, "text": text[s:e]},
                "_achieved": achieved is not None,
            }
            self.award_end_in_sentence = start - sent.start_char + e
            records = self.counted(before, after, text[:s], base, (start + prev_end, start + e, start))
            if base.pop("_named_first", False):  # the recipients named before the count are given it too
                for record in records:
                    record.pop("_named_first", None)
                records = self.named(doc, units, people, start, s, e, nxt, award_type, base, after_only=True) + records
            records = records or self.named(doc, units, people, start, s, e, nxt, award_type, base)
            if (
                not records
                and shared
                and (self.g.award_joiner.fullmatch(before) if k else self.g.shared_subject.match(text[:s]))
            ):
                records = [
                    {**base, "recipient": r["recipient"], "recipient_kind": r["recipient_kind"], "count": None}
                    for r in shared
                ]
            if not records and self.giving_re.search(text):
                subject = self.g.plural_subject.search(text, 0, s)  # "Nhiều cá nhân được tặng ...": their kind
                kind = self.kind_after(text[s:nxt]) or (self.kind_after(subject.group("who")) if subject else None)
                records = [{**base, "recipient": None, "recipient_kind": kind, "count": None}]
            records += self.other_years(text, e, nxt, records)
            records += self.named_among(doc, people, start, e, nxt, base, records)
            for claim in base.pop("_claims", []):
                doc._.meta.setdefault("award_counts", []).append(claim)
            for record in records:
                record.pop("_claims", None)
                organisation = record.pop("_organisation", None)
                if organisation is not None:
                    add_recipient_unit(doc, record["recipient"], *organisation)
            doc._.awards.extend(records)
            shared = [r for r in records if r["recipient"]]
            hands = base["presented_by"] or hands
        return shared, hands

    def own_grade(self, form: str) -> str | None:
        """A prize that names its place in its own words ("giải Nhất", "giải Ba"): that grade."""
        found = {grade for grade, regex in self.grades if regex.search(form)}
        return found.pop() if len(found) == 1 else None

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

    def listed_grades(self, text: str, mentions: list[tuple]) -> dict[int, tuple[tuple, str]]:
        """Earlier classes of an order listed with their years after it ("Huân chương Lao động hạng Ba
        (2010), hạng Nhì (2015)"): each class is a mention of the same form, keyed by where it starts.
        Classes without years of their own ("hạng Nhất, Nhì, Ba") are a range, not a list."""
        out: dict[int, tuple[tuple, str]] = {}
        for _s, e, award_type, authority, graded in mentions:
            if not graded:
                continue
            first = self.g.grade_window.match(text[e : e + 60])
            pos = e + (first.end() if first else 0)
            while m := self.g.grade_continued.match(text, pos):
                grade = [g for g, regex in self.grades if regex.fullmatch(m.group("grade"))]
                if len(grade) != 1:
                    break
                gs, ge = m.span("grade")
                out[gs] = ((gs, ge, award_type, authority, graded), grade[0])
                pos = ge
        return out

    def counted(self, before: str, after: str, left: str, base: dict, offsets: tuple[int, int, int]) -> list[dict]:
        """Count records; `offsets` are where `before`, `after` and `left` start in the text."""
        m = self.count_right_before.search(before)
        if m:  # "02 Huân chương Lao động", "4 giải A", "4 giải tập thể"
            kind = self.kind_after(base["evidence"]["text"])
            self.claim(base, offsets[0] + m.start(1), offsets[0] + m.end(1))
            return [{**base, "recipient": None, "recipient_kind": kind, "count": int(m.group(1))}]
        out: list[dict] = []
        head = re.match(r"^[^.;]{0,80}?(?:\b(?:cho|tặng|tới|đến)\b|:)\s*", after)
        if head:
            tail = after[head.end() : head.end() + 240]
            last = 0
            for cm in self.count_after_re.finditer(tail):
                gap = tail[last : cm.start()]
                # "cho Phòng Chế độ và 4 cá nhân": a name, then the count joined to it
                named_first = not out and cm.start() > 12 and self.g.name_before_count.fullmatch(gap)
                # "03 tập thể gồm: A, B, C và 06 cá nhân": the members of the count before sit between the counts
                joined = (
                    re.fullmatch(r"[\s,]*(?:và)?[\s,]*", gap)
                    or self.g.members_then_count.match(gap)
                    or self.g.count_modifier_then_count.fullmatch(gap)
                )
                if (out and not joined) or (not out and cm.start() > 12 and not named_first):
                    break  # counts follow the form directly and are joined by "và" or commas
                if named_first:
                    base["_named_first"] = True
                out.append(self.count_record(base, cm, offsets[1] + head.end()))
                last = cm.end()
            if out:
                return out
        # the clause's subject: "103 doanh nghiệp ... đã được trao tặng Bằng khen"
        received = [m for m in self.receiving_re.finditer(left) if len(left) - m.end() <= 40]
        subject = re.search(r"\bđược\b[^.;]{0,40}$", left) or (received[-1] if received else None)
        if subject:
            counts = list(self.count_after_re.finditer(left[: subject.start()]))
            if counts and len(left[counts[-1].end() : subject.start()].split()) <= 15:
                run = [counts[-1]]  # "02 tập thể và 05 cá nhân được tặng ...": every count of the subject
                for earlier in reversed(counts[:-1]):
                    if not re.fullmatch(r"[\s,]*(?:và)?[\s,]*", left[earlier.end() : run[0].start()]):
                        break
                    run.insert(0, earlier)
                return [self.count_record(base, m, offsets[2]) for m in run]
        return []

    def count_record(self, base: dict, m: re.Match, offset: int) -> dict:
        kind = "individual" if m.group("i") else ("collective" if m.group("c") else None)
        self.claim(base, offset + m.start(1), offset + m.end(1))
        return {**base, "recipient": None, "recipient_kind": kind, "count": int(m.group(1).replace(".", ""))}

    @staticmethod
    def claim(base: dict, start: int, end: int) -> None:
        """Mark a number as an award count, so `pr_figures` does not read it as a figure."""
        base.setdefault("_claims", []).append((start, end))

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
        colon = re.match(r"^[^.;:()]{0,30}?:\s*", text[after_from : base_char + nxt])
        cho = re.match(r"^[^.;:]{0,60}?\b(?:cho|tặng|tới)\s+", text[after_from : base_char + nxt])
        out: list[dict] = []
        if colon or cho:
            begin = after_from + (colon or cho).end()  # type: ignore[union-attr]
            named: list[Span | NamedOrganisation] = [*units, *people]
            for m in self.g.organisation_name.finditer(text, begin, base_char + nxt):
                if not any(n.start_char < m.end() and m.start() < n.end_char for n in named):
                    named.append(NamedOrganisation(m.start(), m.end(), m.group()))
            for span in sorted(named, key=lambda x: x.start_char):
                if span.start_char < begin or span.start_char >= base_char + nxt:
                    continue
                gap = text[begin : span.start_char]
                if not re.fullmatch(
                    rf"[\s,;]*(?:và|,|ông|bà|đồng chí)?[\s,]*(?:ông|bà|đồng chí|{self.recipient_word})?\s*",
                    gap,
                    re.IGNORECASE,
                ):
                    break
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
        passive = [m for m in self.g.honoured_passive.finditer(left) if not left[m.end() :].strip()]
        if self.receiving_re.search(left[-40:]) or passive:
            persons = [p for p in people if p.end_char <= base_char + s]
            # "Nhiều cá nhân của BHXH tỉnh X được tặng ...": an office owning the subject is not it
            subjects = [
                u
                for u in units
                if u.end_char <= base_char + s
                and not self.g.not_recipient_before.search(text[max(0, u.start_char - 10) : u.start_char])
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
            main = self.main_unit(doc) if self.g.anaphoric_subject.search(left) else None
            if main and award_type not in self.individual_only:  # "Đơn vị đã được tặng ...": the document's office
                return [{**base, "recipient": main, "recipient_kind": "collective", "count": None}]
        return out

    def other_years(self, text: str, e: int, nxt: int, records: list[dict]) -> list[dict]:
        """ "được Chính phủ tặng Cờ thi đua năm 2011 và năm 2019": the award was given once a year, so each
        further year listed right after it is one more award to the same recipients."""
        listed = self.g.years_listed.match(text, e, nxt)
        if not listed or not records:
            return []
        years = self.year_digits.findall(listed.group())
        if any(r["year"] != years[0] for r in records):
            return []
        return [{**r, "year": year} for year in dict.fromkeys(years[1:]) for r in records]

    def achieved_year(self, text: str, e: int) -> str | None:
        """The year or period the achievement is for, named after the award ("cho 3 tập thể có thành tích
        xuất sắc năm 2025", "từ năm 2019 đến năm 2023"); a ceremony's date is not one."""
        span = self.g.year_range.search(text, e)
        if span:
            return f"{span.group(1)}-{span.group(2)}"
        m = self.g.achievement_year.search(text, e)
        if not m:
            return None
        return m.group("year") or f"{m.group('start')}-{m.group('end')}"

    def year(self, text: str, s: int, e: int) -> str | None:
        """ "... vì đã có thành tích từ năm 2019 đến năm 2023": a span of years after the award is its period;
        a date past the next clause break is the next clause's ("...(2023-2025) đạt danh hiệu X; năm 2024, ...");
        a year inside the award's own words is its year ("danh hiệu “Nữ công chức xuất sắc năm 2025”")."""
        own = self.year_digits.findall(text, s, e)
        if own:
            return own[-1]
        span = self.g.year_range.search(text, e)
        if span:
            return f"{span.group(1)}-{span.group(2)}"
        cut = self.g.clause_break.search(text, e)
        text = text[: cut.start()] if cut else text
        return super().year(self.earlier_awards_dates_blanked(text, s), s, e)

    def earlier_awards_dates_blanked(self, text: str, s: int) -> str:
        """ "... trao Bằng khen ... vì thành tích giai đoạn 2020-2025; bà Y trao Bằng khen ... cho 4 tập thể": the
        achievement an earlier award of the sentence was for, up to the clause break before this one, is that
        award's alone; a year the earlier award carries as its own ("Cờ thi đua ... năm 2023; ... trao Cờ thi
        đua ... cho 12 tập thể") and the dates before it ("Năm 2023, ...") still frame the sentence. Offsets
        are kept."""
        breaks = [m.end() for m in self.g.clause_break.finditer(text, 0, s)]
        if not breaks or self.year_digits.search(text, 0, breaks[-1]) is None:
            return text
        award_end = self.award_end_in_sentence  # where the sentence's award before this one ends
        if award_end is None or award_end > breaks[-1] or self.verbs.match(text[breaks[-1] : s].lstrip()):
            return text  # "...; trao Bằng khen ...": a clause with no giver of its own goes on with the one before
        for pattern in (self.g.achievement_year, self.g.year_range):
            for m in pattern.finditer(text, award_end, breaks[-1]):
                text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        return text

    def undated_year(self, doc: Doc, at: int) -> str | None:
        """An award whose sentence names no year is for the year its section's heading names ("III. ...
        NĂM 2025"), else the one the document's title names ("Báo cáo tổng kết ... năm 2025"); a
        publication date alone does not say which year an achievement was for."""
        sections = self.sections.of_doc(doc)
        return sections.year_at(at) or sections.title_year

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
        pattern = dict([*self.authorities, *self.subject_authorities])[who]
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
        return who.format(place=place) if place else who.replace(" {place}", "")

    @staticmethod
    def own_office(doc: Doc) -> str | None:
        """The provincial or regional office the document names most."""
        return most_named(doc.spans.get("units", []), TOP_LOCAL_OFFICES)

    def authority_named(self, text: str, s: int, e: int) -> str | None:
        found = self.authority(text, s, e)
        return found[1] if found else None

    def kind_after(self, text: str) -> str | None:
        """Who the award is for when no one is named: "... cho các cá nhân", "giải tập thể"."""
        m = re.search(r"\b(?:cho|tặng|tới)\s+(?:các|những)?\s*(.{0,30})", text) or re.match(r"(.*)", text)
        hits = [(rx.search(m.group(1)), kind) for kind, rx in self.kind_words] if m else []
        found = [(hit.start(), kind) for hit, kind in hits if hit]
        return min(found)[1] if found else None

    @staticmethod
    def recipient_record(span: Span | NamedOrganisation, units: list[Span], base: dict) -> dict:
        if isinstance(span, NamedOrganisation):
            return {
                **base,
                "recipient": span.text,
                "recipient_kind": "collective",
                "count": None,
                "_organisation": (span.start_char, span.end_char),
            }
        if span in units:
            return {**base, "recipient": span._.unit, "recipient_kind": "collective", "count": None}
        return {**base, "recipient": span.text, "recipient_kind": "individual", "count": None}

    def presenter(self, doc: Doc, people: list[Span], base_char: int, s: int, text: str) -> str | None:
        """The person before a handing-over verb: "Tổng Giám đốc ... X trao tặng Bằng khen"."""
        verb = self.verbs.search(text)
        if not verb:
            return None
        before = [p for p in people if p.end_char <= base_char + verb.start()]
        # "X được tặng", "X được Đoàn Chủ tịch ... tặng": X receives it, whoever hands it over
        passive = re.search(r"\bđược\s*$", text[: verb.start()]) or any(
            m.end() > verb.start() for m in self.g.honoured_passive.finditer(text, 0, verb.end())
        )
        if before and not passive:
            return before[0].text
        return None
