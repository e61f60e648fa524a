"""The cue sites (each cue word found once per document) answer as the gates and searches they stand for.

The award reader asks per sentence "does an award form occur here" and per clause "which forms can";
`DocCueSites` answers from word positions found once per document. Checked against the plain
searches on the bundled real texts, English and Vietnamese, over sentence-sized ranges.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract.cue_sites import CueSites
from pipeline.extract.lexicon import CaselessSearch
from pipeline.extract.nlp import build_nlp
from pipeline.ingest import read_document
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def texts(*folders: str) -> list[str]:
    paths = sorted(p for folder in folders for p in (REPO / folder).glob("*.txt"))
    return [read_document(p, Settings()).text for p in paths]


def ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of a few sizes and offsets, as sentences and clauses fall."""
    return [(start, min(len(text), start + size)) for size in (40, 160, 400) for start in range(0, len(text), 37)]


@pytest.fixture(scope="module", params=["en", "vi"])
def awards(request):
    folders = {"en": ("corpus", "tests/gold_blind"), "vi": ("tests/gold_blind_vi", "tests/gold_blind_vi2")}
    return build_nlp(Settings(profile="fast"), request.param).get_pipe("pr_awards"), texts(*folders[request.param])


def test_a_range_holds_a_form_exactly_when_the_forms_search_finds_one(awards) -> None:
    finder, docs = awards
    held = 0
    for text in docs:
        sites = finder.cue_sites.of(text)
        for start, end in ranges(text):
            expected = finder.any_award.search(text, start, end) is not None
            assert finder.holds_form(sites, start, end) == expected, (text[start:end], start)
            held += expected
    assert held > 50


def test_the_forms_a_range_may_hold_find_every_mention(awards) -> None:
    finder, docs = awards
    found = 0
    for text in docs:
        sites = finder.cue_sites.of(text)
        for start, end in ranges(text):
            expected = finder.mentions(text[start:end])
            assert finder.mentions(text[start:end], sites.cues_in(start, end)) == expected
            found += len(expected)
    assert found > 50


def test_a_word_on_the_edge_of_a_range_is_outside_it() -> None:
    scan = CaselessSearch(re.compile(r"emulation flags?", re.IGNORECASE))
    sites = CueSites([scan]).of("The Emulation Flag went to the unit.")
    assert sites.cues_in(0, 18) == {0} and sites.search(0, 0, 18)
    assert sites.cues_in(0, 17) == set() and not sites.search(0, 0, 17)
    assert sites.cues_in(5, 30) == set()


def test_a_text_that_does_not_lower_case_letter_for_letter_is_searched_everywhere() -> None:
    scan = CaselessSearch(re.compile(r"emulation flags?", re.IGNORECASE))
    sites = CueSites([scan]).of("İ The Emulation Flag")  # "İ" lower-cases to two characters
    assert sites.cues_in(0, 3) == {0}  # no gate: the search decides
    assert sites.search(0, 0, 21) and not sites.search(0, 0, 5)


def test_a_case_sensitive_pattern_is_gated_on_the_text_as_it_is() -> None:
    scan = CaselessSearch(re.compile(r"Emulation Flag"))
    sites = CueSites([scan]).of("the emulation flag; the Emulation Flag")
    assert sites.cues_in(0, 18) == set()
    assert sites.cues_in(20, 38) == {0}


