"""PDF: text page by page in reading order, tables as tables.

Two libraries: pypdfium2 reads a page's text layer (about 1 ms a page) and
pdfplumber finds tables (about 50 ms a page). pdfplumber finds a table only
from ruling lines and rectangles, which are path objects; so a page is read
by pdfplumber when pypdfium2 sees a path object on it, and by pypdfium2
alone otherwise. Both give lines with their positions, which go through the
same paragraph and page-number rules below, so a page reads the same words
either way. A file pypdfium2 cannot open is handed to pdfplumber, whose
errors name the fault (password, damage).

1. refuse: zero bytes (`EmptyDocument`), no `%PDF-` header or a document
   pdfminer cannot parse (`CorruptFile`), a user password (`EncryptedFile`);
2. pages are opened one at a time from the page tree and closed after use,
   at most `settings.max_pdf_pages` of them (the rest is skipped with a
   warning; a PDF of thousands of pages is never loaded whole);
3. on each page, tables found by pdfplumber become rows with cells joined
   by " | "; the text outside them comes as lines sorted top to bottom, and
   visual line wraps are joined back into paragraphs (a new paragraph after
   a vertical gap, a short line or before a bullet); page numbers in the top
   or bottom margin are dropped;
4. pages are separated by a blank line; no text on any page means a scan
   (`NoTextLayer`: run OCR first).

Single-column layout is assumed: two text columns side by side are read
line by line across both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import CorruptFile, EmptyDocument, EncryptedFile, NoTextLayer
from ..settings import Settings
from .base import RawText

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|trang)\s*)?\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", re.IGNORECASE
)
_BULLET = re.compile(r"^(?:[-•–·▪●*]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
"""A paragraph ending in a letter and a hyphen ("well-"): tested on its last two characters only."""
_MARGIN = 0.07
"""Share of the page height at the top and bottom where a lone number is a page number."""


def read(path: Path, settings: Settings) -> RawText:
    with path.open("rb") as fh:
        head = fh.read(1024)
        if not head:
            raise EmptyDocument(path, "file is empty (0 bytes)")
        if b"%PDF-" not in head:
            raise CorruptFile(path, "not a PDF file (no %PDF- header)")
        fh.seek(0)
        from .pdf_pages import read_pages_fast  # noqa: PLC0415 - the pypdfium2 route

        fast = read_pages_fast(path, settings.max_pdf_pages)
        if fast is not None:
            pages, warnings, total = fast
        else:
            pdf = _open(fh, path)
            pages, warnings, total = _read_pages(pdf, path, settings.max_pdf_pages)
    if not any(text.strip() for text in pages):
        raise NoTextLayer(path, "no text layer: run OCR first")
    empty = [i + 1 for i, text in enumerate(pages) if not text.strip()]
    if empty:
        listed = ", ".join(map(str, empty[:10])) + (" ..." if len(empty) > 10 else "")
        warnings.append(f"no text layer on page(s) {listed} of {total}; scanned pages need OCR")
    return RawText(text="\n\n".join(p for p in pages if p.strip()), format="pdf", warnings=warnings)


def _open(fh: BinaryIO, path: Path) -> Any:
    import pdfplumber  # noqa: PLC0415 - imported only when a PDF is read
    from pdfminer.pdfdocument import PDFEncryptionError  # noqa: PLC0415
    from pdfplumber.utils.exceptions import PdfminerException  # noqa: PLC0415

    try:
        return pdfplumber.PDF(fh, stream_is_external=True, path=path)  # type: ignore[arg-type]
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFEncryptionError):
            raise EncryptedFile(path, "password-protected PDF; remove the password and try again") from exc
        raise CorruptFile(path, f"damaged PDF ({type(inner).__name__}: {inner})") from exc


def _page_count(pdf: Any) -> int | None:
    from pdfminer.pdftypes import resolve1  # noqa: PLC0415

    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
        return int(count)
    except Exception:  # noqa: BLE001 - a broken page tree: the page walk below still works
        return None


def _read_pages(pdf: Any, path: Path, limit: int) -> tuple[list[str], list[str], int]:
    from pdfminer.pdfpage import PDFPage  # noqa: PLC0415
    from pdfplumber.page import Page  # noqa: PLC0415

    declared = _page_count(pdf)
    texts: list[str] = []
    warnings: list[str] = []
    failures: list[str] = []
    doctop = 0.0
    more = False
    walker = PDFPage.create_pages(pdf.doc)
    number = 0
    while True:
        try:
            page_obj = next(walker)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on a broken page tree
            if not texts:
                raise CorruptFile(path, f"damaged PDF page tree ({type(exc).__name__}: {exc})") from exc
            warnings.append(f"the page tree is damaged after page {number}; later pages skipped")
            break
        number += 1
        if number > limit:
            more = True
            break
        page = Page(pdf, page_obj, page_number=number, initial_doctop=doctop)
        try:
            texts.append(page_text(page))
            doctop += float(page.height)
        except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
            failures.append(f"{number} ({type(exc).__name__})")
            texts.append("")
        finally:
            page.close()
    if number == 0:
        raise CorruptFile(path, "damaged PDF: no pages found")
    if failures and len(failures) == len(texts):
        raise CorruptFile(path, f"damaged PDF: no page could be read ({', '.join(failures[:3])})")
    if failures:
        warnings.append(f"page(s) {', '.join(failures[:10])} could not be read and were skipped")
    total = declared if declared and declared >= len(texts) else len(texts)
    if more:
        shown = f"{declared}" if declared and declared > limit else f"more than {limit}"
        warnings.append(f"PDF has {shown} pages; read only the first {limit} (max_pdf_pages)")
    return texts, warnings, total


def page_text(page: Any) -> str:
    """One page: paragraphs and table rows in top-to-bottom order."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    region = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    lines = region.extract_text_lines(strip=True, return_chars=False)
    table_blocks: list[tuple[float, list[str]]] = []
    for table in tables:
        rows = [" | ".join(" ".join((cell or "").split()) for cell in row) for row in table.extract()]
        rows = [r for r in rows if r.replace("|", "").strip()]
        if rows:
            table_blocks.append((float(table.bbox[1]), rows))
    return compose_page(lines, float(page.height), table_blocks)


