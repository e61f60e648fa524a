"""Read PDF pages with pypdfium2, and hand the pages that may hold a table to pdfplumber.

pypdfium2 gives the text layer as line rectangles (FPDFText rects) in about a
millisecond a page; pdfplumber needs fifty but finds tables. pdfplumber's
table finder works from ruling lines and rectangles, so only a page whose
ruling lines can form a cell goes to pdfplumber (`pdf_rulings.py`); a page
of text, or of text with a rule under its heading, is read by pypdfium2 alone.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import CorruptFile
from .pdf import _open, compose_page, page_text
from .pdf_rulings import may_hold_table

SAME_LINE = 0.5
"""Two rectangles whose baselines differ by less than this share of a line height are one line."""
DESCENT = 0.21
"""How far below the baseline a character box starts, as a share of the font size (Helvetica's 207/1000)."""


def read_pages_fast(path: Path, limit: int) -> tuple[list[str], list[str], int] | None:
    """(page texts, warnings, page count), or None when pypdfium2 cannot open the file
    (then the pdfplumber route reads it or names the fault)."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - imported only when a PDF is read

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    try:
        total = len(doc)
        if total == 0:
            raise CorruptFile(path, "damaged PDF: no pages found")
        texts: list[str] = []
        failures: list[str] = []
        table_pages: list[int] = []
        for index in range(min(total, limit)):
            try:
                page = doc[index]
            except pdfium.PdfiumError as exc:
                failures.append(f"{index + 1} ({type(exc).__name__})")
                texts.append("")
                continue
            try:
                if table_or_unsure(page):
                    table_pages.append(index)
                    texts.append("")
                else:
                    texts.append(compose_page(text_lines(page), float(page.get_size()[1])))
            except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
                failures.append(f"{index + 1} ({type(exc).__name__})")
                texts.append("")
            finally:
                page.close()
    finally:
        doc.close()
    if table_pages:
        read_with_pdfplumber(path, table_pages, texts, failures)
    if failures and len(failures) == len(texts):
        raise CorruptFile(path, f"damaged PDF: no page could be read ({', '.join(failures[:3])})")
    warnings: list[str] = []
    if failures:
        warnings.append(f"page(s) {', '.join(failures[:10])} could not be read and were skipped")
    if total > limit:
        warnings.append(f"PDF has {total} pages; read only the first {limit} (max_pdf_pages)")
    return texts, warnings, total


def table_or_unsure(page: Any) -> bool:
    """`may_hold_table`, and True when PDFium cannot describe the page's paths: pdfplumber reads
    such a page (as it read every page with paths before), it is not lost."""
    try:
        return may_hold_table(page)
    except Exception:  # noqa: BLE001 - a malformed path object must not cost the page its text
        return True


def text_lines(page: Any) -> list[dict[str, Any]]:
    """The page's text lines, top down, with the boxes pdfplumber would give them.

    PDFium's rectangles hug the glyphs ("congress." is shorter than "Congress"),
    which would upset the paragraph rule's gap test, so each line's box is
    rebuilt from its first character's baseline and font size the way
    pdfminer builds a character box (from the descent, one font size high).
    """
    height = float(page.get_size()[1])
    textpage = page.get_textpage()
    try:
        pieces = list(line_pieces(textpage, height))
    finally:
        textpage.close()
    pieces.sort(key=lambda p: (round(p["bottom"], 1), p["x0"]))
    lines: list[dict[str, Any]] = []
    for piece in pieces:
        last = lines[-1] if lines else None
        line_height = max(piece["bottom"] - piece["top"], 1.0)
        if last is not None and abs(piece["bottom"] - last["bottom"]) < SAME_LINE * line_height:
            last["text"] = f"{last['text'].rstrip()} {piece['text'].lstrip()}"
            last["x0"], last["x1"] = min(last["x0"], piece["x0"]), max(last["x1"], piece["x1"])
            last["top"] = min(last["top"], piece["top"])
        else:
            lines.append(dict(piece))
    for line in lines:
        line["text"] = " ".join(line["text"].split())
    return lines


def line_pieces(textpage: Any, height: float) -> Iterator[dict[str, Any]]:
    """One piece per line rectangle, from the page's text read once.

    PDFium's text holds each line and then a generated CRLF, and its char
    indexes count those, so a line's characters are found by position: a line
    with one rectangle takes the line's own text (most lines), one with several
    asks PDFium for the text inside each rectangle. Raw calls with reused
    out-parameters: this loop is most of the reader's own time.
    """
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    raw = textpage.raw
    box = Box(pdfium_c, raw)
    count_rects, get_rect = pdfium_c.FPDFText_CountRects, pdfium_c.FPDFText_GetRect
    font_size, char_origin = pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetCharOrigin
    left, top, right, bottom, x, y = box.left, box.top, box.right, box.bottom, box.x, box.y
    start = 0
    for line in textpage.get_text_range().split("\r\n"):
        begin, start = start, start + len(line) + 2
        if not line or line.isspace():
            continue
        count = count_rects(raw, begin, len(line))
        if count == 1:  # the common case, inlined: this loop is most of the reader's own time
            first = begin + len(line) - len(line.lstrip())
            get_rect(raw, 0, left, top, right, bottom)
            size = font_size(raw, first)
            if size > 0 and char_origin(raw, first, x, y):
                low = y.value - DESCENT * size
                high = low + size
            else:
                low, high = bottom.value, top.value
            yield {
                "text": clean(line),
                "x0": left.value,
                "x1": right.value,
                "top": height - high,
                "bottom": height - low,
            }
            continue
        for i in range(count):
            rect = textpage.get_rect(i)
            text = clean(textpage.get_text_bounded(*rect))
            if text.strip():
                at = textpage.get_index(rect[0] + 0.5, (rect[1] + rect[3]) / 2, 2, max((rect[3] - rect[1]) / 2, 1))
                box.rect(i)  # get_text_bounded and get_index keep the rectangles of the last count
                yield box.piece(text, -1 if at is None else at, height)


class Box:
    """A line rectangle as pdfplumber would box it: from its first character's baseline and font size."""

    def __init__(self, pdfium_c: Any, raw: Any) -> None:
        self.c, self.raw = pdfium_c, raw
        self.left, self.top, self.right, self.bottom = (ctypes.c_double() for _ in range(4))
        self.x, self.y = ctypes.c_double(), ctypes.c_double()

    def rect(self, index: int) -> None:
        self.c.FPDFText_GetRect(self.raw, index, self.left, self.top, self.right, self.bottom)

    def piece(self, text: str, first: int, height: float) -> dict[str, Any]:
        """The rectangle last read by `rect`, boxed from the baseline and font size of char `first`."""
        bottom, top = self.bottom.value, self.top.value
        size = self.c.FPDFText_GetFontSize(self.raw, first) if first >= 0 else 0.0
        if size > 0 and self.c.FPDFText_GetCharOrigin(self.raw, first, self.x, self.y):
            bottom = self.y.value - DESCENT * size
            top = bottom + size
        return {
            "text": text,
            "x0": self.left.value,
            "x1": self.right.value,
            "top": height - top,
            "bottom": height - bottom,
        }


def clean(text: str) -> str:
    """PDFium marks a hyphen that ends a line as U+0002 and may keep soft hyphens."""
    return text.replace("\x02", "-").replace("\r", " ").replace("\n", " ")


def read_with_pdfplumber(path: Path, indexes: list[int], texts: list[str], failures: list[str]) -> None:
    """Fill `texts[i]` for the given page indexes with pdfplumber (tables as rows)."""
    from pdfminer.pdfpage import PDFPage  # noqa: PLC0415
    from pdfplumber.page import Page  # noqa: PLC0415

    wanted = set(indexes)
    last = max(indexes)
    with path.open("rb") as fh:
        pdf = _open(fh, path)
        try:
            doctop = 0.0
            for index, page_obj in enumerate(PDFPage.create_pages(pdf.doc)):
                if index > last:
                    break
                page = Page(pdf, page_obj, page_number=index + 1, initial_doctop=doctop)
                try:
                    doctop += float(page.height)
                    if index in wanted:
                        texts[index] = page_text(page)
                except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
                    failures.append(f"{index + 1} ({type(exc).__name__})")
                finally:
                    page.close()
        finally:
            pdf.close()
