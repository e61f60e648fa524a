"""Vietnamese award sentences where the giver stands before the form, several units are the
subject, or recipients carry a collective word or a title after a dash.

The sentences are written for these tests (provinces, people and numbers are made up); none
comes from the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


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


def records(nlp, text: str) -> list[tuple]:
    found = extract_text(text, nlp=nlp, language="vi").awards
    return sorted(((a.award_type, a.grade, a.recipient, a.count, a.year, a.presented_by) for a in found), key=str)


def test_an_award_told_in_the_headline_and_the_body_is_one_record_for_the_achievement_year(nlp) -> None:
    text = (
        "BHXH tỉnh Kon Tum tổng kết năm 2026, 2 tập thể và 5 cá nhân nhận Bằng khen của Bộ trưởng Bộ Tài chính\n\n"
        "Ngày 8/1/2026, BHXH tỉnh Kon Tum tổ chức hội nghị và trao Bằng khen của Bộ trưởng Bộ Tài chính "
        "cho 2 tập thể và 5 cá nhân có thành tích xuất sắc năm 2025.\n\n"
        "Ông Đinh Văn Hùng trao Bằng khen cho 2 tập thể và 5 cá nhân."
    )
    assert records(nlp, text) == [
        ("ministry_certificate_of_merit", None, None, 2, "2025", "Đinh Văn Hùng"),
        ("ministry_certificate_of_merit", None, None, 5, "2025", "Đinh Văn Hùng"),
    ]


def test_a_named_recipient_told_twice_keeps_the_achievement_period(nlp) -> None:
    text = (
        "BHXH tỉnh Kon Tum đón nhận Huân chương Lao động hạng Nhì và tổng kết công tác năm 2025.\n\n"
        "Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho BHXH tỉnh Kon Tum vì thành tích "
        "giai đoạn 2019-2023."
    )
    assert records(nlp, text) == [("labor_order", "second", "Kon Tum Social Security", None, "2019-2023", None)]


def test_awards_in_a_row_share_their_recipient(nlp) -> None:
    text = (
        "BHXH tỉnh Kon Tum từng được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2008 và "
        "Huân chương Lao động hạng Nhì năm 2017; được Chính phủ tặng Cờ thi đua năm 2021."
    )
    assert [(a[0], a[1], a[2], a[4]) for a in records(nlp, text)] == [
        ("government_emulation_flag", None, "Kon Tum Social Security", "2021"),
        ("labor_order", "second", "Kon Tum Social Security", "2017"),
        ("labor_order", "third", "Kon Tum Social Security", "2008"),
    ]


def test_the_unit_recalling_an_earlier_class_of_the_same_order(nlp) -> None:
    text = (
        "Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho BHXH tỉnh Kon Tum. Đây là lần thứ ba "
        "đơn vị được tặng Huân chương Lao động, sau Huân chương Lao động hạng Nhì năm 2016."
    )
    assert [(a[0], a[1], a[2], a[4]) for a in records(nlp, text)] == [
        ("labor_order", "first", "Kon Tum Social Security", None),
        ("labor_order", "second", "Kon Tum Social Security", "2016"),
    ]


def test_a_count_after_a_named_recipient_is_counted(nlp) -> None:
    text = "Bà Lê Thị Hoa trao Bằng khen của Thủ tướng Chính phủ cho BHXH tỉnh Kon Tum và 5 cá nhân."
    assert {(a[0], a[2], a[3]) for a in records(nlp, text)} == {
        ("pm_certificate_of_merit", "Kon Tum Social Security", None),
        ("pm_certificate_of_merit", None, 5),
    }


def test_earlier_classes_listed_with_their_years_are_the_office_s_awards(nlp) -> None:
    text = (
        "BHXH tỉnh Kon Tum tổ chức lễ kỷ niệm 30 năm thành lập. Trước đó, đơn vị đã được tặng "
        "Huân chương Lao động hạng Ba (2009), hạng Nhì (2014) và Cờ thi đua của Chính phủ năm 2019."
    )
    assert [(a[0], a[1], a[2], a[4]) for a in records(nlp, text)] == [
        ("government_emulation_flag", None, "Kon Tum Social Security", "2019"),
        ("labor_order", "second", "Kon Tum Social Security", "2014"),
        ("labor_order", "third", "Kon Tum Social Security", "2009"),
    ]


def test_a_clause_opening_on_how_many_years_shares_the_recipient(nlp) -> None:
    text = (
        "Trong giai đoạn này, BHXH tỉnh Kon Tum được Chủ tịch nước tặng Huân chương Lao động hạng Nhì "
        "(năm 2021); 03 năm liền nhận Cờ thi đua của BHXH Việt Nam."
    )
    assert {(a[0], a[2]) for a in records(nlp, text)} == {
        ("labor_order", "Kon Tum Social Security"),
        ("ministry_emulation_flag", "Kon Tum Social Security"),
    }


def test_the_office_in_a_recipient_s_title_is_not_a_recipient(nlp) -> None:
    text = (
        "Tổng Giám đốc trao Bằng khen của Tổng Giám đốc BHXH Việt Nam cho BHXH huyện Đắk Hà và bà Lê Thị Hoa - "
        "Trưởng phòng Chế độ BHXH, BHXH tỉnh Kon Tum vì đã có thành tích xuất sắc năm 2024."
    )
    assert {a[2] for a in records(nlp, text)} == {"Dak Ha District Social Insurance", "Lê Thị Hoa"}


def test_a_clause_opening_on_the_handing_verb_has_the_same_presenter(nlp) -> None:
    text = (
        "Cũng tại buổi lễ, Thứ trưởng Lê Văn Hải trao Huân chương Lao động hạng Ba của Chủ tịch nước cho "
        "2 cá nhân; trao Bằng khen của Thủ tướng Chính phủ cho 5 cá nhân."
    )
    assert {(a[0], a[5]) for a in records(nlp, text)} == {
        ("labor_order", "Lê Văn Hải"),
        ("pm_certificate_of_merit", "Lê Văn Hải"),
    }


def test_companies_the_gazetteer_does_not_know_are_named_recipients(nlp) -> None:
    text = (
        "Giám đốc BHXH tỉnh Kon Tum tặng Giấy khen cho BHXH huyện Đắk Hà, Công ty cổ phần Xi măng Ngọc Hồi "
        "và Công ty TNHH Gỗ Việt vì thành tích năm 2025."
    )
    assert {a[2] for a in records(nlp, text)} == {
        "Dak Ha District Social Insurance",
        "Ngoc Hoi Cement Joint Stock Company",
        "Viet Wood Co., Ltd.",
    }


def test_a_count_of_offices_is_a_count_of_collectives(nlp) -> None:
    text = (
        "Thừa ủy quyền của Bộ trưởng Bộ Tài chính, Thứ trưởng Trần Văn Hà đã trao Cờ thi đua của Bộ Tài chính "
        "cho 06 BHXH tỉnh, thành phố có thành tích xuất sắc năm 2024."
    )
    found = extract_text(text, nlp=nlp, language="vi", published="2025-01-10")
    assert [(a.award_type, a.count, a.recipient_kind) for a in found.awards] == [
        ("ministry_emulation_flag", 6, "collective")
    ]
    assert found.figures == []  # the count is the award's, not a figure
