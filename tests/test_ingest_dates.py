"""Title and publication date from the top of a document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from ingest_helpers import SHARED, SHARED_MISSING

from pipeline.ingest import read_document
from pipeline.ingest.dates import find_top_matter, parse_dateline

BODY = "On May 27, the provincial Social Security office held a conference to review the emulation movement of the year and to honour 14 collectives."


def top(text: str, **meta: str):
    return find_top_matter(text, [], meta.get("title"), meta.get("published"))


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Báo Phú Yên 26/06/2025", "2025-06-26"),
        ("27/05/2021 06:30 PM", "2021-05-27"),
        ("10:38:52 AM | 10/15/2020", "2020-10-15"),
        ("16/10/2020 09:00 AM", "2020-10-16"),
        ("June 26, 2025", "2025-06-26"),
        ("Thursday, June 26, 2025, 08:15", "2025-06-26"),
        ("26 June 2025", "2025-06-26"),
        ("2025-06-26", "2025-06-26"),
        ("2025-06-26T08:30:00+07:00", "2025-06-26"),
        ("Thứ Năm, 26/06/2025 - 08:30", "2025-06-26"),
        ("Cập nhật: 26-06-2025", "2025-06-26"),
        ("ngày 26 tháng 6 năm 2025", "2025-06-26"),
        ("(PW, 26/06/2025)", "2025-06-26"),
        ("Hanoi, 30/12/2025", "2025-12-30"),
        ("28/12/2019 20:20", "2019-12-28"),
    ],
)
def test_dateline_forms(line: str, iso: str):
    found = parse_dateline(line)
    assert found is not None and found.iso == iso
    assert not found.ambiguous


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "As of May 31, 2025, the province had 1,592,839 people with health insurance cards.",
        "Plan No. 46-KH/TU dated June 9, 2023 of the Provincial Party Standing Committee was issued.",
        "Hotline 1900 9068",
        "31/02/2025",  # no such day
        "12/15/1850",  # not a plausible year
    ],
)
def test_not_a_dateline(line: str):
    assert parse_dateline(line) is None


def test_value_decides_against_the_form_convention():
    found = parse_dateline("10:38:52 AM | 15/10/2020")  # time first usually means MM/DD, but 15 is a day
    assert found is not None and found.iso == "2020-10-15" and not found.ambiguous


def test_ambiguous_day_month_keeps_the_convention_and_warns():
    result = top(f"Headline of the news item here\n05/06/2025 10:00 AM\n{BODY}")
    assert result.published == "2025-06-05"
    (warning,) = result.warnings
    assert "ambiguous" in warning and "'05/06/2025 10:00 AM'" in warning
    assert "2025-06-05" in warning and "2025-05-06" in warning and "DD/MM/YYYY" in warning


def test_ambiguous_time_first_form_reads_month_first():
    result = top(f"Headline of the news item here\n09:00:00 AM | 05/06/2025\n{BODY}")
    assert result.published == "2025-05-06"
    assert "MM/DD/YYYY" in result.warnings[0]


def test_body_dates_are_never_the_publication_date():
    assert top(f"{BODY}\nMore text follows here about the meeting on June 3, 2025.").published is None
    lines = [f"Paragraph {i} of the article, which says nothing about dates at all." for i in range(10)]
    assert top("\n".join([*lines, "26/06/2025"])).published is None  # too far from the top


def test_metadata_date_wins_and_a_contradicting_dateline_is_reported():
    result = top(f"Headline of the news item here\n26/06/2025\n{BODY}", published="2025-06-27")
    assert result.published == "2025-06-27"
    assert "2025-06-26" in result.warnings[0] and "metadata" in result.warnings[0]


def test_metadata_confirms_one_reading_of_an_ambiguous_dateline():
    result = top(f"Headline of the news item here\n05/06/2025\n{BODY}", published="2025-05-06")
    assert result.published == "2025-05-06" and result.warnings == []


@pytest.mark.parametrize(
    "text, title",
    [
        (
            f"Vietnam.vn - Cổng tin tức\n\nLAO CAI SOCIAL SECURITY: Five years of emulation\n\n{BODY}",
            "LAO CAI SOCIAL SECURITY: Five years of emulation",
        ),
        (f"{BODY}\nSecond paragraph.", None),
        (
            f"31 years of the sector – serving the people.\n\n13/02/2026 11:05 AM\n{BODY}",
            "31 years of the sector – serving the people.",
        ),
        (
            f"M\n28/12/2019 20:20\n\nBảo hiểm xã hội Hải Phòng phát động cuộc thi ảnh\n\n{BODY}",
            "Bảo hiểm xã hội Hải Phòng phát động cuộc thi ảnh",
        ),
        (
            f"Hoạt động ngành\n\nHướng dẫn thi đua, khen thưởng năm 2026\n\n{BODY}",
            "Hướng dẫn thi đua, khen thưởng năm 2026",
        ),
        (
            f"(HBO) - The Social Security Agency of the province organised a conference to update information about insurance.\n{BODY}",
            None,
        ),
    ],
)
def test_title(text: str, title: str | None):
    assert top(text).title == title


def test_title_skips_a_caption_at_the_top(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(
        f"![]() |\n| Delegates at the meeting. Photo: Minh Tam |\nLao Cai honours its best collectives of 2025\n{BODY}",
        encoding="utf-8",
    )
    assert read_document(path).title == "Lao Cai honours its best collectives of 2025"


def test_metadata_title_wins():
    assert top(f"Headline of the news item here\n{BODY}", title="Page title").title == "Page title"


@pytest.mark.skipif(not SHARED.is_dir(), reason=SHARED_MISSING)
def test_published_dates_of_the_shared_gold(tmp_path: Path):
    """The seeds and dev articles through ingest only: every gold publication date, and no invented one."""
    gold_dir = SHARED / "eval" / "gold"
    checked = 0
    for gold_file in sorted(gold_dir.glob("*.json")):
        candidates = list(SHARED.glob(f"seeds/{gold_file.stem}.txt")) + list(SHARED.glob(f"dev/{gold_file.stem}.txt"))
        if not candidates:
            continue
        expected = json.loads(gold_file.read_text(encoding="utf-8"))["document"].get("published")
        assert read_document(candidates[0]).published == expected, gold_file.stem
        checked += 1
    assert checked >= 19


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_dir(), reason=SHARED_MISSING)
def test_published_date_score_through_the_cli(tmp_path: Path):
    """The brief's check: `pipeline extract` on seeds and dev, then eval/score.py prints 11/11."""
    inputs = sorted(SHARED.glob("seeds/*.txt")) + sorted(SHARED.glob("dev/*.txt"))
    out = tmp_path / "out"
    exe = Path(sys.executable).with_name("pipeline")
    subprocess.run(
        [str(exe), "extract", *map(str, inputs), "--out", str(out), "--profile", "fast"],
        check=True,
        capture_output=True,
    )
    score = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "gold"), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "document published date correct: 11/11" in score.stdout


def test_a_long_source_name_set_apart_by_a_bar_is_still_a_dateline() -> None:
    found = parse_dateline("Đài Phát thanh và Truyền hình tỉnh Yên Bái | 14/09/2026")
    assert found is not None and found.iso == "2026-09-14"
    assert parse_dateline("Đài Phát thanh và Truyền hình tỉnh Yên Bái đưa tin ngày 14/09/2026") is None
