"""Drafts whose tables a secretariat can sign: the right unit, the right period, each recipient once.

Every test builds its records directly (the extraction is not involved) for
one defect a user found in a draft.
"""

from __future__ import annotations

import ast
import io
import json
from datetime import date
from pathlib import Path

import docx
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx.shared import Mm
from report_helpers import records

from pipeline.cli import cli
from pipeline.models import Records
from pipeline.report.context import build_context
from pipeline.report.render import render
from pipeline.settings import Settings
from pipeline.units import identity_key
from pipeline.years import year_span

SETTINGS = Settings(report_date=date(2026, 1, 23))
ROOT = Path(__file__).resolve().parents[1]


def congress() -> Records:
    t = (
        "At the congress on 9 October 2025, nine collectives received the Government Emulation Flag for 2020-2025. "
        "Hue Social Security received the Government Emulation Flag for 2025 and Hanoi Social Security for 2023. "
        "The congress proposed the Labor Order, third class, for two collectives under Decision 1733/QD-BHXH. "
        "In 2020-2024 revenue reached VND 2,086 trillion; in 2024 there were 20.1 million participants. "
        "In 2025 the sector had 20.9 million participants. The delegates numbered 300."
    )
    return records(
        t,
        title="Congress",
        published="2025-10-09",
        source="/home/someone/press/congress.txt",
        units=[
            {"q": "Hue Social Security", "name": "Hue Social Security", "kind": "provincial_office"},
            {"q": "Hanoi Social Security", "name": "Hanoi Social Security", "kind": "provincial_office"},
        ],
        awards=[
            {
                "q": "nine collectives received the Government Emulation Flag",
                "award_type": "government_emulation_flag",
                "recipient_kind": "collective",
                "count": 9,
                "year": "2020-2025",
            },
            {
                "q": "Government Emulation Flag for 2025",
                "award_type": "government_emulation_flag",
                "recipient": "Hue Social Security",
                "recipient_kind": "collective",
                "year": "2025",
            },
            {
                "q": "Hanoi Social Security for 2023",
                "award_type": "government_emulation_flag",
                "recipient": "Hanoi Social Security",
                "recipient_kind": "collective",
                "year": "2023",
            },
            {
                "q": "proposed the Labor Order, third class, for two collectives",
                "award_type": "labor_order",
                "grade": "third",
                "recipient_kind": "collective",
                "count": 2,
                "status": "proposed",
                "year": "2025",
            },
        ],
        figures=[
            {
                "q": "VND 2,086 trillion",
                "metric": "revenue",
                "value": 2086e12,
                "unit": "VND",
                "period": "2020-2024",
                "scope": "Vietnam Social Security",
            },
            {
                "q": "20.1 million",
                "metric": "si_participants",
                "value": 20.1e6,
                "unit": "persons",
                "as_of": "2024",
                "scope": "Vietnam Social Security",
            },
            {
                "q": "20.9 million",
                "metric": "si_participants",
                "value": 20.9e6,
                "unit": "persons",
                "as_of": "2025",
                "scope": "Vietnam Social Security",
            },
            {"q": "300", "metric": "other", "value": 300, "unit": "count", "as_of": "2025"},
        ],
    )


def test_the_period_is_the_latest_year_and_applies_to_each_records_own_date() -> None:
    ctx = build_context([congress()], SETTINGS, lang="en")
    assert ctx.year == 2025
    values = [r.value for t in ctx.figure_tables for r in t.rows]
    assert values == [20.9e6]  # not the 2024 count, not the 2020-2024 revenue
    # and the Hanoi flag "for 2023": an award is kept by its own year, not its document's date
    assert ctx.excluded_line == "Outside the reporting year 2025 and left out: 2 figures, 1 awards."
    assert year_span("2020 - 2024") == (2020, 2024) and year_span("2025-06") == (2025, 2025)


def test_a_period_total_is_reconciled_with_the_named_records_it_contains() -> None:
    ctx = build_context([congress()], SETTINGS, lang="en")
    flag = next(s for s in ctx.award_summary if s.label == "Government Emulation Flag")
    assert flag.given_collectives.n == 9  # the named 2025 flag is among the nine, not added to them
    cited = {s.record_id.split("/", 1)[1] for s in flag.given_collectives.sources}
    assert cited == {"awards/0", "awards/1"}  # the cell links to every record it counts
    in2023 = build_context([congress()], SETTINGS, lang="en", period=2023)
    flag2023 = next(s for s in in2023.award_summary if s.label == "Government Emulation Flag")
    assert flag2023.given_collectives.n == 9  # the 2020-2025 total contains the 2023 flag too
    # a named flag from another document is another recipient
    t = "Dong Nai Social Security received the Government Emulation Flag for 2025."
    other = records(
        t,
        published="2025-12-01",
        awards=[
            {
                "q": "Government Emulation Flag",
                "award_type": "government_emulation_flag",
                "recipient": "Dong Nai Social Security",
                "recipient_kind": "collective",
                "year": "2025",
            }
        ],
    )
    both = build_context([congress(), other], SETTINGS, lang="en")
    assert next(s for s in both.award_summary if s.label == "Government Emulation Flag").given_collectives.n == 10


