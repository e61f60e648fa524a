"""Date expressions inside a sentence: "As of May 31, 2025", "by August 2020", "in 2019",
"the first six months of 2020", "the 2021-2025 period", "January 23".

Each mention says whether it is a comparison ("higher than in 2020",
"compared to 2023"), which is never the date a figure holds at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_YEAR = r"(?:19|20)\d\d"

DATE_RE = re.compile(
    rf"(?P<range>(?P<y1>{_YEAR})\s*[-–]\s*(?P<y2>{_YEAR}))"
    rf"|(?P<half>first (?:six|6) months(?: of (?:the year )?(?P<hy>{_YEAR}))?)"
    rf"|(?P<mdy>(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y3>{_YEAR}))?)"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y4>{_YEAR}))"
    rf"|(?P<my>(?P<m3>{_MONTH}),?\s+(?P<y5>{_YEAR}))"
    rf"|(?P<numeric>(?P<d3>\d{{1,2}})/(?P<m4>\d{{1,2}})/(?P<y6>{_YEAR}))"
    rf"|(?P<year>(?<![\d.,/-]){_YEAR}(?![\d%]|\s*(?:per\s?cent|percent)))"
)
COMPARISON_BEFORE = re.compile(
    r"(?:compared (?:to|with)|than(?: in| the same period of| that of| in the same period of)?|from|against|over|versus|vs\.?|same period of|previous year|since)\s*(?:the\s+)?(?:end of (?:the\s+)?)?(?:year\s+)?$",
    re.IGNORECASE,
)
TO_DATE = re.compile(r"\b(?:to date|so far|up to now|currently|at present)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None  # YYYY, YYYY-MM, YYYY-MM-DD, or None when only month/day
    month_day: tuple[int, int] | None = None  # for "January 23" without a year
    period: str | None = None
    comparison: bool = False
    month: int | None = None  # "the first six months": June of a year the text implies
    numeric: bool = False  # "27/02/2025": a dateline, not a date the text talks about


def _month(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return next((v for k, v in MONTHS.items() if k.startswith(key)), 0)


def find_dates(text: str) -> list[DateMention]:
    out = []
    for m in DATE_RE.finditer(text):
        comparison = bool(COMPARISON_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))
        if m.group("range"):
            y1, y2 = m.group("y1"), m.group("y2")
            ctx = text[max(0, m.start() - 40) : m.start()]
            versus = bool(re.search(r"(?:compared (?:to|with)|than|against|versus)[^.;]{0,25}$", ctx, re.IGNORECASE))
            out.append(DateMention(m.start(), m.end(), y2, period=f"{y1}-{y2}", comparison=versus))
        elif m.group("half"):
            year = m.group("hy")
            out.append(DateMention(m.start(), m.end(), f"{year}-06" if year else None, month=6, comparison=comparison))
        elif m.group("mdy"):
            month, day, year = _month(m.group("m1")), int(m.group("d1")), m.group("y3")
            if not 1 <= day <= 31:
                continue
            value = f"{year}-{month:02d}-{day:02d}" if year else None
            out.append(DateMention(m.start(), m.end(), value, month_day=(month, day), comparison=comparison))
        elif m.group("dmy"):
            month, day = _month(m.group("m2")), int(m.group("d2"))
            out.append(DateMention(m.start(), m.end(), f"{m.group('y4')}-{month:02d}-{day:02d}", comparison=comparison))
        elif m.group("my"):
            out.append(
                DateMention(m.start(), m.end(), f"{m.group('y5')}-{_month(m.group('m3')):02d}", comparison=comparison)
            )
        elif m.group("numeric"):
            day, month = int(m.group("d3")), int(m.group("m4"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                out.append(
                    DateMention(
                        m.start(),
                        m.end(),
                        f"{m.group('y6')}-{month:02d}-{day:02d}",
                        comparison=comparison,
                        numeric=True,
                    )
                )
        elif m.group("year"):
            # "an increase of 27% on 2024": a bare year after "on" is the base of a comparison
            versus = comparison or bool(re.search(r"\bon\s+$", text[max(0, m.start() - 4) : m.start()]))
            out.append(DateMention(m.start(), m.end(), m.group("year"), comparison=versus))
    return out


def with_year(mention: DateMention, year: int) -> str | None:
    if mention.value:
        return mention.value
    if mention.month:
        return f"{year}-{mention.month:02d}"
    if mention.month_day:
        month, day = mention.month_day
        return f"{year}-{month:02d}-{day:02d}"
    return None
