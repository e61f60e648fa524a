"""Rules learnt from the blind set vi13 (units, people, events), each on a sentence written for it.

Names, places and numbers are invented; each test fails without its rule.
"""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_text


def records(nlp: Any, text: str, published: str = "2025-10-20") -> Any:
    return extract_text(text, nlp=nlp, published=published)


def unit_names(nlp: Any, text: str) -> set[str]:
    return {u.name for u in records(nlp, text).units}


def people(nlp: Any, text: str) -> dict[str, Any]:
    return {p.name: p for p in records(nlp, text).people}


# -- units: a provincial party committee's commissions ---------------------------------------------


def test_party_committee_commission_is_its_own_party_body(vi_nlp: Any) -> None:
    text = (
        "Dự hội nghị có bà Lý Thị Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy Lào Cai; "
        "ông Đỗ Quang Tâm, Ủy viên Ban Tuyên giáo Tỉnh ủy Sơn La."
    )
    found = records(vi_nlp, text)
    names = {u.name: u.kind for u in found.units}
    assert names.get("Mass Mobilisation Commission of Lao Cai Provincial Party Committee") == "party_body"
    assert names.get("Propaganda and Education Commission of Son La Provincial Party Committee") == "party_body"
    assert "Lao Cai Provincial Party Committee" not in names
    person = {p.name: p for p in found.people}["Lý Thị Hạnh"]
    assert person.unit == "Mass Mobilisation Commission of Lao Cai Provincial Party Committee"


# -- units: a province's business association -----------------------------------------------------


def test_provincial_business_association(vi_nlp: Any) -> None:
    named = unit_names(vi_nlp, "BHXH tỉnh Sơn La phối hợp với Hiệp hội Doanh nghiệp tỉnh Sơn La tổ chức hội nghị.")
    assert "Son La Business Association" in named


# -- units: an enterprise's trade word -------------------------------------------------------------


def test_footwear_trade_word(vi_nlp: Any) -> None:
    named = unit_names(vi_nlp, "Đại diện Công ty TNHH Giày Phú An phát biểu tại hội nghị.")
    assert "Phu An Footwear Co., Ltd." in named


# -- units: the ministry's trade union -------------------------------------------------------------


def test_ministry_trade_union_is_not_the_ministry(vi_nlp: Any) -> None:
    named = unit_names(vi_nlp, "Hội nghị thống nhất đề nghị Công đoàn Bộ Tài chính tặng Bằng khen cho chị Lý Thị Hạnh.")
    assert "Trade Union of the Ministry of Finance" in named
    assert "Ministry of Finance" not in named


# -- people: a Central Highlands name opened by its gender marker ---------------------------------


def test_name_opened_by_highlands_marker(vi_nlp: Any) -> None:
    found = people(vi_nlp, "Bà Y Thị Blao, Trưởng phòng Chế độ BHXH cho biết năm nay có nhiều kết quả.")
    assert "Y Thị Blao" in found


# -- people: a festival's athletes, their office in brackets ---------------------------------------


def test_athletes_with_their_office_in_brackets(vi_nlp: Any) -> None:
    text = (
        "Nội dung chạy nam, VĐV Đỗ Quang Tâm (BHXH tỉnh Lào Cai) giành giải Nhất; nội dung nữ, "
        "giải Nhất thuộc về vận động viên Lý Thị Hạnh (BHXH tỉnh Sơn La)."
    )
    found = people(vi_nlp, text)
    assert found["Đỗ Quang Tâm"].unit == "Lao Cai Social Security"
    assert found["Lý Thị Hạnh"].unit == "Son La Social Security"
    assert found["Đỗ Quang Tâm"].title.startswith("VĐV")


# -- people: a saved page's byline above its tags and related headlines ---------------------------


def test_byline_above_page_furniture(vi_nlp: Any) -> None:
    text = (
        "Ngày 5/3, BHXH tỉnh Lào Cai tổ chức hội nghị sơ kết công tác thu.\n\n"
        "Minh Khôi\n\n"
        "Tags: thu, nợ đóng\n"
        "- Tin thứ nhất về chế độ thai sản trên ứng dụng\n"
        "- Tin thứ hai về chế độ ốm đau của người lao động\n"
        "- Lao động nhận trợ cấp thất nghiệp trong tháng\n"
        "© Bảo hiểm xã hội tỉnh Lào Cai"
    )
    found = people(vi_nlp, text)
    assert found["Minh Khôi"].title == "author"


# -- events: "đối thoại" as a verb in the headline -------------------------------------------------


