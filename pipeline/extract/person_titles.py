"""A person's titles: the comma/"and"-separated segments next to a name that hold a position
word ("Deputy Minister of Finance"), read outwards until a segment is not a title, and the unit
a title names.

`PersonTitles` is a part of the people component (`people.PeopleFinder`, which sets the words
it reads from the language pack): the titles are read from the Doc's word table (`DocWords`),
in token offsets.
"""

from __future__ import annotations

import re
from typing import Any

from .doc_words import DocWords
from .extensions import span_unit
from .span_index import span_index

SPACES = re.compile(r"\s+")
Range = tuple[int, int]
"""(start, end) token offsets of a name or a title."""


class PersonTitles:
    """Titles beside a name, for the people component."""

    g: Any
    ministry_name: str
    honorifics: set[str]
    heads: set[str]
    modifiers: set[str]
    implied_units: dict[str, str]
    title_glue: set[str]
    number_abbreviation: str
    separators: set[str]
    title_openers: set[str]
    articles: set[str]
    as_words: set[str]
    trim_start: tuple[str, ...]
    trim_end: tuple[str, ...]
    title_org_words: tuple[str, ...]

    def titles_left(self, w: DocWords, name: Range, names: set[int]) -> list[Range]:
        sent_start, _ = w.sentence(name[0])
        words = w.words
        j = name[0]
        while j > sent_start and words[j - 1].text in self.honorifics:
            j -= 1
        end = j
        if end > sent_start and words[end - 1].text.isalpha() and words[end - 1].text in self.separators:
            return []  # "Mr. A, Director of X, and Ms. B, Head of Y": the words before "and" are A's title
        if end > sent_start and words[end - 1].text == ",":
            end -= 1
        start = end
        while start > sent_start:
            if start - 1 in names or not self.title_token(w, start - 1):
                break
            start -= 1
        accepted: list[Range] = []
        for seg in reversed(self.segments(w, start, end)):
            if not self.is_title(w, seg, before=seg[0] - 1 if seg[0] > 0 else None):
                break
            accepted.insert(0, seg)
        return accepted

    def titles_right(self, w: DocWords, name: Range, names: set[int]) -> list[Range]:
        _, sent_end = w.sentence(name[0])
        words = w.words
        k = name[1]
        if k >= sent_end or words[k].text not in (",", "-", "–"):
            return []
        start = end = k + 1
        while end < sent_end:
            if end in names or not self.title_token(w, end):
                break
            if words[end].text == "," and (
                end + 1 >= sent_end or not (self.capitalised(w, end + 1) or words[end + 1].text in self.as_words)
            ):
                break  # ", as Secretary of ...": the title the person is elected to goes on
            end += 1
        segments = self.segments(w, start, end)
        if end < sent_end and end in names and words[end - 1].text != ",":
            segments = segments[:-1]  # "Minister X, VSS Director Y": the title right before Y is Y's
        accepted: list[Range] = []
        for seg in segments:
            if not self.is_title(w, seg, before=None):
                break
            accepted.append(seg)
        return accepted

    @staticmethod
    def capitalised(w: DocWords, k: int) -> bool:
        tok = w.words[k]
        return tok.is_title or tok.is_upper

    def title_token(self, w: DocWords, k: int) -> bool:
        tok = w.words[k]
        if tok.is_space:
            return "\n" not in tok.text
        if tok.text == "." and k > 0 and w.words[k - 1].text == self.number_abbreviation:
            return True
        return (
            tok.is_title
            or tok.is_upper
            or k in w.places
            or tok.like_num
            or tok.text in self.title_glue
            or tok.text in self.heads  # a head written in lower case ("Chief of Office and spokesperson of ...")
        )

    def segments(self, w: DocWords, start: int, end: int) -> list[Range]:
        """Split at ","/"and" where the next word opens a new title; (start, end) of each, trimmed."""
        out, seg_start = [], start
        for k in range(start, end):
            if w.words[k].text in self.separators and k + 1 < end and self.opens_title(w, k + 1):
                if k > seg_start:
                    out.append((seg_start, k))
                seg_start = k + 1
        if end > seg_start:
            out.append((seg_start, end))
        trimmed = [self.trim(w, s, e) for s, e in out]
        return [(s, e) for s, e in trimmed if e > s]

    def opens_title(self, w: DocWords, k: int) -> bool:
        tok = w.words[k]
        return (
            tok.text in self.heads
            or tok.text in self.modifiers
            or tok.text in self.title_openers
            or tok.lower in self.articles
        )

    def trim(self, w: DocWords, s: int, e: int) -> Range:
        while s < e and w.words[s].text in self.trim_start:
            s += 1
        while e > s and w.words[e - 1].text in self.trim_end:
            e -= 1
        return s, e

    def is_title(self, w: DocWords, seg: Range, before: int | None) -> bool:
        words = [w.words[k].text for k in range(seg[0], seg[1])]
        if not words:
            return False
        if words[0] in self.as_words:
            words = words[1:]
        elif words[0] in self.articles and not (before is not None and w.words[before].lower in self.as_words):
            return False
        if words and words[0] in self.articles:
            words = words[1:]
        if not words or not (words[0][0].isupper() or words[0] in self.heads):
            return False
        # a head word, and before the first one only modifiers, abbreviations and organisation words
        for word in words:
            if word in self.heads:
                return True
            if not (word in self.modifiers or word.isupper() or word in self.title_org_words):
                return False
        return False

    def title_text(self, w: DocWords, seg: Range) -> str:
        """The title's words, without a leading "as"/"the" and with single spaces (kept per Doc:
        the records and the unit both read it)."""
        key = ("title_text", seg)
        text = w.memo.get(key)
        if text is None:
            text = self.g.title_prefix.sub("", w.span_text(*seg))
            text = w.memo[key] = SPACES.sub(" ", text).strip(" ,;-–")
        return text

    def unit_for(self, w: DocWords, segs: list[Range]) -> str | None:
        found: list[tuple[str | None, str]] = []
        units = w.memo.get("units")
        if units is None:
            units = w.memo["units"] = span_index(w.doc, "units")
        for start, end in segs:
            for span in units.starting_in(start, end + 1):
                if span.end <= end:
                    found.append((span_unit(span), span.label_))
                    break
            else:
                text = self.title_text(w, (start, end))
                m = self.g.minister_of.search(text)
                if m:
                    found.append((self.ministry_name.format(m.group(1).strip()), "ministry"))
                else:
                    for title, implied in self.implied_units.items():
                        if text.endswith(title):
                            found.append((implied, "agency"))
                            break
        for unit, kind in found:
            if kind != "party_body":
                return unit
        return found[0][0] if found else None
