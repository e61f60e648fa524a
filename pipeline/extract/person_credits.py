"""People's credits: the bylines, photo credits, translators and signers a document names by their cue
words and by where a name line stands, and the body a byline names after its author.

`PersonCredits` is a part of the people component (`people.PeopleFinder`), kept apart from the
reading of names and titles in running text: a credit is found by its cue word ("Photo:", "Ảnh:"),
by a short name line at the end of the article or by a signature block under a title line in
capitals, not by a family name in a sentence. The component sets the cue regexes (`credit_regex`)
and word lists from its language pack and turns each credit into a person record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc

from .extensions import span_unit, text_of
from .lexicon import is_syllable
from .text_scan import lines_from_end, matches_starting_with

CAPITALS = "A-Z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
"""Capital Latin letters with and without marks ("GIÁM ĐỐC" is a title line in capitals too)."""
NAME_WORD = rf"[{CAPITALS}][\w'’]+"
"""A word of a name: a capital, with or without marks ("Minh Ân", "Thu Út": a syllable may open on a vowel)."""
FIRST_NAME_WORD = rf"[{CAPITALS}][\w'’]*"
"""The first word of a name line, which may be one capital: the family names of the Central Highlands
peoples ("A Tuấn", "Y Kha") are one letter."""
SIGNATURE = re.compile(
    rf"^\s*((?:{FIRST_NAME_WORD}\s)(?:{NAME_WORD}\s){{0,2}}{NAME_WORD})\s*(?:\([^)]*\)|[–—-]\s+[A-Z][\w'’&]*(?:\s+[\w'’&]+){{0,7}})?\s*$"
)
"""A name line and an optional outlet in brackets or after a dash ("Hanh Thuy (Outlet)", "Hanh Thuy – X Department")."""
SIGNER_BLOCK = re.compile(
    rf"\n(?:[ \t]*[{CAPITALS}][{CAPITALS} .]{{2,60}}[{CAPITALS}][ \t]*\n)*?"
    rf"[ \t]*(?P<title>[{CAPITALS}][{CAPITALS} .]{{2,60}}[{CAPITALS}])[ \t]*\n"
    rf"(?:[ \t]*\([^)\n]{{1,40}}\)[ \t]*\n)?[ \t]*"
    rf"(?P<name>[{CAPITALS}][a-zà-ỹđ'’]+(?:[ \t][{CAPITALS}][a-zà-ỹđ'’]+){{1,3}})[ \t]*(?=\n|$)"
)
"""A signer anywhere: a title line in capitals, an optional bracketed line ("(signed and sealed)"), a name."""
CO_SIGNATURE = re.compile(
    rf"^\s*((?:{NAME_WORD}\s){{1,3}}{NAME_WORD})\s*[–—-]\s*((?:{NAME_WORD}\s){{1,3}}{NAME_WORD})"
    r"\s*(?:\([^)]*\)|,\s*[^,;.]{2,60})?\s*$"
)
"""Two authors on the last line, joined by a dash, and an optional outlet ("Thu Ha - Minh Quan, X Television")."""
PAGE_TAIL_LINES = 12
"""How many of the last lines may be a saved page's furniture (tags, related headlines, footer)."""
BYLINE_DASH = re.compile(r"\s*[–—-]\s*(?:the\s+)?")
"""Between a byline's name and the body it works for ("Nguyen Van A – Emulation Department")."""
BYLINE_BRACKET = re.compile(r"[ \t]*\([ \t]*")
"""Between a byline's name and the body it works for, in brackets ("Minh Thu (X Social Security)")."""


