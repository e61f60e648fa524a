"""Vietnamese award sentences where the giver stands before the form, several units are the
subject, or recipients carry a collective word or a title after a dash.

The sentences are written for these tests (provinces, people and numbers are made up); none
comes from the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.extract.nlp import build_nlp
from pipeline.settings import Settings


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(Settings(profile="fast"), "vi")


def awards(nlp, text: str) -> list[tuple]:
    found = extract_text(text, nlp=nlp, language="vi").awards
    return sorted((a.award_type, a.recipient, a.count, a.conferred_by, a.status) for a in found)


def test_the_authority_asked_to_give_sets_the_level(nlp) -> None:
    text = "Hội đồng thống nhất trình Thủ tướng Chính phủ tặng Bằng khen cho 03 tập thể và 06 cá nhân."
    assert awards(nlp, text) == [
        ("pm_certificate_of_merit", None, 3, "Prime Minister", "proposed"),
        ("pm_certificate_of_merit", None, 6, "Prime Minister", "proposed"),
    ]


def test_units_given_an_award_by_an_authority_named_between(nlp) -> None:
    text = "Năm 2022, BHXH tỉnh Sóc Trăng và BHXH tỉnh Bạc Liêu cùng được Chính phủ tặng Cờ thi đua."
    assert awards(nlp, text) == [
        ("government_emulation_flag", "Bac Lieu Social Security", None, "Government", "conferred"),
        ("government_emulation_flag", "Soc Trang Social Security", None, "Government", "conferred"),
    ]
    text = "Năm 2021, BHXH tỉnh Phú Yên được Chủ tịch nước tặng Huân chương Lao động hạng Ba."
    assert awards(nlp, text) == [("labor_order", "Phu Yen Social Security", None, "State President", "conferred")]


def test_recipients_after_a_collective_word_and_titles_after_a_dash(nlp) -> None:
    text = (
        "Thừa ủy quyền, Phó Tổng Giám đốc Trần Văn Lực trao Bằng khen của Thủ tướng Chính phủ cho tập thể "
        "BHXH tỉnh Hà Nam, ông Lê Quang Đạt - Trưởng phòng Khai thác thu và bà Phan Thị Mai - Phó Giám đốc "
        "BHXH tỉnh Hà Nam."
    )
    assert [a[1] for a in awards(nlp, text)] == ["Ha Nam Social Security", "Lê Quang Đạt", "Phan Thị Mai"]


def conferrers(nlp, text: str) -> list[str | None]:
    return [a.conferred_by for a in extract_text(text, nlp=nlp, language="vi").awards]


def test_the_authority_as_the_subject_of_the_giving_verb(nlp) -> None:
    text = "Bộ trưởng Bộ Tài chính đã ký Quyết định số 12/QĐ-BTC tặng Bằng khen cho 3 tập thể."
    assert conferrers(nlp, text) == ["Minister of Finance"]
    text = "Tại hội nghị, Giám đốc BHXH tỉnh Yên Bái đã công nhận 1.204 lượt Lao động tiên tiến và tặng Giấy khen cho 12 tập thể."
    assert conferrers(nlp, text)[-1] == "Director of Yen Bai Social Security"
    text = "Bộ trưởng Bộ Tài chính tặng Bằng khen cho ông Trần Văn Bình - Giám đốc BHXH tỉnh Yên Bái."
    assert conferrers(nlp, text) == ["Minister of Finance"]  # a recipient's title is no authority


def test_a_provincial_chairman_is_named_with_the_province(nlp) -> None:
    text = "Chủ tịch UBND tỉnh Hòa Bình đã tặng Bằng khen cho 6 tập thể và 9 cá nhân."
    assert set(conferrers(nlp, text)) == {"Chairman of Hoa Binh Provincial People's Committee"}
    text = "BHXH tỉnh Hòa Bình tổng kết năm. Dịp này, 4 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh."
    assert conferrers(nlp, text) == ["Chairman of Hoa Binh Provincial People's Committee"]


def test_a_deputy_handing_over_is_not_the_authority(nlp) -> None:
    text = "Phó Chủ tịch UBND tỉnh Hòa Bình Lê Văn Nam trao Giấy khen cho 5 cá nhân."
    assert conferrers(nlp, text) == [None]


def test_the_years_an_award_is_for(nlp) -> None:
    text = (
        "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho BHXH tỉnh Hà Nam vì đã có thành tích xuất sắc "
        "trong công tác từ năm 2018 đến năm 2022."
    )
    assert [a.year for a in extract_text(text, nlp=nlp, language="vi").awards] == ["2018-2022"]
    text = (
        "Ngày 5/9, BHXH tỉnh Hà Nam tổ chức Đại hội Thi đua yêu nước lần thứ IV, giai đoạn 2020 - 2025. "
        "Đại hội thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể."
    )
    assert [a.year for a in extract_text(text, nlp=nlp, language="vi").awards] == ["2020-2025"]
