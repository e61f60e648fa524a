"""Classes of misses the fourteenth Vietnamese blind set showed: provincial partner bodies (the labour
department named alone or with its abbreviation in brackets, its employment service centre, the trade
union of the industrial zones), a company's trade union, VSS's regional assessment centres; count nouns
of figures; and award recipients counted or listed after the award.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest
from extract_helpers import unit_names
from extract_helpers import vi_release as extract


@pytest.fixture
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def test_the_labour_department_is_read_alone_and_with_its_bracketed_abbreviation(nlp) -> None:
    result = extract(
        nlp,
        "Ngày 4/3, Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh Phú Yên phối hợp với BHXH tỉnh tổ chức "
        "hội nghị. Bà Lê Thị Hoa, Phó Giám đốc Sở LĐ-TB&XH phát biểu.",
    )
    name = "Phu Yen Department of Labour, Invalids and Social Affairs"
    assert name in unit_names(result)
    (hoa,) = [p for p in result.people if p.name == "Lê Thị Hoa"]
    assert hoa.unit == name


def test_a_body_named_alone_by_its_capitalised_head_is_the_documents_provinces(nlp) -> None:
    result = extract(nlp, "Năm 2024, BHXH tỉnh đã phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra 40 đơn vị.")
    assert "Phu Yen Department of Labour, Invalids and Social Affairs" in unit_names(result)


def test_any_provincial_body_keeps_its_place_after_a_bracketed_abbreviation(nlp) -> None:
    result = extract(nlp, "Ngày 4/3, Ủy ban nhân dân (UBND) tỉnh Khánh Hòa làm việc với BHXH tỉnh Phú Yên.")
    assert "Khanh Hoa Provincial People's Committee" in unit_names(result)


def test_the_employment_service_centre_and_its_short_form(nlp) -> None:
    result = extract(
        nlp,
        "Hội nghị diễn ra tại Trung tâm Dịch vụ việc làm Phú Yên. Năm 2024, Trung tâm DVVL tiếp nhận "
        "hồ sơ của 4.120 người.",
    )
    (centre,) = [u for u in result.units if u.name == "Phu Yen Employment Service Centre"]
    assert len(centre.mentions) == 2


def test_the_industrial_zones_trade_union_and_a_companys_trade_union(nlp) -> None:
    result = extract(
        nlp,
        "Công đoàn các KCN tỉnh Phú Yên tặng Giấy khen cho Công đoàn Công ty TNHH May Sông Cầu. Chị Hà Thị Hoa, "
        "công nhân Công ty TNHH May Sông Cầu, chia sẻ. Giám đốc BHXH tỉnh tặng Giấy khen cho Công đoàn Công ty "
        "Cổ phần Thủy sản Đông Hòa.",
    )
    names = unit_names(result)
    assert {
        "Phu Yen Industrial Zones Trade Union",
        "Trade Union of Song Cau Garment Co., Ltd.",
        "Song Cau Garment Co., Ltd.",
        "Trade Union of Dong Hoa Seafood Joint Stock Company",
    } <= names
    recipients = {a.recipient for a in result.awards}
    assert "Trade Union of Dong Hoa Seafood Joint Stock Company" in recipients


def test_a_regional_assessment_centre_is_not_the_national_one(nlp) -> None:
    result = extract(
        nlp,
        "Dự hội nghị có ông Trần Văn Bình, Phó Giám đốc Trung tâm Giám định BHYT và Thanh toán đa tuyến "
        "khu vực phía Nam.",
    )
    name = "Southern Centre for Health Insurance Assessment and Multi-line Payment"
    assert name in unit_names(result)
    assert "Center for Health Insurance Assessment and Multi-line Payment" not in unit_names(result)


def awards(result) -> list[tuple]:
    return sorted(
        (a.award_type, a.recipient or "", a.recipient_kind or "", a.count or 0, a.conferred_by or "")
        for a in result.awards
    )


def test_trade_unions_are_counted_collectives_of_the_industrial_zones_union(nlp) -> None:
    result = extract(
        nlp,
        "Dịp này, Ban Thường vụ Công đoàn các KCN tỉnh tặng Giấy khen cho 8 công đoàn cơ sở và 12 cá nhân có "
        "thành tích xuất sắc.",
    )
    giver = "Standing Committee of Phu Yen Industrial Zones Trade Union"
    assert awards(result) == [
        ("certificate_of_commendation", "", "collective", 8, giver),
        ("certificate_of_commendation", "", "individual", 12, giver),
    ]


def test_the_labour_departments_director_confers(nlp) -> None:
    result = extract(nlp, "Dịp này, Giám đốc Sở LĐ-TB&XH tặng Giấy khen cho 4 tập thể thuộc Trung tâm DVVL.")
    assert [a.conferred_by for a in result.awards] == [
        "Director of Phu Yen Department of Labour, Invalids and Social Affairs"
    ]


def test_a_count_whose_members_are_named_gives_the_names_then_the_next_count(nlp) -> None:
    result = extract(
        nlp,
        "Dịp này, Giám đốc BHXH tỉnh Phú Yên đã tặng Giấy khen cho 3 tập thể là Phòng Quản lý thu, Phòng Kiểm tra "
        "và BHXH huyện Sơn Hòa, cùng 7 cá nhân là cán bộ thu có thành tích xuất sắc năm 2024.",
    )
    assert [(r, k, c) for _t, r, k, c, _g in awards(result)] == [
        ("", "individual", 7),
        ("Collection Management Division of Phu Yen Social Security", "collective", 0),
        ("Inspection Division of Phu Yen Social Security", "collective", 0),
        ("Son Hoa District Social Insurance", "collective", 0),
    ]
    assert 3 not in {f.value for f in result.figures}
    # a description after "là" names no one: the count stays
    result = extract(nlp, "Giám đốc BHXH tỉnh Phú Yên tặng Giấy khen cho 5 cá nhân là cán bộ thu.")
    assert [(a.count, a.recipient_kind) for a in result.awards] == [(5, "individual")]


def test_the_subject_as_the_collective_then_a_count(nlp) -> None:
    result = extract(
        nlp, "Năm 2022, BHXH tỉnh Phú Yên được Chủ tịch UBND tỉnh tặng Bằng khen cho tập thể cùng 3 cá nhân."
    )
    assert [(r, k, c) for _t, r, k, c, _g in awards(result)] == [
        ("", "individual", 3),
        ("Phu Yen Social Security", "collective", 0),
    ]


def test_a_person_receiving_on_the_collectives_behalf_is_no_recipient(nlp) -> None:
    result = extract(
        nlp,
        "Tổng Giám đốc BHXH Việt Nam đã tặng Bằng khen cho Phòng Chế độ BHXH thuộc BHXH tỉnh vì thành tích xuất "
        "sắc năm 2024; ông Lê Văn Nam, Trưởng phòng Chế độ BHXH thay mặt tập thể đón nhận Bằng khen của Tổng "
        "Giám đốc.",
    )
    assert [a.recipient for a in result.awards] == ["Social Insurance Benefits Division of Phu Yen Social Security"]


def test_staff_person_times_models_and_houses_take_their_nouns_unit(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2024, mạng lưới thu có 2.310 nhân viên; hơn 3.400 lượt công nhân được tư vấn, còn 1.250 lượt "
        "hỗ trợ cài đặt ứng dụng. Đơn vị nhân rộng 41 mô hình hay và xây 13 ngôi nhà cho hộ nghèo.",
    )
    units = {f.value: f.unit for f in result.figures}
    assert units == {2310: "persons", 3400: "persons", 1250: "count", 41: "count", 13: "count"}


def test_the_whole_after_trong_so_is_a_figure_not_a_reference_number(nlp) -> None:
    result = extract(nlp, "Năm 2024, 100% trong số 19 chi bộ trực thuộc đã đăng ký nội dung làm theo.")
    assert {f.value: f.unit for f in result.figures}.get(19) == "units"


def test_a_byline_whose_name_opens_on_an_accented_capital(nlp) -> None:
    result = extract(nlp, "Năm 2024, BHXH tỉnh Phú Yên thu đạt 1.200 tỷ đồng.\n\nThùy Ân (BHXH tỉnh Phú Yên)")
    assert [(p.name, p.title, p.unit) for p in result.people] == [("Thùy Ân", "author", "Phu Yen Social Security")]
    result = extract(nlp, "Năm 2024, BHXH tỉnh Phú Yên thu đạt 1.200 tỷ đồng.\n\nHoàng Út - Minh Ân")
    assert sorted(p.name for p in result.people) == ["Hoàng Út", "Minh Ân"]


def test_the_nationwide_campaign_named_without_quotes_is_a_movement(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2024, Đảng ủy BHXH tỉnh Phú Yên đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
        "Minh giai đoạn 2021-2025.",
    )
    assert [(m.name, m.period) for m in result.movements] == [
        ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "2021-2025")
    ]


def test_a_comparisons_base_date_is_not_carried_to_the_next_sentence(nlp) -> None:
    result = extract(
        nlp,
        "Tính đến ngày 31/10/2024, toàn tỉnh còn 975 tỷ đồng nợ đóng BHXH. So với thời điểm cuối năm 2021 "
        "(1.080 tỷ đồng), số nợ đã giảm 105 tỷ đồng. Tỷ lệ hài lòng đạt 91,6%.",
    )
    assert {f.value: f.as_of for f in result.figures}[91.6] == "2024-10-31"


def test_people_counselled_and_a_share_of_data_sent_are_no_insurance_measures(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2024, tỷ lệ dữ liệu KCB được gửi lên Hệ thống trong ngày đạt 96,3%. Hơn 1.700 công nhân được tư vấn "
        "chính sách BHXH, BHYT.",
    )
    assert {f.value: f.metric for f in result.figures} == {96.3: "other", 1700: "other"}


def test_who_launched_the_movement_an_event_answers_does_not_organise_it(nlp) -> None:
    result = extract(
        nlp,
        'Hưởng ứng "Tháng Công nhân" năm 2025 do Tổng Liên đoàn Lao động Việt Nam phát động, ngày 12/5, tại Nhà '
        'văn hóa công nhân, Công đoàn các KCN tỉnh Phú Yên phối hợp với BHXH tỉnh Phú Yên tổ chức Ngày hội "Công '
        'nhân với BHXH".',
    )
    assert [e.organizer for e in result.events] == ["Phu Yen Industrial Zones Trade Union"]


def test_benefit_applicants_and_vocational_training_money_are_no_recipients_nor_funds(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2024 có 12.340 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 4,1% so với năm trước. Có 860 "
        "người lao động được hỗ trợ học nghề với kinh phí 3,2 tỷ đồng. BHXH tỉnh đã chi trả trợ cấp cho 11.900 người.",
    )
    metrics = {f.value: f.metric for f in result.figures}
    assert metrics == {12340: "other", 4.1: "other", 860: "other", 3200000000: "other", 11900: "benefit_recipients"}


def test_the_post_corporation_gives_its_own_staff_their_certificates(nlp) -> None:
    result = extract(
        nlp,
        "Dịp này, Giám đốc BHXH tỉnh tặng Giấy khen cho 9 tổ chức dịch vụ thu; Tổng công ty Bưu điện Việt Nam tặng "
        "Giấy khen cho 7 nhân viên bưu điện.",
    )
    assert [(a.count, a.conferred_by) for a in result.awards] == [
        (9, "Director of Phu Yen Social Security"),
        (7, "Vietnam Post Corporation"),
    ]
