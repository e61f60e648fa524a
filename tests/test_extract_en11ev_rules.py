"""Units, people and events structures found through the eleventh English blind set's misses
(docs/blind-en11-events-classes.md), each on sentences written for this test (no article of the dev or
blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def records(nlp, text: str, published: str):
    return extract_text(text, nlp=nlp, published=published)


def unit_names(nlp, text: str, published: str) -> set[str]:
    return {u.name for u in records(nlp, text, published).units}


# -- units ---------------------------------------------------------------------------------------


def test_a_province_written_by_its_name_before_the_2025_change_keeps_that_name(nlp) -> None:
    text = (
        "Central offices compare notes\n\n"
        "Da Nang, March 4, 2024 - Thua Thien Hue Social Security and Quang Nam Social Security "
        "exchanged experience in collecting voluntary social insurance.\n"
    )
    names = unit_names(nlp, text, "2024-03-04")
    assert "Thua Thien Hue Social Security" in names
    assert "Hue Social Security" not in names


def test_the_city_written_by_its_new_name_keeps_the_gazetteer_name(nlp) -> None:
    text = (
        "Central offices compare notes\n\n"
        "Da Nang, March 4, 2026 - Hue City Social Security and Da Nang Social Security "
        "exchanged experience in collecting voluntary social insurance.\n"
    )
    assert "Hue Social Security" in unit_names(nlp, text, "2026-03-04")


def test_a_count_of_provincial_offices_is_no_one_office(nlp) -> None:
    text = (
        "Sector meets online\n\n"
        "Ha Noi, May 5, 2024 - Vietnam Social Security held a meeting on May 4 with connecting points "
        "in 63 provincial social security offices.\n"
    )
    names = unit_names(nlp, text, "2024-05-05")
    assert names == {"Vietnam Social Security"}


def test_grassroots_offices_listed_before_one_shared_head(nlp) -> None:
    text = (
        "Relief reaches the hills\n\n"
        "Lang Son, November 2, 2025 - Staff of the Loc Binh, Trang Dinh and Van Lang grassroots social "
        "insurance offices delivered pensions to 900 homes.\n"
    )
    names = unit_names(nlp, text, "2025-11-02")
    assert {f"{n} Grassroots Social Security" for n in ("Loc Binh", "Trang Dinh", "Van Lang")} <= names


def test_district_offices_listed_before_one_plural_head(nlp) -> None:
    text = (
        "Tellers compete\n\n"
        "Vinh Long, June 3, 2023 - Vinh Long Social Security held a contest for tellers from Mang Thit, "
        "Tam Binh and Tra On district offices.\n"
    )
    names = unit_names(nlp, text, "2023-06-03")
    assert {f"{n} District Social Insurance" for n in ("Mang Thit", "Tam Binh", "Tra On")} <= names


def test_a_board_of_the_agency_keeps_the_agency_in_its_name_and_its_head_with_it(nlp) -> None:
    text = (
        "Board visits the south\n\n"
        "Can Tho, April 9, 2024 - Mr. Tran Van Hoa, Deputy Head of the Emulation and Commendation Board of "
        "Vietnam Social Security, visited Can Tho Social Security on April 8.\n"
    )
    got = records(nlp, text, "2024-04-09")
    board = "Emulation and Commendation Board of Vietnam Social Security"
    assert board in {u.name for u in got.units}
    assert [(p.name, p.unit) for p in got.people] == [("Tran Van Hoa", board)]


def test_a_body_named_short_and_with_its_owner_is_one_unit(nlp) -> None:
    text = (
        "Health officials meet\n\n"
        "Quang Tri, April 9, 2024 - Quang Tri Social Security met the Department of Health of Quang Tri "
        "province on April 8. The Department of Health promised to check the claims.\n"
    )
    names = unit_names(nlp, text, "2024-04-09")
    assert "Department of Health" not in names
    assert any(n.startswith("Department of Health of") for n in names)


def test_national_news_outlets_without_a_head_noun_are_units(nlp) -> None:
    text = (
        "Press partners thanked\n\n"
        "Ha Noi, January 8, 2024 - Vietnam Social Security thanked the Vietnam News Agency and the Voice of "
        "Vietnam for their reports on voluntary social insurance.\n"
    )
    assert {"Vietnam News Agency", "Voice of Vietnam"} <= unit_names(nlp, text, "2024-01-08")


def test_a_bracketed_translation_inside_a_name_is_stepped_over(nlp) -> None:
    text = (
        "Reporters honoured\n\n"
        "Ha Noi, January 8, 2024 - Reporter Le Thi Mai of Tuoi Tre (Youth) Newspaper won a prize for her "
        "series on pensions.\n"
    )
    got = records(nlp, text, "2024-01-08")
    newspaper = [u for u in got.units if u.name == "Tuoi Tre Newspaper"]
    assert newspaper and newspaper[0].mentions == ["Tuoi Tre (Youth) Newspaper"]


# -- people --------------------------------------------------------------------------------------


def people(nlp, text: str, published: str) -> list[tuple]:
    return [(p.name, p.title, p.unit) for p in records(nlp, text, published).people]


def test_the_body_right_after_a_name_is_the_persons_unit(nlp) -> None:
    text = (
        "Initiatives honoured\n\n"
        "Vinh Long, May 5, 2023 - Two officials were honoured: Mr. Le Van An of Tam Binh District Social "
        "Insurance, for a new form, and journalist Tran Thi Hoa of Vinh Long Newspaper.\n"
    )
    got = people(nlp, text, "2023-05-05")
    assert ("Le Van An", None, "Tam Binh District Social Insurance") in got
    assert ("Tran Thi Hoa", "journalist", "Vinh Long Newspaper") in got


def test_a_title_runs_on_over_a_plurals_apostrophe(nlp) -> None:
    text = (
        "Farmers and insurance\n\n"
        "Ha Noi, May 5, 2023 - Mr. Le Van An, Vice Chairman of the Vietnam Farmers' Union, spoke at the "
        "meeting.\n"
    )
    got = people(nlp, text, "2023-05-05")
    assert got == [("Le Van An", "Vice Chairman of the Vietnam Farmers' Union", "Vietnam Farmers' Union")]


# -- events --------------------------------------------------------------------------------------


def events(nlp, text: str, published: str) -> list[tuple]:
    return [(e.kind, e.date, e.location, e.organizer) for e in records(nlp, text, published).events]


def test_a_ceremony_marking_a_day_is_dated_by_its_own_day_and_organised_by_its_owner(nlp) -> None:
    text = (
        "Office staff honoured by the federation\n\n"
        "Ha Tinh, March 10, 2023 - Two officials of Ha Tinh Social Security were honoured by the Ha Tinh "
        "Provincial Women's Union at its ceremony marking International Women's Day on March 8.\n\n"
        "The ceremony, held on March 7 in Ha Tinh city, honoured 40 women.\n"
    )
    got = [(kind, date, organizer) for kind, date, _, organizer in events(nlp, text, "2023-03-10")]
    assert got == [("ceremony", "2023-03-07", "Ha Tinh Provincial Women's Union")]


def test_an_event_held_online_is_located_online_unless_a_place_is_named(nlp) -> None:
    held = (
        "Sector reviews the quarter\n\n"
        "Ha Noi, April 6, 2024 - On April 5, Vietnam Social Security held a conference to review the first "
        "quarter, held online with all provincial offices.\n"
    )
    linked = (
        "Sector reviews the quarter\n\n"
        "Ha Noi, April 6, 2024 - On April 5, Vietnam Social Security held an online conference linking its "
        "headquarters in Ha Noi with all provincial offices.\n"
    )
    assert [e[2] for e in events(nlp, held, "2024-04-06")] == ["online"]
    assert [e[2] for e in events(nlp, linked, "2024-04-06")] == ["Ha Noi"]
