"""Events, units and people structures found through the tenth English blind set's misses
(docs/blind-en10-events-classes.md), each on sentences written for this test (no article of the dev or
blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def records(nlp, text: str, published: str):
    return extract_text(text, nlp=nlp, published=published)


def events(nlp, text: str, published: str) -> list[tuple]:
    return [(e.kind, e.name, e.date, e.location, e.organizer) for e in records(nlp, text, published).events]


# -- events told outside the lead ------------------------------------------------------------


def test_an_event_set_by_at_a_ceremony_with_its_date_before_it(nlp) -> None:
    text = (
        "Five highlights of the year for the sector\n\n"
        "Hue, 04/01/2025 - Hue Social Security has listed five highlights of its work in 2024.\n\n"
        "1. More people covered. The province had 312,000 social insurance participants.\n\n"
        "2. An award. On December 3, at a ceremony in Da Nang organised by Vietnam Social Security, the office "
        "received the Emulation Flag of Vietnam Social Security.\n"
    )
    got = events(nlp, text, "2025-01-04")
    # a day after the publication date in the document's year is of the year before
    assert ("ceremony", None, "2024-12-03", "Da Nang", "Vietnam Social Security") in got


def test_an_event_set_by_at_a_meeting_with_its_date_after_it(nlp) -> None:
    text = (
        "Collection results announced\n\n"
        "Hue, March 10, 2025 - Hue Social Security collected VND 950 billion in the first two months.\n\n"
        "The office listed its results.\n\nThe year began well.\n\nArrears fell.\n\nStaff worked hard.\n\n"
        "At a meeting on March 7, Director Ho Van Nam asked the district offices to speed up collection.\n"
    )
    got = events(nlp, text, "2025-03-10")
    assert [(k, d) for k, _, d, _, _ in got] == [("meeting", "2025-03-07")]


def test_at_the_ceremony_without_a_date_is_the_event_told_before(nlp) -> None:
    text = (
        "Office honoured\n\n"
        "Hue, June 2, 2025 - Hue Social Security received a Certificate of Merit.\n\n"
        "The office listed its results.\n\nThe year began well.\n\nArrears fell.\n\nStaff worked hard.\n\n"
        "At the ceremony, Director Ho Van Nam thanked the staff.\n"
    )
    assert events(nlp, text, "2025-06-02") == []


def test_a_reporting_verb_with_a_named_meeting_as_its_object(nlp) -> None:
    text = (
        "Cooperation in the region\n\n"
        "Ha Noi, 20/12/2024 - Vietnam Social Security reviewed its international work in 2024.\n\n"
        "Ties grew.\n\nVisits were made.\n\nAgreements were signed.\n\nExperts met.\n\n"
        "Vietnam Social Security hosted the Mekong Pension Forum board meeting in Ha Long in October.\n"
    )
    got = events(nlp, text, "2024-12-20")
    assert [(k, n, d) for k, n, d, _, _ in got] == [("meeting", "Mekong Pension Forum board meeting", None)]


def test_a_dated_online_meeting_held_by_a_group(nlp) -> None:
    text = (
        "Regional offices start work\n\n"
        "Ha Noi, 10/06/2025 - The regional offices reported their first figures.\n\n"
        "Region I collected more.\n\nRegion II paid pensions.\n\nRegion III enrolled students.\n\n"
        "On May 28 the heads of the regional offices held their second online meeting, chaired by "
        "Mr. Pham Van Tho, Deputy Director of Vietnam Social Security.\n"
    )
    got = events(nlp, text, "2025-06-10")
    assert [(k, d, place) for k, _, d, place, _ in got] == [("meeting", "2025-05-28", "online")]


def test_the_final_round_of_a_contest_is_an_event(nlp) -> None:
    text = (
        "Young staff contest ends\n\n"
        'Can Tho, 15/10/2024 - The final round of the contest "Young staff and the Law on Health Insurance", '
        "organised by Can Tho Social Security, took place on October 12 in Ninh Kieu district.\n"
    )
    got = events(nlp, text, "2024-10-15")
    assert [(k, d, org) for k, _, d, _, org in got] == [("other", "2024-10-12", "Can Tho Social Security")]


# -- units -----------------------------------------------------------------------------------


def unit_names(nlp, text: str, published: str) -> set[str]:
    return {u.name for u in records(nlp, text, published).units}


def test_a_byline_of_given_names_and_a_body_is_a_person_and_a_unit(nlp) -> None:
    text = (
        "Pensions paid on time\n\n"
        "Ha Noi, May 2, 2024 - Vietnam Social Security paid pensions to 3.2 million people in April.\n\n"
        "Thu Hien - VSS Communication Centre\n"
    )
    got = records(nlp, text, "2024-05-02")
    assert "Thu Hien - VSS Communication Centre" not in {u.name for u in got.units}
    assert "Thu Hien" in {p.name for p in got.people}


def test_a_compiled_by_credit_names_the_author(nlp) -> None:
    text = (
        "Monthly figures\n\n"
        "Ha Noi, May 2, 2024 - Vietnam Social Security paid pensions to 3.2 million people in April.\n\n"
        "Compiled by Bich Ngoc\n"
    )
    people = {p.name: p.title for p in records(nlp, text, "2024-05-02").people}
    assert people.get("Bich Ngoc") == "author"


def test_a_company_name_keeps_co_ltd_after_a_complement(nlp) -> None:
    text = (
        "Workers learn the law\n\n"
        "Long An, May 2, 2024 - Long An Social Security gave a prize to the Trade Union of Hoa Sen Textile "
        "Co., Ltd. for its work.\n"
    )
    assert "Trade Union of Hoa Sen Textile Co., Ltd." in unit_names(nlp, text, "2024-05-02")


def test_an_office_and_a_hospital_joined_by_and_are_two_units(nlp) -> None:
    text = (
        "Contract signed\n\n"
        "Nam Dinh, May 2, 2024 - Nam Dinh Social Security and Xuan Truong General Hospital signed the health "
        "insurance contract for 2024.\n"
    )
    got = unit_names(nlp, text, "2024-05-02")
    assert {"Nam Dinh Social Security", "Xuan Truong General Hospital"} <= got
    assert not any(" and " in name for name in got)


def test_a_division_keeps_the_local_office_it_belongs_to(nlp) -> None:
    text = (
        "Collection division honoured\n\n"
        "Ha Noi, May 2, 2025 - The Benefits Division of Social Insurance Region XIV received a Certificate "
        "of Merit.\n"
    )
    assert any(
        n.startswith("Benefits Division of Social Insurance Region XIV") for n in unit_names(nlp, text, "2025-05-02")
    )


# -- people ----------------------------------------------------------------------------------


def people(nlp, text: str, published: str) -> dict[str, str | None]:
    return {p.name: p.title for p in records(nlp, text, published).people}


def test_a_name_after_in_is_a_place(nlp) -> None:
    text = (
        "Delegates meet\n\n"
        "Ha Noi, May 2, 2024 - Quang Ninh Social Security welcomed delegates in Ha Long on May 1. "
        "Mr. Tran Van Long, Director of Quang Ninh Social Security, spoke.\n"
    )
    got = people(nlp, text, "2024-05-02")
    assert "Ha Long" not in got
    assert "Tran Van Long" in got


def test_a_name_before_industrial_is_a_place(nlp) -> None:
    text = (
        "Inspections\n\n"
        "Bien Hoa, May 2, 2024 - Inspectors visited 30 enterprises in the Song Than and Ho Lam industrial "
        "parks.\n"
    )
    assert "Ho Lam" not in people(nlp, text, "2024-05-02")


def test_a_lower_case_role_with_its_work_before_it(nlp) -> None:
    text = (
        "Quiz winners\n\n"
        "Long An, May 2, 2024 - The prize went to Mr. Nguyen Van Tam, an inspection officer of Ben Luc District "
        "Social Insurance.\n"
    )
    assert people(nlp, text, "2024-05-02")["Nguyen Van Tam"] == (
        "inspection officer of Ben Luc District Social Insurance"
    )


def test_a_title_does_not_end_on_in_before_a_lower_case_duty(nlp) -> None:
    text = (
        "Inspections\n\n"
        "Long An, May 2, 2024 - Ms. Le Thi Hoa, Deputy Director of Long An Social Security in charge of "
        "collection, chaired the meeting.\n"
    )
    title = people(nlp, text, "2024-05-02")["Le Thi Hoa"] or ""
    assert title.startswith("Deputy Director of Long An Social Security") and not title.endswith(" in")


def test_the_lead_event_told_again_with_the_dateline_is_no_second_event(nlp) -> None:
    text = (
        "Party congress held\n\n"
        "Tay Ninh, August 9, 2025 - On August 8, the Party Committee of Tay Ninh Social Security held its first "
        "congress for the 2025-2030 term.\n"
    )
    got = events(nlp, text, "2025-08-09")
    assert [(k, d) for k, _, d, _, _ in got] == [("congress", "2025-08-08")]


def test_a_definite_event_takes_the_date_and_venue_told_before_it(nlp) -> None:
    text = (
        "Contract signed with a hospital\n\n"
        "Nam Dinh, March 4, 2023 - On March 2, Nam Dinh Social Security and Hai Hau General Hospital signed the "
        "health insurance contract for 2023.\n\n"
        "Attending the signing ceremony at the hospital were Mr. Tran Van Binh, Director of Nam Dinh Social "
        "Security, and leaders of the hospital.\n"
    )
    got = events(nlp, text, "2023-03-04")
    assert [(k, d, place) for k, _, d, place, _ in got] == [("ceremony", "2023-03-02", "Hai Hau General Hospital")]
