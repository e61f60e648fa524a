"""Classes of figure and award misses the eleventh Vietnamese blind set showed: a pledge list's items
and the measures its words name (a rise of a head count, a debt ratio), a head count of several places,
people paid a benefit, what staff gave to a relief campaign, shares of case files and of matched records,
benefits paid into accounts; and the award classes further down.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest
from extract_helpers import only_figure as figure
from extract_helpers import vi_release as extract


@pytest.fixture
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def test_a_pledge_lists_items_are_targets_with_their_own_measures(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2025, BHXH tỉnh phấn đấu tăng 7% số người tham gia BHXH bắt buộc; phát triển mới 11.500 người "
        "tham gia BHXH tự nguyện; giảm tỷ lệ nợ xuống dưới 1,6%.",
    )
    assert (figure(result, 7).metric, figure(result, 7).kind) == ("compulsory_si_participants", "target")
    assert (figure(result, 11500).metric, figure(result, 11500).kind) == ("voluntary_si_participants", "target")
    assert (figure(result, 1.6).metric, figure(result, 1.6).kind) == ("late_payment", "target")


def test_a_new_count_outside_a_pledge_stays_a_change(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2024, BHXH tỉnh phát triển mới 3.000 người tham gia BHXH tự nguyện. Mục tiêu năm 2025 là 5.000 "
        "người. BHXH huyện Tuy An phát triển mới 420 người.",
    )
    assert figure(result, 3000).kind == "change"
    assert figure(result, 420).kind == "change"  # a goal carried from the sentence before makes no pledge


def test_a_head_count_of_several_places_is_read_from_its_whole_clause(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2024, tổng số người tham gia BHXH của 4 huyện đạt 212.300 người, trong đó 8.920 người tham gia "
        "BHXH tự nguyện.",
    )
    assert figure(result, 212300).metric == "si_participants"
    assert figure(result, 8920).metric == "voluntary_si_participants"


def test_people_paid_early_and_staff_donations_are_recipients_and_money_mobilised(nlp) -> None:
    result = extract(
        nlp,
        "Chỉ trong ba ngày, công đoàn viên đã đóng góp được 275 triệu đồng. BHXH tỉnh chỉ đạo BHXH huyện Tuy An chi "
        "trả trước lương hưu, trợ cấp BHXH tháng 12 cho 3.760 người.",
    )
    assert figure(result, 275_000_000).metric == "mobilised_funds"
    assert figure(result, 3760).metric == "benefit_recipients"


def test_shares_of_case_files_and_of_matched_records_are_no_coverage_rates(nlp) -> None:
    result = extract(
        nlp,
        "Đến ngày 30/9/2024, tỷ lệ bao phủ BHYT đạt 93,8% dân số; 96,7% hồ sơ được giải quyết đúng hạn. "
        "BHXH huyện Tuy An là đơn vị dẫn đầu với tỷ lệ dữ liệu khớp đúng trên 99,5%.",
    )
    assert figure(result, 93.8).metric == "hi_coverage_rate"
    assert figure(result, 96.7).metric == "other"
    assert figure(result, 99.5).metric == "other"


def test_benefits_paid_into_accounts_named_after_a_comma_are_the_non_cash_rate(nlp) -> None:
    result = extract(nlp, "Năm 2026, BHXH tỉnh phấn đấu chi trả 85% lương hưu, trợ cấp qua tài khoản cá nhân.")
    assert (figure(result, 85).metric, figure(result, 85).kind) == ("non_cash_payment_rate", "target")


def awards_of(result):
    return [(a.award_type, a.recipient_kind, a.count, a.conferred_by, a.status) for a in result.awards]


def test_two_givers_in_one_sentence_each_give_their_own_certificates(nlp) -> None:
    result = extract(
        nlp,
        "Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 3 tập thể và 6 cá nhân thuộc BHXH tỉnh; Giám đốc BHXH "
        "tỉnh Phú Yên tặng Giấy khen cho Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh và 5 "
        "cán bộ công an.",
    )
    found = awards_of(result)
    police = "Director of Phu Yen Provincial Police"
    assert ("certificate_of_commendation", "collective", 3, police, "conferred") in found
    assert ("certificate_of_commendation", "individual", 6, police, "conferred") in found
    # the count after a long recipient name is the second giver's, and no figure
    assert (
        "certificate_of_commendation",
        "individual",
        5,
        "Director of Phu Yen Social Security",
        "conferred",
    ) in found
    assert not [f for f in result.figures if f.value == 5]


def test_a_counted_subject_with_a_long_union_giver_after_duoc(nlp) -> None:
    result = extract(
        nlp,
        "Trong 25 người lao động được Ban Thường vụ Liên đoàn Lao động tỉnh tặng Bằng khen, có 3 cán bộ của "
        "BHXH tỉnh. Ban Thường vụ Công đoàn Viên chức tỉnh cũng tặng Giấy khen cho Công đoàn cơ sở BHXH tỉnh Phú Yên.",
    )
    found = awards_of(result)
    assert (
        "ministry_certificate_of_merit",
        "individual",
        25,
        "Standing Committee of Phu Yen Provincial Labour Federation",
        "conferred",
    ) in found
    (union,) = [a for a in result.awards if a.award_type == "certificate_of_commendation"]
    assert union.conferred_by == "Standing Committee of Phu Yen Public Employees' Trade Union"


def test_contestants_and_journalists_are_counted_individuals(nlp) -> None:
    result = extract(
        nlp,
        "Giám đốc BHXH tỉnh tặng Giấy khen cho 4 thí sinh đạt giải. BHXH tỉnh đề nghị Tổng Giám đốc BHXH Việt Nam "
        "tặng Kỷ niệm chương cho 3 nhà báo.",
    )
    found = awards_of(result)
    assert ("certificate_of_commendation", "individual", 4, "Director of Phu Yen Social Security", "conferred") in found
    assert ("commemorative_medal", "individual", 3, "VSS General Director", "proposed") in found


def test_counts_inside_award_sentences_are_no_figures(nlp) -> None:
    result = extract(
        nlp,
        "Khối thi đua có 4/4 đơn vị đạt danh hiệu Tập thể lao động xuất sắc. Trong 25 người lao động được Ban "
        "Thường vụ Liên đoàn Lao động tỉnh tặng Bằng khen, có 3 cán bộ của BHXH tỉnh. Ban Giám khảo đã chọn 12 tác phẩm "
        "trao giải, gồm 1 giải Nhất, 2 giải Nhì và 9 giải Khuyến khích.",
    )
    assert not [f for f in result.figures if f.value in (4, 3, 12)]
    found = awards_of(result)
    assert ("excellent_labor_collective", "collective", 4, None, "conferred") in found
    assert not [a for a in result.awards if a.count in (3, 12)]  # a part of the 25, the total of the run


def test_counts_proposed_for_flags_each_take_their_own_authority(nlp) -> None:
    result = extract(
        nlp,
        "Khi tổng kết, Khối sẽ bình chọn 1 đơn vị xuất sắc nhất để đề nghị Chính phủ tặng Cờ thi đua và 2 đơn vị đề nghị "
        "Tổng Giám đốc BHXH Việt Nam tặng Cờ thi đua.",
    )
    found = awards_of(result)
    assert ("government_emulation_flag", "collective", 1, "Government", "proposed") in found
    assert ("ministry_emulation_flag", "collective", 2, "VSS General Director", "proposed") in found
    assert not [f for f in result.figures if f.value in (1, 2)]


def test_counted_prizes_handed_to_contestants_are_individual(nlp) -> None:
    result = extract(nlp, "Kết quả, 2 giải Ba trao cho thí sinh Phạm Thị Lan và anh Đỗ Minh Tâm.")
    # two prizes to two named contestants: one record each (as the set's gold reads them)
    prizes = {(a.recipient, a.recipient_kind, a.count) for a in result.awards if a.grade == "third"}
    assert prizes == {("Phạm Thị Lan", "individual", None), ("Đỗ Minh Tâm", "individual", None)}


def test_money_followed_by_its_year_is_no_duration(nlp) -> None:
    result = extract(nlp, "Nhờ đối soát dữ liệu, BHXH tỉnh thu 5.210 tỷ đồng năm 2025, vượt dự toán được giao.")
    money = figure(result, 5_210_000_000_000)
    assert (money.metric, money.as_of) == ("revenue", "2025")


def test_entrants_authors_initiatives_and_gift_parcels_are_counted(nlp) -> None:
    result = extract(
        nlp,
        "Sau vòng sơ loại với 48 thí sinh đến từ Văn phòng BHXH tỉnh và 9 BHXH huyện, Ban Tổ chức chọn 8 thí sinh "
        "vào chung kết. Đoàn đã trao 120 suất quà "
        "cho các hộ dân. Giai đoạn 2021-2024, đơn vị có 31 sáng kiến được công nhận. Cuộc thi nhận được 95 tác "
        "phẩm của 40 tác giả.",
    )
    assert (figure(result, 48).unit, figure(result, 48).metric) == ("persons", "other")
    assert (figure(result, 8).unit, figure(result, 8).metric) == ("persons", "other")  # entrants, no one insured
    assert figure(result, 40).unit == "persons"
    assert figure(result, 120).unit == "count"
    assert figure(result, 31).unit == "count"


def test_a_proposal_names_an_officer_by_rank_and_a_second_person_after_a_title(nlp) -> None:
    result = extract(
        nlp,
        "Hai bên cũng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Thượng tá Trần Văn Hùng, Trưởng "
        "Phòng Cảnh sát giao thông, và bà Ngô Thị Lan, Trưởng phòng Kế hoạch - Tài chính BHXH tỉnh.",
    )
    found = {(a.recipient, a.status, a.conferred_by) for a in result.awards}
    chairman = "Chairman of Phu Yen Provincial People's Committee"
    assert found == {("Trần Văn Hùng", "proposed", chairman), ("Ngô Thị Lan", "proposed", chairman)}


def test_offices_a_directive_names_are_not_whose_figure_it_is(nlp) -> None:
    result = extract(
        nlp,
        "Trước Tết, BHXH tỉnh chỉ đạo BHXH huyện Tuy An và BHXH huyện Sơn Hòa cùng ngành bưu điện chi trả trước "
        "lương hưu, trợ cấp BHXH hai tháng cho 4.120 người ở vùng sâu.",
    )
    paid = figure(result, 4120)
    assert (paid.metric, paid.scope) == ("benefit_recipients", "Phu Yen Social Security")


def test_staff_counted_in_words_as_the_subject_receive_the_title_not_their_office(nlp) -> None:
    result = extract(
        nlp,
        'Hai cán bộ BHXH tỉnh Phú Yên được tặng danh hiệu "Lao động giỏi, lao động sáng tạo". Đây là lần thứ hai '
        "đơn vị được tặng Huân chương Lao động.",
    )
    (title,) = [a for a in result.awards if a.award_type == "other"]
    assert (title.recipient, title.recipient_kind, title.count) == (None, "individual", 2)
    (order,) = [a for a in result.awards if a.award_type == "labor_order"]
    assert order.count is None  # "lần thứ hai": an ordinal, no count
