"""The report context: aggregation across documents, filters, conflicts, labels."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from report_helpers import awards_doc, cluster_doc, records, sample_records, undated_doc

from pipeline.errors import PipelineError
from pipeline.models import (
    AwardStatus,
    AwardType,
    EventKind,
    FigureKind,
    FigureUnit,
    Grade,
    Metric,
    Qualifier,
    RecipientKind,
    Records,
    UnitKind,
)
from pipeline.report import write_reports
from pipeline.report.context import build_context, fmt_number, segments
from pipeline.report.labels import LANGS, load_labels
from pipeline.settings import Settings

SETTINGS = Settings(report_date=date(2026, 1, 23))


def test_labels_cover_every_code_in_both_languages() -> None:
    groups = {
        "metrics": Metric,
        "award_types": AwardType,
        "figure_kinds": FigureKind,
        "grades": Grade,
        "recipient_kinds": RecipientKind,
        "unit_kinds": UnitKind,
        "event_kinds": EventKind,
        "qualifiers": Qualifier,
        "award_status": AwardStatus,
    }
    for lang in LANGS:
        labels = load_labels(lang)
        for group, enum in groups.items():
            missing = {e.value for e in enum} - set(labels.groups[group])
            assert not missing, f"{lang} {group}: {missing}"
        for u in FigureUnit:
            assert "{n}" in labels.of("figure_units", u.value)
        values = dict(
            year=2025,
            next_year=2026,
            n=3,
            place="P",
            issuing_unit="U",
            number="1",
            day=1,
            month=2,
            month_name="M",
            unit="X",
            period=2025,
        )
        for key, text in labels.texts(**values).items():
            if key not in (
                "uncounted",
                "brief_more",
                "brief_more_warnings",
                "conflict_line",
                "launched_by",
                "award_with_grade",
                "count_collectives",
                "count_individuals",
                "count_recipients",
                "presented_by_short",
                "excluded_line",
                "s2_2_unsorted_note",
                "review_note",
            ):
                assert "{" not in str(text), (lang, key, text)


def test_labels_file_has_both_languages_side_by_side() -> None:
    data = yaml.safe_load((Path(__file__).parents[1] / "pipeline/report/labels.yml").read_text(encoding="utf-8"))
    for group, entries in data.items():
        for key, entry in entries.items():
            assert set(entry) == {"vi", "en"}, f"{group}.{key}"


def test_user_labels_override_only_their_entries(tmp_path: Path) -> None:
    f = tmp_path / "labels.yml"
    f.write_text('text:\n  s3: {vi: "III. TỰ ĐÁNH GIÁ", en: "III. SELF-ASSESSMENT"}\n', encoding="utf-8")
    ctx = build_context(sample_records(), SETTINGS.model_copy(update={"report_labels": f}), lang="en")
    assert ctx.labels["s3"] == "III. SELF-ASSESSMENT"
    assert ctx.labels["s5"] == "V. PROPOSALS"
    f.write_text('text:\n  s3: {vi: "chỉ tiếng Việt"}\n', encoding="utf-8")
    with pytest.raises(PipelineError, match=r"labels.yml.*text.s3.*vi and en"):
        build_context([], SETTINGS.model_copy(update={"report_labels": f}))


def test_header_subject_and_date_line() -> None:
    ctx = build_context(sample_records(), SETTINGS, lang="vi")
    assert ctx.year == 2025 and ctx.next_year == 2026
    assert ctx.header.subject == ("Tổng kết công tác thi đua, khen thưởng năm 2025 và phương hướng, nhiệm vụ năm 2026")
    assert ctx.header.date_line == "Hà Nội, ngày 23 tháng 01 năm 2026"
    en = build_context(sample_records(), SETTINGS, lang="en")
    assert en.header.date_line == "Ha Noi, 23 January 2026"
    assert en.header.nation == "SOCIALIST REPUBLIC OF VIET NAM"


def test_awards_follow_the_hierarchy_and_are_summed_by_form() -> None:
    ctx = build_context(sample_records(), SETTINGS, lang="en")
    ranks = [a.rank for a in ctx.awards]
    assert ranks == sorted(ranks)
    assert [a.award_type for a in ctx.awards][0] == "labor_order"
    assert ctx.awards[-1].award_type == "ministry_certificate_of_merit"
    labor = next(s for s in ctx.award_summary if s.label == "Labor Order")
    assert (labor.given_collectives.n, labor.given_individuals.n) == (11, 6)
    flag = next(s for s in ctx.award_summary if s.label == "Government Emulation Flag")
    # "eight collectives" and the named Dong Nai flag of the same document: Dong Nai is one of the eight
    assert flag.given_collectives.n == 8
    assert ctx.award_totals.given_collectives.n == 20 and ctx.award_totals.given_individuals.n == 7
    pm = next(a for a in ctx.awards if a.recipient == "Pham Minh Thanh")
    assert pm.label == "Labor Order, third class" and pm.recipient_kind == "individual"  # inferred from people
    gov = next(a for a in ctx.awards if a.count == 8)
    assert gov.conferred_text == "Prime Minister; presented by Dinh Tien Dung"
    vi = build_context(sample_records(), SETTINGS, lang="vi")
    assert next(a for a in vi.awards if a.count == 11).conferred_by == "Chủ tịch nước"


def test_named_award_reported_twice_is_one_row_with_two_sources() -> None:
    t = "Ca Mau Social Security received the Certificate of Merit."
    again = records(
        t,
        title="Again",
        published="2025-12-30",
        awards=[
            {
                "q": "Certificate of Merit",
                "award_type": "ministry_certificate_of_merit",
                "recipient": "Ca Mau Provincial Social Security",
                "recipient_kind": "collective",
                "year": "2025",
            }
        ],
    )
    ctx = build_context([awards_doc(), again], SETTINGS, lang="en")
    rows = [a for a in ctx.awards if a.recipient == "Ca Mau Social Security"]
    assert len(rows) == 1 and {s.ref for s in rows[0].sources} == {1, 2}


def test_conflicting_figures_are_flagged() -> None:
    ctx = build_context(sample_records(), SETTINGS, lang="en")
    assert len(ctx.conflicts) == 1
    c = ctx.conflicts[0]
    assert c.scope == "Emulation Cluster No. 8" and c.as_of_text == "2025"
    assert sorted(v.value_text for v in c.variants) == ["3,400,000 persons", "more than 3,200,000 persons"]
    flagged = [r for t in ctx.figure_tables for r in t.rows if r.conflict]
    assert len(flagged) == 2 and {r.metric for r in flagged} == {"si_participants"}


def test_equal_figures_from_two_documents_merge_and_do_not_conflict() -> None:
    t = "Emulation Cluster No. 8 had 3,200,123 social insurance participants in 2025."
    same = records(
        t,
        published="2026-02-01",
        figures=[
            {
                "q": "3,200,123",
                "metric": "si_participants",
                "value": 3200123,
                "unit": "persons",
                "as_of": "2025",
                "scope": "Emulation Cluster No. 8",
            }
        ],
    )
    ctx = build_context([cluster_doc(), same], SETTINGS)
    si = [r for t in ctx.figure_tables for r in t.rows if r.metric == "si_participants"]
    assert len(si) == 1 and len(si[0].sources) == 2 and not ctx.conflicts


def test_targets_go_to_section_four() -> None:
    ctx = build_context(sample_records(), SETTINGS)
    assert all(r.kind != "target" for t in ctx.figure_tables for r in t.rows)
    targets = [r for t in ctx.target_tables for r in t.rows]
    assert {(r.metric, r.as_of) for r in targets} == {("hi_coverage_rate", "2026"), ("si_participants", "2026")}


def test_unit_filter_folds_accents_and_case_and_takes_cluster_members() -> None:
    for query in ("ĐỒNG NAI", "dong nai", "Dong Nai Provincial Social Security"):
        ctx = build_context(sample_records(), SETTINGS, unit=query, lang="en")
        assert ctx.filter_unit == "Dong Nai Social Security"
        # its own award and its director's; not the congress's unnamed "11 collectives"
        assert [a.recipient for a in ctx.awards] == ["Pham Minh Thanh", "Dong Nai Social Security"]
        assert not ctx.figure_tables  # the cluster's figures are not Dong Nai's
    dated = [cluster_doc(), awards_doc(), _published(undated_doc(), "2025-05-01")]
    cluster = build_context(dated, SETTINGS, unit="emulation cluster no 8", lang="en")
    assert cluster.filter_unit == "Emulation Cluster No. 8"
    scopes = {t.scope for t in cluster.figure_tables}
    assert scopes == {"Emulation Cluster No. 8", "Tay Ninh Social Security"}  # Tay Ninh is a member


def test_unknown_unit_is_an_error_with_suggestions() -> None:
    with pytest.raises(PipelineError, match="not named in the records; closest:"):
        build_context(sample_records(), SETTINGS, unit="Hai Phong")


def test_period_filter() -> None:
    t = "In 2019 Emulation Cluster No. 8 had 2.1 million participants."
    old = records(
        t,
        published="2019-12-01",
        figures=[
            {
                "q": "2.1 million",
                "metric": "si_participants",
                "value": 2100000,
                "unit": "persons",
                "as_of": "2019",
                "scope": "Emulation Cluster No. 8",
            }
        ],
    )
    ctx = build_context(sample_records() + [old], SETTINGS, period=2025)
    assert all(r.as_of != "2019" for t in ctx.figure_tables for r in t.rows)
    assert ctx.target_tables  # targets for 2026 belong to a 2025 review
    assert "notes/undated.txt" not in [s.source for s in ctx.sources]  # no date at all: in no year
    ctx2019 = build_context(sample_records() + [old], SETTINGS, period=2019)
    assert [r.value for t in ctx2019.figure_tables for r in t.rows] == [2100000]


def _published(rec: Records, published: str) -> Records:
    data = rec.model_dump()
    data["document"]["published"] = published
    return Records.model_validate(data)


def test_zero_records_and_undated_records(tmp_path: Path) -> None:
    empty = build_context([], SETTINGS)
    assert empty.sources == [] and empty.awards == [] and empty.year == 2025
    # no date anywhere: kept in a report on the default year, left out (and counted) of a chosen one
    nowhere = build_context([undated_doc()], SETTINGS, lang="vi", period=2025)
    assert not nowhere.figure_tables and "1 số liệu" in nowhere.excluded_line
    assert build_context([undated_doc()], SETTINGS, lang="vi").figure_tables
    ctx = build_context([_published(undated_doc(), "2025-05-01")], SETTINGS, lang="vi")
    row = ctx.figure_tables[0].rows[0]
    assert row.as_of_text == "không rõ" and row.value_text == "3,8 tỷ đồng"
    assert ctx.sources[0].title == "(không có tiêu đề)"
    for recs in ([], [undated_doc()]):
        paths = write_reports(recs, tmp_path / "out", SETTINGS)
        assert sorted(p.name for p in paths) == ["report.docx", "report.html", "report.md"]
        assert all(p.stat().st_size > 0 for p in paths)
    assert not list((tmp_path / "out").glob("*.tmp"))


def test_every_row_is_traceable_to_highlighted_evidence() -> None:
    ctx = build_context(sample_records(), SETTINGS)
    anchors = {a for d in ctx.sources for seg in d.segments for a in seg.anchors}
    rows = [r for t in ctx.figure_tables + ctx.target_tables for r in t.rows] + ctx.awards + ctx.movements
    for row in rows:
        assert row.sources, row
        for s in row.sources:
            assert s.evidence_id in anchors
            doc = next(d for d in ctx.sources if d.ref == s.ref)
            assert s.quote in "".join(seg.text for seg in doc.segments if seg.marked)


def test_segments_handle_overlapping_evidence() -> None:
    text = "abcdefghij"
    segs = segments(text, [(0, 6, "a"), (2, 4, "b"), (8, 8, "c")])
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.marked, s.anchors) for s in segs] == [
        ("ab", True, ["a"]),
        ("cd", True, ["b"]),
        ("ef", True, []),
        ("gh", False, []),
        ("ij", False, ["c"]),
    ]


def test_number_formats() -> None:
    assert fmt_number(1504571, "vi") == "1.504.571"
    assert fmt_number(1504571, "en") == "1,504,571"
    assert fmt_number(100.05, "vi") == "100,05"
    assert fmt_number(92300, "vi") == "92.300"


def test_award_mentioned_again_without_its_year_is_one_row() -> None:
    t = "Hue Social Security received the Labor Order, third class, for 2020-2024. The Labor Order honours Hue."
    doc = records(
        t,
        published="2024-10-01",
        awards=[
            {
                "q": "Labor Order, third class",
                "award_type": "labor_order",
                "grade": "third",
                "recipient": "Hue Social Security",
                "recipient_kind": "collective",
            },
            {
                "q": "The Labor Order honours Hue",
                "award_type": "labor_order",
                "grade": "third",
                "recipient": "Hue Social Security",
                "recipient_kind": "collective",
                "year": "2020-2024",
                "conferred_by": "State President",
            },
            {
                "q": "Labor Order",
                "at": 60,
                "award_type": "labor_order",
                "grade": "third",
                "recipient": "Hue Social Security",
                "recipient_kind": "collective",
                "year": "2015-2019",
            },
        ],
    )
    ctx = build_context([doc], SETTINGS, lang="en", period=2024)
    assert [(a.year, len(a.sources), a.conferred_by) for a in ctx.awards] == [("2020-2024", 2, "State President")]
    earlier = build_context([doc], SETTINGS, lang="en", period=2017)
    assert [(a.year, len(a.sources), a.conferred_by) for a in earlier.awards] == [("2015-2019", 1, None)]


def test_past_targets_stand_beside_results_and_future_ones_are_directions() -> None:
    t = "Hue aimed at 95% coverage in 2025 and reached 96.3%; for 2026 it aims at 97% and later at 99%."
    doc = records(
        t,
        published="2026-01-10",
        figures=[
            {
                "q": "95%",
                "metric": "hi_coverage_rate",
                "value": 95,
                "unit": "percent",
                "kind": "target",
                "as_of": "2025",
                "scope": "Hue Social Security",
            },
            {
                "q": "96.3%",
                "metric": "hi_coverage_rate",
                "value": 96.3,
                "unit": "percent",
                "as_of": "2025",
                "scope": "Hue Social Security",
            },
            {
                "q": "97%",
                "metric": "hi_coverage_rate",
                "value": 97,
                "unit": "percent",
                "kind": "target",
                "as_of": "2026",
                "scope": "Hue Social Security",
            },
            {
                "q": "99%",
                "metric": "hi_coverage_rate",
                "value": 99,
                "unit": "percent",
                "kind": "target",
                "scope": "Hue Social Security",
            },
        ],
    )
    ctx = build_context([doc], SETTINGS, period=2025)
    assert [(r.kind, r.value) for t in ctx.figure_tables for r in t.rows] == [("actual", 96.3), ("target", 95)]
    assert [r.value for t in ctx.target_tables for r in t.rows] == [97, 99]


@pytest.mark.parametrize("query", ["Cụm thi đua số 8", "cum thi dua 8"])
def test_unit_filter_understands_vietnamese_names(query: str) -> None:
    assert build_context(sample_records(), SETTINGS, unit=query).filter_unit == "Emulation Cluster No. 8"
    assert build_context(sample_records(), SETTINGS, unit="BHXH tỉnh Cà Mau").filter_unit == "Ca Mau Social Security"


def test_award_is_kept_by_its_own_year_not_its_documents_date() -> None:
    t = "At the 2025 review conference, Hue Social Security received the Labor Order for 2020-2024; in 2020 it had 1 million participants."
    doc = records(
        t,
        published="2025-06-12",
        events=[{"q": "2025 review conference", "kind": "conference", "period_reviewed": "2025"}],
        awards=[
            {
                "q": "Labor Order",
                "award_type": "labor_order",
                "recipient": "Hue Social Security",
                "recipient_kind": "collective",
                "year": "2020-2024",
            }
        ],
        figures=[
            {
                "q": "1 million",
                "metric": "si_participants",
                "value": 1000000,
                "unit": "persons",
                "as_of": "2020",
                "scope": "Hue Social Security",
            }
        ],
    )
    ctx = build_context([doc], SETTINGS, period=2025, lang="en")
    assert ctx.awards == []  # an award for 2020-2024 is no 2025 commendation, whatever the document's date
    assert not ctx.figure_tables  # a 2020 figure is no 2025 result
    assert ctx.excluded_line == "Outside the reporting year 2025 and left out: 1 figures, 1 awards."
    assert [a.year for a in build_context([doc], SETTINGS, period=2024).awards] == ["2020-2024"]
    assert build_context([doc], SETTINGS, period=2020).figure_tables
