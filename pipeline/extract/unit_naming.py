"""Units' canonical names: the name RECORDS.md gives each mention, by the rule that found it.

`UnitNaming` is a part of the units component (`units.UnitResolver`), kept apart from the
component's reading of mentions and its grouping into units: each method here names one mention
from its own words (a province's office, a district's, a grassroots office, a cluster, a steering
committee, a body with the place or district it serves), with only the document's first spelling
of a province to keep one name per document. The component picks the method by the mention's rule
(`UnitResolver.canonicalisers`, `UnitResolver.parametrised`).
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.tokens import Doc, Span, Token

from ..folding import ascii_name
from .bodies import fill_place
from .doc_reads import span_text
from .extensions import doc_meta, place_tokens, text_of
from .lexicon import fold
from .org_names import ROMAN, OrgNameReader
from .unit_refs import first_place

KNOWN_SPELLINGS = 10_000
TRAILING_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
INNER_GLOSS = re.compile(r"\s*\((?:[A-Z][\w'’]*\s?){1,3}\)(?=\s+\w)")
"""A bracketed translation inside a name: "Lao Dong (Labour) Newspaper" is "Lao Dong Newspaper"."""
SPACES = re.compile(r"\s+")
PERSON_NAME_SIZES = (3, 2, 4)
"""Words in a person's full name, most frequent first (a family name and one to three given names)."""


def roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, char in enumerate(numeral):
        value = values[char]
        total += -value if i + 1 < len(numeral) and values[numeral[i + 1]] > value else value
    return total


