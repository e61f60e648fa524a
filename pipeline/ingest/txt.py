"""Plain text and Markdown: detect the encoding, refuse binary junk, undo Markdown syntax.

Encodings, in the order they are tried (`decode_bytes`):

1. a byte-order mark: UTF-8, UTF-16 or UTF-32;
2. NUL bytes without a BOM: UTF-16 when they fall on every other byte, else
   binary data (`CorruptFile`);
3. strict UTF-8 (a file cut in the middle of its last character loses only
   that character, with a warning);
4. the two single-byte code pages Vietnamese and Western offices still use:
   Windows-1258 when the bytes read as Vietnamese in it (tone marks after a
   letter, đ/Đ), else Windows-1252;
5. anything else: charset-normalizer's best guess, with a warning; no guess
   at all means the file is not text (`CorruptFile`).

Every result is checked for control characters: a file that decodes but is
mostly not text (a renamed binary) is refused.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import CorruptFile, EmptyDocument
from ..settings import Settings
from .base import RawText

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Vietnamese in Windows-1258: a letter followed by a combining tone mark, or đ/Đ.
_VI_TONE_AFTER_LETTER = re.compile("[^\\W\\d_][\u0300\u0301\u0303\u0309\u0323]")
_VI_D = re.compile("[đĐ]")
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
# At most this share of control/unassigned characters in real text.
_MAX_JUNK_SHARE = 0.01


def read(path: Path, settings: Settings) -> RawText:
    raw = path.read_bytes()
    if not raw:
        raise EmptyDocument(path, "file is empty (0 bytes)")
    text, encoding, warnings = decode_bytes(raw, path)
    if not text.strip():
        raise EmptyDocument(path, "file contains only whitespace")
    fmt = path.suffix.lstrip(".").lower() or "txt"
    if fmt == "md":
        text = markdown_to_text(text)
    return RawText(text=text, format=fmt, warnings=warnings)


def decode_bytes(raw: bytes, path: str | Path = "<bytes>") -> tuple[str, str, list[str]]:
    """Text, the encoding used, and warnings; `CorruptFile` when the bytes are not text."""
    warnings: list[str] = []
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise CorruptFile(
                    path, f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason})"
                ) from exc
            return _checked(text, path, encoding), encoding, warnings
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is None:
            raise CorruptFile(path, "binary data, not text (contains NUL bytes)")
        encoding = utf16
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise CorruptFile(path, "binary data, not text (contains NUL bytes)") from exc
        return _checked(text, path, encoding), encoding, warnings
    try:
        return _checked(raw.decode("utf-8"), path, "utf-8"), "utf-8", warnings
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            # a file cut at a byte limit: only its last character is incomplete
            warnings.append("the file ends in the middle of a UTF-8 character; the incomplete character was dropped")
            text = raw[: exc.start].decode("utf-8")
            return _checked(text, path, "utf-8"), "utf-8", warnings
        mostly = _mostly_utf8(raw)
        if mostly is not None:
            warnings.append(f"{mostly.count(chr(0xFFFD))} invalid UTF-8 byte(s) replaced by U+FFFD")
            return _checked(mostly, path, "utf-8"), "utf-8", warnings
    encoding, single = _single_byte(raw)
    if single is not None:
        text = single
    else:
        best = from_bytes(raw).best()
        if best is None or best.encoding is None:
            raise CorruptFile(path, "binary data, not text (no text encoding fits)")
        encoding, text = best.encoding, str(best)
        warnings.append(f"text encoding guessed as {encoding}; check letters with accents")
    return _checked(text, path, encoding), encoding, warnings


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 LE/BE when NULs sit on one parity of bytes (ASCII-heavy text), else None."""
    even, odd = raw[0::2], raw[1::2]
    if not even or not odd:
        return None
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd >= 0.3 and nul_even <= 0.02:
        return "utf-16-le"
    if nul_even >= 0.3 and nul_odd <= 0.02:
        return "utf-16-be"
    return None


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (many good multi-byte characters per bad byte), else None."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F) - bad
    if good >= 3 and good >= 5 * bad:
        return text
    return None


def _single_byte(raw: bytes) -> tuple[str, str | None]:
    """Windows-1258 when it reads as Vietnamese, else Windows-1252; None when neither decodes."""
    try:
        vi = raw.decode("cp1258")
    except UnicodeDecodeError:
        vi = None
    if vi is not None and (_VI_TONE_AFTER_LETTER.search(vi) or _VI_D.search(vi)):
        return "cp1258", vi
    try:
        return "cp1252", raw.decode("cp1252")
    except UnicodeDecodeError:
        pass
    if vi is not None:
        return "cp1258", vi
    return "", None


_JUNK = ("Cc", "Cn", "Co", "Cs")
"""Control, unassigned, private-use and surrogate characters: what a binary file read as text is made of."""


def _checked(text: str, path: str | Path, encoding: str) -> str:
    """Refuse text that is mostly control or unassigned characters: a binary file by another name."""
    if not text:
        return text
    # each distinct character is looked up once (a text has a few hundred), then its occurrences counted
    junk_chars = [c for c in set(text) if c not in _ALLOWED_CONTROLS and unicodedata.category(c) in _JUNK]
    junk = sum(text.count(c) for c in junk_chars)
    if junk > max(2, _MAX_JUNK_SHARE * len(text)):
        share = 100 * junk / len(text)
        raise CorruptFile(path, f"binary data, not text ({share:.0f}% control characters when read as {encoding})")
    return text


# --- Markdown -------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_MD_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\([^)\n]*\)")
_MD_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_LIST = re.compile(r"^(\s*)[-*+]\s+")


def markdown_to_text(text: str) -> str:
    """Headings, emphasis, links and tables to plain lines; images are left for the cleaner."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    table = _table_lines(lines)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in table:
            if _MD_TABLE_RULE.match(line):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            out.append(" | ".join(cells))
            continue
        m = _MD_HEADING.match(line)
        if m:
            line = m.group(1)
        line = _MD_LIST.sub(r"\1", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        line = _MD_ITALIC.sub(r"\2", line)
        out.append(line)
    return "\n".join(out)


def _table_lines(lines: list[str]) -> set[int]:
    """Indexes of lines in pipe tables that have a `|---|` rule (a lone `| x |` is a caption)."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        if not _MD_TABLE_ROW.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _MD_TABLE_ROW.match(lines[j]):
            j += 1
        if j - i >= 2 and any(_MD_TABLE_RULE.match(lines[k]) for k in range(i, j)):
            found.update(range(i, j))
        i = j
    return found
