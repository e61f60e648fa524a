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
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..settings import DEFAULT_LANG
from .award_parts import CountGroup, CountReader, OrganisationNames, grade_of, head_of, issuer_of, list_items
from .base import RuleComponent
from .cue_sites import CueSites, DocCueSites, WordGate, WordScan, plain, word_gated_grammar
from .dates import YEAR, date_reader
from .doc_lists import doc_list, set_doc_list, text_in
from .extensions import doc_meta, place_tokens, span_unit, text_of
from .lexicon import compile_grammar, load_data, lowered, phrase_regex
from .lexicon_models import AwardsData, NumbersData
from .sentence_chars import doc_sentences
from .span_index import span_index
from .tables import TABLE_CELL, Table, is_award_table, table_blocks


class AwardFinder(RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_awards", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "awards", AwardsData)
        self.g = word_gated_grammar(compile_grammar(data.grammar))  # most clauses hold none of a pattern's words
        self.dates = date_reader(lang)
        self.year_digits = re.compile(YEAR)
        self.forms = [
            (a.type, re.compile("|".join(a.patterns), re.IGNORECASE), a.conferred_by, a.graded) for a in data.awards
        ]
        self.any_award = re.compile("|".join(f"(?:{a.pattern})" for _, a, _, _ in self.forms), re.IGNORECASE)
        # each form and authority searched over the lower-cased clause (lowered once for all of them)
        self.form_scans = [WordScan(regex) for _, regex, _, _ in self.forms]
        # grammar patterns tried per award mention: the words they need tested first
        self.proposed_after_gate = WordGate(self.g.proposed_after)
        self.possessive_gate = WordGate(self.g.issuer_possessive)
        self.members_gate = WordGate(self.g.members_cue)  # its words include ':', too short for word_gated_grammar
        self.grades = [(g, re.compile("|".join(p), re.IGNORECASE)) for g, p in data.grades.items()]
        self.authorities = [
            (who, WordScan(re.compile("|".join(p), re.IGNORECASE))) for who, p in data.authorities.items()
        ]
        # the words the forms and the authorities need, found once per document: which forms a sentence or
        # clause may hold (searches 0 .. forms - 1), and which authorities a clause may name (the rest)
        self.cue_sites = CueSites([*self.form_scans, *(scan for _, scan in self.authorities)])
        self.form_range = range(len(self.form_scans))
        self.verbs = phrase_regex(data.presenting_verbs)
        self.verb_scan = WordScan(self.verbs)  # searched on the clause lowered once
        self.word_numbers = load_data(lang, "numbers", NumbersData).word_numbers
        self.individual_only = set(data.individual_only)
        self.collective_only = set(data.collective_only)
        self.counts = CountReader(
            self.word_numbers, data.collective_words, data.individual_words, self.g.count_to, self.g.count_verb
        )
        self.counts.joiner = self.g.count_and
        self.issuer_titles = data.issuer_titles
        self.level_by_authority = data.level_by_authority
        self.organisations = OrganisationNames(
            data.organisation_heads, data.name_joiners, self.g.recipient_to, self.g.recipient_subject
        )
        self.organisations.article = self.g.article
        self.organisations.list_joiner = self.g.list_joiner
        self.organisations.coordinator = self.g.coordinator
        self.reviewed: tuple[list[dict], int, str | None] | None = None  # `reviewed_period` of the last document

    def process(self, doc: Doc) -> None:
        text = text_of(doc)
        sites = self.cue_sites.of_doc(doc)
        carried: str | None = None
        sents = doc_sentences(doc)
        starts, ends = sents.starts, sents.ends
        last = -1
        # the sentences holding a form's word, each with the searches whose words it holds
        for i, cues in sites.ranges_with_cues(starts, ends, self.form_range):
            for j in range(last + 1, i + 1):  # a line break before one of the sentences since the last one read
                if "\n" in text[max(0, starts[j] - 1) : starts[j] + 1]:
                    carried = None  # a presenter is shared within a paragraph only
                    break
            last = i
            if not self.holds_form(sites, starts[i], ends[i], cues):
                continue  # cheap tests spare the rest on most sentences
            sent = sents.span(i)
            for clause_start, clause_end in self.clauses(sent, self.g.clause_break):
                whole = clause_start == starts[i] and clause_end == ends[i]  # a sentence of one clause
                forms = cues if whole else sites.cues_in(clause_start, clause_end)
                low = sites.low[clause_start:clause_end] if sites.low is not None else None
                carried = self.read_clause(doc, sent, clause_start, clause_end, carried, forms, low) or carried
        for table in table_blocks(text) if TABLE_CELL in text else []:  # no cell, no table
            if is_award_table(table, self.g.award_header):
                self.read_table(doc, table, sites)
        self.drop_vague_repeats(doc)

    def holds_form(self, sites: DocCueSites, start: int, end: int, cues: set[int] | None = None) -> bool:
        """Whether an award form occurs between start and end: only the forms whose words are there are tried
        (`cues`: `sites.cues_in(start, end)`, when the caller has it)."""
        cues = sites.cues_in(start, end) if cues is None else cues
        forms = self.form_range
        for k in cues:  # a loop, not `any` over a generator: asked of every sentence holding a form's word
            if k in forms and sites.search(k, start, end, cues):
                return True
        return False

    def read_table(self, doc: Doc, table: Table, sites: DocCueSites | None = None) -> None:
        """ "Form | Collectives | Individuals" rows: one record per form and recipient kind."""
        header = [text.lower() for _, _, text in table[2][0]]
        kinds = {
            j: ("collective" if self.g.collective_header.search(h) else "individual")
            for j, h in enumerate(header)
            if self.g.award_header.search(h)
        }
        for cells in table[2][1:]:
            # a cell is the document's text between its offsets: it tries only the forms whose words it holds
            form = next(
                (
                    (c, found)
                    for c in cells
                    if (found := self.mentions(c[2], sites.cues_in(c[0], c[1]) if sites is not None else None))
                ),
                None,
            )
            if form is None:
                continue
            (c_start, _, c_text), found = form
            s, e, award_type, authority, graded = found[0]
            for j, kind in kinds.items():
                if j < len(cells) and cells[j][2].isdigit() and int(cells[j][2]) > 0:
                    doc_list(doc, "awards").append(
                        {
                            "award_type": award_type,
                            "grade": grade_of(c_text, s, e, self.grades, self.g.grade_window) if graded else None,
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
        told = AwardFinder.merge_retold(doc_list(doc, "awards"))
        precise = {a["award_type"] for a in told if a["recipient"] or a["count"]}
        kept: dict[tuple, dict] = {}
        for award in told:
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
            filled = len(award) - list(award.values()).count(None)  # the fields it fills
            if key not in kept or filled > len(kept[key]) - list(kept[key].values()).count(None):
                kept[key] = award  # a caption repeating the body: keep the fuller record
        dated = {key[:-1] for key in kept if key[-1] is not None}
        awards = [a for key, a in kept.items() if key[-1] is not None or key[:-1] not in dated]
        # "the second time the unit received the Labour Order" beside the order's class given to the same
        # unit: the form named without its class is the one whose class the text gives
        graded = {(a["award_type"], a["recipient"]) for a in awards if a["recipient"] and a["grade"]}
        set_doc_list(
            doc, "awards", [a for a in awards if a["grade"] or (a["award_type"], a["recipient"]) not in graded]
        )

    @staticmethod
    def merge_retold(awards: list[dict]) -> list[dict]:
        """The same award told again (headline, lead, body) is one record: same form, grade, recipient,
        kind, count and status. When one telling names the achievement's year ("for outstanding
        achievements in 2025"; marked `_achieved`), that year beats a ceremony's date, and the fields
        the other tellings fill (presenter, authority) join it. Without such a year the tellings stay
        apart: two years may be two awards."""
        groups: dict[tuple, list[dict]] = {}
        for award in awards:
            get = award.get
            key = (
                get("award_type"),
                get("grade"),
                get("recipient"),
                get("recipient_kind"),
                get("count"),
                get("status"),
            )
            groups.setdefault(key, []).append(award)
        merged: dict[int, dict | None] = {}  # id of a group's first telling -> the one record; later tellings -> None
        for group in groups.values():
            achieved = [a for a in group if a.get("_achieved")]
            if len(group) == 1 or not achieved or len({a["year"] for a in achieved}) > 1:
                continue
            one = dict(achieved[0])
            for other in group:
                for field, value in other.items():
                    if one.get(field) is None and value is not None:
                        one[field] = value
            merged[id(group[0])] = one
            merged.update({id(a): None for a in group[1:]})
        out = [told for a in awards if (told := merged.get(id(a), a)) is not None]
        for award in out:
            award.pop("_achieved", None)
        return out

    @staticmethod
    def clauses(sent: Span, clause_break: re.Pattern[str]) -> list[tuple[int, int]]:
        """Character ranges of the sentence split at semicolons and contrasting clauses (", while")."""
        out, start = [], sent.start_char
        for m in clause_break.finditer(sent.text):
            out.append((start, sent.start_char + m.start()))
            start = sent.start_char + m.end()
        out.append((start, sent.end_char))
        return out

    def mentions(
        self, text: str, forms: set[int] | None = None, low: str | None = None
    ) -> list[tuple[int, int, str, str | None, bool]]:
        """The award forms in `text`, earlier forms of the data first; `forms`, when given, are the
        only ones that can occur in it (by their place in the data: `DocCueSites.cues_in`); `low`, when
        given, is `text` lower-cased (a slice of the document's lower-cased text)."""
        taken: list[tuple[int, int]] = []
        found = []
        if forms is None:
            ks: Iterable[int] = range(len(self.forms))
        else:
            # the forms' words are known to be there: their lower-case regexes run on the clause lowered once
            ks = sorted(k for k in forms if k < len(self.forms))
            low = low if low is not None else lowered(text)
        for k in ks:
            award_type, _, authority, graded = self.forms[k]
            scan = self.form_scans[k]
            for m in scan.finditer_lowered(text, low, known=forms is not None):
                m_start, m_end = m.span()
                if taken and any(s < m_end and m_start < e for s, e in taken):
                    continue
                taken.append((m_start, m_end))
                found.append((m_start, m_end, award_type, authority, graded))
        return sorted(found)

    def read_clause(
        self,
        doc: Doc,
        sent: Span,
        start: int,
        end: int,
        carried: str | None = None,
        forms: set[int] | None = None,
        low: str | None = None,
    ) -> str | None:
        """Award records of one clause; returns the presenter, which a following passive
        sentence of the same paragraph may share. `forms`: the forms and authorities whose words the
        clause holds (`DocCueSites.cues_in`); `low`: the clause lower-cased, when known."""
        text = text_of(doc)[start:end]
        if forms is not None and low is None:
            low = lowered(text)  # the forms' and authorities' words are known to be there: searched lowered
        mentions = self.mentions(text, forms, low)
        if not mentions:
            return None
        units = span_index(doc, "units").within_chars(start, end)
        people = span_index(doc, "people").within_chars(start, end)
        verb = self.verb_scan.search_lowered(text, low)
        active_presenter = None
        if verb:
            before_verb = [p for p in people if p.end_char <= start + verb.start()]
            # a passive: an auxiliary before the verb, or the verb phrase itself passive (a pack's "được tặng")
            passive = self.g.passive_before_verb.search(text[: verb.start()]) or self.g.honoured_passive.match(
                text[verb.start() :]
            )
            if before_verb and not passive:
                active_presenter = text_in(doc, before_verb[0])
        if active_presenter is None and not people and carried and self.g.passive_award.search(text):
            active_presenter = carried  # "X presented A to ... . B was also conferred on ...": the same hands
        presenters = [text_in(doc, p) for p in people]
        # the authorities whose words the clause holds (by their place in `self.authorities`), when known
        first = len(self.form_range)
        authorities_here = None if forms is None else {k - first for k in forms if k >= first}
        shared: str | None = None
        for k, (s, e, award_type, default_authority, graded) in enumerate(mentions):
            presenter = active_presenter if verb is None or s >= verb.start() or carried else None
            prev_end = mentions[k - 1][1] if k else 0
            nxt = mentions[k + 1][0] if k + 1 < len(mentions) else len(text)
            after = text[e:nxt]
            proposed = bool(
                self.g.proposed.search(text[max(0, s - 200) : s])  # "propose ... to award A to X and B to Y"
                or (
                    self.proposed_after_gate.may_match(after)
                    and self.g.proposed_after.match(after)
                    # "X was awarded ..., which was proposed ...": given already
                    and not self.g.passive_award.search(text[prev_end:s])
                )
            )
            # "propose the Minister of Finance to award A to X and B to Y": B is the Minister's too
            own = self.conferred_by(text, s, e, presenters, authorities_here, low)
            authority = own or shared or default_authority
            shared = own or shared
            award_type = self.level_by_authority.get(authority or "", {}).get(award_type, award_type)
            base = {
                "award_type": award_type,
                "grade": grade_of(text, s, e, self.grades, self.g.grade_window) if graded else None,
                "conferred_by": authority,
                "presented_by": presenter,
                "year": self.year(sent.text, start - sent.start_char + s, start - sent.start_char + e)
                or self.reviewed_period(doc)
                or self.past_period(doc, start + s),
                "status": "proposed" if proposed else "conferred",
                "evidence": {"start": start + s, "end": start + e, "text": text[s:e]},
            }
            found = self.fit_kind(award_type, self.count_groups(after, text[prev_end:s]))
            last = k + 1 == len(mentions)
            listed = self.listed(doc, start + e) if last and text[e:].rstrip().endswith(":") else []
            named = listed or [(n, "collective") for n in self.named_members(doc, units, start + e, start + nxt)]
            named_kinds = {kind for _, kind in named}
            if named and not listed:
                # "to four units, namely A, B, C and D": the names are the four, each counted once;
                # "three collectives, including A and B": the count holds them, the names are examples
                whole = sum(g.value for g in found if g.kind == "collective") == len(named)
                named = named if whole or not found else []
                named_kinds = {kind for _, kind in named}
            for group in found:
                if group.kind not in named_kinds:
                    self.add(doc, base, None, group.kind, group.value)
            for name, kind in named:
                if award_type in self.individual_only and kind == "collective":
                    continue  # a title for people only: the units in the list are where they work
                self.add(doc, base, name, kind, None)
            if found or named:
                continue
            number = self.counts.own(text[prev_end:s])
            if number:
                self.add(doc, base, None, self.kind_by_form(award_type) or self.kind_after(after), number)
                continue
            for name, kind in self.recipients_of(doc, text, start, s, e, nxt, units, people, award_type, presenter):
                self.add(doc, base, name, kind, None)
        return active_presenter

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
        to_people = self.people_after(doc, people, start + e, start + nxt)
        if to_people:
            return [(name, "individual") for name in to_people]
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
        if not names and self.g.anaphoric_subject.search(text[:s]):
            main = self.main_unit(doc)
            names = [main] if main else []
        return [(name, "collective") for name in names]

    @staticmethod
    def add(doc: Doc, base: dict, recipient: str | None, kind: str | None, count: int | None) -> None:
        if recipient and kind == "collective":
            # "the Social Insurance Department" again after "the Social Insurance Department of the Ministry
            # of National Defence": the one unit the document named in full
            longer = [u["name"] for u in doc_list(doc, "units") if u["name"].startswith(recipient + " ")]
            recipient = longer[0] if len(longer) == 1 else recipient
        doc_list(doc, "awards").append({**base, "recipient": recipient, "recipient_kind": kind, "count": count})

    def count_groups(self, after: str, before: str) -> list[CountGroup]:
        return self.counts.after(after) or self.counts.before(before)

    def fit_kind(self, award_type: str, groups: list[CountGroup]) -> list[CountGroup]:
        """A title for people counts people, a collective title counts collectives (Law on
        Emulation and Commendation 2022): "38 collectives ... Advanced Laborer" is not a pair."""
        wanted = self.kind_by_form(award_type)
        return [g for g in groups if wanted is None or g.kind == wanted]

    def kind_by_form(self, award_type: str) -> str | None:
        if award_type in self.individual_only:
            return "individual"
        if award_type in self.collective_only:
            return "collective"
        return None

    def kind_after(self, after: str) -> str | None:
        """ "45 certificates of commendation to outstanding officials": the recipients' noun says the kind."""
        m = self.counts.count_to.match(after)
        return self.counts.noun_kind(after[m.end() : m.end() + 40]) if m else None

    def listed(self, doc: Doc, after: int) -> list[tuple[str, str]]:
        """Recipients in the list under the sentence ("... to the following units:" then one a line)."""
        text = text_of(doc)
        out: list[tuple[str, str]] = []
        units = list(doc.spans.get("units", []))
        people = list(doc.spans.get("people", []))
        for s, e in list_items(text, after):
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

    def people_after(self, doc: Doc, people: list[Span], start: int, end: int) -> list[str]:
        """ "... presented the Certificate of Merit to Mr. Nguyen Van A and Ms. Tran Thi B"."""
        following = [p for p in people if start <= p.start_char < end]
        if not following:
            return []
        gap = text_of(doc)[start : following[0].start_char]
        if not self.g.to_person.search(gap) or len(gap) > 120:
            return []
        names = [text_in(doc, following[0])]
        for prev, nxt in zip(following, following[1:]):
            between = text_of(doc)[prev.end_char : nxt.start_char]
            if self.g.person_joiner.fullmatch(between) or (
                len(between) < 90 and self.g.person_joiner_end.search(between) and "." not in between
            ):
                names.append(text_in(doc, nxt))
            else:
                break
        return names

    def by_honorific(self, doc: Doc, before: str, presenter: str | None) -> list[str]:
        """ "Ms. Xuan herself was honoured with ...": the person of the document with that given name."""
        hits = list(self.g.honorific.finditer(before))
        if not hits or not self.g.honorific_verb.search(before[hits[-1].end() :]):
            return []
        given = hits[-1].group("name")
        known = [
            p["name"] for p in doc_list(doc, "people") if p["name"].split()[-1] == given and p["name"] != presenter
        ]
        return known[:1]

    @staticmethod
    def main_unit(doc: Doc) -> str | None:
        """The office a document is about: the one named most often."""
        counts: dict[str, int] = {}
        for u in doc.spans.get("units", []):
            if u.label_ in ("provincial_office", "region_office", "district_office", "agency"):
                counts[span_unit(u)] = counts.get(span_unit(u), 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def conferred_by(
        self,
        text: str,
        s: int,
        e: int,
        people: list[str],
        named: set[int] | None = None,
        low: str | None = None,
    ) -> str | None:
        """The authority: one of the data's fixed names right at the award, else the
        issuer the award is "of", else a fixed name further on or delegated (`named`: as for `authority`)."""
        fixed = self.authority(text, s, e, named, low)
        if fixed and fixed[0] <= 8:
            return fixed[1]
        # "... of the Chairman of ..." after the award, or inside it ("Emulation Flag of the Ministry of ...")
        inside = plain(self.g.issuer_inside)  # its word ("the") is in nearly every award's name: no gate
        starts = sorted({s + m.start() for m in inside.finditer(text[s : e + 8])} | {e})
        issued = next(
            (who for p in starts if (who := issuer_of(text[p:], self.g.issuer, self.issuer_titles, self.g.article))),
            None,
        )
        if issued:
            return issued  # the first of the readings below that names one wins: read them in that order
        acting = self.acting_authority(text, s, people)
        if acting:
            return acting
        owner = self.possessive_owner(text, s)
        if owner or fixed:
            return owner or (fixed[1] if fixed else None)
        # "Authorized by the Chairman of the Provincial People's Committee, ... presented ..."
        for m in self.g.delegation.finditer(text):
            who = issuer_of(text[m.start("lead") :], self.g.issuer, self.issuer_titles, self.g.article)
            if who:
                return who
        return None

    def acting_authority(self, text: str, s: int, people: list[str]) -> str | None:
        """The authority that is the subject before the award ("the Prime Minister awarded ..."), or the
        head of the body that is ("the Ministry of Finance presented ..." -> its Minister)."""
        subject = self.g.authority_subject.search(text[max(0, s - 80) : s])
        if subject and any(subject.group("who").endswith(name) for name in people):
            subject = None  # "Chairman of the Council Dinh Tien Dung presented ...": a presenter's title
        acting = (
            self.g.article.sub(
                "",
                " ".join(
                    w if self.g.lower_name_words.match(w) or not w.islower() else w.capitalize()
                    for w in subject.group("who").split()
                ),
            )
            if subject
            else None
        )
        if acting:
            return acting
        body = self.g.issuer_subject.search(text[max(0, s - 90) : s])
        return head_of(self.g.article.sub("", body.group("who")), self.issuer_titles) if body else acting

    def possessive_owner(self, text: str, s: int) -> str | None:
        """ "the Minister of Health's Certificate" names the authority; "the Ministry of Finance's Flag" its body."""
        window = text[max(0, s - 90) : s]
        if not self.possessive_gate.may_hold_after_deletions(window):  # dropping the articles adds no character
            return None
        window = self.g.article.sub("", window)
        possessive = self.possessive_gate.may_match(window) and self.g.issuer_possessive.search(window)
        if not possessive:
            return None
        who = self.g.article.sub("", possessive.group("who"))
        return who if possessive.groupdict().get("title") else head_of(who, self.issuer_titles)

    def announcer(self, doc: Doc, person: Span, end: int) -> bool:
        """The first person is the one announcing or presenting ("X announced the decision recognising ...")."""
        return bool(
            self.verbs.search(text_of(doc)[person.end_char : end])
            or self.g.announcing.search(text_of(doc)[person.end_char : end])
        )

    def person_recipient(self, doc: Doc, people: list[Span], base: int, s: int, presenter: str | None) -> str | None:
        """ "Nguyen Thi Kim Oanh, Head of ..., was honoured with the title of ...": the subject is the recipient."""
        before = [p for p in people if p.end_char <= base + s and text_in(doc, p) != presenter]
        if not before or presenter:
            return None
        gap = text_of(doc)[before[0].end_char : base + s]
        if self.g.honoured_passive.search(gap) or self.g.honoured_active.search(gap):
            return text_in(doc, before[0])
        return None

    def named_members(self, doc: Doc, units: list[Span], start: int, end: int) -> list[str]:
        """Recipients named after their count: "to four units ..., namely A, B and C Social Security"."""
        after = text_of(doc)[start:end]
        cue = self.members_gate.may_match(after) and self.g.members_cue.search(after)
        if not cue:
            return []
        names: list[str] = []
        for u in units:
            if start + cue.end() <= u.start_char < end and span_unit(u) not in names:
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
            and not self.g.not_recipient_before.search(text_of(doc)[max(base, u.start_char - 12) : u.start_char])
        ]
        names: list[str] = []
        for u in before:
            if span_unit(u) not in names:
                names.append(span_unit(u))
        if not names:
            # "Dong Thap province also received ...": a place stands for its office
            known = {u["name"] for u in doc_list(doc, "units")}
            span = doc.char_span(base, base + s, alignment_mode="expand")
            places = place_tokens(doc) if span is not None else {}  # token index -> place, in token order
            for i in (i for i in places if span is not None and span.start <= i < span.end):
                name = f"{places[i]} Social Security"
                if name in known and name not in names:
                    names.append(name)
        return names

    def authority(
        self, text: str, s: int, e: int, named: set[int] | None = None, low: str | None = None
    ) -> tuple[int, str] | None:
        """An authority named right after the award ("... by the General Director of VSS")
        or as the one acting for ("on behalf of", "authorized by"); a title such
        as "Deputy Minister of Finance" elsewhere in the sentence is not one. `named`, when given: the
        only authorities (by their place in the data) whose words `text` holds (`DocCueSites.cues_in`);
        `low`: `text` lower-cased, when known."""
        best: tuple[int, str] | None = None
        ks: Iterable[int] = range(len(self.authorities)) if named is None else sorted(named)
        for k in ks:
            who, scan = self.authorities[k]
            for m in scan.finditer_lowered(text, low if named is not None else None, known=named is not None):
                if s <= m.start() < e:
                    distance = -1  # "Emulation Flag of Vietnam Social Security": named in the award itself
                    if best is None or distance < best[0]:
                        best = (distance, who)
                    continue
                if m.start() >= e and m.start() - e <= 60:
                    distance = m.start() - e
                elif self.g.delegated_before.search(
                    text[max(0, m.start() - 25) : m.start()]
                ) or self.g.delegated_start.match(m.group()):
                    distance = 500 + abs(s - m.end())
                else:
                    continue
                if best is None or distance < best[0]:
                    best = (distance, who)
        return best

    def past_period(self, doc: Doc, pos: int) -> str | None:
        """The last finished period the text names before the award ("in the 2020-2025 period ..."):
        awards at a congress are for the period behind it, not the one it opens."""
        published = (doc_meta(doc) or {}).get("published")
        if not published:
            return None
        if "periods" not in doc.user_data:  # once per document
            found = self.dates.find(text_of(doc))
            doc.user_data["periods"] = [(d.start, d.period) for d in found if d.period and not d.comparison]
        periods = [p for start, p in doc.user_data["periods"] if start < pos]
        done = [p for p in periods if int(p[-4:]) <= int(published[:4])]
        return done[-1] if done else None

    def reviewed_period(self, doc: Doc) -> str | None:
        """Awards handed out at a review conference are for the period it reviews (read once per
        document: the events are final when awards are read, and every undated mention asks)."""
        events = doc_list(doc, "events")
        kept = self.reviewed
        if kept is None or kept[0] is not events or kept[1] != len(events):
            kept = self.reviewed = (
                events,
                len(events),
                next((ev["period_reviewed"] for ev in events if ev.get("period_reviewed")), None),
            )
        return kept[2]

    def year(self, text: str, s: int, e: int) -> str | None:
        if self.year_digits.search(text) is None:
            return None  # every date with a value names its year in digits: most award sentences name none
        dates = [d for d in self.dates.find(text) if not d.comparison and d.value]
        after = [d for d in dates if d.start >= e]
        before = [d for d in dates if d.end <= s]
        pick = after[0] if after else (before[-1] if before else None)
        if pick is None:
            return None
        return pick.period or (pick.value[:4] if pick.value else None)
