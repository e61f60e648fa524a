"""Whose figure and what it counts, when a Vietnamese text reports what a partner or a campaign did.

The sentences are written for these tests (provinces, people and numbers are made up); none comes
from the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def figures(nlp, text: str) -> dict[float, tuple]:
    found = extract_text(text, nlp=nlp, language="vi").figures
    return {f.value: (f.metric, f.kind, f.scope, f.as_of) for f in found}


def test_the_post_systems_results_are_the_post_offices_not_the_social_security_offices(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Nam và Bưu điện tỉnh Hà Nam ký kết chương trình phối hợp\n"
        "Năm 2024, hệ thống bưu điện trên địa bàn tỉnh đã phát triển mới 3.215 người tham gia BHXH tự nguyện; "
        "Bưu điện tỉnh chi trả lương hưu, trợ cấp BHXH hằng tháng cho 27.400 người. "
        "Đến cuối năm 2024, BHXH tỉnh Hà Nam có 18.900 người tham gia BHXH tự nguyện."
    )
    found = figures(nlp, text)
    assert found[3215][:3] == ("voluntary_si_participants", "change", "Ha Nam Post")
    assert found[27400][:3] == ("benefit_recipients", "actual", "Ha Nam Post")
    assert found[18900][2] == "Ha Nam Social Security"


def test_a_partner_after_with_is_no_subject(nlp) -> None:
    text = (
        "BHXH tỉnh Ninh Thuận đã phối hợp với Bưu điện tỉnh Ninh Thuận chi trả lương hưu tháng 5/2024 cho 9.120 người."
    )
    assert figures(nlp, text)[9120][:3] == ("benefit_recipients", "actual", "Ninh Thuan Social Security")


def test_people_a_campaign_brought_in_or_who_signed_up_are_new_participants(nlp) -> None:
    text = (
        "Năm 2025, BHXH tỉnh Sơn La vận động được 2.310 người tham gia BHXH tự nguyện; "
        "có 1.480 người dân đăng ký tham gia BHYT hộ gia đình."
    )
    found = figures(nlp, text)
    assert found[2310][:2] == ("voluntary_si_participants", "change")
    assert found[1480][:2] == ("hi_participants", "change")


def test_an_increase_a_target_sets_for_a_later_year_is_a_target_of_that_year(nlp) -> None:
    text = (
        "Năm 2024, BHXH tỉnh Bắc Kạn phấn đấu đến năm 2026 phát triển thêm 4.500 người tham gia BHXH tự "
        "nguyện; riêng năm 2025, chỉ tiêu là 2.000 người."
    )
    found = figures(nlp, text)
    assert found[4500][1:] == ("target", "Bac Kan Social Security", "2026")
    assert found[2000][1:] == ("target", "Bac Kan Social Security", "2025")


def test_the_youth_members_results_are_the_youth_unions(nlp) -> None:
    text = (
        "Đoàn Thanh niên BHXH tỉnh Lào Cai tổ chức ra quân tháng thanh niên\n"
        "Năm 2023, lực lượng đoàn viên thanh niên đã hỗ trợ BHXH tỉnh Lào Cai thu hồ sơ; đồng thời vận "
        "động được 870 người tham gia BHXH tự nguyện."
    )
    assert figures(nlp, text)[870][:3] == ("voluntary_si_participants", "change", "Lao Cai Social Security Youth Union")


def test_a_total_after_tong_so_is_a_figure_of_the_sentences_subject_not_dated_by_an_aside(nlp) -> None:
    text = (
        "BHXH tỉnh Quảng Trị tổng kết năm 2025\n"
        "Ngày đăng: 10/12/2025\n"
        "Trước đó, BHXH hai tỉnh đều được tặng Cờ thi đua (lần lượt vào các năm 2022 và 2024). "
        "Thực hiện Quyết định số 12/QĐ-BTC của Bộ Tài chính, "
        "BHXH tỉnh Quảng Trị được tổ chức lại trên cơ sở hợp nhất BHXH hai tỉnh Quảng Trị và Quảng Bình; hiện có "
        "18 BHXH cơ sở với tổng số 712 công chức, viên chức và người lao động."
    )
    metric, kind, scope, as_of = figures(nlp, text)[712]
    assert (metric, kind, scope) == ("staff_count", "actual", "Quang Tri Social Security")
    assert as_of.startswith("2025")  # not the year of an aside in the sentence before


def test_a_plan_exceeded_by_a_share_is_completed_at_a_hundred_plus_that_share(nlp) -> None:
    text = "Năm 2025, BHXH tỉnh Hà Tĩnh phát triển mới 5.120 người tham gia BHXH tự nguyện, vượt 14,5% kế hoạch."
    assert figures(nlp, text)[114.5][:2] == ("plan_completion_rate", "plan_completion")
    found = extract_text(text, nlp=nlp, language="vi").figures
    assert [f.qualifier for f in found if f.value == 114.5] == [None]


def test_cards_times_and_service_points_are_counts(nlp) -> None:
    text = (
        "Năm 2024, BHXH tỉnh Yên Bái cấp lại 3.652 thẻ BHYT; đoàn viên hỗ trợ 1.500 lượt cài đặt VssID; "
        "Bưu điện tỉnh mở 250 điểm thu."
    )
    found = {f.value: f.unit for f in extract_text(text, nlp=nlp, language="vi").figures}
    assert found == {3652: "count", 1500: "count", 250: "count"}


def test_an_amount_collected_with_a_count_of_payers_is_revenue_and_one_paid_out_is_not(nlp) -> None:
    text = (
        "Năm 2024, BHXH tỉnh Hà Nam thu BHYT hộ gia đình cho 18.400 người với số tiền gần 15,6 tỷ đồng; "
        "chi trả lương hưu cho 9.800 người với tổng số tiền hơn 61,2 tỷ đồng."
    )
    found = figures(nlp, text)
    assert found[15600000000][0] == "revenue"
    assert found[61200000000][0] == "other"


def test_that_number_after_a_sentence_of_two_measures_names_neither(nlp) -> None:
    text = (
        "Năm 2025, BHXH tỉnh Sơn La phát triển mới 2.100 người tham gia BHXH tự nguyện và 5.300 người tham gia "
        "BHYT hộ gia đình. Tính từ năm 2015 đến nay, con số đó đã lên tới gần 40.000 người."
    )
    assert figures(nlp, text)[40000][0] == "other"
    text = (
        "Năm 2025, BHXH tỉnh Sơn La có 52.000 người tham gia BHXH tự nguyện. Đến nay, con số này đã lên 53.100 người."
    )
    assert figures(nlp, text)[53100][0] == "voluntary_si_participants"
