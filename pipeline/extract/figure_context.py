"""What the words around a number say about the figure beyond its metric.

The figures component asks these questions of every number; the answers
are read from `data/<lang>/numbers.yml` and `metrics.yml`:

- is it a figure at all? Counts of organisations and attendance ("9
  grassroots offices", "150 delegates") are context; a count followed by an
  award verb ("212 officials earned the title of ...") belongs to the award;
- which clause is it in? A sentence's clauses part at ";" and ", while":
  scope and period stay in their clause;
- when does it hold? "in 10 months" is the tenth month of the year; "the
  same period last year" is the year before;
- whose is it? "nationwide", "the whole sector": the sector's agency;
- in a table, what does the column header make it? plan / target columns
  hold targets, "% of plan" columns plan completion, "compared with"
  columns changes; a "No." column holds row numbers, not figures.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from .lexicon import CaselessSearch
from .lexicon_models import MetricsData, NumbersData
from .phrase_cues import PhraseCues
from .phrase_tries import PhrasePresence, gate_as_trie, phrase_alternation, phrase_trie
from .regex_start import cue_scan, words_absent

QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


class FigureContext:
    def __init__(self, numbers: NumbersData, metrics: MetricsData, g: SimpleNamespace) -> None:
        # as a trie: the same ends in the same order as the longest-first alternation, for less
        nouns = phrase_alternation(numbers.not_figure_nouns) or "(?!)"
        self.not_figure = re.compile(
            rf"^\s*(?:(?!{g.noun_gap_stop.pattern})[\w-]+\s+){{0,4}}?(?:{nouns})\b", re.IGNORECASE
        )
        self.award_count = re.compile(numbers.award_count_after, re.IGNORECASE)
        # the words the award count needs: a sentence without them holds none
        self.award_count_words = gate_as_trie(CaselessSearch(self.award_count))
        self.word_numbers = {k.lower(): v for k, v in numbers.word_numbers.items()}
        self.months_elapsed_re = cue_scan(g.months_elapsed)
        self.no_elapsed: str | None = None  # the last text found to hold none of the words it needs
        self.part_months = {k.lower(): v for k, v in metrics.part_months.items()}
        self.last_year_re: re.Pattern[str] = g.last_year_after
        self.sector_wide_re = PhraseCues(metrics.sector_wide)
        self.sector_unit = metrics.sector_unit
        # "ranked 5th nationwide": the unit's place among all, not a figure of the whole sector
        self.ranking_re: re.Pattern[str] = g.ranking_before
        # "toàn hệ thống đại lý thu": right after the sector-wide word, another network
        self.other_network_re: re.Pattern[str] = g.other_network_after
        self.unclear_scope_re = PhraseCues(metrics.unclear_scope)
        self.outside_sector_re = PhraseCues(metrics.outside_sector) if metrics.outside_sector else None
        self.district_re = cue_scan(g.district_before)
        self.district_unit = metrics.district_unit
        self.list_item_re: re.Pattern[str] = g.list_item_name
        self.list_kind_re: re.Pattern[str] = g.list_kind
        self.listed_place_re: re.Pattern[str] = g.listed_place_before
        self.venue_opening_re: re.Pattern[str] = g.venue_opening
        self.list_item_start: re.Pattern[str] = g.list_item_start
        self.next_in_list_re: re.Pattern[str] = g.next_in_list_before
        self.coverage_after: re.Pattern[str] = g.coverage_after
        self.clause_break: re.Pattern[str] = g.figure_clause_break
        self.breaks_of: tuple[str | None, list[tuple[int, int]]] = (None, [])  # the last text asked, its breaks
        self.this_year_re = cue_scan(g.this_year)
        self.years_span_re = cue_scan(g.years_span)
        self.table_kinds = [(k.kind, re.compile(k.pattern)) for k in metrics.table_kinds]
        self.row_number_header: re.Pattern[str] = g.row_number_header

    def not_a_figure(self, text: str, start: int = 0, awards: bool = True) -> bool:
        """Organisations, attendance, or the recipients of an award (the words of `text` from `start`,
        right after the number; `awards`: whether it may be an award's recipients). The patterns are
        matched at the place without asking first whether the window holds their words: a match tried
        there costs less than that question (a sentence without the award count's words is told once,
        for all its numbers)."""
        if self.not_figure.match(text[start : start + 60]):
            return True
        if not awards or self.award_count_words.absent_from(text):  # asked once per sentence, not per number
            return False
        return bool(self.award_count.match(text[start : min(start + 90, len(text))]))

    def clause_bounds(self, text: str, pos: int) -> tuple[int, int]:
        """The clause of `text` that holds position `pos` (the clause breaks of the text asked about
        last are kept: a sentence is asked once per number in it)."""
        if self.breaks_of[0] is not text:
            self.breaks_of = (text, [m.span() for m in self.clause_break.finditer(text)])
        start, end = 0, len(text)
        for break_start, break_end in self.breaks_of[1]:
            if break_end <= pos:
                start = break_end
            elif break_start >= pos:
                end = break_start
                break
        return start, end

    def months_elapsed(self, before: str, year: int | None, end: int | None = None) -> str | None:
        """ "In 10 months, revenue reached ..." -> "YYYY-10" (the year the text names, else the document's;
        `end`: of `before[:end]`, the same answer, without the slice)."""
        if before is self.no_elapsed:
            return None  # asked again of a text found to lack the words (per number, up to it)
        if words_absent(self.months_elapsed_re, before):
            self.no_elapsed = before
            return None
        hits = list(self.months_elapsed_re.finditer(before, 0, len(before) if end is None else end))
        if not hits:
            return None
        m = hits[-1]
        if m.groupdict().get("part"):
            month = self.part_months.get(m.group("part").lower(), 0)
        else:
            n = m.group("n").lower()
            month = int(n) if n.isdigit() else self.word_numbers.get(n, 0)
        year_of = int(m.group("year")) if m.group("year") else year
        return f"{year_of}-{month:02d}" if year_of and 1 <= month <= 12 else None

    def years_span(self, text: str, start: int, end: int) -> bool:
        """ "Total revenue for the five years came to ...": a total over years, no single date (in the
        clause `text[start:end]`)."""
        if self.years_span_re.absent_from(text):  # asked once per sentence, not per number
            return False
        return self.years_span_re.search(text[start:end]) is not None

    def this_year(self, sentence: str) -> bool:
        """ "by the end of the year", "this year": the year the document reports on."""
        return bool(self.this_year_re.search(sentence))

    def of_last_year(self, right: str) -> bool:
        return bool(self.last_year_re.match(right))

    def sector_wide(self, clause: str, sentence: str | None = None) -> int | None:
        """Where "nationwide", "the whole sector" ... ends in the clause, or None (a quoted movement
        name such as "The whole country joins hands" is no cue). `sentence`: the text the clause was
        cut from; a clause without quotation marks is read as it is, and a sentence without the phrases
        has none in any such clause, which is told once per sentence."""
        quoted = '"' in clause or "“" in clause
        if not quoted and sentence is not None and self.sector_wide_re.absent_from(sentence):
            return None
        unquoted = QUOTED.sub(lambda m: " " * len(m.group()), clause) if quoted else clause
        hits = [
            h
            for h in self.sector_wide_re.finditer(unquoted)
            if not self.ranking_re.search(unquoted[: h.start()]) and not self.other_network_re.match(unquoted, h.end())
        ]
        return hits[-1].end() if hits else None

    def district(self, text: str, start: int, end: int) -> str | None:
        """The office of the last district the clause `text[start:end]` names before the number, if any."""
        if self.district_re.absent_from(text):  # asked once per sentence; a clause is searched at once
            return None
        clause_before = text[start:end]
        if self.district_unit and (
            listed := self.listed_place_re.search(clause_before, max(0, len(clause_before) - 60))
        ):
            # "Coverage in A district reached 95.1%, in B 94.2%": B's kind word left out, the one named before
            kinds = list(self.list_kind_re.finditer(clause_before, 0, listed.start()))
            if kinds:
                return self.district_unit.format(name=listed.group("name"), kind=kinds[-1].group("kind").capitalize())
        hits = list(self.district_re.finditer(clause_before))
        venue = self.venue_opening_re.match(clause_before)
        if venue:  # "At the ceremony in A town, Mr. X said ... 96.3%": where the event was held, no figure's office
            hits = [h for h in hits if h.start() >= venue.end()]
        if not hits or not self.district_unit:
            return None
        kind = hits[-1].group("kind").capitalize()
        following = self.next_in_list_re.search(clause_before)
        if following and following.start() >= hits[-1].end():
            return self.district_unit.format(name=following.group("name").strip(), kind=kind)
        return self.district_unit.format(name=hits[-1].group("name").strip(), kind=kind)

    def list_header(self, text: str, line_start: int) -> str | None:
        """The header line of the list a line is an item of ("Voluntary participants by district:"),
        if the line is one."""
        line_end = text.find("\n", line_start)
        if not self.list_item_start.match(text[line_start : line_end if line_end >= 0 else len(text)]):
            return None
        end = line_start - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if not self.list_item_start.match(line):
                return line if line.rstrip().endswith(":") else None
            end = start - 1
        return None

    def list_item(self, line_before: str, text_before_line: str) -> str | None:
        """ "1. Hoa Vang: 12,400 participants, 118% of plan": the office of the unit the item names,
        when the text before the list says what kind of unit its items are ("by district:")."""
        item = self.list_item_re.match(line_before)
        if not item or not self.district_unit:
            return None
        kinds = list(self.list_kind_re.finditer(text_before_line[-400:]))
        if not kinds:
            return None
        return self.district_unit.format(name=item.group("name").strip(), kind=kinds[-1].group("kind").capitalize())

    def unclear_scope(self, before: str, sentence: str | None = None) -> bool:
        """ "the entire system strives to ...": a subject that names no unit for sure (`sentence`: the
        text `before` was cut from; one without the phrases has none in any piece)."""
        if self.outside_sector_re is not None and self.outside_sector_before(before, sentence):
            return True  # "thu ngân sách nhà nước đạt 6.930 tỷ đồng": the province's budget, no office's
        if sentence is not None and self.unclear_scope_re.absent_from(sentence):
            return False
        return bool(self.unclear_scope_re.search(before))

    def outside_sector_before(self, before: str, sentence: str | None = None) -> bool:
        """Whether the clause (from the last ";") that ends at the figure names a measure outside the sector."""
        cues = self.outside_sector_re
        if cues is None or (sentence is not None and cues.absent_from(sentence)):
            return False
        return bool(cues.search(before[before.rfind(";") + 1 :]))

    def coverage_named_after(self, right: str) -> bool:
        return bool(self.coverage_after.match(right[:50]))

    def table_kind(self, header: str) -> str | None:
        for kind, regex in self.table_kinds:
            if regex.search(header):
                return kind
        return None

    def is_row_numbers(self, header: str) -> bool:
        return bool(self.row_number_header.match(header))


class TargetCues:
    """The words that make a clause state a target ("phấn đấu", "với chỉ tiêu"), except where a
    comparison names the target ("so với chỉ tiêu ... giao": the result is compared with it)."""

    def __init__(
        self, cues: list[str], compared_before: re.Pattern[str], assigned: re.Pattern[str] | None = None
    ) -> None:
        # scanned over the lower-cased text, from the characters a cue can start with
        self.cues = cue_scan(phrase_trie(cues))
        # any cue's words at all, word boundaries or not: a text without them has no cue in any part
        self.cue_words = PhrasePresence(cues)
        self.compared_before = compared_before
        # "asked the sector to reach": a target with no target word
        self.assigned = cue_scan(assigned) if assigned is not None else None
        # the text asked about last, whether it has cue words, and whether it has the words `assigned` needs
        self.last_text: tuple[str, bool, bool] = ("", False, False)

    def search(self, text: str, end: int | None = None) -> re.Match[str] | None:
        """The first target cue in `text` (up to `end`: the same answer as for `text[:end]`). A sentence
        is asked about once and then once per number in it: whether it holds cue words is kept."""
        if self.last_text[0] is not text:
            has_assigned = self.assigned is not None and not words_absent(self.assigned, text)
            self.last_text = (text, self.cue_words(text), has_assigned)
        endpos = len(text) if end is None else end
        hit = (
            next(
                (m for m in self.cues.finditer(text, 0, endpos) if not self.compared_before.search(text, 0, m.start())),
                None,
            )
            if self.last_text[1]
            else None
        )
        return hit or (self.assigned.search(text, 0, endpos) if self.assigned and self.last_text[2] else None)
