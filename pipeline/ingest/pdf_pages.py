"""Read PDF pages with pypdfium2, and hand the pages that may hold a table to pdfplumber.

pypdfium2 gives the text layer as line rectangles (FPDFText rects) in about a
millisecond a page; pdfplumber needs fifty but finds tables. pdfplumber's
table finder works from ruling lines and rectangles, which are path objects
in the page's content, so a page without any path object cannot hold a table
pdfplumber would find and is read by pypdfium2 alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import CorruptFile
from .pdf import _open, compose_page, page_text

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
                if has_paths(page):
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


def has_paths(page: Any) -> bool:
    """Whether the page draws any path (a ruling line, a rectangle): raw calls, no object wrappers."""
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    raw = page.raw
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        kind = pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, i))
        if kind in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
            return True  # a form XObject may hold paths: let pdfplumber look
    return False


def text_lines(page: Any) -> list[dict[str, Any]]:
    """The page's text lines, top down, with the boxes pdfplumber would give them.

    PDFium's rectangles hug the glyphs ("congress." is shorter than "Congress"),
    which would upset the paragraph rule's gap test, so each line's box is
    rebuilt from its first character's baseline and font size the way
    pdfminer builds a character box (from the descent, one font size high).
    """
    import ctypes  # noqa: PLC0415

    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    height = float(page.get_size()[1])
    textpage = page.get_textpage()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    try:
        pieces = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = clean(textpage.get_text_bounded(left, bottom, right, top))
            if not text.strip():
                continue
            first = textpage.get_index(left + 0.5, (bottom + top) / 2, 2, max((top - bottom) / 2, 1))
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, first) if first >= 0 else 0.0
            if size > 0 and pdfium_c.FPDFText_GetCharOrigin(textpage.raw, first, origin_x, origin_y):
                bottom = origin_y.value - DESCENT * size
                top = bottom + size
            pieces.append({"text": text, "x0": left, "x1": right, "top": height - top, "bottom": height - bottom})
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
