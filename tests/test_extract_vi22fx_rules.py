"""Classes of misses the twenty-second Vietnamese blind set showed: a province's procuracy, its delegation of
National Assembly deputies (not the title of the delegation's head) and its cooperative alliance as units; a
city's general and children's hospitals; the own office of a provincial city named like its province ("BHXH
thành phố X" in province X) one level down; Party membership badges as awards; cooperatives and medical staff
counted as an award's recipients; the head of the province's tax body as an award's giver.

The texts are written for these tests (people and numbers are made up); none comes from
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


def test_a_provinces_procuracy_is_a_unit(nlp) -> None:
    result = extract(
        nlp,
        "BHXH tỉnh phối hợp với Công an tỉnh và Viện Kiểm sát nhân dân (VKSND) tỉnh Phú Yên rà soát 12 hồ sơ. "
        "VKSND tỉnh đã truy tố 2 vụ.",
    )
    assert "Phu Yen Provincial People's Procuracy" in unit_names(result)


def test_a_provinces_delegation_of_deputies_is_a_unit_but_not_its_heads_title(nlp) -> None:
    result = extract(nlp, "Đoàn đại biểu Quốc hội (ĐBQH) tỉnh Phú Yên đã giám sát việc thu BHXH tại 14 đơn vị.")
    assert "Phu Yen Delegation of National Assembly Deputies" in unit_names(result)
    titled = extract(
        nlp, "Ông Trần Văn Lực, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Phú Yên làm việc với BHXH tỉnh."
    )
    assert "Phu Yen Delegation of National Assembly Deputies" not in unit_names(titled)


def test_a_provinces_cooperative_alliance_is_a_unit(nlp) -> None:
    result = extract(
        nlp, "BHXH tỉnh và Liên minh Hợp tác xã (HTX) tỉnh ký kết chương trình phối hợp giai đoạn 2025-2027."
    )
    assert "Phu Yen Cooperative Alliance" in unit_names(result)


def test_a_citys_general_and_childrens_hospitals_are_units(nlp) -> None:
    result = extract(
        nlp,
        "Đoàn đã thăm Bệnh viện Đa khoa thành phố Hải Phòng và Bệnh viện Nhi đồng thành phố Hải Phòng; "
        "Bệnh viện Nhi tỉnh Phú Yên cũng được thăm.",
    )
    names = unit_names(result)
    assert "Hai Phong General Hospital" in names
    assert "Hai Phong Children's Hospital" in names
    assert "Phu Yen Provincial Children's Hospital" in names


def test_a_provincial_citys_office_named_like_its_province_is_a_district_office(nlp) -> None:
    result = extract(
        nlp,
        "BHXH tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen cho BHXH thành phố Hà Tĩnh. Đoàn công tác "
        "BHXH TP Hải Phòng cũng dự.",
        head="BHXH tỉnh Hà Tĩnh sơ kết\n\nHà Tĩnh, 12/5/2024\n\n",
    )
    units = {u.name: u.kind for u in result.units}
    assert units["Ha Tinh District Social Insurance"] == "district_office"
    assert units["Ha Tinh Social Security"] == "provincial_office"
    assert units["Hai Phong Social Security"] == "provincial_office"  # a city run by the centre
    (award,) = result.awards
    assert award.recipient == "Ha Tinh District Social Insurance"


def test_party_badges_are_awards_counted_by_comrades(nlp) -> None:
    result = extract(
        nlp,
        "Đồng chí Bí thư Đảng ủy đã trao Huy hiệu 45 năm tuổi Đảng cho 3 đồng chí và Huy hiệu 30 năm tuổi Đảng "
        "cho 4 đồng chí.",
    )
    got = sorted((a.award_type, a.count, a.recipient_kind) for a in result.awards)
    assert got == [("other", 3, "individual"), ("other", 4, "individual")]


def test_cooperatives_and_medical_staff_counted_after_an_award(nlp) -> None:
    result = extract(nlp, "Dịp này, Giám đốc BHXH tỉnh tặng Giấy khen cho 8 HTX và 2 cá nhân tiêu biểu.")
    got = sorted((a.count, a.recipient_kind) for a in result.awards)
    assert got == [(2, "individual"), (8, "collective")]
    staff = extract(nlp, "Giám đốc BHXH tỉnh trao Giấy khen cho 2 bệnh viện và 9 y, bác sĩ có thành tích xuất sắc.")
    got = sorted((a.count, a.recipient_kind) for a in staff.awards)
    assert got == [(2, "collective"), (9, "individual")]


def test_the_head_of_the_provincial_tax_body_gives_an_award(nlp) -> None:
    result = extract(nlp, "Trưởng Thuế tỉnh tặng Giấy khen cho 4 tập thể thuộc BHXH tỉnh.")
    (award,) = result.awards
    assert (award.count, award.conferred_by) == (4, "Head of Phu Yen Provincial Tax")


def test_each_value_of_a_from_to_pair_holds_at_the_moment_named_after_it(nlp) -> None:
    result = extract(
        nlp,
        "Nhờ phối hợp, số tiền chậm đóng toàn tỉnh đã giảm từ 530 tỷ đồng tại thời điểm 31/12/2022 xuống còn "
        "410 tỷ đồng vào ngày 30/9/2024.",
    )
    assert figure(result, 530e9).as_of == "2022-12-31"
    assert figure(result, 410e9).as_of == "2024-09-30"


def test_a_year_set_apart_by_rieng_is_not_carried_on(nlp) -> None:
    result = extract(
        nlp,
        "Riêng năm 2022, tổng thu toàn tỉnh đạt 9.100 tỷ đồng.\n\nTuy nhiên, số tiền chậm đóng BHXH còn khoảng "
        "320 tỷ đồng, chiếm 3,5% số phải thu.",
    )
    assert figure(result, 9.1e12).as_of == "2022"
    assert figure(result, 320e9).as_of != "2022"


def test_data_records_are_counts_and_craft_villages_units(nlp) -> None:
    result = extract(
        nlp,
        "Hai cơ quan đã đối chiếu 52.300 dữ liệu về doanh nghiệp. Toàn tỉnh có 46 làng nghề được công nhận "
        "với trên 20.000 lao động.",
    )
    assert figure(result, 52300).unit == "count"
    assert figure(result, 46).unit == "units"


def test_a_headline_count_the_bodys_counted_groups_add_up_to_is_no_award_of_its_own(nlp) -> None:
    result = extract(
        nlp,
        "Đồng chí Bí thư Đảng ủy đã trao Huy hiệu 50 năm tuổi Đảng cho 3 đồng chí và Huy hiệu 30 năm tuổi Đảng "
        "cho 6 đồng chí.",
        head="Đảng bộ BHXH tỉnh Phú Yên trao Huy hiệu Đảng cho 9 đảng viên\n\nPhú Yên, ngày 14/3/2025\n\n",
    )
    assert sorted(a.count for a in result.awards) == [3, 6]


def test_a_district_offices_party_cell_is_a_unit_and_a_recipient(nlp) -> None:
    result = extract(
        nlp, "Đảng ủy cũng đề nghị cấp trên tặng Giấy khen cho Chi bộ BHXH cơ sở Sông Cầu vì có thành tích tiêu biểu."
    )
    assert "Party Cell of Song Cau District Social Insurance" in unit_names(result)
    (award,) = result.awards
    assert award.recipient == "Party Cell of Song Cau District Social Insurance"
    # another cell named by "Chi bộ" and its division is no mention of the one named before
    result = extract(
        nlp,
        "Trong số các điển hình có Chi bộ BHXH cơ sở Sông Cầu. Đảng ủy đề nghị tặng Bằng khen cho Chi bộ Văn phòng "
        "BHXH tỉnh và 2 đảng viên.",
    )
    assert all(a.recipient != "Party Cell of Song Cau District Social Insurance" for a in result.awards)
