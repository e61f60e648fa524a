"""Sections of a document: where a report's numbered headings open and close, what each is about.

A report ("báo cáo tổng kết") is laid out in numbered sections ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM
2026", "IV. ĐỀ XUẤT, KIẾN NGHỊ") and its proposals are often a numbered list under a lead line
("..., BHXH tỉnh X đề nghị:"). A sentence inside such a stretch says what it says in the section's
terms, though its own words do not: "1. Bộ trưởng Bộ Tài chính tặng Cờ thi đua ... cho X;" in a
proposals section is a proposal, not an award given, and a target under a heading that names a
year holds for that year.

What a heading, a proposal heading, a lead line and a list item look like is the language pack's
(`data/<lang>/sections.yml`); this module only walks the lines. Read once per document, on the
first question, and kept in the document's meta.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from .extensions import doc_meta, text_of
from .lexicon import compile_grammar, load_data
from .lexicon_models import SectionsData

_META = "sections"
TITLE_CHARS = 250
"""A first line longer than this is a paragraph, not a headline."""
YEAR_ALONE = re.compile(r"(?<![\d-])((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)")
"""A year that is no end of a period ("2025", not "2021-2025")."""


@dataclass(frozen=True)
class Stretch:
    """Characters `start`..`end` of the text, with what the section they lie in says of them."""

    start: int
    end: int
    year: str | None
    proposals: bool
    targets: bool = False


class DocSections:
    """The sections of one document (numbered headings, each up to the next) and its proposal lists,
    each kind in text order and found by bisection."""

    def __init__(
        self,
        sections: list[Stretch],
        lists: list[Stretch],
        title_year: str | None = None,
        reviewed_year: str | None = None,
        plan_year: str | None = None,
    ) -> None:
        self.sections, self.lists = sections, lists
        self.title_year = title_year
        """The year the document's title (its first line) names as a heading does ("... năm 2025")."""
        self.reviewed_year = reviewed_year
        """The one year a title that reviews names ("Ministry reviews 2025 emulation work")."""
        self.plan_year = plan_year
        """The one year the title of a plan names ("PLAN on emulation work in 2026"): the document sets
        targets and proposals for it."""
        self.section_starts = [s.start for s in sections]
        self.list_starts = [s.start for s in lists]

    @staticmethod
    def _find(stretches: list[Stretch], starts: list[int], char: int) -> Stretch | None:
        i = bisect_right(starts, char) - 1
        return stretches[i] if i >= 0 and char < stretches[i].end else None

    def proposal_at(self, char: int) -> bool:
        """Is the character inside a proposals section or a proposal's list?"""
        found = self._find(self.lists, self.list_starts, char) or self._find(self.sections, self.section_starts, char)
        return bool(found and found.proposals)

    def targets_at(self, char: int) -> bool:
        """Is the character inside a section whose heading says it sets targets ("II. TARGETS FOR 2026")?"""
        found = self._find(self.sections, self.section_starts, char)
        return bool(found and found.targets)

    def year_at(self, char: int) -> str | None:
        """The year the heading of the character's section names, or None."""
        found = self._find(self.sections, self.section_starts, char)
        return found.year if found else None


class SectionReader:
    """Reads the sections of a document in one pass over its lines, by the pack's `sections.yml`."""

    def __init__(self, lang: str) -> None:
        self.g = compile_grammar(load_data(lang, "sections", SectionsData).grammar)

    def of_doc(self, doc: Doc) -> DocSections:
        meta = doc_meta(doc)
        if meta is not None and _META in meta:
            found: DocSections = meta[_META]
            return found
        sections = self.read(text_of(doc))
        if meta is not None:
            meta[_META] = sections
        return sections

    def read(self, text: str) -> DocSections:
        """Sections run from a heading line to the next heading or the closing block ("Nơi nhận:");
        a proposal list runs over the list items right after a lead line ("... đề nghị:")."""
        sections: list[Stretch] = []
        lists: list[Stretch] = []
        heading: tuple[int, str | None, bool, bool] | None = None  # the open section: start, year, proposals, targets
        listing: list[int] | None = None  # the open proposal list: start, end of its last item
        pos = 0
        for line in text.splitlines(keepends=True):
            start, pos = pos, pos + len(line)
            stripped = line.strip()
            if not stripped:
                continue
            is_heading = bool(self.g.heading.match(stripped))
            if listing is not None and (is_heading or not self.g.list_item.match(stripped)):
                if listing[1] > listing[0]:
                    lists.append(Stretch(listing[0], listing[1], None, True))
                listing = None
            if is_heading or self.g.section_end.match(stripped):
                if heading is not None:
                    sections.append(Stretch(heading[0], start, *heading[1:]))
                heading = None
                if is_heading:
                    year = self.g.heading_year.search(stripped)
                    heading = (
                        start,
                        year.group(1) if year else None,
                        bool(self.g.proposal_heading.search(stripped)),
                        bool(self.g.target_heading.search(stripped)),
                    )
                continue
            if listing is not None:
                listing[1] = start + len(line.rstrip())
            elif self.g.proposal_lead.search(stripped):
                listing = [pos, pos]
        if listing is not None and listing[1] > listing[0]:
            lists.append(Stretch(listing[0], listing[1], None, True))
        if heading is not None:
            sections.append(Stretch(heading[0], len(text), *heading[1:]))
        # the title: a first line with more after it, short as a headline is (not a one-paragraph text)
        first, more = (text.lstrip().split("\n", 1) + [""])[:2]
        headline = more.strip() and len(first) <= TITLE_CHARS
        title = self.g.heading_year.search(first) if headline else None
        years = set(YEAR_ALONE.findall(first)) if headline and self.g.review_title.search(first) else set()
        reviewed = years.pop() if len(years) == 1 else None
        planned = set(YEAR_ALONE.findall(first)) if headline and self.g.plan_title.match(first.strip()) else set()
        plan_year = planned.pop() if len(planned) == 1 else None
        return DocSections(sections, lists, title.group(1) if title else None, reviewed, plan_year)
