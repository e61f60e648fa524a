"""Classes of misses the fourteenth Vietnamese blind set showed: provincial partner bodies (the labour
department named alone or with its abbreviation in brackets, its employment service centre, the trade
union of the industrial zones), a company's trade union, VSS's regional assessment centres; count nouns
of figures; and award recipients counted or listed after the award.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


@pytest.fixture
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def extract(nlp, body: str):
    text = "BHXH tỉnh Phú Yên tổng kết năm\n\nPhú Yên, ngày 14/3/2025\n\n" + body + "\n"
    return extract_text(text, nlp=nlp, language="vi")


def unit_names(result) -> set[str]:
    return {u.name for u in result.units}


def test_the_labour_department_is_read_alone_and_with_its_bracketed_abbreviation(nlp) -> None:
    result = extract(
        nlp,
        "Ngày 4/3, Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh Phú Yên phối hợp với BHXH tỉnh tổ chức "
        "hội nghị. Bà Lê Thị Hoa, Phó Giám đốc Sở LĐ-TB&XH phát biểu.",
    )
    name = "Phu Yen Department of Labour, Invalids and Social Affairs"
    assert name in unit_names(result)
    (hoa,) = [p for p in result.people if p.name == "Lê Thị Hoa"]
    assert hoa.unit == name


def test_a_body_named_alone_by_its_capitalised_head_is_the_documents_provinces(nlp) -> None:
    result = extract(nlp, "Năm 2024, BHXH tỉnh đã phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra 40 đơn vị.")
    assert "Phu Yen Department of Labour, Invalids and Social Affairs" in unit_names(result)


def test_any_provincial_body_keeps_its_place_after_a_bracketed_abbreviation(nlp) -> None:
    result = extract(nlp, "Ngày 4/3, Ủy ban nhân dân (UBND) tỉnh Khánh Hòa làm việc với BHXH tỉnh Phú Yên.")
    assert "Khanh Hoa Provincial People's Committee" in unit_names(result)


def test_the_employment_service_centre_and_its_short_form(nlp) -> None:
    result = extract(
        nlp,
        "Hội nghị diễn ra tại Trung tâm Dịch vụ việc làm Phú Yên. Năm 2024, Trung tâm DVVL tiếp nhận "
        "hồ sơ của 4.120 người.",
    )
    (centre,) = [u for u in result.units if u.name == "Phu Yen Employment Service Centre"]
    assert len(centre.mentions) == 2


def test_the_industrial_zones_trade_union_and_a_companys_trade_union(nlp) -> None:
    result = extract(
        nlp,
        "Công đoàn các KCN tỉnh Phú Yên tặng Giấy khen cho Công đoàn Công ty TNHH May Sông Cầu. Chị Hà Thị Hoa, "
        "công nhân Công ty TNHH May Sông Cầu, chia sẻ. Giám đốc BHXH tỉnh tặng Giấy khen cho Công đoàn Công ty "
        "Cổ phần Thủy sản Đông Hòa.",
    )
    names = unit_names(result)
    assert {
        "Phu Yen Industrial Zones Trade Union",
        "Trade Union of Song Cau Garment Co., Ltd.",
        "Song Cau Garment Co., Ltd.",
        "Trade Union of Dong Hoa Seafood Joint Stock Company",
    } <= names
    recipients = {a.recipient for a in result.awards}
    assert "Trade Union of Dong Hoa Seafood Joint Stock Company" in recipients


def test_a_regional_assessment_centre_is_not_the_national_one(nlp) -> None:
    result = extract(
        nlp,
        "Dự hội nghị có ông Trần Văn Bình, Phó Giám đốc Trung tâm Giám định BHYT và Thanh toán đa tuyến "
        "khu vực phía Nam.",
    )
    name = "Southern Centre for Health Insurance Assessment and Multi-line Payment"
    assert name in unit_names(result)
    assert "Center for Health Insurance Assessment and Multi-line Payment" not in unit_names(result)
