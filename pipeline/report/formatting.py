"""Numbers, dates, quotes and text spans as a report prints them, in either language.

Pure functions of a value and the labels: no aggregation here, so each is
easy to test and every layout formats a value the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from enum import Enum
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from ..models import Figure
from .labels import Labels
from .model import Segment, SourceRef

# Scales for money, largest first, per language (Vietnamese writes "92.300 tỷ đồng").
VND_SCALES = {
    "vi": [(1e9, "VND_billion"), (1e6, "VND_million")],
    "en": [(1e12, "VND_trillion"), (1e9, "VND_billion"), (1e6, "VND_million")],
}
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def code(value: Any) -> Any:
    """An enum's value (model defaults stay enum members; validated input is already a string)."""
    return value.value if isinstance(value, Enum) else value


def clean(text: str | None) -> str | None:
    """Remove characters XML cannot hold (a record with \\x0b must not break the .docx)."""
    return None if text is None else _XML_BAD.sub("", text)


def fmt_number(x: float, lang: str, max_decimals: int = 2) -> str:
    """1234567.5 -> "1.234.567,5" (vi) or "1,234,567.5" (en); integers keep no decimals."""
    if float(x).is_integer():
        s = f"{int(x):,}"
    else:
        s = f"{x:,.{max_decimals}f}".rstrip("0").rstrip(".")
    if lang == "vi":
        s = s.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return s


def fmt_value(fig: Figure, labels: Labels) -> str:
    lang = labels.lang
    value = float(fig.value)
    key, scaled = code(fig.unit), value
    if key == "VND":
        for factor, scale_key in VND_SCALES[lang]:
            if abs(value) >= factor:
                key, scaled = scale_key, value / factor
                break
    text = labels.of("figure_units", key, n=fmt_number(scaled, lang, 3 if key != "VND" else 0))
    if code(fig.kind) == "change" and value > 0:
        text = "+" + text
    if fig.qualifier:
        text = f"{labels.get('qualifiers', code(fig.qualifier))} {text}"
    return text


def fmt_date(value: str | None, labels: Labels) -> str | None:
    """ "2025" -> "2025"; "2025-06" -> "06/2025" or "June 2025"; a full date -> "31/05/2025" or "31 May 2025"."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1 or not all(p.isdigit() for p in parts) or not 1 <= int(parts[1]) <= 12:
        return value  # a year, or a date the records contract lets through but no calendar has
    month = labels.of("months_short", str(int(parts[1])))
    if len(parts) == 2:
        return f"{month}/{parts[0]}" if labels.lang == "vi" else f"{month}\u00a0{parts[0]}"
    day = int(parts[2])
    # no-break spaces: a date is never split over two lines of a narrow column
    return f"{day:02d}/{month}/{parts[0]}" if labels.lang == "vi" else f"{day}\u00a0{month}\u00a0{parts[0]}"


def snippet(text: str, start: int, end: int, width: int = 70) -> str:
    """The evidence with words around it, within its line: "… 11,846 people received benefits …"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    room = max(0, width - (end - start))
    left = max(line_start, start - room * 2 // 3)
    right = min(line_end, end + room - (start - left))
    if left > line_start:
        cut = text.find(" ", left, start)
        left = cut + 1 if cut >= 0 else left
    if right < line_end:
        cut = text.rfind(" ", end, right)
        right = cut if cut >= 0 else right
    piece = " ".join(text[left:right].split())
    return ("… " if left > line_start else "") + piece + (" …" if right < line_end else "")


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Cut `text` at every evidence boundary; a segment is marked when a span covers it.

    Overlapping spans (a unit inside a figure's sentence) are handled: each
    boundary starts a new segment, and every evidence id is an anchor at the
    segment where it starts.
    """
    spans = [(s, e, i) for s, e, i in spans if 0 <= s <= e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    index = {c: n for n, c in enumerate(cuts)}
    depth = [0] * (len(cuts) + 1)  # +1 where a span starts, -1 where it ends: a running sum is the coverage
    starts: dict[int, list[str]] = defaultdict(list)
    for s, e, i in sorted(spans):
        starts[s].append(i)
        if e > s:
            depth[index[s]] += 1
            depth[index[e]] -= 1
    out: list[Segment] = []
    covered = 0
    for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
        covered += depth[n]
        piece = clean(text[a:b]) or ""
        out.append(Segment(text=piece, marked=covered > 0, anchors=starts.pop(a, [])))
    if starts:  # empty spans at the very end
        out.append(Segment(text="", anchors=[i for ids in starts.values() for i in ids]))
    return out


def merge_sources(into: list[SourceRef], more: Iterable[SourceRef]) -> None:
    """Add sources not already cited (by evidence anchor), keeping the order."""
    seen = {s.evidence_id for s in into}
    for s in more:
        if s.evidence_id not in seen:
            into.append(s)
            seen.add(s.evidence_id)


def file_name(source: str | None) -> str:
    """The file name of a source (no folders of the drafting machine); a URL stays whole."""
    if not source:
        return ""
    if "://" in source:
        return source
    return PureWindowsPath(source).name if "\\" in source else PurePosixPath(source).name


def close(a: float, b: float, tol: float) -> bool:
    """Whether two values are one figure (relative tolerance)."""
    return abs(a - b) <= tol * max(abs(a), abs(b)) if (a or b) else True
