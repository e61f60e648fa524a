"""People in head-first title languages (Vietnamese): a cue is required, titles read head-first.

English news capitalises every word of a title and names few people who are
not officials, so `PeopleFinder` takes every Vietnamese-looking name. In
Vietnamese text the same syllables are everywhere (places, streets, award
names), so here a name only counts with a cue: an honorific right before it
("ông", "đồng chí") or a title beside it. A title is a head from the data
("Giám đốc"), optional modifiers before it ("Phó"), and a complement of
capitalised words, unit names and `title_glue` words ("BHXH tỉnh Nghệ An").
Titles stand before the name ("Giám đốc BHXH Việt Nam Lê Hùng Sơn"), after
a dash or comma ("ông A - Giám đốc ..."), or before a colon that opens a
list ("các Phó Tổng Giám đốc: A, B và C").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import LOCAL_OFFICES, TOP_LOCAL_OFFICES
from .doc_subject import most_named, own_local_office
from .doc_words import DocWords
from .extensions import span_unit, text_of
from .lexicon import fold, load_data
from .lexicon_models import PeopleData
from .people import PeopleFinder
from .person_brackets import opens_role_list
from .person_foreign_vi import ForeignNames
from .person_titles import Range
from .person_unit_places import is_unit_place, level_before, unit_places
from .span_index import span_index

OFFICE_LABELS = LOCAL_OFFICES
"""Offices a division's or team's post belongs to when named after it."""

UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


# how many lines below a name's field the post's field is looked for
FIELD_LINES = 8


class HeadFirstPeopleFinder(PeopleFinder):
    def __init__(self, nlp: Language, name: str = "pr_people", lang: str = "vi") -> None:
        super().__init__(nlp, name, lang)
        data = load_data(lang, "people", PeopleData)
        self.not_names = {fold(n) for n in data.not_names}
        self.unit_place_level = level_before(data.unit_place_levels)
        self.honorific_re = re.compile(
            r"(?:^|[\s(,;:])(?:" + "|".join(sorted(map(re.escape, data.honorifics), key=len, reverse=True)) + r")\s+$",
            re.IGNORECASE,
        )
        alt = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
        # the head in any case, its complement case-sensitive (capitalised words, numerals, glue words)
        # a capitalised word may take one lower-case syllable when the title goes on after it
        # ("Trưởng phòng Tổ chức - Hành chính BHXH tỉnh X"), never at its end ("... Thái Bình chủ trì")
        cap = rf"[{UPPER}][\w&]*(?:\.[{UPPER}][\w&]*)*"
        tail = rf"(?:[ \t]+(?![{UPPER}])[^\W\d_]+(?=[ \t]+(?:[-–]|[{UPPER}])))?"
        # a department after its word ("phòng Quản lý thu và Phát triển người tham gia, ..."): lower-case syllables
        # up to a comma, a dash or "và" and a capital
        lower = rf"(?:[ \t]+(?![{UPPER}])[^\W\d_]+)"
        after_dept = "".join(f"(?<={w} )|(?<={w[0].upper() + w[1:]} )" for w in data.department_words) or "(?!)"
        # ... or the office it belongs to, named right after it (a unit, masked as "Uxxx")
        dept_end = rf"(?=[ \t]*(?:[,;.)]|$|[-–][ \t]*[{UPPER}]|và[ \t]+[{UPPER}])|[ \t]+Ux{{2,}}(?!\w))"
        # ... and a second part after "và" or a dash ("Tổ Quản lý thu - Phát triển người tham gia"), which may list a
        # lower-case word after a comma right before its office or the title's end ("phòng Quản lý thu - Sổ, thẻ BHXH tỉnh")
        listed = rf"(?:,{lower}{{1,2}}(?=[ \t]+Ux{{2,}}(?!\w)|[ \t]*[;.)]|$))?"
        dept = (
            rf"(?:{after_dept}){cap}{lower}{{1,6}}?"
            rf"(?:(?:[ \t]+và[ \t]+|[ \t]*[-–][ \t]*){cap}{lower}{{0,6}}?{listed})?{dept_end}"
        )
        word = rf"(?:{alt(data.title_glue)}|{dept}|{cap}{tail}|[-–]|\d+|\((?:[{UPPER}][\w.&]*)\))"
        head = rf"(?i:(?:(?:{alt(data.title_modifiers)})\s+)*(?:{alt(data.title_heads + data.ranks)}))"
        self.title_re = re.compile(rf"(?:{head})(?:[ \t]+{word}(?!\w))*")
        self.title_before = re.compile(rf"(?P<title>{head}(?:[ \t]+{word})*?)(?P<colon>[ \t]*:)?[ \t]+$")
        self.heads_lower = {h.lower() for h in data.title_heads}
        self.dept_word = re.compile(rf"\b(?:{alt(data.department_words)})\b", re.IGNORECASE)
        self.implied_units = {k.lower(): v for k, v in data.implied_units.items()}
        self.foreign = ForeignNames(data.honorifics, self.title_re, self.surnames)

    def masked(self, doc: Doc) -> str:
        """The text with each unit name as one capitalised word of the same length, so
        "Giám đốc Bảo hiểm xã hội Việt Nam" reads as a head and one complement."""
        cached = doc._.meta.get("units_masked")
        if cached is None:
            chars = list(text_of(doc))
            for span in doc.spans.get("units", []):
                n = span.end_char - span.start_char
                chars[span.start_char : span.end_char] = list("U" + "x" * (n - 1))
            cached = doc._.meta["units_masked"] = "".join(chars)
        return cached

    def match(self, doc: Doc) -> Iterator[Span]:
        w = self.words(doc)
        in_units = {i for s in span_index(doc, "units").spans for i in range(s.start, s.end)}
        honorifics = {h.lower() for h in self.honorifics}
        places: set[str] | None = None  # the places the units are named with: read at the first name
        for span in super().match(doc):
            if w.words[span.start].lower in honorifics and len(span) > 2:  # "Ông" is a family name too
                span = doc[span.start + 1 : span.end]
            if fold(w.span_text(span.start, span.end)) in self.not_names or any(
                i in in_units for i in range(span.start, span.end)
            ):
                continue
            if places is None:
                places = unit_places(doc, self.unit_place_level)
            if places and is_unit_place(w, span, self.unit_place_level, places):
                continue  # "Chủ tịch UBND huyện Lâm Thạnh" where "BHXH huyện Lâm Thạnh" is a unit: the district
            if self.has_cue(w, (span.start, span.end)):
                yield span
        # "ông Somchai Phomvihane, Phó Tổng Giám đốc ...": a foreign name no family name above opens
        yield from self.foreign.spans(doc, in_units)

    def has_cue(self, w: DocWords, name: Range) -> bool:
        text = self.masked(w.doc)
        sent_start, _ = w.sentence(name[0])
        before = text[w.start_char(sent_start) : w.start_char(name[0])]
        if self.honorific_re.search(before) or self.title_before_at(w, name):
            return True
        if self.g.role_before.search(before):
            return True  # "ngư dân X": a lower-case role word before the name
        if opens_role_list(text, w.start_char(name[0]), w.end_char(name[1] - 1), self.g.role_list_bracketed):
            return True  # "thí sinh A (X) và B (Y)": the role before the list
        return bool(self.titles_right(w, name, set()))

    def title_before_at(self, w: DocWords, name: Range) -> tuple[int, int, bool] | None:
        """(start, end, opens_list) of a title right before the name, or right before the
        list the name closes ("các Phó Tổng Giám đốc: A, B và C")."""
        text = self.masked(w.doc)
        sent_start_char = w.start_char(w.sentence(name[0])[0])
        before = text[sent_start_char : w.start_char(name[0])]
        found = self._title_ending(before, sent_start_char)
        if found:
            return found
        # inside a list: walk back over "X, " / "X và " to a title with a colon
        m = re.search(rf"((?:[{UPPER}][\w]*[ \t]?){{2,4}}(?:,|[ \t]và)[ \t]*)+$", before)
        if m:
            head = self._title_ending(before[: m.start()], sent_start_char)
            if head and head[2]:
                return head
        return None

    def _title_ending(self, before: str, base: int) -> tuple[int, int, bool] | None:
        window_start = max(0, len(before) - 160)
        window = before[window_start:]
        for m in self.title_before.finditer(window):
            if m.end() == len(window):
                title = m.group("title")
                start = base + window_start + m.start("title")
                return (start, start + len(title.rstrip()), bool(m.group("colon")))
        return None

    def titles_left(self, w: DocWords, name: Range, names: set[int]) -> list[Range]:
        found = self.title_before_at(w, name)
        if not found:
            return []
        span = w.doc.char_span(found[0], found[1], alignment_mode="expand")
        return [(span.start, span.end)] if span is not None and len(span) else []

    def titles_right(self, w: DocWords, name: Range, names: set[int]) -> list[Range]:
        text = self.masked(w.doc)
        pos, end = w.end_char(name[1] - 1), w.end_char(w.sentence(name[0])[1] - 1)
        out: list[Range] = []
        field = self.field_title(w, text, w.start_char(name[0]))
        if field is not None:
            return [field]
        sep = re.compile(r"[ \t]*(?:[-–—,;]|\()[ \t]*" if not out else r"[ \t]*[,;][ \t]*")
        while pos < end:
            m = sep.match(text, pos, end)
            if not m:
                break
            t = self.title_re.match(text, m.end(), end)
            if not t:
                break
            span = w.doc.char_span(t.start(), t.end(), alignment_mode="contract")
            if span is None or not len(span) or any(i in names for i in range(span.start, span.end)):
                break
            out.append((span.start, span.end))
            pos = t.end()
            sep = re.compile(r"[ \t]*[,;][ \t]*")
        # "X, Trưởng phòng A, được bổ nhiệm giữ chức Phó Giám đốc B": the new post after the old one
        if out and (moved := self.g.appointed_post_after.match(text, pos, end)):
            t = self.title_re.match(text, moved.end(), end)
            span = w.doc.char_span(t.start(), t.end(), alignment_mode="contract") if t else None
            if span is not None and len(span) and not any(i in names for i in range(span.start, span.end)):
                out.append((span.start, span.end))
                w.memo.setdefault("new_posts", set()).add((span.start, span.end))
        return out

    def field_title(self, w: DocWords, text: str, name_start: int) -> Range | None:
        """A record's particulars: a name after its field ("- Họ và tên: X") takes the title the post's field
        gives a few lines below ("- Chức vụ: Phó Giám đốc ..."). None for a name written anywhere else."""
        line_start = text.rfind("\n", 0, name_start) + 1
        if not self.g.name_field.match(text[line_start:name_start]):
            return None
        block_end = line_start
        for _ in range(FIELD_LINES):
            block_end = text.find("\n", block_end + 1)
            if block_end < 0:
                block_end = len(text)
                break
        field = self.g.title_field.search(text, line_start, block_end)
        if field is None:
            return None
        line_end = text.find("\n", field.end())
        title = self.title_re.match(text, field.end(), len(text) if line_end < 0 else line_end)
        span = w.doc.char_span(title.start(), title.end(), alignment_mode="contract") if title else None
        return (span.start, span.end) if span is not None and len(span) else None

    def unit_for(self, w: DocWords, segs: list[Range]) -> str | None:
        new_posts = [seg for seg in segs if seg in w.memo.get("new_posts", ())]
        if new_posts:  # an appointment: the unit of the new post, else the office the document is about
            unit = super().unit_for(w, new_posts)
            if unit or self.dept_word.search(self.title_text(w, new_posts[0])):
                return unit or most_named(w.doc.spans.get("units", []), TOP_LOCAL_OFFICES)
        unit = super().unit_for(w, segs)
        if unit:
            return unit
        for seg in segs:
            title = self.title_text(w, seg).lower()
            for post, implied in self.implied_units.items():
                if title.endswith(post):
                    return implied
        return self.office_after(w, segs) or self.division_named(w, segs) or self.own_office_post(w, segs)

    def own_office_post(self, w: DocWords, segs: list[Range]) -> str | None:
        """A division's post named with no office at all and no division the document names as a unit
        ("Phó Trưởng phòng Chế độ BHXH"): a post of the local office the document is about."""
        if not segs or not self.dept_word.search(self.title_text(w, segs[-1])):
            return None
        local = own_local_office(list(w.doc.spans.get("units", [])))
        return local[0] if local else None

    def division_named(self, w: DocWords, segs: list[Range]) -> str | None:
        """A division's post with no office after it ("Trưởng phòng Thanh tra - Kiểm tra, ..."): the division
        the document names as a unit under its own capitalised name, which the unit reader gave its owner."""
        if not segs:
            return None
        title = self.title_text(w, segs[-1]).lower()
        if not self.dept_word.search(title):
            return None
        for span in w.doc.spans.get("units", []):
            if span.label_ != "department" or not span.text[:1].isupper():
                continue
            at = title.find(span.text.lower())
            end = at + len(span.text)
            if at > 0 and (end == len(title) or not title[end].isalnum()):
                return span_unit(span)
        return None

    def office_after(self, w: DocWords, segs: list[Range]) -> str | None:
        """A post in a division or team with its office after a comma ("viên chức Tổ Quản lý thu, BHXH cơ
        sở X", "Trưởng phòng Chế độ BHXH, BHXH tỉnh Y"): the office's, when the title names a department
        word and no unit of its own."""
        if not segs or not self.dept_word.search(self.title_text(w, segs[-1])):
            return None
        text, end = self.masked(w.doc), w.end_char(segs[-1][1] - 1)
        m = re.match(r"[ \t]*,[ \t]*(?=U)", text[end : end + 4])
        if not m:
            return None
        at = end + m.end()
        span = next((u for u in span_index(w.doc, "units").spans if u.start_char == at), None)
        return span_unit(span) if span is not None and span.label_ in OFFICE_LABELS else None
