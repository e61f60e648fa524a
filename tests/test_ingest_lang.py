"""The language guess: Vietnamese only when most words carry Vietnamese letters."""

from __future__ import annotations

from pipeline.ingest.lang import guess_language


def test_english_naming_vietnamese_places_stays_english() -> None:
    text = "The Đồng Nai office and the Bình Dương office paid 1,200 pensions in March 2026 to retired workers."
    assert guess_language(text) == "en"


def test_vietnamese_prose_is_vietnamese() -> None:
    text = "Bảo hiểm xã hội tỉnh đã chi trả lương hưu cho người lao động nghỉ hưu trong tháng Ba."
    assert guess_language(text) == "vi"


def test_words_without_letters_are_not_counted() -> None:
    # numbers and dates carry no letter: the share is of the words that do
    text = "12/3/2026 1.250 45% Người tham gia tăng mạnh 2.400"
    assert guess_language(text) == "vi"


def test_a_diaeresis_is_no_vietnamese_mark() -> None:
    # Vietnamese writes no diaeresis: words whose only accent it is are not Vietnamese
    assert guess_language("Grüße aus Köln für Jürgen und Müller") == "en"
