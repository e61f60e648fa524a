"""Structures the blind set en15 showed, each on sentences written for this test (invented names
and numbers; no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text
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


def awards_of(nlp, text: str) -> list[tuple]:
    records = extract_text(text, nlp=nlp, published="2025-11-20")
    return sorted((a.award_type, a.recipient, a.recipient_kind, a.count) for a in records.awards)


def test_a_count_of_branches_named_by_their_organisation(nlp) -> None:
    got = awards_of(
        nlp,
        LEAD + "The Director presented Certificates of Commendation to 14 commune-level Veterans' Association "
        "branches and 21 individuals.",
    )
    assert ("certificate_of_commendation", None, "collective", 14) in got
    assert 14 not in figures(
        nlp,
        LEAD + "The Director presented Certificates of Commendation to 14 "
        "commune-level Veterans' Association branches and 21 individuals.",
    )


def test_a_part_of_the_counted_recipients_is_no_award_of_its_own(nlp) -> None:
    text = (
        "Lang Son Provincial Social Security held a ceremony on January 2, 2025. The VSS General Director also "
        'awarded the Medal "For the cause of Vietnam Social Security" to 12 individuals, including 3 retired '
        "staff of Lang Son SS."
    )
    assert awards_of(nlp, text) == [("commemorative_medal", None, "individual", 12)]
    assert 3 not in figures(nlp, text)


def test_the_office_an_award_is_handed_to_before_what_it_is_for(nlp) -> None:
    got = awards_of(
        nlp,
        "Lang Son Provincial Social Security held a ceremony on January 2, 2025 to mark 30 years of the Vietnam "
        "Social Security sector. Vietnam Social Security leaders attended. Mrs. Hoang Thi Lan handed over the "
        "Emulation Flag of the Provincial People's Committee to the office for its 2024 results.",
    )
    assert ("ministry_emulation_flag", "Lang Son Social Security", "collective", None) in got


def test_a_count_that_is_the_next_clauses_subject_is_not_the_awards_before(nlp) -> None:
    got = awards_of(
        nlp,
        "Lang Son Provincial Social Security held a congress on January 2, 2025. On this occasion, Lang Son Social "
        "Security received the Emulation Flag of the Ministry of Finance for its 2024 results, and three Party "
        "cells were given Certificates of Commendation.",
    )
    assert ("ministry_emulation_flag", "Lang Son Social Security", "collective", None) in got
    assert ("certificate_of_commendation", None, "collective", 3) in got


def units_of(nlp, text: str) -> dict[str, dict]:
    records = extract_text(text, nlp=nlp, published="2025-11-20")
    return {u.name: u.model_dump(mode="json", exclude={"evidence"}) for u in records.units}


def test_an_office_body_written_after_its_owner_and_before_it_with_of_is_one(nlp) -> None:
    text = (
        "Lang Son Social Security Party Committee holds its congress\n\nLang Son, May 4, 2025 - On May 3, the "
        "Party Committee of Lang Son Provincial Social Security held its congress. Ms. Hoang Thi Lan, Director of "
        "Lang Son Social Security, presented the report. The office has also proposed "
        "that the Prime Minister award a Certificate of Merit to the Party Committee for its achievements."
    )
    got = units_of(nlp, text)
    assert "Lang Son Social Security Party Committee" not in got
    body = got["Party Committee of Lang Son Social Security"]
    assert body["parent"] == "Lang Son Social Security"
    records = extract_text(text, nlp=nlp, published="2025-11-20")
    assert [a.recipient for a in records.awards] == ["Party Committee of Lang Son Social Security"]


def test_a_youth_union_after_the_agencys_abbreviation_is_the_one_named_with_of(nlp) -> None:
    got = units_of(
        nlp,
        "VSS youth visit Lang Son\n\nLang Son, May 4, 2025 - The Youth Union of Vietnam Social Security on May 3 "
        "held a volunteer day in Lang Son. Mr. Tran Van Binh, Secretary of the VSS Youth Union, spoke.",
    )
    assert "VSS Youth Union" not in got and "Youth Union of Vietnam Social Security" in got


def test_a_headline_body_without_place_and_level_is_the_fuller_one(nlp) -> None:
    got = units_of(
        nlp,
        "Lang Son social security and Veterans' Association sign plan\n\nLang Son, May 4, 2025 - Lang Son "
        "Provincial Social Security and the Lang Son Provincial Veterans' Association on May 3 signed a plan.",
    )
    assert "Veterans' Association" not in got and "Lang Son Provincial Veterans' Association" in got


def test_a_commission_of_a_party_committee_is_a_party_body(nlp) -> None:
    got = units_of(
        nlp,
        LEAD + "Also present was Mr. Tran Van Binh, Head of the Organisation Commission of the Provincial Party "
        "Committee.",
    )
    assert got["Organisation Commission of the Provincial Party Committee"]["kind"] == "party_body"


def test_staff_an_office_now_has_hold_at_publication_not_at_a_year_before(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son Provincial Social Security held a ceremony on February 14, 2025. Revenue in 2024 reached VND "
        "2,630 billion. The office now has 412 staff.",
        published="2025-02-15",
    )
    assert got[412]["metric"] == "staff_count" and got[412]["as_of"] == "2025-02"
    assert got[2630000000000]["as_of"] == "2024"


def test_handed_over_is_no_more_than(nlp) -> None:
    got = figures(nlp, LEAD + "At the review, the union handed over 230 health insurance cards to poor households.")
    assert got[230]["qualifier"] is None


def test_worth_right_before_an_amount_is_money_mobilised_for_the_gift(nlp) -> None:
    got = figures(
        nlp,
        LEAD + "The union also gave 30 voluntary social insurance books, with contributions paid for 12 months, "
        "worth VND 54.6 million.",
    )
    assert got[54600000]["metric"] == "mobilised_funds"
    assert got[54600000]["as_of"] == "2025-10-02"  # paid for 12 months: no twelfth month of the year

    price = figures(nlp, LEAD + "The union visited 9 families of martyrs, each gift worth VND 2 million.")
    assert price[2000000]["metric"] == "other"  # the price of each gift: no money mobilised


def events_of(nlp, text: str) -> list[tuple]:
    records = extract_text(text, nlp=nlp, published="2025-06-12")
    return [(e.kind, e.date) for e in records.events]


def test_an_organisation_launching_its_campaign_on_a_day_is_a_launch_ceremony(nlp) -> None:
    got = events_of(
        nlp,
        "Youth bring cards to Lang Son\n\nLang Son, June 12, 2025 - The Youth Union of Vietnam Social Security "
        "on June 10 launched its 2025 Green Summer Campaign in Lang Son province.",
    )
    assert got == [("ceremony", "2025-06-10")]


def test_a_review_the_office_held_on_a_day_past_the_lead_is_a_conference(nlp) -> None:
    got = events_of(
        nlp,
        "News from the provinces\n\nHome > News\n\nLANG SON: Coverage rises\nBy May 31, 2025, Lang Son Social "
        "Security had 61,200 voluntary participants. Its health insurance coverage reached 94.1%. The office "
        "also paid 3,100 people. Revenue rose 6%. On June 9, the office held a review of its emulation drive.",
    )
    assert ("conference", "2025-06-09") in got


def test_a_headline_rate_the_body_tops_is_that_rate_again(nlp) -> None:
    records = extract_text(
        "Lang Son health insurance coverage tops 93%\n\nLang Son, June 12, 2025 - By May 31, 2025, Lang Son "
        "Provincial Social Security had covered 93.4% of the population with health insurance.",
        nlp=nlp,
        published="2025-06-12",
    )
    assert sorted(f.value for f in records.figures) == [93.4]


def test_the_target_a_share_is_of_counts_what_the_number_before_it_did(nlp) -> None:
    got = figures(
        nlp,
        LEAD + "In the first nine months of 2025, the union brought in 5,120 new voluntary participants, 61.2% of "
        "this year's target of 8,400.",
    )
    assert (got[8400]["unit"], got[8400]["metric"], got[8400]["kind"]) == (
        "persons",
        "voluntary_si_participants",
        "target",
    )