class UnitNaming:
    """Canonical naming rules, for the units component (which sets the word lists from its language pack)."""

    g: SimpleNamespace  # the units grammar (the component compiles it)
    names: OrgNameReader
    title_heads: tuple[str, ...]
    of_words: set[str]
    level_words: set[str]
    written_place_forms: list[str]
    written_names: dict[tuple[str, str], str]
    article_forms: set[str]
    district_levels: set[str]
    district_default_level: str
    grassroots_word: str
    office_word: str
    grassroots_suffix: str

    def province_name(self, span: Span) -> str | None:
        at = first_place(span)
        return f"{self.place_name(span.doc, at)} Social Security" if at is not None else None

    def place_name(self, doc: Doc, at: int) -> str:
        """The gazetteer name of the province at token `at`, or the document's own spelling where both are
        current ("Ha Noi"): the spelling of the province's first mention, so one document keeps one name."""
        place = place_tokens(doc)[at]
        if not self.written_place_forms:
            return place
        meta = doc_meta(doc)
        names = meta.setdefault("unit_place_names", {}) if meta is not None else {}  # worked out once per document
        if place not in names:
            first_mentions = self.first_place_mentions(doc)
            first = first_mentions[place] if place in first_mentions else doc[at].text
            names[place] = self.written_place_name(place, first)
        name: str = names[place]
        return name

    def written_place_name(self, place: str, first: str) -> str:
        """The name of `place` as the form its first spelling in a document starts with, else the
        gazetteer's; kept per spelling (a few hundred), as every document names provinces."""
        key = (place, first)
        if key not in self.written_names:
            if len(self.written_names) >= KNOWN_SPELLINGS:
                self.written_names.clear()
            written = ascii_name(first)  # a Vietnamese text's "Thừa Thiên Huế" is the form "Thua Thien Hue"
            self.written_names[key] = next((f for f in self.written_place_forms if written.startswith(f)), place)
        return self.written_names[key]

    @staticmethod
    def first_place_mentions(doc: Doc) -> dict[str, str]:
        """Each province's first spelling in the document, read once per document."""
        meta = doc_meta(doc)
        cached = meta.get("first_place_mentions") if meta is not None else None
        if cached is None:
            cached = {}
            for i, place in place_tokens(doc).items():  # in token order
                if place not in cached:
                    cached[place] = doc[i].text
            if meta is not None:
                meta["first_place_mentions"] = cached
        return cached

    @staticmethod
    def region_name(span: Span) -> str | None:
        numeral = next((t.text for t in span if ROMAN.match(t.text)), None)
        return f"Social Insurance Region {numeral}" if numeral else None

    def district_level(self, span: Span) -> str:
        """ "District Social Insurance" / "Town Social Insurance": the level and office words of a district name."""
        level = next((t.text.title() for t in span if t.lower_ in self.district_levels), self.district_default_level)
        return f"{level} Social Insurance"

    def district_name(self, span: Span) -> str | None:
        words, level = [], self.district_default_level
        for tok in span:
            if tok.lower_ in self.district_levels:
                level = tok.text.title()
                break
            if tok.text not in self.article_forms:
                words.append(tok.text)
        return f"{' '.join(words)} {level} Social Insurance" if words else None

    def grassroots_name(self, span: Span) -> str | None:
        """Since July 2025 district offices are grassroots offices: "Y Yen Grassroots Social Security" (the
        words before the grassroots word, also before a short form: "Y Yen Grassroots SI")."""
        at = next((t.i for t in span if t.lower_ == self.grassroots_word), span.end)
        words = [t.text for t in span.doc[span.start : at] if t.text not in self.article_forms]
        return f"{' '.join(words)} {self.grassroots_suffix}" if words else None

    def named_after_of(self, span: Span, suffix: str) -> str | None:
        """ "Grassroots Social Insurance office of Tan Dinh ward" -> "Tan Dinh" + suffix."""
        at = next((t.i for t in span if t.lower_ in self.of_words), None)
        if at is None:
            return None
        words = [
            t.text
            for t in span.doc[at + 1 : span.end]
            if t.is_title and t.text not in self.article_forms and t.lower_ not in self.level_words
        ]
        return f"{' '.join(words)} {suffix}" if words else None

    @staticmethod
    def cluster_name(span: Span) -> str | None:
        """ "Cluster No. 5", "Cluster No.5", "Cluster 5", "Cluster V" -> "Emulation Cluster No. 5"."""
        for tok in reversed(span):
            digits = re.search(r"\d+$", tok.text)
            if digits:
                return f"Emulation Cluster No. {int(digits.group())}"
            if ROMAN.match(tok.text):
                return f"Emulation Cluster No. {roman_value(tok.text)}"
        return None

    @staticmethod
    def provincial_body_name(span: Span, template: str) -> str | None:
        at = first_place(span)
        place = place_tokens(span.doc)[at] if at is not None else None
        return fill_place(template, place) if place else None

    def district_after_name(self, span: Span, level: str) -> str | None:
        """Vietnamese order, the level before the name: "BHXH huyện Sông Hinh" -> "Song Hinh District Social Insurance"."""
        name_tokens = self.name_after_level(span)
        return f"{ascii_name(' '.join(name_tokens))} {level} Social Insurance" if name_tokens else None

    def district_body_name(self, span: Span, template: str) -> str | None:
        """A district's body named like its office: "Bưu điện huyện Đông Triều" -> "Dong Trieu District Post Office"."""
        name_tokens = self.name_after_level(span)
        return template.format(name=ascii_name(" ".join(name_tokens))) if name_tokens else None

    def grassroots_after_name(self, span: Span) -> str | None:
        """Vietnamese order: "BHXH cơ sở Tánh Linh" -> "Tanh Linh" + the pack's grassroots suffix."""
        name_tokens = self.name_after_level(span)
        return f"{ascii_name(' '.join(name_tokens))} {self.grassroots_suffix}" if name_tokens else None

    def name_after_level(self, span: Span) -> list[str]:
        """The capitalised name closing an office's name, without the person a title names after it:
        "Giám đốc BHXH huyện A B Nguyễn Văn C" is the office "A B" and its director. A name in capitals
        (a paper's header line) is the words after its level, title-cased."""
        if span.text.isupper():
            marks = self.level_words | set(self.grassroots_word.split())
            last = max((t.i for t in span if t.lower_ in marks), default=span.end - 1)
            return [t.text.title() for t in span.doc[last + 1 : span.end]]
        run = self.names_in(span)  # the level word before the name is lower case
        if not run:
            return []
        tail = run[-1].i + 1  # the run may go on past the span: the rest of a person's name
        while tail < len(span.doc) and span.doc[tail].is_title and tail - run[0].i < 7:
            run.append(span.doc[tail])
            tail += 1
        words = [t.text for t in run]
        in_span = sum(1 for t in run if t.i < span.end)
        if self.after_title(span):
            min_start = 1 if len(words) < 3 else 0  # two capitalised words alone are a place
            for size in PERSON_NAME_SIZES:
                k = len(words) - size
                if k >= min_start and fold(words[k]) in self.names.surnames:
                    return words[: min(k, in_span)]
        return words[:in_span]

    @staticmethod
    def names_in(span: Span) -> list[Token]:
        """The capitalised tokens closing a span."""
        out: list[Token] = []
        for tok in reversed(span):
            if not tok.is_title:
                break
            out.insert(0, tok)
        return out

    def after_title(self, span: Span) -> bool:
        before = text_of(span.doc)[max(0, span.start_char - 40) : span.start_char].rstrip().lower()
        return any(before.endswith(head) for head in self.title_heads)

    def plain_name(self, span: Span) -> str:
        text = self.g.leading_article.sub("", span_text(span))
        text = INNER_GLOSS.sub("", TRAILING_BRACKETS.sub("", text))
        return SPACES.sub(" ", text).strip()

    def steering_name(self, span: Span) -> str:
        """ "Provincial Steering Committee for X in Bac Ninh province" -> "Bac Ninh Provincial Steering Committee for X"."""
        at = first_place(span)
        if at is None:
            return self.plain_name(span)
        head = span.doc[span.start : at]
        text = self.g.trailing_in.sub("", self.plain_name(head))
        return f"{place_tokens(span.doc)[at]} {text}"
