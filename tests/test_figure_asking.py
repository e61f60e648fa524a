"""The figures component asks its questions more cheaply in places, with the same answers as the
plain forms, on the bundled real texts (English and Vietnamese)."""

from __future__ import annotations

import re
import unicodedata

from real_texts import texts

from pipeline.extract.lexicon import load_data
from pipeline.extract.lexicon_models import NumbersData
from pipeline.extract.regex_start import AsciiStartScan


def ascii_pieces(lang: str) -> list[str]:
    """Every line of the real texts, and the same line with its accents dropped (an ASCII text)."""
    out = []
    for text in texts(lang):
        for line in text.splitlines():
            out.append(line)
            folded = unicodedata.normalize("NFKD", line.replace("đ", "d").replace("Đ", "D"))
            out.append(folded.encode("ascii", "ignore").decode())
    return out


def spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_the_number_scan_from_its_start_characters_finds_what_the_gated_pattern_finds(lang_nlp) -> None:
    lang, nlp = lang_nlp
    scan = nlp.get_pipe("pr_figures").scan
    assert isinstance(scan.expr_scan, AsciiStartScan) and scan.expr_scan.starts is not None
    assert scan.expr_scan.starts.pattern.endswith("[\\s\\S])")  # places after a word character passed over
    numbers = 0
    for piece in ascii_pieces(lang):
        for text in (piece, f"VND{piece}", f"{piece} 1,5", f"US$ 12 {piece}", f"$4 d1 v2,{piece}-3 /5 .6"):
            expected = spans(scan.expr.finditer(text))
            assert spans(scan.expr_scan.finditer(text)) == expected, text
            numbers += len(expected)
    assert numbers > 100


def test_a_pattern_without_start_characters_is_scanned_as_it_is() -> None:
    pattern = re.compile(r"x*")  # can match nothing: no start class
    scan = AsciiStartScan(pattern, pattern)
    assert scan.starts is None
    assert spans(scan.finditer("axxb")) == spans(pattern.finditer("axxb"))


def test_the_reference_words_as_a_trie_answer_as_their_alternation(lang_nlp) -> None:
    lang, nlp = lang_nlp
    scan = nlp.get_pipe("pr_figures").scan
    reference_words = load_data(lang, "numbers", NumbersData).reference_words
    words = "|".join(re.escape(w.rstrip(".")) for w in reference_words)
    plain = re.compile(scan.reference_re.pattern.split(r"(?:\b(?:")[0] + rf"(?:\b(?:{words})\.?)\s*$", re.IGNORECASE)
    found = 0
    for text in texts(lang):
        for at in range(1, len(text), 2):
            before = text[max(0, at - 60) : at]
            start = max(0, len(before.rstrip()) - scan.reference_reach)
            expected = plain.search(before, start) is not None
            assert (scan.reference_re.search(before, start) is not None) == expected, before
            found += expected
    assert found > 5


def test_the_number_words_as_a_trie_are_found_where_their_alternation_is(lang_nlp) -> None:
    lang, nlp = lang_nlp
    scan = nlp.get_pipe("pr_figures").scan
    plain = re.compile(r"\b(?:" + "|".join(scan.word_numbers) + r")\b", re.IGNORECASE)
    found = 0
    for text in texts(lang):
        for line in text.splitlines():
            for piece in (line, line.upper(), f"{line}one", f"x{line} Two"):
                expected = plain.search(piece) is not None
                assert (scan.number_words.search(piece) is not None) == expected, piece
                found += expected
    assert found > 5


def test_the_currency_word_before_a_number_is_found_near_the_end_where_the_pattern_finds_it(lang_nlp) -> None:
    lang, nlp = lang_nlp
    meaning = nlp.get_pipe("pr_figures").meaning
    currency = meaning.g.currency_before
    assert meaning.currency_end.reach is not None  # searched near the end, not through the whole piece
    found = 0
    for text in texts(lang):
        for line in text.splitlines():
            for cut in range(0, len(line), 3):
                for piece in (line[:cut], f"{line[:cut]} VND", f"{line[:cut]}US$ ", f"{line[:cut]} đồng $"):
                    left = piece.rstrip()
                    expected = currency.search(left) is not None
                    assert (meaning.currency_end.search(left) is not None) == expected, piece
                    found += expected
    assert found > 100
