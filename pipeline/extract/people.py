"""People: Vietnamese names of any length, their titles on either side, credits.

A name is a family name from the lexicon followed by 1-4 capitalised
Vietnamese syllables (`lexicon.is_syllable`), so "Dang Thi Ngoc Thinh" is
read whole and "VSS Management Council Dinh" is never a name. Titles are
comma/"and"-separated segments next to the name that contain a position
word ("Deputy Minister of Finance"), read outwards until a segment is not a
title (`person_titles.py`). Bylines, photo credits, translators and signers come
from their cue words and name lines (`person_credits.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import TOP_LOCAL_OFFICES
from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .doc_subject import most_named
from .doc_words import DocWords, WordFacts, hyphen_joined
from .extensions import text_of
from .lexicon import compile_grammar, fold, is_syllable, load_data
from .lexicon_models import DatesData, PeopleData
from .person_brackets import bracketed_roles
from .person_credits import PersonCredits
from .person_owner import owned_units
from .person_roles import appointed_posts, lower_case_roles, pronoun_titles, titles_before_name, units_after_names
from .person_tables import TablePeople
from .person_titles import PersonTitles
from .regex_start import WholeTextGate
from .span_index import span_index
from .text_scan import openings

ETHNIC_PREFIX = re.compile(r"^[HY]['’][A-Z]\w+$")
OPENS_NAME = 1
"""A word kind: a name can start with the word (a family name in title case, "H'Mai")."""
NOT_AFTER_NAME = 2
"""A word kind: the word closes a place name, never a person's ("district", "City")."""
SYLLABLE = 1
"""A word trait: it could be one Vietnamese syllable (`lexicon.is_syllable`)."""
FAMILY_NAME = 2
"""A word trait: accents folded, it is a family name of the lexicon."""
WORDS_KEY = ("pr_people", "words")
PLACE_LIST_REACH = 80
"""How far before a name the words opening a list of places it belongs to are looked for."""
"""Where `process` keeps the Doc's word table in `doc.user_data` while it runs."""


