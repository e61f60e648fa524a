"""Figure structures (what is a figure, its kind, date and scope), on sentences written for this test."""

from __future__ import annotations

from extract_helpers import figures


def test_attendance_and_award_counts_are_no_figures_organisations_are_units(nlp) -> None:
    got = figures(
        nlp,
        "Binh Dinh Provincial Social Security held a meeting with 230 delegates. The office now manages 11 "
        "grassroots offices and works with 2,460 enterprises. That year, 185 officials earned the title of Advanced "
        "Laborer, and the province had 402,118 people participating in social insurance.",
    )
    assert set(got) == {11, 2460, 402118}
    assert got[11]["unit"] == got[2460]["unit"] == "units"


def test_numbered_list_items_are_structure(nlp) -> None:
    got = figures(nlp, "Results in brief:\n1. Revenue reached VND 920 billion.\n2. Late payment fell to 1.2%.\n")
    assert set(got) == {920000000000, 1.2}


def test_months_elapsed_and_last_year(nlp) -> None:
    got = figures(
        nlp,
        "In 10 months, Ben Tre Social Security collected VND 3,410 billion. Late payment was 1.6% of the amount "
        "receivable, lower than the 2.2% of the same period last year.",
    )
    assert got[3410000000000]["as_of"] == "2025-10"
    assert got[1.6]["as_of"] == "2025-10"  # the next sentence speaks of the same ten months
    assert got[2.2]["as_of"] == "2024"


def test_sector_wide_figure_is_scoped_to_the_sector(nlp) -> None:
    got = figures(
        nlp,
        "Speaking at the Ha Tinh Social Security conference, the Deputy Director said that nationwide, 21.9 million "
        "people took part in social insurance. Ha Tinh Social Security alone had 205,400 participants.",
    )
    assert got[21900000]["scope"] == "Vietnam Social Security"
    assert got[205400]["scope"] == "Ha Tinh Social Security"
    quoted = figures(
        nlp,
        'Ha Tinh Social Security ran the movement "The whole country joins hands for new rural areas" with VND 1.2 '
        "billion mobilised.",
    )
    assert quoted[1200000000]["scope"] == "Ha Tinh Social Security"  # a movement's name says nothing of scope


def test_period_stays_in_its_clause(nlp) -> None:
    got = figures(
        nlp,
        "The province had 318,000 social insurance participants, while in 2020-2024 it collected VND 41 trillion.",
    )
    assert got[318000]["period"] is None
    assert got[41000000000000]["period"] == "2020-2024"


def test_target_only_after_its_cue(nlp) -> None:
    got = figures(
        nlp,
        "Health insurance coverage in Hue reached 94.1% of the population, against a target of 95 per cent.",
    )
    assert got[94.1]["kind"] == "actual" and got[95]["kind"] == "target"
    assert got[95]["metric"] == "hi_coverage_rate"


def test_change_after_plan_completion_keeps_the_measure(nlp) -> None:
    got = figures(
        nlp,
        "Total revenue of Nam Dinh Social Security was VND 5,120 billion, reaching 101.7% of the plan and rising "
        "8.3% against the previous year.",
    )
    assert got[101.7]["metric"] == "plan_completion_rate"
    assert (got[8.3]["metric"], got[8.3]["kind"]) == ("revenue", "change")


def test_table_columns_decide_the_kind(nlp) -> None:
    text = (
        "Results of Kien Giang Social Security in 2025:\n"
        "No. | Indicator | Performed | Plan\n"
        "1 | Social insurance participants | 221,400 | 215,000\n"
        "2 | Total revenue (VND billion) | 6,215 | 6,100\n"
    )
    got = figures(nlp, text)
    assert 1 not in got and 2 not in got  # row numbers
    assert got[221400]["kind"] == "actual" and got[215000]["kind"] == "target"
    assert got[6215000000000]["unit"] == "VND" and got[6215000000000]["metric"] == "revenue"
    assert got[6100000000000]["kind"] == "target"


