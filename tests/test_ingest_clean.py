"""Cleaning: web debris out, captions marked with exact offsets, whitespace and quotes normalised,
and never a lost, merged or reordered article line."""

from __future__ import annotations

import unicodedata

import pytest
from ingest_helpers import SHARED, SHARED_MISSING

from pipeline.ingest.clean import clean_text, slug
from pipeline.ingest.txt import decode_bytes, markdown_to_text

ARTICLE = [
    "On March 3, Lao Cai Provincial Social Security held a review conference attended by 120 delegates.",
    "Revenue reached VND 3,400 billion, or 101.2 per cent of the plan.",
    "The Director presented Certificates of Merit to 12 collectives and 30 individuals.",
]


def caption_texts(text: str) -> list[str]:
    cleaned = clean_text(text)
    return [cleaned.text[s:e] for s, e in cleaned.captions]


def test_image_placeholder_and_pipe_caption():
    raw = "\n".join([ARTICLE[0], "![]() |", "| The Director speaks at the conference. Photo: Minh Tam |", ARTICLE[1]])
    cleaned = clean_text(raw)
    assert cleaned.text.split("\n") == [
        ARTICLE[0],
        "The Director speaks at the conference. Photo: Minh Tam",
        ARTICLE[1],
    ]
    assert cleaned.removed == ["![]() |"]
    ((start, end),) = cleaned.captions
    assert cleaned.text[start:end] == "The Director speaks at the conference. Photo: Minh Tam"


def test_caption_with_only_a_trailing_pipe_after_an_image():
    raw = "\n".join(
        [
            ARTICLE[0],
            "![photo](https://example.org/a.jpg) |",
            "Officers hand out health insurance cards in a village. Photo courtesy of Thu Ha |",
            ARTICLE[1],
        ]
    )
    assert caption_texts(raw) == ["Officers hand out health insurance cards in a village. Photo courtesy of Thu Ha"]


@pytest.mark.parametrize(
    "line",
    [
        "Delegates attend the conference. Photo: LE VAN",
        "Delegates attend the conference (Photo: VNA).",
        "Illustrative image (VSS)",
        "Các đại biểu dự hội nghị (Ảnh: BHXH tỉnh).",
    ],
)
def test_plain_caption_lines_with_a_credit(line: str):
    assert caption_texts(f"{ARTICLE[0]}\n{line}\n{ARTICLE[1]}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Reported by Anh Tuan. Photos: Duy Khanh",
        "The photo exhibition ran for a week and drew 3,000 visitors from the whole province this spring.",
    ],
)
def test_bylines_and_sentences_are_not_captions(line: str):
    assert caption_texts(f"{ARTICLE[0]}\n{line}") == []


def test_trailing_pipe_caption_cell_and_pull_quote():
    caption = "The Director awards prizes to outstanding collectives of the province in 2025."
    quote = "“" + "We will keep every promise made to the people who trust us with their future. " * 4 + "”"
    cleaned = clean_text(f"{ARTICLE[0]}\n{caption} |\n{quote} |\n{ARTICLE[1]}")
    assert cleaned.text.split("\n") == [ARTICLE[0], caption, quote, ARTICLE[1]]
    assert [cleaned.text[s:e] for s, e in cleaned.captions] == [caption]


def test_pipe_table_row_is_not_a_caption():
    cleaned = clean_text("| Unit | Metric | Value |\n| Lao Cai | Revenue | VND 3,400 billion |")
    assert cleaned.text == "Unit | Metric | Value\nLao Cai | Revenue | VND 3,400 billion"
    assert cleaned.captions == []


def test_end_markers_and_trailing_menu_removed_byline_kept():
    raw = "\n".join(
        [
            *ARTICLE,
            "MINH TAM",
            "Source: https://example.org/news/1",
            "",
            "",
            "Comment (0)",
            "",
            "No data",
            "No data",
            "",
            "Heritage",
            "",
            "Figure",
            "",
            "No videos available",
            "News",
            "",
            "Political System",
            "Destination",
            "Product",
            "",
        ]
    )
    cleaned = clean_text(raw)
    assert cleaned.text.split("\n") == [*ARTICLE, "MINH TAM", "Source: https://example.org/news/1"]


def test_vietnamese_reader_comment_footer_removed():
    raw = "\n".join(
        [
            *ARTICLE,
            "By Hoang Lan",
            "",
            "",
            "",
            "Thông tin bạn đọc",
            "Đóng Lưu thông tin",
            "Gửi bình luận",
            "Ý kiến bạn đọc",
        ]
    )
    assert clean_text(raw).text.split("\n") == [*ARTICLE, "By Hoang Lan"]


