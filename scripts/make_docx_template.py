#!/usr/bin/env python3
"""Build pipeline/templates/report.docx: the Word report template (python-docx + docxtpl tags).

The result is an ordinary .docx that staff can open in Word or LibreOffice,
restyle (every paragraph and table uses a named style) and save back: the
Jinja tags ({{ ... }}, {%p ... %} for paragraphs, {%tr ... %} for table rows)
are plain text in it. Run this script again only to start over from the
project's layout:

    .venv/bin/python scripts/make_docx_template.py            # writes pipeline/templates/report.docx
    .venv/bin/python scripts/make_docx_template.py OUT.docx

Layout follows Decree 30/2020/ND-CP (../shared/DOMAIN.md, "Page layout"):
A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 pt justified with a
1.27 cm first-line indent and 6 pt after each paragraph; the borderless
two-column national header; "BÁO CÁO" and the subject line centred bold;
"Nơi nhận:" bold italic 12 pt with an 11 pt list; the signer's title and
name bold; page numbers centred in the top margin from page 2.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

OUT = Path(__file__).resolve().parents[1] / "pipeline" / "templates" / "report.docx"
FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
TEXT_WIDTH_MM = 210 - 30 - 15  # A4 minus left and right margins
BLACK = RGBColor(0, 0, 0)


# ---------------------------------------------------------------- styles


def set_font(font_el, size: float | None = None, bold: bool | None = None, italic: bool | None = None) -> None:
    """Times New Roman for every script (Vietnamese letters are not all in the ASCII range), black."""
    font_el.name = FONT
    rpr = font_el.element.get_or_add_rPr() if hasattr(font_el, "element") else None
    font_el.color.rgb = BLACK
    if size is not None:
        font_el.size = Pt(size)
    if bold is not None:
        font_el.bold = bold
    if italic is not None:
        font_el.italic = italic
    if rpr is not None:
        fonts_of(rpr)


def fonts_of(rpr) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)


def style_font(style, size: float, bold: bool = False, italic: bool = False) -> None:
    f = style.font
    f.name = FONT
    f.size = Pt(size)
    f.bold = bold
    f.italic = italic
    f.color.rgb = BLACK
    fonts_of(style.element.get_or_add_rPr())


def para_style(
    doc: DocumentObject,
    name: str,
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    indent: float | None = 0,
    before: float = 0,
    after: float = 6,
    line: float = 1.0,
    base: str = "Normal",
    page_break: bool = False,
    keep_next: bool = False,
):
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base] if base and name != base else None
    style.quick_style = True
    style_font(style, size, bold, italic)
    pf = style.paragraph_format
    if align is not None:
        pf.alignment = align
    pf.first_line_indent = Cm(indent) if indent is not None else None
    pf.left_indent = Cm(0)
    pf.right_indent = Cm(0)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = line
    pf.page_break_before = page_break
    pf.keep_with_next = keep_next
    return style


def setup_styles(doc: DocumentObject) -> None:
    # document defaults: every run (tables, headers, text Word adds) is Times New Roman, Vietnamese
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts_of(rpr_default)
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr_default.append(lang)
    lang.set(qn("w:val"), "vi-VN")
    lang.set(qn("w:eastAsia"), "vi-VN")

    normal = doc.styles["Normal"]
    style_font(normal, BODY_PT)
    pf = normal.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.first_line_indent = Cm(1.27)
    pf.space_before = Pt(0)
    pf.space_after = Pt(6)
    pf.line_spacing = 1.15
    pf.widow_control = True

    # section headings: numbered by the labels ("I.", "1."), so no automatic numbering
    for name, italic in (("Heading 1", False), ("Heading 2", False), ("Heading 3", True)):
        st = doc.styles[name]
        style_font(st, BODY_PT, bold=True, italic=italic)
        hp = st.paragraph_format
        hp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        hp.first_line_indent = Cm(1.27)
        hp.left_indent = Cm(0)
        hp.space_before = Pt(6)
        hp.space_after = Pt(6)
        hp.line_spacing = 1.15
        hp.keep_with_next = True

    center = WD_ALIGN_PARAGRAPH.CENTER
    para_style(doc, "Header Cell", size=13, align=center, after=0)
    para_style(doc, "Header Rule", size=2, align=center, after=0)
    para_style(doc, "Report Type", size=BODY_PT, bold=True, align=center, before=18, after=0, keep_next=True)
    para_style(doc, "Report Subject", size=BODY_PT, bold=True, align=center, after=0, keep_next=True)
    para_style(doc, "Draft Notice", size=11, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=6, after=6)
    placeholder = para_style(
        doc,
        "Placeholder",
        size=BODY_PT,
        italic=True,
        indent=1.27,
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
        line=1.15,
        before=6,
    )
    shade(placeholder.element.get_or_add_pPr(), "FFF2CC")
    para_style(doc, "List Dash", indent=1.27, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3, line=1.15)
    para_style(
        doc, "Table Caption", size=13, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=6, after=3, keep_next=True
    )
    para_style(doc, "Table Text", size=TABLE_PT, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    para_style(doc, "Table Number", size=TABLE_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    para_style(doc, "Table Heading", size=TABLE_PT, bold=True, align=center, after=0)
    para_style(doc, "Recipients Heading", size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    para_style(doc, "Recipients List", size=11, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    para_style(doc, "Signer Title", size=BODY_PT, bold=True, align=center, after=0)
    para_style(doc, "Signer Name", size=BODY_PT, bold=True, align=center, before=72, after=0)
    para_style(doc, "Appendix Title", size=BODY_PT, bold=True, align=center, before=0, after=12, page_break=True)
    para_style(doc, "Brief Title", size=13, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=6, after=6, keep_next=True)
    para_style(doc, "Brief Text", size=12, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)


def shade(ppr_or_tcpr, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr_or_tcpr.append(shd)


# ---------------------------------------------------------------- building blocks


def para(container, text: str = "", style: str = "Normal", runs: list[tuple[str, dict]] | None = None) -> Paragraph:
    """A paragraph; `runs` are (text, {"bold": True, ...}) pieces after `text`."""
    p = container.add_paragraph(style=style)
    if text:
        p.add_run(text)
    for piece, fmt in runs or []:
        r = p.add_run(piece)
        r.bold = fmt.get("bold")
        r.italic = fmt.get("italic")
        if fmt.get("highlight"):
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return p


def marked(container, value: str, flag: str, style: str, bold: bool | None = None, italic: bool | None = None) -> None:
    """`value` highlighted in yellow while `flag` is true (a packaged default the user has not set)."""
    fmt = {"bold": bold, "italic": italic}
    first = container.paragraphs[0] if hasattr(container, "paragraphs") and not container.paragraphs[0].text else None
    if first is not None:  # an empty cell: use its first paragraph
        first.style = container.part.document.styles[style]
        first.add_run("{%p if " + flag + " %}")
    else:
        para(container, "{%p if " + flag + " %}", style)
    para(container, "", style, runs=[(value, {**fmt, "highlight": True})])
    para(container, "{%p else %}", style)
    para(container, "", style, runs=[(value, fmt)])
    para(container, "{%p endif %}", style)


def no_wrap(table: Table, column: int) -> None:
    """Cells of a column never wrap (a date is one line); Word widens the column rather than split it."""
    for row in table.rows:
        tcpr = row.cells[column]._tc.get_or_add_tcPr()
        tcpr.append(OxmlElement("w:noWrap"))


def rule(container, width_mm: float, cell_width_mm: float) -> Paragraph:
    """A short horizontal line: an empty paragraph's bottom border, indented to `width_mm`."""
    p = container.add_paragraph(style="Header Rule")
    side = max(0.0, (cell_width_mm - width_mm) / 2)
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)
    return p


