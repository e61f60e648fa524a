"""A report's sections: what a numbered heading or a proposal's lead line says of the lines under it.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.extract.doc_sections import SectionReader

REPORT = (
    "BHXH tỉnh Hà Giang: Báo cáo công tác thi đua năm 2024\n"
    "II. KẾT QUẢ THỰC HIỆN\n"
    "Trong năm, 03 tập thể được Tổng Giám đốc BHXH Việt Nam tặng Bằng khen.\n"
    "III. NHIỆM VỤ NĂM 2025\n"
    "Phấn đấu số người tham gia BHXH tự nguyện đạt 45.000 người.\n"
    "IV. ĐỀ XUẤT, KIẾN NGHỊ\n"
    "Qua bình xét, Hội đồng thống nhất như sau:\n"
    "1. Tổng Giám đốc BHXH Việt Nam tặng Cờ thi đua cho BHXH huyện Vị Xuyên;\n"
    "2. Công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 14 cá nhân.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
)


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def test_sections_run_from_a_numbered_heading_to_the_next_and_stop_at_the_recipients_block() -> None:
    sections = SectionReader("vi").read(REPORT)
    assert not sections.proposal_at(REPORT.index("03 tập thể"))
    assert sections.year_at(REPORT.index("45.000")) == "2025"
    assert sections.year_at(REPORT.index("03 tập thể")) is None
    assert sections.proposal_at(REPORT.index("Cờ thi đua"))
    assert sections.proposal_at(REPORT.index("14 cá nhân"))
    assert not sections.proposal_at(REPORT.index("Như trên"))


def test_a_lead_line_asking_for_awards_makes_its_numbered_list_proposals_and_nothing_after_it() -> None:
    text = (
        "Sau khi bỏ phiếu, BHXH tỉnh Cao Bằng đề nghị:\n"
        "1. Bộ trưởng Bộ Tài chính tặng Bằng khen cho 02 tập thể;\n"
        "2. Giám đốc BHXH tỉnh tặng Giấy khen cho 08 cá nhân.\n"
        "Cũng dịp này, Giám đốc BHXH tỉnh đã tặng Giấy khen cho 05 cá nhân.\n"
    )
    sections = SectionReader("vi").read(text)
    assert sections.proposal_at(text.index("02 tập thể"))
    assert sections.proposal_at(text.index("08 cá nhân"))
    assert not sections.proposal_at(text.index("05 cá nhân"))


def test_awards_in_a_proposals_section_are_proposed_and_those_before_it_given(nlp) -> None:
    found = extract_text(REPORT, nlp=nlp, language="vi").awards
    status = sorted((a.award_type, a.count, a.recipient, a.status) for a in found)
    assert status == [
        ("grassroots_emulation_fighter", 14, None, "proposed"),
        ("ministry_certificate_of_merit", 3, None, "conferred"),
        ("ministry_emulation_flag", None, "Vi Xuyen District Social Insurance", "proposed"),
    ]


def test_an_undated_target_holds_for_the_year_its_section_heading_names(nlp) -> None:
    found = extract_text(REPORT, nlp=nlp, language="vi").figures
    target = next(f for f in found if f.value == 45000)
    assert (target.kind, target.as_of) == ("target", "2025")


def test_a_unit_given_an_award_by_a_long_named_authority_is_the_recipient(nlp) -> None:
    text = "Năm 2022, BHXH tỉnh Lai Châu được Tổng Giám đốc Bảo hiểm xã hội Việt Nam tặng Cờ thi đua."
    found = extract_text(text, nlp=nlp, language="vi").awards
    assert [(a.award_type, a.recipient) for a in found] == [("ministry_emulation_flag", "Lai Chau Social Security")]


def test_an_undated_award_is_for_the_year_its_section_or_the_title_names(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Giang: Báo cáo tổng kết công tác thi đua năm 2024\n"
        "Ngày đăng: 20/01/2025\n"
        "II. CÔNG TÁC KHEN THƯỞNG\n"
        "Giám đốc BHXH tỉnh tặng Giấy khen cho 12 tập thể.\n"
        "III. ĐỀ XUẤT KHEN THƯỞNG NĂM 2025\n"
        "Đề nghị Tổng Giám đốc BHXH Việt Nam tặng Bằng khen cho 04 cá nhân.\n"
    )
    found = extract_text(text, nlp=nlp, language="vi").awards
    assert sorted((a.count, a.year, a.status) for a in found) == [(4, "2025", "proposed"), (12, "2024", "conferred")]


def test_an_award_takes_no_year_from_the_next_clause_nor_from_the_publication_date(nlp) -> None:
    text = (
        "Ngày 10/5/2026, bà Lò Thị Hoa, viên chức BHXH tỉnh Điện Biên, 02 năm liền (2024-2025) đạt danh hiệu "
        "Chiến sĩ thi đua cơ sở; năm 2023, bà được Giám đốc BHXH tỉnh tặng Giấy khen. "
        "Giám đốc BHXH tỉnh Điện Biên cũng tặng Giấy khen cho 05 tập thể."
    )
    found = extract_text(text, nlp=nlp, language="vi").awards
    years = sorted((a.award_type, a.count or 0, a.year or "") for a in found)
    assert years == [
        ("certificate_of_commendation", 0, "2023"),
        ("certificate_of_commendation", 5, ""),
        ("grassroots_emulation_fighter", 0, "2024-2025"),
    ]
