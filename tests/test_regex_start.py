"""The speed-ups of pipeline/extract/regex_start.py give the same matches as the patterns they replace.

Checked on the language packs' own cue lists and grammars, over text from the English and
Vietnamese dev sets (skipped when ../shared is absent) and over made-up sentences.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract.dates import date_reader
from pipeline.extract.lexicon import compile_grammar, load_data, phrase_regex
from pipeline.extract.lexicon_models import AwardsData, MetricsData, NumbersData
from pipeline.extract.phrase_tries import PhrasePresence, PhraseWindow, phrase_trie
from pipeline.extract.regex_start import (
    TailSearch,
    cue_scan,
    never_matches,
    search_slice,
    skipping_lower,
    skips_ahead,
    start_class,
    tail_reach,
    with_start_gate,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MADE_UP = [
    "By the end of October 2026, the province had 556,528 people participating in social insurance.",
    "Coverage rose from 87.3% in 2021 to about 94.1% in the first six months of 2025, compared with 2020.",
    "The office strives to reach 95.5% health insurance coverage; online services handled 12 March 2024.",
    "Số người tham gia BHXH tự nguyện đạt khoảng 21,53 triệu người, tăng 5% so với cùng kỳ năm 2024.",
    "Phấn đấu đến ngày 30/9/2025 đạt tỷ lệ bao phủ trên 95% dân số; 9 tháng đầu năm 2025 thu 1.200 tỷ đồng.",
    "ONLINE Services, NATIONWIDE and the Whole Sector: more than 20 per cent; nearly\n 3 million  ",
    "",
    "İstanbul ſ K 2020-2025 vs. 2019",
]


def texts() -> list[str]:
    """The made-up sentences, and pieces of the dev sets' texts when they are there."""
    out = list(MADE_UP)
    for folder in ("dev", "dev-vi"):
        for path in sorted((SHARED / folder).glob("*.txt"))[:25]:
            text = path.read_text(encoding="utf-8")
            out += [text[i : i + 400] for i in range(0, len(text), 200)]
    return out


def spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_start_class_reads_the_characters_a_match_starts_with() -> None:
    assert start_class(r"(?<![\d])(?:19|20)\d\d|first|[A-C]x?") == r"[12A-Cf]"
    assert start_class(r"\b(?:an?\s+)?increase") == "[ai]"  # an optional word: its start or the next one's
    assert start_class(r"a*") is None  # can match nothing: no start to test
    assert start_class(r".x") is None
    assert start_class(r"[^a]b") is None
    # a scoped "(?i:...)" gives a caseless class: "Ngày", "NGÀY" and "ngày" all pass it
    assert start_class(r"(?i:ngày|sáng)\s|\d+") == r"(?:[\d]|(?i:[ns]))"
    assert start_class(r"(?-i:a)b") is None
    gated = with_start_gate(re.compile(r"(?i:ngày)\s+(?P<d>\d{1,2})"))
    for text in ["Ngày 5 và NGÀY 6, ngày 7", "ngàyx 5"]:
        assert spans(gated.finditer(text)) == spans(re.finditer(r"(?i:ngày)\s+(?P<d>\d{1,2})", text))
    assert [m.group("d") for m in gated.finditer("Ngày 5 và NGÀY 6, ngày 7")] == ["5", "6", "7"]


def test_a_start_gate_keeps_every_match_of_the_date_patterns() -> None:
    sample = texts()
    for lang in ("en", "vi"):
        reader = date_reader(lang)
        for gated in [reader.date_re, *reader.forms]:
            plain = re.compile(gated.pattern.replace(f"(?={start_class(gated.pattern)})", "", 1), gated.flags)
            for text in sample:
                assert spans(gated.finditer(text)) == spans(plain.finditer(text)), (lang, text)


def test_a_pattern_the_engine_skips_through_keeps_no_gate() -> None:
    # a literal prefix or a first character from a set: Python's engine steps to it in C, and a
    # lookahead gate in front would hide it (the same matches either way, at twice the cost)
    for source in (";", r",\s+(?:and|while|but)\b|;", r"(?i),\s+(?:và|còn)\b|;", r"/\d+", "coverage", r"(?P<g>;)"):
        pattern = re.compile(source)
        assert skips_ahead(pattern) and with_start_gate(pattern) is pattern, source
    for source in (r"\d+", r"(?i)\bnext year", r"(?i)abc", r"x?", r"(?<!a)b"):
        assert not skips_ahead(re.compile(source)), source
    assert with_start_gate(re.compile(r"(?i)\bnext year")).pattern.startswith("(?i)(?=")
    once = with_start_gate(re.compile(r"(?i)\b(?:the\s+office|its|we)\b"))
    assert with_start_gate(once) is once  # a gated pattern gets no second gate


