"""Classes of misses the eighteenth Vietnamese blind set showed: family names of the north-west's
ethnic minorities, a contest's teams counted as figures (and the prize-winning teams an award goes to,
which are no figure), the collection division joined with debt management, and counted prizes given
to as many named recipients, one each.

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


def test_a_north_western_family_name_opens_a_name(nlp) -> None:
    result = extract(nlp, "Tại buổi làm việc, bà Cầm Thị Lan, Phó Giám đốc BHXH tỉnh giới thiệu kết quả thu năm 2024.")
    (lan,) = [p for p in result.people if p.name == "Cầm Thị Lan"]
    assert lan.title == "Phó Giám đốc BHXH tỉnh"


def test_a_contests_teams_are_counted_and_the_prize_winning_teams_are_no_figure(nlp) -> None:
    result = extract(
        nlp,
        "Hội thi có 12 đội với 96 thí sinh; năm trước chỉ có 7 đội thi. Giám đốc BHXH tỉnh trao Giấy khen "
        "cho đội đạt giải Nhất và 04 đội đạt giải Nhì.",
    )
    counts = {f.value: f.unit for f in result.figures}
    assert counts.get(12) == "count" and counts.get(7) == "count"
    assert 4 not in counts


def test_a_pioneer_member_is_a_person(nlp) -> None:
    result = extract(nlp, "Chương trình thu hút 45 đội viên tham gia tìm hiểu chính sách BHXH.")
    assert {f.value: f.unit for f in result.figures}.get(45) == "persons"


def test_the_collection_and_debt_management_division(nlp) -> None:
    result = extract(nlp, "Ngày 5/3, Phòng Thu - Quản lý nợ phối hợp với Thanh tra tỉnh kiểm tra 30 doanh nghiệp.")
    assert "Collection and Debt Management Division of Phu Yen Social Security" in unit_names(result)


def test_counted_prizes_to_as_many_named_recipients_go_one_to_each(nlp) -> None:
    result = extract(
        nlp,
        "Sau hai ngày tranh tài, Ban tổ chức trao 01 giải Nhất cho đội BHXH cơ sở Tuy An; 02 giải Nhì cho đội "
        "Phòng Thu - Quản lý nợ và đội BHXH cơ sở Sông Hinh; 03 giải Ba cho các đội còn lại.",
    )
    got = {(a.grade, a.recipient, a.count) for a in result.awards}
    assert got == {
        ("first", "Tuy An District Social Insurance", None),
        ("second", "Collection and Debt Management Division of Phu Yen Social Security", None),
        ("second", "Song Hinh District Social Insurance", None),
        ("third", None, 3),  # the rest: not named, the count stays
    }
