"""Classes of misses the sixteenth Vietnamese blind set showed: a press conference and an inspection
visit as events, reporters counted as people, a body inside a quoted movement name taken as an award's
subject, a thematic drive's kind read as a movement, a speaker taken for a movement's launcher, and the
veterans' associations (national, provincial, a provincial office's own).

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


def test_a_press_conference_is_a_conference_not_a_meeting(nlp) -> None:
    result = extract(
        nlp,
        "Sáng 3/4/2025, BHXH tỉnh Phú Yên tổ chức họp báo thông tin kết quả quý I năm 2025. Chủ trì họp báo có "
        "ông Lê Văn Bảo, Giám đốc BHXH tỉnh.",
    )
    (event,) = result.events
    assert event.kind == "conference"
    assert event.date == "2025-04-03"


def test_an_inspection_visit_told_by_its_delegation_is_an_event(nlp) -> None:
    result = extract(
        nlp,
        "Ngày 12/3/2025, Đoàn kiểm tra do ông Lê Văn Bảo, Phó Giám đốc BHXH tỉnh Phú Yên làm Trưởng đoàn đã "
        "kiểm tra công tác thu tại BHXH cơ sở Sông Hinh.",
    )
    (event,) = result.events
    assert event.kind == "other"
    assert event.date == "2025-03-12"
    assert event.organizer == "Phu Yen Social Security"


def test_reporters_are_counted_as_people_in_a_figure_and_an_award(nlp) -> None:
    result = extract(
        nlp,
        "Dự họp báo có gần 40 phóng viên các cơ quan báo chí. Giám đốc BHXH tỉnh Phú Yên tặng Giấy khen cho "
        "6 cơ quan báo chí và 9 phóng viên có thành tích trong công tác tuyên truyền.",
    )
    (reporters,) = [f for f in result.figures if f.value == 40]
    assert reporters.unit == "persons"
    counted = {(a.count, a.recipient_kind) for a in result.awards}
    assert {(6, "collective"), (9, "individual")} <= counted


def test_a_body_inside_a_quoted_movement_name_is_not_the_awards_subject(nlp) -> None:
    result = extract(
        nlp,
        'Trong phong trào thi đua "Tăng tốc chuyển đổi số ngành BHXH", BHXH tỉnh Hà Nam được Tổng Giám đốc '
        "BHXH Việt Nam tặng Cờ thi đua năm 2023.",
    )
    (flag,) = [a for a in result.awards if a.award_type == "ministry_emulation_flag"]
    assert flag.recipient == "Ha Nam Social Security"


def test_a_thematic_drives_kind_before_its_quoted_name_is_no_movement(nlp) -> None:
    result = extract(
        nlp,
        'Đơn vị đã hưởng ứng phong trào thi đua chuyên đề "Nâng cao chất lượng phục vụ người dân" do BHXH Việt '
        "Nam phát động.",
    )
    assert [m.name for m in result.movements] == ["Nâng cao chất lượng phục vụ người dân"]


def test_a_speaker_is_not_the_launcher_of_the_movement_she_reports(nlp) -> None:
    result = extract(
        nlp,
        'Báo cáo tại hội nghị, bà Trần Thị Thu Hương cho biết, hưởng ứng phong trào thi đua "Cán bộ BHXH tận '
        'tụy với dân", đơn vị đã xây dựng 40 mô hình.',
    )
    (movement,) = result.movements
    assert movement.launched_by is None


def test_the_veterans_associations_national_provincial_and_an_offices_own(nlp) -> None:
    result = extract(
        nlp,
        "Ngày 9/5/2025, Hội Cựu chiến binh (CCB) cơ quan BHXH tỉnh Phú Yên tổ chức đại hội. Dự đại hội có ông "
        'Võ Văn Hùng, Chủ tịch Hội CCB tỉnh Phú Yên. Hội CCB cơ quan hưởng ứng phong trào "Cựu chiến binh làm '
        'kinh tế giỏi" do Trung ương Hội CCB Việt Nam phát động. Hội CCB cơ quan được Hội CCB tỉnh tặng '
        "Giấy khen.",
    )
    office_own = "Veterans' Association of Phu Yen Social Security"
    assert {office_own, "Phu Yen Provincial Veterans' Association", "Vietnam Veterans' Association"} <= unit_names(
        result
    )
    (own,) = [u for u in result.units if u.name == office_own]
    assert len(own.mentions) == 2
    (certificate,) = [a for a in result.awards if a.award_type == "certificate_of_commendation"]
    assert certificate.recipient == office_own


def test_a_division_named_with_a_dash_between_its_duties_receives_a_title(nlp) -> None:
    result = extract(
        nlp,
        "Cũng trong đợt này, Phòng Quản lý thu - Phát triển người tham gia được Tổng Giám đốc BHXH Việt Nam tặng "
        "danh hiệu Tập thể lao động xuất sắc năm 2023.",
    )
    division = "Collection and Participant Development Division of Phu Yen Social Security"
    assert division in unit_names(result)
    (title,) = result.awards
    assert title.recipient == division


def test_a_title_given_by_a_named_giver_with_the_word_danh_hieu_goes_to_the_subject(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2023, BHXH tỉnh Hà Nam được Tổng Giám đốc BHXH Việt Nam tặng danh hiệu Tập thể lao động xuất sắc.",
    )
    (title,) = result.awards
    assert title.recipient == "Ha Nam Social Security"


def test_an_office_named_with_its_former_or_present_name_in_brackets_is_one_unit(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2024, BHXH cơ sở Sơn Hòa (khi đó là BHXH huyện Sơn Hòa Tây) được Giám đốc BHXH tỉnh tặng danh "
        "hiệu Tập thể lao động tiên tiến. Năm 2023, BHXH huyện Đồng Xuân (nay là BHXH cơ sở Sông Cầu) được "
        "tặng Giấy khen.",
    )
    offices = {u.name: u.mentions for u in result.units if u.kind == "district_office"}
    assert offices == {
        "Son Hoa District Social Insurance": ["BHXH cơ sở Sơn Hòa", "BHXH huyện Sơn Hòa Tây"],
        "Song Cau District Social Insurance": ["BHXH huyện Đồng Xuân", "BHXH cơ sở Sông Cầu"],
    }
    assert {a.recipient for a in result.awards} == set(offices)


def test_an_office_and_a_person_joined_as_the_subject_both_receive(nlp) -> None:
    result = extract(
        nlp,
        "Trong số các điển hình, BHXH cơ sở Sông Hinh và anh Lê Văn Tâm được BHXH tỉnh đề nghị Bộ trưởng Bộ Tài "
        "chính tặng Bằng khen.",
    )
    recipients = {(a.recipient, a.recipient_kind, a.status) for a in result.awards}
    assert recipients == {
        ("Song Hinh District Social Insurance", "collective", "proposed"),
        ("Lê Văn Tâm", "individual", "proposed"),
    }


def test_a_second_award_told_by_a_passive_clause_without_a_subject_is_the_same_persons(nlp) -> None:
    result = extract(
        nlp,
        "Ông Lê Văn Bảo, Giám đốc BHXH tỉnh Phú Yên cho biết, chị Nguyễn Thị Ngọc Hà 5 năm liền (2019-2023) đạt "
        "danh hiệu Chiến sĩ thi đua cơ sở, năm 2022 được Tổng Giám đốc BHXH Việt Nam tặng Bằng khen.",
    )
    by_type = {a.award_type: a for a in result.awards}
    fighter, merit = by_type["grassroots_emulation_fighter"], by_type["ministry_certificate_of_merit"]
    assert (fighter.recipient, fighter.year, fighter.conferred_by) == ("Nguyễn Thị Ngọc Hà", "2019-2023", None)
    assert (merit.recipient, merit.year, merit.conferred_by) == ("Nguyễn Thị Ngọc Hà", "2022", "VSS General Director")


def test_a_councils_abbreviation_before_its_owner_is_the_owners_council(nlp) -> None:
    result = extract(
        nlp,
        "Cùng dự có ông Lê Văn Tâm, Thường trực Hội đồng Thi đua - Khen thưởng (HĐTĐKT) BHXH tỉnh. Đoàn đề nghị "
        "HĐTĐKT BHXH tỉnh xem xét khen thưởng. Ngày 5/3/2025, HĐTĐKT BHXH Việt Nam họp xét khen thưởng.",
    )
    councils = {u.name: u.mentions for u in result.units if u.kind == "council"}
    assert councils == {
        "Phu Yen Social Security Council for Emulation and Commendation": [
            "Hội đồng Thi đua - Khen thưởng",
            "HĐTĐKT",
            "HĐTĐKT BHXH tỉnh",
        ],
        "VSS Council for Emulation and Commendation": ["HĐTĐKT BHXH Việt Nam"],
    }


def test_an_office_with_its_abbreviation_in_brackets_organises_the_event(nlp) -> None:
    result = extract(
        nlp,
        "Chiều 13/11, tại trụ sở cơ quan, Bảo hiểm xã hội (BHXH) tỉnh Hà Nam tổ chức Hội nghị tổng kết năm 2024.",
    )
    assert "Bảo hiểm xã hội (BHXH) tỉnh Hà Nam" in {m for u in result.units for m in u.mentions}
    (event,) = result.events
    assert event.organizer == "Ha Nam Social Security"


def test_an_increase_stated_as_someones_goal_and_a_congress_adopted_target_are_targets(nlp) -> None:
    result = extract(
        nlp,
        'Chị Hà cười: "Mục tiêu của phòng năm 2026 là phát triển thêm 12.000 người tham gia BHXH bắt buộc". '
        "Đại hội cũng thông qua chỉ tiêu nhiệm kỳ mới: 100% hội viên hoàn thành tốt nhiệm vụ, mỗi năm vận động "
        "ít nhất 60 người tham gia BHXH tự nguyện.",
    )
    kinds = {f.value: f.kind for f in result.figures}
    assert kinds == {12000: "target", 100: "target", 60: "target"}


def test_a_provincial_veterans_association_gives_and_a_medals_name_is_not_its_giver(nlp) -> None:
    result = extract(
        nlp,
        "Dịp này, Hội CCB cơ quan được Hội CCB tỉnh Phú Yên tặng Giấy khen; 4 hội viên được Hội CCB tỉnh tặng "
        'Giấy khen. Trước đó, ông Lê Văn Tâm đã được Tổng Giám đốc BHXH Việt Nam tặng Kỷ niệm chương "Vì sự '
        'nghiệp Bảo hiểm xã hội Việt Nam".',
    )
    givers = {a.award_type: a.conferred_by for a in result.awards}
    assert givers == {
        "certificate_of_commendation": "Phu Yen Provincial Veterans' Association",
        "commemorative_medal": "VSS General Director",
    }
    assert len(result.awards) == 3
