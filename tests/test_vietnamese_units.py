"""Vietnamese unit forms outside the common offices, on sentences written for these tests.

Bodies named with their owner after them, the armed forces' social insurance,
divisions (phòng) of a provincial office, bank and public-service branches,
grassroots offices named after a former provincial capital, and a director's
name after "BHXH thành phố". Provinces are real, every person, district and
sentence is made up.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.report.names import vi_unit_name
from pipeline.units import unit_key


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def units(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    """Canonical name -> (kind, parent)."""
    return {u.name: (u.kind, u.parent) for u in extract_text(text, nlp=nlp, language="vi").units}


# -- a body of the sector belongs to the owner named after it ---------------------------


def test_a_provincial_office_owns_the_emulation_council_named_before_it(nlp) -> None:
    found = units(nlp, "Hội đồng Thi đua - Khen thưởng BHXH tỉnh Phú Thọ đã họp xét danh hiệu thi đua năm 2025.")
    assert found["Phu Tho Social Security Council for Emulation and Commendation"] == (
        "council",
        "Phu Tho Social Security",
    )
    assert "VSS Council for Emulation and Commendation" not in found


def test_the_owner_may_be_the_documents_own_office_named_short(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác năm. "
        "Thường trực Hội đồng Thi đua - Khen thưởng BHXH tỉnh đã thông qua danh sách đề nghị khen thưởng."
    )
    found = units(nlp, text)
    assert "Ha Tinh Social Security Council for Emulation and Commendation" in found
    assert "VSS Council for Emulation and Commendation" not in found


def test_a_bare_council_is_the_owned_one_the_document_names(nlp) -> None:
    text = (
        "Hội đồng Thi đua - Khen thưởng BHXH tỉnh Sơn La họp phiên thứ hai. "
        "Sau khi thảo luận, Hội đồng Thi đua - Khen thưởng thống nhất đề nghị tặng Bằng khen cho 5 tập thể."
    )
    found = units(nlp, text)
    assert "Son La Social Security Council for Emulation and Commendation" in found
    assert "VSS Council for Emulation and Commendation" not in found


def test_a_ministry_owns_the_department_named_before_it_after_a_comma(nlp) -> None:
    found = units(nlp, "Hồ sơ được gửi Vụ Thi đua - Khen thưởng, Bộ Tài chính để thẩm định trước ngày 15/10.")
    assert found["Ministry of Finance Department of Emulation and Commendation"] == (
        "department",
        "Ministry of Finance",
    )
    assert "Department of Emulation and Commendation" not in found


def test_the_department_alone_or_with_vss_stays_vss_own(nlp) -> None:
    found = units(nlp, "Đại diện Vụ Thi đua - Khen thưởng BHXH Việt Nam hướng dẫn chấm điểm thi đua.")
    assert found["Department of Emulation and Commendation"] == ("department", "Vietnam Social Security")


def test_a_provincial_emulation_board(nlp) -> None:
    found = units(nlp, "Ông Lò Văn Khánh, chuyên viên Ban Thi đua - Khen thưởng tỉnh Thanh Hóa, trình bày chuyên đề.")
    assert "Thanh Hoa Emulation and Commendation Board" in found
    assert "Department of Emulation and Commendation" not in found


# -- the armed forces' social insurance ---------------------------------------------------


def test_armed_forces_social_insurance(nlp) -> None:
    found = units(nlp, "Hội nghị được kết nối tới BHXH Bộ Quốc phòng và Bảo hiểm xã hội Công an nhân dân.")
    assert {"Ministry of National Defence Social Insurance", "People's Public Security Social Insurance"} <= set(found)
    assert "Ministry of National Defence" not in found


def test_both_word_orders_of_the_armed_forces_offices_are_one_archive_unit() -> None:
    assert unit_key("Social Insurance of the Ministry of National Defence") == unit_key(
        "Ministry of National Defence Social Insurance"
    )
    assert unit_key("Social Insurance of the People's Public Security") == unit_key(
        "People's Public Security Social Insurance"
    )


# -- divisions (phòng) of a provincial office ---------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Phòng Chế độ BHXH thuộc BHXH tỉnh Sơn La được tặng Giấy khen.", "Social Insurance Benefits Division of Son La Social Security"),
        ("Phòng Giám định BHYT, BHXH tỉnh Hà Tĩnh hoàn thành giám định hồ sơ.", "Health Insurance Assessment Division of Ha Tinh Social Security"),
        (
            "BHXH tỉnh Thanh Hóa tổng kết năm 2025. Phòng Kế hoạch - Tài chính hoàn thành quyết toán đúng hạn.",
            "Planning and Finance Division of Thanh Hoa Social Security",
        ),
        (
            "BHXH tỉnh Phú Thọ phát động thi đua. Phòng Quản lý thu và Phát triển người tham gia đạt kết quả tốt.",
            "Collection and Participant Development Division of Phu Tho Social Security",
        ),
    ],
)  # fmt: skip
def test_a_division_is_named_after_its_office(nlp, text: str, name: str) -> None:
    found = units(nlp, text)
    assert found[name][0] == "department"
    assert found[name][1] == name.split(" of ", 1)[1]


def test_a_title_naming_a_division_is_no_division(nlp) -> None:
    found = units(nlp, "Bà Lê Thị Hoa - Trưởng phòng Kiểm tra, BHXH tỉnh Thanh Hóa phát biểu tại hội nghị.")
    assert not any("Division" in name for name in found)
    assert "Thanh Hoa Social Security" in found


# -- bank and public-service branches -------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh phối hợp tuyên truyền.", "Vietnam Bank for Social Policies Ha Tinh Branch"),
        ("NHCSXH tỉnh Sơn La hỗ trợ người lao động vay vốn.", "Vietnam Bank for Social Policies Son La Branch"),
        ("Agribank chi nhánh Yên Lập thu hộ tiền đóng BHXH tự nguyện.", "Agribank Yen Lap Branch"),
        ("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh Thanh Sơn chi trả lương hưu.", "Agribank Thanh Son Branch"),
        ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Phú Thọ giải ngân vốn vay.", "Vietnam Bank for Social Policies Phu Tho Branch"),
        ("Trung tâm Phục vụ hành chính công tỉnh Phú Thọ tiếp nhận hồ sơ trực tuyến.", "Phu Tho Public Administrative Service Center"),
        ("Bưu điện tỉnh Sơn La được tặng Giấy khen.", "Son La Post"),
        ("Ban Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh Sơn La họp quý III.", "Son La Steering Committee for Social and Health Insurance Policy"),
    ],
)  # fmt: skip
def test_branches_and_provincial_services(nlp, text: str, name: str) -> None:
    assert name in units(nlp, text)


def test_a_provincial_service_named_with_tinh_alone_is_the_documents_province(nlp) -> None:
    text = (
        "BHXH tỉnh Phú Thọ đẩy mạnh giao dịch điện tử. "
        "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận toàn bộ hồ sơ qua mạng."
    )
    assert "Phu Tho Public Administrative Service Center" in units(nlp, text)


# -- grassroots offices and a director's name ------------------------------------------------


def test_a_grassroots_office_named_after_a_former_provincial_capital_is_a_district_office(nlp) -> None:
    found = units(nlp, "BHXH tỉnh Tuyên Quang giao chỉ tiêu cho BHXH cơ sở Hà Giang và BHXH cơ sở Yên Sơn.")
    assert found["Ha Giang District Social Insurance"][0] == "district_office"
    assert "Ha Giang Social Security" not in found


def test_a_directors_name_after_the_city_office_is_no_place(nlp) -> None:
    text = (
        "BHXH thành phố Hải Phòng tổ chức lễ trao thưởng. "
        "Giám đốc BHXH thành phố Trần Minh Tuấn trao Giấy khen cho 20 doanh nghiệp."
    )
    found = units(nlp, text)
    assert not any("Tran Minh Tuan" in name for name in found)
    assert "Hai Phong Social Security" in found


def test_a_directors_name_after_a_district_office_is_cut_off(nlp) -> None:
    found = units(nlp, "Phó Giám đốc BHXH huyện Yên Lập Nguyễn Thị Hằng phát biểu khai mạc.")
    assert "Yen Lap District Social Insurance" in found
    assert not any("Nguyen" in name for name in found)


def test_a_place_that_starts_with_a_family_name_is_kept(nlp) -> None:
    found = units(nlp, "Giám đốc BHXH thành phố Phan Rang trao quyết định cho viên chức.")
    assert "Phan Rang District Social Insurance" in found  # a city below the province: a district-level office


# -- the names a Vietnamese draft prints --------------------------------------------------------


@pytest.mark.parametrize(
    "english, vietnamese",
    [
        ("Phu Tho Social Security Council for Emulation and Commendation", "Hội đồng Thi đua - Khen thưởng BHXH tỉnh Phú Thọ"),
        ("Social Insurance Benefits Division of Son La Social Security", "Phòng Chế độ BHXH, BHXH tỉnh Sơn La"),
        ("Planning and Finance Division of Social Insurance Region XII", "Phòng Kế hoạch - Tài chính, BHXH khu vực XII"),
        ("Vietnam Bank for Social Policies Ha Tinh Branch", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Tĩnh"),
        ("Phu Tho Public Administrative Service Center", "Trung tâm Phục vụ hành chính công tỉnh Phú Thọ"),
        ("Hai Phong Post", "Bưu điện thành phố Hải Phòng"),
        ("Ministry of National Defence Social Insurance", "BHXH Bộ Quốc phòng"),
    ],
)  # fmt: skip
def test_a_vietnamese_draft_names_these_units_from_the_gazetteer(english: str, vietnamese: str) -> None:
    assert vi_unit_name(unit_key(english)) == vietnamese


def test_a_family_name_inside_a_district_name_is_not_the_directors(nlp) -> None:
    found = units(nlp, "Giám đốc BHXH huyện Bảo Lâm Hoàng Văn Tùng trao Giấy khen cho các tập thể.")
    assert "Bao Lam District Social Insurance" in found


def test_the_former_name_of_hue_keeps_its_office_name(nlp) -> None:
    assert "Thua Thien Hue Social Security" in units(nlp, "BHXH tỉnh Thừa Thiên Huế tổng kết công tác năm 2024.")
    assert "Hue Social Security" in units(nlp, "BHXH thành phố Huế tổng kết công tác năm 2025.")


def test_a_district_office_owns_its_emulation_council(nlp) -> None:
    found = units(nlp, "Hội đồng Thi đua - Khen thưởng BHXH huyện Yên Lập họp xét sáng kiến năm 2024.")
    assert found["Yen Lap District Social Insurance Council for Emulation and Commendation"] == (
        "council",
        "Yen Lap District Social Insurance",
    )


def test_a_bank_named_without_a_branch_is_no_unit(nlp) -> None:
    found = units(nlp, "BHXH tỉnh Sơn La ký quy chế phối hợp với Agribank về chi trả lương hưu.")
    assert not any("Agribank" in name for name in found)


# -- partners and unions of a provincial office ---------------------------------------


def test_the_post_office_and_labour_department_of_the_documents_province_named_without_its_name(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Nam phối hợp với Bưu điện tỉnh và Sở Lao động - Thương binh và Xã hội tỉnh tổ chức "
        "hội nghị tại Bưu điện tỉnh Hà Nam."
    )
    found = units(nlp, text)
    assert found["Ha Nam Post"][0] == "enterprise"
    assert found["Ha Nam Department of Labour, Invalids and Social Affairs"][0] == "department"
    assert len([name for name in found if "Post" in name]) == 1


def test_the_youth_union_and_trade_union_of_a_provincial_office(nlp) -> None:
    text = (
        "Đoàn Thanh niên BHXH tỉnh Kon Tum phối hợp với Công đoàn cơ sở BHXH tỉnh tổ chức giải chạy; "
        "Đoàn Thanh niên BHXH Việt Nam gửi thư chúc mừng."
    )
    found = units(nlp, text)
    assert found["Kon Tum Social Security Youth Union"][0] == "other"
    assert found["Kon Tum Social Security Trade Union"][0] == "other"
    assert "VSS Youth Union" in found


def test_a_town_office_and_the_grassroots_office_it_became_are_one_unit(nlp) -> None:
    text = (
        "Ngày 2/4/2026, BHXH cơ sở Hương Trà (BHXH thành phố Huế) tổng kết quý I. Năm 2024, khi còn là BHXH thị xã "
        "Hương Trà, đơn vị đã được tặng Bằng khen."
    )
    found = units(nlp, text)
    assert [name for name in found if "Huong Tra" in name] == ["Huong Tra District Social Insurance"]


def test_the_collection_divisions_name_before_2025_is_read_whole(nlp) -> None:
    found = units(nlp, "Năm 2023, Phòng Quản lý thu - Sổ, thẻ, BHXH tỉnh Hà Tĩnh được tặng Bằng khen.")
    assert found["Collection and Book-Card Management Division of Ha Tinh Social Security"] == (
        "department",
        "Ha Tinh Social Security",
    )


def test_a_district_post_office_is_named_like_its_district(nlp) -> None:
    found = units(
        nlp, "Năm 2024, Bưu điện huyện Tiên Yên (Quảng Ninh) phát triển mới 320 người tham gia BHXH tự nguyện."
    )
    assert found["Tien Yen District Post Office"][0] == "enterprise"
    assert not units(nlp, "Dự hội nghị có đại diện 13 bưu điện huyện, thị xã.")
