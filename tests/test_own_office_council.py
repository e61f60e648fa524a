"""A council named without its owner ("Hội đồng Thi đua - Khen thưởng", "the Emulation and Commendation
Council") in a provincial, regional or grassroots office's own paper is that office's council; in a paper
about VSS itself it stays VSS's. Sentences written for these tests."""

from __future__ import annotations

from pipeline.extract import extract_text


def councils(text: str, nlp) -> dict[str, str | None]:
    records = extract_text(text, nlp=nlp)
    return {u.name: u.parent for u in records.units if u.kind == "council"}


def test_a_bare_council_in_a_provincial_offices_plan_is_its_own(vi_nlp) -> None:
    text = (
        "BHXH tỉnh Bình Thuận ban hành kế hoạch thi đua năm 2026. Hội đồng Thi đua - Khen thưởng "
        "xét đề nghị khen thưởng cho các tập thể thuộc BHXH tỉnh Bình Thuận."
    )
    assert councils(text, vi_nlp) == {
        "Binh Thuan Social Security Council for Emulation and Commendation": "Binh Thuan Social Security"
    }


def test_a_bare_council_in_a_grassroots_offices_minutes_is_its_own(vi_nlp) -> None:
    text = (
        "BHXH cơ sở Hàm Tân tổ chức họp bình xét thi đua. Hội đồng Thi đua - Khen thưởng thống nhất "
        "đề nghị Giám đốc BHXH tỉnh tặng Giấy khen cho 5 cá nhân của BHXH cơ sở Hàm Tân."
    )
    names = councils(text, vi_nlp)
    assert len(names) == 1
    name, parent = next(iter(names.items()))
    assert parent is not None and "Ham Tan" in parent
    assert name == f"{parent} Council for Emulation and Commendation"


def test_a_bare_council_in_a_paper_about_vss_stays_vsss(vi_nlp) -> None:
    text = (
        "BHXH Việt Nam tổ chức hội nghị. Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng. "
        "BHXH Việt Nam biểu dương BHXH tỉnh Hà Nam. Lãnh đạo BHXH Việt Nam phát biểu."
    )
    assert councils(text, vi_nlp) == {"VSS Council for Emulation and Commendation": "Vietnam Social Security"}


def test_a_council_named_with_its_owner_keeps_it(vi_nlp) -> None:
    text = (
        "BHXH tỉnh Bình Thuận tổ chức hội nghị. Hội đồng Thi đua - Khen thưởng BHXH tỉnh Ninh Thuận "
        "trao đổi kinh nghiệm với BHXH tỉnh Bình Thuận. Hội đồng Thi đua - Khen thưởng đề nghị khen thưởng."
    )
    assert list(councils(text, vi_nlp)) == ["Ninh Thuan Social Security Council for Emulation and Commendation"]


def test_an_english_bare_council_in_a_provincial_offices_article_is_its_own(nlp) -> None:
    text = (
        "Binh Thuan Provincial Social Security held its emulation congress. Mr. Tran Van Nam, Director of "
        "Binh Thuan Provincial Social Security and Chairman of the Emulation and Commendation Council, "
        "presented the awards."
    )
    assert councils(text, nlp) == {
        "Emulation and Commendation Council of Binh Thuan Social Security": "Binh Thuan Social Security"
    }


def test_an_english_bare_council_in_an_article_about_vss_keeps_its_name(nlp) -> None:
    text = (
        "Vietnam Social Security held a national conference in Hanoi. Vietnam Social Security leaders said the "
        "Emulation and Commendation Council met. Vietnam Social Security praised Ha Nam Provincial Social Security."
    )
    assert list(councils(text, nlp)) == ["Emulation and Commendation Council"]