def test_a_start_gate_keeps_global_flags_and_case_insensitive_matches() -> None:
    pattern = re.compile(r"(?i)\b(?:next year|the coming year)\b")
    gated = with_start_gate(pattern)
    assert gated.pattern.startswith("(?i)(?=")
    for text in ["NEXT YEAR and The Coming Year", "next-year", "kelvin \u212a next Year"]:
        assert spans(gated.finditer(text)) == spans(pattern.finditer(text))


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_grammar_patterns_start_gated_find_the_same(lang: str) -> None:
    grammar = compile_grammar(load_data(lang, "metrics", MetricsData).grammar)
    sample = texts()
    for name, pattern in vars(grammar).items():
        gated = with_start_gate(pattern)
        for text in sample:
            assert spans(gated.finditer(text)) == spans(pattern.finditer(text)), (name, text)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_cue_scan_over_the_lower_cased_text_finds_what_its_pattern_finds(lang: str) -> None:
    # where the pattern's own lower-case form opens on a literal or a set of first characters, the scan
    # searches with it instead of its start-gated form (`skipping_lower`): the same matches
    met = load_data(lang, "metrics", MetricsData)
    patterns = list(vars(compile_grammar(met.grammar)).values())
    patterns += [phrase_trie(phrases, bounded=False) for phrases in (met.target_cues, met.sector_wide)]
    sample = texts()
    swapped = 0
    for pattern in patterns:
        scan = cue_scan(pattern)
        swapped += scan.lower is not None and "(?=" not in scan.lower.pattern[:3]
        for text in sample:
            assert spans(scan.finditer(text)) == spans(pattern.finditer(text)), (pattern.pattern, text)
    assert swapped > 0
    assert skipping_lower(cue_scan(re.compile(r"\bnext year")), re.compile(r"\bnext year")).lower is None


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_phrase_trie_matches_as_the_phrase_alternation_does(lang: str) -> None:
    met = load_data(lang, "metrics", MetricsData)
    lists = [m.cues for m in met.measures] + list(met.schemes.values())
    lists += [met.target_cues, met.sector_wide, met.coverage_cues.population, met.coverage_cues.workforce]
    sample = texts()
    for phrases in lists:
        alternation, trie = phrase_regex(phrases), phrase_trie(phrases)
        scan = cue_scan(trie)
        for text in sample:
            expected = [m.span() for m in alternation.finditer(text)]
            assert [m.span() for m in trie.finditer(text)] == expected, (phrases, text)
            assert [m.span() for m in scan.finditer(text)] == expected, (phrases, text)
            words = phrase_trie(phrases, bounded=False)
            if not words.search(text):
                assert not expected  # no phrase's words at all: no phrase either


def test_the_longest_phrase_ending_a_word_wins_in_a_trie() -> None:
    trie = phrase_trie(["on", "online", "online services"])
    assert [m.group() for m in trie.finditer("Online services, online-only, onliner, on")] == [
        "Online services",
        "online",
        "on",
    ]
    assert phrase_trie([]).search("anything") is None
    # case variants share the trie's path: the longer phrase still wins, as in the alternation
    assert phrase_trie(["Online", "online services"]).search("Online services").group() == "Online services"
    # a letter a case-insensitive regex equates with another ("ſ" with "s"): the plain alternation
    for phrases in (["ſt", "st uff"], ["Σ", "ς x"]):
        for text in ["st uff", "ſt uff", "ST UFF", "σ x", "ς x"]:
            got, expected = phrase_trie(phrases).search(text), phrase_regex(phrases).search(text)
            assert (got and got.span()) == (expected and expected.span()), (phrases, text)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_tail_search_finds_the_qualifier_the_whole_search_finds(lang: str) -> None:
    num = load_data(lang, "numbers", NumbersData)
    sample = texts()
    for words in num.qualifiers.values():
        pattern = re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, words)) + r")\s*$", re.IGNORECASE)
        tail = TailSearch(pattern)
        assert tail.reach is not None
        for text in sample:
            for cut in range(0, len(text), 7):  # every prefix shape: "... more than ", "... over\n"
                left = text[:cut]
                for probe in (left, left + " ", left + "\n"):
                    got, expected = tail.search(probe), pattern.search(probe)
                    assert (got and got.span()) == (expected and expected.span()), (words, probe)


