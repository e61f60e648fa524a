"""The pypdfium2 route reads the same words as the pdfplumber route, and tables still come as rows."""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import make_pdf

from pipeline.ingest.pdf import _open, _read_pages
from pipeline.ingest.pdf_pages import read_pages_fast

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PARAGRAPH = (
    "The provincial social security office reviewed the year's emulation movement with its {n} member units, "
    "reporting that collection reached {n}.5 per cent of the plan and that late payment fell for the third year. "
    "Delegates praised the grassroots agents who signed up voluntary participants in remote communes."
)


def pdfplumber_pages(path: Path) -> list[str]:
    with path.open("rb") as fh:
        return _read_pages(_open(fh, path), path, 300)[0]


def fast_pages(path: Path) -> list[str]:
    result = read_pages_fast(path, 300)
    assert result is not None
    return result[0]


def test_bundled_pdf_reads_the_same_with_its_table() -> None:
    path = CORPUS / "vss_patriotic_congress_2025.pdf"
    fast = fast_pages(path)
    assert fast == pdfplumber_pages(path)
    assert any(" | " in line for page in fast for line in page.splitlines())  # the table page kept its rows


def test_thirty_page_pdf_reads_the_same_words(tmp_path: Path) -> None:
    pages = [[PARAGRAPH.format(n=10 + i), PARAGRAPH.format(n=50 + i)] for i in range(30)]
    path = make_pdf(tmp_path / "thirty.pdf", pages)
    fast = fast_pages(path)
    assert len(fast) == 30
    assert " ".join(fast).split() == " ".join(pdfplumber_pages(path)).split()
    assert fast == pdfplumber_pages(path)  # paragraphs rejoined the same way too
