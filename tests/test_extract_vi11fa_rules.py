"""Classes of figure and award misses the eleventh Vietnamese blind set showed: a pledge list's items
and the measures its words name (a rise of a head count, a debt ratio), a head count of several places,
people paid a benefit, what staff gave to a relief campaign, shares of case files and of matched records,
benefits paid into accounts; and the award classes further down.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.extract.nlp import build_nlp
from pipeline.settings import Settings


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(Settings(profile="fast"), "vi")


def figure(result, value):
    (found,) = [f for f in result.figures if f.value == value]
    return found


def extract(nlp, body: str):
    text = "BHXH tỉnh Phú Yên tổng kết năm\n\nPhú Yên, ngày 14/3/2025\n\n" + body + "\n"
    return extract_text(text, nlp=nlp, language="vi")


def test_a_pledge_lists_items_are_targets_with_their_own_measures(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2025, BHXH tỉnh phấn đấu tăng 8% số người tham gia BHXH bắt buộc; phát triển mới 12.000 người "
        "tham gia BHXH tự nguyện; giảm tỷ lệ nợ xuống dưới 1,3%.",
    )
    assert (figure(result, 8).metric, figure(result, 8).kind) == ("compulsory_si_participants", "target")
    assert (figure(result, 12000).metric, figure(result, 12000).kind) == ("voluntary_si_participants", "target")
    assert (figure(result, 1.3).metric, figure(result, 1.3).kind) == ("late_payment", "target")


def test_a_new_count_outside_a_pledge_stays_a_change(nlp) -> None:
    result = extract(nlp, "Năm 2024, BHXH tỉnh phát triển mới 3.000 người tham gia BHXH tự nguyện.")
    assert figure(result, 3000).kind == "change"


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
        "Sau một tuần, 486 cán bộ đã đóng góp được 612 triệu đồng. BHXH tỉnh chỉ đạo BHXH huyện Tuy An chi trả "
        "sớm lương hưu, trợ cấp BHXH tháng 10 cho 5.214 người.",
    )
    assert figure(result, 612_000_000).metric == "mobilised_funds"
    assert figure(result, 5214).metric == "benefit_recipients"


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
