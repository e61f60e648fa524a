"""Classes of misses the twenty-first Vietnamese blind set showed: the pensioners' clubs of wards and communes
and the associations of the elderly as units, and clubs counted as the collectives an award goes to; a byline's
given names inside another person's name; an award pointed back to ("nói trên"); a contest's prize to a team
named by its place; VSS's finance and accounting department under its own name.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest
from extract_helpers import only_figure as figure
from extract_helpers import unit_names
from extract_helpers import vi_release as extract


@pytest.fixture
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def test_the_pensioners_clubs_of_wards_and_communes_are_units(nlp) -> None:
    result = extract(
        nlp,
        "Đoàn công tác đã đến thăm Câu lạc bộ Hưu trí phường Tân Lộc và Câu lạc bộ Hưu trí xã Đồng Khê. "
        "Dịp này, CLB Hưu trí phường Bình Sơn được biểu dương.",
    )
    names = unit_names(result)
    assert "Tan Loc Ward Pensioners' Club" in names
    assert "Dong Khe Commune Pensioners' Club" in names
    assert "Binh Son Ward Pensioners' Club" in names


def test_the_associations_of_the_elderly_are_units(nlp) -> None:
    result = extract(
        nlp,
        "Hội viên hưởng ứng phong trào do Hội Người cao tuổi Việt Nam phát động. Hội Người cao tuổi tỉnh "
        "cho biết sẽ phối hợp tuyên truyền chính sách BHXH.",
    )
    names = unit_names(result)
    assert "Vietnam Association of the Elderly" in names
    assert "Phu Yen Provincial Association of the Elderly" in names


def test_clubs_counted_after_an_award_are_collectives(nlp) -> None:
    result = extract(
        nlp, "Dịp này, Giám đốc BHXH tỉnh tặng Giấy khen cho 07 câu lạc bộ hưu trí có thành tích trong tuyên truyền."
    )
    (award,) = result.awards
    assert (award.count, award.recipient_kind) == (7, "collective")


def test_a_byline_inside_another_persons_syllables_is_its_own_author(nlp) -> None:
    result = extract(
        nlp,
        "Bà Lê Thị Minh Hằng, Giám đốc BHXH tỉnh, báo cáo kết quả chi trả lương hưu.\n\nMinh Hà (Báo Quảng Trị)",
    )
    people = {p.name: p.title for p in result.people}
    assert people["Minh Hà"] == "author"
    assert "Giám đốc" in (people["Lê Thị Minh Hằng"] or "")


def test_an_award_pointed_back_to_is_no_new_award(nlp) -> None:
    result = extract(
        nlp,
        "Năm 2024, 05 tập thể thuộc BHXH tỉnh được Bộ trưởng Bộ Tài chính tặng Bằng khen.\n\n"
        "Tại hội nghị năm 2025, Giám đốc chúc mừng 05 tập thể đã nhận Bằng khen của Bộ trưởng nói trên.",
    )
    assert [(a.award_type, a.count) for a in result.awards] == [("ministry_certificate_of_merit", 5)]


def test_a_contest_prize_goes_to_a_team_named_by_its_place(nlp) -> None:
    result = extract(
        nlp,
        "Kết quả, Ban tổ chức trao giải Nhất cho đội thôn Phú Lâm, giải Nhì cho đội ấp Tân Hòa.",
    )
    got = [(a.grade, a.recipient, a.recipient_kind) for a in result.awards]
    assert got == [("first", "đội thôn Phú Lâm", "collective"), ("second", "đội ấp Tân Hòa", "collective")]


def test_the_finance_and_accounting_department_is_its_own_department(nlp) -> None:
    result = extract(nlp, "Dự hội nghị có bà Trần Thị Mai, Phó Vụ trưởng Vụ Tài chính - Kế toán BHXH Việt Nam.")
    names = unit_names(result)
    assert "Department of Finance and Accounting" in names
    assert "Planning and Finance Department" not in names


def test_the_assets_a_thrift_review_counts_are_counts(nlp) -> None:
    result = extract(
        nlp,
        "Năm qua, đơn vị đã điều chuyển 03 xe ô tô, thanh lý 57 bộ máy tính và giảm gần 2,6 triệu trang giấy in.",
    )
    assert figure(result, 3).unit == "count"
    assert figure(result, 57).unit == "count"
    assert figure(result, 2600000).unit == "count"


@pytest.mark.parametrize(
    "sentence",
    [
        "Cụm thống nhất suy tôn BHXH tỉnh Phú Yên là đơn vị dẫn đầu, đề nghị Bộ trưởng Bộ Tài chính tặng Cờ thi đua.",
        "Với kết quả đó, BHXH tỉnh Phú Yên đã được Cụm suy tôn, đề nghị Bộ trưởng Bộ Tài chính tặng Cờ thi đua.",
    ],
)
def test_the_unit_a_cluster_votes_up_is_the_proposed_awards_recipient(nlp, sentence: str) -> None:
    (award,) = extract(nlp, sentence).awards
    assert (award.award_type, award.recipient, award.status) == (
        "ministry_emulation_flag",
        "Phu Yen Social Security",
        "proposed",
    )


def test_an_increase_striven_for_by_a_years_end_is_a_target(nlp) -> None:
    result = extract(nlp, "BHXH tỉnh phấn đấu đến cuối năm 2026 phát triển thêm 640 người tham gia BHXH tự nguyện.")
    assert figure(result, 640).kind == "target"
