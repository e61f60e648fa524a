"""Structures the blind set en14 showed, each on sentences written for this test (invented names
and numbers; no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text
from tests.extract_helpers import figures


def test_case_files_are_documents_the_office_did_not_issue(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son Provincial Social Security held a review on October 2, 2025. In nine months its appraisers "
        "checked 2.18 million outpatient claims, and about 640,000 records were reviewed in detail.",
    )
    assert (got[2180000]["unit"], got[2180000]["metric"]) == ("documents", "other")
    assert (got[640000]["unit"], got[640000]["metric"]) == ("documents", "other")


def test_reminders_sent_are_documents_issued(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son Provincial Social Security held a review on October 2, 2025. "
        "In ten months, the office sent 1,750 written reminders to employers.",
    )
    assert (got[1750]["unit"], got[1750]["metric"]) == ("documents", "documents_issued")


def test_a_numbered_block_is_a_name_not_a_count(nlp) -> None:
    got = figures(
        nlp,
        "Social Insurance Region XII held a conference on April 3, 2025. Mr. Tran Van Binh, head of Block 2, "
        "signed the pledge for the 14 district offices.",
    )
    assert 2 not in got


def test_an_age_naming_a_group_is_no_figure(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son Provincial Social Security held a workshop on October 2, 2025. People aged 70 and over will "
        "make up 11% of residents, and the office asked for training for workers over 45.",
    )
    assert 70 not in got and 45 not in got
    assert 11 in got


def test_enterprises_that_owe_are_counted_past_a_place_or_a_clause(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son Provincial Social Security held a review on October 2, 2025. VND 410 billion had been owed "
        "for six months or more by some 1,730 enterprises. About 58 enterprises whose owners had fled owed "
        "VND 95 billion, and 137 enterprises in economic zones still owed contributions.",
    )
    for value in (1730, 58, 137):
        assert got[value]["unit"] == "units", value
    at_event = figures(nlp, "The office held a dialogue on October 2, 2025 with 64 enterprises of the province.")
    assert at_event[64]["unit"] == "units"  # organisations counted are figures, at an event too


def test_benefit_named_in_a_few_words_before_to_people(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son Provincial Social Security held a review on March 2, 2026. In 2025, the office paid monthly "
        "unemployment allowances to 8,140 people.",
    )
    assert got[8140]["metric"] == "benefit_recipients"


def test_contributors_are_persons(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son Provincial Social Security held a review on October 2, 2025. The office said the scheme "
        "covers 1.7 million contributors.",
    )
    assert got[1700000]["unit"] == "persons"


def unit_names(nlp, text: str) -> list[str]:
    records = extract_text(text, nlp=nlp, published="2026-03-20")
    return [u.name for u in records.units]


def test_a_body_named_again_without_its_place_is_one_unit(nlp) -> None:
    names = unit_names(
        nlp,
        "Lang Son Provincial Social Security and the Lang Son Job Placement Centre held a review on March 18, "
        "2026. The Job Placement Centre received 4,210 applications. Ms. Vu Thi Hoa, Deputy Director of the "
        "Lang Son Department of Home Affairs, spoke. The Department of Home Affairs issued 3,980 decisions.",
    )
    assert "Job Placement Centre" not in names and "Department of Home Affairs" not in names
    assert {"Lang Son Job Placement Centre", "Lang Son Department of Home Affairs"} <= set(names)


def test_a_council_named_without_its_level_word_is_one_unit(nlp) -> None:
    names = unit_names(
        nlp,
        "Lang Son People's Council questions social security director\n\nLang Son, March 20, 2026 - The Lang "
        "Son Provincial People's Council held a question session on March 19 with Lang Son Provincial Social "
        "Security.",
    )
    assert "Lang Son People's Council" not in names
    assert "Lang Son Provincial People's Council" in names


def people_names(nlp, text: str) -> list[str]:
    records = extract_text(text, nlp=nlp, published="2025-11-20")
    return [p.name for p in records.people]


def test_a_given_name_joined_by_a_hyphen_stays_whole(nlp) -> None:
    names = people_names(
        nlp,
        "Vietnam Social Security held a workshop on November 18, 2025. Mr. Kim Seo-yeon, Director of the "
        "International Cooperation Department of a partner agency, spoke.",
    )
    assert "Kim Seo-yeon" in names and "Kim Seo" not in names


def test_a_constituency_is_a_place_not_a_person(nlp) -> None:
    names = people_names(
        nlp,
        "Lang Son Provincial People's Council met on November 18, 2025. Delegate Hoang Thi Mai, of the Cao Loc "
        "constituency, asked about arrears.",
    )
    assert "Cao Loc" not in names and "Hoang Thi Mai" in names


def test_a_headline_figure_cut_from_a_body_figure_is_that_figure(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son: appraisal refuses over VND 12 billion, staff honoured\n\nLang Son, October 14, 2025 - In nine "
        "months, Lang Son Provincial Social Security refused VND 12.7 billion of claims.",
        published="2025-10-14",
    )
    assert 12000000000 not in got and 12700000000 in got


def test_the_first_number_of_a_range_of_years_is_a_duration(nlp) -> None:
    got = figures(
        nlp,
        "Vietnam Social Security held a workshop on November 18, 2025. The law cut the minimum contribution "
        "period from 30 to 12 years, and 1.9 million people now contribute.",
    )
    assert 30 not in got and 1900000 in got


def test_the_total_of_awards_told_again_is_no_award_and_no_figure(nlp) -> None:
    records = extract_text(
        "On October 3, 2025, Lang Son Provincial Social Security held a review. Its Director awarded "
        "Certificates of Commendation to 4 collectives and 9 individuals. The 13 Certificates of Commendation "
        "were handed over at the end of the conference.",
        nlp=nlp,
        published="2025-10-14",
    )
    assert sorted(a.count or 0 for a in records.awards) == [4, 9]
    assert all(f.value != 13 for f in records.figures)


def test_a_lead_naming_the_agency_scopes_its_figures_over_an_institute_named_later(nlp) -> None:
    got = figures(
        nlp,
        "Workshop weighs pension options\n\nHa Noi, November 21, 2025 - Vietnam Social Security (VSS) on "
        "November 20 held an international workshop in Ha Noi.\n\nOpening the workshop, Deputy Director of VSS "
        "Tran Van Nam said that as of October 31, 2025, 18.2 million people were participating in social "
        "insurance.\n\nDr. Nguyen Thi Hoa of the Institute of Pension Studies presented simulations.",
    )
    assert got[18200000]["scope"] == "Vietnam Social Security"


def test_a_headline_figure_told_again_in_the_body_takes_the_body_scope(nlp) -> None:
    got = figures(
        nlp,
        "Lang Son People's Council questions director over VND 640 billion in arrears\n\nLang Son, December 10, "
        "2025 - The Lang Son Provincial People's Council held a question session on December 9. Director of "
        "Lang Son Provincial Social Security Hoang Van Tu said that as of November 30, 2025 late payment in the "
        "province stood at VND 640 billion.",
        published="2025-12-10",
    )
    assert got[640000000000]["scope"] == "Lang Son Social Security"


def test_a_campaign_month_in_title_case_is_a_movement(nlp) -> None:
    records = extract_text(
        "Lang Son, May 18, 2026 - Responding to Farmers' Month 2026, launched by the Vietnam Farmers' Union, "
        "Lang Son Provincial Social Security on May 16 organised a day of advice at Dong Dang market. The month "
        "is combined with the Action Month for Road Safety and Order.",
        nlp=nlp,
        published="2026-05-18",
    )
    names = [m.name for m in records.movements]
    assert "Farmers' Month" in names and "Action Month for Road Safety and Order" in names


def test_a_year_naming_a_law_is_no_date(nlp) -> None:
    got = figures(
        nlp,
        "Vietnam Social Security held a workshop on November 20, 2025. As of October 31, 2025, 2.9 million "
        "people took part in voluntary social insurance, after the 2024 Law on Social Insurance took effect. "
        "The sector was paying monthly pensions to 3.7 million people.",
    )
    assert got[3700000]["as_of"] != "2024"
