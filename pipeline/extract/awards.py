"""Awards: emulation titles and commendations, per type and recipient (group).

Award forms come from `data/<lang>/awards.yml` (the DOMAIN.md hierarchy in
the wordings the press uses). For each mention the sentence gives:
counts ("to 11 collectives and six individuals" -> two records), named
recipients (the subject of "were awarded" / "received", or "the achievements
of X" after an active "presented"), the presenter (the person before the
handing-over verb), the conferring authority ("on behalf of the State
President", "authorized by the Prime Minister", else the award's own), and
the year or period.

This module finds the mentions and reads each clause; the questions asked per mention live
beside it: the authority (`award_authority.py`), the recipients (`award_recipients.py`), the
counts and names around a mention (`award_parts.py`), the year (`award_years.py`), and the merge of a
document's records (`award_records.py`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..settings import DEFAULT_LANG
from .award_authority import AuthorityReading
from .award_counted_names import counted_names
from .award_elided import elided_count
from .award_form_gates import FormFinding, FormGate
from .award_lists import FollowOnLists, drop_summary_counts, share_award_years, year_spoken_of
from .award_parts import CountKinds, CountReader, OrganisationNames, count_spans, grade_of
from .award_presenters import presenters_told_after
from .award_recipients import RecipientReading
from .award_records import RecordMerging, drop_caption_retellings
from .award_winners import prize_winner
from .award_year_lists import year_list_at, year_lists
from .award_years import AwardYears
from .base import RuleComponent
from .cue_sites import CueSites, DocCueSites, WordScan, plain, start_gated_lower, word_gated_grammar
from .dates import YEAR, date_reader
from .doc_lists import doc_list, text_in
from .doc_sections import SectionReader
from .end_anchored import after_leading_group
from .extensions import doc_meta, text_of
from .lexicon import compile_grammar, load_data, phrase_regex
from .lexicon_models import AwardsData, NumbersData
from .sentence_chars import doc_sentences
from .span_index import span_index
from .tables import TABLE_CELL, Table, is_award_table, table_blocks
from .word_gate import WordGate, lowered

# how far back in its clause a proposal's cue may stand before the award it proposes (characters)
PROPOSAL_REACH = 320


class AwardFinder(
    FormFinding,
    AuthorityReading,
    RecipientReading,
    RecordMerging,
    FollowOnLists,
    AwardYears,
    CountKinds,
    RuleComponent,
):
    """Award records of a document: the forms it names, each with its authority, recipients, count and year."""

    def __init__(self, nlp: Language, name: str = "pr_awards", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "awards", AwardsData)
        self.g = word_gated_grammar(compile_grammar(data.grammar))  # most clauses hold none of a pattern's words
        self.dates = date_reader(lang)
        self.year_digits = re.compile(YEAR)
        self.achieved_pick = False  # set by `clause_year`: whether its date is the achievements' one
        self.forms = [
            (a.type, re.compile("|".join(a.patterns), re.IGNORECASE), a.conferred_by, a.graded) for a in data.awards
        ]
        self.any_award = re.compile("|".join(f"(?:{a.pattern})" for _, a, _, _ in self.forms), re.IGNORECASE)
        # each form and authority searched over the lower-cased clause (lowered once for all of them)
        self.form_scans = [WordScan(regex) for _, regex, _, _ in self.forms]
        # grammar patterns tried per award mention: the words they need tested first
        self.proposed_after_gate = WordGate(self.g.proposed_after)
        self.possessive_gate = WordGate(self.g.issuer_possessive)
        self.possessive_tail = after_leading_group(plain(self.g.issuer_possessive))  # its "'s" at the end
        self.members_gate = WordGate(self.g.members_cue)  # its words include ':', too short for word_gated_grammar
        self.grades = [(g, re.compile("|".join(p), re.IGNORECASE)) for g, p in data.grades.items()]
        self.authorities = [
            (who, WordScan(re.compile("|".join(p), re.IGNORECASE))) for who, p in data.authorities.items()
        ]
        # the words the forms and the authorities need, found once per document: which forms a sentence or
        # clause may hold (searches 0 .. forms - 1), and which authorities a clause may name (the rest)
        for scan in [*self.form_scans, *(scan for _, scan in self.authorities)]:
            start_gated_lower(scan)
        self.cue_sites = CueSites([*self.form_scans, *(scan for _, scan in self.authorities)])
        # each form's other word sets, beside the gate's words
        self.form_gates = [FormGate(scan.lower, scan.gate.words if scan.gate else ()) for scan in self.form_scans]
        self.form_range = range(len(self.form_scans))
        self.verbs = phrase_regex(data.presenting_verbs)
        self.verb_scan = WordScan(self.verbs)  # searched on the clause lowered once
        numbers = load_data(lang, "numbers", NumbersData)
        self.word_numbers = numbers.word_numbers
        self.individual_only = set(data.individual_only)
        self.collective_only = set(data.collective_only)
        self.counts = CountReader(
            self.word_numbers,
            data.collective_words,
            data.individual_words,
            self.g.count_to,
            self.g.count_verb,
            numbers.word_number_joiner,
        )
        self.counts.set_cues(self.g)  # joiner, repeated cue, subject verb, partitive
        self.issuer_titles = data.issuer_titles
        self.level_by_authority = data.level_by_authority
        self.organisations = OrganisationNames(
            data.organisation_heads, data.name_joiners, self.g.recipient_to, self.g.recipient_subject
        )
        self.organisations.article = self.g.article
        self.organisations.list_joiner = self.g.list_joiner
        self.organisations.coordinator = self.g.coordinator
        self.reviewed: tuple[list[dict], int, str | None] | None = None  # `reviewed_period` of the last document
        self.sections = SectionReader(lang)  # the year the title names: the year of undated awards

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
        self.read_follow_on_lists(doc)
        presenters_told_after(doc, self.g.presented_after, self.g.presenter_acts)
        # a caption's retelling goes before the tellings are merged: it may fill more fields than the body's
        drop_caption_retellings(doc, self.g.caption_line)
        self.drop_vague_repeats(doc)
        share_award_years(doc)
        drop_summary_counts(doc)

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
    def clauses(sent: Span, clause_break: re.Pattern[str]) -> list[tuple[int, int]]:
        """Character ranges of the sentence split at semicolons and contrasting clauses (", while")."""
        out, start = [], sent.start_char
        for m in clause_break.finditer(sent.text):
            out.append((start, sent.start_char + m.start()))
            start = sent.start_char + m.end()
        out.append((start, sent.end_char))
        return out

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
        # "received the ISSA Good Practice Award": the body an award's own name holds gives it, never receives it
        units = [u for u in units if not any(start + s <= u.start_char < start + e for s, e, *_ in mentions)]
        opening = self.g.opening_phrase.match(text)
        if opening:  # "At the X Forum, Y received ...": the scene's bodies receive nothing
            units = [u for u in units if u.start_char >= start + opening.end()]
        people = span_index(doc, "people").within_chars(start, end)
        verb = self.verb_scan.search_lowered(text, low)
        active_presenter = None
        if verb:
            before_verb = [p for p in people if p.end_char <= start + verb.start()]
            # a passive: an auxiliary before the verb, or the verb phrase itself passive (a pack's "được tặng")
            passive = self.g.passive_before_verb.search(text[: verb.start()]) or self.g.honoured_passive.match(
                text[verb.start() :]
            )
            reported = self.g.reported_before_verb.search(text[: verb.start()])
            if before_verb and not passive and not reported:
                active_presenter = text_in(doc, before_verb[0])
        if active_presenter is None and not people and carried and self.g.passive_award.search(text):
            active_presenter = carried  # "X presented A to ... . B was also conferred on ...": the same hands
        # "The VSS Director also presented ...": the person the document gave that title, and the title's authority
        titled = self.titled_subject(doc, text[: verb.start()]) if verb and not people else None
        if titled is not None:
            active_presenter = active_presenter or titled[1]
        presenters = [text_in(doc, p) for p in people]
        # the authorities whose words the clause holds (by their place in `self.authorities`), when known
        first = len(self.form_range)
        authorities_here = None if forms is None else {k - first for k in forms if k >= first}
        shared: str | None = None
        by_pronoun: str | None = None  # the person a pronoun made the last mention's recipient
        # "The list of her awards:\n- 2014: Certificate of Merit ...": the item's own year, and her awards
        lists = year_lists(doc, self.g.year_list_item, self.g.list_owner_pronoun)
        for k, (s, e, award_type, default_authority, graded) in enumerate(mentions):
            presenter = active_presenter if verb is None or s >= verb.start() or carried else None
            in_list = year_list_at(lists, start + s) if lists else None
            prev_end = mentions[k - 1][1] if k else 0
            nxt = mentions[k + 1][0] if k + 1 < len(mentions) else len(text)
            after = text[e:nxt]
            nxt_in_sent = start - sent.start_char + nxt if k + 1 < len(mentions) else None
            proposed = bool(
                # "propose ... to award A to X and B to Y"; the cue may stand a long list of recipients back
                # ("propose that the Director recognise 7 collectives, including A and B, as ... and confer ...")
                self.g.proposed.search(text[max(0, s - PROPOSAL_REACH) : s])
                or (
                    self.proposed_after_gate.may_match(after)
                    and self.g.proposed_after.match(after)
                    # "X was awarded ..., which was proposed ...": given already
                    and not self.g.passive_award.search(text[prev_end:s])
                )
            )
            # "propose the Minister of Finance to award A to X and B to Y": B is the Minister's too
            own = self.conferred_by(text, s, e, presenters, authorities_here, low) or (titled[0] if titled else None)
            if own is None and verb is not None and self.g.own_award_before.search(text, prev_end, s):
                givers = [u for u in units if u.end_char <= start + verb.start()]
                own = text_in(doc, givers[0]) if givers else None  # "X also gave its own Certificate ... to Y"
            if (
                default_authority
                and default_authority.lower() in text[s:e].lower()
                and not self.g.delegation.search(text)
            ):
                # "proposed that the Prime Minister award the Government Emulation Flag": the form names whose it
                # is ("Authorized by the Prime Minister, ..." still names the one acted for)
                own = default_authority
            authority = own or shared or default_authority
            shared = own or shared
            award_type = self.level_by_authority.get(authority or "", {}).get(award_type, award_type)
            base = {
                "award_type": award_type,
                "grade": grade_of(text, s, e, self.grades, self.g.grade_window) if graded else None,
                "conferred_by": authority,
                "presented_by": presenter,
                "year": (
                    achieved := (
                        self.listed_year(text_of(doc), start + s, start + nxt)
                        if in_list
                        else self.clause_year(
                            sent.text, start - sent.start_char + s, start - sent.start_char + e, nxt_in_sent
                        )
                    )
                )
                or self.reviewed_period(doc)
                or self.past_period(doc, start + s)
                or year_spoken_of(doc, sent.text, self.g.this_year_achievement)
                or self.sections.of_doc(doc).title_year  # "Cluster No. 4 scores its members for 2025"
                or (self.sections.of_doc(doc).plan_year if proposed else None),  # a plan's proposals: its year
                "status": "proposed" if proposed else "conferred",
                "evidence": {"start": start + s, "end": start + e, "text": text[s:e]},
                # "for his achievements in the period 2013-2022": that telling's year beats a decision's date
                "_achieved": bool(achieved) and not in_list and self.achieved_pick,
            }
            found = self.fit_kind(award_type, self.count_groups(after, text[prev_end:s]))
            if found:  # the numbers that counted the recipients: the figures component leaves them
                claims = count_spans(text, prev_end, nxt, {g.value for g in found})
                (doc_meta(doc) or doc._.meta).setdefault("award_counts", []).extend(
                    (start + a, start + b) for a, b in claims
                )
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
            counted: list[tuple[str, str]] = []
            if found and not named:  # "Three officials received ...: Mr. A, ...; Ms. B, ...; and Mr. C": the three
                list_end = start + nxt if k + 1 < len(mentions) else sent.end_char
                named = counted = counted_names(doc, found, start + e, list_end, self.g.counted_name_before)
                named_kinds = {kind for _, kind in named}
            for group in found:
                if group.kind not in named_kinds:
                    self.add(doc, base, None, group.kind, group.value)
            for name, kind in named:
                if award_type in self.individual_only and kind == "collective":
                    continue  # a title for people only: the units in the list are where they work
                self.add(doc, base, name, kind, None)
            if found and (not named or counted):
                # "... to A and two other officials": A beside the count, not in it
                for name, kind in self.names_beside_count(doc, units, people, start + e, after):
                    self.add(doc, base, name, kind, None)
            if found or named:
                continue
            elided = elided_count(doc, self.counts, self.g.elided_count_before, text[prev_end:s], start)
            if elided:  # "two individuals won second prizes and three won third prizes": three individuals
                self.add(doc, base, None, elided[1], elided[0])
                continue
            number = self.counts.own(text[prev_end:s])
            if number:
                self.add(doc, base, None, self.kind_by_form(award_type) or self.kind_after(after), number)
                continue
            # "Mr. A, Director of X, presented her with ...": the presenter named in the clause is no recipient
            by_presenter = presenter if people and all(text_in(doc, p) == presenter for p in people) else None
            pronoun_at = None if people and by_presenter is None else text[prev_end:s]
            named_by_pronoun = self.pronoun_recipient(doc, start, pronoun_at, by_presenter) if pronoun_at else None
            if named_by_pronoun is None and by_pronoun and not self.verbs.search(text[prev_end:s]):
                named_by_pronoun = by_pronoun  # "she received A in 2010 and B in 2012": B is hers too
            by_pronoun = named_by_pronoun
            if named_by_pronoun:  # "In recognition, she received a Certificate ...": the person named before
                self.add(doc, base, named_by_pronoun, "individual", None)
                continue
            got = self.recipients_of(doc, text, start, s, e, nxt, units, people, award_type, presenter)
            if not got:  # "The first-prize winner received ...": the one the prize went to
                got = prize_winner(doc, self.g.prize_winner_before, text[prev_end:s])
            if not got and in_list and in_list.owner:
                got = [(in_list.owner, "individual")]
            for name, kind in got:
                self.add(doc, base, name, kind, None)
        return active_presenter
