"""Date expressions inside a sentence: "As of May 31, 2025", "by August 2020", "in 2019",
"the first six months of 2020", "the 2021-2025 period", "January 23".
The words (month names, "first six months", comparison cues) come from the
language's `dates.yml`; the number shapes (years, 27/02/2025) are shared.

Each mention says whether it is a comparison ("higher than in 2020",
"compared to 2023"), which is never the date a figure holds at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from .lexicon import CaselessSearch, load_data
from .lexicon_models import DatesData
from .phrase_tries import gate_as_trie
from .regex_start import with_start_gate
from .sentence_scan import TextScan, plain_matches
from .slice_search import slice_has

YEAR = r"(?:19|20)\d\d"
BRANCHES = ("range", "half", "mdy", "dmy", "my", "numeric", "year")  # the date pattern's branches, in order
RECENT_TEXTS = 256


class DateReader:
    """The date expressions of one language, compiled from its `dates.yml`."""

    def __init__(self, lang: str) -> None:
        data = load_data(lang, "dates", DatesData)
        g = data.grammar
        self.month_of = {form.lower(): n for n, forms in enumerate(data.months, 1) for form in forms}
        full = [forms[0] for forms in data.months]
        short = [form for forms in data.months for form in forms[1:]]
        month = "(?:" + "|".join(map(re.escape, full + short)) + r")\.?"
        ordinal = g.ordinal_suffix
        # the scans skip every character no date starts with (the same matches, a quarter of the cost)
        self.date_re = with_start_gate(
            re.compile(
                rf"(?P<range>(?P<y1>{YEAR})(?:\s*[-–]\s*|{g.year_span_words})(?P<y2>{YEAR}))"
                rf"|(?P<half>{g.half_year})"
                rf"|(?P<mdy>(?P<m1>{month})\s+(?P<d1>\d{{1,2}})(?!\d){ordinal}?(?:,?\s+(?P<y3>{YEAR}))?)"
                # "4 March 2025", and "4 March" without a year (a day of the year the text speaks of, no count)
                rf"|(?P<dmy>(?<![\d.,])(?P<d2>\d{{1,2}})(?!\d){ordinal}?\s+(?P<m2>{month})(?:,?\s+(?P<y4>{YEAR}))?)"
                rf"|(?P<my>(?P<m3>{month}),?\s+(?P<y5>{YEAR}))"
                rf"|(?P<numeric>(?P<d3>\d{{1,2}})/(?P<m4>\d{{1,2}})/(?P<y6>{YEAR}))"
                # "1903/QĐ-BHXH": a document's number, not a year
                rf"|(?P<year>(?<![\d.,/-]){YEAR}(?![\d%]|/\s*[^\W\d_]|{g.percent_after_year}|{g.law_after_year}))"
            )
        )
        self.comparison_before = re.compile(g.comparison_before)
        self.range_versus = re.compile(g.range_versus)
        self.year_base = re.compile(g.year_base)
        # the same patterns behind a test for the words they need (most dates follow none of them)
        self.comparison_scan = gate_as_trie(CaselessSearch(self.comparison_before))
        self.range_versus_scan = CaselessSearch(self.range_versus)
        self.year_base_scan = CaselessSearch(self.year_base)
        self.to_date = re.compile(g.to_date)
        self.lead_year = re.compile(g.lead_year)
        self.month_names = full
        self.forms = [with_start_gate(re.compile(source)) for source in data.forms]
        self.month_end = re.compile(g.month_end)
        self.recent: dict[str, tuple[DateMention, ...]] = {}

    def month(self, name: str) -> int:
        return self.month_of.get(name.lower().rstrip("."), 0)

    def find(self, text: str, scan: TextScan | None = None, start: int = 0) -> list[DateMention]:
        """The date mentions of `text`. Components ask about the same sentence several times
        (figures per sentence, awards per award mention), so recent answers are kept. `scan`: the
        whole text's scan `text` starts in at `start`, whose matches answer where they are the
        text's own (`sentence_scan`)."""
        found = self.recent.get(text)
        if found is None:
            if len(self.recent) >= RECENT_TEXTS:
                self.recent.clear()
            found = self.recent[text] = tuple(find_dates(self, text, scan, start))
        return list(found)


@cache
def date_reader(lang: str) -> DateReader:
    return DateReader(lang)


class DateMention(NamedTuple):
    """A date expression's offsets in its text and what it says. A named tuple rather than a frozen
    dataclass: about a third of the cost to build (every date of every sentence is one), as immutable."""

    start: int
    end: int
    value: str | None  # YYYY, YYYY-MM, YYYY-MM-DD, or None when only month/day
    month_day: tuple[int, int] | None = None  # for "January 23" without a year
    period: str | None = None
    comparison: bool = False
    month: int | None = None  # "the first six months": June of a year the text implies
    numeric: bool = False  # "27/02/2025": a dateline, not a date the text talks about


QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
"""A quarter's number (group `q` of a date form), in Roman or Arabic numerals."""