def test_sentences_holding_a_word_are_found_by_index() -> None:
    scans = [CaselessSearch(re.compile(r"flag", re.IGNORECASE)), CaselessSearch(re.compile(r"medal", re.IGNORECASE))]
    text = "A Flag. Nothing here. A medal and a flag. Fla g."
    starts, ends = [0, 8, 22, 42], [7, 21, 41, 48]
    sites = CueSites(scans).of(text)
    assert sites.ranges_holding(starts, ends, range(2)) == [0, 2]
    assert sites.ranges_holding(starts, ends, range(1, 2)) == [2]
    assert sites.holds(1, 22, 41) and not sites.holds(1, 0, 21)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_movement_names_are_the_same_when_only_the_patterns_whose_words_are_there_run(lang: str) -> None:
    from pipeline.extract.extensions import sentences, text_of

    nlp = build_nlp(Settings(profile="fast"), lang)
    folders = {"en": ("corpus", "tests/gold_blind_en2"), "vi": ("tests/gold_blind_vi", "tests/gold_blind_vi3")}
    finder = nlp.get_pipe("pr_movements")
    found = 0
    for doc in nlp.pipe(texts(*folders[lang])):
        sites = finder.cue_sites.of(text_of(doc))
        for sent in sentences(doc):
            expected = finder.names(sent)
            assert finder.names(sent, sites) == expected
            found += len(expected)
    assert found >= 10


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_an_events_place_is_read_from_the_place_tokens_as_from_the_tokens(lang: str) -> None:
    """`EventFinder.location` reads the layout's place tokens of the sentence instead of every token."""
    from pipeline.extract.extensions import sentences

    nlp = build_nlp(Settings(profile="fast"), lang)
    events = nlp.get_pipe("pr_events")
    folders = {"en": ("corpus", "tests/gold_blind_en2"), "vi": ("tests/gold_blind_vi", "tests/gold_blind_vi3")}

    def by_tokens(doc, sent) -> str | None:
        for tok in doc.char_span(sent.start_char, sent.end_char, alignment_mode="expand") or []:
            if tok._.is_place and tok.i > 0 and events.g.location_before.match(doc[tok.i - 1].lower_):
                return tok.text  # the place as the text writes it ("Ha Noi", "Hà Nội")
        return None

    found = 0
    for doc in nlp.pipe(texts(*folders[lang])):
        for sent in sentences(doc):
            if events.g.headquarters.search(sent.text) or events.g.place_with_province.search(sent.text):
                continue  # read from the text before the place tokens are asked
            expected = by_tokens(doc, sent)
            if expected is None and events.g.town_at.search(sent.text):
                continue  # a town the place tokens do not hold, read from the text after them
            assert events.location(doc, sent.text, sent) == expected
            found += expected is not None
    assert found >= 2


def test_a_word_gate_passes_every_text_the_pattern_matches(nlp) -> None:
    """The gates of the award grammar patterns tried per mention never turn away a text they match."""
    from pipeline.extract.word_gate import WordGate

    awards = nlp.get_pipe("pr_awards")
    checked = 0
    for name in ("proposed_after", "issuer_possessive"):
        pattern = getattr(awards.g, name)
        gate = WordGate(pattern)
        assert gate.words  # both patterns need a word: the gate does work
        for text in texts("corpus", "tests/gold_blind"):
            for start in range(0, len(text), 23):
                window = text[start : start + 90]
                if pattern.search(window) or pattern.match(window):
                    assert gate.may_match(window), (name, window)
                    checked += 1
    assert checked >= 3
    assert not WordGate(re.compile(r"(?i)the minister(?:'s|’s)")).may_match("The Director spoke")
    assert WordGate(re.compile(r"(?i)minister")).may_match("İ MINISTER")  # not letter for letter: passes


def test_a_word_scan_finds_what_the_caseless_search_finds(awards) -> None:
    """`WordScan` (the award forms and authorities) only swaps the gate's regex for `in` tests."""
    from pipeline.extract.cue_sites import WordScan

    finder, docs = awards
    patterns = [regex for _, regex, _, _ in finder.forms] + [scan.pattern for _, scan in finder.authorities]
    found = 0
    for pattern in patterns:
        plain, quick = CaselessSearch(pattern), WordScan(pattern)
        for text in docs[:6]:
            for start, end in ranges(text)[::5]:
                expected = [m.span() for m in plain.finditer(text, start, end)]
                assert [m.span() for m in quick.finditer(text, start, end)] == expected
                found += len(expected)
    assert found > 20


def test_a_gated_grammar_finds_what_the_grammar_finds(awards) -> None:
    """Every gated grammar pattern answers `search`, `finditer`, `sub` and `split` as the plain one."""
    from pipeline.extract.cue_sites import GatedPattern

    finder, docs = awards
    gated = {name: p for name, p in vars(finder.g).items() if isinstance(p, GatedPattern)}
    assert len(gated) >= 5
    found = 0
    for name, pattern in gated.items():
        plain = pattern.compiled
        for text in docs[:4]:
            for start, end in ranges(text)[::9]:
                window = text[start:end]
                expected = plain.search(text, start, end)
                got = pattern.search(text, start, end)
                assert (got and got.span()) == (expected and expected.span()), (name, window)
                assert [m.span() for m in pattern.finditer(window)] == [m.span() for m in plain.finditer(window)]
                assert pattern.sub("", window) == plain.sub("", window)
                assert pattern.split(window) == plain.split(window)
                found += expected is not None
    assert found > 20


