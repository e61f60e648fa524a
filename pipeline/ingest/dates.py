"""Headline and publication date from the top of a cleaned document.

Title: the first substantial line, skipping site-name lines ("Vietnam.vn -
..."), datelines, captions and short labels; null when the text starts
straight with a body sentence (a long line ending in a full stop).

Published date: only from a *dateline*, a line near the top (the first
`DATELINE_LINES` non-blank lines) that is a date with at most a time, a
weekday and a short site name around it ("Báo Phú Yên 26/06/2025",
"27/05/2021 06:30 PM", "10:38:52 AM | 10/15/2020", "(PW, 07/01/2011)").
A date inside a sentence ("On May 27, ...") is never a publication date, except where an agency's tag
stands for the dateline and the lead opens on the full date ("(VSS) - On the morning of September 22,
2023, ...": the agency's report of that day).

Day/month order: from the value when one part is over 12; otherwise from the
form's convention (DD/MM/YYYY for a date first, as Vietnamese sites and the
VSS English site write it; MM/DD/YYYY after a time, as in "10:38:52 AM |
10/15/2020"), with a warning that names both readings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

DATELINE_LINES = 8
"""How many non-blank lines from the top may hold the dateline or the title."""

_MAX_REST_CHARS = 40
_MAX_REST_WORDS = 6
_LONG_SENTENCE_CHARS = 110
_LONG_SENTENCE_WORDS = 18

MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"

# (name, pattern, order used when the value does not decide: "dmy" or "mdy"; None = unambiguous form)
FORMS: tuple[tuple[str, re.Pattern[str], str | None], ...] = (
    (
        "time | MM/DD/YYYY",
        re.compile(rf"(?P<time>{_TIME})\s*[|,\-–]\s*(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}})(?!\d)"),
        "mdy",
    ),
    (
        "YYYY-MM-DD",
        re.compile(
            r"(?<![\d/.\-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+\-]\d{2}:?\d{2})?)?(?![\d\-])"
        ),
        None,
    ),
    (
        "DD/MM/YYYY",
        re.compile(
            rf"(?<![\d/.\-])(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\d/])(?:,?\s*(?:[-–|]\s*)?(?P<time>{_TIME}))?(?:\s*\((?:GMT|UTC)[+\-]?\d*\))?"
        ),
        "dmy",
    ),
    (
        "Month D, YYYY",
        re.compile(
            rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b(?:,?\s*(?P<time>{_TIME}))?",
            re.IGNORECASE,
        ),
        None,
    ),
    (
        "D Month YYYY",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<y>\d{{4}})\b(?:,?\s*(?P<time>{_TIME}))?",
            re.IGNORECASE,
        ),
        None,
    ),
    (
        "ngày D tháng M năm YYYY",
        re.compile(r"\bngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})\b", re.IGNORECASE),
        None,
    ),
)
_WEEKDAYS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|\bthứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)\b|\bchủ nhật\b",
    re.IGNORECASE,
)
_SITE_LINE = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.(?:vn|com|net|org|gov|info)\b(?:\s*[-–—|:]\s*.*)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…]\W*$")


@dataclass
class Dateline:
    iso: str
    raw: str
    line: str
    alternative: str | None = None
    """The other reading of an ambiguous day/month, when there is one."""
    order: str | None = None

    @property
    def ambiguous(self) -> bool:
        return self.alternative is not None


@dataclass
class TopMatter:
    title: str | None
    published: str | None
    warnings: list[str] = field(default_factory=list)


def find_top_matter(
    text: str,
    captions: list[tuple[int, int]] | None = None,
    meta_title: str | None = None,
    meta_published: str | None = None,
) -> TopMatter:
    """Title and publication date of a cleaned text; file metadata wins when it has them.

    An ambiguous dateline that one of the metadata's readings confirms needs
    no warning; metadata that contradicts the dateline gets one.
    """
    lines = _top_lines(text, captions or [])
    warnings: list[str] = []
    dateline = find_dateline(lines)
    published = meta_published
    if meta_published and dateline is not None:
        if meta_published not in (dateline.iso, dateline.alternative):
            warnings.append(
                f"page metadata gives the publication date {meta_published} but the dateline "
                f"{dateline.raw!r} reads {dateline.iso}; kept the metadata"
            )
    elif dateline is not None:
        published = dateline.iso
        if dateline.ambiguous:
            warnings.append(ambiguity_warning(dateline))
    elif meta_published is None:
        published = today_opening_date(lines)
    title = meta_title or find_title(lines)
    return TopMatter(title=title, published=published, warnings=warnings)


# minutes open on the day they record ("Hôm nay, vào lúc 14 giờ ngày 16 tháng 12 năm 2025, tại ...",
# "Today, 3 March 2026, at ..."): with no dateline, that day is the paper's date
_TODAY_OPENING = re.compile(r"^(?:hôm nay|today)\b", re.IGNORECASE)
_WRITTEN_DATE_FORMS = ("ngày D tháng M năm YYYY", "D Month YYYY", "Month D, YYYY")


def today_opening_date(lines: list[str]) -> str | None:
    """The date a top line opening on "today" names in words (an unambiguous form), else None."""
    for line in lines:
        if not _TODAY_OPENING.match(line):
            continue
        for name, pattern, order in FORMS:
            m = pattern.search(line) if name in _WRITTEN_DATE_FORMS else None
            if m is not None and (found := _to_date(m, order)) is not None:
                return found[0]
    return None


def ambiguity_warning(d: Dateline) -> str:
    order = "DD/MM/YYYY" if d.order == "dmy" else "MM/DD/YYYY"
    return (
        f"published date {d.raw!r} is ambiguous (day and month both 12 or less): read as {d.iso} "
        f"({order}, the usual order of this form); the other reading is {d.alternative}"
    )


def _top_lines(text: str, captions: list[tuple[int, int]]) -> list[str]:
    """The first non-blank, non-caption lines."""
    out: list[str] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip() or any(s <= start < e for s, e in captions):
            continue
        out.append(line.strip())
        if len(out) >= DATELINE_LINES:
            break
    return out


# a wire dateline opening the first paragraph: a place, a comma, the date, an optional agency, a dash
# ("Ha Noi, April 14, 2026 – Vietnam Social Security ..."); the place and date are read as a dateline
_WIRE_DATELINE = re.compile(
    r"^(?P<head>[A-ZÀ-Ỹ][\w'’.]*(?:[ -][A-ZÀ-Ỹ][\w'’.]*){0,3},\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,)\s+\d{4}"
    r"|[A-ZÀ-Ỹ][\w'’.]*(?:[ -][A-ZÀ-Ỹ][\w'’.]*){0,3},\s+\d{1,2}/\d{1,2}/\d{4})"
    r"\s*(?:\([^()]{1,20}\)\s*)?[–—-]\s"
)


# an agency's tag opening the first paragraph in place of a dateline, the lead opening on a full date
# ("(VSS) - On the morning of September 22, 2023, in ..."): that date is the report's
_AGENCY_LEAD = re.compile(
    r"^\([A-Z]{2,10}\)\s*[–—-]\s+On\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?"
    r"(?P<head>[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}),"
)


def find_dateline(lines: list[str]) -> Dateline | None:
    for line in lines:
        found = parse_dateline(line)
        if found is None and (wire := _WIRE_DATELINE.match(line)):
            found = parse_dateline(wire.group("head"))
        if found is None and (lead := _AGENCY_LEAD.match(line)):
            found = parse_dateline(lead.group("head"))
        if found is not None:
            return found
    return None


def parse_dateline(line: str) -> Dateline | None:
    """A date when the line is a dateline (the date plus at most a time, weekday and short name), else None."""
    for _name, pattern, order in FORMS:
        for m in pattern.finditer(line):
            rest = (line[: m.start()] + " " + line[m.end() :]).strip()
            # "Đài Phát thanh và Truyền hình Nghệ An | 12/10/2023": a bar sets the source's name apart
            barred = bool(re.search(r"\|\s*$", line[: m.start()]) or re.match(r"\s*\|", line[m.end() :]))
            if not _is_short_rest(rest, barred):
                continue
            found = _to_date(m, order)
            if found is not None:
                iso, alternative = found
                return Dateline(iso=iso, raw=m.group(0).strip(), line=line, alternative=alternative, order=order)
    return None


def _is_short_rest(rest: str, barred: bool = False) -> bool:
    """Whether what surrounds a date is no more than a time, a weekday and a short source name (a name set
    apart by a bar may be twice as long: a station's or a newspaper's full name)."""
    rest = _WEEKDAYS.sub(" ", rest)
    rest = re.sub(r"^(?:updated|published|posted|cập nhật|ngày đăng)\s*:?", " ", rest.strip(), flags=re.IGNORECASE)
    rest = rest.strip(" \t|,-–—:()[]/")
    if not rest:
        return True
    factor = 2 if barred else 1
    if len(rest) > factor * _MAX_REST_CHARS or len(rest.split()) > factor * _MAX_REST_WORDS:
        return False
    return not _SENTENCE_END.search(rest) or bool(re.search(r"\.(vn|com|net|org)\W*$", rest, re.IGNORECASE))


def _to_date(m: re.Match[str], order: str | None) -> tuple[str, str | None] | None:
    """(ISO date, other reading or None), or None when the numbers are not a date."""
    groups = m.groupdict()
    year = int(groups["y"])
    if groups.get("mon"):
        readings = [(int(groups["d"]), MONTHS[groups["mon"].lower().rstrip(".")])]
    elif groups.get("m"):
        readings = [(int(groups["d"]), int(groups["m"]))]
    else:
        a, b = int(groups["a"]), int(groups["b"])
        first = (a, b) if order == "dmy" else (b, a)  # (day, month)
        readings = [first] if a == b else [first, (first[1], first[0])]
    valid = [iso for day, month in readings if (iso := _iso(year, month, day))]
    if not valid:
        return None
    return valid[0], (valid[1] if len(valid) > 1 else None)


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1990 <= year <= date.today().year + 1:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_title(lines: list[str]) -> str | None:
    """The headline among the top lines, or None when the text opens with a body sentence."""
    for line in lines:
        if _SITE_LINE.match(line) or parse_dateline(line) is not None:
            continue
        if len(line.split()) < 4 and not _is_headline_case(line):
            continue  # a label ("Hoạt động ngành") or a stray letter
        if _is_body_sentence(line):
            return None
        return line
    return None


def _is_headline_case(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 12 and all(c.isupper() for c in letters)


def _is_body_sentence(line: str) -> bool:
    long = len(line) > _LONG_SENTENCE_CHARS or len(line.split()) > _LONG_SENTENCE_WORDS
    return long and bool(_SENTENCE_END.search(line))
