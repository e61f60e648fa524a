"""The figures' tenth speed round: shortcuts checked against the plain forms they replace, on the
bundled real texts (English and Vietnamese) and on invented sentences."""

from __future__ import annotations

import re

from real_texts import texts

from pipeline.extract.lexicon import CaselessSearch
from pipeline.extract.phrase_tries import gate_as_trie
from pipeline.extract.word_gate import lowered


def windows(text: str) -> list[tuple[int, int]]:
    """Every line of a text, and pieces of it cut at every 7th character (offsets into the text)."""
    out, at = [], 0
    for line in text.splitlines(keepends=True):
        out.append((at, at + len(line)))
        out += [(s, min(s + 40, at + len(line))) for s in range(at, at + len(line), 7)]
        at += len(line)
    return out


def test_a_gate_read_as_a_trie_passes_the_windows_its_alternation_passes(lang_nlp) -> None:
    lang, nlp = lang_nlp
    fig = nlp.get_pipe("pr_figures")
    gates = [fig.scan.word_scan.gate, fig.context.award_count_words.gate, fig.dates.comparison_scan.gate]
    tried = passed = 0
    for gate in gates:
        if gate is None or gate.alternation is None:
            continue
        plain = re.compile("|".join(map(re.escape, gate.words)))
        assert gate.alternation.pattern != plain.pattern  # read as a trie
        for text in texts(lang):
            low = lowered(text) if gate.on_lower else text
            if low is None:
                continue
            for start, end in windows(low):
                expected = plain.search(low, start, end) is not None
                assert gate.held(low, start, end) == expected, (gate.words, low[start:end])
                tried += 1
                passed += expected
    if lang == "en":
        assert tried > 1000 and passed > 10


def test_a_trie_gate_answers_as_the_alternation_on_invented_words() -> None:
    pattern = re.compile(
        r"\b(?:" + "|".join(f"w{i}x" for i in range(20)) + r"|title|titles|tit|report|reports)\b", re.IGNORECASE
    )
    plain, trie = CaselessSearch(pattern), gate_as_trie(CaselessSearch(pattern))
    assert plain.gate is not None and plain.gate.alternation is not None
    for text in ("The w12x office", "a TITLE here", "no words", "W3X", "tit for tat", "reportage", "w2"):
        for start in range(len(text)):
            for end in range(start, len(text) + 1):
                low = text.lower()
                assert trie.gate.held(low, start, end) == plain.gate.held(low, start, end), (text, start, end)
        assert (trie.search(text) is None) == (plain.search(text) is None)
