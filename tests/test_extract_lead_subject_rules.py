"""Whose figures: a grassroots office the lead opens on owns the figures its sentences name no
owner for, though the province whose officials attend is named more often (`figure_subject.py`,
the grammar's `lead_subject_before`); a place inside brackets closed before the number is an aside, no
owner (`figure_named_owners.in_closed_brackets`).

The texts are written for these tests (places, people and numbers are made up).
"""

from __future__ import annotations

from extract_helpers import only_figure, vi_release

from pipeline.extract import extract_text


def english(nlp, body: str) -> object:
    text = f"Binh Loc commune: 41 people join voluntary social insurance\n\nDong Thap, 12/10/2025 - {body}\n"
    return extract_text(text, nlp=nlp, language="en")


PROVINCE_NAMED_MORE = (
    "Mr. Le Van Hoa, Deputy Director of Dong Thap Provincial Social Security, attended. The cards were funded "
    "by Dong Thap Social Security. The campaign was launched by Dong Thap Social Security for 2025."
)


def test_a_grassroots_office_opening_the_lead_owns_the_figures(nlp) -> None:
    records = english(
        nlp,
        "On October 11, Binh Loc Grassroots Social Insurance held a communication day at the commune hall. "
        + PROVINCE_NAMED_MORE
        + "\n\nBy the end of September the commune had 1,732 voluntary social insurance participants.",
    )
    assert only_figure(records, 1732).scope == "Binh Loc Grassroots Social Security"


def test_a_district_office_named_later_in_the_lead_is_not_the_subject(nlp) -> None:
    records = english(
        nlp,
        "When Ms. Tran Thi Lan joined the social insurance office of Binh Loc district in 1996, it had ten staff. "
        + PROVINCE_NAMED_MORE
        + "\n\nBy the end of September the province had 61,400 voluntary social insurance participants.",
    )
    assert only_figure(records, 61400).scope == "Dong Thap Social Security"


def test_vietnamese_a_grassroots_office_opening_the_lead_owns_the_figures(vi_nlp) -> None:
    records = vi_release(
        vi_nlp,
        "Sáng 13/3, BHXH cơ sở Tân Phú tổ chức ngày hội truyền thông tại nhà văn hóa xã. Ông Lê Văn Hòa, Phó Giám "
        "đốc BHXH tỉnh Phú Yên, dự và phát biểu. Thẻ BHYT do BHXH tỉnh Phú Yên tài trợ. Chiến dịch do BHXH tỉnh "
        "Phú Yên phát động.\n\nĐến cuối tháng 2, xã có 1.732 người tham gia BHXH tự nguyện.\n",
        head="Ngày hội truyền thông tại xã Tân Phú\n\nPhú Yên, ngày 14/3/2025\n\n",
    )
    scope = only_figure(records, 1732).scope
    assert scope is not None and "Tan Phu" in scope


def test_a_place_in_brackets_closed_before_the_number_is_no_owner(nlp) -> None:
    records = english(
        nlp,
        "On October 11, An Giang Social Security reviewed five years of its work. The province (including the "
        "former Kien Giang province, merged in July 2025) had 412,300 social insurance participants by the end "
        "of September 2025.",
    )
    assert only_figure(records, 412300).scope == "An Giang Social Security"


def test_a_place_named_before_the_number_outside_brackets_still_owns_it(nlp) -> None:
    records = english(
        nlp,
        "On October 11, Dong Thap Social Security reviewed five years of its work. Under the plan (approved in "
        "May), Ca Mau had 212,300 social insurance participants by the end of September 2025.",
    )
    assert only_figure(records, 212300).scope == "Ca Mau Social Security"
