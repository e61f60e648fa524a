"""Classes of event, unit, person and movement misses the twelfth English blind set showed: events that
are not conferences (a payment run, a donation day, a campaign of a stated length, a day of awards told
without a ceremony word), and the unit, person and movement classes further down.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

from extract_helpers import unit_names

from pipeline.extract import extract_text


def extract(nlp, body: str):
    text = "Binh Thuan office news\n\nPhan Thiet, June 9, 2024 - " + body + "\n"
    return extract_text(text, nlp=nlp, language="en")


def kinds(result) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for e in result.events]


def test_a_payment_run_that_began_on_a_day_is_an_event(nlp) -> None:
    result = extract(
        nlp,
        "Binh Thuan Social Security began paying the July pensions on June 8, a week earlier than usual.",
    )
    assert kinds(result) == [("other", "2024-06-08")]


def test_a_blood_donation_day_is_an_event(nlp) -> None:
    result = extract(
        nlp,
        "On June 8, Binh Thuan Social Security organised a blood donation day for its staff in Phan Thiet.",
    )
    assert kinds(result)[0] == ("other", "2024-06-08")


def test_a_campaign_of_a_stated_length_is_an_event(nlp) -> None:
    result = extract(
        nlp,
        "Binh Thuan Social Security has finished a week-long campaign to enrol street vendors in voluntary "
        "social insurance.",
    )
    assert [e.kind for e in result.events] == ["other"]


def test_a_day_of_awards_without_a_ceremony_word_is_a_ceremony(nlp) -> None:
    result = extract(
        nlp,
        "Binh Thuan Social Security has just ended a month-long campaign to reach farmers.\n\n"
        "On June 5, the Director of Binh Thuan Social Security presented Certificates of Merit to 4 "
        "collectives.",
    )
    assert kinds(result) == [("other", "2024-06-09"), ("ceremony", "2024-06-05")]


def test_a_day_of_awards_already_read_as_the_leads_event_adds_nothing(nlp) -> None:
    result = extract(
        nlp,
        "On June 5, Binh Thuan Social Security held a conference to review the first half of 2024.\n\n"
        "On June 5, the Director presented Certificates of Merit to 4 collectives.",
    )
    assert kinds(result) == [("conference", "2024-06-05")]


def test_an_offices_youth_union_is_named_with_the_office(nlp) -> None:
    result = extract(
        nlp,
        "The Trade Union of Binh Thuan Provincial Social Security held a sports day. The Chairman of the "
        "Trade Union thanked the staff.",
    )
    names = unit_names(result)
    assert "Trade Union of Binh Thuan Provincial Social Security" in names
    assert "Trade Union" not in names


def test_a_body_named_after_a_person_is_one_complement(nlp) -> None:
    result = extract(
        nlp,
        "The Standing Board of the Ho Chi Minh Communist Youth Union praised Binh Thuan Social Security.",
    )
    assert "Standing Board of the Ho Chi Minh Communist Youth Union" in unit_names(result)


def test_a_provincial_committee_named_by_its_topic_keeps_its_name(nlp) -> None:
    result = extract(
        nlp,
        "Binh Thuan Social Security received a certificate of the provincial Steering Committee for Road "
        "Traffic Safety.",
    )
    assert "Steering Committee for Road Traffic Safety" in unit_names(result)


def test_the_names_before_a_shared_plural_grassroots_head_are_each_an_office(nlp) -> None:
    result = extract(
        nlp,
        "Binh Thuan Social Security praised the Tuy Phong and Bac Binh grassroots offices for their results.",
    )
    names = unit_names(result)
    assert {"Tuy Phong Grassroots Social Security", "Bac Binh Grassroots Social Security"} <= names


def test_places_in_a_list_after_a_plural_place_word_are_not_people(nlp) -> None:
    result = extract(
        nlp,
        "Binh Thuan Social Security sent staff to remote communes such as Phan Lam and Le Hong to pay pensions.",
    )
    assert not {"Phan Lam", "Le Hong"} & {p.name for p in result.people}


def test_a_sentence_opener_before_a_plural_grassroots_head_is_no_office(nlp) -> None:
    result = extract(
        nlp,
        "Binh Thuan Social Security reviewed its collection.\n\nAmong grassroots offices, results were uneven "
        "in the first half of 2024.",
    )
    assert not any(u.name.startswith("Among") for u in result.units)


def movement_names(result) -> list[str]:
    return [m.name for m in result.movements]


def test_a_lunar_years_name_is_no_movement(nlp) -> None:
    result = extract(
        nlp,
        "Binh Thuan Social Security paid pensions early so that retirees could welcome the Year of the Dragon.",
    )
    assert movement_names(result) == []


def test_a_quoted_name_that_says_it_is_an_emulation_push_is_a_movement(nlp) -> None:
    result = extract(
        nlp,
        'Binh Thuan Social Security reviewed the "50 days of peak emulation for voluntary insurance" push.',
    )
    assert movement_names(result) == ["50 days of peak emulation for voluntary insurance"]


def test_a_quoted_drive_nickname_is_no_movement(nlp) -> None:
    result = extract(nlp, 'Binh Thuan Social Security staff gave 90 gifts in the "Warm Spring" drive.')
    assert movement_names(result) == []


def test_a_quoted_remark_about_emulation_is_no_movement(nlp) -> None:
    result = extract(
        nlp,
        'The Director said: "After the audit, we have to check the emulation records of every office."',
    )
    assert movement_names(result) == []
