"""A sentence's matches read from one scan of the whole text (`sentence_scan`) are the ones a scan
of the sentence alone finds, on the bundled real texts in both languages, cut into sentences, lines
and pieces cut anywhere (inside words and dates too), and the dates `find_dates` builds from them
are the same."""

from __future__ import annotations

import random
import re

import pytest
from real_texts import texts

from pipeline.extract.dates import date_reader, find_dates
from pipeline.extract.sentence_scan import TextScan, reach_of

SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


def pieces(text: str, seed: int) -> list[tuple[int, int]]:
    """Offsets of the text's sentences and lines, and of pieces cut at random places."""
    out = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    rng = random.Random(seed)
    for _ in range(60):
        a = rng.randrange(len(text) + 1)
        out.append((a, min(len(text), a + rng.randrange(1, 400))))
    # right before and after every digit run: a date cut at its edges
    for m in re.finditer(r"\d+", text):
        for a, b in ((m.start(), m.start() + 120), (max(0, m.end() - 120), m.end()), (m.start() + 1, m.end() + 90)):
            out.append((a, min(len(text), b)))
    return out


def spans(found: list[tuple[re.Match[str], int]]) -> list[tuple[int, int, tuple]]:
    return [(m.start() - shift, m.end() - shift, m.groups()) for m, shift in found]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_sentences_matches_from_the_whole_text_are_its_own(lang: str) -> None:
    reader = date_reader(lang)
    patterns = [reader.date_re, *reader.forms]
    answered = 0
    for n, text in enumerate(texts(lang)):
        scan = TextScan(text)
        for pattern in patterns:
            scan.matches(pattern)
        for a, b in pieces(text, n):
            piece = text[a:b]
            for pattern in patterns:
                found = scan.sentence_matches(pattern, a, piece)
                if found is None:
                    continue
                answered += 1
                assert spans(found) == [(m.start(), m.end(), m.groups()) for m in pattern.finditer(piece)], piece
            with_scan = find_dates(reader, piece, scan, a)
            assert with_scan == find_dates(reader, piece), piece
    assert answered > 1000  # most pieces are answered from the whole text


def test_a_match_read_at_a_sentences_edges_is_the_sentences_own() -> None:
    """The whole text's year runs on past the sentence ("20245"), a lookbehind reads the character
    before it, a run of white space is longer than any before: the sentence's own scan decides."""
    reader = date_reader("en")
    text = "Revenue grew in 2024. 5 offices opened.\nBy May     12, 2023 the 2020-2025 plan held; x2024 y 2024%."
    scan = TextScan(text)
    scan.matches(reader.date_re)
    for a in range(len(text)):
        for b in range(a + 1, len(text) + 1):
            piece = text[a:b]
            assert find_dates(reader, piece, scan, a) == find_dates(reader, piece), (a, b)


def test_the_reach_of_a_pattern_is_read_from_its_parts() -> None:
    assert (reach_of(re.compile(r"ab\s+c")).back, reach_of(re.compile(r"ab\s+c")).forward(3)) == (0, 6)
    assert reach_of(re.compile(r"(?<![\d.])\d{4}(?!\d)")).back == 1
    assert reach_of(re.compile(r"(?<![\d.])\d{4}(?!\d)")).forward(1) == 5
    assert reach_of(re.compile(r"\bword\b")).back == 1
    for unbounded in (r"^a", r"a$", r"a.*b", r"a?", r"(a)\1"):
        assert reach_of(re.compile(unbounded)).forward(1) is None
