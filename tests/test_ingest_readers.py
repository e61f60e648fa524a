"""Each reader on real files of its format: the corpus, and small files made in tmp_path."""

from __future__ import annotations

import codecs
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
from ingest_helpers import (
    CORPUS,
    encode_cp1258,
    make_corpus_module,
    make_docx,
    make_many_page_pdf,
    make_pdf,
    make_scanned_pdf,
    make_zip_bomb,
)

from pipeline.errors import (
    CorruptFile,
    EmptyDocument,
    EncryptedFile,
    FileVanished,
    NoTextLayer,
    TooLarge,
    UnsupportedFormat,
)
from pipeline.ingest import READERS, SUPPORTED_SUFFIXES, read_document
from pipeline.ingest.txt import decode_bytes
from pipeline.settings import Settings

VI = "Giám đốc Bảo hiểm xã hội tỉnh Đồng Nai Nguyễn Thị Hồng Nhung phát biểu tại hội nghị."
EN = "The Director said the unit’s “advanced model” café counter served 1,200 people."


def lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip()]


def test_reader_table_covers_the_four_formats():
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf"} <= SUPPORTED_SUFFIXES
    assert set(READERS) == SUPPORTED_SUFFIXES


# --- the corpus: one check per format -------------------------------------------------


def test_corpus_has_every_format():
    suffixes = {p.suffix for p in CORPUS.iterdir() if p.is_file()}
    assert {".txt", ".md", ".html", ".docx", ".pdf"} <= suffixes
    assert len([p for p in CORPUS.iterdir() if p.suffix in SUPPORTED_SUFFIXES]) >= 8