def test_district_in_the_clause_scopes_its_figure(nlp) -> None:
    got = figures(
        nlp,
        "Long An Social Security ranked its districts. By district: Duc Hoa district reached 96.2% health insurance "
        "coverage; Can Giuoc district 94.8%.",
    )
    assert got[96.2]["scope"] == "Duc Hoa District Social Insurance"
    assert got[94.8]["scope"] == "Can Giuoc District Social Insurance"
    assert got[96.2]["metric"] == "hi_coverage_rate"


def test_total_over_years_has_no_single_date(nlp) -> None:
    got = figures(
        nlp,
        "As of June 30, 2025, Soc Trang Social Security had 142,000 participants. Total revenue for the five years "
        "came to VND 21,300 billion. Late payment fell to 1.9%, the lowest level in five years.",
    )
    assert got[21300000000000]["as_of"] is None
    assert got[1.9]["as_of"] == "2025-06-30"  # "in five years" after the number compares, it dates nothing


def test_targets_after_a_question_keep_the_documents_unit(nlp) -> None:
    got = figures(
        nlp,
        "Binh Thuan Social Security reviewed 2025.\nQ: What are the unit's targets for 2026?\n"
        "A: We will strive for 25% social insurance coverage by the end of 2026.",
    )
    assert (got[25]["kind"], got[25]["scope"], got[25]["as_of"]) == ("target", "Binh Thuan Social Security", "2026")


def test_plan_completion_of_its_plan_parallel_and_as_a_target(nlp) -> None:
    got = figures(
        nlp,
        "Among the district offices, Le Thuy District Social Insurance led with 98.2% of its plan, while Dong Ha "
        "City Social Insurance reached 47.5%. The region will strive to complete 100% of the revenue plan.",
    )
    assert (got[98.2]["metric"], got[98.2]["kind"]) == ("plan_completion_rate", "plan_completion")
    assert (got[47.5]["metric"], got[47.5]["kind"], got[47.5]["scope"]) == (
        "plan_completion_rate",
        "plan_completion",
        "Dong Ha City Social Insurance",
    )
    assert (got[100]["metric"], got[100]["kind"]) == ("plan_completion_rate", "target")


def test_own_noun_is_not_the_people_before_it(nlp) -> None:
    got = figures(
        nlp,
        "Member units paid contributions for 2,380 poor people, and handed over 61 houses of gratitude.",
    )
    assert got[2380]["unit"] == "persons"
    assert got[61]["unit"] == "count"


def test_change_over_a_period_has_no_single_date(nlp) -> None:
    got = figures(
        nlp,
        "By the end of the 2021-2025 period, Vietnam Social Security had about 22.1 million social insurance "
        "participants, an increase of about 5.6 million compared to the end of the 2016-2020 period.",
    )
    assert (got[22100000]["as_of"], got[22100000]["period"]) == ("2025", "2021-2025")
    assert (got[5600000]["kind"], got[5600000]["as_of"], got[5600000]["period"]) == ("change", None, "2021-2025")


def test_a_ranking_nationwide_is_the_units_own_figure(nlp) -> None:
    got = figures(nlp, "Quang Binh Social Security ranked 5th nationwide, with 95.6% health insurance coverage.")
    assert got[95.6]["scope"] == "Quang Binh Social Security"


def test_named_part_of_the_year(nlp) -> None:
    got = figures(nlp, "In the first quarter, Tay Ninh Social Security collected VND 1,870 billion.")
    assert got[1870000000000]["as_of"] == "2025-03"


def test_from_to_the_baseline_date_is_the_first_values_and_the_second_holds_now(nlp) -> None:
    text = (
        "Voluntary social insurance participants in the province grew from 4,100 people when the policy "
        "was first applied in 2012 to 28,600 people. Health insurance coverage reached 93.1% of the population."
    )
    figs = figures(nlp, text, published="2024-03-02")
    assert (figs[4100]["as_of"], figs[28600]["as_of"], figs[93.1]["as_of"]) == ("2012", "2024", "2024")
