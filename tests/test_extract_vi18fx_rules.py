"""Classes of misses the eighteenth Vietnamese blind set showed: family names of the north-west's
ethnic minorities, a contest's teams counted as figures (and the prize-winning teams an award goes to,
which are no figure), the collection division joined with debt management, counted prizes given to as
many named recipients, one each; a plan a body is given, a report's section of the coming period's
tasks and its bulleted increases (targets), a measure said to be the province's (its office's), and a
prize named in quotes before its holder; a foreign name between an honorific and a title, a counterpart
body abroad, and a visiting delegation's body, which does not organise the meeting; the money a benefit's
payments took (no money raised), and a headline's rounded figure that names no measure (the body's fact
again).

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


def test_a_plan_a_body_is_given_is_a_target(nlp) -> None:
    result = extract(nlp, "Năm 2025, BHXH tỉnh được giao kế hoạch thu 3.480 tỷ đồng.")
    (revenue,) = [f for f in result.figures if f.value == 3_480_000_000_000]
    assert (revenue.metric, revenue.kind) == ("revenue", "target")


def test_the_coming_periods_tasks_section_holds_targets(nlp) -> None:
    result = extract(
        nlp,
        "BÁO CÁO\n\nI. KẾT QUẢ\n1. Đến 30/9/2025, số người tham gia BHXH tự nguyện là 2.310 người.\n\n"
        "II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025\n- Phát triển thêm ít nhất 320 người tham gia BHXH tự nguyện.",
    )
    kinds = {f.value: f.kind for f in result.figures}
    assert kinds == {2310: "actual", 320: "target"}


def test_a_tasks_sections_numbered_subsection_closes_its_goals(nlp) -> None:
    result = extract(
        nlp,
        "KẾ HOẠCH\n\nII. NHIỆM VỤ NĂM 2026\n- Phát triển thêm ít nhất 500 người tham gia BHXH tự nguyện.\n"
        "1. Tình hình chung\nNăm 2025, BHXH tỉnh phát triển thêm 410 người tham gia BHXH tự nguyện.",
    )
    kinds = {f.value: f.kind for f in result.figures}
    assert kinds == {500: "target", 410: "change"}


def test_a_measure_said_to_be_the_provinces_is_its_offices_whoever_speaks(nlp) -> None:
    result = extract(
        nlp,
        "Phát biểu chỉ đạo, Phó Tổng Giám đốc BHXH Việt Nam Trần Minh Hải đề nghị đơn vị sớm ổn định bộ máy; "
        "phấn đấu năm 2025 tỷ lệ bao phủ BHYT của tỉnh đạt trên 93%.",
    )
    (rate,) = [f for f in result.figures if f.value == 93]
    assert (rate.kind, rate.scope) == ("target", "Phu Yen Social Security")


def test_a_prize_named_in_quotes_before_its_holder(nlp) -> None:
    result = extract(nlp, "Giải cá nhân “Thí sinh thuyết trình hay nhất” thuộc về chị Lê Thị Mai, viên chức BHXH tỉnh.")
    got = {(a.award_type, a.recipient, a.recipient_kind) for a in result.awards}
    assert got == {("other", "Lê Thị Mai", "individual")}


def test_a_foreign_name_between_an_honorific_and_a_title_is_a_person(nlp) -> None:
    result = extract(
        nlp,
        "BHXH tỉnh tiếp đoàn công tác do ông Somchai Phomvihane, Phó Tổng Giám đốc Quỹ An sinh xã hội làm "
        "trưởng đoàn. Ông Vientiane Palace cho biết, đoàn làm việc hai ngày.",
    )
    names = {p.name for p in result.people}
    assert "Somchai Phomvihane" in names
    assert "Vientiane Palace" not in names  # an honorific alone, no title after a comma: no one named


def test_a_counterpart_abroad_is_a_unit_and_its_abbreviation_names_it_again(nlp) -> None:
    result = extract(
        nlp,
        "Ngày 4/3, BHXH tỉnh làm việc với đoàn công tác Quỹ An sinh xã hội quốc gia Lào (NSSF) do ông Somchai "
        "Phomvihane, Phó Tổng Giám đốc NSSF làm trưởng đoàn.",
    )
    (fund,) = [u for u in result.units if u.name == "Lao National Social Security Fund"]
    assert fund.kind == "other"
    (somchai,) = [p for p in result.people if p.name == "Somchai Phomvihane"]
    assert somchai.unit == "Lao National Social Security Fund"


def test_a_visiting_delegations_body_does_not_organise_the_meeting(nlp) -> None:
    result = extract(
        nlp,
        "Ngày 4/3, đoàn công tác BHXH tỉnh Khánh Hòa làm việc với BHXH tỉnh Phú Yên về công tác thu.",
        head="Đoàn công tác BHXH tỉnh Khánh Hòa làm việc với BHXH tỉnh Phú Yên\n\nPhú Yên, ngày 5/3/2025\n\n",
    )
    assert [e.organizer for e in result.events] == ["Phu Yen Social Security"]


def test_the_money_a_benefits_payments_took_is_no_money_raised(nlp) -> None:
    result = extract(
        nlp,
        "Đến 31/5/2025, toàn tỉnh có 4.210 người hưởng trợ cấp; tổng kinh phí chi trả tháng 4 và tháng 5 đạt "
        "khoảng 12,4 tỷ đồng.",
    )
    (paid,) = [f for f in result.figures if f.value == 12_400_000_000]
    assert paid.metric == "other"


def test_a_headlines_rounded_figure_naming_no_measure_is_the_bodys_fact_again(nlp) -> None:
    result = extract(
        nlp,
        "Phú Yên, ngày 5/3/2025 - Đến 28/2/2025, toàn tỉnh có 12.436 người hưởng trợ cấp hưu trí xã hội.",
        head="Hội thảo về trợ cấp hưu trí xã hội: hơn 12.400 người đã được hưởng\n\n",
    )
    assert {f.value for f in result.figures} == {12_436}