def form_mention(m: re.Match[str], comparison: bool, shift: int = 0) -> DateMention | None:
    """A date written in one of the language's own `forms` (named groups d, m, y, upto, q, half); its offsets
    less `shift` (a match of the whole text, for a sentence of it)."""
    groups = {k: int(v) for k, v in m.groupdict().items() if v and k not in ("q", "half")}
    start, end = m.start() - shift, m.end() - shift
    day, month, year, upto = groups.get("d"), groups.get("m"), groups.get("y"), groups.get("upto")
    quarter = m.groupdict().get("q")
    if quarter:  # "quý I/2026": the quarter holds at its last month
        upto = 3 * QUARTERS.get(quarter.upper(), 0)
    if m.groupdict().get("half"):  # "sáu tháng đầu năm", "nửa đầu năm": the first half holds at June
        upto = 6
    if upto is not None:
        if not 1 <= upto <= 12:
            return None
        return DateMention(start, end, f"{year}-{upto:02d}" if year else None, month=upto, comparison=comparison)
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if year and day:
        return DateMention(start, end, f"{year}-{month:02d}-{day:02d}", month_day=(month, day), comparison=comparison)
    if year:
        return DateMention(start, end, f"{year}-{month:02d}", comparison=comparison)
    if day:
        return DateMention(start, end, None, month_day=(month, day), comparison=comparison)
    return DateMention(start, end, None, month=month, comparison=comparison)


def branch_of(m: re.Match[str]) -> str | None:
    """Which branch of the date pattern matched: the group that closed last is the branch's own
    (every other group is inside one); read as a chain of tests would read it when that group is empty."""
    return m.lastgroup if m.lastgroup and m.group(m.lastgroup) else next((b for b in BRANCHES if m.group(b)), None)


def find_dates(reader: DateReader, text: str, scan: TextScan | None = None, at: int = 0) -> list[DateMention]:
    """The date mentions of `text`: the language's own forms first, "by the end of March", then
    the shared shapes, each skipping what one before took. `scan`: the whole text's scan, `text`
    its piece from `at` (`TextScan.sentence_matches` gives the same matches as scanning `text`)."""
    out = []
    _month = reader.month
    taken: list[tuple[int, int]] = []
    for form in reader.forms:  # the language's own forms first ("ngày 26 tháng 6 năm 2025")
        for m, shift in _matches(scan, form, at, text):
            start, end = m.start() - shift, m.end() - shift
            if any(s < end and start < e for s, e in taken):
                continue
            comparison = slice_has(reader.comparison_scan, text, max(0, start - 40), start)
            mention = form_mention(m, comparison, shift)
            if mention is not None:
                out.append(mention)
                taken.append((start, end))
    for m in reader.month_end.finditer(text) if "end of" in text else ():
        month = _month(m.group("mon"))  # "by the end of March": March of the year the text speaks of
        if month and not any(s < m.end() and m.start() < e for s, e in taken):
            comparison = slice_has(reader.comparison_scan, text, max(0, m.start() - 40), m.start())
            out.append(DateMention(m.start(), m.end(), None, month=month, comparison=comparison))
            taken.append((m.start(), m.end()))
    for m, shift in _matches(scan, reader.date_re, at, text):
        start, end = m.start() - shift, m.end() - shift
        if taken and any(s < end and start < e for s, e in taken):
            continue
        kind = branch_of(m)
        if kind == "range":
            y1, y2 = m.group("y1"), m.group("y2")
            versus = slice_has(reader.range_versus_scan, text, max(0, start - 40), start)
            out.append(DateMention(start, end, y2, period=f"{y1}-{y2}", comparison=versus))
            continue
        comparison = slice_has(reader.comparison_scan, text, max(0, start - 40), start)
        if kind == "half":
            year = m.group("hy")
            out.append(DateMention(start, end, f"{year}-06" if year else None, month=6, comparison=comparison))
        elif kind == "mdy":
            month, day, year = _month(m.group("m1")), int(m.group("d1")), m.group("y3")
            if not 1 <= day <= 31:
                continue
            value = f"{year}-{month:02d}-{day:02d}" if year else None
            out.append(DateMention(start, end, value, month_day=(month, day), comparison=comparison))
        elif kind == "dmy":
            month, day = _month(m.group("m2")), int(m.group("d2"))
            if not 1 <= day <= 31:
                continue
            if m.group("y4") is None:  # "on 4 March": as "March 4"
                out.append(DateMention(start, end, None, month_day=(month, day), comparison=comparison))
                continue
            out.append(DateMention(start, end, f"{m.group('y4')}-{month:02d}-{day:02d}", comparison=comparison))
        elif kind == "my":
            out.append(DateMention(start, end, f"{m.group('y5')}-{_month(m.group('m3')):02d}", comparison=comparison))
        elif kind == "numeric":
            day, month = int(m.group("d3")), int(m.group("m4"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                out.append(
                    DateMention(
                        start, end, f"{m.group('y6')}-{month:02d}-{day:02d}", comparison=comparison, numeric=True
                    )
                )
        elif kind == "year":
            # "an increase of 27% on 2024": a bare year after "on" is the base of a comparison
            versus = comparison or slice_has(reader.year_base_scan, text, max(0, start - 4), start)
            out.append(DateMention(start, end, m.group("year"), comparison=versus))
    return sorted(out, key=lambda d: d.start) if reader.forms or taken else out


def _matches(
    scan: TextScan | None, pattern: re.Pattern[str], at: int, text: str
) -> Iterable[tuple[re.Match[str], int]]:
    """The matches of `pattern` in `text` with the offset to take off theirs: from the whole text's
    scan where it answers for the piece, else `text` scanned."""
    found = scan.sentence_matches(pattern, at, text) if scan is not None else None
    return found if found is not None else plain_matches(pattern, text)


def with_year(mention: DateMention, year: int) -> str | None:
    if mention.value:
        return mention.value
    if mention.month:
        return f"{year}-{mention.month:02d}"
    if mention.month_day:
        month, day = mention.month_day
        return f"{year}-{month:02d}-{day:02d}"
    return None