class PeopleFinder(PersonTitles, PersonCredits, RuleComponent):
    """The people component: reads names in running text and makes the records; its parts read the
    titles beside a name (`PersonTitles`) and the credits and signers (`PersonCredits`)."""

    def __init__(self, nlp: Language, name: str = "pr_people", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "people", PeopleData)
        self.g = compile_grammar(data.grammar)
        self.pronoun_gate = WholeTextGate(self.g.pronoun_title)  # whether a pronoun's title may be there, per document
        self.ministry_name = data.ministry_name
        self.surnames = {fold(s) for s in data.surnames}
        self.honorifics = set(data.honorifics)
        self.heads = {w for h in data.title_heads for w in h.split()}
        self.modifiers = set(data.title_modifiers)
        # a line that is a title alone, in any case ("KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC"): a signer's
        self.title_words = [*data.title_heads, *data.title_modifiers]
        self.table_people = TablePeople(data.table_columns, data.table_title_joiner)  # "STT | Họ và tên | Chức vụ"
        # a title opening a credit's words makes them a caption ("Ảnh: Tổng Giám đốc X ..."), whole words only
        self.title_openings = tuple(f"{w} " for w in self.title_words if w[:1].isupper())
        alt = "|".join(sorted(map(re.escape, data.title_heads + data.ranks), key=len, reverse=True))
        mods = "|".join(sorted(map(re.escape, data.title_modifiers), key=len, reverse=True)) or "(?!)"
        self.title_line = re.compile(
            rf"^\s*(?:[A-Z]{{1,3}}\.\s*)?(?P<title>(?:(?:{mods})\s+)*(?:{alt}))\s*$", re.IGNORECASE
        )
        self.implied_units = data.implied_units
        self.implied_title = data.implied_title
        self.appointed_title = data.appointed_title
        # month names are capitalised but never part of a name (from dates.yml, their one home)
        self.not_name = set(data.not_name_words) | {forms[0] for forms in load_data(lang, "dates", DatesData).months}
        self.compound_heads = {head: set(seconds) for head, seconds in data.compound_heads.items()}
        self.not_after = {w.lower() for w in data.not_after_name}
        self.place_before = {w.lower() for w in data.place_before_name}
        self.facts = WordFacts(nlp.vocab, self.kind_of, self.traits_of)
        self.ethnic_markers = set(data.ethnic_given_markers)
        self.title_glue = set(data.title_glue)
        self.number_abbreviation = data.number_abbreviation
        self.separators = set(data.title_separators)
        self.title_openers = set(data.title_openers)
        self.articles = set(data.articles)
        self.as_words = set(data.as_words)
        self.trim_start = tuple(data.title_trim_start)
        self.trim_end = tuple(data.title_trim_end)
        self.title_org_words = tuple(data.title_org_words)
        # each credit regex with the openings of its cue words: every match starts with one of them
        self.credit_roles = set(data.credits)
        self.credit_res = [
            (role, self.credit_regex(cues, data.grammar.credit_joiner), openings(cues))
            for role, cues in data.credits.items()
            if cues
        ]

    def process(self, doc: Doc) -> None:
        user_data: Any = doc.user_data
        user_data[WORDS_KEY] = DocWords(doc, self.facts)
        try:
            self.set_annotations(doc, list(self.match(doc)))
        finally:
            del user_data[WORDS_KEY]

    def words(self, doc: Doc) -> DocWords:
        """The Doc's word table, read once per `process` (built afresh for a call from outside)."""
        user_data: Any = doc.user_data
        words = user_data.get(WORDS_KEY)
        return words if words is not None else DocWords(doc, self.facts)

    # -- names -------------------------------------------------------------------

    def match(self, doc: Doc) -> Iterator[Span]:
        w = self.words(doc)
        unit_tokens = {i for s in span_index(doc, "units").spans for i in range(s.start, s.end)}
        found: list[tuple[int, int]] = []
        end = 0
        for i in self.name_starts(doc):  # only where a name can start: a Python call per token costs more
            if i < end:
                continue
            span = self.name_range(w, i, unit_tokens)
            if span is not None:
                found.append(span)
                end = span[1]
        if found:
            places = self.names_used_as_places(doc)
            found = [
                (s, e)
                for s, e in found
                if w.span_text(s, e) not in places
                and not (s > 0 and w.words[s - 1].lower in self.place_before)
                and not self.in_place_list(doc, s)
                and not self.dateline_place(w.text, w.start_char(s), w.end_char(e - 1))
            ]
        names = [Span(doc, s, e) for s, e in found]
        taken = {i for s, e in found for i in range(s, e)} | unit_tokens
        names.extend(self.model_names(doc, taken))
        yield from sorted(names, key=lambda s: s.start)

    def in_place_list(self, doc: Doc, s: int) -> bool:
        """ "remote districts such as Tuong Duong and Ky Son": a name inside a list of places is a place.
        Asked only of the names found, on the few characters before each."""
        at = doc[s].idx
        return self.g.place_list_before.search(text_of(doc), max(0, at - PLACE_LIST_REACH), at) is not None

    def dateline_place(self, text: str, start: int, end: int) -> bool:
        """ "Phan Thiet, June 9, 2024 - ...": a name opening a line and followed by a day is the place the story
        was filed from (a city the gazetteer of provinces does not know)."""
        return (start == 0 or text[start - 1] == "\n") and self.g.dateline_after.match(text, end) is not None

    def name_starts(self, doc: Doc) -> list[int]:
        """Token offsets whose word could open a name (`name_at` is None everywhere else): a
        family name in title case, or an ethnic given name ("H'Mai"). Decided once per distinct
        word (kept by its id for the next documents)."""
        return [i for i, kind in self.word_kinds(doc) if kind & OPENS_NAME]

    def word_kinds(self, doc: Doc) -> list[tuple[int, int]]:
        """(offset, kind) of the tokens that could open a name or close a place name ("Kim Boi
        district"), kind a mask of `OPENS_NAME` and `NOT_AFTER_NAME`; every other token is none.
        Each word's kind is worked out once for all documents (`WordFacts`)."""
        return self.words(doc).marked()

    def kind_of(self, text: str, lower: str) -> int:
        """A word's kind (`word_kinds`)."""
        return (OPENS_NAME if self.may_open_name(text) else 0) | (NOT_AFTER_NAME if lower in self.not_after else 0)

    def traits_of(self, text: str) -> int:
        """A word's `SYLLABLE` and `FAMILY_NAME` answers, kept with its facts. A word never in a name
        opens none, though it folds to a family name ("Tổ" of "Tổ Quản lý thu" is not "Tô")."""
        family = fold(text) in self.surnames and text not in self.not_name
        return (SYLLABLE if is_syllable(text) else 0) | (FAMILY_NAME if family else 0)

    def may_open_name(self, text: str) -> bool:
        return bool(ETHNIC_PREFIX.match(text)) or (
            text.istitle() and fold(text) in self.surnames and text not in self.not_name
        )

    def names_used_as_places(self, doc: Doc) -> set[str]:
        """ "Kim Boi district" anywhere in the document: "Kim Boi" is a place in all of it (a headline too)."""
        w = self.words(doc)
        out = set()
        for at, kind in self.word_kinds(doc):
            if kind & NOT_AFTER_NAME and at >= 2:
                start = at
                while start > 0 and at - start < 4 and w.words[start - 1].is_title:
                    start -= 1
                for i in range(start, at - 1):
                    out.add(w.span_text(i, at))
        return out

    def model_names(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Where the statistical model runs (default profile), its PERSON entities add
        names the Vietnamese-name rules cannot know (foreign experts, delegates), but
        only where the text itself marks a person: an honorific or a title beside it.
        On this domain the model's other entities are mostly wrong (provinces as
        PERSON, award names as ORG), so nothing else is taken from it."""
        out: list[Span] = []
        ents = doc.ents
        if not ents:
            return out
        w = self.words(doc)
        for ent in ents:
            if ent.label_ != "PERSON" or len(ent) < 2 or len(ent) > 4:
                continue
            if any(i in taken or i in w.places for i in range(ent.start, ent.end)):
                continue
            if not all(w.words[i].is_title for i in range(ent.start, ent.end)):
                continue
            before = w.words[max(0, ent.start - 1)].text
            titled_after = (
                ent.end + 1 < w.n
                and w.words[ent.end].text == ","
                and (w.words[ent.end + 1].text in self.heads or w.words[ent.end + 1].text in self.modifiers)
            )
            if before in self.honorifics or before in self.heads or titled_after:
                out.append(ent)
        return out

    def name_at(self, doc: Doc, i: int, unit_tokens: set[int]) -> Span | None:
        found = self.name_range(self.words(doc), i, unit_tokens)
        return doc[found[0] : found[1]] if found else None

    def name_range(self, w: DocWords, i: int, unit_tokens: set[int]) -> tuple[int, int] | None:
        """(start, end) of the name that starts at token i, if one does."""
        tok = w.words[i]
        if ETHNIC_PREFIX.match(tok.text) and i not in unit_tokens:
            return self.ethnic_name_at(w, i, unit_tokens)
        if not tok.is_title or not tok.traits & FAMILY_NAME or i in w.places or i in unit_tokens:
            return None
        if i > 0:
            prev = w.words[i - 1]
            if (
                prev.is_title
                and prev.traits & SYLLABLE
                and prev.text not in self.not_name
                and prev.text not in self.honorifics
                and i - 1 not in w.sentence_starts
                and i - 1 not in unit_tokens
            ):
                return None  # inside a longer capitalised run we did not start at
        end = i + 1
        while end < w.n and end - i < 5 and self.name_part(w, end) and end not in unit_tokens:
            end += 1
        if end + 1 < w.n and end > i + 1 and hyphen_joined(w, end):
            end += 2  # "Kim Seo-yeon": a given name's second part joined by a hyphen, in lower case
        # the marker opening the name, or right after an honorific that is also a family name ("Ông Y Blim Mlô")
        if tok.text in self.ethnic_markers or (
            tok.text in self.honorifics and i + 1 < w.n and w.words[i + 1].text in self.ethnic_markers
        ):
            while end < w.n and end - i < 4 and self.ethnic_part(w, end) and end not in unit_tokens:
                end += 1
        elif end < w.n and end - i < 4 and ETHNIC_PREFIX.match(w.words[end].text) and end not in unit_tokens:
            end += 1  # a Highlands given name closing the name ("Rơ Châm H'Mai")
        if end - i < 2:
            return None
        if end < w.n and w.words[end].lower in self.not_after:
            return None
        return i, end

    def ethnic_name_at(self, w: DocWords, i: int, unit_tokens: set[int]) -> tuple[int, int] | None:
        """Central Highlands names ("H'Mai Mlo", "Ksor H'Ben") do not follow Vietnamese
        syllable structure: a H'/Y' given name plus one or two capitalised words."""
        start = i
        if i > 0:
            prev = w.words[i - 1]
            if prev.traits & FAMILY_NAME and prev.is_title:
                start = i - 1
        end = i + 1
        while end < w.n and end - i < 3 and self.ethnic_part(w, end) and end not in unit_tokens:
            end += 1
        return (start, end) if end - start >= 2 else None

    def ethnic_part(self, w: DocWords, k: int) -> bool:
        tok = w.words[k]
        return tok.is_title and tok.text not in self.not_name and k not in w.places

    def name_part(self, w: DocWords, k: int) -> bool:
        tok = w.words[k]
        return (
            tok.is_title
            and k not in w.places
            and tok.text not in self.not_name
            and bool(tok.traits & (SYLLABLE | FAMILY_NAME))  # ... or a Highlands family name's second word
            and not ("\n" in tok.text and "\n" in w.doc[k].text_with_ws[:-1])
            and k not in w.sentence_starts
            and not (self.compound_heads and self.opens_compound(w, k))
        )

    def opens_compound(self, w: DocWords, k: int) -> bool:
        """ "Thành phố", "Trung ương", "Bằng khen": the head of a common noun, not a given name."""
        seconds = self.compound_heads.get(w.words[k].text)
        return seconds is not None and k + 1 < w.n and w.words[k + 1].text in seconds

    def loose(self, title: str) -> str:
        return self.g.article.sub("", title.lower())

    # -- records -----------------------------------------------------------------
    def set_annotations(self, doc: Doc, names: list[Span]) -> None:
        w = self.words(doc)
        name_tokens = {i for s in names for i in range(s.start, s.end)}
        people: dict[str, dict] = {}
        for span in names:
            name = (span.start, span.end)
            text = w.span_text(*name)
            key = fold(text)
            segs = self.titles_left(w, name, name_tokens) + self.titles_right(w, name, name_tokens)
            person = people.get(key)
            if person is None:
                evidence = {"start": w.start_char(name[0]), "end": w.end_char(name[1] - 1), "text": text}
                person = people[key] = {"name": text, "title": None, "unit": None, "_titles": [], "evidence": evidence}
            for seg in segs:
                t = self.title_text(w, seg)
                if t and t not in person["_titles"]:
                    person["_titles"].append(t)
            if person["unit"] is None and segs:
                person["unit"] = self.unit_for(w, segs)
        merge_given_names(people)
        unit_chars = [(u.start_char, u.end_char) for u in span_index(doc, "units").spans]
        # credits and signers, then the people of tables with a name column (their unit from the row)
        listed: list[tuple[str | None, int, int, str | None, bool]] = [
            (role, start, end, None, False) for role, start, end in self.credits(doc)
        ]
        listed += [(title, start, end, unit, True) for title, start, end, unit in self.table_people.of_doc(doc)]
        for role, start, end, row_unit, in_table in listed:
            if any(s < end and start < e for s, e in unit_chars):
                continue  # "(Photo: VSS)": an organisation credited, not a person
            text = w.text[start:end]
            key = fold(text)  # known by whole words: a byline's "Minh Ha" is not "Le Thi Minh Hang"
            known = next((p for k, p in people.items() if f" {key} " in f" {k} " or f" {k} " in f" {key} "), None)
            # a table row's body, a byline's, a signer's title's
            owner = row_unit or self.byline_unit(doc, w.text, end) or self.implied_units.get(role or "")
            if owner is None and not in_table and role not in self.credit_roles:
                # "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Võ Thanh Tùng": the signer holds the post in the office issuing it
                owner = most_named(doc.spans.get("units", []), TOP_LOCAL_OFFICES)
            if known is not None:
                if not known["_titles"] and role:
                    known["_titles"].append(role)
                    known["_credited"] = True
                    known["unit"] = known["unit"] or owner
                continue
            people[key] = {
                "name": text,
                "title": role,
                "unit": owner,
                "_credited": True,  # a credit's or a signature's post: as written
                "_titles": [role] if role else [],
                "evidence": {"start": start, "end": end, "text": text},
            }
        found = doc._.people
        for person in people.values():
            titles = person.pop("_titles")
            loose = [self.loose(t) for t in titles]
            titles = [
                t
                for i, (t, lt) in enumerate(zip(titles, loose))
                if not any((lt != lo and lt in lo) or (lt == lo and j < i) for j, lo in enumerate(loose))
            ]
            credited = person.pop("_credited", False)  # a credit's or a signature's post stays as written
            if self.implied_title and not credited:  # "General Director X": the post with its implied body
                titles = [
                    self.implied_title.format(title=t, unit=self.implied_units[t]) if t in self.implied_units else t
                    for t in titles
                ]
            person["title"] = "; ".join(titles) or None
            found.append(person)
        owned_units(
            doc, names, found, self.g.owner_pronoun_title, self.g.bare_title_opening, self.g.agent_before
        )  # "its Director X"
        lower_case_roles(doc, names, found, self.g.role_apposition, self.g.role_before)  # "X, an official of Y"
        bracketed_roles(doc, names, found, self.g.role_list_bracketed)  # "thí sinh A (office X) và B (office Y)"
        units_after_names(doc, names, found, self.g.unit_after_name)  # "Mr. X of Y District Social Insurance"
        appointed_posts(doc, names, found, self.g.appointed_to, self.appointed_title)  # "..., was appointed Y"
        titles_before_name(
            doc, names, found, self.g.title_before_gap, self.g.title_before_role
        )  # "the Director of X, Mr. Y"
        if self.pronoun_gate.may_match(text_of(doc)):
            pronoun_titles(doc, names, found, self.g.pronoun_title)  # "she is Deputy Director of Y"
        doc.spans["people"] = names


def merge_given_names(people: dict[str, dict]) -> None:
    """ "Ms. Hoang Thi Ngoc Anh, Director of ..." then "Ms. Ngoc Anh said ...": a name of two words or more
    that ends the full name of one other person of the document is that person called by given names."""
    for key in [k for k in people if " " in k]:
        full = [other for other in people if other != key and other.endswith(" " + key)]
        if len(full) != 1:
            continue
        short = people.pop(key)
        target = people[full[0]]
        target["_titles"].extend(t for t in short["_titles"] if t not in target["_titles"])
        target["unit"] = target["unit"] or short["unit"]
