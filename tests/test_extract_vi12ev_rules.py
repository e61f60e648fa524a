"""Classes of misses the twelfth Vietnamese blind set showed in units, people and events: the country's
largest city named with its level word ("BHXH thành phố Hồ Chí Minh" is its provincial-level office, not a
district's); people named after a lower-case role word ("ngư dân X", "đoàn viên Y").

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


def extracted(nlp, text: str, published: str = "2026-01-14"):
    return extract_text(text, nlp=nlp, language="vi", published=published)


# -- units ---------------------------------------------------------------------------------------------


def test_the_city_office_named_with_its_level_word_is_provincial(nlp) -> None:
    text = (
        "BHXH Việt Nam tổng kết công tác thu năm 2025\n\n"
        "Ngày 13/1/2026, BHXH Việt Nam tổ chức hội nghị tổng kết. BHXH thành phố Hồ Chí Minh dẫn đầu cả nước "
        "về số thu; BHXH tỉnh Gia Lai đứng thứ hai. Bộ trưởng Bộ Tài chính tặng Bằng khen cho BHXH thành phố "
        "Hồ Chí Minh.\n"
    )
    records = extracted(nlp, text)
    units = {u.name: u.kind for u in records.units}
    assert units["Ho Chi Minh City Social Security"] == "provincial_office"
    assert not any("District" in name for name in units)
    assert {a.recipient for a in records.awards} == {"Ho Chi Minh City Social Security"}
