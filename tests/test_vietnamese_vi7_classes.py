"""Classes of misses the seventh Vietnamese blind set showed: a plan's target section, online shares of
case files, a cluster's own totals, ethnic-minority names and a tribute's list of one person's awards.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


PLAN = (
    "BHXH tỉnh Lào Cai ban hành Kế hoạch công tác năm 2027\n\n"
    "Lào Cai, ngày 20/12/2026\n\n"
    "I. MỤC ĐÍCH\n"
    "1. Hoàn thành các nhiệm vụ được giao.\n\n"
    "II. NỘI DUNG\n"
    "1. Nhiệm vụ trọng tâm\n"
    "a) Đẩy mạnh cải cách thủ tục hành chính.\n"
    "2. Chỉ tiêu chủ yếu năm 2027\n"
    "a) Số người tham gia BHXH đạt 245.000 người;\n"
    "b) Tổng số thu đạt 6.120 tỷ đồng;\n"
    "c) 98% hồ sơ được tiếp nhận, giải quyết trên môi trường điện tử.\n"
    "3. Kết quả năm 2026\n"
    "a) Năm 2026, tỷ lệ bao phủ BHYT đạt 97,2% dân số.\n"
)


def test_figures_under_a_numbered_heading_naming_targets_are_targets_for_its_year(nlp) -> None:
    found = {f.value: f for f in extract_text(PLAN, nlp=nlp, language="vi").figures}
    for value in (245000, 6120000000000, 98):
        assert found[value].kind == "target", value
        assert found[value].as_of == "2027", value
    assert found[97.2].kind == "actual"  # the next numbered heading closes the target list


def test_a_share_of_case_files_handled_online_is_the_online_services_rate(nlp) -> None:
    found = {f.value: f for f in extract_text(PLAN, nlp=nlp, language="vi").figures}
    assert found[98].metric == "online_services_rate"
    text = "Năm 2026, BHXH tỉnh Lào Cai có 76% hồ sơ được nộp qua Cổng Dịch vụ công quốc gia."
    (figure,) = extract_text(text, nlp=nlp, language="vi").figures
    assert figure.metric == "online_services_rate"


def test_the_whole_cluster_named_after_the_speakers_office_owns_the_totals(nlp) -> None:
    text = (
        "Cụm thi đua số 3 tổng kết năm 2025\n\n"
        "Ngày 10/1/2026, Cụm thi đua số 3 họp tổng kết. Ông Đỗ Văn Khải, Giám đốc BHXH tỉnh Yên Bái, Cụm "
        "trưởng năm 2025, cho biết năm 2025 toàn Cụm có 812.300 người tham gia BHXH, tổng số thu đạt "
        "9.870 tỷ đồng.\n"
    )
    found = extract_text(text, nlp=nlp, language="vi").figures
    assert {f.value: f.scope for f in found} == {
        812300: "Emulation Cluster No. 3",
        9870000000000: "Emulation Cluster No. 3",
    }


def test_ethnic_minority_family_names_and_a_highlands_given_name_make_a_name(nlp) -> None:
    text = (
        "Dự buổi làm việc có bà Siu Thị H'Ngân, Phó Giám đốc BHXH tỉnh Kon Tum, và ông Ma Đức Hòa, Giám đốc "
        "BHXH cơ sở Na Rì."
    )
    names = {p.name for p in extract_text(text, nlp=nlp, language="vi").people}
    assert {"Siu Thị H'Ngân", "Ma Đức Hòa"} <= names


def test_a_tribute_list_of_awards_goes_to_the_person_its_lead_line_names(nlp) -> None:
    text = (
        "Chia tay ông Trịnh Văn Lực nghỉ hưu\n\n"
        "Ngày 3/4/2025, BHXH tỉnh Hòa Bình tổ chức lễ nghỉ hưu cho ông Trịnh Văn Lực, Phó Giám đốc BHXH tỉnh.\n\n"
        "Trong quá trình công tác, ông Trịnh Văn Lực đã được tặng nhiều phần thưởng:\n"
        "- Huân chương Lao động hạng Ba (năm 2020);\n"
        "- 2 Bằng khen của Tổng Giám đốc BHXH Việt Nam (các năm 2011, 2016);\n"
        "- 5 lần đạt danh hiệu Chiến sĩ thi đua cơ sở.\n"
    )
    awards = {a.award_type: a for a in extract_text(text, nlp=nlp, language="vi").awards}
    assert {a.recipient for a in awards.values()} == {"Trịnh Văn Lực"}
    assert awards["labor_order"].year == "2020"
    merit = awards["ministry_certificate_of_merit"]
    assert (merit.count, merit.year) == (None, "2011, 2016")  # two prizes to one recipient
    assert awards["grassroots_emulation_fighter"].recipient_kind == "individual"


def test_a_giving_clause_to_a_service_desk_and_a_person_gives_two_awards(nlp) -> None:
    text = (
        "Ngày 2/6/2025, Giám đốc BHXH tỉnh Bắc Kạn đã tặng Giấy khen cho bộ phận một cửa phường Đức Xuân và anh "
        "Hà Văn Lộc vì thành tích trong cải cách thủ tục hành chính."
    )
    records = extract_text(text, nlp=nlp, language="vi")
    recipients = {a.recipient: a.recipient_kind for a in records.awards}
    assert recipients == {"bộ phận một cửa phường Đức Xuân": "collective", "Hà Văn Lộc": "individual"}
    desk = next(u for u in records.units if u.name == "bộ phận một cửa phường Đức Xuân")
    assert desk.kind == "other"  # a commune's service desk is no enterprise


def test_a_quarters_figures_hold_at_the_quarters_last_month(nlp) -> None:
    text = (
        "BHXH tỉnh Sơn La sơ kết quý II\n\n"
        "Sơn La, 15/7/2025 - Trong quý II/2025, BHXH tỉnh Sơn La đã thu hồi 4,6 tỷ đồng chi sai quỹ BHYT.\n"
    )
    (figure,) = extract_text(text, nlp=nlp, language="vi").figures
    assert figure.as_of == "2025-06"


def test_case_files_received_are_counted_as_documents_not_documents_issued(nlp) -> None:
    text = "Năm 2025, BHXH tỉnh Điện Biên đã tiếp nhận 3.214 hồ sơ đề nghị hưởng chế độ ốm đau."
    (figure,) = extract_text(text, nlp=nlp, language="vi").figures
    assert (figure.value, figure.unit, figure.metric) == (3214, "documents", "other")


DECISION = (
    "BẢO HIỂM XÃ HỘI TỈNH TUYÊN QUANG\n\n"
    "QUYẾT ĐỊNH\nVề việc công nhận danh hiệu năm 2024\n\n"
    "GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH TUYÊN QUANG\n\n"
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\n"
    'Điều 1. Công nhận danh hiệu "Lao động tiên tiến" năm 2024 cho 2 cá nhân thuộc BHXH tỉnh Tuyên Quang '
    "(có danh sách kèm theo).\n\n"
    "GIÁM ĐỐC\n"
    "Lục Thị Mến\n\n"
    "DANH SÁCH KÈM THEO\n"
    "STT | Họ và tên | Chức vụ | Đơn vị\n"
    "1 | Quan Văn Thịnh | Trưởng phòng | Phòng Chế độ BHXH\n"
    "2 | Đinh Thị Hoa | Phó Giám đốc | BHXH huyện Sơn Dương\n"
)


def test_a_signer_under_a_bare_title_line_in_capitals_is_a_person(nlp) -> None:
    people = {p.name: p for p in extract_text(DECISION, nlp=nlp, language="vi").people}
    assert people["Lục Thị Mến"].title == "Giám đốc"
    assert people["Lục Thị Mến"].unit == "Tuyen Quang Social Security"


def test_the_names_of_a_table_with_a_name_column_are_people_with_the_rows_post_and_body(nlp) -> None:
    people = {p.name: p for p in extract_text(DECISION, nlp=nlp, language="vi").people}
    assert people["Quan Văn Thịnh"].title == "Trưởng phòng Chế độ BHXH"
    assert people["Đinh Thị Hoa"].title == "Phó Giám đốc BHXH huyện Sơn Dương"
    assert people["Đinh Thị Hoa"].unit == "Son Duong District Social Insurance"


def test_a_decisions_issuer_confers_the_awards_its_articles_decide_without_a_giver(nlp) -> None:
    (award,) = extract_text(DECISION, nlp=nlp, language="vi").awards
    assert (award.award_type, award.count) == ("advanced_laborer", 2)
    assert award.conferred_by == "Director of Tuyen Quang Social Security"


def test_a_communes_peoples_committee_and_a_provincial_general_hospital_are_units(nlp) -> None:
    text = (
        "Bà Nông Thị Duyên, Phó Chủ tịch UBND xã Bằng Vân, cho biết Bệnh viện Đa khoa tỉnh Cao Bằng đã hoàn trả "
        "chi phí cho người bệnh."
    )
    units = {u.name: u.kind for u in extract_text(text, nlp=nlp, language="vi").units}
    assert units["Bang Van Commune People's Committee"] == "other"
    assert units["Cao Bang Provincial General Hospital"] == "other"


def test_an_event_said_further_on_to_be_held_on_a_day_is_reported_when_the_lead_names_none(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Nam thu hồi chi sai quỹ BHYT\n\n"
        "Hà Nam, 20/5/2025 - BHXH tỉnh Hà Nam đã tăng cường giám định chi phí khám, chữa bệnh BHYT.\n\n"
        "Các sai sót chủ yếu là chỉ định xét nghiệm không cần thiết. Một số cơ sở thanh toán trùng ngày giường. "
        "Nhiều hồ sơ áp sai giá dịch vụ. Đơn vị đã đối chiếu dữ liệu điện tử. Các khoản chi sai đã được thu hồi. "
        "Cơ sở y tế đã cam kết khắc phục. Công tác giám định được thực hiện thường xuyên.\n\n"
        "Tại hội nghị sơ kết công tác giám định tổ chức ngày 16/5/2025, Giám đốc BHXH tỉnh đã biểu dương các phòng.\n"
    )
    (event,) = extract_text(text, nlp=nlp, language="vi").events
    assert (event.kind, event.date) == ("conference", "2025-05-16")


def test_a_year_after_the_launcher_of_a_quoted_movement_is_its_period(nlp) -> None:
    text = 'Hội nghị hưởng ứng phong trào thi đua "Số hóa hồ sơ hưởng chế độ BHXH" do BHXH Việt Nam phát động năm 2027.'
    (movement,) = extract_text(text, nlp=nlp, language="vi").movements
    assert (movement.launched_by, movement.period) == ("Vietnam Social Security", "2027")
