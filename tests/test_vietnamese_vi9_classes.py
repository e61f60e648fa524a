"""Classes of misses the ninth Vietnamese blind set showed: award counts of institutions and a headline's
total over named flags, recipients in lists and proposals, figure metrics, scopes, kinds and dates, people
in appointments, units, events and movements.

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


def test_a_counted_noun_phrase_of_institutions_counts_collectives_and_is_no_figure(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Giang tổng kết năm học\n\n"
        "Ngày 12/6/2024, Giám đốc BHXH tỉnh Hà Giang đã tặng Giấy khen cho 14 trường học và 3 bệnh viện "
        "có thành tích trong công tác BHYT.\n"
    )
    result = extract_text(text, nlp=nlp, language="vi")
    counts = sorted((a.count, a.recipient_kind) for a in result.awards)
    assert counts == [(3, "collective"), (14, "collective")]
    assert not [f for f in result.figures if f.value in (3, 14)]


def test_a_headline_total_over_the_named_flags_is_not_counted_twice(nlp) -> None:
    text = (
        "Bộ Tài chính tặng Cờ thi đua cho 2 đơn vị thuộc BHXH Việt Nam\n\n"
        "Ngày 15/01/2026, tại Hà Nội, Bảo hiểm xã hội Việt Nam tổ chức hội nghị tổng kết năm 2025.\n\n"
        "Thừa ủy quyền của Bộ trưởng Bộ Tài chính, Thứ trưởng Lê Văn Minh trao Cờ thi đua của Bộ Tài chính "
        "cho BHXH tỉnh Sơn La và BHXH tỉnh Cà Mau.\n"
    )
    flags = [a for a in extract_text(text, nlp=nlp, language="vi").awards if a.award_type == "ministry_emulation_flag"]
    assert sorted(a.recipient for a in flags) == ["Ca Mau Social Security", "Son La Social Security"]
    assert not [a for a in flags if a.count]
