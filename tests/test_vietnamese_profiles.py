"""Awards and people in profiles and union news: a pronoun for the person profiled, a second award from
another giver, the union's members counted as individuals, its executive committee and the office's
director as givers, and words that look like family names inside department names.

The sentences are written for these tests (provinces, people and numbers are made up); none comes
from the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text

PROFILE = (
    "Anh Sáu và hành trình gõ cửa từng nhà\n"
    "Ngày 12/5/2026 - Anh Lê Minh Sáu, viên chức BHXH cơ sở Mộc Hóa (BHXH tỉnh Tây Ninh), đã gắn bó tám năm "
    "với nghề.\n"
    "Nhờ vậy, anh Sáu 02 năm liền (2024-2025) đạt danh hiệu Chiến sĩ thi đua cơ sở; năm 2024, khi còn công tác "
    "tại BHXH thị xã Kiến Tường thuộc BHXH tỉnh Long An, anh được Tổng Giám đốc BHXH Việt Nam tặng Bằng khen. "
    "Đầu năm nay, anh vinh dự được Bộ trưởng Bộ Tài chính tặng Bằng khen vì thành tích xuất sắc năm 2025 và được "
    "Chủ tịch UBND tỉnh Tây Ninh khen ngợi.\n"
    "Bà Phan Thị Nga, Giám đốc BHXH cơ sở Mộc Hóa, cho biết đơn vị đã đề nghị xét tặng danh hiệu Chiến sĩ thi "
    "đua cấp Bộ cho anh trong năm nay.\n"
)


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def test_a_pronoun_stands_for_the_person_the_profile_names_and_another_giver_is_another_award(nlp) -> None:
    found = extract_text(PROFILE, nlp=nlp, language="vi").awards
    got = sorted((a.award_type, a.recipient, a.conferred_by, a.status) for a in found)
    assert got == [
        ("grassroots_emulation_fighter", "Lê Minh Sáu", None, "conferred"),
        ("ministry_certificate_of_merit", "Lê Minh Sáu", "Minister of Finance", "conferred"),
        ("ministry_certificate_of_merit", "Lê Minh Sáu", "VSS General Director", "conferred"),
        ("ministry_emulation_fighter", "Lê Minh Sáu", None, "proposed"),
    ]


def test_union_members_are_individuals_and_the_union_committee_or_the_director_gives(nlp) -> None:
    text = (
        "Ngày 20/3/2025, Ban Chấp hành Đoàn Thanh niên BHXH Việt Nam tặng Giấy khen cho 04 đoàn viên có thành "
        "tích xuất sắc. Ông Đỗ Văn Hải, Phó Giám đốc BHXH tỉnh Gia Lai, trao Giấy khen của Giám đốc BHXH tỉnh "
        "cho 03 tập thể và 06 đoàn viên."
    )
    found = extract_text(text, nlp=nlp, language="vi").awards
    got = sorted((a.recipient_kind, a.count, a.conferred_by) for a in found)
    assert got == [
        ("collective", 3, "Director of Gia Lai Social Security"),
        ("individual", 4, "Executive Committee of the VSS Youth Union"),
        ("individual", 6, "Director of Gia Lai Social Security"),
    ]


def test_a_team_or_organisation_word_that_folds_to_a_family_name_opens_no_name(nlp) -> None:
    text = (
        "Ngày 3/6/2025, bà Hồ Thị Lan, Trưởng phòng Tổ chức cán bộ BHXH tỉnh Phú Thọ, và ông Vũ Đình Khôi, "
        "viên chức Tổ Quản lý thu, BHXH tỉnh Phú Thọ, dự hội nghị."
    )
    people = {p.name: p.title for p in extract_text(text, nlp=nlp, language="vi").people}
    assert set(people) == {"Hồ Thị Lan", "Vũ Đình Khôi"}
    assert people["Hồ Thị Lan"] == "Trưởng phòng Tổ chức cán bộ BHXH tỉnh Phú Thọ"


def test_a_deputy_head_of_a_board_named_as_a_unit_keeps_the_title(nlp) -> None:
    text = "Ngày 3/6/2025, bà Đặng Thu Hà, Phó Trưởng Ban Thi đua - Khen thưởng BHXH Việt Nam, phát biểu."
    (person,) = extract_text(text, nlp=nlp, language="vi").people
    assert person.title == "Phó Trưởng Ban Thi đua - Khen thưởng BHXH Việt Nam"


def test_a_team_post_belongs_to_the_office_after_the_comma_and_her_results_are_that_offices(nlp) -> None:
    text = (
        "Chị Mai và những chuyến xe về bản\n"
        "Ngày 5/3/2026 - Chị Lò Thị Mai, viên chức Tổ Quản lý thu - Phát triển người tham gia, BHXH cơ sở Mường Lay "
        "(BHXH tỉnh Điện Biên), gắn bó với nghề đã mười năm.\n"
        "Riêng năm 2025, chị trực tiếp vận động được 415 người tham gia BHXH tự nguyện và 1.230 người tham gia "
        "BHYT hộ gia đình.\n"
        "Năm 2025, BHXH tỉnh Điện Biên có 21.300 người tham gia BHXH tự nguyện."
    )
    records = extract_text(text, nlp=nlp, language="vi")
    person = next(p for p in records.people if p.name == "Lò Thị Mai")
    assert person.title == "viên chức Tổ Quản lý thu - Phát triển người tham gia"
    assert person.unit == "Muong Lay District Social Insurance"
    figs = {f.value: (f.metric, f.kind, f.scope) for f in records.figures}
    assert figs[415] == ("voluntary_si_participants", "change", "Muong Lay District Social Insurance")
    assert figs[1230] == ("hi_participants", "change", "Muong Lay District Social Insurance")
    assert figs[21300][2] == "Dien Bien Social Security"


def test_a_signature_block_gives_the_signer_his_title_and_a_caption_about_a_person_credits_no_one(nlp) -> None:
    text = (
        "Báo cáo kết quả công tác năm 2025\n"
        "Ngày 20/12/2025, BHXH tỉnh Cà Mau hoàn thành các chỉ tiêu được giao.\n"
        "Ảnh: Chị Trần Thị Bích Ngọc hướng dẫn người dân cài đặt VssID. (Ảnh: Hoàng Lâm)\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLâm Văn Tới\n"
    )
    people = {p.name: p.title for p in extract_text(text, nlp=nlp, language="vi").people}
    assert people == {"Trần Thị Bích Ngọc": None, "Hoàng Lâm": "photographer", "Lâm Văn Tới": "Phó Giám đốc"}


def test_recipients_listed_after_a_colon_go_on_past_a_semicolon_and_a_person_named_among_them(nlp) -> None:
    text = (
        "Ngày 20/12/2024, Cụm thi đua số 7 họp bình xét.\n"
        "- Đề nghị Tổng Giám đốc tặng Bằng khen: BHXH tỉnh Sơn La đạt 10/12 phiếu; BHXH tỉnh Lai Châu đạt 9/12 phiếu.\n"
        "Tổng Giám đốc đề nghị xét tặng Kỷ niệm chương cho các cá nhân tiêu biểu, trong đó có đồng chí Hà Văn Sáng.\n"
        "Giám đốc BHXH tỉnh tặng Giấy khen cho 04 cá nhân, trong đó có đồng chí Lò Văn Pấng."
    )
    found = extract_text(text, nlp=nlp, language="vi").awards
    got = sorted((a.award_type, a.recipient or "", a.count or 0, a.conferred_by or "", a.status) for a in found)
    assert got == [
        ("certificate_of_commendation", "", 4, "Director of Son La Social Security", "conferred"),
        ("commemorative_medal", "Hà Văn Sáng", 0, "", "proposed"),
        ("ministry_certificate_of_merit", "Lai Chau Social Security", 0, "VSS General Director", "proposed"),
        ("ministry_certificate_of_merit", "Son La Social Security", 0, "VSS General Director", "proposed"),
    ]


def test_prizes_name_their_place_and_go_to_the_team_named_after_them(nlp) -> None:
    text = (
        "Ngày 26/3/2025, Ban Tổ chức trao giải Nhất cho đội BHXH huyện Mai Sơn và giải Nhì cho đội BHXH huyện Yên Châu."
    )
    found = extract_text(text, nlp=nlp, language="vi").awards
    assert sorted((a.award_type, a.grade, a.recipient) for a in found) == [
        ("other", "first", "Mai Son District Social Insurance"),
        ("other", "second", "Yen Chau District Social Insurance"),
    ]


def test_a_campaigns_days_and_a_count_of_sessions_are_no_event_the_conference_after_them_is(nlp) -> None:
    text = (
        "Tổng kết tháng vận động\n"
        "Sau 20 ngày ra quân, đợt vận động đã khép lại. Hơn 150 buổi tư vấn, đối thoại đã được tổ chức.\n"
        "Chiều 12/5/2026, tại hội nghị sơ kết đợt vận động, Giám đốc BHXH tỉnh Lạng Sơn tặng Giấy khen cho 04 tập thể."
    )
    events = extract_text(text, nlp=nlp, language="vi").events
    assert [(e.kind, e.date) for e in events] == [("conference", "2026-05-12")]


def test_a_person_after_by_is_not_the_subject_of_the_figure(nlp) -> None:
    text = (
        "BHXH tỉnh Điện Biên biểu dương người tốt, việc tốt\n"
        "Chị Lò Thị Mai, viên chức Tổ Quản lý thu, BHXH cơ sở Mường Lay (BHXH tỉnh Điện Biên), gắn bó với nghề.\n"
        "Sáng kiến do chị đề xuất đã được nhân rộng ra 9 BHXH cơ sở trong tỉnh."
    )
    figs = {f.value: f.scope for f in extract_text(text, nlp=nlp, language="vi").figures}
    assert figs[9] == "Dien Bien Social Security"