def test_dialogue_verb_in_headline_is_not_the_event(vi_nlp: Any) -> None:
    text = (
        "BHXH tỉnh Lào Cai đối thoại với doanh nghiệp về đóng BHXH\n\n"
        "Lào Cai, 12/6/2025 - Ngày 11/6/2025, BHXH tỉnh Lào Cai tổ chức Hội nghị đối thoại doanh nghiệp "
        "về thực hiện chính sách BHXH, BHYT năm 2025."
    )
    (event,) = records(vi_nlp, text, published="2025-06-12").events
    assert event.kind == "conference"
    assert event.name is not None and event.name.startswith("Hội nghị đối thoại doanh nghiệp")


# -- people: a unit in brackets after the name -----------------------------------------------------


def test_unit_in_brackets_after_name(vi_nlp: Any) -> None:
    found = people(vi_nlp, "Viên chức Đỗ Quang Tâm (BHXH huyện Ba Bể) được tặng Giấy khen vì có nhiều đóng góp.")
    assert found["Đỗ Quang Tâm"].unit == "Ba Be District Social Insurance"


# -- events: a quoted title with a comma inside a lower-case event name ---------------------------


def test_event_name_keeps_quoted_title_with_comma(vi_nlp: Any) -> None:
    text = (
        'Ngày 3/4/2025, BHXH tỉnh Lào Cai tổ chức hội nghị tổng kết phong trào thi đua "Xanh nhà, sạch phố" '
        "giai đoạn 2021-2025."
    )
    (event,) = records(vi_nlp, text, published="2025-04-04").events
    assert event.name == 'hội nghị tổng kết phong trào thi đua "Xanh nhà, sạch phố" giai đoạn 2021-2025'


# -- people: a body's name capitalised on its first syllable only closes a title -------------------


def test_title_closes_on_a_body_named_by_its_first_capital(vi_nlp: Any) -> None:
    found = people(vi_nlp, "Bà Lý Thị Hạnh, Trưởng Ban Nữ công cho biết, năm nay có nhiều kết quả.")
    assert found["Lý Thị Hạnh"].title == "Trưởng Ban Nữ công"


# -- units: the grassroots trade union of a regional or grassroots office --------------------------


def test_grassroots_trade_union_named_after_its_office(vi_nlp: Any) -> None:
    named = unit_names(vi_nlp, "Dịp này, Công đoàn cơ sở BHXH khu vực XII tặng Giấy khen cho 9 đoàn viên.")
    assert "Grassroots Trade Union of Social Insurance Region XII" in named
    # named without its office, the head is no unit (not the sector's trade union)
    assert not unit_names(vi_nlp, "Công đoàn cơ sở đã vận động đoàn viên ủng hộ quỹ.")


# -- people: a division's post named with no office --------------------------------------------------


def test_division_post_without_office_is_the_documents_office(vi_nlp: Any) -> None:
    text = (
        "BHXH khu vực XII tổ chức hội nghị. Ông Đỗ Quang Tâm, Giám đốc BHXH khu vực XII phát biểu. "
        "Hội nghị đề nghị tặng Bằng khen cho chị Lý Thị Hạnh, Phó Trưởng phòng Chế độ BHXH, người có nhiều đóng góp."
    )
    assert people(vi_nlp, text)["Lý Thị Hạnh"].unit == "Social Insurance Region XII"


def test_highlands_name_after_a_sentence_opening_honorific(vi_nlp: Any) -> None:
    found = people(vi_nlp, "Ông Y Blim Mlô, Giám đốc BHXH tỉnh Lào Cai cho biết, năm nay có nhiều kết quả.")
    assert "Y Blim Mlô" in found


# -- units: a trade union's women's committee, named after its union -------------------------------


def test_womens_committee_named_after_its_union(vi_nlp: Any) -> None:
    text = (
        "Ban Nữ công Công đoàn cơ sở BHXH khu vực XII tổ chức hội nghị. "
        "Công đoàn cơ sở BHXH khu vực XII tặng Giấy khen. Ban Nữ công cũng vận động quyên góp."
    )
    found = {u.name: u for u in records(vi_nlp, text).units}
    committee = found["Women's Committee of the Grassroots Trade Union of Social Insurance Region XII"]
    assert committee.parent == "Grassroots Trade Union of Social Insurance Region XII"
    assert "Ban Nữ công" in committee.mentions
    # named with no union, the committee is no unit
    assert not unit_names(vi_nlp, "Ban Nữ công đã vận động quyên góp.")