def set_widths(table: Table, widths_mm: Sequence[float]) -> None:
    """Fixed column widths, written where Word (tcW) and LibreOffice (gridCol) read them."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(widths_mm) / 25.4 * 1440)))
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w / 25.4 * 1440)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)


def no_borders(table: Table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def cell_text(cell, text: str, style: str, bold: bool | None = None, italic: bool | None = None) -> Paragraph:
    p = cell.paragraphs[0]
    p.style = style
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    return p


def cant_split(row) -> None:
    """Keep a table row on one page."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def data_table(
    doc: DocumentObject,
    headers: list[str],
    cells: list[str],
    loop: str,
    widths: Sequence[float],
    numeric: AbstractSet[int] = frozenset(),
    footer: list[str] | None = None,
) -> Table:
    """Header row, then `{%tr for loop %}`, one row of cells, `{%tr endfor %}` (docxtpl repeats that row)."""
    rows = 4 + (1 if footer else 0)
    table = doc.add_table(rows=rows, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, widths)
    head = table.rows[0]
    repeat_header(head)
    for i, h in enumerate(headers):
        cell_text(head.cells[i], h, "Table Heading")
        shade(head.cells[i]._tc.get_or_add_tcPr(), "F2F2F2")
    cell_text(table.rows[1].cells[0], "{%tr for " + loop + " %}", "Table Text")
    cant_split(table.rows[2])
    for i, c in enumerate(cells):
        cell_text(table.rows[2].cells[i], c, "Table Number" if i in numeric else "Table Text")
    cell_text(table.rows[3].cells[0], "{%tr endfor %}", "Table Text")
    for r in table.rows[1:4]:
        for c in r.cells:
            if not c.paragraphs[0].text:
                c.paragraphs[0].style = doc.styles["Table Text"]
    if footer:
        for i, c in enumerate(footer):
            cell_text(table.rows[4].cells[i], c, "Table Number" if i in numeric else "Table Text", bold=True)
    return table


