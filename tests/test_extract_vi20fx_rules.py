"""Classes of misses the twentieth Vietnamese blind set showed: research topics counted as things, a grassroots
union's sections and a payment network's banks counted as units, the leaders of research topics as counted award
recipients; the sector's science council, the research bodies on it and VSS's IT centre as units; the
communication division under its older name; a city's People's Committee and Council named as the city's.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest
from extract_helpers import only_figure as figure
from extract_helpers import unit_names
from extract_helpers import vi_release as extract


@pytest.fixture
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def test_research_topics_are_a_count_union_sections_and_banks_units(nlp) -> None:
    result = extract(
        nlp,
        "Năm nay, Hội đồng nghiệm thu 37 đề tài cấp cơ sở. Công đoàn có 340 đoàn viên sinh hoạt tại 29 công đoàn "
        "bộ phận. BHXH tỉnh đã phối hợp với 7 ngân hàng mở tài khoản cho người hưởng.",
    )
    assert figure(result, 37).unit == "count"
    assert figure(result, 29).unit == "units"
    assert figure(result, 7).unit == "units"


def test_the_leaders_of_research_topics_are_counted_individuals(nlp) -> None:
    result = extract(nlp, "Dịp này, Giám đốc BHXH tỉnh tặng Giấy khen cho 16 chủ nhiệm đề tài xếp loại Xuất sắc.")
    (award,) = result.awards
    assert (award.count, award.recipient_kind) == (16, "individual")


def test_the_science_council_its_research_bodies_and_the_it_centre_are_units(nlp) -> None:
    result = extract(
        nlp,
        "Hội đồng Khoa học BHXH Việt Nam họp nghiệm thu đề tài, với chuyên gia của Viện Khoa học Lao động và Xã hội, "
        "Trường Đại học Kinh tế Quốc dân và Trung tâm Công nghệ thông tin.",
    )
    names = unit_names(result)
    assert "Science Council of Vietnam Social Security" in names
    assert "Institute of Labour Science and Social Affairs" in names
    assert "National Economics University" in names
    assert "VSS Information Technology Centre" in names


def test_the_communication_division_named_after_its_participants_is_one_division(nlp) -> None:
    result = extract(nlp, "Bài viết do Phòng Truyền thông và Phát triển đối tượng BHXH tỉnh Phú Yên thực hiện.")
    names = unit_names(result)
    assert "Communication and Participant Development Division of Phu Yen Social Security" in names
    assert "Communication Division of Phu Yen Social Security" not in names


CITY_HEAD = "BHXH thành phố Đà Nẵng tổng kết năm\n\nĐà Nẵng, ngày 14/3/2025\n\n"


def test_a_citys_peoples_committee_and_council_are_the_citys(nlp) -> None:
    result = extract(
        nlp,
        "Bưu điện thành phố được Chủ tịch UBND thành phố tặng Bằng khen. Đại diện HĐND thành phố Đà Nẵng dự hội nghị.",
        head=CITY_HEAD,
    )
    names = unit_names(result)
    assert "Da Nang City People's Committee" in names
    assert "Da Nang City People's Council" in names
    assert "Da Nang Provincial People's Committee" not in names
    # a city whose name holds its level keeps it once; a province's committee keeps the province's name
    result = extract(nlp, "Dự hội nghị có đại diện UBND Thành phố Hồ Chí Minh và UBND tỉnh Phú Yên.")
    names = unit_names(result)
    assert "Ho Chi Minh City People's Committee" in names
    assert "Phu Yen Provincial People's Committee" in names


def test_recipients_after_an_academic_degree_are_named(nlp) -> None:
    result = extract(
        nlp,
        "Hội đồng thống nhất đề nghị Bộ trưởng Bộ Tài chính tặng Bằng khen cho ThS. Vũ Đình Lâm và TS. Kiều Thị Nga "
        "vì có nhiều đóng góp.",
    )
    assert [(a.recipient, a.status) for a in result.awards] == [
        ("Vũ Đình Lâm", "proposed"),
        ("Kiều Thị Nga", "proposed"),
    ]


def test_a_count_of_individuals_that_names_them_keeps_its_count_and_names_each(nlp) -> None:
    result = extract(
        nlp,
        "Tại buổi lễ, ông Tạ Minh Khôi trao Bằng khen của Tổng Giám đốc cho 2 cá nhân là ông Vũ Đình Lâm, nguyên "
        "Giám đốc BHXH huyện Sơn Hòa, và bà Kiều Thị Nga, nguyên Trưởng phòng Chế độ BHXH, vì đã có thành tích "
        "xuất sắc.",
    )
    assert [(a.recipient, a.count) for a in result.awards] == [(None, 2), ("Vũ Đình Lâm", None), ("Kiều Thị Nga", None)]
    # a count that names fewer than it counts stays one counted record
    result = extract(
        nlp, "Giám đốc BHXH tỉnh tặng Giấy khen cho 3 cá nhân là ông Vũ Đình Lâm và bà Kiều Thị Nga cùng một đồng chí."
    )
    assert [(a.recipient, a.count) for a in result.awards] == [(None, 3)]


def test_houses_named_by_nha_alone_are_a_count_and_callings_on_nha_are_persons(nlp) -> None:
    result = extract(
        nlp,
        "Quỹ tương trợ của công đoàn hỗ trợ xây mới 38 nhà cho đoàn viên khó khăn. Hơn 40 nhà báo dự buổi họp báo.",
    )
    assert figure(result, 38).unit == "count"
    assert figure(result, 40).unit == "persons"


def test_this_rate_is_the_measure_of_the_rate_before(nlp) -> None:
    result = extract(
        nlp,
        "Đến hết tháng 10/2025, có 51.300 người nhận lương hưu qua tài khoản cá nhân, chiếm 64,1%. Tại khu vực đô "
        "thị, tỷ lệ này đạt gần 87%.",
    )
    assert figure(result, 64.1).metric == "non_cash_payment_rate"
    assert figure(result, 87).metric == "non_cash_payment_rate"
