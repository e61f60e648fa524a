"""When Vietnamese figures hold, and what they count, in the constructions the report tables
depend on: from-to comparisons over years, figures said to hold now, targets beside cited
documents, shares of things, equivalents in brackets, and prizes still to be won.

The sentences are written for these tests (provinces, people and numbers are made up); none
comes from the dev articles.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def figures(nlp, text: str, published: str = "2024-03-02") -> dict[float, tuple]:
    records = extract_text(text, nlp=nlp, language="vi", published=published)
    return {f.value: (f.metric, f.kind, f.as_of) for f in records.figures}


def test_from_to_the_baseline_date_is_the_first_values_and_the_second_holds_now(nlp) -> None:
    text = (
        "Số người tham gia BHXH tự nguyện của tỉnh tăng nhanh, từ 3.400 người khi bắt đầu thực hiện "
        "chính sách năm 2012 lên 28.600 người. Tỷ lệ bao phủ BHYT đạt 93,1% dân số."
    )
    figs = figures(nlp, text)
    assert figs[3400] == ("voluntary_si_participants", "actual", "2012")
    assert figs[28600] == ("voluntary_si_participants", "actual", "2024")
    assert figs[93.1] == ("hi_coverage_rate", "actual", "2024")  # the baseline year is no date for what follows


def test_from_to_the_second_value_takes_a_later_date_the_sentence_set(nlp) -> None:
    text = "Năm 2023, số người tham gia BHYT tăng từ 612.000 người năm 2019 lên 655.000 người."
    figs = figures(nlp, text, published="2024-02-01")
    assert figs[612000][2] == "2019" and figs[655000][2] == "2023"


def test_a_later_value_with_its_own_date_keeps_it(nlp) -> None:
    text = "Năm 2010 toàn tỉnh chỉ có 41.000 người tham gia thì đến tháng 6/2023 là 96.500 người."
    figs = figures(nlp, text, published="2023-07-10")
    assert figs[41000] == ("si_participants", "actual", "2010")
    assert figs[96500] == ("si_participants", "actual", "2023-06")


def test_figures_said_to_hold_now_take_the_documents_year(nlp) -> None:
    text = (
        "Năm 2005, BHXH tỉnh Hà Giang được thành lập. Trong 20 năm qua, BHXH tỉnh Hà Giang đã giải quyết "
        "cho hơn 310.000 lượt người hưởng các chế độ BHXH. Lũy kế đến nay, toàn tỉnh có 52.300 người "
        "tham gia BHXH bắt buộc."
    )
    figs = figures(nlp, text, published="2024-10-05")
    assert figs[310000] == ("benefit_recipients", "actual", "2024")
    assert figs[52300] == ("compulsory_si_participants", "actual", "2024")


def test_participants_of_no_named_scheme_are_social_insurance_but_athletes_are_not(nlp) -> None:
    figs = figures(nlp, "Năm 2000 cả tỉnh mới có 18.000 người tham gia, nay đã gấp 5 lần.")
    assert figs[18000] == ("si_participants", "actual", "2000")
    figs = figures(nlp, "Hội thao năm nay có 95 vận động viên tham gia hội thao của ngành.")
    assert figs[95][0] == "other"


def test_workers_of_new_employers_are_compulsory_participants(nlp) -> None:
    text = "Trong 6 tháng đầu năm 2024, BHXH tỉnh Lào Cai phát triển mới 64 đơn vị với hơn 730 lao động."
    figs = figures(nlp, text)
    assert figs[64][1] == "change" and figs[730] == ("compulsory_si_participants", "change", "2024-06")


def test_a_share_of_things_is_no_coverage_rate(nlp) -> None:
    text = (
        "Năm 2025, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 95,2%; 100% các đơn vị sử dụng lao động "
        "thực hiện giao dịch điện tử."
    )
    figs = figures(nlp, text)
    assert figs[95.2] == ("hi_coverage_rate", "target", "2025")
    assert figs[100][0] == "other"


def test_an_equivalent_in_brackets_is_the_same_change(nlp) -> None:
    text = "Chỉ tiêu năm 2025 là 93,5% dân số tham gia BHYT, tăng 0,6% (tương đương 4.120 người) so với năm 2024."
    figs = figures(nlp, text, published="2025-01-15")
    assert figs[0.6][1] == "change" and figs[4120][1] == "change"


def test_a_cited_documents_date_is_not_the_targets_date(nlp) -> None:
    text = (
        "Tỉnh đặt ra chỉ tiêu năm 2025 tỷ lệ người dân tham gia BHYT đạt 92,7%, bằng chỉ tiêu giao theo "
        "Quyết định số 318/QĐ-TTg ngày 14/3/2023 về giao chỉ tiêu bao phủ BHYT giai đoạn 2023 - 2026."
    )
    figs = figures(nlp, text, published="2025-01-15")
    assert figs[92.7] == ("hi_coverage_rate", "target", "2025")


def test_prizes_announced_before_a_contest_are_not_conferred(nlp) -> None:
    text = (
        "Ban Tổ chức phát động cuộc thi ảnh về BHXH. Các tác phẩm đạt giải sẽ được trao giấy chứng nhận "
        "và phần thưởng như sau: 1 giải Nhất trị giá 15.000.000 đồng; 3 giải Ba."
    )
    awards = extract_text(text, nlp=nlp, language="vi").awards
    assert awards and {a.status for a in awards} == {"proposed"}


def movements(nlp, text: str, published: str | None = None) -> dict[str, str | None]:
    meta = {"published": published} if published else {}
    return {m.name: m.period for m in extract_text(text, nlp=nlp, language="vi", **meta).movements}


def test_a_movement_of_one_year(nlp) -> None:
    text = "BHXH tỉnh Quảng Trị phát động phong trào thi đua năm 2026 với chủ đề “Tận tâm phục vụ nhân dân”."
    assert movements(nlp, text) == {"Tận tâm phục vụ nhân dân": "2026"}
    text = "Ban Tổ chức trao giải cho các tác phẩm dự “Giải báo chí viết về BHXH năm 2023 - 2024”."
    assert movements(nlp, text) == {"Giải báo chí viết về BHXH năm 2023 - 2024": "2023-2024"}
    text = "Ngành phát động đợt thi đua cao điểm “90 ngày về đích” từ ngày 1/9 đến ngày 30/11/2025."
    assert movements(nlp, text) == {"90 ngày về đích": "2025"}


def test_a_movement_launched_at_the_reported_event_runs_in_the_documents_year(nlp) -> None:
    text = "Sáng 12-3, BHXH tỉnh Phú Thọ phát động Cuộc thi “Tìm hiểu chính sách BHYT hộ gia đình”."
    assert movements(nlp, text, published="2024-03-13") == {"Tìm hiểu chính sách BHYT hộ gia đình": "2024"}


def test_a_result_compared_with_its_target_is_no_target(nlp) -> None:
    text = (
        "Tỷ lệ bao phủ BHYT đạt 90,2% dân số, thấp hơn 1,5 điểm phần trăm so với chỉ tiêu tỉnh giao. "
        "Tổng số thu đạt 3.120 tỷ đồng, bằng 91,4% kế hoạch."
    )
    figs = figures(nlp, text, published="2025-12-10")
    assert figs[3120000000000][:2] == ("revenue", "actual")
    assert figs[91.4][:2] == ("plan_completion_rate", "plan_completion")


def test_a_laws_year_is_not_the_targets_date(nlp) -> None:
    text = "Năm 2026, ngành tập trung thực hiện Luật BHXH năm 2024; phấn đấu tỷ lệ bao phủ BHYT đạt 95,1% dân số."
    assert figures(nlp, text, published="2026-01-08")[95.1] == ("hi_coverage_rate", "target", "2026")


def test_the_body_a_headline_names_is_whose_figures_the_text_gives(nlp) -> None:
    text = (
        "BHXH Việt Nam tổng kết công tác năm 2025\n\n"
        "Năm 2025, tổng số thu đạt 590.000 tỷ đồng, bằng 102,5% dự toán. Dịp này, Bộ trưởng Bộ Tài chính tặng "
        "Cờ thi đua cho BHXH tỉnh Bình Thuận và BHXH tỉnh Sóc Trăng; BHXH tỉnh Bình Thuận dẫn đầu cụm thi đua."
    )
    records = extract_text(text, nlp=nlp, language="vi", published="2026-01-10")
    assert {f.scope for f in records.figures} == {"Vietnam Social Security"}


def test_a_percentage_of_the_population_is_coverage_before_the_next_figures_measure(nlp) -> None:
    text = (
        "Năm 2025, tỉnh phấn đấu tỷ lệ bao phủ BHYT toàn tỉnh đạt trên 93% dân số và số thu đạt ít nhất 100% kế hoạch."
    )
    assert figures(nlp, text)[93] == ("hi_coverage_rate", "target", "2025")


def test_an_increase_a_target_sets_is_a_target(nlp) -> None:
    text = "Năm 2025, BHXH tỉnh Tây Ninh đặt mục tiêu phát triển thêm ít nhất 12.000 người tham gia BHXH tự nguyện."
    assert figures(nlp, text)[12000] == ("voluntary_si_participants", "target", "2025")


def test_a_rise_in_percentage_points_is_a_percent_change(nlp) -> None:
    text = "Năm 2025, tỷ lệ bao phủ BHYT của tỉnh đạt 94,2% dân số, tăng 1,3 điểm phần trăm so với năm 2024."
    records = extract_text(text, nlp=nlp, language="vi", published="2026-01-06")
    rise = next(f for f in records.figures if f.value == 1.3)
    assert (rise.unit, rise.kind) == ("percent", "change")


def test_from_to_the_second_value_keeps_a_date_later_in_its_own_clause(nlp) -> None:
    text = (
        "BHXH tự nguyện tăng từ 2.100 người năm 2015 lên 12.450 người tại thời điểm ngày 30/6/2023. "
        "Số người tham gia BHXH bắt buộc tăng từ 41.000 người năm 2015 lên 56.800 người, vượt kế hoạch năm 2023."
    )
    figs = figures(nlp, text)
    assert figs[2100][2] == "2015" and figs[12450][2] == "2023-06-30"
    assert figs[56800][2] == "2024"  # a date past a comma is not its own: the document's year


def test_a_document_without_a_date_reports_on_its_latest_full_date_not_a_target_year(nlp) -> None:
    """No publication date, no year in the headline: the year of the latest day the text names
    (a meeting, a count), not a bare year a target runs to."""
    text = (
        "Chiều 25/10/2022, BHXH tỉnh Hòa Bình tổ chức hội nghị. Đến nay, toàn tỉnh có 98.300 người tham gia "
        "BHXH. Mục tiêu đến năm 2030, tỷ lệ tham gia BHXH đạt 60% lực lượng lao động."
    )
    records = extract_text(text, nlp=nlp, language="vi")
    figs = {f.value: (f.kind, f.as_of) for f in records.figures}
    assert figs[98300] == ("actual", "2022")
    assert figs[60] == ("target", "2030")


def test_after_a_from_to_comparison_the_rest_of_its_sentence_holds_now_too(nlp) -> None:
    text = "Số người tham gia BHTN tăng từ 30.200 người năm 2018 lên 41.700 người, bằng 25% lực lượng lao động."
    figs = figures(nlp, text)
    assert (figs[30200][2], figs[41700][2]) == ("2018", "2024")
    assert figs[25][2] == "2024"  # not the baseline year 2018


def test_a_label_before_a_colon_names_the_measure_of_its_line(nlp) -> None:
    text = (
        "Kết quả năm 2023 của BHXH tỉnh Hòa Bình:\n- Số người tham gia BHXH tự nguyện: 21.450 người;\n"
        "- Số người tham gia BHYT: 812.300 người, tăng 2,1%;\n- Tổng số thu: 3.120 tỷ đồng."
    )
    figs = figures(nlp, text)
    assert figs[21450][:2] == ("voluntary_si_participants", "actual")
    assert figs[812300][:2] == ("hi_participants", "actual")
    assert figs[3120000000000][:2] == ("revenue", "actual")


def test_the_number_after_a_figure_is_the_same_measure(nlp) -> None:
    text = "Năm 2015, toàn tỉnh có 4.200 người tham gia BHXH tự nguyện. Đến hết năm 2023, con số này đạt 26.900 người."
    figs = figures(nlp, text)
    assert figs[4200][:1] == ("voluntary_si_participants",)
    assert figs[26900] == ("voluntary_si_participants", "actual", "2023")
