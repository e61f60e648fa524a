"""People: Vietnamese names of any length, their titles on either side, credits.

A name is a family name from the lexicon followed by 1-4 capitalised
Vietnamese syllables (`lexicon.is_syllable`), so "Dang Thi Ngoc Thinh" is
read whole and "VSS Management Council Dinh" is never a name. Titles are
comma/"and"-separated segments next to the name that contain a position
word ("Deputy Minister of Finance"), read outwards until a segment is not a
title. Bylines, photo credits and translators come from their cue words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import numpy
from spacy.attrs import LOWER, ORTH  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .extensions import sentence_of, text_of
from .lexicon import compile_grammar, fold, is_syllable, load_data
from .lexicon_models import DatesData, PeopleData
from .span_index import span_index

ETHNIC_PREFIX = re.compile(r"^[HY]['’][A-Z]\w+$")
KNOWN_WORDS = 200_000  # words whose "can open a name" answer is kept


class PeopleFinder(RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_people", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "people", PeopleData)
        self.g = compile_grammar(data.grammar)
        self.ministry_name = data.ministry_name
        self.surnames = {fold(s) for s in data.surnames}
        self.honorifics = set(data.honorifics)
        self.heads = {w for h in data.title_heads for w in h.split()}
        self.modifiers = set(data.title_modifiers)
        self.implied_units = data.implied_units
        # month names are capitalised but never part of a name (from dates.yml, their one home)
        self.not_name = set(data.not_name_words) | {forms[0] for forms in load_data(lang, "dates", DatesData).months}
        self.compound_heads = {head: set(seconds) for head, seconds in data.compound_heads.items()}
        self.not_after = {w.lower() for w in data.not_after_name}
        self.opens_name: dict[int, bool] = {}  # word id -> whether a name can start with the word
        self.not_after_ids = numpy.array([nlp.vocab.strings.add(w) for w in sorted(self.not_after)], dtype="uint64")
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
        self.credit_res = [
            (role, self.credit_regex(cues, data.grammar.credit_joiner)) for role, cues in data.credits.items() if cues
        ]

    def process(self, doc: Doc) -> None:
        self.set_annotations(doc, list(self.match(doc)))

    # -- names -------------------------------------------------------------------

    def match(self, doc: Doc) -> Iterator[Span]:
        unit_tokens = {i for s in doc.spans.get("units", []) for i in range(s.start, s.end)}
        found: list[Span] = []
        end = 0
        for i in self.name_starts(doc):  # only where a name can start: a Python call per token costs more
            if i < end:
                continue
            span = self.name_at(doc, i, unit_tokens)
            if span is not None:
                found.append(span)
                end = span.end
        places = self.names_used_as_places(doc)
        found = [s for s in found if s.text not in places]
        taken = {t.i for s in found for t in s} | unit_tokens
        found.extend(self.model_names(doc, taken))
        yield from sorted(found, key=lambda s: s.start)

    def name_starts(self, doc: Doc) -> list[int]:
        """Token offsets whose word could open a name (`name_at` is None everywhere else): a
        family name in title case, or an ethnic given name ("H'Mai"). Decided once per distinct
        word (kept by its id for the next documents)."""
        words: Any = doc.to_array([ORTH])
        known, strings = self.opens_name, doc.vocab.strings
        if len(known) >= KNOWN_WORDS:
            known.clear()
        out = []
        for i, orth in enumerate(words.tolist()):
            opens = known.get(orth)
            if opens is None:
                opens = known[orth] = self.may_open_name(strings[orth])
            if opens:
                out.append(i)
        return out

    def may_open_name(self, text: str) -> bool:
        return bool(ETHNIC_PREFIX.match(text)) or (text.istitle() and fold(text) in self.surnames)

    def names_used_as_places(self, doc: Doc) -> set[str]:
        """ "Kim Boi district" anywhere in the document: "Kim Boi" is a place in all of it (a headline too)."""
        out = set()
        lower: Any = doc.to_array([LOWER])
        for at in numpy.flatnonzero(numpy.isin(lower, self.not_after_ids)):
            tok = doc[int(at)]
            if tok.i >= 2:
                start = tok.i
                while start > 0 and tok.i - start < 4 and doc[start - 1].is_title:
                    start -= 1
                for i in range(start, tok.i - 1):
                    out.add(doc[i : tok.i].text)
        return out

    def model_names(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Where the statistical model runs (default profile), its PERSON entities add
        names the Vietnamese-name rules cannot know (foreign experts, delegates), but
        only where the text itself marks a person: an honorific or a title beside it.
        On this domain the model's other entities are mostly wrong (provinces as
        PERSON, award names as ORG), so nothing else is taken from it."""
        out = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(t.i in taken or t._.is_place for t in ent) or len(ent) < 2 or len(ent) > 4:
                continue
            if not all(t.is_title for t in ent):
                continue
            before = doc[max(0, ent.start - 1)].text
            after = doc[ent.end : ent.end + 2]
            titled_after = (
                len(after) == 2
                and after[0].text == ","
                and (after[1].text in self.heads or after[1].text in self.modifiers)
            )
            if before in self.honorifics or before in self.heads or titled_after:
                out.append(ent)
        return out

    def name_at(self, doc: Doc, i: int, unit_tokens: set[int]) -> Span | None:
        tok = doc[i]
        if ETHNIC_PREFIX.match(tok.text) and i not in unit_tokens:
            return self.ethnic_name_at(doc, i, unit_tokens)
        if not tok.is_title or fold(tok.text) not in self.surnames or tok._.is_place or i in unit_tokens:
            return None
        if (
            i > 0
            and doc[i - 1].is_title
            and is_syllable(doc[i - 1].text)
            and doc[i - 1].text not in self.not_name | self.honorifics
            and not doc[i - 1].is_sent_start
            and i - 1 not in unit_tokens
        ):
            return None  # inside a longer capitalised run we did not start at
        end = i + 1
        while end < len(doc) and end - i < 5 and self.name_part(doc[end]) and end not in unit_tokens:
            end += 1
        if tok.text in self.ethnic_markers:
            while end < len(doc) and end - i < 4 and self.ethnic_part(doc[end]) and end not in unit_tokens:
                end += 1
        if end - i < 2:
            return None
        if end < len(doc) and doc[end].lower_ in self.not_after:
            return None
        return doc[i:end]

    def ethnic_name_at(self, doc: Doc, i: int, unit_tokens: set[int]) -> Span | None:
        """Central Highlands names ("H'Mai Mlo", "Ksor H'Ben") do not follow Vietnamese
        syllable structure: a H'/Y' given name plus one or two capitalised words."""
        start = i - 1 if i > 0 and fold(doc[i - 1].text) in self.surnames and doc[i - 1].is_title else i
        end = i + 1
        while (
            end < len(doc)
            and end - i < 3
            and doc[end].is_title
            and doc[end].text not in self.not_name
            and not doc[end]._.is_place
            and end not in unit_tokens
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 1
        return doc[start:end] if end - start >= 2 else None

    def ethnic_part(self, tok: Token) -> bool:
        return bool(
            tok.is_title and tok.text not in self.not_name and not tok._.is_place and "\n" not in tok.whitespace_
        )

    def name_part(self, tok: Token) -> bool:
        return (
            tok.is_title
            and not tok._.is_place
            and tok.text not in self.not_name
            and is_syllable(tok.text)
            and "\n" not in tok.text_with_ws[:-1]
            and not tok.is_sent_start
            and not self.opens_compound(tok)
        )

    def opens_compound(self, tok: Token) -> bool:
        """ "Thành phố", "Trung ương", "Bằng khen": the head of a common noun, not a given name."""
        seconds = self.compound_heads.get(tok.text, set())
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).text in seconds

    # -- titles ------------------------------------------------------------------
    def titles_left(self, doc: Doc, name: Span, names: set[int]) -> list[Span]:
        sent = sentence_of(doc, name.start)
        j = name.start
        while j > sent.start and doc[j - 1].text in self.honorifics:
            j -= 1
        end = j
        if end > sent.start and doc[end - 1].text == ",":
            end -= 1
        start = end
        while start > sent.start:
            prev = doc[start - 1]
            if prev.i in names or not self.title_token(prev):
                break
            start -= 1
        segments = self.segments(doc, start, end)
        accepted: list[Span] = []
        for seg in reversed(segments):
            if not self.is_title(seg, before=doc[seg.start - 1] if seg.start > 0 else None):
                break
            accepted.insert(0, seg)
        return accepted

    def titles_right(self, doc: Doc, name: Span, names: set[int]) -> list[Span]:
        sent = sentence_of(doc, name.start)
        k = name.end
        if k >= sent.end or doc[k].text not in (",", "-", "–"):
            return []
        start = end = k + 1
        while end < sent.end:
            tok = doc[end]
            if tok.i in names or not self.title_token(tok):
                break
            if tok.text == "," and (end + 1 >= sent.end or not (doc[end + 1].is_title or doc[end + 1].is_upper)):
                break
            end += 1
        accepted: list[Span] = []
        for seg in self.segments(doc, start, end):
            if not self.is_title(seg, before=None):
                break
            accepted.append(seg)
        return accepted

    def title_token(self, tok: Token) -> bool:
        if tok.is_space:
            return "\n" not in tok.text
        if tok.text == "." and tok.i > 0 and tok.doc[tok.i - 1].text == self.number_abbreviation:
            return True
        return tok.is_title or tok.is_upper or tok._.is_place or tok.like_num or tok.text in self.title_glue

    def segments(self, doc: Doc, start: int, end: int) -> list[Span]:
        """Split at ","/"and" where the next word opens a new title."""
        out, seg_start = [], start
        for k in range(start, end):
            if doc[k].text in self.separators and k + 1 < end and self.opens_title(doc[k + 1]):
                if k > seg_start:
                    out.append(doc[seg_start:k])
                seg_start = k + 1
        if end > seg_start:
            out.append(doc[seg_start:end])
        return [self.trim(s) for s in out if len(self.trim(s))]

    def opens_title(self, tok: Token) -> bool:
        return (
            tok.text in self.heads
            or tok.text in self.modifiers
            or tok.text in self.title_openers
            or tok.lower_ in self.articles
        )

    def trim(self, seg: Span) -> Span:
        s, e = seg.start, seg.end
        while s < e and seg.doc[s].text in self.trim_start:
            s += 1
        while e > s and seg.doc[e - 1].text in self.trim_end:
            e -= 1
        return seg.doc[s:e]

    def is_title(self, seg: Span, before: Token | None) -> bool:
        words = [t.text for t in seg]
        if not words:
            return False
        if words[0] in self.as_words:
            words = words[1:]
        elif words[0] in self.articles and not (before is not None and before.lower_ in self.as_words):
            return False
        if words and words[0] in self.articles:
            words = words[1:]
        if not words or not (words[0][0].isupper()):
            return False
        if not any(w in self.heads for w in words):
            return False
        first_head = next(i for i, w in enumerate(words) if w in self.heads)
        prefix = words[:first_head]
        return all(w in self.modifiers or w.isupper() or w in self.title_org_words for w in prefix)

    def title_text(self, seg: Span) -> str:
        text = self.g.title_prefix.sub("", seg.text)
        return re.sub(r"\s+", " ", text).strip(" ,;-–")

    def unit_for(self, doc: Doc, segs: list[Span]) -> str | None:
        found: list[tuple[str, str]] = []
        units = span_index(doc, "units")
        for seg in segs:
            for span in units.starting_in(seg.start, seg.end + 1):
                if span.end <= seg.end:
                    found.append((span._.unit, span.label_))
                    break
            else:
                text = self.title_text(seg)
                m = self.g.minister_of.search(text)
                if m:
                    found.append((self.ministry_name.format(m.group(1).strip()), "ministry"))
                else:
                    for title, unit in self.implied_units.items():
                        if text.endswith(title):
                            found.append((unit, "agency"))
                            break
        for unit, kind in found:
            if kind != "party_body":
                return unit
        return found[0][0] if found else None

    # -- credits -----------------------------------------------------------------
    @staticmethod
    def credit_regex(cues: list[str], joiner: str) -> re.Pattern[str]:
        alts = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
        name = r"[A-ZĐ][\w'’]+(?:[ \t][A-ZĐ][\w'’]+){1,3}"
        # at the start of the text or after a space, bar, bracket or dash (one lookbehind: a third faster)
        return re.compile(rf"(?<![^\s|(–-])(?:{alts})[ \t]*(?P<names>{name}(?:[ \t]*{joiner}[ \t]*{name})*)")

    def credits(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        text = text_of(doc)
        for role, regex in self.credit_res:
            for m in regex.finditer(text):
                for nm in re.finditer(r"[A-ZĐ][\w'’]+(?:[ \t][A-ZĐ][\w'’]+){1,3}", m.group("names")):
                    start = m.start("names") + nm.start()
                    yield role, start, start + len(nm.group())
        yield from self.signature_lines(text)

    def signature_lines(self, text: str) -> Iterator[tuple[str, int, int]]:
        """A short name line at the end of the article ("THU HOAI", "Hanh Thuy (Outlet)") is the author."""
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
        tail = []
        for start, line in reversed(lines):
            if self.g.not_signature.match(line) or len(line.split()) <= 1:
                continue
            tail.append((start, line))
            if len(tail) == 2:
                break
        for start, line in tail:
            m = re.match(r"^\s*((?:[A-ZĐ][\w'’]+\s){1,3}[A-ZĐ][\w'’]+)\s*(?:\([^)]*\))?\s*$", line)
            if m and all(is_syllable(w) for w in m.group(1).split()):
                yield "author", start + m.start(1), start + m.end(1)

    def loose(self, title: str) -> str:
        return self.g.article.sub("", title.lower())

    # -- records -----------------------------------------------------------------
    def set_annotations(self, doc: Doc, names: list[Span]) -> None:
        name_tokens = {t.i for s in names for t in s}
        people: dict[str, dict] = {}
        for span in names:
            key = fold(span.text)
            segs = self.titles_left(doc, span, name_tokens) + self.titles_right(doc, span, name_tokens)
            person = people.setdefault(
                key,
                {
                    "name": span.text,
                    "title": None,
                    "unit": None,
                    "_titles": [],
                    "evidence": {"start": span.start_char, "end": span.end_char, "text": span.text},
                },
            )
            for seg in segs:
                t = self.title_text(seg)
                if t and t not in person["_titles"]:
                    person["_titles"].append(t)
            if person["unit"] is None and segs:
                person["unit"] = self.unit_for(doc, segs)
        unit_chars = [(u.start_char, u.end_char) for u in doc.spans.get("units", [])]
        for role, start, end in self.credits(doc):
            if any(s < end and start < e for s, e in unit_chars):
                continue  # "(Photo: VSS)": an organisation credited, not a person
            key = fold(text_of(doc)[start:end])
            known = next((p for k, p in people.items() if key == k or key in k or k in key), None)
            if known is not None:
                if not known["_titles"]:
                    known["_titles"].append(role)
                continue
            people[key] = {
                "name": text_of(doc)[start:end],
                "title": role,
                "unit": None,
                "_titles": [role],
                "evidence": {"start": start, "end": end, "text": text_of(doc)[start:end]},
            }
        for person in people.values():
            titles = person.pop("_titles")
            titles = [
                t
                for i, t in enumerate(titles)
                if not any(
                    (self.loose(t) != self.loose(o) and self.loose(t) in self.loose(o))
                    or (self.loose(t) == self.loose(o) and j < i)
                    for j, o in enumerate(titles)
                )
            ]
            person["title"] = "; ".join(titles) or None
            doc._.people.append(person)
        doc.spans["people"] = names
