"""Classes of misses the twenty-first Vietnamese blind set showed: the pensioners' clubs of wards and communes
and the associations of the elderly as units, and clubs counted as the collectives an award goes to.

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