def test_words_of_a_pattern_with_case_insensitive_groups_are_read_in_lower_case() -> None:
    from pipeline.extract.word_gate import WordGate, caseless_group_words

    pattern = re.compile(r"(?P<who>[A-Z]\w+)\s+(?i:(?:also\s+)?(?:awarded|gave))\s+$")
    assert caseless_group_words(pattern) == frozenset({"awarded", "gave"})
    gate = WordGate(pattern)
    assert gate.may_match("The Committee AWARDED ") and pattern.search("The Committee AWARDED ")
    assert not gate.may_match("The Committee presented ")
    assert caseless_group_words(re.compile(r"a\(?i:b")) is None  # an escaped parenthesis: not read


def test_a_possessive_window_is_searched_whenever_dropping_its_articles_may_let_the_pattern_match(awards) -> None:
    """`may_hold_after_deletions` never turns away a window whose article-free form the possessive matches."""
    from pipeline.extract.word_gate import WordGate

    finder, docs = awards
    gate = WordGate(finder.g.issuer_possessive)
    checked = 0
    for text in docs:
        for start in range(0, len(text), 17):
            window = text[start : start + 90]
            bare = finder.g.article.sub("", window)
            if gate.may_match(bare) and finder.g.issuer_possessive.search(bare):
                assert gate.may_hold_after_deletions(window), window
                checked += 1
    assert not WordGate(finder.g.issuer_possessive).may_hold_after_deletions("The Minister spoke") or not gate.words


def test_a_text_without_digits_or_number_words_holds_no_count(awards) -> None:
    """The count reader's first test (`may_count`) passes every text in which a count group is found."""
    finder, docs = awards
    counts = finder.counts
    found = 0
    for text in docs:
        for start, end in ranges(text)[::3]:
            window = text[start:end]
            if counts.group_re.search(window):
                assert counts.may_count(window), window
                found += 1
    assert found > 10
    assert not counts.may_count("were awarded the Certificate of Merit")


def test_words_found_through_their_anchors_are_every_occurrence_of_every_word(awards) -> None:
    """Each word is found through a part it shares with others (`anchor_groups`): the places found are
    exactly those a scan for each word finds."""
    finder, docs = awards
    cues = finder.cue_sites
    words = [(on_lower, word, users) for on_lower, _, group in cues.anchors for _, word, users in group]
    assert len(cues.anchors) < len(words)  # the anchors do spare scans
    for text in docs[:8]:
        sites = cues.of(text)
        expected = []
        for on_lower, word, users in words:
            haystack = sites.low if on_lower else text
            at = haystack.find(word) if haystack is not None else -1
            while at != -1:
                expected += [(at, at + len(word), k) for k in users if k not in sites.anywhere]
                at = haystack.find(word, at + 1)
        assert sites.hits == sorted(expected)


def test_anchor_groups_cover_each_word_once() -> None:
    from pipeline.extract.cue_sites import anchor_groups

    words = ["emulation flag", " emulation flag", "national emulation ", "prize", "certificate of merit"]
    groups = anchor_groups(sorted(words))
    assert sorted(w for _, group in groups for w in group) == sorted(words)
    assert all(anchor in word for anchor, group in groups for word in group)
    assert len(groups) < len(words)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_searches_a_range_holds_are_those_each_holds(lang: str) -> None:
    folders = {
        "en": ("corpus", "tests/gold_blind"),
        "vi": ("tests/gold_blind_vi", "tests/gold_blind_vi2", "tests/gold_blind_vi3"),
    }
    finder = build_nlp(Settings(profile="fast"), lang).get_pipe("pr_movements")
    searches = range(finder.first_unquoted, finder.first_known + len(finder.known))
    held = 0
    own = ["Đơn vị tham gia Cuộc thi viết về bảo hiểm xã hội. Các cuộc thi khác của tỉnh."] if lang == "vi" else []
    for text in texts(*folders[lang]) + own:
        sites = finder.cue_sites.of(text)
        for start, end in ranges(text):
            expected = {k for k in searches if sites.holds(k, start, end)}
            assert sites.holding(searches, start, end) == expected
            held += len(expected)
    assert held > 3


