"""The Word report: Decree 30/2020 page layout, header texts, tables equal to the records, template errors."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from report_helpers import HOSTILE, hostile_doc, sample_records

from pipeline.errors import TemplateError
from pipeline.report.context import ReportContext, build_context
from pipeline.report.render import render

ROOT = Path(__file__).resolve().parents[1]
SETTINGS_KW = {"report_date": date(2026, 1, 23), "issuing_unit": "CỤM THI ĐUA SỐ 8", "signer_name": "Phạm Minh Thành"}


def settings():
    from pipeline.settings import Settings

    return Settings(**SETTINGS_KW)


def make(lang: str = "vi", records=None, **kw) -> tuple[ReportContext, docx.document.Document]:
    s = settings()
    ctx = build_context(sample_records() if records is None else records, s, lang=lang)
    return ctx, docx.Document(io.BytesIO(render(ctx, "docx", s, **kw)))


@pytest.fixture(scope="module")
def vi() -> tuple[ReportContext, docx.document.Document]:
    return make("vi")


def mm(length) -> float:
    return round(length / Mm(1), 1)


def paragraph(doc, text: str):
    return next(p for p in doc.paragraphs if p.text.strip() == text)


def table_with_header(doc, first: str, second: str) -> list:
    return [t for t in doc.tables if t.rows[0].cells[0].text == first and t.rows[0].cells[1].text == second]


def test_page_is_a4_portrait_with_decree_margins(vi) -> None:
    _, d = vi
    sec = d.sections[0]
    assert (mm(sec.page_width), mm(sec.page_height)) == (210, 297)
    assert 20 <= mm(sec.top_margin) <= 25 and 20 <= mm(sec.bottom_margin) <= 25
    assert 30 <= mm(sec.left_margin) <= 35 and 15 <= mm(sec.right_margin) <= 20


def test_body_font_and_paragraph_format(vi) -> None:
    _, d = vi
    normal = d.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == rfonts.get(qn("w:cs")) == "Times New Roman"
    assert Pt(13) <= normal.font.size <= Pt(14)
    pf = normal.paragraph_format
    assert pf.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert Cm(1) <= pf.first_line_indent <= Cm(1.27) + 100
    assert pf.space_after >= Pt(6)
    assert 1.0 <= pf.line_spacing <= 1.5
    for name in ("Heading 1", "Heading 2", "Heading 3", "Table Text", "Placeholder"):
        st = d.styles[name]
        assert st.font.name == "Times New Roman", name
        assert st.element.rPr.find(qn("w:rFonts")).get(qn("w:asciiTheme")) is None, name
    body = paragraph(d, "Kỳ báo cáo: năm 2025.")
    assert body.style.name == "Normal"


def test_national_header(vi) -> None:
    _, d = vi
    head = d.tables[0]
    left, right = head.rows[0].cells
    assert [p.text for p in left.paragraphs][:2] == ["BẢO HIỂM XÃ HỘI VIỆT NAM", "CỤM THI ĐUA SỐ 8"]
    assert not left.paragraphs[0].runs[0].bold and left.paragraphs[1].runs[0].bold
    assert right.paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and right.paragraphs[0].runs[0].bold
    assert right.paragraphs[1].text == "Độc lập - Tự do - Hạnh phúc" and right.paragraphs[1].runs[0].bold
    assert head.rows[1].cells[0].text.startswith("Số:") and "/BC-" in head.rows[1].cells[0].text
    date_p = head.rows[1].cells[1].paragraphs[0]
    assert date_p.text == "Hà Nội, ngày 23 tháng 01 năm 2026" and date_p.runs[0].italic
    borders = head._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    # the short rules under the issuing body and the motto are paragraph borders
    assert left.paragraphs[2]._p.pPr.find(qn("w:pBdr")) is not None


def test_title_subject_recipients_and_signature(vi) -> None:
    _, d = vi
    title = paragraph(d, "BÁO CÁO")
    assert (
        title.alignment == WD_ALIGN_PARAGRAPH.CENTER
        or title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    )
    assert title.style.font.bold
    subject = paragraph(d, "Tổng kết công tác thi đua, khen thưởng năm 2025 và phương hướng, nhiệm vụ năm 2026")
    assert subject.style.font.bold
    sign = next(t for t in d.tables if t.rows[0].cells[0].text.startswith("Nơi nhận"))
    left, right = sign.rows[0].cells
    heading = left.paragraphs[0]
    assert heading.text == "Nơi nhận:" and heading.style.font.bold and heading.style.font.italic
    assert heading.style.font.size == Pt(12)
    assert [p.text for p in left.paragraphs[1:]] == [
        "- Ban Thi đua - Khen thưởng;",
        "- Các đơn vị trong Cụm thi đua;",
        "- Lưu: VT, TĐKT.",
    ]
    assert all(p.style.font.size == Pt(11) for p in left.paragraphs[1:])
    lines = [p for p in right.paragraphs if p.text]
    assert [p.text for p in lines] == ["TM. CỤM THI ĐUA SỐ 8", "TRƯỞNG CỤM", "Phạm Minh Thành"]
    assert all(p.style.font.bold for p in lines)
    # the "TM." line and the title are the packaged defaults: highlighted; the configured name is not
    assert [bool(p.runs[0].font.highlight_color) for p in lines] == [True, True, False]


def test_sections_in_order_with_placeholders(vi) -> None:
    _, d = vi
    heads = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert [h.split(".")[0] for h in heads] == ["I", "II", "III", "IV", "V"]
    placeholders = [p.text for p in d.paragraphs if p.style.name == "Placeholder"]
    assert any("ưu điểm" in p for p in placeholders) and any("đề xuất" in p for p in placeholders)


def test_table_rows_equal_the_records(vi) -> None:
    ctx, d = vi
    figure_tables = table_with_header(d, "TT", "Chỉ tiêu")
    expected = [t.rows for t in ctx.figure_tables + ctx.target_tables]
    assert [len(t.rows) - 1 for t in figure_tables] == [len(rows) for rows in expected]
    for table, rows in zip(figure_tables, expected):
        for tr, row in zip(table.rows[1:], rows):
            assert tr.cells[1].text == row.metric_label
            assert tr.cells[2].text.startswith(row.value_text)
            assert tr.cells[5].text == "[" + ", ".join(str(s.ref) for s in row.sources) + "]"
    conflict_cells = [tr.cells[2] for t in figure_tables for tr in t.rows[1:] if "⚠" in tr.cells[2].text]
    assert len(conflict_cells) == 2
    assert all(c._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "FDE2E1" for c in conflict_cells)

    [summary] = table_with_header(d, "TT", "Hình thức khen thưởng")[:1]
    assert len(summary.rows) == len(ctx.award_summary) + 2  # header and total
    assert [r.cells[1].text for r in summary.rows[1:-1]] == [s.label for s in ctx.award_summary]
    assert summary.rows[-1].cells[2].text == "20" and summary.rows[-1].cells[3].text == "7"
    awards = table_with_header(d, "TT", "Hình thức khen thưởng")[1]
    assert len(awards.rows) - 1 == len(ctx.awards) == 6
    assert [r.cells[1].text for r in awards.rows[1:]] == [a.label for a in ctx.awards]
    [movements] = table_with_header(d, "TT", "Phong trào thi đua")
    assert len(movements.rows) - 1 == len(ctx.movements)
    [people] = table_with_header(d, "TT", "Họ và tên")
    assert len(people.rows) - 1 == len(ctx.office_holders)


def test_appendix_has_one_brief_per_source(vi) -> None:
    _, plain = vi
    assert not [p for p in plain.paragraphs if p.style.name == "Brief Title"]  # machine briefs only on request
    s = settings()
    ctx = build_context(sample_records(), s, lang="vi", briefs=True)
    d = docx.Document(io.BytesIO(render(ctx, "docx", s)))
    briefs = [p.text for p in d.paragraphs if p.style.name == "Brief Title" and p.text.startswith("[")]
    assert briefs == [f"[{s.ref}] {s.title}" for s in ctx.sources]
    breaks = [r for p in d.paragraphs for r in p.runs if r._r.find(qn("w:br")) is not None]
    assert len(breaks) == len(ctx.sources) - 1


def test_english_report() -> None:
    _, d = make("en")
    right = d.tables[0].rows[0].cells[1]
    assert right.paragraphs[0].text == "SOCIALIST REPUBLIC OF VIET NAM"
    assert right.paragraphs[1].text == "Independence - Freedom - Happiness"
    assert d.tables[0].rows[1].cells[1].text == "Ha Noi, 23 January 2026"
    assert paragraph(d, "REPORT").style.font.bold
    assert any(p.text == "I. CONTEXT" for p in d.paragraphs)
    assert table_with_header(d, "No.", "Indicator")


def test_hostile_text_is_plain_text_in_word() -> None:
    _, d = make("vi", records=[hostile_doc()])
    texts = [c.text for t in d.tables for r in t.rows for c in r.cells] + [p.text for p in d.paragraphs]
    assert any(HOSTILE.replace("\x0b", "") in t for t in texts)


def test_zero_records_render() -> None:
    ctx, d = make("vi", records=[])
    assert any(p.text == ctx.labels["none_figures"] for p in d.paragraphs)
    assert any(p.text == ctx.labels["none_sources"] for p in d.paragraphs)


def _user_docx(tmp_path: Path, *lines: str) -> Path:
    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    path = tmp_path / "mine.docx"
    doc.save(str(path))
    return path


def test_broken_docx_template_names_file_and_line(tmp_path: Path) -> None:
    path = _user_docx(tmp_path, "{{ header.subject }}", "Fine", "{{ header.subject }")
    with pytest.raises(TemplateError) as err:
        make(template=path)
    msg = str(err.value)
    assert "mine.docx" in msg and "line" in msg and "document.xml" in msg and "header.subject" in msg


def test_undefined_variable_in_docx_template(tmp_path: Path) -> None:
    path = _user_docx(tmp_path, "{{ header.subject }}", "{{ no_such_field }}")
    with pytest.raises(TemplateError, match=r"mine\.docx.*no_such_field"):
        make(template=path)


def test_a_user_docx_template_renders(tmp_path: Path) -> None:
    path = _user_docx(tmp_path, "{{ header.subject }}", "{%p for a in awards %}", "{{ a.label }}", "{%p endfor %}")
    ctx, d = make(template=path)
    assert [p.text for p in d.paragraphs] == [ctx.header.subject] + [a.label for a in ctx.awards]


def test_not_a_docx(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bad\.docx: not a readable Word"):
        make(template=bad)
    with pytest.raises(TemplateError, match="needs a Word .docx"):
        make(template=tmp_path / "x.html.j2")


def test_committed_template_matches_the_script(tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_docx_template.py"), str(out)], check=True, capture_output=True
    )
    with zipfile.ZipFile(out) as new, zipfile.ZipFile(ROOT / "pipeline" / "templates" / "report.docx") as committed:
        for part in ("word/document.xml", "word/styles.xml", "word/header1.xml"):
            names = set(committed.namelist())
            if part in names:
                assert new.read(part) == committed.read(part), f"{part}: run scripts/make_docx_template.py"
