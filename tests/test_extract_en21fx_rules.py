"""Classes of misses the twenty-first English blind set showed: a club as an organisation's head noun, a club
named again by its head noun as an award's recipient ("... to the club for its work"), a place's party
committee named in full only as the owner in another body's name ("the Standing Board of the X Provincial
Party Committee ... the Provincial Party Committee"), a part of the own office after the office's possessive
("the office's Trade Union", "to the office's X Division"), the age a person or a group turns ("8 members
turning 65"), which is no figure, a provincial city's own office ("X City Social Insurance" in province X), and a day written before its month
without a year ("on 3 March"), which is a date, no count.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

from extract_helpers import unit_names

from pipeline.extract import extract_text


def extract(nlp, body: str, headline: str = "Hung Yen office reviews its work"):
    text = f"{headline}\n\nHung Yen, March 4, 2025 - {body}\n"
    return extract_text(text, nlp=nlp, language="en")


def awards(result) -> list[tuple[str, str | None, str | None, str]]:
    return [(a.award_type, a.recipient, a.recipient_kind, a.status) for a in result.awards]


# -- units -----------------------------------------------------------------------------------------


def test_a_club_is_an_organisation(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, Hung Yen Provincial Social Security met the members of its Veteran Officers' Club. "
        "Director Pham Van Khoi presented the Certificate of Commendation of the Director of Hung Yen Social "
        "Security to the Veteran Officers' Club.",
    )
    assert "Veteran Officers' Club" in unit_names(result)
    assert ("certificate_of_commendation", "Veteran Officers' Club", "collective", "conferred") in awards(result)


def test_a_club_named_again_by_its_head_noun_receives_the_award(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, Hung Yen Provincial Social Security met the members of its Veteran Officers' Club. "
        "The office has proposed that the Chairman of the Hung Yen Provincial People's Committee award a "
        "Certificate of Merit to the club for its 2020-2024 activities.",
    )
    assert ("ministry_certificate_of_merit", "Veteran Officers' Club", "collective", "proposed") in awards(result)


def test_a_party_committee_named_in_full_only_as_an_owner_is_one_unit(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, the Standing Board of the Hung Yen Provincial Party Committee held a conference on social "
        "insurance. Ms. Do Thi Hanh, Deputy Secretary of the Provincial Party Committee, chaired it. The Standing "
        "Board of the Provincial Party Committee asked Hung Yen Social Security to raise coverage.",
    )
    names = unit_names(result)
    assert "Hung Yen Provincial Party Committee" in names
    assert "Provincial Party Committee" not in names
    assert "Standing Board of the Provincial Party Committee" not in names
    assert "Standing Board of the Hung Yen Provincial Party Committee" in names


def test_the_office_s_trade_union_is_the_own_office_s_union(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, Hung Yen Social Security held its public employees' conference. It was chaired by Mr. Vu "
        "Van Sang, Director of Hung Yen Social Security, and Ms. Dao Thi Lien, Chairwoman of the office's Trade "
        "Union.",
    )
    names = unit_names(result)
    assert "Trade Union of Hung Yen Social Security" in names
    assert "Trade Union" not in names


def test_a_part_of_the_own_office_after_its_possessive_receives_the_award(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, Hung Yen Provincial Social Security reviewed its work. Hung Yen Social Security also proposed "
        "that the Minister of Finance award the Emulation Flag to the office's Planning and Finance Division.",
    )
    assert ("ministry_emulation_flag", "Planning and Finance Division", "collective", "proposed") in awards(result)


def test_a_provincial_city_s_office_is_a_district_level_office(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, Hung Yen Provincial Social Security commended 6 collectives, among them the Hung Yen City "
        "Social Insurance and the Collection Division. Da Nang City Social Security sent a delegation.",
    )
    kinds = {u.name: u.kind for u in result.units}
    assert kinds.get("Hung Yen City Social Insurance") == "district_office"
    assert kinds.get("Hung Yen Social Security") == "provincial_office"
    assert kinds.get("Da Nang Social Security") == "provincial_office"  # a city run by the centre


# -- figures ---------------------------------------------------------------------------------------


def test_the_age_a_person_or_group_turns_is_no_figure(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, Hung Yen Social Security congratulated 14 retired members: 8 turning 65, 6 turning 85 and "
        "Mr. Ngo Van Dinh, who turns 95 this year. The office paid pensions to 61,230 people in February.",
    )
    values = {f.value for f in result.figures}
    assert not values & {65, 85, 95}
    assert 61230 in values


def test_a_day_before_its_month_without_a_year_is_a_date_no_count(nlp) -> None:
    result = extract(
        nlp, "On the afternoon of 3 March, a delegation visited Hung Yen Social Security, which has 610 employees."
    )
    values = {f.value for f in result.figures}
    assert 3 not in values
    assert 610 in values
