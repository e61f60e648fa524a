"""Structures the blind set en16 showed, each on sentences written for this test (invented names
and numbers; no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text
from tests.extract_helpers import figures

OPENING = "Kon Tum Provincial Social Security held a press briefing on its results on October 4, 2024. "


def test_the_same_time_a_year_before_is_a_comparison_base(nlp) -> None:
    got = figures(
        nlp,
        OPENING + "As of June 30, 2024, the province had 85,310 voluntary participants, 6,420 more than at the "
        "same time in 2023. Unemployment insurance covered 512,700 people.",
        published="2024-10-05",
    )
    assert got[6420]["as_of"] == "2024-06-30"
    assert got[512700]["as_of"] == "2024-06-30"  # no date carried from the comparison's base


def test_months_compared_against_are_not_carried(nlp) -> None:
    got = figures(
        nlp,
        OPENING + "Revenue reached VND 9,870 billion, 7.4% higher than in the first eight months of 2023. "
        "Late payment amounted to VND 215 billion.",
        published="2024-10-05",
    )
    assert got[215000000000]["as_of"] == "2024-08"  # the same eight months, of the year reported on


def test_own_months_before_a_compared_base_are_carried(nlp) -> None:
    got = figures(
        nlp,
        OPENING + "In the first eight months of 2024, revenue reached VND 9,870 billion, 7.4% higher than in the "
        "first eight months of 2023. Late payment amounted to VND 215 billion.",
        published="2024-10-05",
    )
    assert got[215000000000]["as_of"] == "2024-08"


def test_a_target_named_with_its_year_as_a_results_base(nlp) -> None:
    got = figures(
        nlp,
        OPENING + "As of June 30, 2024, health insurance coverage reached 93.4% of the population, against the "
        "2024 target of 96%.",
        published="2024-10-05",
    )
    assert got[93.4]["as_of"] == "2024-06-30"
    assert (got[96]["kind"], got[96]["as_of"]) == ("target", "2024")


def test_a_target_for_a_quarter_still_ahead_is_for_the_year_of_publication(nlp) -> None:
    got = figures(
        nlp,
        OPENING + "For the fourth quarter, the office aims to bring voluntary participants to 90,000.",
        published="2024-10-05",
    )
    assert (got[90000]["kind"], got[90000]["as_of"]) == ("target", "2024")


def test_a_from_to_pair_split_by_a_semicolon_keeps_each_clause_date(nlp) -> None:
    got = figures(
        nlp,
        "Kon Tum Provincial Social Security held a review on January 12, 2026. When he took over the district in "
        "2020, its employers owed VND 4.8 billion; by the end of 2025 the arrears had dropped to VND 0.7 billion.",
        published="2026-01-14",
    )
    assert got[4800000000]["as_of"] == "2020"
    assert got[700000000]["as_of"] == "2025"


def test_employers_an_officer_manages_or_inspects_are_counted(nlp) -> None:
    got = figures(
        nlp,
        "Kon Tum Provincial Social Security held a press briefing on October 4, 2024. The office had inspected "
        "1,430 employers and transferred 22 dossiers to the police. Ms. Hoa manages 318 employers.",
        published="2024-10-05",
    )
    assert (got[1430]["unit"], got[1430]["metric"]) == ("units", "other")
    assert (got[318]["unit"], got[318]["metric"]) == ("units", "other")


def test_an_associations_chapters_and_veterans_are_counted_recipients(nlp) -> None:
    records = extract_text(
        "The Veterans' Association of Kon Tum Provincial Social Security held its congress on May 12, 2023. "
        "The Kon Tum Provincial Veterans' Association presented Certificates of Commendation to 4 chapters. "
        "The congress agreed to propose the Medal for the cause of Vietnam Social Security for 7 veterans.",
        nlp=nlp,
        published="2023-05-13",
    )
    counted = {(a.count, a.recipient_kind) for a in records.awards}
    assert (4, "collective") in counted
    assert (7, "individual") in counted


def test_her_after_a_named_presenter_is_the_person_profiled(nlp) -> None:
    records = extract_text(
        "The teller who never rests\n\nKon Tum, February 2, 2026 - At dawn, Pham Thi Lan is already at her desk. "
        "For ten years the officer of Sa Thay Grassroots Social Insurance has served farmers.\n\n"
        "Last week she was praised. Mr. Dinh Van Ba, Director of Kon Tum Social Security, presented her with the "
        "Prime Minister's Certificate of Merit for achievements in 2021-2025.\n",
        nlp=nlp,
        published="2026-02-02",
    )
    got = {(a.award_type, a.recipient, a.presented_by) for a in records.awards}
    assert ("pm_certificate_of_merit", "Pham Thi Lan", "Dinh Van Ba") in got


def test_proposed_her_for_the_title_of(nlp) -> None:
    records = extract_text(
        "Kon Tum, February 2, 2026 - Pham Thi Lan has collected contributions for ten years. Her office has "
        "proposed her for the title of Ministerial-level Emulation Fighter for 2025.",
        nlp=nlp,
        published="2026-02-02",
    )
    got = {(a.award_type, a.recipient, a.status) for a in records.awards}
    assert got == {("ministry_emulation_fighter", "Pham Thi Lan", "proposed")}


def test_visitors_a_reception_hall_serves_are_people(nlp) -> None:
    got = figures(
        nlp,
        "Kon Tum Provincial Social Security opened a reception hall on March 2, 2025. It can serve about 240 "
        "visitors a day, and on its first morning it received 31 visitors.",
        published="2025-03-03",
    )
    assert got[240]["unit"] == "persons"
    assert got[31]["unit"] == "persons"


def test_a_grassroots_office_by_its_short_form(nlp) -> None:
    records = extract_text(
        "Kon Tum, March 3, 2025 - The team of Sa Thay Grassroots SI has brought pension services to the homes "
        "of bedridden pensioners since 2023.",
        nlp=nlp,
        published="2025-03-03",
    )
    assert "Sa Thay Grassroots Social Security" in {u.name for u in records.units}
    assert not [p for p in records.people if "Sa Thay" in p.name]


def test_an_offices_association_is_named_with_the_office(nlp) -> None:
    records = extract_text(
        "Kon Tum, May 13, 2023 - The Veterans' Association of Kon Tum Provincial Social Security held its third "
        "congress on May 12.",
        nlp=nlp,
        published="2023-05-13",
    )
    names = {u.name for u in records.units}
    assert "Veterans' Association of Kon Tum Provincial Social Security" in names
    assert "Veterans' Association" not in names


def test_a_person_called_again_by_a_two_word_given_name(nlp) -> None:
    records = extract_text(
        "Kon Tum, March 3, 2025 - Ms. Pham Thi Thu Ha, Director of Sa Thay Grassroots Social Insurance, reported "
        "on the work. Kon Tum Social Security proposed that the Chairman of the Kon Tum Provincial People's "
        "Committee award a Certificate of Merit to Ms. Thu Ha.",
        nlp=nlp,
        published="2025-03-03",
    )
    assert {a.recipient for a in records.awards} == {"Pham Thi Thu Ha"}


def test_an_associations_chapters_are_no_figure(nlp) -> None:
    got = figures(
        nlp,
        "The Veterans' Association of Kon Tum Provincial Social Security held its congress on May 12, 2023. "
        "The association now has 58 members in 4 chapters.",
        published="2023-05-13",
    )
    assert 4 not in got
    assert got[58]["unit"] == "persons"


def test_a_target_of_helping_more_people_join_is_a_target(nlp) -> None:
    got = figures(
        nlp,
        "The Veterans' Association of Kon Tum Provincial Social Security held its congress on May 12, 2023. For "
        "the 2023-2028 term, the congress set targets of helping at least 900 more people join voluntary social "
        "insurance.",
        published="2023-05-13",
    )
    assert got[900]["kind"] == "target"
