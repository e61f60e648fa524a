"""Structures the blind set en15 showed, each on sentences written for this test (invented names
and numbers, worded apart from the articles; no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text
from tests.extract_helpers import figures

LEAD = "Lang Son Provincial Social Security held a review on October 2, 2025. "


def awards_of(nlp, text: str) -> list[tuple]:
    records = extract_text(text, nlp=nlp, published="2025-11-20")
    return sorted((a.award_type, a.recipient, a.recipient_kind, a.count) for a in records.awards)


def units_of(nlp, text: str) -> dict[str, dict]:
    records = extract_text(text, nlp=nlp, published="2025-11-20")
    return {u.name: u.model_dump(mode="json", exclude={"evidence"}) for u in records.units}


def events_of(nlp, text: str) -> list[tuple]:
    records = extract_text(text, nlp=nlp, published="2025-06-12")
    return [(e.kind, e.date) for e in records.events]


# -- figures ------------------------------------------------------------------


def test_a_count_of_days_is_no_count_of_the_people_after_it(nlp) -> None:
    got = figures(nlp, LEAD + "The youth members will spend 900 volunteer days helping people in remote villages.")
    assert got[900]["unit"] == "count"


def test_the_second_age_of_a_range_naming_a_group_is_no_figure(nlp) -> None:
    got = figures(nlp, LEAD + "The talks targeted employees aged 30 to 45 in garment factories.")
    assert 45 not in got and 30 not in got


def test_a_telephone_number_is_no_figure(nlp) -> None:
    got = figures(nlp, LEAD + "The office paid 3,100 people.\nHotline: 1900 5678")
    assert 5678 not in got and 3100 in got


def test_a_coverage_rate_takes_the_scheme_named_right_before_it(nlp) -> None:
    got = figures(
        nlp,
        LEAD + "The province plans to bring social insurance coverage to 31% and health insurance coverage to "
        "94.5% next year.",
    )
    assert got[31]["metric"] == "si_coverage_rate"
    assert got[94.5]["metric"] == "hi_coverage_rate"


def test_a_share_of_this_years_target_is_plan_completion(nlp) -> None:
    got = figures(nlp, LEAD + "The post offices signed up 5,120 participants, or 61.2% of this year's target.")
    assert (got[61.2]["metric"], got[61.2]["kind"]) == ("plan_completion_rate", "plan_completion")


def test_the_target_a_share_is_of_counts_what_the_number_before_it_did(nlp) -> None:
    got = figures(
        nlp,
        LEAD + "In nine months, the post offices signed up 5,120 new voluntary participants, or 61.2% of this "
        "year's target of 8,400.",
    )
    assert (got[8400]["unit"], got[8400]["metric"], got[8400]["kind"]) == (
        "persons",
        "voluntary_si_participants",
        "target",
    )


def test_party_members_are_no_insured_and_party_cells_are_units(nlp) -> None:
    got = figures(
        nlp,
        LEAD + "By 2030 the congress aims to keep 96% of the population in health insurance and to admit at "
        "least 25 new Party members. The 310 Party members work in 14 Party cells.",
    )
    assert got[25]["metric"] == "other"
    assert got[14]["unit"] == "units"


def test_staff_an_office_has_at_present_hold_at_publication_not_at_a_year_before(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son Provincial Social Security held a ceremony on February 14, 2025. Collection in 2024 came to "
        "VND 3,150 billion. The office now has 388 staff.",
        published="2025-02-15",
    )
    assert got[388]["metric"] == "staff_count" and got[388]["as_of"] == "2025-02"
    assert got[3150000000000]["as_of"] == "2024"


def test_handed_over_is_no_more_than(nlp) -> None:
    got = figures(nlp, LEAD + "At the review, the union handed over 230 health insurance cards to poor households.")
    assert got[230]["qualifier"] is None


def test_worth_right_before_an_amount_is_money_mobilised_for_the_gift(nlp) -> None:
    got = figures(
        nlp,
        LEAD + "The union also donated 30 insurance books with premiums paid for 12 months, worth VND 54.6 million.",
    )
    assert got[54600000]["metric"] == "mobilised_funds"
    assert got[54600000]["as_of"] == "2025-10-02"  # paid for 12 months: no twelfth month of the year
    price = figures(nlp, LEAD + "The union visited 9 families of martyrs, each gift worth VND 2 million.")
    assert price[2000000]["metric"] == "other"  # the price of each gift: no money mobilised


def test_a_headline_rate_the_body_tops_is_that_rate_again(nlp) -> None:
    records = extract_text(
        "Lang Son: health insurance coverage tops 93% as more residents join\n\nLang Son, June 12, 2025 - By May 31, 2025, Lang Son "
        "Provincial Social Security had covered 93.4% of the population with health insurance.",
        nlp=nlp,
        published="2025-06-12",
    )
    assert sorted(f.value for f in records.figures) == [93.4]


# -- awards -------------------------------------------------------------------


def test_a_count_of_branches_named_by_their_organisation(nlp) -> None:
    text = LEAD + "Certificates of Commendation went to 14 ward Red Cross branches and 21 individuals."
    assert ("certificate_of_commendation", None, "collective", 14) in awards_of(nlp, text)
    assert 14 not in figures(nlp, text)


def test_a_part_of_the_counted_recipients_is_no_award_of_its_own(nlp) -> None:
    text = (
        "Lang Son Provincial Social Security held a ceremony on January 2, 2025. Deputy General Director Tran Van "
        'Binh presented the Medal "For the cause of Vietnam Social Security" to 12 officials, including 3 former '
        "directors of district offices."
    )
    assert awards_of(nlp, text) == [("commemorative_medal", None, "individual", 12)]
    assert 3 not in figures(nlp, text)


def test_the_office_an_award_is_handed_to_before_what_it_is_for(nlp) -> None:
    got = awards_of(
        nlp,
        "Lang Son Provincial Social Security held a ceremony on January 2, 2025 to mark 30 years of the Vietnam "
        "Social Security sector. Vietnam Social Security leaders attended. Mrs. Hoang Thi Lan presented the "
        "Emulation Flag of the Provincial People's Committee to the office for its work in 2024.",
    )
    assert ("ministry_emulation_flag", "Lang Son Social Security", "collective", None) in got


def test_a_count_that_is_the_next_clauses_subject_is_not_the_awards_before(nlp) -> None:
    got = awards_of(
        nlp,
        "Lang Son Provincial Social Security held a congress on January 2, 2025. At the congress, Lang Son Social "
        "Security received the Ministry of Finance's Emulation Flag for its 2023 work, and three Party cells were "
        "given Certificates of Commendation.",
    )
    assert ("ministry_emulation_flag", "Lang Son Social Security", "collective", None) in got
    assert ("certificate_of_commendation", None, "collective", 3) in got


# -- units --------------------------------------------------------------------


def test_an_office_body_written_after_its_owner_and_before_it_with_of_is_one(nlp) -> None:
    text = (
        "Congress of Lang Son Social Security Party Committee opens\n\nLang Son, May 4, 2025 - The Party Committee "
        "of Lang Son Provincial Social Security opened its congress on May 3. Ms. Hoang Thi Lan, Director of Lang "
        "Son Social Security, read the report. The office will ask the Prime Minister to award a Certificate of "
        "Merit to the Party Committee for its work."
    )
    got = units_of(nlp, text)
    assert "Lang Son Social Security Party Committee" not in got
    assert got["Party Committee of Lang Son Social Security"]["parent"] == "Lang Son Social Security"
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
        "Veterans' Association and Lang Son social security agree on joint plan\n\nLang Son, May 4, 2025 - The Lang "
        "Son Provincial Veterans' Association and Lang Son Provincial Social Security on May 3 agreed on a plan.",
    )
    assert "Veterans' Association" not in got and "Lang Son Provincial Veterans' Association" in got


def test_a_commission_of_a_party_committee_is_a_party_body(nlp) -> None:
    got = units_of(
        nlp,
        LEAD + "Also present was Mr. Tran Van Binh, Head of the Organisation Commission of the Provincial Party "
        "Committee.",
    )
    assert got["Organisation Commission of the Provincial Party Committee"]["kind"] == "party_body"


# -- events -------------------------------------------------------------------


def test_an_organisation_launching_its_campaign_on_a_day_is_a_launch_ceremony(nlp) -> None:
    got = events_of(
        nlp,
        "Green summer begins in Lang Son\n\nLang Son, June 12, 2025 - On June 10, the Lang Son Provincial Youth "
        "Union launched its 2025 Green Summer Campaign in Cao Loc district.",
    )
    assert got == [("ceremony", "2025-06-10")]


def test_a_review_the_office_held_on_a_day_past_the_lead_is_a_conference(nlp) -> None:
    got = events_of(
        nlp,
        "News from the provinces\n\nHome > News\n\nLANG SON: Coverage rises\nBy May 31, 2025, Lang Son Social "
        "Security had 61,200 voluntary participants. Its health insurance coverage reached 94.1%. The office "
        "also paid 3,100 people. Revenue rose 6%. On June 9, the office held a review of its digital "
        "transformation programme.",
    )
    assert ("conference", "2025-06-09") in got


def test_the_end_of_a_running_campaign_is_no_date_of_its_figures(nlp) -> None:
    got = figures(
        nlp,
        "Green summer begins in Lang Son\n\nLang Son, June 12, 2025 - On June 10, the Lang Son Provincial Youth "
        "Union launched its summer campaign, which runs until August 15. The members gave 320 health insurance "
        "cards to poor households.",
        published="2025-06-12",
    )
    assert got[320]["as_of"] in ("2025-06-10", "2025-06", "2025")
