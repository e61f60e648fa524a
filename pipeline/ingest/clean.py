"""Cleaning shared by every format: web debris out, captions marked, whitespace and quotes normalised.

Extraction runs on the cleaned text and every evidence offset points into
it, so cleaning is deliberately conservative. It works line by line and
never glues two lines together, never reorders lines, and drops a line only
when the whole line is debris:

1. characters: newlines unified, NFC, invisible characters removed, odd
   spaces made plain, backtick-style and doubled-apostrophe quotes made curly
   (“ ” ‘ ’ and straight quotes are left as they are);
2. lines: runs of spaces collapsed, ends stripped, then each line classified:
   image placeholder (`![]() |`) and known debris (`boilerplate.py`) dropped;
   a site name glued twice to a date ("Báo XBáo X26/06/2025") reduced to
   "Báo X 26/06/2025"; photo captions (`| text. Photo: Name |`, a short line
   ending in a photo credit, or a short line ending in a table-cell pipe) kept
   without their decorative pipes and recorded;
   rows of a pipe table kept as `a | b | c`;
3. a trailing navigation menu (short menu lines after the article's end
   markers) and image alt-text lines repeating the headline as a URL slug are
   dropped;
4. the kept lines are joined with at most one blank line between them, and
   caption spans are computed on the final text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .boilerplate import NAV_WORDS, is_debris

TEXT, CAPTION, BLANK, DROP = "text", "caption", "blank", "drop"

_NEWLINES = re.compile("\r\n|[\r\u2028\u2029\x85\f\v]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# embeddings, overrides and isolates (and the invisible direction marks): "Trojan Source" text shows
# something other than what is stored; Vietnamese and English press releases never need them
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SPACES = re.compile(" {2,}")

_QUOTE_PAIRS = (
    (re.compile(r"``([^`'\n]+?)''"), "“\\1”"),
    (re.compile(r"''([^'\n]+?)''"), "“\\1”"),
    (re.compile(r"`([^`'\n]+?)'(?!\w)"), "‘\\1’"),
)

_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\|?\s*$")
_PIPES_ONLY = re.compile(r"^[|\s:\-]*\|[|\s:\-]*$")
_GLUED_SITE_DATE = re.compile(r"^(?P<name>[^\d\n]{3,60}?)(?P=name)\s*(?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\b.*)$")
_CREDIT = re.compile(
    r"(?:^|[\s.(\-–—,;])\(?(?:photos?|images?|ảnh|photograph)"
    r"(?:\s+(?:courtesy\s+of|by|credit:?)\s+|\s*[:：]\s*)"
    r"[^()\n:]{1,60}?\)?[.)]?\s*$",
    re.IGNORECASE,
)
_ILLUSTRATIVE = re.compile(r"^(?:illustrative (?:image|photo|picture)|ảnh minh họa|ảnh minh hoạ)\b", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|reported by|report by|written by|story|text|bài|bài và ảnh)\b", re.IGNORECASE)
_MAX_CAPTION = 400
_MAX_CELL_CAPTION = 300
_QUOTE_MARKS = "\"“‘'«"
_SOURCE_LINE = re.compile(r"^(?:source|nguồn)\s*:", re.IGNORECASE)


@dataclass
class Line:
    kind: str
    text: str


@dataclass
class Cleaned:
    text: str
    captions: list[tuple[int, int]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    """Lines dropped as debris, in order (for tests and for a reviewer's curiosity)."""


def clean_text(text: str) -> Cleaned:
    """Clean one document's text; see the module docstring for the stages."""
    text = normalise_characters(text)  # 1
    lines = classify_lines(text.split("\n"))  # 2
    _drop_trailing_menu(lines)  # 3
    _drop_slug_lines(lines)
    return _assemble(lines)  # 4


def remove_bidi_controls(text: str) -> tuple[str, int]:
    """`text` without bidirectional control characters, and how many were removed."""
    return BIDI_CONTROLS.subn("", text)


def normalise_characters(text: str) -> str:
    text = _NEWLINES.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    for pattern, repl in _QUOTE_PAIRS:
        text = pattern.sub(repl, text)
    text = text.replace("``", "“").replace("''", "”")
    text = re.sub(r"(?<![\w])`(?=\w)", "‘", text)
    return text.replace("`", "’")


def classify_lines(raw_lines: list[str]) -> list[Line]:
    lines: list[Line] = []
    after_image = False
    for raw in raw_lines:
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            lines.append(Line(BLANK, ""))
            continue
        if _IMAGE.match(line):
            lines.append(Line(DROP, line))
            after_image = True
            continue
        if is_debris(line) or _PIPES_ONLY.match(line):
            lines.append(Line(DROP, line))
            after_image = False
            continue
        lines.append(_classify_text(line, after_image))
        after_image = False
    return lines


def _classify_text(line: str, after_image: bool) -> Line:
    glued = _GLUED_SITE_DATE.match(line)
    if glued and re.search(r"[^\W\d_]", glued["name"]):
        return Line(TEXT, f"{glued['name'].strip()} {glued['date']}")
    starts, ends = line.startswith("|"), line.endswith("|")
    if starts or ends:
        inner = line.strip("| ").strip()
        if not inner:
            return Line(DROP, line)
        if starts and ends and " | " in inner:
            return Line(TEXT, inner)  # a row of a pipe table
        if (starts and ends) or after_image or _is_credit(inner):
            return Line(CAPTION, inner)
        if ends and len(inner) <= _MAX_CELL_CAPTION and inner[:1] not in _QUOTE_MARKS:
            return Line(CAPTION, inner)  # a caption cell whose image line was lost
        return Line(TEXT, inner)  # e.g. a pull quote in a box: text, without its pipe
    if _is_credit(line):
        return Line(CAPTION, line)
    return Line(TEXT, line)


def _is_credit(line: str) -> bool:
    if len(line) > _MAX_CAPTION or _BYLINE.match(line):
        return False  # "Reported by X. Photos: Y" is a byline, not a caption
    return bool(_CREDIT.search(line) or _ILLUSTRATIVE.match(line))


def _is_menu_entry(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 3 and len(text) <= 30 and not re.search(r"[\d.:;,!?/@|()]", text) and text[0].isupper()


def _drop_trailing_menu(lines: list[Line]) -> None:
    """Drop short menu lines at the very end, after the article's end markers.

    The block is dropped when it follows a "Source:" line or contains debris
    lines ("Comment (0)", "No data") and at least one known menu word; or,
    without such markers, when it has three or more entries, two thirds of
    them known menu words. A byline ("THU HOAI") before "Source:" is never in
    the block.
    """
    i = len(lines)
    while i > 0 and (
        lines[i - 1].kind in (BLANK, DROP) or (lines[i - 1].kind == TEXT and _is_menu_entry(lines[i - 1].text))
    ):
        i -= 1
    block = lines[i:]
    entries = [ln for ln in block if ln.kind == TEXT]
    if not entries:
        return
    known = sum(1 for ln in entries if ln.text.casefold() in NAV_WORDS)
    before = next((ln for ln in reversed(lines[:i]) if ln.kind != BLANK), None)
    after_source = before is not None and before.kind == TEXT and bool(_SOURCE_LINE.match(before.text))
    has_debris = any(ln.kind == DROP for ln in block)
    if (known and (after_source or has_debris)) or (len(entries) >= 3 and known * 3 >= 2 * len(entries)):
        for ln in entries:
            ln.kind = DROP


def slug(text: str) -> str:
    """ASCII lower-case words, as in a URL or an image's alt text ("bao hiem xa hoi ...")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def _drop_slug_lines(lines: list[Line]) -> None:
    """Drop alt-text lines that repeat an accented headline as a slug (`bao hiem xa hoi ... Related headline`)."""
    heads = [ln.text for ln in lines if ln.kind == TEXT][:8]
    slugs = {s for s in (slug(h) for h in heads if not h.isascii()) if len(s) >= 20}
    if not slugs:
        return
    for ln in lines:
        if ln.kind != TEXT or not ln.text[:1].islower():
            continue
        for s in slugs:
            if ln.text.startswith(s) and ln.text[: len(s)].isascii():
                ln.kind = DROP
                break


def _assemble(lines: list[Line]) -> Cleaned:
    parts: list[str] = []
    captions: list[tuple[int, int]] = []
    removed = [ln.text for ln in lines if ln.kind == DROP]
    pos = 0
    pending_blank = False
    for ln in lines:
        if ln.kind == DROP:
            continue
        if ln.kind == BLANK:
            pending_blank = bool(parts)
            continue
        if parts:
            sep = "\n\n" if pending_blank else "\n"
            parts.append(sep)
            pos += len(sep)
        pending_blank = False
        if ln.kind == CAPTION:
            captions.append((pos, pos + len(ln.text)))
        parts.append(ln.text)
        pos += len(ln.text)
    return Cleaned(text="".join(parts), captions=captions, removed=removed)
