"""Whose figure it is: the office, region, cluster or sector body a figure is about.

The clause's own subject first, then the sector body named last before the
number in its sentence, a place standing for its office, "the department" /
"the region" for the body of that kind named before, and else the unit the
document is mostly about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from types import SimpleNamespace

from spacy.tokens import Doc

from .doc_lists import doc_list
from .extensions import place_tokens, text_of
from .figure_named_owners import former_area, in_closed_brackets, place_in_clause
from .figure_scan import Candidate, Sentence
from .figure_subject import DocumentSubject
from .figure_units import OFFICE_KINDS, SCOPE_KINDS, UnitMention, told_by
from .phrase_cues import PhraseCues
from .quoted import FirstUnquoted
from .regex_start import cue_scan, search_slice

SENTENCE_END = re.compile(r"[.!?]\s+")
# a round-up item's heading: a short label at the start of a line, before a colon ("BEN TRE: ...")
ITEM_LABEL_CHARS = 40
ITEM_HEADING = re.compile(rf"^([^\W\d_][^\n:]{{1,{ITEM_LABEL_CHARS}}}):[ \t]+\S", re.MULTILINE)
PLACE_LABEL = re.compile(r"[^\W\d_]+(?:[ -]+[^\W\d_]+){0,3}")  # a label of a few words only, as a place's name is

MERGED_CITY_CHARS = 12  # how far before a city's name the words saying it is the merged one may start


@dataclass(slots=True)
class DocPlaces:
    """A document's place tokens (`extensions.place_tokens`): their indexes, character offsets and
    canonical names, in token order, so a sentence's places are found by bisection and a place's
    offset is read once per document rather than once per number."""

    doc: Doc
    tokens: list[int]
    offsets: list[int]
    names: list[str]


class FigureScope(DocumentSubject):
    def __init__(
        self,
        g: SimpleNamespace,
        scope_offices_only: bool,
        place_means_office: bool,
        paragraph_sector: PhraseCues | None,
        sector_unit: str,
    ) -> None:
        self.g = g
        self.scope_offices_only = scope_offices_only
        self.place_means_office = place_means_office
        self.paragraph_sector = paragraph_sector
        # the first sector-wide word of a paragraph outside quotes, found once per paragraph
        self.sector_before = (
            FirstUnquoted(paragraph_sector.pattern, g.ranking_before, g.other_network_after)
            if paragraph_sector is not None
            else None
        )
        # the paragraph asked about last, and whether it holds a sector-wide phrase at all (most hold none:
        # then it is not searched for one)
        self.paragraph_holds: tuple[str, int, bool] | None = None
        self.sector_unit = sector_unit
        self.own_subject = cue_scan(g.own_subject)
        self.places: DocPlaces | None = None  # searched in the sentence's text, lower-cased once
        # the document's units in order of their start, when they are (read once per document)
        self.units_read: list[UnitMention] | None = None
        self.unit_starts: list[int] | None = None
        self.items: tuple[Doc | None, list[int]] = (None, [])  # the last document's round-up items (`items_of`)

    def scope_of(
        self, doc: Doc, sent: Sentence, cand: Candidate, units: list[UnitMention], main_unit: str | None
    ) -> str | None:
        scope_kinds = OFFICE_KINDS + ("agency",) if self.scope_offices_only else SCOPE_KINDS
        text = text_of(doc)
        item = self.item_of(doc, units, sent.start_char) if self.items_of(doc) else None
        if item is not None:
            # a round-up's item ("HA GIANG: ..."): its own office, never the one another item is about
            main_unit, units = item
        places = self.places_of(doc)
        former = former_area(self.g, text, places.offsets, places.names, cand.end, sent.end_char)
        if former is not None:
            return former  # "94.1% in the former B area": the former province's office (DOMAIN.md)
        in_sent = self.units_before(units, sent.start, cand.start)
        s, e = cand.start - sent.start_char, cand.end - sent.start_char  # in the sentence's text
        boundaries = [m.end() for m in self.g.clause_break.finditer(sent.text, 0, s)]
        if boundaries:
            clause_start = sent.start_char + boundaries[-1]
            in_clause = [u for u in in_sent if u.start_char >= clause_start]
            if in_clause:  # the clause's subject: "..., while Cao Bang Social Security led the cluster in ..."
                in_sent = in_clause[:1]
            elif search_slice(self.own_subject, sent.text, boundaries[-1], s) is not None or (
                self.place_means_office and place_in_clause(self.places_of(doc).offsets, clause_start, cand.start)
            ):  # "...; toàn Cụm có 98,6% ...", "..., while B aims for 95%": the clause's own subject, no office before
                in_sent = []
            else:
                # "The People's Committee assigned the office ...; coverage reached ...": a body outside
                # the sector in another clause is not whose figure it is
                in_sent = [u for u in in_sent if u.label_ in scope_kinds]
        if any(u.label_ in scope_kinds for u in in_sent) or self.scope_offices_only:
            in_sent = [u for u in in_sent if u.label_ in scope_kinds]
        # a sentence without the words an own subject needs has none before or after any number in it
        subjects = not self.own_subject_absent(sent.text)
        own = list(self.own_subject.finditer(sent.text, 0, s)) if subjects else []
        places_from = sent.start_char + own[-1].end() if own else sent.start_char
        # "Director of X, reported that his office had ...", "... 1,100 officials and employees of her
        # agency": the speaker's office, named as the speaker's title before
        after = search_slice(self.own_subject, sent.text, e, min(len(sent.text), e + 80)) if subjects else None
        speaker_before = bool(own and own[-1].groupdict().get("speaker"))
        if own and self.named_label(own[-1]) == "cluster":
            # "Director of X, reported that in 2024 the whole cluster had ...": the cluster the clause
            # names as its subject, nearer the number than the speaker's office
            in_sent = [u for u in in_sent if u.start_char >= places_from]
        if speaker_before or (after is not None and after.groupdict().get("speaker")):
            spoken = [u for u in in_sent if self.sector_body(u)]
            if speaker_before:
                spoken = [u for u in spoken if u.start_char < sent.start_char + own[-1].start()]
            if spoken:
                return spoken[-1].unit
        for u in reversed(in_sent):
            at = u.start_char
            if text[max(0, at - 2) : at].strip() == "(":  # "assigned by Vietnam Social Security (VSS)": an
                # abbreviation in brackets takes the role of the name it repeats
                at = next((v.start_char for v in in_sent if 0 <= at - v.end_char <= 2), at)
            before = text[max(sent.start_char, at - 30) : at]
            if self.g.not_scope_before.search(before.lower()[-15:]) and not told_by(u, self.g, text, cand.start):
                continue
            if self.g.assigner_after.match(text[u.end_char : cand.start]):
                continue  # "The People's Committee assigned us 26% ...": the assigner's is not the figure
            if self.g.directed_before.search(text, max(sent.start_char, u.start_char - 90), u.start_char):
                continue  # "... chỉ đạo BHXH cơ sở A và BHXH cơ sở B ... chi trả ...": offices directed, not the doer
            if self.g.merged_before.search(text, max(sent.start_char, u.start_char - 90), u.start_char):
                continue  # "X ... trên cơ sở hợp nhất A và B, hiện có ...": the merged offices are X now
            if u.label_ not in SCOPE_KINDS and (self.g.adjunct_before.search(before) or u.end_char <= places_from):
                continue  # "Under the People's Committee's plan, ...", "With the post office, the office ..."
            if (u.label_ not in OFFICE_KINDS and self.g.adjunct_before.search(before)) or self.g.partner_before.search(
                text, max(sent.start_char, u.start_char - 120), u.start_char
            ):
                continue  # "According to the IT Centre, ...", "working with the police and the Department of X"
            return u.unit
        if not in_sent and not own and self.g.anaphor_after.match(sent.text, e):
            # "Of the 7,920 pensioners it manages, 52.6 per cent ...": the body the paragraph named last
            body = self.paragraph_body(text, units, sent.start_char)
            if body:
                return body
        paragraph_start = text.rfind("\n", 0, sent.start_char) + 1
        if self.sector_before is not None and self.sector_paragraph(text, paragraph_start, cand.start):
            return self.sector_unit  # "cả nước có ...": the whole system's figure, whatever office the article is from
        place: str | None = None
        names: set[str] | None = None  # the units' names, gathered at the first place that asks
        places = self.places_of(doc)
        for k in range(bisect_left(places.tokens, sent.start), bisect_left(places.tokens, sent.end)):
            i, idx, name = places.tokens[k], places.offsets[k], places.names[k]
            if idx >= cand.start:
                break
            if (
                idx >= places_from
                and not any(u.start <= i < u.end for u in units)
                and not in_closed_brackets(text, sent.start_char, idx, cand.start)
            ):
                office = f"{name} Social Security"
                if not self.place_means_office and names is None:
                    names = {u.unit for u in units}
                if self.place_means_office or office in (names or ()):
                    place = name  # the last place before the number: "Compared with A, where ..., B reached"
        if place:
            return f"{place} Social Security"
        if not own and self.g.opening_pronoun.match(sent.text):
            # "Thanh Hoa led the ranking. It reported ...": the office or place the sentence before opens with
            return self.subject_before(doc, units, sent.start_char) or main_unit
        if not own and self.g.place_anaphor.search(sent.text, 0, s):
            return self.paragraph_body(text, units, sent.start_char) or main_unit  # "coverage in the province"
        if own:
            # "Near Dong Nai province, the office ...", "the department collected ...": the body the
            # text is about, not a place named on the way
            label = self.named_label(own[-1])
            if label == "head":
                # "the hospital received 186,420 visits": the last body named with that head noun
                head = own[-1].group("head").lower()
                named = [u for u in units if u.start_char < sent.start_char + s and u.unit.lower().endswith(head)]
                return named[-1].unit if named else main_unit
            if label == "anaphor":
                return self.paragraph_body(text, units, sent.start_char) or main_unit
            if label == "first_body":
                # "the agency": the sector body the document opens with, the sector's agency too
                first = next((u for u in units if u.start_char < sent.start_char and self.sector_body(u)), None)
                return first.unit if first is not None else main_unit
            return self.referent(label, units, sent.start_char) or main_unit
        if not in_sent and doc_list(doc, "figures") and self.g.same_measure_before.search(sent.text, 0, s):
            # "Toàn tỉnh X hiện có 132.900 người ... Mục tiêu đến hết năm là 140.000 người": the measure of the
            # figure before, and its unit too
            return doc_list(doc, "figures")[-1]["scope"] or main_unit
        return main_unit

    def sector_paragraph(self, text: str, paragraph_start: int, end: int) -> bool:
        """Whether the paragraph from `paragraph_start` names the whole sector outside quotes before
        `end` (`FirstUnquoted`), asked only of a paragraph that holds one of the phrases anywhere (a
        match on word boundaries is an occurrence: told by `in` tests, once per paragraph)."""
        kept = self.paragraph_holds
        if kept is None or kept[0] is not text or kept[1] != paragraph_start:
            paragraph_end = text.find("\n", paragraph_start)
            paragraph = text[paragraph_start : len(text) if paragraph_end < 0 else paragraph_end]
            holds = self.paragraph_sector is not None and not self.paragraph_sector.absent_from(paragraph)
            kept = self.paragraph_holds = (text, paragraph_start, holds)
        return kept[2] and self.sector_before is not None and self.sector_before.before(text, paragraph_start, end)

    def paragraph_body(self, text: str, units: list[UnitMention], before: int) -> str | None:
        """The sector office its paragraph names last before `before` (a sentence's start)."""
        paragraph_start = text.rfind("\n", 0, before) + 1
        named = [u for u in units if paragraph_start <= u.start_char < before and u.label_ in OFFICE_KINDS]
        return named[-1].unit if named else None

    def subject_before(self, doc: Doc, units: list[UnitMention], before: int) -> str | None:
        """The office the sentence ending at `before` opens with, by name or by its place (where the pack
        says a place means its office): what a sentence-initial "it" stands for."""
        text = text_of(doc)
        paragraph_start = text.rfind("\n", 0, before) + 1
        ends = [m.end() for m in SENTENCE_END.finditer(text, paragraph_start, max(paragraph_start, before - 2))]
        start = ends[-1] if ends else paragraph_start
        opening = doc.char_span(start, min(before, start + 60), alignment_mode="expand")
        if opening is None:
            return None
        first = opening.start + (opening[0].is_stop and opening[0].is_title)  # "The X office ..."
        unit = next((u for u in units if u.start == first and u.label_ in OFFICE_KINDS), None)
        if unit is not None:
            return unit.unit
        places = self.places_of(doc)
        k = bisect_left(places.tokens, first)
        if self.place_means_office and k < len(places.tokens) and places.tokens[k] == first:
            return f"{places.names[k]} Social Security"
        return None

    def item_of(self, doc: Doc, units: list[UnitMention], at: int) -> tuple[str, list[UnitMention]] | None:
        """In a round-up of items, each under a heading that opens with its place in capitals ("BEN TRE:
        collection at 72.6%"), the item holding character `at`: the office it is about (the first it
        names, else its heading's place) and the units named in it. None outside such a document."""
        items = self.items_of(doc)
        k = bisect_left(items, at + 1) - 1
        if k < 0:
            return None
        start = items[k]
        end = items[k + 1] if k + 1 < len(items) else len(text_of(doc))
        inside = [u for u in units if start <= u.start_char < end]
        office = next((u.unit for u in inside if u.label_ in OFFICE_KINDS and u.start_char < at), None)
        if office is None:
            places = self.places_of(doc)
            j = bisect_left(places.offsets, start)
            if j < len(places.offsets) and places.offsets[j] < start + ITEM_LABEL_CHARS:
                office = f"{places.names[j]} Social Security"
        return (office, inside) if office is not None else None

    def items_of(self, doc: Doc) -> list[int]:
        """Where the items of a round-up start: lines opening with a label in capitals and a colon, at
        least two of them (read once per document; empty for most)."""
        if self.items[0] is not doc:
            text = text_of(doc)
            starts = (
                [m.start() for m in ITEM_HEADING.finditer(text) if self.item_heading(doc, text, m)]
                if ":" in text
                else []
            )
            self.items = (doc, starts if len(starts) >= 2 else [])
        return self.items[1]

    def respective(
        self, doc: Doc, sent: Sentence, text: str, cands: list[Candidate], units: list[UnitMention]
    ) -> dict[int, str]:
        """ "Quang Ninh and Phu Tho had coverage of 96.1 and 93.8 per cent respectively": the numbers
        before "respectively" (index in `cands`) each the office of the body or place the sentence lists,
        joined by "and" or commas, in their order, when the list is as long as the numbers."""
        m = self.g.respectively.search(text) if len(cands) >= 2 else None  # a list needs two numbers
        if m is None:
            return {}
        numbers = [i for i, c in enumerate(cands) if c.end - sent.start_char <= m.start()]
        if len(numbers) < 2:
            return {}
        first = cands[numbers[0]].start
        named = [
            (u.start_char, u.end_char, u.unit)
            for u in self.units_before(units, sent.start, first)
            if u.label_ in SCOPE_KINDS
        ]
        if self.place_means_office:
            places = self.places_of(doc)
            for k in range(bisect_left(places.tokens, sent.start), bisect_left(places.tokens, sent.end)):
                i, off = places.tokens[k], places.offsets[k]
                if off < first and not any(u.start <= i < u.end for u in units):
                    named.append((off, off + len(doc[i].text), f"{places.names[k]} Social Security"))
            named.sort()
        body_text = text_of(doc)
        listed: list[tuple[int, int, str]] = []
        for body in named:  # the last run of bodies joined by "and" or commas
            if listed and self.g.respective_join.fullmatch(body_text, listed[-1][1], body[0]):
                listed.append(body)
            else:
                listed = [body]
        if len(listed) != len(numbers) or len({unit for _, _, unit in listed}) != len(listed):
            return {}
        return {i: unit for i, (_, _, unit) in zip(numbers, listed)}

    def province_city(self, doc: Doc, district: str, start: int, end: int) -> bool:
        """Whether the "X city" the district reading named between document offsets `start` and `end` is
        a merged province-level city ("in the new Da Nang city", `merged_city_before`): the province's own
        area, no district office."""
        places = self.places_of(doc)
        text = text_of(doc)
        for k in range(bisect_left(places.offsets, start), bisect_left(places.offsets, end)):
            off = places.offsets[k]
            if district.startswith(f"{places.names[k]} City ") and self.g.merged_city_before.search(
                text, max(0, off - MERGED_CITY_CHARS), off
            ):
                return True
        return False

    def item_heading(self, doc: Doc, text: str, m: re.Match) -> bool:
        """Whether a label before a colon heads an item: in capitals, over a dateline, or a place's name alone."""
        return m.group(1).isupper() or self.dated(text, m.end()) or self.place_label(doc, m)

    def place_label(self, doc: Doc, m: re.Match) -> bool:
        """Whether a heading is a place's name alone ("Hà Giang: ..."): a bulletin's item, whatever its case."""
        places = self.places_of(doc)
        k = bisect_left(places.offsets, m.start(1))
        return k < len(places.offsets) and places.offsets[k] == m.start(1) and bool(PLACE_LABEL.fullmatch(m.group(1)))

    def dated(self, text: str, inside_heading: int) -> bool:
        """Whether the line after the heading line holding `inside_heading` opens with a dateline: then
        the heading ("Hue: a new office opens") heads one item of a news-in-brief page, whatever its case."""
        line_end = text.find("\n", inside_heading)
        return line_end >= 0 and self.g.item_dateline.match(text, line_end + 1) is not None

    def own_subject_absent(self, sentence: str) -> bool:
        """Whether a sentence lacks the words an own subject needs: then it has none before or after
        any number in it (told once per sentence, either way)."""
        return self.own_subject.absent_from(sentence)

    def units_before(self, units: list[UnitMention], first_token: int, end_char: int) -> list[UnitMention]:
        """The units from token `first_token` on that end by character `end_char`, in their order. Units
        in order of their start (as a document's are) are found by bisection, the scan stopping at the
        first unit that starts after `end_char` (it and every later one end after it)."""
        if self.units_read is not units:
            self.units_read, self.unit_starts = units, None
            starts, chars = [u.start for u in units], [u.start_char for u in units]
            if all(a <= b for a, b in zip(starts, starts[1:])) and all(a <= b for a, b in zip(chars, chars[1:])):
                self.unit_starts = starts
        if self.unit_starts is None:
            return [u for u in units if u.start >= first_token and u.end_char <= end_char]
        out = []
        for k in range(bisect_left(self.unit_starts, first_token), len(units)):
            u = units[k]
            if u.start_char > end_char:
                break
            if u.end_char <= end_char:
                out.append(u)
        return out

    def places_of(self, doc: Doc) -> DocPlaces:
        """The document's places, read once per document (the last document's are kept)."""
        if self.places is None or self.places.doc is not doc:
            found = place_tokens(doc)  # in token order
            tokens = sorted(found)
            self.places = DocPlaces(doc, tokens, [doc[i].idx for i in tokens], [found[i] for i in tokens])
        return self.places

    @staticmethod
    def named_label(m: re.Match) -> str | None:
        """The kind of body an own subject names ("the department", "the region"): its named group."""
        return next((label for label, text in m.groupdict().items() if text), None)

    def sector_body(self, u: UnitMention) -> bool:
        """A body of the sector: an office, the agency, a department, or a body filed as "other"
        whose name says it is the sector's ("the Social Insurance of the Ministry of ...")."""
        return u.label_ in SCOPE_KINDS or (u.label_ == "other" and bool(self.g.sector_body_name.search(u.unit)))

    def referent(self, label: str | None, units: list[UnitMention], before: int) -> str | None:
        """The body "the department" (the last sector department named before; likewise "the
        region", "the cluster") or "the unit", "its", "we" (the sector body the document opens
        with) stands for."""
        earlier = [u for u in units if u.start_char < before and self.sector_body(u)]
        if label:
            named = [u for u in earlier if u.label_ == label]
            if named:
                return named[-1].unit
        bodies = [u for u in earlier if u.label_ != "agency"] or earlier
        return bodies[0].unit if bodies else None
