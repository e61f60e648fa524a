"""Award structures, each on sentences written for this test (no article of the dev or blind sets)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def awards(nlp, text: str) -> list[dict]:
    records = extract_text(text, nlp=nlp, published="2025-12-20")
    return [a.model_dump(mode="json", exclude={"evidence"}) for a in records.awards]


def test_count_after_to_with_organisation_nouns(nlp) -> None:
    got = awards(
        nlp, "The Minister of Finance presented Certificates of Merit to 15 businesses and 4 banks in Tay Ninh."
    )
    assert [(a["award_type"], a["count"], a["recipient_kind"]) for a in got] == [
        ("ministry_certificate_of_merit", 15, "collective"),
        ("ministry_certificate_of_merit", 4, "collective"),
    ]


def test_count_in_words_and_thousands(nlp) -> None:
    got = awards(
        nlp,
        "Twelve teams were honoured with the Certificate of Commendation. In the year, 2,318 officials achieved "
        "the title of Advanced Laborer and 41 collectives were recognised as Advanced Labor Collectives.",
    )
    counts = {(a["award_type"], a["recipient_kind"]): a["count"] for a in got}
    assert counts == {
        ("certificate_of_commendation", "collective"): 12,
        ("advanced_laborer", "individual"): 2318,  # not 318: the thousands stay
        ("advanced_labor_collective", "collective"): 41,  # a collective title never counts people
    }


def test_the_awards_own_number_is_its_count(nlp) -> None:
    got = awards(nlp, "The Director handed 37 certificates of commendation to outstanding officials of the sector.")
    assert [(a["award_type"], a["count"], a["recipient_kind"]) for a in got] == [
        ("certificate_of_commendation", 37, "individual")
    ]


def test_colon_count_form(nlp) -> None:
    got = awards(nlp, "Prime Minister's Certificate of Merit: 02 collectives and 9 individuals.")
    assert {(a["count"], a["recipient_kind"]) for a in got} == {(2, "collective"), (9, "individual")}
    assert all(a["award_type"] == "pm_certificate_of_merit" for a in got)


def test_grade_range_is_no_single_grade(nlp) -> None:
    got = awards(nlp, "The Labor Order, first, second and third class, was conferred on 6 collectives.")
    assert [(a["grade"], a["count"]) for a in got] == [(None, 6)]
    one = awards(nlp, "The Labor Order, second class, was conferred on 2 collectives.")
    assert one[0]["grade"] == "second"


def test_recipients_in_a_numbered_list(nlp) -> None:
    text = (
        "On this occasion, the Certificate of Merit of the Minister of Finance was presented to the following units:\n"
        "1. Tay Ninh Provincial Social Security\n"
        "2. Finance Department of Vietnam Social Security\n"
        "3. Sao Mai Garment Joint Stock Company\n"
        "The ceremony closed at noon.\n"
    )
    got = awards(nlp, text)
    assert [a["recipient"] for a in got] == [
        "Tay Ninh Social Security",
        "Finance Department",  # "of Vietnam Social Security" names its parent, a unit of its own
        "Sao Mai Garment Joint Stock Company",
    ]
    assert {a["conferred_by"] for a in got} == {"Minister of Finance"}
    assert {a["recipient_kind"] for a in got} == {"collective"}


def test_generic_mention_without_recipient_or_count_is_no_record(nlp) -> None:
    assert awards(nlp, "Certificates of Merit are an important form of recognition for the sector.") == []


def test_issuer_named_after_the_award(nlp) -> None:
    got = awards(
        nlp,
        "Vice Chairman Tran Quoc Bao presented Certificates of Merit of the Chairman of the Quang Tri Provincial "
        "People's Committee to 8 collectives.",
    )
    assert got[0]["conferred_by"] == "Chairman of Quang Tri Provincial People's Committee"
    flag = awards(nlp, "The Emulation Flag of the Ministry of National Defence was presented to 3 collectives.")
    assert flag[0]["conferred_by"] == "Minister of National Defence"


def test_proposal_is_kept_with_status_proposed(nlp) -> None:
    got = awards(
        nlp,
        "The conference agreed to propose that the Prime Minister award the Certificate of Merit to 4 collectives "
        "and 6 individuals.",
    )
    assert {(a["award_type"], a["count"], a["status"]) for a in got} == {
        ("pm_certificate_of_merit", 4, "proposed"),
        ("pm_certificate_of_merit", 6, "proposed"),
    }
    given = awards(nlp, "Binh Phuoc Social Security was awarded the Emulation Flag of Vietnam Social Security.")
    assert given[0]["status"] == "conferred"


def test_namely_names_all_including_names_some(nlp) -> None:
    whole = awards(
        nlp,
        "The Government Emulation Flag went to three units, namely Ca Mau, Bac Lieu and Soc Trang Social Security.",
    )
    assert sorted(a["recipient"] for a in whole) == [
        "Bac Lieu Social Security",
        "Ca Mau Social Security",
        "Soc Trang Social Security",
    ]
    part = awards(
        nlp,
        "The Labor Order, third class, was conferred on four collectives, including Ca Mau Social Security.",
    )
    assert [(a["recipient"], a["count"]) for a in part] == [(None, 4)]


def test_presenter_after_the_verb_only_and_carried_in_the_paragraph(nlp) -> None:
    text = (
        "On behalf of the State President, Deputy Minister Le Thanh Son presented the Labor Order, third class, to "
        "Kon Tum Social Security. The Labor Order, third class, was also conferred on two individuals.\n"
        "Six collectives were recognised as Excellent Labor Collectives, while Director Pham Van Hai presented "
        "Certificates of Commendation to 20 individuals."
    )
    got = {(a["award_type"], a["count"]): a["presented_by"] for a in awards(nlp, text)}
    assert got[("labor_order", None)] == "Le Thanh Son"
    assert got[("labor_order", 2)] == "Le Thanh Son"
    assert got[("excellent_labor_collective", 6)] is None
    assert got[("certificate_of_commendation", 20)] == "Pham Van Hai"


def test_individual_titles_go_to_the_people_listed(nlp) -> None:
    text = (
        "The title of Ministerial-level Emulation Fighter was conferred on the following officials:\n"
        "- Ms. Nguyen Thi Lan, Head of the Collection Division\n"
        "- Mr. Tran Van Duc, Deputy Director of Ha Giang Social Security\n"
    )
    got = awards(nlp, text)
    assert [(a["recipient"], a["recipient_kind"]) for a in got] == [
        ("Nguyen Thi Lan", "individual"),
        ("Tran Van Duc", "individual"),
    ]


def test_authority_in_the_possessive_or_delegated(nlp) -> None:
    got = awards(
        nlp, "The Minister of Health's Certificate of Merit was presented to 3 collectives of Cho Ray Hospital."
    )
    assert got[0]["conferred_by"] == "Minister of Health"
    delegated = awards(
        nlp,
        "Authorized by the Chairman of the Provincial People's Committee, Vice Chairwoman Do Thi Hoa presented "
        "Certificates of Merit to 7 enterprises.",
    )
    assert delegated[0]["conferred_by"] == "Chairman of Provincial People's Committee"
    assert (delegated[0]["count"], delegated[0]["presented_by"]) == (7, "Do Thi Hoa")


def test_organisations_outside_the_sector_as_recipients(nlp) -> None:
    got = awards(
        nlp,
        "Tan Cang Logistics Joint Stock Company was awarded the Certificate of Merit of the Minister of Finance. "
        "The Labor Order, third class, was presented to the Social Insurance Department of the People's Public "
        "Security.",
    )
    assert [(a["award_type"], a["recipient"]) for a in got] == [
        ("ministry_certificate_of_merit", "Tan Cang Logistics Joint Stock Company"),
        ("labor_order", "Social Insurance Department of the People's Public Security"),
    ]


def test_award_year_is_the_finished_period_before_it(nlp) -> None:
    text = (
        "Hung Yen Social Security held its Patriotic Emulation Congress for the 2025-2030 period.\n"
        "In the 2020-2025 period, the unit exceeded every target.\n"
        "Three collectives were awarded the Labor Order, third class."
    )
    got = awards(nlp, text)
    assert [(a["count"], a["year"]) for a in got] == [(3, "2020-2025")]


def test_coordinated_subject_and_confer_on(nlp) -> None:
    got = awards(
        nlp,
        "Agribank, MB and Vietnam Airlines Corporation were also presented with Certificates of Merit for their "
        "support. The ministry proposed the State President to confer the Labor Order, third class, on Social "
        "Insurance Region VII.",
    )
    assert [(a["recipient"], a["status"]) for a in got] == [
        ("Agribank", "conferred"),
        ("MB", "conferred"),
        ("Vietnam Airlines Corporation", "conferred"),
        ("Social Insurance Region VII", "proposed"),
    ]


@pytest.mark.parametrize(
    "sentence, status",
    [
        (
            "The cluster agreed to propose the Minister of Finance to award the Emulation Flag to Lao Cai Social "
            "Security.",
            "proposed",
        ),
        ("Cao Bang Social Security was nominated for the Certificate of Merit of the Minister of Finance.", "proposed"),
        (
            "The conference voted to submit to the Prime Minister the Government Emulation Flag for Phu Tho Social "
            "Security.",
            "proposed",
        ),
        ("Lang Son Social Security would be proposed for the title of Excellent Labour Collective.", "proposed"),
        (
            "Tuyen Quang Social Security was awarded the Certificate of Merit of the Minister of Finance, which was "
            "proposed by the cluster last year.",
            "conferred",
        ),
    ],
)
def test_proposal_cues(nlp, sentence: str, status: str) -> None:
    got = awards(nlp, sentence)
    assert len(got) == 1 and got[0]["recipient"] and got[0]["status"] == status


def test_authority_as_subject_and_possessed_counts(nlp) -> None:
    got = awards(
        nlp,
        "The Chairman of the Provincial People's Committee presented Certificates of Merit to 12 collectives. "
        "The Director of Binh Thuan Social Security also presented Certificates of Commendation to 9 communes' "
        "steering committees and 15 individuals.",
    )
    assert {(a["count"], a["recipient_kind"], a["conferred_by"]) for a in got} == {
        (12, "collective", "Chairman of Provincial People's Committee"),
        (9, "collective", "Director of Binh Thuan Social Security"),
        (15, "individual", "Director of Binh Thuan Social Security"),
    }


def test_one_proposal_verb_and_authority_for_coordinated_awards(nlp) -> None:
    got = awards(
        nlp,
        "The cluster agreed to propose the Minister of Finance to award the Emulation Flag to Vinh Long Social "
        "Security and the Certificate of Merit to Ben Tre Social Security.",
    )
    assert [(a["recipient"], a["status"], a["conferred_by"]) for a in got] == [
        ("Vinh Long Social Security", "proposed", "Minister of Finance"),
        ("Ben Tre Social Security", "proposed", "Minister of Finance"),
    ]


def test_short_second_mention_and_two_organisations_after_to(nlp) -> None:
    text = (
        "The Social Insurance Department of the Ministry of National Defence held a ceremony for its 30th "
        "anniversary. On behalf of the State President, General Le Van Tam presented the Labour Order, first "
        "class, to the Social Insurance Department. The Director of VSS presented Certificates of Merit to Social "
        "Security Newspaper and Vietnam News Agency."
    )
    got = [(a["award_type"], a["recipient"]) for a in awards(nlp, text)]
    assert got == [
        ("labor_order", "Social Insurance Department of the Ministry of National Defence"),
        ("ministry_certificate_of_merit", "Social Security Newspaper"),
        ("ministry_certificate_of_merit", "Vietnam News Agency"),
    ]


def test_possessive_body_or_title(nlp) -> None:
    got = awards(
        nlp,
        "The Ministry of Finance's Emulation Flag was presented to Hau Giang Social Security. The VSS General "
        "Director's Certificate of Merit went to 4 collectives.",
    )
    assert [a["conferred_by"] for a in got] == ["Minister of Finance", "VSS General Director"]


def test_recipients_in_a_table_of_decisions(nlp) -> None:
    text = (
        "Commendation decisions of 2025\n\n"
        "No. | Recipient | Form\n"
        "1 | Binh Dinh Provincial Social Security | Emulation Flag of the Ministry of Finance\n"
        "2 | Nguyen Van Hoa, Director of Hue Social Security | Certificate of Merit of the Minister of Finance\n"
    )
    got = [(a["recipient"], a["recipient_kind"], a["conferred_by"]) for a in awards(nlp, text)]
    assert got == [
        ("Binh Dinh Social Security", "collective", "Minister of Finance"),
        ("Nguyen Van Hoa", "individual", "Minister of Finance"),
    ]


def test_press_prizes_and_soldier_variants(nlp) -> None:
    got = awards(
        nlp,
        "Social Security Magazine won an A prize. The title of Emulation Soldier at ministerial level was "
        "conferred on 6 officials.",
    )
    assert [(a["award_type"], a["recipient"], a["count"]) for a in got] == [
        ("other", "Social Security Magazine", None),
        ("ministry_emulation_fighter", None, 6),
    ]


def test_issuing_body_as_subject(nlp) -> None:
    got = awards(
        nlp,
        "On this occasion, the Ho Chi Minh City People's Committee presented Certificates of Merit to 25 "
        "enterprises and 3 banks.",
    )
    assert {(a["count"], a["conferred_by"]) for a in got} == {
        (25, "Chairman of Ho Chi Minh City People's Committee"),
        (3, "Chairman of Ho Chi Minh City People's Committee"),
    }


def test_collection_agents_are_individual_recipients(nlp) -> None:
    got = awards(
        nlp,
        "Lam Dong Provincial Social Security presented Certificates of Commendation to 9 collection service "
        "organisations and 14 collection agents for their work in 2025.",
    )
    assert [(a["count"], a["recipient_kind"]) for a in got] == [(9, "collective"), (14, "individual")]