def page_number_header(doc: DocumentObject) -> None:
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.style = doc.styles["Header Cell"]
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "2"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


# ---------------------------------------------------------------- the report


def build() -> DocumentObject:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    setup_styles(doc)
    page_number_header(doc)
    # python-docx's blank document starts with no paragraph; the first one we add is the header table
    props = doc.core_properties
    props.title = "Báo cáo tổng kết công tác thi đua, khen thưởng (mẫu)"
    props.subject = "Report template for pipeline report (docxtpl)"
    props.author = props.last_modified_by = "vss-emulation-pipeline"
    props.keywords = "BHXH; thi đua; khen thưởng; template"
    props.comments = "Report template with Jinja tags (docxtpl); see the Reports section of README.md."
    props.created = props.modified = datetime(2026, 1, 1)
    props.revision = 1

    # 1. national header: two borderless columns
    left_w, right_w = 72.0, TEXT_WIDTH_MM - 72.0
    head = doc.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(head)
    set_widths(head, [left_w, right_w])
    lc, rc = head.rows[0].cells
    marked(lc, "{{ header.superior_body }}", "header.superior_body_placeholder", "Header Cell")
    marked(lc, "{{ header.issuing_unit }}", "header.issuing_unit_placeholder", "Header Cell", bold=True)
    rule(lc, 22, left_w)
    p = cell_text(rc, "{{ header.nation }}", "Header Cell", bold=True)
    p.runs[0].font.size = Pt(12)
    para(rc, style="Header Cell", runs=[("{{ header.motto }}", {"bold": True})])
    rule(rc, 58, right_w)
    lc2, rc2 = head.rows[1].cells
    cell_text(lc2, "{{ header.number_line }}", "Header Cell")
    marked(rc2, "{{ header.date_line }}", "header.date_line_placeholder", "Header Cell", italic=True)
    lc2.paragraphs[0].paragraph_format.space_before = Pt(6)

    # 2. document type and subject
    para(doc, "{{ header.report_type }}", "Report Type")
    para(doc, "{{ header.subject }}", "Report Subject")
    rule(doc, 30, TEXT_WIDTH_MM).paragraph_format.space_after = Pt(6)
    para(doc, "{{ L.draft_notice }}", "Draft Notice")
    para(
        doc,
        "{%p if header.superior_body_placeholder or header.issuing_unit_placeholder or header.date_line_placeholder"
        " or signature.on_behalf_placeholder or signature.title_placeholder or signature.name_placeholder %}",
    )
    para(doc, "", "Draft Notice", runs=[("{{ L.placeholder_note }}", {"highlight": True})])
    para(doc, "{%p endif %}")
    para(doc, "{%p if filtered %}")
    para(doc, "{{ L.filter_note }}", "Draft Notice")
    para(doc, "{%p endif %}")
    para(doc, "{%p if excluded_line %}")
    para(doc, "{{ excluded_line }}", "Draft Notice")
    para(doc, "{%p endif %}")
    para(doc, "{%p if review_note %}")
    para(doc, "{{ review_note }}", "Draft Notice")
    para(doc, "{%p endif %}")
    para(doc, "{{ L.intro }}", "Placeholder")

    refs_cell = "{{ r.sources | refs }}"

    # I. context
    para(doc, "{{ L.s1 }}", "Heading 1")
    para(doc, "{{ L.s1_period }}")
    para(doc, "{%p if clusters %}")
    para(doc, "{{ L.s1_clusters }}", "Heading 3")
    para(doc, "{%p for c in clusters %}")
    para(
        doc,
        "- ",
        "List Dash",
        runs=[
            ("{{ c.name }}", {"bold": True}),
            (
                "{% if c.role %} ({{ c.role }}){% endif %}{% if c.members %}: {{ c.members_text }}: "
                "{{ c.members | join(', ') }}{% endif %} {{ c.sources | refs }}",
                {},
            ),
        ],
    )
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")
    para(doc, "{{ L.s1_units }}", "Heading 3")
    para(doc, "{%p for u in units %}")
    para(
        doc,
        "- {{ u.name }} ({{ u.kind_label }}{% if u.role %}; {{ u.role }}{% endif %}) {{ u.sources | refs }}",
        "List Dash",
    )
    para(doc, "{%p else %}")
    para(doc, "{{ L.none_units }}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p if events %}")
    para(doc, "{{ L.s1_events }}", "Heading 3")
    para(doc, "{%p for e in events %}")
    para(
        doc,
        "- {{ e.kind_label }}{% if e.name %}: {{ e.name }}{% endif %}{% if e.organizer %}, {{ e.organizer }}"
        "{% endif %}{% if e.date_text %}; {{ e.date_text }}{% endif %}{% if e.location %}, {{ e.location }}"
        "{% endif %}{% if e.period_reviewed %} ({{ e.period_reviewed }}){% endif %} {{ e.sources | refs }}",
        "List Dash",
    )
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")

    # II. results
    para(doc, "{{ L.s2 }}", "Heading 1")
    para(doc, "{{ L.s2_1 }}", "Heading 2")
    para(doc, "{%p if movements %}")
    data_table(
        doc,
        [
            "{{ L.col_no }}",
            "{{ L.col_movement }}",
            "{{ L.col_launched_by }}",
            "{{ L.col_period }}",
            "{{ L.col_source }}",
        ],
        ["{{ r.no }}", "{{ r.name }}", "{{ r.launched_by or '' }}", "{{ r.period or '' }}", refs_cell],
        "r in movements",
        [11, 79, 40, 18, 17],
        numeric={0},
    )
    para(doc, "{%p else %}")
    para(doc, "{{ L.none_movements }}")
    para(doc, "{%p endif %}")

    para(doc, "{{ L.s2_2 }}", "Heading 2")
    figure_headers = [
        "{{ L.col_no }}",
        "{{ L.col_metric }}",
        "{{ L.col_value }}",
        "{{ L.col_kind }}",
        "{{ L.col_as_of }}",
        "{{ L.col_source }}",
    ]
    figure_cells = [
        "{{ r.no }}",
        "{{ r.metric_label }}",
        "{% cellbg 'FDE2E1' if r.conflict else 'FFFFFF' %}{{ r.value_text }}"
        "{% if r.conflict %} ⚠ {{ L.conflict_flag }}{% endif %}",
        "{{ r.kind_label }}",
        "{{ r.as_of_text }}",
        refs_cell,
    ]
    figure_widths = [11, 47, 36, 23, 28, 20]  # a date at 12 pt ("31/12/2025") needs 24 mm with the cell margins
    para(doc, "{%p for t in figure_tables %}")
    para(doc, "{{ L.col_unit }}: ", "Table Caption", runs=[("{{ t.scope }}", {"bold": True})])
    no_wrap(data_table(doc, figure_headers, figure_cells, "r in t.rows", figure_widths, numeric={0, 2}), 4)
    para(doc, "{%p else %}")
    para(doc, "{{ L.none_figures }}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p if unsorted_note %}")
    para(doc, "{{ unsorted_note }}", "Draft Notice")
    para(doc, "{%p endif %}")
    para(doc, "{%p if conflicts %}")
    para(doc, "⚠ {{ L.s2_2_conflicts }}", "Heading 3")
    para(doc, "{%p for c in conflicts %}")
    para(
        doc,
        "- {{ c.line }} {% for v in c.variants %}{{ v.value_text }} {{ v.sources | refs }}"
        "{% if not loop.last %}; {% endif %}{% endfor %}",
        "List Dash",
    )
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")

    para(doc, "{{ L.s2_3 }}", "Heading 2")
    para(doc, "{%p if awards %}")
    para(doc, "{{ L.s2_3_summary }}", "Table Caption")
    data_table(
        doc,
        [
            "{{ L.col_no }}",
            "{{ L.col_form }}",
            "{{ L.col_given }}: {{ L.col_collectives | lower }}",
            "{{ L.col_given }}: {{ L.col_individuals | lower }}",
            "{{ L.col_proposed }}: {{ L.col_collectives | lower }}",
            "{{ L.col_proposed }}: {{ L.col_individuals | lower }}",
        ],
        [
            "{{ r.no }}",
            "{{ r.label }}{% if r.given_unspecified.n %} (+{{ r.given_unspecified.n }} {{ L.col_unspecified | lower }}"
            " {{ r.given_unspecified.sources | refs }}){% endif %}{% if r.uncounted %} ({{ r.uncounted_text }}){% endif %}",
            "{{ r.given_collectives.n }}{% if r.given_collectives.sources %} {{ r.given_collectives.sources | refs }}{% endif %}",
            "{{ r.given_individuals.n }}{% if r.given_individuals.sources %} {{ r.given_individuals.sources | refs }}{% endif %}",
            "{{ r.proposed_collectives.n }}{% if r.proposed_collectives.sources %} {{ r.proposed_collectives.sources | refs }}{% endif %}",
            "{{ r.proposed_individuals.n }}{% if r.proposed_individuals.sources %} {{ r.proposed_individuals.sources | refs }}{% endif %}",
        ],
        "r in award_summary",
        [11, 58, 24, 24, 24, 24],
        numeric={0, 2, 3, 4, 5},
        footer=[
            "",
            "{{ award_totals.label }}",
            "{{ award_totals.given_collectives.n }}",
            "{{ award_totals.given_individuals.n }}",
            "{{ award_totals.proposed_collectives.n }}",
            "{{ award_totals.proposed_individuals.n }}",
        ],
    )
    para(doc, "{{ L.s2_3_detail }}", "Table Caption")
    data_table(
        doc,
        [
            "{{ L.col_no }}",
            "{{ L.col_form }}",
            "{{ L.col_recipient }}",
            "{{ L.col_count }}",
            "{{ L.col_conferred_by }}",
            "{{ L.col_year }}",
            "{{ L.col_source }}",
        ],
        [
            "{{ r.no }}",
            "{{ r.label }}{% if r.status == 'proposed' %} ({{ r.status_label | lower }}){% endif %}",
            "{{ r.recipient or r.recipient_kind_label or '' }}",
            "{{ r.count_text }}",
            "{{ r.conferred_text }}",
            "{{ r.year or '' }}",
            refs_cell,
        ],
        "r in awards",
        [11, 32, 30, 22, 35, 18, 17],
        numeric={0, 3},
    )
    para(doc, "{%p else %}")
    para(doc, "{{ L.none_awards }}")
    para(doc, "{%p endif %}")

    para(doc, "{{ L.s2_4 }}", "Heading 2")
    para(doc, "{%p if honoured_units %}")
    para(doc, "{{ L.s2_4_units }}", "Heading 3")
    para(doc, "{%p for h in honoured_units %}")
    para(
        doc,
        "- ",
        "List Dash",
        runs=[("{{ h.name }}", {"bold": True}), (": {{ h.awards | join('; ') }} {{ h.sources | refs }}", {})],
    )
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")
    para(doc, "{%p if honoured_people %}")
    para(doc, "{{ L.s2_4_people }}", "Heading 3")
    para(doc, "{%p for h in honoured_people %}")
    para(
        doc,
        "- ",
        "List Dash",
        runs=[
            ("{{ h.name }}", {"bold": True}),
            ("{% if h.title %} ({{ h.title }}){% endif %}: {{ h.awards | join('; ') }} {{ h.sources | refs }}", {}),
        ],
    )
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")
    para(doc, "{%p if office_holders %}")
    para(doc, "{{ L.s2_4_officials }}", "Heading 3")
    data_table(
        doc,
        ["{{ L.col_no }}", "{{ L.col_name }}", "{{ L.col_title }}", "{{ L.col_source }}"],
        ["{{ loop.index }}", "{{ r.name }}", "{{ r.title or '' }}", refs_cell],
        "r in office_holders",
        [11, 45, 92, 17],
        numeric={0},
    )
    para(doc, "{%p endif %}")
    para(doc, "{%p if not (honoured_units or honoured_people or office_holders) %}")
    para(doc, "{{ L.none_people }}")
    para(doc, "{%p endif %}")

    # III. assessment (staff)
    para(doc, "{{ L.s3 }}", "Heading 1")
    para(doc, "{{ L.s3_placeholder }}", "Placeholder")

    # IV. directions: targets
    para(doc, "{{ L.s4 }}", "Heading 1")
    para(doc, "{%p if target_tables %}")
    para(doc, "{{ L.s4_intro }}")
    para(doc, "{%p for t in target_tables %}")
    para(doc, "{{ L.col_unit }}: ", "Table Caption", runs=[("{{ t.scope }}", {"bold": True})])
    data_table(doc, figure_headers, figure_cells, "r in t.rows", figure_widths, numeric={0, 2})
    para(doc, "{%p endfor %}")
    para(doc, "{%p else %}")
    para(doc, "{{ L.none_targets }}")
    para(doc, "{%p endif %}")
    para(doc, "{{ L.s4_placeholder }}", "Placeholder")

    # V. proposals (staff)
    para(doc, "{{ L.s5 }}", "Heading 1")
    para(doc, "{{ L.s5_placeholder }}", "Placeholder")

    # recipients and signature: two borderless columns
    sign = doc.add_table(rows=1, cols=2)
    sign.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(sign)
    set_widths(sign, [85, TEXT_WIDTH_MM - 85])
    left, right = sign.rows[0].cells
    left.paragraphs[0].paragraph_format.space_before = Pt(12)
    cell_text(left, "{{ L.recipients_title }}", "Recipients Heading").paragraph_format.space_before = Pt(12)
    para(left, "{%p for x in recipients %}", "Recipients List")
    para(left, "- {{ x }}", "Recipients List")
    para(left, "{%p endfor %}", "Recipients List")
    marked(right, "{{ signature.on_behalf }}", "signature.on_behalf_placeholder", "Signer Title")
    right.paragraphs[0].paragraph_format.space_before = Pt(12)
    marked(right, "{{ signature.title }}", "signature.title_placeholder", "Signer Title")
    para(right, "", "Signer Name")
    marked(right, "{{ signature.name }}", "signature.name_placeholder", "Signer Title")

    # appendix I: recipients
    para(doc, "{{ L.appendix_recipients }}", "Appendix Title")
    para(doc, "{%p if recipient_list %}")
    data_table(
        doc,
        [
            "{{ L.col_no }}",
            "{{ L.col_recipient }}",
            "{{ L.col_form }}",
            "{{ L.col_status }}",
            "{{ L.col_conferred_by }}",
            "{{ L.col_decision }}",
            "{{ L.col_source }}",
        ],
        [
            "{{ r.no }}",
            "{{ r.name }}",
            "{{ r.form }}{% if r.year %} ({{ r.year }}){% endif %}",
            "{{ r.status_label }}",
            "{{ r.conferred_by or '' }}",
            "{{ r.decision or '' }}",
            refs_cell,
        ],
        "r in recipient_list",
        [11, 37, 37, 18, 27, 18, 17],
        numeric={0},
    )
    para(doc, "{%p else %}")
    para(doc, "{{ L.none_recipients }}")
    para(doc, "{%p endif %}")

    # appendix II: figures for staff to sort
    para(doc, "{%p if unsorted_figures %}")
    para(doc, "{{ L.appendix_unsorted }}", "Appendix Title")
    para(doc, "{{ L.appendix_unsorted_intro }}")
    no_wrap(
        data_table(
            doc,
            [
                "{{ L.col_no }}",
                "{{ L.col_unit }}",
                "{{ L.col_metric }}",
                "{{ L.col_value }}",
                "{{ L.col_as_of }}",
                "{{ L.col_reason }}",
                "{{ L.col_source }}",
            ],
            [
                "{{ r.no }}",
                "{{ r.scope }}",
                "{{ r.metric_label }}",
                "{{ r.value_text }}",
                "{{ r.as_of_text }}",
                "{{ r.reason }}",
                refs_cell,
            ],
            "r in unsorted_figures",
            [11, 24, 46, 22, 24, 21, 17],
            numeric={0, 3},
        ),
        4,
    )
    para(doc, "{%p endif %}")

    # appendix III: sources
    para(doc, "{{ L.sources }}", "Appendix Title")
    para(doc, "{{ L.sources_intro }}")
    para(doc, "{%p for d in sources %}", "Brief Text")
    para(
        doc,
        "[{{ d.ref }}] ",
        "Brief Text",
        runs=[
            ("{{ d.title }}", {"bold": True}),
            (
                "; {{ L.col_published | lower }}: {{ d.published_text }}; {{ d.source }} ({{ L.brief_id }} {{ d.id }})",
                {},
            ),
        ],
    )
    para(doc, "{%p else %}")
    para(doc, "{{ L.none_sources }}")
    para(doc, "{%p endfor %}")

    # appendix IV (only with --briefs): one page per source document
    para(doc, "{%p if show_briefs %}")
    para(doc, "{{ L.appendix }}", "Appendix Title")
    para(doc, "{%p for d in sources %}", "Brief Text")
    para(doc, "[{{ d.ref }}] {{ d.title }}", "Brief Title")
    para(doc, "", "Brief Text", runs=[("{{ L.brief_published }}: ", {"bold": True}), ("{{ d.published_text }}", {})])
    para(doc, "", "Brief Text", runs=[("{{ L.brief_source }}: ", {"bold": True}), ("{{ d.source }}", {})])
    para(doc, "", "Brief Text", runs=[("{{ L.brief_id }}: ", {"bold": True}), ("{{ d.id }}", {})])
    para(
        doc,
        "",
        "Brief Text",
        runs=[
            ("{{ L.brief_counts }}: ", {"bold": True}),
            ("{% for label, n in d.counts %}{{ label }}: {{ n }}{% if not loop.last %}; {% endif %}{% endfor %}", {}),
        ],
    )
    para(doc, "{%p if d.brief %}", "Brief Text")
    para(doc, "{{ L.brief_key }}", "Brief Title")
    para(doc, "{%p for b in d.brief %}", "Brief Text")
    para(doc, "- ", "Brief Text", runs=[("{{ b.kind_label }}: ", {"italic": True}), ("{{ b.text }}", {})])
    para(doc, "{%p endfor %}", "Brief Text")
    para(doc, "{%p if d.more %}", "Brief Text")
    para(doc, "{{ d.more_text }}", "Brief Text")
    para(doc, "{%p endif %}", "Brief Text")
    para(doc, "{%p endif %}", "Brief Text")
    para(doc, "{%p if d.warnings %}", "Brief Text")
    para(doc, "{{ L.brief_warnings }}", "Brief Title")
    para(doc, "{%p for w in d.warnings %}", "Brief Text")
    para(doc, "- {{ w }}", "Brief Text")
    para(doc, "{%p endfor %}", "Brief Text")
    para(doc, "{%p endif %}", "Brief Text")
    para(doc, "{%p if not loop.last %}", "Brief Text")
    para(doc, "", "Brief Text").add_run().add_break(WD_BREAK.PAGE)
    para(doc, "{%p endif %}", "Brief Text")
    para(doc, "{%p endfor %}", "Brief Text")
    para(doc, "{%p endif %}")

    preserve_spaces(doc)
    return doc


def preserve_spaces(doc: DocumentObject) -> None:
    """xml:space="preserve" on every text element: values such as "Số:      /BC-TĐKT" keep their spaces."""
    for t in doc.element.body.iter(qn("w:t")):
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    build().save(str(out))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
