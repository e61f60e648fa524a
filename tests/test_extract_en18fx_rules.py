"""Classes of misses the eighteenth English blind set showed: a bracket or threshold of ages read as
counts, the people an office surveys and its collection agents as persons, local People's Committees and
an office's divisions as bodies, a partitive count ("1,230 of whom", "of these beneficiaries") that takes the noun of its whole,
and health insurance cards issued to the people counted after them; a foreign partner's social security
body and a ministry whose name runs on past "and" as units; a foreign body's certificate and a certificate
of friendship as awards of no Vietnamese rank; a province's office abbreviated "X SS"; a second reported
clause (", and that it had ...") read apart; the office in a speaker's title as the scope of what she tells;
a team that "came second" and "the prize for the best ..." as contest prizes; a grassroots office named
after a former province; the first of two bodies that "co-organised" an event as its organiser.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

from extract_helpers import only_figure as figure
from extract_helpers import unit_names

from pipeline.extract import extract_text


def extract(nlp, body: str, headline: str = "Binh Phuoc office reviews its work"):
    text = f"{headline}\n\nBinh Phuoc, March 4, 2025 - {body}\n"
    return extract_text(text, nlp=nlp, language="en")


def values(result) -> set[float]:
    return {f.value for f in result.figures}


# -- figures -----------------------------------------------------------------------------------------


def test_an_age_bracket_and_an_age_threshold_are_no_figures(nlp) -> None:
    result = extract(
        nlp,
        "Binh Phuoc Provincial Social Security now pays 5,310 people, 820 more than before the age threshold "
        "dropped from 85 to 81. It also visits people aged 66 to under 71 to explain voluntary insurance.",
    )
    assert not {85, 81, 66, 71} & values(result)
    assert figure(result, 5310).unit == "persons"


def test_people_surveyed_and_collection_agents_are_persons(nlp) -> None:
    result = extract(
        nlp,
        "Binh Phuoc Provincial Social Security said a poll of 3,150 citizens in May found most of them satisfied. "
        "The office relies on collection agents, 1,230 of whom work in the villages.",
    )
    assert figure(result, 3150).unit == "persons"
    assert figure(result, 1230).unit == "persons"


def test_peoples_committees_counted_are_bodies_not_people(nlp) -> None:
    result = extract(
        nlp,
        "Binh Phuoc Provincial Social Security held a meeting with 47 commune-level People's Committees on the "
        "new law.",
    )
    assert all(f.unit != "persons" for f in result.figures if f.value == 47)


def test_health_insurance_cards_issued_to_the_people_counted_after_them(nlp) -> None:
    result = extract(
        nlp,
        "By June, Binh Phuoc Provincial Social Security had 12,480 pensioners. It had issued health insurance "
        "cards to 9,415 of these beneficiaries.",
    )
    cards = figure(result, 9415)
    assert (cards.unit, cards.metric) == ("persons", "hi_participants")


def test_an_offices_divisions_counted_are_bodies(nlp) -> None:
    result = extract(nlp, "The merged Binh Phuoc Provincial Social Security has 13 divisions and 417 staff.")
    assert figure(result, 13).unit == "units"


# -- units -------------------------------------------------------------------------------------------


def test_a_foreign_social_security_body_and_a_ministry_named_past_and_are_units(nlp) -> None:
    result = extract(
        nlp,
        "Binh Phuoc Provincial Social Security received a delegation of the Cambodian Social Security Office "
        "and officials of the Thai Ministry of Labour and Social Welfare. The Ministry of Science and "
        "Technology sent an observer.",
    )
    names = unit_names(result)
    assert {
        "Cambodian Social Security Office",
        "Thai Ministry of Labour and Social Welfare",
        "Ministry of Science and Technology",
    } <= names
    assert "Ministry of Science" not in names


def test_a_grassroots_office_named_after_a_former_province_is_a_unit(nlp) -> None:
    result = extract(
        nlp,
        "Binh Phuoc Provincial Social Security held the final of its contest. The team of Dak Nong Grassroots "
        "Social Insurance won the first prize.",
    )
    assert "Dak Nong Grassroots Social Security" in unit_names(result)


# -- awards ------------------------------------------------------------------------------------------


def awards(result) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(a.award_type, a.recipient, a.recipient_kind, a.count) for a in result.awards]


def test_a_foreign_bodys_certificate_and_a_certificate_of_friendship_are_other(nlp) -> None:
    result = extract(
        nlp,
        "On the occasion, the guests presented a Certificate of Friendship to Binh Phuoc Social Security and "
        "the Cambodian Ministry of Labour and Vocational Training's Certificate of Merit to 4 officials of "
        "the office.",
    )
    got = awards(result)
    assert ("other", "Binh Phuoc Social Security", "collective", None) in got
    assert ("other", None, "individual", 4) in got
    assert not [a for a in got if a[0] == "ministry_certificate_of_merit"]


def test_an_office_abbreviated_ss_receives_and_a_second_reported_clause_is_read_apart(nlp) -> None:
    result = extract(
        nlp,
        "Binh Phuoc Provincial Social Security held a ceremony on March 3. The office announced that the Minister "
        "of Finance had awarded a Certificate of Merit to Binh Phuoc SS for the 2023 revenue campaign, and that "
        "it had proposed the commemorative medal for a further 9 partners.",
    )
    got = [(a.award_type, a.recipient, a.status) for a in result.awards]
    assert ("ministry_certificate_of_merit", "Binh Phuoc Social Security", "conferred") in got
    assert ("commemorative_medal", "Binh Phuoc Social Security", "proposed") not in got


def test_the_office_in_a_speakers_title_is_the_scope_of_what_she_tells(nlp) -> None:
    result = extract(
        nlp,
        "Vietnam Social Security youth volunteers worked in Binh Phuoc, and Vietnam Social Security praised "
        "them. Ms. Lo Thi Mai, Deputy Director of Binh Phuoc Social Security, said that only 2,315 people in the district had "
        "joined voluntary social insurance.",
        headline="Vietnam Social Security youth volunteer in the mountains",
    )
    assert figure(result, 2315).scope == "Binh Phuoc Social Security"


def test_a_team_that_came_second_and_a_prize_for_the_best_are_contest_prizes(nlp) -> None:
    result = extract(
        nlp,
        "Binh Phuoc Provincial Social Security held the final of its contest. The team of Dong Xoai Grassroots "
        "Social Insurance won the first prize, the Collection Division team came second, and Ms. Lo Thi Mai of "
        "Dong Xoai Grassroots Social Insurance received the prize for the best speech.",
    )
    got = [(a.award_type, a.recipient, a.recipient_kind, a.grade) for a in result.awards]
    assert ("other", "Collection Division", "collective", "second") in got
    assert ("other", "Lo Thi Mai", "individual", None) in got


# -- events ------------------------------------------------------------------------------------------


def test_the_first_of_two_bodies_that_co_organised_an_event_organises_it(nlp) -> None:
    result = extract(
        nlp,
        "Binh Phuoc Provincial Social Security and the provincial Department of Health on May 4 co-organised a "
        "seminar in Dong Xoai ward on the new law.",
    )
    assert [e.organizer for e in result.events] == ["Binh Phuoc Social Security"]
