"""Component behaviour on sentences written for these tests (not from the dev set)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.extract.nlp import build_nlp
from pipeline.extract.numbers import NumberStyle, parse_number
from pipeline.settings import Settings


def records(nlp, text: str, **meta):
    return extract_text(text, nlp=nlp, **meta)


@pytest.mark.parametrize(
    "raw, scaled, value",
    [
        ("1,504,571", False, 1504571),
        ("21.530", True, 21.53),
        ("70,577.2", False, 70577.2),
        ("9,221", False, 9221),
        ("1.504.571", False, 1504571),
        ("0.26", False, 0.26),
    ],
)
def test_english_number_style(raw: str, scaled: bool, value: float) -> None:
    assert parse_number(raw, NumberStyle(), scaled=scaled) == pytest.approx(value)


def test_vietnamese_number_style() -> None:
    vi = NumberStyle(decimal=",", group=".")
    assert parse_number("21,53", vi, scaled=True) == pytest.approx(21.53)
    assert parse_number("92.300", vi) == 92300


def test_figures_scale_currency_qualifier_and_kind(nlp) -> None:
    text = (
        "As of March 31, 2024, Quang Tri Provincial Social Security recorded nearly 1.2 million people participating "
        "in health insurance, an increase of 35,210 people compared to 2023. Total revenue reached VND 4.75 trillion, "
        "achieving 101.3 per cent of the plan. The unit strives to have 41% of the working-age labour force "
        "participate in social insurance by 2025."
    )
    figs = {f.value: f for f in records(nlp, text).figures}
    assert figs[1200000].metric == "hi_participants" and figs[1200000].qualifier == "nearly"
    assert figs[1200000].as_of == "2024-03-31" and figs[1200000].scope == "Quang Tri Social Security"
    assert figs[35210].kind == "change" and figs[35210].metric == "hi_participants"
    assert figs[4750000000000].unit == "VND" and figs[4750000000000].metric == "revenue"
    assert figs[101.3].kind == "plan_completion" and figs[101.3].metric == "plan_completion_rate"
    assert figs[41].kind == "target" and figs[41].metric == "si_coverage_rate"
    assert 2023 not in figs and 2024 not in figs and 31 not in figs  # years and dates are not figures


def test_years_ordinals_and_document_numbers_are_not_figures(nlp) -> None:
    text = (
        "The 7th congress implemented Resolution No. 42-NQ/TW and Decree 15/2023 in the 2020-2025 period for 5 years."
    )
    assert records(nlp, text).figures == []


def test_full_names_of_any_length_and_titles_on_both_sides(nlp) -> None:
    text = (
        "Deputy Director of Gia Lai Social Security Nguyen Thi Kim Hoa opened the meeting. "
        "Ho Van Lam, Director of Kon Tum Social Security and Head of Emulation Cluster No. 4, presented a report."
    )
    people = {p.name: p for p in records(nlp, text).people}
    assert set(people) >= {"Nguyen Thi Kim Hoa", "Ho Van Lam"}
    assert people["Nguyen Thi Kim Hoa"].title == "Deputy Director of Gia Lai Social Security"
    assert people["Nguyen Thi Kim Hoa"].unit == "Gia Lai Social Security"
    assert people["Ho Van Lam"].title == "Director of Kon Tum Social Security; Head of Emulation Cluster No. 4"


def test_byline_and_photo_credit(nlp) -> None:
    text = "Lam Dong Social Security held a meeting.\n| Delegates at the meeting. Photo: Minh Chau |\nBy Thanh Tam"
    roles = {p.name: p.title for p in records(nlp, text).people}
    assert roles["Minh Chau"] == "photographer"
    assert roles["Thanh Tam"] == "author"


def test_coordinated_provinces_become_separate_units(nlp) -> None:
    text = "The cluster includes the social security agencies of Lao Cai, Phu Tho and Thai Nguyen provinces."
    names = {u.name for u in records(nlp, text).units}
    assert {"Lao Cai Social Security", "Phu Tho Social Security", "Thai Nguyen Social Security"} <= names


def test_one_unit_for_many_spellings(nlp) -> None:
    text = (
        "Social Insurance of Quang Ngai province held a review. The Quang Ngai Provincial Social Security Office "
        "thanked Viet Nam Social Security. The provincial Social Insurance will continue. VSS praised it."
    )
    units = {u.name: u for u in records(nlp, text).units}
    assert set(units) == {"Quang Ngai Social Security", "Vietnam Social Security"}
    assert len(units["Quang Ngai Social Security"].mentions) == 3


def test_award_counts_conferrer_and_presenter(nlp) -> None:
    text = (
        "On behalf of the State President, Vice President Tran Thi Lan presented the Labour Order, second class, "
        "to three collectives and 12 individuals in 2016-2020. Authorized by the Prime Minister, "
        "Minister Phan Van Duc awarded the Government Emulation Flag to five collectives."
    )
    awards = records(nlp, text).awards
    labor = [a for a in awards if a.award_type == "labor_order"]
    assert {(a.count, a.recipient_kind) for a in labor} == {(3, "collective"), (12, "individual")}
    assert all(
        a.grade == "second" and a.conferred_by == "State President" and a.presented_by == "Tran Thi Lan" for a in labor
    )
    assert labor[0].year == "2016-2020"
    flag = next(a for a in awards if a.award_type == "government_emulation_flag")
    assert flag.conferred_by == "Prime Minister" and flag.count == 5


def test_award_recipients_through_coordination(nlp) -> None:
    text = "In 2021, Ben Tre and Tra Vinh Social Security were awarded Certificates of Merit by the General Director of Vietnam Social Security."
    awards = records(nlp, text).awards
    assert {(a.award_type, a.recipient) for a in awards} == {
        ("ministry_certificate_of_merit", "Ben Tre Social Security"),
        ("ministry_certificate_of_merit", "Tra Vinh Social Security"),
    }
    assert all(a.conferred_by == "VSS General Director" and a.year == "2021" for a in awards)


def test_movements_quoted_list_with_periods_and_launcher(nlp) -> None:
    text = (
        'The units carried out movements launched by the Prime Minister, such as: "Joining hands for the poor" '
        'for the period 2021 - 2025; "Building a learning society" and "Digital transformation for all".'
    )
    movs = {m.name: m for m in records(nlp, text).movements}
    assert set(movs) == {"Joining hands for the poor", "Building a learning society", "Digital transformation for all"}
    assert movs["Joining hands for the poor"].period == "2021-2025"
    assert all(m.launched_by == "Prime Minister" for m in movs.values())


def test_event_with_inferred_year_warns(nlp) -> None:
    text = "On the morning of February 12, Emulation Cluster No. 3 held a conference to review emulation work in 2024."
    rec = records(nlp, text)
    event = rec.events[0]
    assert event.kind == "conference" and event.organizer == "Emulation Cluster No. 3"
    assert event.date == "2025-02-12" and event.period_reviewed == "2024"
    assert any("year" in w for w in rec.warnings)


def test_a_wire_dateline_is_not_the_date_of_the_event_its_sentence_reports(nlp) -> None:
    text = (
        "Social security office reviews its year\n"
        "Da Lat, March 4 (VNA) – Lam Dong Provincial Social Security held a conference on March 3 "
        "to review its work in 2024."
    )
    event = records(nlp, text).events[0]
    assert (event.kind, event.date) == ("conference", "2025-03-03")
    alone = "Da Lat, March 4 (VNA) – Lam Dong Provincial Social Security held a conference to review its work in 2024."
    assert records(nlp, alone).events[0].date == "2025-03-04"  # no other date: the dateline's day stands


def test_every_record_quotes_its_evidence(nlp) -> None:
    text = "Director of Can Tho Social Security Le Minh Tri said over 95% of the population joined health insurance."
    rec = records(nlp, text)
    for _, record in rec.iter_records():
        assert rec.document.text[record.evidence.start : record.evidence.end] == record.evidence.text


def test_a_failing_component_leaves_a_warning_not_a_crash(monkeypatch) -> None:
    nlp = build_nlp(Settings(profile="fast"))
    figures = nlp.get_pipe("pr_figures")

    def broken(doc):
        raise RuntimeError("boom")  # a bug met on one odd document

    monkeypatch.setattr(figures, "set_annotations", broken)
    rec = extract_text("Director of Hue Social Security Tran Van Binh reported 95% coverage.", nlp=nlp)
    assert rec.figures == []
    assert rec.people and any("pr_figures failed" in w for w in rec.warnings)


def test_statistical_model_adds_marked_foreign_names_only() -> None:
    nlp = build_nlp(Settings(profile="default"))
    if "ner" not in nlp.component_names:  # run through pr_model_pieces
        pytest.skip("the spaCy model package is not installed")
    text = (
        "Mr. Christopher Bentley, Director of the regional office of the International Labour Organization, "
        "praised Ninh Binh Social Security. Thai Nguyen and Tuyen Quang also attended."
    )
    names = {p.name for p in records(nlp, text).people}
    assert "Christopher Bentley" in names
    assert not names & {"Thai Nguyen", "Tuyen Quang"}


def test_award_summary_table_and_individual_titles(nlp) -> None:
    text = (
        "Commendation in the period 2021-2025:\n"
        "Form | Collectives | Individuals\n"
        "Labour Order, third class | 6 | 9\n"
        "Prime Minister's Certificate of Merit | 12 | -\n"
        "Ms. Pham Thu Ha, Head of Collection of Kien Giang Social Security, and Lo Van Son "
        "were recognised as National Emulation Fighters."
    )
    awards = records(nlp, text).awards
    assert {(a.award_type, a.recipient_kind, a.count) for a in awards if a.count} == {
        ("labor_order", "collective", 6),
        ("labor_order", "individual", 9),
        ("pm_certificate_of_merit", "collective", 12),
    }
    fighters = {a.recipient for a in awards if a.award_type == "national_emulation_fighter"}
    assert fighters == {"Pham Thu Ha", "Lo Van Son"}
    assert not any(f.value in (6, 9, 12) for f in records(nlp, text).figures)  # award counts are not figures


def test_cluster_members_and_leaders(nlp) -> None:
    text = (
        "Emulation Cluster No. 6 brings together the social security offices of Gia Lai, Quang Ngai and Khanh Hoa provinces. "
        "Gia Lai Social Security, which led the cluster in 2025, handed over to Khanh Hoa Social Security. "
        "Delegates chose Khanh Hoa Social Security as cluster leader for 2026 and Quang Ngai Social Security as deputy leader."
    )
    units = {u.name: u for u in records(nlp, text).units}
    assert units["Emulation Cluster No. 6"].members == [
        "Gia Lai Social Security",
        "Quang Ngai Social Security",
        "Khanh Hoa Social Security",
    ]
    assert units["Gia Lai Social Security"].role == "cluster leader 2025"
    assert units["Khanh Hoa Social Security"].role == "cluster leader 2026"
    assert units["Quang Ngai Social Security"].role == "deputy cluster leader"


def test_movement_launchers_by_phrase_owner_and_subject(nlp) -> None:
    text = (
        'Tay Ninh Social Security kept the Prime Minister\'s movement "Joining hands for new rural areas" going. '
        'Director Le Van Tam said the unit launched the campaign "One family, one health insurance card" in 2024. '
        'The movement "Digital social insurance for all", launched by the provincial office in 2023, spread widely.'
    )
    movs = {m.name: m.launched_by for m in records(nlp, text).movements}
    assert movs == {
        "Joining hands for new rural areas": "Prime Minister",
        "One family, one health insurance card": "Tay Ninh Social Security",
        "Digital social insurance for all": "Tay Ninh Social Security",
    }