def test_tail_reach_only_for_patterns_that_end_in_white_space_and_the_end() -> None:
    assert tail_reach(re.compile(r"(?:^|\W)(?:about|nearly)\s*$")) == 7
    assert tail_reach(re.compile(r"from\s+$")) is None
    assert tail_reach(re.compile(r"\w+\s*$")) is None  # no bound on how far back a match starts
    assert tail_reach(re.compile(r"about\s*$", re.MULTILINE)) is None


def test_a_pattern_that_never_matches_gives_up_at_the_start_of_the_text() -> None:
    assert never_matches("(?!)") and never_matches("(?i)(?!)") and never_matches("(?<!)")
    assert not never_matches("(?!a)b") and not never_matches("a(?!)") and not never_matches("")
    for source in ("(?!)", "(?i)(?!)"):
        gated = with_start_gate(re.compile(source))
        assert gated.pattern == r"\A(?!)"
        for text in texts():
            assert gated.search(text) is None and gated.search(text, 5) is None and not gated.split(text)[1:]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_packs_no_such_cue_is_compiled_to_give_up_at_the_start_of_the_text(lang: str) -> None:
    """`compile_grammar` writes a pack's "(?!)" as `\\A(?!)`: nothing matches either way, and the start
    gates and word gates still see a pattern that never matches."""
    grammar = load_data(lang, "awards", AwardsData).grammar
    never = [name for name, source in grammar.model_dump().items() if source == "(?!)"]
    assert never
    compiled = compile_grammar(grammar)
    for name in never:
        pattern = getattr(compiled, name)
        assert pattern.pattern == r"\A(?!)" and never_matches(pattern.pattern)
        assert with_start_gate(pattern).pattern == r"\A(?!)"
        for text in texts()[:10]:
            assert pattern.search(text) is None and not list(pattern.finditer(text)) and pattern.sub("", text) == text


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_slice_searched_through_its_sentence_finds_what_the_slice_finds(lang: str) -> None:
    reader = date_reader(lang)
    grammar = compile_grammar(load_data(lang, "metrics", MetricsData).grammar)
    scans = [reader.comparison_scan, reader.range_versus_scan, reader.year_base_scan, cue_scan(grammar.years_span)]
    scans += [cue_scan(grammar.district_before), cue_scan(grammar.own_subject)]
    for text in texts():
        for start, end in [(0, len(text)), (3, 40), (10, len(text) - 5), (len(text) // 2, len(text)), (7, 7)]:
            start, end = min(start, len(text)), max(min(end, len(text)), min(start, len(text)))
            for scan in scans:
                expected = scan.search(text[start:end])
                found = search_slice(scan, text, start, end)
                assert (found and (found.span(), found.groupdict())) == (
                    expected and (expected.span(), expected.groupdict())
                ), (text, start, end)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_phrase_presence_answers_as_the_unbounded_trie_does(lang: str) -> None:
    met = load_data(lang, "metrics", MetricsData)
    lists = [met.target_cues, met.sector_wide, met.coverage_cues.population, ["Straße", "ſun", "must", "must reach"]]
    sample = texts() + ["TARGETED", "the must-reach list", "STRASSE", "sun", "ſUN"]
    for phrases in lists:
        presence, trie = PhrasePresence(phrases), phrase_trie(phrases, bounded=False)
        for text in sample:
            assert presence(text) == (trie.search(text) is not None), (phrases, text)
    assert PhrasePresence(["must", "must reach", "reach"]).needles == ["must", "reach"]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_phrase_window_answers_as_the_trie_on_the_slice(lang: str) -> None:
    nouns = load_data(lang, "numbers", NumbersData)
    lists = [nouns.not_figure_nouns, [n for ns in nouns.unit_nouns.values() for n in ns], ["ſun", "Straße"]]
    for phrases in lists:
        window, trie = PhraseWindow(phrases), phrase_trie(phrases, bounded=False)
        for text in texts() + ["ſUN and STRASSE"]:
            for start, length in [(0, 40), (5, 20), (len(text) // 2, 60), (len(text), 10)]:
                expected = trie.search(text[start : start + length]) is not None
                assert window(text, start, start + length) == expected, (phrases, text, start)
            # the text's own answer, kept for it: the windows above were asked after it was read
            assert window(text) == (trie.search(text) is not None), (phrases, text)
