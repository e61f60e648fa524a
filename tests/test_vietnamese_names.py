"""Vietnamese names of people, their titles and their offices, on sentences written for these
tests (people, places and numbers are made up; none comes from the dev articles or the blind sets).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def records(nlp, text: str):
    return extract_text(text, nlp=nlp, language="vi")


def test_a_given_name_that_starts_the_word_for_insurance(nlp) -> None:
    text = "Phó Giám đốc BHXH tỉnh Hà Tĩnh Trần Quốc Bảo phát biểu tại hội nghị."
    assert [p.name for p in records(nlp, text).people] == ["Trần Quốc Bảo"]


def test_a_department_name_in_lower_case_after_its_head(nlp) -> None:
    text = (
        "Dự hội nghị có bà Lò Thị Hạnh - Trưởng phòng Quản lý thu và Phát triển người tham gia, "
        "BHXH tỉnh Điện Biên; ông Cù Văn Long - Viên chức Phòng Giám định BHYT."
    )
    people = {p.name: p.title for p in records(nlp, text).people}
    assert people["Lò Thị Hạnh"].startswith("Trưởng phòng Quản lý thu và Phát triển người tham gia")
    assert people["Cù Văn Long"] == "Viên chức Phòng Giám định BHYT"


def test_an_event_name_goes_on_across_its_paired_words_and_stops_before_its_purpose(nlp) -> None:
    text = (
        "Ngày 15/1/2025, BHXH tỉnh Bắc Kạn tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ "
        "năm 2025. Sáng 20/3/2025, BHXH tỉnh Bắc Kạn tổ chức Hội thao cán bộ, viên chức chào mừng ngày thành lập Đoàn."
    )
    names = [e.name for e in records(nlp, text).events]
    assert "Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025" in names
    text = "Sáng 3/6/2025, BHXH tỉnh Cà Mau tổ chức Lễ phát động tháng vận động người dân tham gia BHYT với chủ đề “Mỗi nhà một tấm thẻ”."
    assert [e.name for e in records(nlp, text).events] == ["Lễ phát động tháng vận động người dân tham gia BHYT"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ông Phan Văn Trung, Giám đốc BHXH tỉnh Hà Giang, phát biểu.", "Phan Văn Trung"),
        ("Dự hội nghị có ông Đỗ Thành Lợi, Phó Chủ tịch UBND tỉnh.", "Đỗ Thành Lợi"),
        ("Ông Vũ Văn Bằng nhận Bằng khen của Thủ tướng Chính phủ.", "Vũ Văn Bằng"),
        ("Ông Hà Văn Huân, Trưởng phòng Chế độ BHXH, cho biết.", "Hà Văn Huân"),
    ],
)
def test_given_names_that_also_open_a_common_noun(nlp, text: str, name: str) -> None:
    """ "Thành", "Trung", "Bằng", "Huân" are given names; only "Thành phố", "Trung ương", "Bằng khen",
    "Huân chương" are not."""
    assert name in [p.name for p in records(nlp, text).people]


def test_the_common_nouns_still_stop_a_name(nlp) -> None:
    people = [p.name for p in records(nlp, "Ông Lê Văn Hải Bằng khen của Bộ trưởng đã trao tặng.").people]
    assert people == ["Lê Văn Hải"]
