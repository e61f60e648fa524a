"""The cheaper cue searches of the figures component find what the plain patterns find.

`PhraseCues` (a presence test, then a lower-case scan) against the case-insensitive phrase trie,
`lexicon.CaselessSearch` (lower-cased text, word gate) against the plain pattern, and `PhrasePresence`'s anchor words against the
unbounded trie, on the language packs' own cue lists and the bundled real texts.
"""

from __future__ import annotations

import re

import pytest
from real_texts import texts

from pipeline.extract.dates import date_reader
from pipeline.extract.figure_rules import SCANNED_CUES
from pipeline.extract.lexicon import CaselessSearch, compile_grammar, load_data
from pipeline.extract.lexicon_models import MetricsData
from pipeline.extract.phrase_cues import PhraseCues
from pipeline.extract.phrase_tries import PhrasePresence, phrase_trie
from pipeline.extract.regex_start import search_slice, with_start_gate
from pipeline.extract.slice_search import looks_back, slice_has

ODD = ["İstanbul ſun nationwide", "NATIONWIDE, the Whole Sector", "", "Straße STRASSE ſUN", "the must-reach target"]


def pieces(lang: str) -> list[str]:
    """Sentence-sized pieces of the real texts, and a few with letters that fold apart."""
    out = list(ODD)
    for text in texts(lang):
        out += [text[i : i + 300] for i in range(0, len(text), 150)]
    return out


def cue_lists(lang: str) -> list[list[str]]:
    met = load_data(lang, "metrics", MetricsData)
    lists = [met.sector_wide, met.unclear_scope, met.coverage_cues.population, met.coverage_cues.workforce]
    lists += [m.cues for m in met.measures] + list(met.schemes.values()) + [met.target_cues]
    return lists + [["ſun", "Straße", "must reach"], []]


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_phrase_cues_find_what_the_phrase_trie_finds(lang: str) -> None:
    sample = pieces(lang)
    for phrases in cue_lists(lang):
        cues, trie = PhraseCues(phrases), with_start_gate(phrase_trie(phrases))
        for text in sample:
            found, expected = cues.search(text), trie.search(text)
            assert (found and found.span()) == (expected and expected.span()), (phrases, text)
            assert spans(cues.finditer(text)) == spans(trie.finditer(text)), (phrases, text)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_phrase_presence_with_anchor_words_answers_as_the_unbounded_trie(lang: str) -> None:
    sample = pieces(lang)
    for phrases in cue_lists(lang):
        presence, trie = PhrasePresence(phrases), phrase_trie(phrases, bounded=False)
        for text in sample:
            assert presence(text) == (trie.search(text) is not None), (phrases, text)
    assert PhrasePresence(["aim to", "aims to", "aiming to", "goal of"]).anchors == ["aim", "goal"]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_caseless_search_finds_what_the_plain_pattern_finds(lang: str) -> None:
    reader = date_reader(lang)
    grammar = compile_grammar(load_data(lang, "metrics", MetricsData).grammar)
    patterns = [reader.comparison_before, reader.range_versus, reader.year_base, reader.to_date]
    patterns += [grammar.years_span, grammar.district_before, grammar.own_subject, grammar.months_elapsed]
    patterns += [getattr(grammar, name) for name in SCANNED_CUES]  # the figures component scans these
    for pattern in patterns:
        scan = CaselessSearch(pattern)
        for text in pieces(lang):
            found, expected = scan.search(text, 2, len(text) - 3), pattern.search(text, 2, len(text) - 3)
            assert (found and (found.span(), found.groupdict())) == (
                expected and (expected.span(), expected.groupdict())
            )
            assert spans(scan.finditer(text)) == spans(pattern.finditer(text))


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_slice_asked_between_offsets_answers_as_the_cut_slice(lang: str) -> None:
    reader = date_reader(lang)
    grammar = compile_grammar(load_data(lang, "metrics", MetricsData).grammar)
    scans = [reader.comparison_scan, reader.range_versus_scan, reader.year_base_scan]
    scans += [CaselessSearch(getattr(grammar, name)) for name in ("years_span", "own_subject", "to_value_before")]
    for text in pieces(lang):
        for start, end in [(0, len(text)), (3, 43), (len(text) // 2 - 40, len(text) // 2), (len(text) - 4, len(text))]:
            start, end = max(0, start), max(0, end)
            for scan in scans:
                assert slice_has(scan, text, start, end) == (search_slice(scan, text, start, end) is not None)
    assert not looks_back(reader.comparison_scan.pattern) and looks_back(reader.year_base_scan.pattern)
    for source in (r"\bab", r"(?<=a)b", r"^a", r"(?:x|\bab)+", r"a(?=(?<=b)c)"):
        assert looks_back(re.compile(source)), source
    assert not looks_back(re.compile(r"(?i)a(?=b)c?$"))


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_text_without_the_phrases_has_none_in_any_piece_of_it(lang: str) -> None:
    """`PhraseCues.absent_from(sentence)` lets each number's piece skip its search: wherever it says
    absent, the trie finds nothing in the pieces the figures component cuts (up to a number, a clause)."""
    sample = pieces(lang)
    for phrases in cue_lists(lang):
        cues, trie = PhraseCues(phrases), with_start_gate(phrase_trie(phrases))
        for text in sample:
            absent = cues.absent_from(text)
            if absent:
                for cut in range(0, len(text), 7):
                    assert trie.search(text[:cut]) is None and trie.search(text[cut:]) is None, (phrases, text)
                    assert trie.search(text[cut // 2 : cut]) is None, (phrases, text)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_text_without_a_scans_words_has_no_match_in_any_window_or_slice(lang: str) -> None:
    """`CaselessSearch.absent_from(sentence)` lets each number skip its windowed search (years span,
    district, next year, award counts): wherever it says absent, the plain pattern matches no
    window and no slice of the text."""
    grammar = compile_grammar(load_data(lang, "metrics", MetricsData).grammar)
    patterns = [grammar.years_span, grammar.district_before, grammar.next_year, grammar.own_subject]
    patterns += [getattr(grammar, name) for name in SCANNED_CUES]
    said_absent = 0
    for pattern in patterns:
        scan = CaselessSearch(with_start_gate(pattern))
        for text in pieces(lang):
            if not scan.absent_from(text):
                continue
            said_absent += 1
            for cut in range(0, len(text) + 1, 11):
                assert pattern.search(text, 0, cut) is None and pattern.search(text, cut) is None, (pattern, text)
                assert pattern.search(text[cut // 2 : cut]) is None, (pattern, text)
    assert said_absent > 0
