"""A People's Committee or Council named by its level alone ("the City People's Committee", "UBND
tỉnh") in a document about one province's or city's office is that place's body, so two places'
committees never read as one. Sentences written for these tests."""

from __future__ import annotations

from pipeline.extract import extract_text


def committee_units(text: str, nlp) -> dict[str, list[str]]:
    records = extract_text(text, nlp=nlp)
    return {u.name: u.mentions for u in records.units if "People" in u.name}


def test_a_city_committee_named_by_its_level_is_the_offices_city(nlp) -> None:
    text = (
        "Hue City Social Security held its review conference on March 3, 2025. "
        "Vice Chairman of the City People's Committee Tran Van Minh attended and praised Hue City Social Security. "
        "The City People's Council also sent flowers."
    )
    units = committee_units(text, nlp)
    assert units == {
        "Hue City People's Committee": ["City People's Committee"],
        "Hue City People's Council": ["City People's Council"],
    }


def test_two_cities_committees_stay_apart(nlp) -> None:
    hue = committee_units(
        "Hue City Social Security received the Labor Order. The Chairman of the City People's Committee "
        "thanked Hue City Social Security.",
        nlp,
    )
    can_tho = committee_units(
        "Can Tho City Social Security received the Labor Order. The Chairman of the City People's Committee "
        "thanked Can Tho City Social Security.",
        nlp,
    )
    assert list(hue) == ["Hue City People's Committee"]
    assert list(can_tho) == ["Can Tho City People's Committee"]


def test_a_provincial_committee_with_a_curly_apostrophe_is_the_provinces(nlp) -> None:
    units = committee_units(
        "Quang Tri Provincial Social Security reviewed its work. The Provincial People’s Committee asked "
        "Quang Tri Provincial Social Security to reach every household.",
        nlp,
    )
    assert list(units) == ["Quang Tri Provincial People’s Committee"]


def test_a_committee_the_document_names_in_full_keeps_that_name(nlp) -> None:
    units = committee_units(
        "Nghe An Provincial Social Security reviewed its work. Mr. Le Van Hoa, Vice Chairman of the Ha Tinh "
        "Provincial People's Committee, attended. The Provincial People's Committee asked the sector to do more.",
        nlp,
    )
    assert list(units) == ["Ha Tinh Provincial People's Committee"]


def test_without_an_own_place_the_body_keeps_its_level_name(nlp) -> None:
    units = committee_units("The City People's Committee met the press on Monday.", nlp)
    assert list(units) == ["City People's Committee"]


def test_vietnamese_committees_named_by_level_are_the_offices_province(vi_nlp) -> None:
    units = committee_units(
        "BHXH tỉnh Quảng Trị tổ chức hội nghị tổng kết. Phó Chủ tịch UBND tỉnh Lê Văn Hòa dự và biểu dương "
        "BHXH tỉnh Quảng Trị. HĐND tỉnh cũng gửi lẵng hoa chúc mừng.",
        vi_nlp,
    )
    assert units == {
        "Quang Tri Provincial People's Committee": ["UBND tỉnh"],
        "Quang Tri Provincial People's Council": ["HĐND tỉnh"],
    }
