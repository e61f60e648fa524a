"""Classes of misses the ninth Vietnamese blind set showed: award counts of institutions and a headline's
total over named flags, recipients in lists and proposals, figure metrics, scopes, kinds and dates, people
in appointments, units, events and movements.

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


def test_a_counted_noun_phrase_of_institutions_counts_collectives_and_is_no_figure(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Giang tổng kết năm học\n\n"
        "Ngày 12/6/2024, Giám đốc BHXH tỉnh Hà Giang đã tặng Giấy khen cho 14 trường học và 3 bệnh viện "
        "có thành tích trong công tác BHYT.\n"
    )
    result = extract_text(text, nlp=nlp, language="vi")
    counts = sorted((a.count, a.recipient_kind) for a in result.awards)
    assert counts == [(3, "collective"), (14, "collective")]
    assert not [f for f in result.figures if f.value in (3, 14)]


def test_a_headline_total_over_the_named_flags_is_not_counted_twice(nlp) -> None:
    text = (
        "Bộ Tài chính tặng Cờ thi đua cho 2 đơn vị thuộc BHXH Việt Nam\n\n"
        "Ngày 15/01/2026, tại Hà Nội, Bảo hiểm xã hội Việt Nam tổ chức hội nghị tổng kết năm 2025.\n\n"
        "Thừa ủy quyền của Bộ trưởng Bộ Tài chính, Thứ trưởng Lê Văn Minh trao Cờ thi đua của Bộ Tài chính "
        "cho BHXH tỉnh Sơn La và BHXH tỉnh Cà Mau.\n"
    )
    flags = [a for a in extract_text(text, nlp=nlp, language="vi").awards if a.award_type == "ministry_emulation_flag"]
    assert sorted(a.recipient for a in flags) == ["Ca Mau Social Security", "Son La Social Security"]
    assert not [a for a in flags if a.count]


def test_a_district_medical_centre_is_a_unit_and_the_second_recipient_of_a_passive_award(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Nam tôn vinh cơ sở y tế\n\n"
        "Ngày 2/7/2024, tại Phủ Lý, BHXH tỉnh Hà Nam tổ chức hội nghị.\n\n"
        "Bằng khen của Tổng Giám đốc BHXH Việt Nam được trao cho Bệnh viện Đa khoa tỉnh Hà Nam và "
        "Trung tâm Y tế huyện Kim Bảng vì thành tích giai đoạn 2022-2023.\n"
    )
    result = extract_text(text, nlp=nlp, language="vi")
    assert "Kim Bang District Medical Centre" in {u.name for u in result.units}
    merits = [a for a in result.awards if a.award_type == "ministry_certificate_of_merit"]
    assert {a.recipient for a in merits} == {"Ha Nam Provincial General Hospital", "Kim Bang District Medical Centre"}


def test_a_department_named_without_its_province_is_the_documents_provinces_and_a_proposals_recipient(
    nlp,
) -> None:
    text = (
        "BHXH tỉnh Lào Cai triển khai BHYT học sinh\n\n"
        "Ngày 10/9/2025, BHXH tỉnh Lào Cai phối hợp với Sở Giáo dục và Đào tạo tổ chức hội nghị. "
        "BHXH tỉnh Lào Cai thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Giáo dục và Đào tạo "
        "vì thành tích phối hợp.\n"
    )
    result = extract_text(text, nlp=nlp, language="vi")
    assert "Lao Cai Department of Education and Training" in {u.name for u in result.units}
    (merit,) = [a for a in result.awards if a.award_type == "ministry_certificate_of_merit"]
    assert (merit.recipient, merit.status) == ("Lao Cai Department of Education and Training", "proposed")


def test_pupils_named_by_a_noun_list_are_participants_and_their_rates_by_level_are_coverage(nlp) -> None:
    text = (
        "Sơn La: 96,5% học sinh, sinh viên tham gia BHYT\n\n"
        "Ngày 3/10/2025, BHXH tỉnh Sơn La tổ chức hội nghị. Tính đến ngày 30/9/2025, toàn tỉnh có 201.400 "
        "học sinh, sinh viên tham gia BHYT, đạt tỷ lệ 96,5%. Khối trung học cơ sở đạt 98,2%, khối trung học "
        "phổ thông đạt 97,1%, riêng các trường đại học mới đạt 88,4%.\n"
    )
    found = extract_text(text, nlp=nlp, language="vi").figures
    assert {(f.value, f.metric) for f in found} == {
        (201400, "hi_participants"),
        (96.5, "hi_coverage_rate"),
        (98.2, "hi_coverage_rate"),
        (97.1, "hi_coverage_rate"),
        (88.4, "hi_coverage_rate"),
    }


def test_a_ranking_of_offices_keeps_the_leaders_rate_and_a_share_the_counted_have_is_no_figure(nlp) -> None:
    text = (
        "BHXH tỉnh Tuyên Quang đánh giá kết quả BHYT học sinh\n\n"
        "Ngày 6/10/2025, BHXH tỉnh Tuyên Quang tổ chức hội nghị. BHXH cơ sở Hàm Yên dẫn đầu với tỷ lệ bao phủ "
        "BHYT 97,4%, tiếp theo là BHXH cơ sở Sơn Dương với 96,9%. Đã có 120 trường học đạt tỷ lệ 100% học sinh "
        "tham gia BHYT.\n"
    )
    found = extract_text(text, nlp=nlp, language="vi").figures
    assert {(f.value, f.metric) for f in found if f.unit == "percent"} == {
        (97.4, "hi_coverage_rate"),
        (96.9, "hi_coverage_rate"),
    }