class PersonCredits:
    """Credits and signers, for the people component (which compiles the regexes and word lists)."""

    g: Any
    honorifics: set[str]
    not_name: set[str]
    credit_res: list[tuple[str, re.Pattern[str], tuple[str, ...]]]
    title_openings: tuple[str, ...]
    title_line: re.Pattern[str]
    title_words: list[str]

    @staticmethod
    def credit_regex(cues: list[str], joiner: str) -> re.Pattern[str]:
        alts = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
        name = r"[A-ZĐ][\w'’]+(?:[ \t][A-ZĐ][\w'’]+){1,3}"
        # at the start of the text or after a space, bar, bracket or dash (one lookbehind: a third faster)
        return re.compile(rf"(?<![^\s|(–-])(?:{alts})[ \t]*(?P<names>{name}(?:[ \t]*{joiner}[ \t]*{name})*)")

    def credits(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        text = text_of(doc)
        for role, regex, cues in self.credit_res:
            for m in matches_starting_with(regex, text, cues):
                for nm in re.finditer(r"[A-ZĐ][\w'’]+(?:[ \t][A-ZĐ][\w'’]+){1,3}", m.group("names")):
                    if nm.group().split(None, 1)[0] in self.honorifics:
                        continue  # "Ảnh: Chị X tư vấn cho người dân": a caption about X, not X's photograph
                    if not self.not_name.isdisjoint(nm.group().split()):
                        continue  # "Ảnh: Ban Tổ chức trao giải": a caption about a body, whose head is no name
                    start = m.start("names") + nm.start()
                    if text.startswith(self.title_openings, start):
                        continue  # "Ảnh: Tổng Giám đốc X phát biểu": a caption about the official, no credit
                    yield role, start, start + len(nm.group())
                if role != "author":
                    yield from self.author_before(text, m.start())
        yield from self.signature_lines(text)

    def author_before(self, text: str, cue: int) -> Iterator[tuple[str, int, int]]:
        """ "Thu Ha - Photo: Minh Quan": the name and dash that open the line of a credit's cue at `cue` (a
        byline the closing lines do not show when a page's share bar and links follow it)."""
        line_start = text.rfind("\n", 0, cue) + 1
        m = self.g.author_before_credit.match(text[line_start:cue])
        if m and all(is_syllable(w) for w in m.group("name").split()):
            yield "author", line_start + m.start("name"), line_start + m.end("name")

    @staticmethod
    def byline_unit(doc: Doc, text: str, end: int) -> str | None:
        """ "Nguyen Van A – Emulation and Commendation Department": the body a byline names after the
        author's name (`end`), when it fills the rest of the line."""
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        bracket = BYLINE_BRACKET.match(text, end, line_end)
        if bracket:  # "Minh Thu (BHXH thành phố X)": the body in brackets, when a unit fills them
            for u in doc.spans.get("units", []):
                if u.start_char == bracket.end() and text[u.end_char : line_end].strip() == ")":
                    return span_unit(u)
            return None
        if not BYLINE_DASH.match(text, end) or not text[end : end + 4].strip():
            return None  # no dash after the name (most credits): no body named
        for u in doc.spans.get("units", []):
            if end < u.start_char < line_end and BYLINE_DASH.fullmatch(text[end : u.start_char]):
                return span_unit(u) if not text[u.end_char : line_end].strip() else None
        return None

    def signature_lines(self, text: str) -> Iterator[tuple[str, int, int]]:
        """A short name line at the end of the article ("THU HOAI", "Hanh Thuy (Outlet)") is the author;
        under a title line it is the signer, with that title ("GIÁM ĐỐC" / "Nguyễn Văn A"), and the
        title line is no name."""
        # a signature block anywhere (a decision's "Recipients:" list or a translator's line after it):
        # a title line in capitals, a bracketed stamp line maybe, the signer's name
        for b in SIGNER_BLOCK.finditer(text):
            title = self.signer_title(b.group("title"))
            name = b.group("name")
            if title and not self.title_line.match(name) and all(is_syllable(w) for w in name.split()):
                yield title, b.start("name"), b.end("name")
        tail = []
        for start, line in lines_from_end(text[: self.article_end(text)]):
            if self.g.not_signature.match(line) or len(line.split(None, 1)) <= 1:  # one word
                continue
            tail.append((start, line))
            if len(tail) == 3:  # the last two lines, and the one above them (a signer's title)
                break
        for k, (start, line) in enumerate(tail[:2]):
            pair = CO_SIGNATURE.match(line)
            if pair and all(is_syllable(w) for w in f"{pair.group(1)} {pair.group(2)}".split()):
                for group in (1, 2):
                    yield "author", start + pair.start(group), start + pair.end(group)
                continue
            m = SIGNATURE.match(line)
            if m and not self.title_line.match(line) and all(is_syllable(w) for w in m.group(1).split()):
                above = tail[k + 1][1] if k + 1 < len(tail) else ""
                yield self.signer_title(above) or "author", start + m.start(1), start + m.end(1)

    def article_end(self, text: str) -> int:
        """Where a saved page's furniture (its tags line, its copyright footer) starts among the last lines:
        the related headlines under it are no signature, the author signs above it."""
        end = len(text)
        for k, (start, line) in enumerate(lines_from_end(text)):
            if k == PAGE_TAIL_LINES:
                break
            if self.g.page_tail.match(line):
                end = start
        return end

    def signer_title(self, line: str) -> str | None:
        """ "PHÓ TỔNG GIÁM ĐỐC" above a signature: "Phó Tổng Giám đốc", written as the data writes its words."""
        m = self.title_line.match(line)
        if not m:
            return None
        title = m.group("title").lower()
        for word in sorted(self.title_words, key=len, reverse=True):
            title = re.sub(rf"(?<!\w){re.escape(word.lower())}(?!\w)", word, title)
        return title[:1].upper() + title[1:]
