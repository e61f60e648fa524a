"""`EndAnchored`: where the pattern without its `$` finds nothing up to the last end, no end has a
match of the pattern; checked on the language packs' cited-document patterns over the bundled real
texts, and on made-up patterns whose end reads past the match (which keep the search per end)."""

from __future__ import annotations

import re

import pytest
from real_texts import texts

from pipeline.extract.end_anchored import EndAnchored, after_leading_group, open_ended
from pipeline.extract.lexicon import compile_grammar, load_data
from pipeline.extract.lexicon_models import AwardsData, MetricsData

MADE_UP = [
    "Under Decision No. 128/QD-TTg dated 14/3/2021, coverage reached 93% in 2024.",
    "Theo Quyết định số 128/QĐ-TTg ngày 14/3/2021 và Luật Bảo hiểm xã hội năm 2014, đến năm 2025 đạt 95%.",
    "No dates here, no. 5 of 2024",
]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_no_end_has_a_match_where_the_open_pattern_finds_none(lang: str) -> None:
    pattern = re.compile(load_data(lang, "metrics", MetricsData).grammar.cited_document_before)
    anchored = EndAnchored(pattern)
    assert anchored.open is not None  # the packs' pattern is read: the shortcut is taken
    matched = 0
    for text in [t[:2500] for t in texts(lang)] + MADE_UP:  # each end searched: the texts' openings
        ends = [e for e in range(len(text) + 1) if pattern.search(text, 0, e)]  # the ends with a match
        first = ends[0] if ends else len(text) + 1
        for last_end in range(0, len(text) + 1, 5):
            if last_end >= first:
                assert anchored.may_match(text, last_end), text[:last_end][-60:]
            found, expected = anchored.search(text, last_end), pattern.search(text, 0, last_end)
            assert (found and found.span()) == (expected and expected.span())
        matched += bool(ends)
    assert matched  # the texts do cite documents


def test_a_pattern_that_reads_past_its_end_is_searched_per_end() -> None:
    for source in (r"abc\b$", r"abc(?=x)$", r"a\$", r"(?>ab)c$", r"ab", r"ab(?:c|\b)$", r"a++b$"):
        assert open_ended(re.compile(source)) is None, source
    for source in (r"\bto\s+$", r"(?<=x)ab\Z", r"(?i)\bNo\.?\s*\d+\s+$"):
        assert open_ended(re.compile(source)) is not None, source
    anchored = EndAnchored(re.compile(r"abc\b$"))
    assert anchored.may_match("xyz", 3) and anchored.search("abcd", 3) is not None


def test_the_part_after_a_leading_group_is_found_wherever_the_pattern_matches() -> None:
    """`after_leading_group`: the English possessive issuer's "'s" part, found in every window of the real
    texts where the whole pattern matches (so a window without it is never searched for the name); made-up
    patterns whose part cannot be read alone give None."""
    pattern = compile_grammar(load_data("en", "awards", AwardsData).grammar).issuer_possessive
    tail = after_leading_group(pattern)
    assert tail is not None and tail.pattern == "(?:'s|’s)\\s+$"
    windows = matched = 0
    for text in [*texts("en"), "the Minister of Health’s Certificate of Merit", "Ho Chi Minh City's \n"]:
        for end in range(0, len(text), 7):
            window = text[max(0, end - 90) : end]
            whole = pattern.search(window)
            assert whole is None or tail.search(window) is not None
            matched += whole is not None
            windows += 1
    assert matched >= 3 and windows > 1000
    assert after_leading_group(re.compile(r"(a[)\]])b")).pattern == "b"  # type: ignore[union-attr]
    for source in [r"(a)(b)c", r"(a)?b", r"(a)|b", r"\A(?!)", r"a(b)c", r"(a)"]:
        assert after_leading_group(re.compile(source)) is None, source
