"""Classes of misses the twelfth Vietnamese blind set showed in units, people and events: the country's
largest city named with its level word ("BHXH thành phố Hồ Chí Minh" is its provincial-level office, not a
district's); people named after a lower-case role word ("ngư dân X", "đoàn viên Y").

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def extracted(nlp, text: str, published: str = "2026-01-14"):
    return extract_text(text, nlp=nlp, language="vi", published=published)


# -- units ---------------------------------------------------------------------------------------------


def test_the_city_office_named_with_its_level_word_is_provincial(nlp) -> None:
    text = (
        "BHXH Việt Nam tổng kết công tác thu năm 2025\n\n"
        "Ngày 13/1/2026, BHXH Việt Nam tổ chức hội nghị tổng kết. BHXH thành phố Hồ Chí Minh dẫn đầu cả nước "
        "về số thu; BHXH tỉnh Gia Lai đứng thứ hai. Bộ trưởng Bộ Tài chính tặng Bằng khen cho BHXH thành phố "
        "Hồ Chí Minh.\n"
    )
    records = extracted(nlp, text)
    units = {u.name: u.kind for u in records.units}
    assert units["Ho Chi Minh City Social Security"] == "provincial_office"
    assert not any("District" in name for name in units)
    assert {a.recipient for a in records.awards} == {"Ho Chi Minh City Social Security"}


def test_bodies_outside_the_sector_are_named_whole(nlp) -> None:
    text = (
        "BHXH tỉnh Phú Yên đưa BHXH đến với ngư dân\n\n"
        "Ngày 20/10/2025, BHXH tỉnh Phú Yên phối hợp với Hội Nghề cá tỉnh Phú Yên, Công ty CP Đóng tàu Sông Cầu "
        "và Viện Huyết học - Truyền máu Trung ương tổ chức tuyên truyền. Ngân hàng TMCP Công thương Việt Nam - "
        "Chi nhánh Phú Yên hỗ trợ 200 triệu đồng.\n"
    )
    units = {u.name: u.kind for u in extracted(nlp, text, published="2025-10-21").units}
    assert units["Phu Yen Fisheries Association"] == "other"
    assert units["Song Cau Shipbuilding JSC"] == "enterprise"  # "Công ty CP": the short form
    assert units["National Institute of Hematology and Blood Transfusion"] == "other"
    assert units["VietinBank Phu Yen Branch"] == "enterprise"


# -- people --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Chủ tịch UBND tỉnh tặng Bằng khen cho BHXH cơ sở Tuy An và ngư dân Phạm Văn Hòa, chủ tàu cá.",
            "Phạm Văn Hòa",
            "ngư dân",
        ),
        (
            "Đoàn Thanh niên khen 5 đoàn viên, trong đó đoàn viên Đỗ Thị Hương đã hiến máu 9 lần.",
            "Đỗ Thị Hương",
            "đoàn viên",
        ),
        ("Riêng nhân viên bưu điện Trần Văn Bình được đề nghị tặng Giấy khen.", "Trần Văn Bình", "nhân viên bưu điện"),
    ],
)
def test_a_lower_case_role_word_before_a_name_names_a_person(nlp, sentence: str, name: str, role: str) -> None:
    text = f"BHXH tỉnh Phú Yên tổng kết năm 2025\n\nNgày 10/1/2026, BHXH tỉnh Phú Yên tổ chức hội nghị. {sentence}\n"
    people = {p.name: p.title for p in extracted(nlp, text).people}
    assert people.get(name) == role


def test_a_role_word_is_no_cue_for_a_place_or_an_award_name(nlp) -> None:
    text = (
        "BHXH tỉnh Phú Yên tổng kết năm 2025\n\n"
        "Ngày 10/1/2026, BHXH tỉnh Phú Yên vận động ngư dân Tuy An tham gia BHXH tự nguyện; công nhân Khu công "
        "nghiệp Hòa Hiệp được cấp thẻ BHYT.\n"
    )
    assert extracted(nlp, text).people == []


# -- events --------------------------------------------------------------------------------------------


def test_a_festival_day_is_an_event_named_with_its_quoted_title(nlp) -> None:
    text = (
        "Công đoàn BHXH tỉnh Phú Yên: Ngày hội hiến máu thu về 120 đơn vị máu\n\n"
        "Sáng 14/8/2024, tại trụ sở BHXH tỉnh Phú Yên, Công đoàn BHXH tỉnh Phú Yên tổ chức Ngày hội hiến máu tình "
        'nguyện "Trái tim hồng" lần thứ III năm 2024.\n\n'
        "Ngày hội thu hút 150 đoàn viên tham gia.\n"
    )
    events = extracted(nlp, text, published="2024-08-15").events
    assert [(e.kind, e.name, str(e.date)) for e in events] == [
        ("other", 'Ngày hội hiến máu tình nguyện "Trái tim hồng" lần thứ III năm 2024', "2024-08-14")
    ]


# -- movements -----------------------------------------------------------------------------------------


def test_an_office_reviewing_its_own_drive_ran_it(nlp) -> None:
    text = (
        'BHXH tỉnh Phú Yên tổng kết đợt thi đua "90 ngày về đích" năm 2024\n\n'
        'Ngày 6/1/2025, BHXH tỉnh Phú Yên tổ chức hội nghị tổng kết đợt thi đua cao điểm "90 ngày về đích" năm '
        "2024. Ông Trần Văn Nam, Giám đốc BHXH tỉnh Phú Yên chủ trì hội nghị.\n"
    )
    movements = extracted(nlp, text, published="2025-01-07").movements
    assert [(m.name, m.launched_by) for m in movements] == [("90 ngày về đích", "Phu Yen Social Security")]


def test_the_unit_after_an_opening_clause_with_the_launching_verb_ran_the_movement(nlp) -> None:
    text = (
        "BHXH tỉnh Phú Yên đưa BHYT đến với người lao động\n\n"
        'Sau 6 tháng triển khai Chương trình "Vững tâm đến trường" năm 2025, BHXH tỉnh Phú Yên phối hợp với Sở '
        "Giáo dục và Đào tạo vận động 2.400 học sinh tham gia BHYT.\n"
    )
    movements = extracted(nlp, text, published="2025-07-02").movements
    assert [(m.name, m.launched_by) for m in movements] == [("Vững tâm đến trường", "Phu Yen Social Security")]