def test_proposals_have_their_own_columns_and_are_never_counted_as_given() -> None:
    ctx = build_context([congress()], SETTINGS, lang="en")
    labor = next(s for s in ctx.award_summary if s.label == "Labor Order, third class")
    assert (labor.given_collectives.n, labor.proposed_collectives.n) == (0, 2)
    assert ctx.award_totals.given_collectives.n == 9 and ctx.award_totals.proposed_collectives.n == 2
    assert ctx.award_has_proposed
    row = next(a for a in ctx.awards if a.award_type == "labor_order")
    assert row.status == "proposed" and row.decision == "1733/QD-BHXH"
    assert "Proposed" in render(ctx, "md", SETTINGS).decode()


def test_figures_of_unclear_metric_or_kind_go_to_the_sorting_appendix() -> None:
    t = "Hue Social Security had 91% participants and a coverage rate of 12,000 people; 61 houses were built."
    doc = records(
        t,
        published="2025-05-01",
        figures=[
            {"q": "91%", "metric": "si_participants", "value": 91, "unit": "percent", "scope": "Hue Social Security"},
            {
                "q": "12,000",
                "metric": "hi_coverage_rate",
                "value": 12000,
                "unit": "persons",
                "scope": "Hue Social Security",
            },
            {"q": "61", "metric": "other", "value": 61, "unit": "count", "scope": "Hue Social Security"},
        ],
    )
    ctx = build_context([doc], SETTINGS, lang="en")
    assert ctx.figure_tables == []
    assert [r.reason for r in ctx.unsorted_figures] == [
        "unit does not fit the indicator",
        "unit does not fit the indicator",
        "indicator unclear",
    ]
    assert "61 houses" in ctx.unsorted_figures[2].metric_label  # staff see what the number counts
    assert "Appendix II" in ctx.unsorted_note


def test_a_unit_report_keeps_the_units_awards_without_named_recipients() -> None:
    t = (
        "Emulation Cluster No. 5 held its review conference. Members Phu Tho Social Security and Lao Cai Social "
        "Security attended with the Ministry of Finance. Fourteen officials of the cluster were named ministerial "
        "emulation fighters. Phu Tho Social Security received the Ministry of Finance's flag."
    )
    doc = records(
        t,
        published="2026-01-15",
        events=[
            {
                "q": "review conference",
                "kind": "conference",
                "organizer": "Emulation Cluster No. 5",
                "period_reviewed": "2025",
            }
        ],
        units=[
            {
                "q": "Emulation Cluster No. 5",
                "name": "Emulation Cluster No. 5",
                "kind": "cluster",
                "members": ["Phu Tho Social Security", "Lao Cai Social Security"],
            },
            {"q": "Phu Tho Social Security", "name": "Phu Tho Social Security", "kind": "provincial_office"},
            {"q": "Lao Cai Social Security", "name": "Lao Cai Social Security", "kind": "provincial_office"},
            {"q": "Ministry of Finance", "name": "Ministry of Finance", "kind": "ministry"},
        ],
        awards=[
            {
                "q": "Fourteen officials",
                "award_type": "ministry_emulation_fighter",
                "recipient_kind": "individual",
                "count": 14,
            },
            {
                "q": "flag",
                "award_type": "ministry_emulation_flag",
                "recipient": "Phu Tho Social Security",
                "recipient_kind": "collective",
            },
        ],
    )
    ctx = build_context([doc], SETTINGS, lang="vi", unit="Cụm thi đua số 5")
    assert ctx.filter_unit == "Emulation Cluster No. 5"
    assert sorted(a.count_text for a in ctx.awards) == ["1", "14 cá nhân"]


def test_two_city_peoples_committees_are_two_units() -> None:
    def doc(place: str) -> Records:
        t = f"In {place}, the City People's Committee praised the social security office."
        return records(
            t,
            title=place,
            published="2025-06-01",
            units=[{"q": "City People's Committee", "name": "City People's Committee", "kind": "other"}],
        )

    ctx = build_context([doc("Hue"), doc("Can Tho")], SETTINGS, lang="en")
    assert [u.name for u in ctx.units] == ["City People's Committee", "City People's Committee"]
    assert {s.ref for u in ctx.units for s in u.sources} == {1, 2}
    # a committee whose parent names its province is that province's, in any document
    assert identity_key("City People's Committee", "a", parent="Hanoi") == identity_key(
        "City People's Committee", "b", parent="Ha Noi"
    )


