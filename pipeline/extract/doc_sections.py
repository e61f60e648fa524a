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
from .regex_start import start_gated_grammar

_META = "sections"
TITLE_CHARS = 250
"""A first line longer than this is a paragraph, not a headline."""
HEADER_LINES = 8
"""How many lines below a header in capitals its title may be."""
TARGET_HEADING_CHARS = 100
"""A line naming targets longer than this is a sentence about them, not a heading over a list."""
YEAR_ALONE = re.compile(r"(?<![\d-])((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)")
"""A year that is no end of a period ("2025", not "2021-2025")."""


@dataclass(frozen=True)
class Stretch:
    """Characters `start`..`end` of the text, with what the section they lie in says of them."""

    start: int
    end: int
    year: str | None
    proposals: bool
    lead: tuple[int, int] | None = None
    """A proposal list's lead line ("Hội đồng thống nhất đề nghị Giám đốc BHXH tỉnh X:"), where it has one."""


class DocSections:
    """The sections of one document (numbered headings, each up to the next) and its proposal lists,
    each kind in text order and found by bisection."""

    def __init__(
        self,
        sections: list[Stretch],
        lists: list[Stretch],
        title_year: str | None = None,
        targets: list[Stretch] | None = None,
        reviewed_year: str | None = None,
        plan_year: str | None = None,
    ) -> None:
        self.sections, self.lists = sections, lists
        self.targets = targets or []
        """The stretches that set targets ("II. TARGETS FOR 2026", "2. Chỉ tiêu chủ yếu năm 2026" and the
        lines under each), in text order."""
        self.target_starts = [s.start for s in self.targets]
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

    def targets_at(self, char: int) -> Stretch | None:
        """The stretch under a heading that names targets ("II. TARGETS FOR 2026", "2. Chỉ tiêu chủ yếu
        năm 2026") the character lies in, or None: its figures are goals, for the year the heading names
        (the stretch's `year`)."""
        return self._find(self.targets, self.target_starts, char) if self.targets else None

    def lead_at(self, char: int) -> tuple[int, int] | None:
        """The lead line of the proposal list holding the character: who is asked to give its awards."""
        found = self._find(self.lists, self.list_starts, char)
        return found.lead if found else None

    def year_at(self, char: int) -> str | None:
        """The year the heading of the character's section names, or None."""
        found = self._find(self.sections, self.section_starts, char)
        return found.year if found else None


class SectionReader:
    """Reads the sections of a document in one pass over its lines, by the pack's `sections.yml`."""

    def __init__(self, lang: str) -> None:
        # searched on every line of a document: a pattern a language has not ("(?!)") gives up at the first
        # character instead of being tried at every one, and the others skip where no match can start
        self.g = start_gated_grammar(compile_grammar(load_data(lang, "sections", SectionsData).grammar))

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
        a proposal list runs over the list items right after a lead line ("... đề nghị:"); a target
        stretch from a short line heading targets to the next heading of its level or above."""
        sections: list[Stretch] = []
        lists: list[Stretch] = []
        targets: list[Stretch] = []
        target: tuple[int, str | None, bool] | None = None  # the open target stretch: start, year, top level
        heading: tuple[int, str | None, bool] | None = None  # the open section: start, year, proposals
        listing: list[int] | None = None  # the open proposal list: start, end of its last item
        lead: tuple[int, int] | None = None  # its lead line
        pos = 0
        for line in text.splitlines(keepends=True):
            start, pos = pos, pos + len(line)
            stripped = line.strip()
            if not stripped:
                continue
            is_heading = bool(self.g.heading.match(stripped))
            if target is not None and (
                is_heading
                or self.g.section_end.match(stripped)
                or (not target[2] and self.g.subheading.match(stripped))
            ):
                targets.append(Stretch(target[0], start, target[1], False))
                target = None
            if target is None and len(stripped) <= TARGET_HEADING_CHARS and self.g.target_heading.match(stripped):
                year = self.g.heading_year.search(stripped)
                target = (start, year.group(1) if year else None, is_heading)
            elif target is None and len(stripped) <= TARGET_HEADING_CHARS and self.g.tasks_heading.match(stripped):
                year = self.g.heading_year.search(stripped)  # "II. NHIỆM VỤ QUÝ IV": its subsections close it
                target = (start, year.group(1) if year else None, False)
            if listing is not None and (is_heading or not self.g.list_item.match(stripped)):
                if listing[1] > listing[0]:
                    lists.append(Stretch(listing[0], listing[1], None, True, lead=lead))
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
                    )
                continue
            if listing is not None:
                listing[1] = start + len(line.rstrip())
            elif self.g.proposal_lead.search(stripped):
                listing, lead = [pos, pos], (start, start + len(line.rstrip()))
        if listing is not None and listing[1] > listing[0]:
            lists.append(Stretch(listing[0], listing[1], None, True, lead=lead))
        if heading is not None:
            sections.append(Stretch(heading[0], len(text), *heading[1:]))
        if target is not None:
            targets.append(Stretch(target[0], len(text), target[1], False))
        # the title: a first line with more after it, short as a headline is (not a one-paragraph text)
        first, more = (text.lstrip().split("\n", 1) + [""])[:2]
        if first.isupper():
            # an official paper's header in capitals (its bodies, the paper's kind): its title is the first line
            # in ordinary case below ("BIÊN BẢN / Họp bình xét thi đua, khen thưởng năm 2025")
            below = [line.strip() for line in more.split("\n")[:HEADER_LINES] if line.strip()]
            titled = next((k for k, line in enumerate(below) if not line.isupper()), None)
            if titled is not None:
                first, more = below[titled], "\n".join(below[titled + 1 :]) or more
        headline = more.strip() and len(first) <= TITLE_CHARS
        title = self.g.heading_year.search(first) if headline else None
        years = set(YEAR_ALONE.findall(first)) if headline and self.g.review_title.search(first) else set()
        reviewed = years.pop() if len(years) == 1 else None
        planned = set(YEAR_ALONE.findall(first)) if headline and self.g.plan_title.match(first.strip()) else set()
        plan_year = planned.pop() if len(planned) == 1 else None
        return DocSections(sections, lists, title.group(1) if title else None, targets, reviewed, plan_year)