def test_corpus_windows_1258_text():
    raw = (CORPUS / "can_tho_labor_order.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    doc = read_document(CORPUS / "can_tho_labor_order.txt")
    assert "Nguyễn Thị Ngọc Hân" in doc.text
    assert "Sóc Trăng" in doc.text and "Hậu Giang" in doc.text
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert "\r" not in doc.text
    assert doc.title == "Cần Thơ Social Security receives the Labor Order, second class"
    assert doc.published == "2025-07-08"
    assert any("ambiguous" in w for w in doc.warnings)


def test_corpus_utf16_text_with_time_first_dateline():
    assert (CORPUS / "quang_tri_voluntary_si.txt").read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    doc = read_document(CORPUS / "quang_tri_voluntary_si.txt")
    assert "\x00" not in doc.text
    assert doc.published == "2025-11-20"
    assert doc.title and doc.title.startswith("Quang Tri Social Security")
    assert not doc.warnings


def test_corpus_saved_page_as_text_loses_debris_keeps_captions():
    path = CORPUS / "hue_congress_2025.txt"
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    doc = read_document(path)
    assert not doc.text.startswith("\ufeff")
    for debris in ("Comment (0)", "No data", "No videos available", "Heritage", "Political System", "![]()"):
        assert debris not in doc.text
    assert "Báo Huế 13/06/2025" in doc.text
    assert doc.published == "2025-06-13"
    assert doc.title == "HUE SOCIAL SECURITY: Emulation congress sets course for 2025-2030"
    assert lines(doc.text)[-1].startswith("Source: https://")
    assert "Huong Giang" in lines(doc.text)  # the byline survives
    captions = [doc.text[c.start : c.end] for c in doc.captions]
    assert len(captions) == 2
    assert all(c.endswith("Photo: Bao Anh") and not c.startswith("|") for c in captions)


def test_corpus_markdown():
    doc = read_document(CORPUS / "gia_lai_plan_2025.md")
    assert doc.format == "md"
    assert "#" not in doc.text and "**" not in doc.text and "|---" not in doc.text
    assert "Indicator | Result | Plan" in lines(doc.text)
    assert doc.title == "Gia Lai Social Security completes its 2025 plan two weeks early"
    assert doc.published == "2025-12-29"


def test_corpus_html_keeps_the_article_only():
    doc = read_document(CORPUS / "dak_lak_advanced_models.html")
    assert doc.format == "html"
    assert doc.title == "Dak Lak Social Security honours advanced models of 2021-2025"
    assert doc.published == "2025-11-18"  # from the page metadata
    text = doc.text
    assert text.count("On November 17, Dak Lak Provincial Social Security held a conference") == 1
    for debris in (
        "Politics",
        "Comment (0)",
        "Gửi bình luận",
        "Related news",
        "night markets",
        "cookies",
        "dataLayer",
        "Licence No.",
    ):
        assert debris not in text
    assert "2024 | 301,655 | 91.8%" in lines(text)
    assert lines(text)[-1] == "Story and photos: H'Linh Nie"
    captions = [text[c.start : c.end] for c in doc.captions]
    assert len(captions) == 2 and all("Photo: H'Linh Nie" in c for c in captions)
    assert "\u00a0" not in text


def test_corpus_docx_table_in_reading_order_without_header_footer():
    doc = read_document(CORPUS / "cluster3_midyear_table.docx")
    rows = lines(doc.text)
    assert "Unit | Metric | Value" in rows
    header_at = rows.index("Unit | Metric | Value")
    assert rows[header_at - 1].startswith("The main results of the members")
    assert rows[header_at + 1] == "Hai Phong City Social Security | Social insurance participants | 1,106,254 people"
    assert rows[header_at + 7].startswith("Taken together")
    assert "PRESS RELEASE" not in doc.text and "cluster leader 2025" not in doc.text
    assert doc.title == "Emulation Cluster No. 3 holds mid-year review, Hai Phong leads on collection"
    assert doc.published == "2025-07-24"


def test_corpus_pdf_pages_tables_and_paragraphs():
    doc = read_document(CORPUS / "vss_patriotic_congress_2025.pdf")
    assert doc.format == "pdf"
    pages = doc.text.split("\n\n")
    assert len(pages) == 3
    assert pages[1].startswith("Commendation") and pages[2].startswith("Tasks for 2026-2030")
    assert "Prime Minister's Certificate of Merit | 37 | 58" in lines(doc.text)
    assert "Page 1/3" not in doc.text and "Page 3/3" not in doc.text
    # wrapped lines are joined back into one paragraph per line
    assert any(
        ln.startswith("The social security sector held") and ln.endswith("attended the congress.")
        for ln in lines(doc.text)
    )
    assert doc.title == "Social security sector holds its Patriotic Emulation Congress for 2025-2030"
    assert doc.published == "2025-10-09"


@pytest.mark.parametrize(
    "path", sorted(p for p in CORPUS.iterdir() if p.suffix in SUPPORTED_SUFFIXES), ids=lambda p: p.name
)
def test_every_corpus_file_reads_with_title_and_date(path: Path):
    doc = read_document(path)
    assert doc.title and doc.published
    assert doc.language == "en"
    assert doc.text == doc.text.strip() and "\n\n\n" not in doc.text
    for span in doc.captions:
        assert doc.text[span.start : span.end].strip() == doc.text[span.start : span.end]


# --- text encodings -------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
    ],
)
def test_unicode_encodings(tmp_path: Path, encoding: str, prefix: bytes):
    path = tmp_path / "note.txt"
    path.write_bytes(prefix + f"Headline of the note here\n{VI}\n{EN}\n".encode(encoding))
    doc = read_document(path)
    assert lines(doc.text) == ["Headline of the note here", VI, EN]