def test_a_vietnamese_draft_writes_names_as_vietnamese_offices_do() -> None:
    t = (
        "Dong Nai Social Security, Emulation Cluster No. 5 and Social Insurance Region XII met. "
        "Pham Minh Thanh, Director of Dong Nai Social Security, spoke. The movement For the Poor - Leaving No One "
        "Behind was launched by the Prime Minister."
    )
    doc = records(
        t,
        published="2025-06-01",
        units=[
            {"q": "Dong Nai Social Security", "name": "Dong Nai Social Security", "kind": "provincial_office"},
            {"q": "Emulation Cluster No. 5", "name": "Emulation Cluster No. 5", "kind": "cluster"},
            {"q": "Social Insurance Region XII", "name": "Social Insurance Region XII", "kind": "region_office"},
        ],
        people=[
            {
                "q": "Pham Minh Thanh",
                "name": "Pham Minh Thanh",
                "title": "Director of Dong Nai Social Security",
                "unit": "Dong Nai Social Security",
            }
        ],
        movements=[
            {
                "q": "For the Poor - Leaving No One Behind",
                "name": "For the Poor - Leaving No One Behind",
                "launched_by": "Prime Minister",
            }
        ],
    )
    vi = build_context([doc], SETTINGS, lang="vi")
    names = [u.name for u in vi.clusters + vi.units]
    assert names == ["Cụm thi đua số 5", "BHXH khu vực XII", "BHXH tỉnh Đồng Nai"]
    assert vi.office_holders[0].title == "Giám đốc BHXH tỉnh Đồng Nai"
    assert (vi.movements[0].name, vi.movements[0].launched_by) == (
        "Vì người nghèo - Không để ai bị bỏ lại phía sau",
        "Thủ tướng Chính phủ",
    )
    en = build_context([doc], SETTINGS, lang="en")
    assert [u.name for u in en.clusters + en.units] == [
        "Emulation Cluster No. 5",
        "Social Insurance Region XII",
        "Dong Nai Social Security",
    ]
    assert en.office_holders[0].title == "Director of Dong Nai Social Security"


def test_word_layout_dates_placeholders_paths_and_briefs() -> None:
    ctx = build_context([congress()], SETTINGS, lang="vi")
    assert ctx.sources[0].source == "congress.txt"  # no folder of the drafting machine
    d = docx.Document(io.BytesIO(render(ctx, "docx", SETTINGS)))
    text = "\n".join(p.text for p in d.paragraphs) + "\n".join(
        c.text for t in d.tables for r in t.rows for c in r.cells
    )
    assert "/home/someone" not in text
    fig = next(t for t in d.tables if t.rows[0].cells[1].text == "Chỉ tiêu")
    date_col = fig.columns[4].cells[1]
    assert date_col.width >= Mm(27)
    assert date_col._tc.tcPr.find(qn("w:noWrap")) is not None
    header_cell = d.tables[0].rows[0].cells[0]
    assert any(r.font.highlight_color for p in header_cell.paragraphs for r in p.runs)  # default letterhead marked
    assert "TÓM TẮT TÀI LIỆU NGUỒN" not in text  # machine briefs only with --briefs
    configured = Settings(
        report_date=date(2026, 1, 23),
        issuing_body="BẢO HIỂM XÃ HỘI VIỆT NAM",
        issuing_unit="BHXH TỈNH ĐỒNG NAI",
        place="Đồng Nai",
        signer_on_behalf="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC",
        signer_name="Nguyễn Văn A",
    )
    ctx2 = build_context([congress()], configured, lang="vi")
    d2 = docx.Document(io.BytesIO(render(ctx2, "docx", configured)))
    assert not any(
        r.font.highlight_color for t in d2.tables[:1] for c in t._cells for p in c.paragraphs for r in p.runs
    )
    sign = next(t for t in d2.tables if t.rows[0].cells[0].text.startswith("Nơi nhận"))
    assert [p.text for p in sign.rows[0].cells[1].paragraphs if p.text] == [
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn A",
    ]


def test_json_report_lists_tables_and_source_records(tmp_path: Path) -> None:
    src = tmp_path / "congress.json"
    src.write_text(congress().model_dump_json(), encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["report", str(src), "--out", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    flag = next(s for s in data["award_summary"] if s["label"] == "Government Emulation Flag")
    assert flag["given_collectives"]["n"] == 9
    assert all(s["record_id"].startswith(data["sources"][0]["id"]) for s in flag["given_collectives"]["sources"])
    assert data["figure_tables"][0]["rows"][0]["sources"][0]["record_id"].endswith("/figures/2")


def test_the_output_format_follows_the_file_name(tmp_path: Path) -> None:
    src = tmp_path / "congress.json"
    src.write_text(congress().model_dump_json(), encoding="utf-8")
    md_template = tmp_path / "mine.md.j2"
    md_template.write_text('{% extends "report.md.j2" %}', encoding="utf-8")
    runner = CliRunner()
    for args in (
        ["--template", str(md_template), "--out", str(tmp_path / "x.html")],
        ["--format", "md", "--out", str(tmp_path / "x.html")],
        ["--format", "json", "--out", str(tmp_path / "x.txt")],
    ):
        result = runner.invoke(cli, ["report", str(src), *args])
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output
    assert not list(tmp_path.glob("x.*"))


def test_the_report_package_reads_records_only() -> None:
    for path in (ROOT / "pipeline" / "report").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert "archive" not in (node.module or ""), path.name
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 420, path.name
