"""Vietnamese movement names written without quotes, on sentences written for these tests.

A name starts at its head ("phong trào thi đua", "phong trào", "cuộc vận động"), keeps it, and runs
to the end of its clause; the stop words, launchers and clause openers live in
data/vi/movements.yml. Provinces, people and movement names here are made up.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


@pytest.fixture(scope="module")
def nlp(vi_nlp):
    return vi_nlp  # built once for every Vietnamese rule test


def movements(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    """name -> (launched_by, period)"""
    return {m.name: (m.launched_by, m.period) for m in extract_text(text, nlp=nlp, language="vi").movements}


def test_a_list_like_name_keeps_its_commas_to_the_end_of_the_sentence(nlp) -> None:
    text = "Năm 2027, BHXH tỉnh Hà Tĩnh tiếp tục đẩy mạnh phong trào thi đua thu nhanh, thu gọn, giảm chậm đóng BHXH, BHYT."
    assert movements(nlp, text) == {"phong trào thi đua thu nhanh, thu gọn, giảm chậm đóng BHXH, BHYT": (None, None)}


def test_the_launcher_after_the_name_ends_it_and_says_who_launched_it(nlp) -> None:
    text = (
        "Các đơn vị hưởng ứng phong trào thi đua Ngành BHXH vững bước cùng người lao động giai đoạn 2026-2030 "
        "do BHXH Việt Nam phát động."
    )
    assert movements(nlp, text) == {
        "phong trào thi đua Ngành BHXH vững bước cùng người lao động giai đoạn 2026-2030": (
            "Vietnam Social Security",
            "2026-2030",
        )
    }


def test_a_campaign_launched_by_the_provincial_party_committee_of_the_documents_province(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Tĩnh tổ chức hội thảo về BHXH tự nguyện.\n"
        "Theo báo cáo, cuộc vận động mỗi hội viên nông dân, mỗi đoàn viên giới thiệu 2 người tham gia BHXH tự nguyện "
        "do Tỉnh ủy phát động từ năm 2022 đã mang lại kết quả rõ rệt."
    )
    assert movements(nlp, text) == {
        "cuộc vận động mỗi hội viên nông dân, mỗi đoàn viên giới thiệu 2 người tham gia BHXH tự nguyện": (
            "Ha Tinh Provincial Party Committee",
            None,
        )
    }


def test_two_names_in_one_sentence_each_with_its_own_launcher_and_year(nlp) -> None:
    text = (
        "Tại hội nghị, BHXH tỉnh Hà Tĩnh phát động phong trào thi đua số hóa hồ sơ, rút ngắn thời gian giải quyết năm 2027 "
        "và tiếp tục hưởng ứng phong trào thi đua cả nước chung tay xây dựng nông thôn mới do Thủ tướng Chính phủ phát động."
    )
    assert movements(nlp, text) == {
        "phong trào thi đua số hóa hồ sơ, rút ngắn thời gian giải quyết năm 2027": ("Ha Tinh Social Security", "2027"),
        "phong trào thi đua cả nước chung tay xây dựng nông thôn mới": ("Prime Minister", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Phong trào thi đua sáng tạo trong cải cách hành chính được đoàn viên hưởng ứng sôi nổi.",
        "Phong trào thi đua sáng tạo trong cải cách hành chính đã lan tỏa đến từng đơn vị.",
        "Đơn vị đẩy mạnh phong trào thi đua sáng tạo trong cải cách hành chính trên địa bàn tỉnh.",
        "Đơn vị đẩy mạnh phong trào thi đua sáng tạo trong cải cách hành chính nhằm phục vụ người dân tốt hơn.",
        "Đơn vị đẩy mạnh phong trào thi đua sáng tạo trong cải cách hành chính tại các phòng nghiệp vụ.",
        "Đơn vị đẩy mạnh phong trào thi đua sáng tạo trong cải cách hành chính, phấn đấu giảm 30% thời gian giải quyết.",
        "Đơn vị đẩy mạnh phong trào thi đua sáng tạo trong cải cách hành chính, lấy sự hài lòng của người dân làm thước đo.",
        "Đơn vị đẩy mạnh phong trào thi đua sáng tạo trong cải cách hành chính và trao thưởng cho 5 cá nhân.",
    ],
)
def test_the_name_stops_where_its_clause_ends(nlp, text: str) -> None:
    assert list(movements(nlp, text)) == [
        ("Phong" if text.startswith("Phong") else "phong") + " trào thi đua sáng tạo trong cải cách hành chính"
    ]


def test_a_comma_before_a_unit_opens_the_next_clause(nlp) -> None:
    text = "Hưởng ứng phong trào thi đua tuổi trẻ xung kích vì an sinh, BHXH tỉnh Hà Tĩnh vừa ra quân tuyên truyền."
    assert list(movements(nlp, text)) == ["phong trào thi đua tuổi trẻ xung kích vì an sinh"]


@pytest.mark.parametrize(
    "text",
    [
        # a year, a season, a quarter: the movement of that time, no name
        "BHXH tỉnh Hà Tĩnh tổ chức lễ phát động phong trào thi đua năm 2027 và trao Bằng khen cho 4 tập thể.",
        "Giám đốc yêu cầu các phòng đẩy mạnh phong trào thi đua 6 tháng cuối năm, tập trung khai thác người tham gia.",
        "Cụm duy trì chấm điểm phong trào thi đua hằng quý.",
        "Phong trào thi đua giai đoạn 2026 - 2030 tập trung vào ba nội dung chính.",
        # movements in general, or the sector's
        "Các đơn vị hưởng ứng các phong trào thi đua do Bộ Tài chính phát động.",
        "Đơn vị có nhiều đóng góp cho phong trào thi đua của Ngành.",
        "Đơn vị dẫn đầu phong trào thi đua trong khối BHXH cơ sở.",
        "Đơn vị luôn đi đầu trong phong trào thi đua yêu nước giai đoạn 2021 - 2025.",
        "Công đoàn cơ sở tích cực tham gia phong trào văn nghệ, thể dục thể thao.",
        # how a movement goes, not what it is called
        "Các đơn vị đã tổ chức phong trào thi đua sôi nổi, thiết thực.",
        "Phong trào thi đua yêu nước ngày càng phát triển.",
        "Phong trào thi đua hiện nay còn một số hạn chế.",
        "Ông Lê Văn An phát động phong trào thi đua đợt 1 năm 2027.",
    ],
)
def test_generic_words_and_time_words_name_no_movement(nlp, text: str) -> None:
    assert movements(nlp, text) == {}


def test_a_movement_launched_by_the_reported_event_is_launched_by_its_organizer(nlp) -> None:
    text = (
        "Ngày 9/4/2027, UBND tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác BHXH, BHYT.\n"
        "Hội nghị cũng phát động phong trào thi đua mỗi xã, phường một mô hình bao phủ BHYT giai đoạn 2027-2030."
    )
    assert movements(nlp, text) == {
        "phong trào thi đua mỗi xã, phường một mô hình bao phủ BHYT giai đoạn 2027-2030": (
            "Ha Tinh Provincial People's Committee",
            "2027-2030",
        )
    }


def test_a_movement_only_mentioned_says_nothing_of_who_launched_it(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Tĩnh phát động phong trào thi đua năm 2027 với chủ đề “Tận tụy, minh bạch”, "
        "gắn với phong trào thi đua cải cách hành chính, hiện đại hóa ngành BHXH."
    )
    found = movements(nlp, text)
    assert found["phong trào thi đua cải cách hành chính, hiện đại hóa ngành BHXH"] == (None, None)
    assert "Tận tụy, minh bạch" in found


def test_a_head_inside_quotes_belongs_to_the_quoted_name(nlp) -> None:
    text = "Đơn vị triển khai cuộc thi “Phong trào thi đua trong mắt người trẻ” đến hết tháng 10."
    assert list(movements(nlp, text)) == ["Phong trào thi đua trong mắt người trẻ"]


def test_quoted_names_after_their_launcher_take_the_nearest_launcher_before_them(nlp) -> None:
    text = (
        "Toàn Ngành hưởng ứng phong trào thi đua do Bộ Tài chính phát động, đồng thời gắn với các phong trào "
        "do Thủ tướng Chính phủ phát động như “Chung tay xây dựng đô thị văn minh”, “Học tập suốt đời”."
    )
    assert movements(nlp, text) == {
        "Chung tay xây dựng đô thị văn minh": ("Prime Minister", None),
        "Học tập suốt đời": ("Prime Minister", None),
    }


def test_a_theme_without_quotes_after_a_movement_of_the_year_is_its_name(nlp) -> None:
    text = (
        "Ngày 3/2/2027, BHXH tỉnh Hà Tĩnh phát động phong trào thi đua năm 2027 với chủ đề tận tụy, minh bạch, "
        "về đích sớm năm 2027, gắn với phong trào thi đua cải cách hành chính."
    )
    found = movements(nlp, text)
    assert found["tận tụy, minh bạch, về đích sớm năm 2027"] == ("Ha Tinh Social Security", "2027")
    assert len(found) == 2


@pytest.mark.parametrize(
    "text, name",
    [
        ("Phong trào thi đua dân vận khéo góp phần nâng cao chất lượng phục vụ.", "Phong trào thi đua dân vận khéo"),
        (
            "Phong trào thi đua lao động giỏi, lao động sáng tạo tiếp tục được duy trì.",
            "Phong trào thi đua lao động giỏi, lao động sáng tạo",
        ),
        (
            "Phong trào thi đua chào mừng kỷ niệm 30 năm Ngày thành lập ngành thu hút đông đảo cán bộ tham gia.",
            "Phong trào thi đua chào mừng kỷ niệm 30 năm Ngày thành lập ngành",
        ),
    ],
)
def test_a_name_as_subject_ends_before_its_verb(nlp, text: str, name: str) -> None:
    assert list(movements(nlp, text)) == [name]


def test_a_name_written_with_and_without_quotes_is_one_movement(nlp) -> None:
    text = (
        "BHXH tỉnh Hà Tĩnh phát động phong trào thi đua “Vì an sinh làng biển”.\n"
        "Sau một năm, phong trào thi đua vì an sinh làng biển được ngư dân đón nhận."
    )
    assert len(movements(nlp, text)) == 1


def test_a_quoted_name_opening_a_sentence_with_its_launcher_after_it_is_a_movement(nlp) -> None:
    text = "Sau 45 ngày, “Mùa thu an sinh - Vì người lao động tự do” do BHXH tỉnh Bắc Giang phát động đã kết thúc."
    assert movements(nlp, text) == {"Mùa thu an sinh - Vì người lao động tự do": ("Bac Giang Social Security", None)}


def test_the_youth_movement_in_general_is_no_named_movement(nlp) -> None:
    text = "Năm 2024, Chi đoàn được khen thưởng vì thành tích trong công tác Đoàn và phong trào thanh niên năm 2024."
    assert movements(nlp, text) == {}
