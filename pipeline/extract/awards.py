"""Awards: emulation titles and commendations, per type and recipient (group).

Award forms come from `data/<lang>/awards.yml` (the DOMAIN.md hierarchy in
the wordings the press uses). For each mention the sentence gives:
counts ("to 11 collectives and six individuals" -> two records), named
recipients (the subject of "were awarded" / "received", or "the achievements
of X" after an active "presented"), the presenter (the person before the
handing-over verb), the conferring authority ("on behalf of the State
President", "authorized by the Prime Minister", else the award's own), and
the year or period.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .dates import date_reader
from .extensions import sentences, text_of
from .lexicon import compile_grammar, load_data, phrase_regex
from .lexicon_models import AwardsData, NumbersData
from .tables import Table, is_award_table, table_blocks


class AwardFinder(RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_awards", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "awards", AwardsData)
        self.g = compile_grammar(data.grammar)
        self.dates = date_reader(lang)
        self.forms = [
            (a.type, re.compile("|".join(a.patterns), re.IGNORECASE), a.conferred_by, a.graded) for a in data.awards
        ]
        self.any_award = re.compile("|".join(f"(?:{a.pattern})" for _, a, _, _ in self.forms), re.IGNORECASE)
        self.grades = [(g, re.compile("|".join(p), re.IGNORECASE)) for g, p in data.grades.items()]
        self.authorities = [(who, re.compile("|".join(p), re.IGNORECASE)) for who, p in data.authorities.items()]
        self.verbs = phrase_regex(data.presenting_verbs)
        self.word_numbers = load_data(lang, "numbers", NumbersData).word_numbers
        num = r"\d+|" + "|".join(self.word_numbers)
        coll = "|".join(data.collective_words)
        indiv = "|".join(data.individual_words)
        self.count_re = re.compile(rf"\b({num})\s+(?:[\w-]+\s+)?({coll}|{indiv})\b", re.IGNORECASE)
        self.collective_words = set(w.lower() for w in data.collective_words)
        self.individual_only = set(data.individual_only)

    def process(self, doc: Doc) -> None:
        text = text_of(doc)
        for sent in sentences(doc):
            if not self.any_award.search(text, sent.start_char, sent.end_char):
                continue  # one cheap test spares the 18 award patterns on most sentences
            for clause_start, clause_end in self.clauses(sent):
                self.read_clause(doc, sent, clause_start, clause_end)
        for table in table_blocks(text):
            if is_award_table(table, self.g.award_header):
                self.read_table(doc, table)
        self.drop_vague_repeats(doc)

    def read_table(self, doc: Doc, table: Table) -> None:
        """ "Form | Collectives | Individuals" rows: one record per form and recipient kind."""
        header = [text.lower() for _, _, text in table[2][0]]
        kinds = {
            j: ("collective" if self.g.collective_header.search(h) else "individual")
            for j, h in enumerate(header)
            if self.g.award_header.search(h)
        }
        for cells in table[2][1:]:
            form = next(((c, self.mentions(c[2])) for c in cells if self.mentions(c[2])), None)
            if form is None:
                continue
            (c_start, _, c_text), found = form
            s, e, award_type, authority, graded = found[0]
            for j, kind in kinds.items():
                if j < len(cells) and cells[j][2].isdigit() and int(cells[j][2]) > 0:
                    doc._.awards.append(
                        {
                            "award_type": award_type,
                            "grade": self.grade(c_text) if graded else None,
                            "recipient": None,
                            "recipient_kind": kind,
                            "count": int(cells[j][2]),
                            "conferred_by": authority,
                            "presented_by": None,
                            "year": self.reviewed_period(doc),
                            "evidence": {"start": c_start + s, "end": c_start + e, "text": c_text[s:e]},
                        }
                    )

    @staticmethod
    def drop_vague_repeats(doc: Doc) -> None:
        """A caption or summary line ("presents Certificates of Commendation to outstanding
        individuals") repeats an award the text states precisely elsewhere: keep the precise one."""
        precise = {a["award_type"] for a in doc._.awards if a["recipient"] or a["count"]}
        kept: dict[tuple, dict] = {}
        for award in doc._.awards:
            if not (award["recipient"] or award["count"]) and award["award_type"] in precise:
                continue
            key = (
                award["award_type"],
                award["recipient"],
                award["count"],
                award["recipient_kind"],
                award["grade"],
                award["year"],
            )
            filled = sum(v is not None for v in award.values())
            if key not in kept or filled > sum(v is not None for v in kept[key].values()):
                kept[key] = award  # a caption repeating the body: keep the fuller record
        dated = {key[:-1] for key in kept if key[-1] is not None}
        doc._.awards = [a for key, a in kept.items() if key[-1] is not None or key[:-1] not in dated]

    @staticmethod
    def clauses(sent: Span) -> list[tuple[int, int]]:
        """Character ranges of the sentence split at semicolons."""
        out, start = [], sent.start_char
        for m in re.finditer(r";", sent.text):
            out.append((start, sent.start_char + m.start()))
            start = sent.start_char + m.end()
        out.append((start, sent.end_char))
        return out

    def mentions(self, text: str) -> list[tuple[int, int, str, str | None, bool]]:
        taken: list[tuple[int, int]] = []
        found = []
        for award_type, regex, authority, graded in self.forms:
            for m in regex.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), m.end(), award_type, authority, graded))
        return sorted(found)

    def read_clause(self, doc: Doc, sent: Span, start: int, end: int) -> None:
        text = text_of(doc)[start:end]
        mentions = self.mentions(text)
        if not mentions:
            return
        units = [u for u in doc.spans.get("units", []) if start <= u.start_char and u.end_char <= end]
        people = [p for p in doc.spans.get("people", []) if start <= p.start_char and p.end_char <= end]
        verb = self.verbs.search(text)
        active_presenter = None
        if verb:
            before_verb = [p for p in people if p.end_char <= start + verb.start()]
            passive = self.g.passive_before_verb.search(text[: verb.start()])
            if before_verb and not passive:
                active_presenter = before_verb[0].text
        for k, (s, e, award_type, default_authority, graded) in enumerate(mentions):
            if self.g.proposed.search(text[max(0, s - 40) : s]):
                doc._.warnings.append(f"proposed, not yet conferred, award left out: {text[s:e]!r}")
                continue
            nxt = mentions[k + 1][0] if k + 1 < len(mentions) else len(text)
            after = text[e:nxt]
            groups = self.count_groups(after) or self.count_before(text[:s])
            base = {
                "award_type": award_type,
                "grade": self.grade(text[max(0, s - 20) : e + 25]) if graded else None,
                "conferred_by": self.authority(text, s, e) or default_authority,
                "presented_by": active_presenter,
                "year": self.year(sent.text, start - sent.start_char + s, start - sent.start_char + e)
                or self.reviewed_period(doc),
                "evidence": {"start": start + s, "end": start + e, "text": text[s:e]},
            }
            if groups:
                for count, kind in groups:
                    doc._.awards.append({**base, "recipient": None, "recipient_kind": kind, "count": count})
                for name in self.named_members(doc, units, start + e, start + nxt):
                    doc._.awards.append({**base, "recipient": name, "recipient_kind": "collective", "count": None})
                continue
            if award_type in self.individual_only:
                # a title for people ("... recognising two officials, A of X and B of Y, as National
                # Emulation Fighters"): the units named are where they work, not recipients
                honoured = [p.text for p in people if p.text != active_presenter and p.end_char <= start + s]
                honoured = (
                    honoured[1:]
                    if active_presenter is None and len(honoured) > 1 and self.announcer(doc, people[0], start + s)
                    else honoured
                )
                for name in honoured or [None]:
                    doc._.awards.append({**base, "recipient": name, "recipient_kind": "individual", "count": None})
                continue
            person = self.person_recipient(doc, people, start, s, active_presenter)
            if person:
                doc._.awards.append({**base, "recipient": person, "recipient_kind": "individual", "count": None})
                continue
            recipients = self.recipients(doc, units, start, s, e, active_presenter is not None, text)
            if not recipients:
                doc._.awards.append({**base, "recipient": None, "recipient_kind": None, "count": None})
            for name in recipients:
                doc._.awards.append({**base, "recipient": name, "recipient_kind": "collective", "count": None})

    def announcer(self, doc: Doc, person: Span, end: int) -> bool:
        """The first person is the one announcing or presenting ("X announced the decision recognising ...")."""
        return bool(
            self.verbs.search(text_of(doc)[person.end_char : end])
            or self.g.announcing.search(text_of(doc)[person.end_char : end])
        )

    def person_recipient(self, doc: Doc, people: list[Span], base: int, s: int, presenter: str | None) -> str | None:
        """ "Nguyen Thi Kim Oanh, Head of ..., was honoured with the title of ...": the subject is the recipient."""
        before = [p for p in people if p.end_char <= base + s and p.text != presenter]
        if not before or presenter:
            return None
        gap = text_of(doc)[before[0].end_char : base + s]
        if self.g.honoured_passive.search(gap) or self.g.honoured_active.search(gap):
            return before[0].text
        return None

    def named_members(self, doc: Doc, units: list[Span], start: int, end: int) -> list[str]:
        """Recipients named after their count: "to four units ..., namely A, B and C Social Security"."""
        cue = self.g.members_cue.search(text_of(doc)[start:end])
        if not cue:
            return []
        names: list[str] = []
        for u in units:
            if start + cue.end() <= u.start_char < end and u._.unit not in names:
                names.append(u._.unit)
        return names

    def count_groups(self, after: str) -> list[tuple[int, str]]:
        m = self.g.count_to.match(after)
        if not m:
            return []
        out = []
        for cm in self.count_re.finditer(after[: m.end() + 80]):
            n = cm.group(1).lower()
            value = int(n) if n.isdigit() else self.word_numbers[n]
            kind = "collective" if cm.group(2).lower() in self.collective_words else "individual"
            out.append((value, kind))
            rest = after[cm.end() : cm.end() + 12]
            if not self.g.count_and.match(rest):
                break
        return out

    def count_before(self, before: str) -> list[tuple[int, str]]:
        """ "Nine collectives were recognised as ...", "11 collectives and 29 individuals received ..."."""
        clause = re.split(r"[,;:]\s", before)[-1]
        verb = self.g.count_verb.search(clause)
        if not verb:
            return []
        groups = list(self.count_re.finditer(clause[: verb.start()]))
        if not groups or len(clause[groups[-1].end() : verb.start()].split()) > 8:
            return []  # the count must be the verb's subject ("Nine collectives under the provincial office were ...")
        out = []
        for m in groups:
            n = m.group(1).lower()
            value = int(n) if n.isdigit() else self.word_numbers[n]
            out.append((value, "collective" if m.group(2).lower() in self.collective_words else "individual"))
        return out

    def recipients(self, doc: Doc, units: list[Span], base: int, s: int, e: int, active: bool, text: str) -> list[str]:
        following = [u for u in units if u.start_char >= base + e]
        after = [
            u
            for u in following
            if self.g.recipient_before.search(text_of(doc)[base + e : u.start_char])
            and len(text_of(doc)[base + e : u.start_char]) < 120
        ]
        to_after = after and not self.g.agent.search(text_of(doc)[base + e : after[0].start_char])
        if active or to_after:
            if not to_after:
                return []
            to_names: list[str] = [after[0]._.unit]
            run = following[following.index(after[0]) :]
            for prev, nxt in zip(run, run[1:]):
                if self.g.recipient_joiner.fullmatch(text_of(doc)[prev.end_char : nxt.start_char]):
                    if nxt._.unit not in to_names:
                        to_names.append(nxt._.unit)
                else:
                    break
            return to_names
        before = [
            u
            for u in units
            if u.end_char <= base + s
            and not self.g.not_recipient_before.search(text_of(doc)[max(base, u.start_char - 12) : u.start_char])
        ]
        names: list[str] = []
        for u in before:
            if u._.unit not in names:
                names.append(u._.unit)
        if not names:
            # "Dong Thap province also received ...": a place stands for its office
            known = {u["name"] for u in doc._.units}
            for tok in doc.char_span(base, base + s, alignment_mode="expand") or []:
                name = f"{tok._.place} Social Security" if tok._.is_place else None
                if name and name in known and name not in names:
                    names.append(name)
        return names

    def grade(self, window: str) -> str | None:
        for grade, regex in self.grades:
            if regex.search(window):
                return grade
        return None

    def authority(self, text: str, s: int, e: int) -> str | None:
        """An authority named right after the award ("... by the General Director of VSS")
        or as the one acting for ("on behalf of", "authorized by"); a title such
        as "Deputy Minister of Finance" elsewhere in the sentence is not one."""
        best: tuple[int, str] | None = None
        for who, regex in self.authorities:
            for m in regex.finditer(text):
                if s <= m.start() < e:
                    distance = -1  # "Emulation Flag of Vietnam Social Security": named in the award itself
                    if best is None or distance < best[0]:
                        best = (distance, who)
                    continue
                delegated = self.g.delegated_before.search(text[max(0, m.start() - 25) : m.start()])
                delegated = delegated or self.g.delegated_start.match(m.group())
                if m.start() >= e and m.start() - e <= 60:
                    distance = m.start() - e
                elif delegated:
                    distance = 500 + abs(s - m.end())
                else:
                    continue
                if best is None or distance < best[0]:
                    best = (distance, who)
        return best[1] if best else None

    @staticmethod
    def reviewed_period(doc: Doc) -> str | None:
        """Awards handed out at a review conference are for the period it reviews."""
        return next((ev["period_reviewed"] for ev in doc._.events if ev.get("period_reviewed")), None)

    def year(self, text: str, s: int, e: int) -> str | None:
        dates = [d for d in self.dates.find(text) if not d.comparison and d.value]
        after = [d for d in dates if d.start >= e]
        before = [d for d in dates if d.end <= s]
        pick = after[0] if after else (before[-1] if before else None)
        if pick is None:
            return None
        return pick.period or (pick.value[:4] if pick.value else None)
