"""Classes of misses the eighth Vietnamese blind set showed: whose figures an official paper's are,
votes that are no figures, figure dates, party counts, awards of an achievement report, units,
people and events.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def test_a_papers_header_names_the_issuing_office_under_its_parent_and_the_figures_are_the_issuers(nlp) -> None:
    text = (
        "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH PHÚ YÊN\n\nBÁO CÁO\nKết quả công tác năm 2022\n\n"
        "Năm 2022, số thu đạt 1.950 tỷ đồng, bằng 102,3% kế hoạch BHXH Việt Nam giao.\n"
    )
    found = extract_text(text, nlp=nlp, language="vi").figures
    assert {f.scope for f in found} == {"Phu Yen Social Security"}
    assert sorted(f.value for f in found) == [102.3, 1950000000000]


def test_a_grassroots_office_in_capitals_on_the_header_owns_its_minutes_figures(nlp) -> None:
    text = (
        "BẢO HIỂM XÃ HỘI TỈNH LẠNG SƠN\nBẢO HIỂM XÃ HỘI CƠ SỞ HỮU LŨNG\n\nBIÊN BẢN\nHọp tổng kết năm 2025\n\n"
        "Trưởng đơn vị báo cáo: số người tham gia BHXH tự nguyện đạt 3.120 người, bằng 104% kế hoạch "
        "BHXH tỉnh giao. Giám đốc BHXH tỉnh Lạng Sơn biểu dương kết quả.\n"
    )
    result = extract_text(text, nlp=nlp, language="vi")
    assert "Huu Lung District Social Insurance" in {u.name for u in result.units}
    assert {f.scope for f in result.figures} == {"Huu Lung District Social Insurance"}


def test_a_vote_table_and_a_vote_fraction_with_its_rate_are_no_figures(nlp) -> None:
    text = (
        "Biên bản họp Hội đồng Thi đua - Khen thưởng BHXH tỉnh Cao Bằng năm 2024.\n\n"
        "Số người tham gia BHYT đạt 512.300 người.\n"
        "STT | Họ và tên | Danh hiệu | Số phiếu | Tỷ lệ\n"
        "1 | Nông Văn Tuấn | Chiến sĩ thi đua cơ sở | 13/14 | 92,9%\n"
        "2 | Hà Thị Lan | Lao động tiên tiến | 9/14 | 64,3%\n\n"
        "Tập thể phòng Thu được đề nghị Cờ thi đua (14/14 phiếu, đạt 100%).\n"
    )
    found = extract_text(text, nlp=nlp, language="vi").figures
    assert [f.value for f in found] == [512300]


def test_a_total_over_a_span_of_years_holds_over_the_period_the_text_named(nlp) -> None:
    text = (
        "BHXH tỉnh Bình Định đón nhận Huân chương Lao động hạng Nhất\n\n"
        "Ngày 3/12/2024, BHXH tỉnh Bình Định được tặng Huân chương vì thành tích giai đoạn 2015-2024.\n\n"
        "Báo cáo cho biết, trong 10 năm, tổng số thu của đơn vị đạt hơn 41.200 tỷ đồng.\n"
    )
    (revenue,) = extract_text(text, nlp=nlp, language="vi").figures
    assert (revenue.value, revenue.as_of, revenue.period) == (41200000000000, None, "2015-2024")


def test_a_year_opening_a_clause_dates_its_figure_not_the_date_after_the_semicolon(nlp) -> None:
    text = (
        "BHXH tỉnh Kon Tum họp ngày 4/8/2025.\n\n"
        "Năm 2024, tổng số thu đạt 2.140 tỷ đồng; đến tháng 6/2025, toàn tỉnh có 98.300 người tham gia BHXH.\n"
    )
    found = {f.value: f.as_of for f in extract_text(text, nlp=nlp, language="vi").figures}
    assert found == {2140000000000: "2024", 98300: "2025-06"}


def test_party_members_and_cells_are_counted_and_electronic_procedures_are_online_services(nlp) -> None:
    text = (
        "Đại hội Đảng bộ BHXH tỉnh Sơn La nhiệm kỳ 2025-2030 khai mạc ngày 6/8/2025 với 120 đại biểu "
        "đại diện cho 430 đảng viên sinh hoạt tại 22 chi bộ.\n\n"
        "Đại hội đề ra mục tiêu đến năm 2030 có 98% thủ tục hành chính được giải quyết trên môi trường điện tử.\n"
    )
    found = {(f.value, f.unit): f for f in extract_text(text, nlp=nlp, language="vi").figures}
    assert found[(430, "persons")].metric == "other"
    assert found[(22, "units")].metric == "other"
    target = found[(98, "percent")]
    assert (target.metric, target.kind, target.as_of) == ("online_services_rate", "target", "2030")


def test_a_counted_noun_phrase_with_a_person_head_word_counts_individuals(nlp) -> None:
    text = "Năm 2024, Giám đốc BHXH tỉnh Hà Nam đã tặng Giấy khen cho 9 nhân viên điểm thu có thành tích xuất sắc."
    (award,) = extract_text(text, nlp=nlp, language="vi").awards
    assert (award.award_type, award.count, award.recipient_kind) == ("certificate_of_commendation", 9, "individual")


def test_a_title_decided_then_handed_over_is_one_award_without_the_next_awards_period(nlp) -> None:
    text = (
        "Theo Quyết định số 812/QĐ-CTN ngày 2/10/2024 của Chủ tịch nước, BHXH tỉnh Nghệ An được phong tặng "
        "danh hiệu Anh hùng Lao động thời kỳ đổi mới vì thành tích đặc biệt xuất sắc trong giai đoạn 2014-2023.\n\n"
        "Thừa ủy quyền của Chủ tịch nước, ông Lê Văn Hải trao danh hiệu Anh hùng Lao động thời kỳ đổi mới cho tập "
        "thể BHXH tỉnh Nghệ An và trao Huân chương Lao động hạng Ba cho 03 cá nhân có thành tích xuất sắc "
        "giai đoạn 2019-2023.\n"
    )
    awards = extract_text(text, nlp=nlp, language="vi").awards
    heroes = [a for a in awards if a.award_type == "other"]
    assert len(heroes) == 1 and heroes[0].year == "2014-2023"
    (order,) = [a for a in awards if a.award_type == "labor_order"]
    assert (order.count, order.year) == (3, "2019-2023")


def test_a_list_of_district_offices_after_one_plural_level_is_one_office_each(nlp) -> None:
    text = "Bà phụ trách địa bàn BHXH các huyện Yên Thế, Lạng Giang và Hiệp Hòa của BHXH tỉnh Bắc Giang."
    names = {u.name: u.kind for u in extract_text(text, nlp=nlp, language="vi").units}
    for district in ("Yen The", "Lang Giang", "Hiep Hoa"):
        assert names[f"{district} District Social Insurance"] == "district_office"


def test_the_peoples_committees_party_body_a_provincial_newspaper_and_the_presidents_office_are_units(nlp) -> None:
    text = (
        "Dự hội nghị có ông Hà Văn Minh, Phó Bí thư Đảng ủy UBND tỉnh Phú Thọ, đại diện Văn phòng Chủ tịch nước. "
        "Cuộc thi do BHXH tỉnh Phú Thọ phối hợp với Báo Phú Thọ tổ chức."
    )
    names = {u.name: u.kind for u in extract_text(text, nlp=nlp, language="vi").units}
    assert names["Party Committee of Phu Tho People's Committee"] == "party_body"
    assert "Phu Tho Provincial People's Committee" not in names
    assert names["Phu Tho Newspaper"] == "other"
    assert names["Office of the President"] == "other"


def test_an_achievement_reports_listed_awards_are_its_subjects_with_the_rows_year(nlp) -> None:
    text = (
        "BÁO CÁO THÀNH TÍCH\n\n"
        "- Họ và tên: Đinh Thị Thu Hà\n- Chức vụ: Trưởng phòng BHXH tỉnh Yên Bái\n\n"
        "Năm | Danh hiệu thi đua | Số, ngày quyết định | Cơ quan ban hành\n"
        "2021 | Lao động tiên tiến | 402/QĐ-BHXH ngày 15/12/2021 | BHXH tỉnh Yên Bái\n"
        "2022 | Chiến sĩ thi đua cơ sở | 88/QĐ-BHXH ngày 10/2/2023 | BHXH tỉnh Yên Bái\n\n"
        "- Bằng khen của Tổng Giám đốc BHXH Việt Nam năm 2023 (Quyết định số 2207/QĐ-BHXH ngày 05/3/2024).\n"
    )
    awards = extract_text(text, nlp=nlp, language="vi").awards
    got = {(a.award_type, a.recipient, a.recipient_kind, a.year) for a in awards}
    assert got == {
        ("advanced_laborer", "Đinh Thị Thu Hà", "individual", "2021"),
        ("grassroots_emulation_fighter", "Đinh Thị Thu Hà", "individual", "2022"),
        ("ministry_certificate_of_merit", "Đinh Thị Thu Hà", "individual", "2023"),
    }


def test_a_decisions_number_is_no_year() -> None:
    from pipeline.extract.dates import date_reader

    found = date_reader("vi").find("Kỷ niệm chương (Quyết định số 2014/QĐ-BHXH ngày 12/10/2018)")
    assert [d.value for d in found] == ["2018-10-12"]


def test_a_livestream_q_and_a_is_an_event_and_its_quoted_title_no_movement(nlp) -> None:
    text = (
        "Giao lưu trực tuyến: Chính sách BHYT mới cho học sinh\n\n"
        "Sáng 3/9/2024, Báo Thái Bình phối hợp với BHXH tỉnh Thái Bình tổ chức chương trình giao lưu trực tuyến "
        '"Thẻ BHYT - hành trang đến trường" phát trên trang của Báo.\n'
    )
    result = extract_text(text, nlp=nlp, language="vi")
    assert [e.kind for e in result.events] == ["other"]
    assert result.movements == []


def test_an_event_held_on_two_days_starts_on_the_first(nlp) -> None:
    text = (
        "Đại hội Đảng bộ BHXH tỉnh Điện Biên lần thứ I\n\n"
        "Trong hai ngày 14 và 15/8/2025, Đảng bộ BHXH tỉnh Điện Biên tổ chức Đại hội đại biểu lần thứ I.\n"
    )
    (event,) = extract_text(text, nlp=nlp, language="vi").events
    assert (event.kind, event.date) == ("congress", "2025-08-14")


def test_minutes_opening_on_today_are_dated_that_day() -> None:
    from pipeline.ingest.dates import find_top_matter

    text = (
        "BIÊN BẢN\nHọp Hội đồng thi đua năm 2024\n\n"
        "Hôm nay, vào lúc 8 giờ 30 ngày 20 tháng 12 năm 2024, tại hội trường, Hội đồng họp xét thi đua.\n"
    )
    assert find_top_matter(text).published == "2024-12-20"


def test_a_records_post_field_titles_the_named_person(nlp) -> None:
    text = (
        "BÁO CÁO THÀNH TÍCH\n\n- Họ và tên: Vi Thị Hồng Nhung\n- Năm sinh: 1980\n"
        "- Chức vụ: Phó Giám đốc BHXH tỉnh Cao Bằng\n\nBà Vi Thị Hồng Nhung luôn hoàn thành tốt nhiệm vụ.\n"
    )
    (person,) = extract_text(text, nlp=nlp, language="vi").people
    assert (person.name, person.title, person.unit) == (
        "Vi Thị Hồng Nhung",
        "Phó Giám đốc BHXH tỉnh Cao Bằng",
        "Cao Bang Social Security",
    )


def test_a_host_journalist_and_a_department_listing_words_after_a_comma(nlp) -> None:
    text = (
        "Khách mời là bà Lê Thu Hằng, Trưởng phòng Cấp sổ - Thẻ, hồ sơ BHXH tỉnh Hòa Bình. "
        "Chương trình do nhà báo Đàm Minh Khôi dẫn dắt."
    )
    people = {p.name: p.title for p in extract_text(text, nlp=nlp, language="vi").people}
    assert people["Lê Thu Hằng"] == "Trưởng phòng Cấp sổ - Thẻ, hồ sơ BHXH tỉnh Hòa Bình"
    assert people["Đàm Minh Khôi"] == "nhà báo"


def test_proposals_under_a_lead_line_are_asked_of_its_authority_for_the_papers_title_year(nlp) -> None:
    text = (
        "BẢO HIỂM XÃ HỘI TỈNH SÓC TRĂNG\nBẢO HIỂM XÃ HỘI CƠ SỞ NGÃ NĂM\n\nBIÊN BẢN\n"
        "Họp xét thi đua, khen thưởng năm 2025\n\n"
        "Hội đồng thống nhất đề nghị Giám đốc BHXH tỉnh Sóc Trăng:\n"
        "- Công nhận danh hiệu Lao động tiên tiến cho 9 cá nhân;\n"
        "- Tặng Giấy khen cho 02 cá nhân.\n"
    )
    awards = extract_text(text, nlp=nlp, language="vi").awards
    assert {(a.award_type, a.count, a.conferred_by, a.year, a.status) for a in awards} == {
        ("advanced_laborer", 9, "Director of Soc Trang Social Security", "2025", "proposed"),
        ("certificate_of_commendation", 2, "Director of Soc Trang Social Security", "2025", "proposed"),
    }


def test_a_party_committees_standing_committee_gives_the_certificates(nlp) -> None:
    text = "Dịp này, Ban Thường vụ Đảng ủy UBND tỉnh Hà Tĩnh tặng Giấy khen cho 4 đảng viên."
    (award,) = extract_text(text, nlp=nlp, language="vi").awards
    assert award.conferred_by == "Standing Committee of the Party Committee of Ha Tinh People's Committee"
    assert (award.count, award.recipient_kind) == (4, "individual")
