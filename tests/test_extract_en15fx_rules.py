"""Structures the blind set en15 showed, each on sentences written for this test (invented names
and numbers; no article of the dev or blind sets)."""

from __future__ import annotations

from tests.extract_helpers import figures

LEAD = "Lang Son Provincial Social Security held a review on October 2, 2025. "


def test_a_count_of_days_is_no_count_of_the_people_after_it(nlp) -> None:
    got = figures(nlp, LEAD + "The youth members will spend 900 volunteer days helping people in remote villages.")
    assert got[900]["unit"] == "count"


def test_the_second_age_of_a_range_naming_a_group_is_no_figure(nlp) -> None:
    got = figures(nlp, LEAD + "Most applicants were workers aged 30 to 45 who had left their jobs.")
    assert 45 not in got and 30 not in got


def test_a_telephone_number_is_no_figure(nlp) -> None:
    got = figures(nlp, LEAD + "The office paid 3,100 people.\nHotline: 1900 5678")
    assert 5678 not in got and 3100 in got


def test_a_coverage_rate_takes_the_scheme_named_right_before_it(nlp) -> None:
    got = figures(
        nlp,
        LEAD + "In 2026 the office aims to raise social insurance coverage to 31% and health insurance coverage "
        "to 94.5%.",
    )
    assert got[31]["metric"] == "si_coverage_rate"
    assert got[94.5]["metric"] == "hi_coverage_rate"


def test_a_share_of_this_years_target_is_plan_completion(nlp) -> None:
    got = figures(nlp, LEAD + "The branches brought in 5,120 participants, 61.2% of this year's target.")
    assert (got[61.2]["metric"], got[61.2]["kind"]) == ("plan_completion_rate", "plan_completion")


def test_party_members_are_no_insured_and_party_cells_are_units(nlp) -> None:
    got = figures(
        nlp,
        LEAD + "By 2030 the congress aims to keep 96% of the population in health insurance and to admit at "
        "least 25 new Party members. The 310 Party members work in 14 Party cells.",
    )
    assert got[25]["metric"] == "other"
    assert got[14]["unit"] == "units"
