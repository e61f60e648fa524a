"""A headline figure repeated in the body: dated by the body in Vietnamese, left undated in English
(each language's gold convention, set by `headline_takes_body_date` in data/<lang>/metrics.yml)."""

from __future__ import annotations

from pipeline.extract import extract_text


def _as_of(records, value: float) -> list[str | None]:
    return [f.as_of for f in records.figures if f.value == value]


def test_english_title_figure_takes_the_date_the_body_states_it_with() -> None:
    text = (
        "Binh Phuoc: 52,300 people join voluntary social insurance\n"
        "By the end of October 2025, 52,300 people in Binh Phuoc province were taking part in "
        "voluntary social insurance, the provincial Social Security said.\n"
    )
    # one figure (the body repeats the title's), with the body's date (tests/gold_blind_en5 writes it so)
    assert _as_of(extract_text(text, language="en"), 52300) == ["2025-10"]


def test_english_title_goal_stays_undated() -> None:
    """Only a title's (or a round-up heading's) stated figure waits for the body's date: a goal in the
    title keeps none (the English dev gold)."""
    text = (
        "Kien Giang aims for 80,000 voluntary participants\n"
        "Kien Giang Provincial Social Security is determined to reach 80,000 voluntary social insurance "
        "participants as soon as possible. By the end of 2024 it had 61,200 voluntary participants.\n"
    )
    assert _as_of(extract_text(text, language="en"), 80000) == [None]


def test_vietnamese_headline_figure_takes_the_body_date() -> None:
    text = (
        "Bình Phước: 52.300 người tham gia BHXH tự nguyện\n"
        "Tính đến hết tháng 10/2025, toàn tỉnh có 52.300 người tham gia BHXH tự nguyện, "
        "BHXH tỉnh Bình Phước cho biết.\n"
    )
    dates = _as_of(extract_text(text, language="vi"), 52300)
    assert dates and all(d == "2025-10" for d in dates)


def test_a_sector_wide_document_scopes_its_figures_to_the_agency() -> None:
    """A national congress of the sector names one provincial office among its award recipients:
    the sector's figures are Vietnam Social Security's, not that office's."""
    text = (
        "Vietnam Social Security holds its emulation congress\n"
        "Vietnam Social Security held its patriotic emulation congress in Hanoi on Monday. "
        "Vietnam Social Security reported that social insurance participants rose to 19.7 million. "
        "Health insurance covered 93.4 per cent of the population, Vietnam Social Security said. "
        "On the occasion, Quang Binh Social Security received the Labor Order, third class.\n"
    )
    scopes = {f.scope for f in extract_text(text, language="en").figures}
    assert scopes == {"Vietnam Social Security"}