def test_utf16_without_bom(tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_bytes(f"{EN}\n{VI}\n".encode("utf-16-le"))
    assert lines(read_document(path).text) == [EN, VI]


def test_windows_1258_vietnamese(tmp_path: Path):
    raw = encode_cp1258(f"{VI}\n")
    text, encoding, _ = decode_bytes(raw)
    assert encoding == "cp1258"
    path = tmp_path / "vi.txt"
    path.write_bytes(raw)
    doc = read_document(path)
    assert doc.text == VI
    assert doc.language == "vi"


def test_windows_1258_english_with_a_few_vietnamese_names(tmp_path: Path):
    path = tmp_path / "en.txt"
    path.write_bytes(encode_cp1258("Director Nguyễn Văn Ân of Đồng Nai Social Security spoke at the meeting.\n"))
    doc = read_document(path)
    assert "Nguyễn Văn Ân" in doc.text and "Đồng Nai" in doc.text
    assert doc.language == "en"


def test_windows_1252_english(tmp_path: Path):
    path = tmp_path / "en.txt"
    path.write_bytes(f"{EN}\n".encode("cp1252"))
    text, encoding, _ = decode_bytes(path.read_bytes())
    assert encoding == "cp1252"
    assert read_document(path).text == EN


def test_utf8_cut_inside_the_last_character(tmp_path: Path):
    path = tmp_path / "cut.txt"
    path.write_bytes(VI.encode("utf-8")[:-2])  # "hội nghị." loses "." and the last byte of "ị"
    doc = read_document(path)
    assert doc.text.startswith("Giám đốc") and "\ufffd" not in doc.text
    assert any("middle of a UTF-8 character" in w for w in doc.warnings)


def test_utf8_with_one_damaged_byte_stays_utf8(tmp_path: Path):
    raw = (VI + "\n" + VI).encode("utf-8")
    path = tmp_path / "damaged.txt"
    path.write_bytes(raw[:20] + b"\xff" + raw[20:])
    doc = read_document(path)
    assert doc.text.count("Nguyễn Thị Hồng Nhung") == 2
    assert any("invalid UTF-8" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "payload",
    [
        bytes(range(256)) * 8,  # NUL bytes
        b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 50 + b"some text",  # control characters, no NUL
    ],
    ids=["nul-bytes", "control-chars"],
)
def test_binary_junk_named_txt(tmp_path: Path, payload: bytes):
    path = tmp_path / "junk.txt"
    path.write_bytes(payload)
    with pytest.raises(CorruptFile, match="binary data, not text"):
        read_document(path)


def test_whitespace_only_text_is_empty(tmp_path: Path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\r\n\t \n")
    with pytest.raises(EmptyDocument):
        read_document(path)


def test_debris_only_text_is_empty(tmp_path: Path):
    path = tmp_path / "debris.txt"
    path.write_text("![]() |\nComment (0)\nNo data\n", encoding="utf-8")
    with pytest.raises(EmptyDocument, match="no text left"):
        read_document(path)


# --- html -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title} | Provincial News</title>
{meta}</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></nav>
<article><h1>{title}</h1>{body}</article>
<div class="comments"><h3>Comment (0)</h3><form><textarea></textarea><button>Gửi bình luận</button></form></div>
<aside><h3>Related news</h3><ul><li><a href="/x">An unrelated story about rice exports</a></li></ul></aside>
<footer>Copyright Provincial News</footer><script>var tracker = "secret";</script></body></html>"""

PARAS = (
    "<p>On March 3, the provincial Social Security office held a ceremony to honour 14 collectives for their work in 2025.</p>"
    "<table><tr><td><img src='a.jpg'></td></tr><tr><td>The Director hands over the flag. Photo: Minh Tam</td></tr></table>"
    "<p>By the end of February, 412,570 people had joined social insurance, 3.1 per cent more than a year earlier.</p>"
    "<ul><li>Voluntary participants rose to 61,208.</li><li>Health insurance covered 92.4% of the population.</li></ul>"
)


def test_html_image_table_caption_list_and_debris(tmp_path: Path):
    path = tmp_path / "page.html"
    page = PAGE.format(charset="utf-8", title="Province honours 14 collectives", meta="", body=PARAS)
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Province honours 14 collectives"
    rows = lines(doc.text)
    assert "Voluntary participants rose to 61,208." in rows
    assert "Health insurance covered 92.4% of the population." in rows
    assert [doc.text[c.start : c.end] for c in doc.captions] == ["The Director hands over the flag. Photo: Minh Tam"]
    for debris in ("Home", "Comment (0)", "Gửi bình luận", "rice exports", "tracker", "Copyright"):
        assert debris not in doc.text


def test_html_declared_windows_1258(tmp_path: Path):
    path = tmp_path / "vi.htm"
    body = f"<p>{VI}</p><p>{VI}</p><p>Phóng viên Trần Minh Khoa đã có mặt tại buổi lễ và ghi lại nhiều hình ảnh.</p>"
    page = PAGE.format(charset="windows-1258", title="Hội nghị tổng kết công tác thi đua năm 2025", meta="", body=body)
    path.write_bytes(encode_cp1258(page))
    doc = read_document(path)
    assert VI in doc.text
    assert doc.language == "vi"


def test_html_date_from_metadata_confirms_an_ambiguous_dateline(tmp_path: Path):
    path = tmp_path / "page.html"
    meta = '<meta property="article:published_time" content="2025-03-05T08:00:00+07:00">'
    body = "<p>05/03/2025 08:00</p>" + PARAS
    path.write_text(
        PAGE.format(charset="utf-8", title="Province honours 14 collectives", meta=meta, body=body), encoding="utf-8"
    )
    doc = read_document(path)
    assert doc.published == "2025-03-05"
    assert not any("ambiguous" in w for w in doc.warnings)


def test_html_without_an_article_falls_back_to_page_text(tmp_path: Path):
    path = tmp_path / "bare.html"
    path.write_text(
        "<html><body><nav>Home News</nav><div>Lao Cai Social Security met on May 4.</div></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert "Lao Cai Social Security met on May 4." in doc.text
    assert "Home News" not in doc.text


def test_html_with_navigation_only_is_empty(tmp_path: Path):
    path = tmp_path / "nav.html"
    path.write_text(
        "<html><body><nav><a href='/'>Home</a></nav><script>var a=1;</script></body></html>", encoding="utf-8"
    )
    with pytest.raises(EmptyDocument):
        read_document(path)


# --- docx -----------------------------------------------------------------------------


def test_docx_order_merged_cells_and_header(tmp_path: Path):
    import docx

    path = make_docx(
        tmp_path / "r.docx",
        [
            "Ninh Binh Social Security reviews the first half of 2025",
            "Opening paragraph.",
            [["Unit", "Metric", "Value"], ["Ninh Binh", "Revenue", "VND 9,120 billion"]],
            "Closing paragraph.",
        ],
        header="HEADER TEXT",
        footer="FOOTER TEXT",
    )
    document = docx.Document(str(path))
    table = document.tables[0]
    merged = table.add_row()
    merged.cells[0].merge(merged.cells[2]).text = "Source: provincial report"
    document.save(str(path))
    doc = read_document(path)
    assert lines(doc.text) == [
        "Ninh Binh Social Security reviews the first half of 2025",
        "Opening paragraph.",
        "Unit | Metric | Value",
        "Ninh Binh | Revenue | VND 9,120 billion",
        "Source: provincial report",
        "Closing paragraph.",
    ]
    assert doc.title == "Ninh Binh Social Security reviews the first half of 2025"


def test_docx_not_a_zip(tmp_path: Path):
    path = tmp_path / "fake.docx"
    path.write_text("this is plain text pretending to be Word", encoding="utf-8")
    with pytest.raises(CorruptFile, match="not a zip archive"):
        read_document(path)


def test_docx_zip_without_document_part(tmp_path: Path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(CorruptFile, match="word/document.xml"):
        read_document(path)


def test_docx_old_ole_file(tmp_path: Path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(CorruptFile, match="OLE"):
        read_document(path)


def test_docx_zip_bomb_over_the_unpacked_limit(tmp_path: Path):
    path = make_zip_bomb(tmp_path / "bomb.docx", inflated_mb=3)
    with pytest.raises(TooLarge, match="max_docx_unpacked_mb"):
        read_document(path, Settings(max_docx_unpacked_mb=1))


def test_docx_zip_bomb_by_compression_ratio(tmp_path: Path):
    path = make_zip_bomb(tmp_path / "bomb.docx", inflated_mb=3)
    with pytest.raises(TooLarge, match="compresses"):
        read_document(path)  # default limits: under 200 MB, but 1000:1


# --- pdf ------------------------------------------------------------------------------


def test_pdf_pages_table_and_reflow(tmp_path: Path):
    long = "The provincial office held its review conference on March 3 and honoured fourteen collectives for their results in collection and in the digitisation of records over the year."
    path = make_pdf(
        tmp_path / "r.pdf",
        [[long, "Second paragraph."], ["Page two text."]],
        table=[["Unit", "Metric", "Value"], ["Lao Cai", "Revenue", "VND 3,400 billion"]],
    )
    doc = read_document(path)
    assert (
        doc.text
        == f"{long}\nSecond paragraph.\nUnit | Metric | Value\nLao Cai | Revenue | VND 3,400 billion\n\nPage two text."
    )


def test_pdf_encrypted(tmp_path: Path):
    path = make_pdf(tmp_path / "locked.pdf", [["Confidential."]], password="user-secret")
    with pytest.raises(EncryptedFile, match="password"):
        read_document(path)


def test_pdf_no_text_layer(tmp_path: Path):
    path = make_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(NoTextLayer) as info:
        read_document(path)
    assert info.value.reason == "no text layer: run OCR first"


def test_pdf_zero_bytes(tmp_path: Path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyDocument):
        read_document(path)


@pytest.mark.parametrize(
    "payload", [b"%PDF-1.7\n garbage without objects", b"<html>not a pdf</html>"], ids=["broken", "not-pdf"]
)
def test_pdf_corrupt(tmp_path: Path, payload: bytes):
    path = tmp_path / "bad.pdf"
    path.write_bytes(payload)
    with pytest.raises(CorruptFile):
        read_document(path)


def test_pdf_of_thousands_of_pages_is_capped_and_lazy(tmp_path: Path):
    path = make_many_page_pdf(tmp_path / "huge.pdf", 2000)
    start = time.perf_counter()
    doc = read_document(path, Settings(max_pdf_pages=3))
    elapsed = time.perf_counter() - start
    assert doc.text.count("Page text of a very long annual compilation.") == 3
    assert doc.warnings == ["PDF has 2000 pages; read only the first 3 (max_pdf_pages)"]
    assert elapsed < 3, f"reading 3 of 2000 pages took {elapsed:.1f} s: pages are not opened lazily"


# --- read_document's own refusals -----------------------------------------------------


def test_unsupported_missing_and_too_large(tmp_path: Path):
    odt = tmp_path / "notes.xls"
    odt.write_bytes(b"PK")
    with pytest.raises(UnsupportedFormat, match="'.xls'"):
        read_document(odt)
    with pytest.raises(FileVanished):
        read_document(tmp_path / "gone.txt")
    big = tmp_path / "big.txt"
    big.write_text("A line of text.\n" * 80_000, encoding="utf-8")
    with pytest.raises(TooLarge, match="max_file_mb"):
        read_document(big, Settings(max_file_mb=1))


def test_text_cut_at_max_text_chars(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text("\n".join(f"Line number {i} of a long report." for i in range(200)), encoding="utf-8")
    doc = read_document(path, Settings(max_text_chars=500))
    assert len(doc.text) <= 500 and doc.text.endswith("report.")
    assert any("max_text_chars" in w for w in doc.warnings)


# --- the corpus generator ---------------------------------------------------------------


def test_generated_corpus_files_match_their_sources(tmp_path: Path):
    """scripts/make_corpus.py rebuilds every generated file with the same text as the committed one."""
    module = make_corpus_module()
    sources = sorted((module.SRC).glob("*.txt"))
    assert len(sources) >= 5 and not any(p.parent == CORPUS for p in sources)
    if not module.find_font("DejaVuSans.ttf"):
        pytest.skip("DejaVu fonts not installed: a rebuilt PDF would be ASCII-only")
    assert module.main(["--out", str(tmp_path)]) == 0
    for src in sources:
        name = module.parse_source(src).meta["output"]
        assert read_document(tmp_path / name).text == read_document(CORPUS / name).text, name


def test_no_document_twice_in_the_corpus():
    ids = [read_document(p).id for p in sorted(CORPUS.iterdir()) if p.suffix in SUPPORTED_SUFFIXES]
    assert len(ids) == len(set(ids))
