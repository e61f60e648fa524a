"""Small input files made at test time: Word, PDF and hostile files (zip bombs, huge PDFs).

Everything here writes into a folder the test owns (tmp_path) and is fast:
hostile files are sized against small settings limits, and the many-page PDF
is written by hand (one shared content stream) instead of through a PDF library.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import sys
import zipfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SHARED_MISSING = f"shared inputs not found at {SHARED} (the project's ../shared folder)"


def make_docx(path: Path, blocks: list[object], header: str | None = None, footer: str | None = None) -> Path:
    """A .docx from blocks: a str is a paragraph, a list of lists is a table."""
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        else:
            rows = block
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    document.save(str(path))
    return path


def make_zip_bomb(path: Path, inflated_mb: float) -> Path:
    """A zip that looks like a .docx and unpacks a member of zeros of `inflated_mb` MB."""
    minimal = make_docx(path.with_suffix(".seed.docx"), ["A real paragraph."])
    buffer = io.BytesIO()
    with zipfile.ZipFile(minimal) as zin, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        zout.writestr("word/media/filler.bin", b"\0" * int(inflated_mb * 1024 * 1024))
    minimal.unlink()
    path.write_bytes(buffer.getvalue())
    return path


def make_pdf(
    path: Path, pages: list[list[str]], table: list[list[str]] | None = None, password: str | None = None
) -> Path:
    """A text PDF through fpdf2: one list of paragraphs per page, an optional table on the first page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for n, paragraphs in enumerate(pages):
        pdf.add_page()
        for text in paragraphs:
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        if table and n == 0:
            with pdf.table() as t:
                for row in table:
                    cells = t.row()
                    for value in row:
                        cells.cell(value)
    if password:
        pdf.set_encryption(owner_password="owner-secret", user_password=password)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF with shapes and no text at all, as a scan without OCR looks to a text extractor."""
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.set_fill_color(120, 120, 120)
        pdf.rect(20, 20, 170, 250, style="F")
    path.write_bytes(bytes(pdf.output()))
    return path


def make_many_page_pdf(path: Path, pages: int) -> Path:
    """A valid PDF of `pages` pages sharing one content stream, written by hand (fast at any size)."""
    content = b"BT /F1 12 Tf 72 720 Td (Page text of a very long annual compilation.) Tj ET"
    first_page = 5
    kids = " ".join(f"{first_page + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
    objects.extend([page] * pages)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


@functools.lru_cache(maxsize=1)
def make_corpus_module() -> ModuleType:
    """scripts/make_corpus.py, imported by path (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it (the corpus script's encoder)."""
    return make_corpus_module().encode_cp1258(text)
