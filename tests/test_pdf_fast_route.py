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


def routed_to_pdfplumber(path: Path, monkeypatch) -> list[int]:
    """The page indexes the fast route hands to pdfplumber."""
    import pipeline.ingest.pdf_pages as pdf_pages

    handed: list[int] = []
    real = pdf_pages.read_with_pdfplumber

    def spy(path: Path, indexes: list[int], texts: list[str], failures: list[str]) -> None:
        handed.extend(indexes)
        real(path, indexes, texts, failures)

    monkeypatch.setattr(pdf_pages, "read_with_pdfplumber", spy)
    fast_pages(path)
    return handed


def test_a_page_with_a_decorative_rule_stays_on_the_fast_route(tmp_path: Path, monkeypatch) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 8, "Annual review of the emulation movement", new_x="LMARGIN", new_y="NEXT")
    pdf.line(10, 20, 200, 20)  # a rule under the heading
    pdf.multi_cell(0, 6, PARAGRAPH.format(n=3), new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(1.5)
    pdf.line(10, 280, 200, 280)  # and a thick one above the footer
    path = tmp_path / "ruled.pdf"
    pdf.output(str(path))
    assert routed_to_pdfplumber(path, monkeypatch) == []
    assert fast_pages(path) == pdfplumber_pages(path)


def test_a_page_with_a_table_goes_to_pdfplumber(tmp_path: Path, monkeypatch) -> None:
    table = [["Unit", "Collectives", "Individuals"], ["Hue Social Security", "12", "30"], ["Da Nang", "7", "18"]]
    pages = [[PARAGRAPH.format(n=1)], [PARAGRAPH.format(n=2)]]
    path = make_pdf(tmp_path / "table.pdf", pages, table=table)
    assert routed_to_pdfplumber(path, monkeypatch) == [0]  # the table is on the first page only
    fast = fast_pages(path)
    assert fast == pdfplumber_pages(path)
    assert "Hue Social Security | 12 | 30" in fast[0].splitlines()


def test_the_bundled_table_page_still_goes_to_pdfplumber(monkeypatch) -> None:
    assert routed_to_pdfplumber(CORPUS / "vss_patriotic_congress_2025.pdf", monkeypatch) == [1]


def test_only_ruling_lines_that_can_close_a_cell_count_as_a_table() -> None:
    from pipeline.ingest.pdf_rulings import can_form_cell

    rule = [(700.0, 50.0, 550.0)]
    assert not can_form_cell(rule, [])  # a rule under a heading
    assert not can_form_cell(rule + [(100.0, 50.0, 550.0)], [])  # header and footer lines
    assert not can_form_cell(rule, [(300.0, 100.0, 750.0)])  # a cross: one corner
    assert not can_form_cell([(700.0, 50.0, 550.0), (600.0, 50.0, 550.0)], [(60.0, 650.0, 750.0)])  # a bracket
    box = [(700.0, 50.0, 550.0), (600.0, 50.0, 550.0)], [(50.0, 600.0, 700.0), (550.0, 600.0, 700.0)]
    assert can_form_cell(*box)  # one cell: pdfplumber may call it a table
    dashes = [(50.0, 600.0 + 7 * i, 604.0 + 7 * i) for i in range(15)]  # a dashed side, 4 on, 3 off
    assert can_form_cell(box[0], dashes + [(550.0, 600.0, 700.0)])  # joined as pdfplumber joins them
    apart = [(50.0, 600.0, 620.0), (50.0, 680.0, 700.0)]  # two stubs 60 points apart are no side
    assert not can_form_cell(box[0], apart + [(550.0, 600.0, 700.0)])


def test_a_page_whose_paths_cannot_be_read_goes_to_pdfplumber(tmp_path: Path, monkeypatch) -> None:
    import pipeline.ingest.pdf_pages as pdf_pages

    def broken(page: object) -> bool:
        raise OSError("malformed path object")

    monkeypatch.setattr(pdf_pages, "may_hold_table", broken)
    path = make_pdf(tmp_path / "one.pdf", [[PARAGRAPH.format(n=1)]])
    assert routed_to_pdfplumber(path, monkeypatch) == [0]
    assert fast_pages(path) == pdfplumber_pages(path)