def compose_page(
    lines: list[dict[str, Any]], height: float, table_blocks: list[tuple[float, list[str]]] | None = None
) -> str:
    """Paragraphs from positioned lines (`text`, `x0`, `x1`, `top`, `bottom`, top-down), and table rows, top to bottom."""
    lines = [ln for ln in lines if ln["text"].strip() and not _is_page_number(ln, height)]
    blocks: list[tuple[float, list[str]]] = [(top, [text]) for top, text in _paragraphs(lines)]
    blocks.extend(table_blocks or [])
    blocks.sort(key=lambda b: b[0])
    return "\n".join(line for _, rows in blocks for line in rows)


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    if "x0" not in obj or "top" not in obj:
        return False
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _is_page_number(line: dict[str, Any], height: float) -> bool:
    in_margin = line["bottom"] < height * _MARGIN or line["top"] > height * (1 - _MARGIN)
    return in_margin and bool(_PAGE_NUMBER.match(line["text"].strip()))


def _paragraphs(lines: list[dict[str, Any]]) -> Iterator[tuple[float, str]]:
    """Join visual line wraps: (top of the paragraph, its text)."""
    if not lines:
        return
    right = max(ln["x1"] for ln in lines)
    left = min(ln["x0"] for ln in lines)
    width = max(right - left, 1.0)
    top, text, prev = lines[0]["top"], lines[0]["text"].strip(), lines[0]
    for ln in lines[1:]:
        cur = ln["text"].strip()
        line_height = max(prev["bottom"] - prev["top"], 1.0)
        gap = ln["top"] - prev["bottom"]
        short = prev["x1"] < right - 0.15 * width
        if gap > 0.6 * line_height or short or _BULLET.match(cur):
            yield top, text
            top, text = ln["top"], cur
        elif _HYPHEN_END.search(text[-2:]) and cur[:1].islower():
            text += cur  # "well-" + "known": keep the hyphen, no space
        else:
            text += " " + cur
        prev = ln
    yield top, text
