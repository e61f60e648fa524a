"""Organisation names read as grammatical units, on sentences written for these tests.

Every sentence is invented for the rule it checks (no dev or blind article
text): names with inner function words, names that close on a head noun,
complements that must not run on, and the families of units outside VSS.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def unit_names(nlp, text: str) -> set[str]:
    return {u.name for u in extract_text(text, nlp=nlp).units}


@pytest.mark.parametrize(
    "text, name",
    [
        # "and" inside a complement of the head noun
        (
            "The Department of Pension and Allowance Payment of Vietnam Social Security met on Monday.",
            "Department of Pension and Allowance Payment",
        ),
        ("An officer of the Division of Audit and Inspection attended.", "Division of Audit and Inspection"),
        # a department "of" a body that is itself named with "and"
        (
            "The Commendation Affairs Department of the Central Emulation and Commendation Board sent a delegate.",
            "Commendation Affairs Department of the Central Emulation and Commendation Board",
        ),
        # "for" opens a complement too
        (
            "The Council for Emulation and Rewards of Ben Luc town reviewed the year.",
            "Council for Emulation and Rewards of Ben Luc town",
        ),
        # enterprises: company suffixes, banks with a branch after a dash
        ("Hong Phat Seafood Co., Ltd paid its contributions early.", "Hong Phat Seafood Co., Ltd"),
        (
            "The Joint Stock Commercial Bank for Industry and Trade of Vietnam (VietinBank) – Dong Da Branch was praised.",
            "Joint Stock Commercial Bank for Industry and Trade of Vietnam (VietinBank) – Dong Da Branch",
        ),
        ("The Lien Minh Agricultural Cooperative signed up all its members.", "Lien Minh Agricultural Cooperative"),
        # religious and social organisations, a place's level word closing the complement
        (
            "The Executive Board of the Vietnam Buddhist Sangha of Cao Bang province joined the drive.",
            "Executive Board of the Vietnam Buddhist Sangha of Cao Bang province",
        ),
        (
            "The Red Cross Society of Cam Lo district gave health insurance cards.",
            "Red Cross Society of Cam Lo district",
        ),
        # a number after a capitalised word belongs to the name
        (
            "The Social Insurance Division of Military Region 4 was honoured.",
            "Social Insurance Division of Military Region 4",
        ),
        # VSS's own press
        ("The Social Insurance Magazine ran a special issue.", "Social Insurance Magazine"),
        (
            "The Vietnam Chamber of Commerce and Industry co-hosted the forum.",
            "Vietnam Chamber of Commerce and Industry",
        ),
        # a comma list inside a complement
        (
            "The Department of Labour, Invalids and Social Affairs of Long An hosted the review.",
            "Department of Labour, Invalids and Social Affairs of Long An",
        ),
        ("The Mekong Gas Joint Venture enrolled every worker.", "Mekong Gas Joint Venture"),
    ],
)
def test_names_hold_their_inner_function_words(nlp, text: str, name: str) -> None:
    assert name in unit_names(nlp, text)


def test_two_coordinated_organisations_stay_two(nlp) -> None:
    names = unit_names(
        nlp,
        "The Department of Health and the Provincial People's Committee thanked Quang Tri Social Security, "
        "Binh Minh Garment Branch and Thanh Cong Plastics Joint Stock Company.",
    )
    assert {"Department of Health", "Binh Minh Garment Branch", "Thanh Cong Plastics Joint Stock Company"} <= names
    assert not [n for n in names if " and " in n]


def test_a_complement_stops_before_the_vss_office_it_belongs_to(nlp) -> None:
    names = unit_names(nlp, "The Pension Payment Department of Vietnam Social Security issued guidance.")
    assert names == {"Pension Payment Department", "Vietnam Social Security"}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Steering Committee for implementing social insurance, health insurance and unemployment "
            "insurance policies of the province reviewed the first quarter.",
            "Steering Committee for implementing social insurance, health insurance and unemployment insurance "
            "policies of the province",
        ),
        (
            "The Provincial Steering Committee on voluntary social insurance development met the press.",
            "Provincial Steering Committee on voluntary social insurance development",
        ),
        (
            "The Provincial Steering Committee for social insurance policy implementation in Ha Giang province has "
            "praised 12 units.",
            "Ha Giang Provincial Steering Committee for social insurance policy implementation",
        ),
    ],
)
def test_steering_committees_close_on_their_topic_not_on_the_next_verb(nlp, text: str, name: str) -> None:
    assert name in unit_names(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Grassroots Social Insurance of Thanh Xuan was praised.", "Thanh Xuan Grassroots Social Security"),
        (
            "Staff of the Grassroots Social Insurance office of Phuoc Long ward visited employers.",
            "Phuoc Long Grassroots Social Security",
        ),
        ("Social Insurance of Cu Jut district met its target.", "Cu Jut District Social Insurance"),
        # an ethnic-minority place name written with an apostrophe
        ("Krong A'na District Social Insurance issued 300 cards.", "Krong A'na District Social Insurance"),
        ("Ia H'drai Grassroots Social Insurance opened a new desk.", "Ia H'drai Grassroots Social Security"),
        # the armed forces' own social insurance bodies
        (
            "The Social Insurance of the Ministry of National Defence reviewed its work.",
            "Social Insurance of the Ministry of National Defence",
        ),
        (
            "The Social Security of the People's Public Security held a conference.",
            "Social Security of the People's Public Security",
        ),
    ],
)
def test_grassroots_district_and_armed_forces_offices(nlp, text: str, name: str) -> None:
    assert name in unit_names(nlp, text)


def test_a_list_of_region_numerals_is_one_unit_each(nlp) -> None:
    names = unit_names(nlp, "Social Insurance Regions III, XI and XXIV led the table, ahead of Region XIX.")
    assert {"Social Insurance Region III", "Social Insurance Region XI", "Social Insurance Region XXIV"} <= names


def test_a_generic_body_merges_into_the_longer_generic_name(nlp) -> None:
    text = (
        "The City People's Committee issued a plan. The People's Committee also asked the City People's Council "
        "and the People's Council to monitor it."
    )
    assert unit_names(nlp, text) == {"City People's Committee", "City People's Council"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The social insurance offices of Son Tay, Ba Vi and Thach That districts were praised.",
            {
                "Son Tay District Social Insurance",
                "Ba Vi District Social Insurance",
                "Thach That District Social Insurance",
            },
        ),
        (
            "Cam Le, Hoa Vang and Son Tra District Social Insurance offices were praised.",
            {
                "Cam Le District Social Insurance",
                "Hoa Vang District Social Insurance",
                "Son Tra District Social Insurance",
            },
        ),
        ("District 12 Social Insurance topped the ranking.", {"District 12 Social Insurance"}),
        (
            "Social Insurance Region XIV (Binh Dinh – Phu Yen) and Region XXXI shared the lead.",
            {"Social Insurance Region XIV", "Social Insurance Region XXXI"},
        ),
    ],
)
def test_lists_of_district_and_region_offices(nlp, text: str, expected: set[str]) -> None:
    assert expected <= unit_names(nlp, text)


def test_a_lower_case_provincial_body_is_the_documents_province(nlp) -> None:
    names = unit_names(nlp, "Kon Tum Social Security worked with the provincial Police on data cleaning.")
    assert "Kon Tum Provincial Police" in names


def test_short_generic_bodies_join_the_longest_name_through_the_shorter_one(nlp) -> None:
    text = (
        "Tra Vinh Social Security reported to the Tra Vinh Provincial People's Committee. The Provincial People's "
        "Committee and the People's Committee of each district were thanked."
    )
    names = unit_names(nlp, text)
    assert "Tra Vinh Provincial People's Committee" in names
    assert "People's Committee" not in names and "Provincial People's Committee" not in names


def test_a_complement_stops_at_a_persons_title(nlp) -> None:
    names = unit_names(nlp, "The Department of Construction Director Le Quoc Hung opened the session.")
    assert "Department of Construction" in names
    assert not [n for n in names if "Director" in n]


def test_a_possessor_after_of_belongs_to_the_body_before_it(nlp) -> None:
    names = unit_names(nlp, "The Ministry of Justice's Emulation and Commendation Council met on Monday.")
    assert {"Ministry of Justice", "Emulation and Commendation Council"} <= names
    assert not [n for n in names if "'s" in n]


def test_a_board_of_directors_is_the_company_it_belongs_to(nlp) -> None:
    names = unit_names(nlp, "The Board of Directors of Hai Ha Confectionery Corporation received the flag.")
    assert "Hai Ha Confectionery Corporation" in names


def test_a_name_may_begin_with_a_word_that_is_an_article_elsewhere(nlp) -> None:
    names = unit_names(nlp, "Certificates went to Tan Binh Bakery JSC and An Khanh Fishing Cooperative.")
    assert "An Khanh Fishing Cooperative" in names


def test_a_capitalised_level_word_after_of_is_not_repeated(nlp) -> None:
    names = unit_names(nlp, "The Social Insurance of Cai Rang District opened a new desk.")
    assert names == {"Cai Rang District Social Insurance"}


@pytest.mark.parametrize(
    "text",
    [
        "Emulation Cluster 9 met in Vinh.",
        "Emulation Cluster No.9 met in Vinh.",
        "The Emulation Cluster No. IX met in Vinh.",
        "Cluster 9 met in Vinh on Friday.",
    ],
)
def test_cluster_numbers_in_every_spelling(nlp, text: str) -> None:
    assert unit_names(nlp, text) == {"Emulation Cluster No. 9"}


def test_the_capital_keeps_the_documents_spelling_one_name_per_document(nlp) -> None:
    assert unit_names(nlp, "Ha Noi Social Security and Hue Social Security led.") >= {"Ha Noi Social Security"}
    assert unit_names(nlp, "Hanoi Social Security led.") == {"Hanoi Social Security"}
    assert unit_names(nlp, "Ha Noi Social Security led; later Hanoi Social Security said so.") == {
        "Ha Noi Social Security"
    }


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Vietnam Lawyers' Association sent a delegation.", "Vietnam Lawyers' Association"),
        ("The Ca Mau Radio and Television Station covered the ceremony.", "Ca Mau Radio and Television Station"),
        ("Lecturers of the Academy of Journalism and Communication spoke.", "Academy of Journalism and Communication"),
    ],
)
def test_press_and_professional_bodies(nlp, text: str, name: str) -> None:
    assert name in unit_names(nlp, text)