def test_a_word_is_held_as_any_would_tell() -> None:
    from pipeline.extract.word_gate import holds_word

    for words in [(), ("award",), ("zz", "merit"), ("zz", "yy")]:
        for text in ["", "certificate of merit", "the award"]:
            assert holds_word(text, words) == any(word in text for word in words)


def test_a_word_scan_given_the_lowered_text_finds_what_it_finds(awards) -> None:
    """`WordScan.finditer_lowered`: the same matches with the text lowered by the caller, the words tested or not."""
    from pipeline.extract.word_gate import lowered

    finder, docs = awards
    events = build_nlp(Settings(profile="fast")).get_pipe("pr_events")  # its triggers on either language's texts
    scans = [*finder.form_scans, *(scan for _, scan in finder.authorities), *(scan for _, scan in events.triggers)]
    found = 0
    for text in docs:
        for start, end in ranges(text)[::7]:
            piece = text[start:end]
            for scan in scans:
                expected = [m.span() for m in scan.finditer(piece)]
                for known in (False, True):
                    assert [m.span() for m in scan.finditer_lowered(piece, lowered(piece), known)] == expected
                assert [m.span() for m in scan.finditer_lowered(piece, None)] == expected
                found += len(expected)
    assert found > 50


def test_a_word_scan_searched_on_the_lowered_text_finds_what_it_finds(awards) -> None:
    """`WordScan.search_lowered`: the first match, as `search` gives it."""
    from pipeline.extract.cue_sites import WordScan
    from pipeline.extract.word_gate import lowered

    finder, docs = awards
    scans = [WordScan(finder.verbs), *finder.form_scans, *(scan for _, scan in finder.authorities)]
    found = 0
    for text in docs:
        for start, end in ranges(text)[::5]:
            piece = text[start:end]
            for scan in scans:
                expected = scan.search(piece)
                got = scan.search_lowered(piece, lowered(piece))
                assert (got and got.span()) == (expected and expected.span())
                found += expected is not None
    assert found > 50


def test_ranges_with_their_cues_are_the_ranges_holding_a_word_and_their_cues(awards) -> None:
    """`DocCueSites.ranges_with_cues`: `ranges_holding` and `cues_in` of each, in one pass."""
    finder, docs = awards
    searches = [finder.form_range, range(len(finder.form_range), len(finder.cue_sites.scans)), range(0, 3)]
    held = 0
    for text in docs:
        sites = finder.cue_sites.of(text)
        cuts = [0, *(i + 1 for i, ch in enumerate(text) if ch in ".\n"), len(text)]
        starts, ends = cuts[:-1], [max(s, e - 1) for s, e in zip(cuts[:-1], cuts[1:])]  # sentences, apart
        for wanted in searches:
            expected = [(i, sites.cues_in(starts[i], ends[i])) for i in sites.ranges_holding(starts, ends, wanted)]
            assert sites.ranges_with_cues(starts, ends, wanted) == expected
            held += len(expected)
    assert held > 50


def test_a_word_may_survive_deletions_exactly_when_each_of_its_characters_is_there(awards) -> None:
    """`may_hold_after_deletions` reads the window's characters as a set: the same answer as a test per character."""
    from pipeline.extract.word_gate import WordGate

    finder, docs = awards
    gates = [WordGate(finder.g.issuer_possessive), WordGate(finder.g.members_cue), WordGate(finder.g.proposed_after)]
    passed = 0
    for text in docs:
        for start in range(0, len(text), 29):
            window = text[start : start + 90]
            for gate in gates:
                low = window.lower() if gate.on_lower else window
                expected = not gate.words or any(all(ch in low for ch in word) for word in gate.words)
                assert gate.may_hold_after_deletions(window) == expected
                passed += expected
    assert passed > 50