def test_short_lines_at_the_end_without_markers_are_kept():
    recipients = ["Lao Cai Social Security", "Cao Bang Social Security", "Tuyen Quang", "Lang Son"]
    raw = "\n".join([*ARTICLE, "Units awarded the flag:", *recipients])
    assert clean_text(raw).text.split("\n") == [*ARTICLE, "Units awarded the flag:", *recipients]


def test_site_name_glued_twice_to_a_date():
    cleaned = clean_text(f"Headline of the day here\nBáo Lào CaiBáo Lào Cai26/06/2025\n{ARTICLE[0]}")
    assert cleaned.text.split("\n")[1] == "Báo Lào Cai 26/06/2025"


def test_source_line_stays():
    raw = f"{ARTICLE[0]}\nSource: https://example.org/a-b-c/"
    assert clean_text(raw).text == raw


def test_whitespace_normalised():
    raw = "  Line   one\u00a0with\tspaces  \r\n\r\n\r\n\n\u200bLine two\u00ad here \f\n\n"
    assert clean_text(raw).text == "Line one with spaces\n\nLine two here"


def test_unicode_nfc():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung, Đồng Nai")
    assert clean_text(decomposed).text == "Nguyễn Thị Hồng Nhung, Đồng Nai"


def test_quotes():
    raw = "``Backtick quote'' and ''doubled'' and `single' and the VSS`s plan, “curly” ‘kept’ \"straight\" it's"
    assert (
        clean_text(raw).text
        == '“Backtick quote” and “doubled” and ‘single’ and the VSS’s plan, “curly” ‘kept’ "straight" it\'s'
    )


def test_lines_are_never_joined_or_reordered():
    raw = "\n".join([ARTICLE[0], "", "![]() |", "", ARTICLE[1], "Comment (0)", ARTICLE[2]])
    cleaned = clean_text(raw)
    kept = [ln for ln in cleaned.text.split("\n") if ln]
    assert kept == ARTICLE


def test_alt_text_slug_of_an_accented_headline_removed():
    head = "Bảo hiểm xã hội tỉnh Lào Cai tổ chức hội nghị thi đua"
    raw = "\n".join([head, "Nội dung bài viết ở đây.", slug(head), slug(head) + " Tin khác về bảo hiểm y tế"])
    assert clean_text(raw).text == f"{head}\nNội dung bài viết ở đây."


def test_markdown_table_and_headings():
    md = "# Title line\n\nSome **bold** text with a [link](http://x.org).\n\n| Unit | Value |\n|---|---|\n| A | 1 |\n\n| Lone caption. Photo: X |"
    cleaned = clean_text(markdown_to_text(md))
    assert cleaned.text.split("\n") == [
        "Title line",
        "",
        "Some bold text with a link.",
        "",
        "Unit | Value",
        "A | 1",
        "",
        "Lone caption. Photo: X",
    ]
    assert [cleaned.text[s:e] for s, e in cleaned.captions] == ["Lone caption. Photo: X"]


def test_cleaning_is_idempotent():
    raw = "\n".join([ARTICLE[0], "![]() |", "| Caption here. Photo: A |", ARTICLE[1], "Comment (0)"])
    once = clean_text(raw)
    twice = clean_text(once.text)
    assert twice.text == once.text


@pytest.mark.skipif(not SHARED.is_dir(), reason=SHARED_MISSING)
def test_real_inputs_keep_every_article_line():
    """On the seeds and dev articles: every long line of the input survives whole, in order."""
    files = sorted(SHARED.glob("seeds/*.txt")) + sorted(SHARED.glob("dev/*.txt")) + sorted(SHARED.glob("dev-vi/*.txt"))
    assert files
    for path in files:
        raw, _, _ = decode_bytes(path.read_bytes())
        cleaned = clean_text(raw)
        out_lines = cleaned.text.split("\n")
        position = 0
        for line in unicodedata.normalize("NFC", raw).split("\n"):
            line = " ".join(line.split()).strip("| ")  # captions and boxes lose their decorative pipes
            if len(line) < 80 or line in cleaned.removed:
                continue
            assert line in out_lines[position:], f"{path.name}: lost or moved {line[:60]!r}"
            position = out_lines.index(line, position)
        for line in cleaned.removed:  # the only long debris: image alt text repeating the headline
            assert len(line) < 80 or (line[:20].isascii() and line[:1].islower()), f"{path.name}: dropped {line[:60]!r}"
        for start, end in cleaned.captions:
            caption = cleaned.text[start:end]
            assert caption in out_lines and "|" not in caption[:1] + caption[-1:]
