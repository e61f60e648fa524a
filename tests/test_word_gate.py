"""The one word gate (`pipeline/extract/word_gate.py`) never turns away a text its pattern matches.

Every grammar pattern of both language packs, gated as the components gate it, is checked against
the plain regex on windows of the bundled real texts: wherever the regex matches, the gate lets the
text through, and the searches built on the gate find exactly the regex's matches.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml
from real_texts import texts

from pipeline.extract.cue_sites import gated
from pipeline.extract.lexicon import CaselessSearch
from pipeline.extract.regex_start import WholeTextGate
from pipeline.extract.word_gate import WordGate, gate_words, lowered
from pipeline.folding import lower_in_place

ODD = ["İ MINISTER of the ſun", "STRASSE Straße", "", "Thủ tướng Chính phủ"]


def grammar_patterns(lang: str) -> list[re.Pattern[str]]:
    """Every `grammar` pattern of every data file of a language pack, compiled as `compile_grammar` does."""
    out = []
    for entry in sorted(resources.files("pipeline.extract.data").joinpath(lang).iterdir(), key=str):
        if entry.name.endswith(".yml"):
            grammar = (yaml.safe_load(entry.read_text(encoding="utf-8")) or {}).get("grammar") or {}
            out += [re.compile(source) for source in grammar.values() if isinstance(source, str)]
    return out


def windows(lang: str) -> list[str]:
    out = list(ODD)
    for text in texts(lang)[:8]:
        out += [text[start : start + 160] for start in range(0, len(text), 53)]
    return out


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_gate_passes_every_text_the_plain_regex_matches(lang: str) -> None:
    patterns = grammar_patterns(lang)
    assert len(patterns) > 40
    gates = [(p, WordGate(p)) for p in patterns]
    assert sum(bool(gate.words) for _, gate in gates) > 15  # the gates do work
    turned_away = 0
    for window in windows(lang):
        for pattern, gate in gates:
            if pattern.search(window):
                assert gate.may_match(window), (pattern.pattern, window)
                assert gate.may_match(" " + window + " ", 1, len(window) + 1)  # between offsets: the same
            elif not gate.may_match(window):
                turned_away += 1
                assert gate.absent_from(window)
    assert turned_away > 1000


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_searches_built_on_the_gate_find_what_the_plain_regex_finds(lang: str) -> None:
    """`CaselessSearch` and a word-gated grammar pattern (`cue_sites.gated`) against the plain regex."""
    patterns = grammar_patterns(lang)
    sample = windows(lang)[::3]
    for pattern in patterns:
        scan, gated_pattern = CaselessSearch(pattern), gated(pattern)
        for window in sample:
            expected = [m.span() for m in pattern.finditer(window)]
            assert [m.span() for m in scan.finditer(window)] == expected, pattern.pattern
            assert [m.span() for m in gated_pattern.finditer(window)] == expected, pattern.pattern
            found, first = scan.search(window, 2), pattern.search(window, 2)
            assert (found and found.span()) == (first and first.span())


def test_a_patterns_words_are_read_one_way() -> None:
    assert gate_words(re.compile("Certificates? of Merit|medals?", re.IGNORECASE)) == (
        True,
        frozenset({"certificate", "medal"}),
    )
    assert gate_words(re.compile(r"(?P<who>[A-Z]\w+)\s+(?i:awarded|gave)")) == (True, frozenset({"awarded", "gave"}))
    assert gate_words(re.compile(r"Minister|Director")) == (False, frozenset({"Minister", "Director"}))
    assert gate_words(re.compile(r"\d+|one"))[1] is None
    assert not WordGate(re.compile("medal|flag", re.IGNORECASE), max_words=1).words  # too many: no gate


def test_a_text_is_lowered_as_lower_in_place_lowers_it() -> None:
    long_ascii = "The Prime Minister " * 40
    for text in ("Prime Minister", "Thủ tướng Chính phủ", "İstanbul", "ſeven", "", long_ascii, long_ascii + "İ"):
        for _ in range(2):  # asked again: from what was kept
            assert lowered(text) == lower_in_place(text)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_whole_text_gate_passes_every_text_the_plain_regex_matches(lang: str) -> None:
    """`WholeTextGate` (the lower-case form without its leading boundaries, on the lower-cased text)."""
    gates = [(p, WholeTextGate(p)) for p in grammar_patterns(lang)]
    assert sum(gate.lower is not None for _, gate in gates) > 10  # the lower-case form is read for many
    turned_away = 0
    for window in [*windows(lang), *texts(lang)[:8]]:
        for pattern, gate in gates:
            if pattern.search(window):
                assert gate.may_match(window), (pattern.pattern, window)
            else:
                turned_away += not gate.may_match(window)
    assert turned_away > 1000
    pronoun = WholeTextGate(re.compile(r"\b(?:[Ss]he|[Hh]e)\s+(?:is|was)\s+(?P<role>[A-Z]\w*)"))
    assert pronoun.lower is not None and not pronoun.may_match("the other one is Director")
    assert pronoun.may_match("She is Director") and not WholeTextGate(re.compile("(?!)")).may_match("x")
