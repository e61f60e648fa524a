"""Classes of misses the sixth Vietnamese blind set showed: the armed forces' own social insurance
offices and their figures, party bodies, counts of other nouns, award givers and presenters.

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


def test_figures_of_an_article_about_the_armed_forces_office_are_that_offices(nlp) -> None:
    text = (
        "BHXH Bộ Quốc phòng triển khai nhiệm vụ năm 2025\n\n"
        "Sáng 8/1, BHXH Bộ Quốc phòng tổ chức hội nghị triển khai nhiệm vụ năm 2025. Ông Trần Văn Bình, "
        "Phó Tổng Giám đốc BHXH Việt Nam dự hội nghị.\n\n"
        "Năm 2024, toàn quân có 512.400 người tham gia BHYT, tăng 1,2% so với năm 2023.\n"
    )
    found = extract_text(text, nlp=nlp, language="vi").figures
    assert {f.scope for f in found} == {"Ministry of National Defence Social Insurance"}
    assert sorted(f.value for f in found) == [1.2, 512400]


def test_offices_of_military_regions_and_services_and_the_ministrys_departments_are_units(nlp) -> None:
    text = (
        "Đại tá Phan Văn Hòa, Phó Cục trưởng Cục Tài chính Bộ Quốc phòng trao Bằng khen cho BHXH Quân khu 5 "
        "và BHXH Quân chủng Hải quân."
    )
    units = {u.name: u for u in extract_text(text, nlp=nlp, language="vi").units}
    assert units["Military Region 5 Social Insurance"].kind == "other"
    assert units["Navy Social Insurance"].parent == "Ministry of National Defence Social Insurance"
    assert units["Finance Department of the Ministry of National Defence"].kind == "department"


def test_the_party_bodies_of_a_provincial_office_and_of_the_provinces_agencies_bloc_are_units(nlp) -> None:
    text = (
        "Chiều 5/7, Đảng ủy BHXH tỉnh Hà Giang họp sơ kết 6 tháng. Dự họp có ông Lò Văn Sáng, Phó Bí thư "
        "Đảng ủy Khối các cơ quan tỉnh Hà Giang. Đảng bộ BHXH tỉnh hiện có 9 chi bộ."
    )
    units = {u.name: u for u in extract_text(text, nlp=nlp, language="vi").units}
    party = units["Ha Giang Social Security Party Committee"]
    assert party.kind == "party_body"
    assert set(party.mentions) >= {"Đảng ủy BHXH tỉnh Hà Giang", "Đảng bộ BHXH tỉnh"}
    assert units["Ha Giang Provincial Agencies Bloc Party Committee"].kind == "party_body"
