"""Second round of fast-profile rewrites, each checked against the plain form it replaces on the
bundled real texts (English and Vietnamese): the unit ruler run around its anchor words, the doc's
metadata and places read without `Underscore` objects, people tried only where a family name
opens, recent date answers kept, one alternation for the known movement names."""

from __future__ import annotations

import pytest
from real_texts import laid_out, texts
from spacy.matcher import Matcher

from pipeline.extract.anchored import AnchoredMatcher, span_of
from pipeline.extract.dates import date_reader, find_dates
from pipeline.extract.extensions import doc_meta, place_tokens, sentences, text_of
from pipeline.extract.nlp import build_nlp
from pipeline.settings import Settings


def test_the_anchored_unit_ruler_matches_what_the_whole_document_matcher_matches(lang_nlp) -> None:
    lang, nlp = lang_nlp
    ruler = nlp.get_pipe("unit_ruler")
    assert isinstance(ruler.matcher, AnchoredMatcher)
    plain = Matcher(nlp.vocab, validate=False)
    for entry in ruler.patterns:
        if isinstance(entry["pattern"], list):  # phrase patterns go to the ruler's phrase matcher
            plain.add(repr((entry["label"], entry.get("id", ""))), [entry["pattern"]])
    found = 0
    for text in texts(lang):
        doc = laid_out(nlp, text)
        assert sorted(set(ruler.matcher(doc))) == sorted(set(plain(doc))), text[:80]
        found += len(set(plain(doc)))
    assert found > 50  # the texts do name units
    assert len(ruler.matcher.whole) == 0  # every pattern is read around its anchors, none by the plain matcher
    if lang == "vi":
        assert len(ruler.matcher.word_tests.ids) > 64  # more tests than one 64-bit word holds


def test_anchor_reach_counts_every_repeat() -> None:
    assert span_of(None) == (1, 1) and span_of("?") == (0, 1) and span_of("{1,4}") == (1, 4)
    assert span_of("{0,3}") == (0, 3) and span_of("{2}") == (2, 2)
    assert span_of("+")[1] is None and span_of("*")[1] is None and span_of("{2,}")[1] is None


def test_a_pattern_matches_at_the_edges_of_the_document_and_next_to_its_anchor() -> None:
    nlp = build_nlp(Settings(profile="fast"), "en")
    pattern = [{"IS_TITLE": True, "OP": "{1,4}"}, {"LOWER": "zqxanchor"}, {"ORTH": "x", "OP": "?"}]
    anchored = AnchoredMatcher(nlp.vocab, [("k", pattern)])
    plain = Matcher(nlp.vocab, validate=False)
    plain.add("k", [pattern])
    for text in ("A B C D E zqxanchor x", "zqxanchor", "Hoa Binh Zqxanchor", "a b c d Zqxanchor x y Z zqxanchor"):
        doc = nlp.make_doc(text)
        assert sorted(anchored(doc)) == sorted(plain(doc)), text


def test_repeats_short_words_and_unreadable_patterns_match_as_the_plain_matcher_does() -> None:
    nlp = build_nlp(Settings(profile="fast"), "en")
    patterns = [
        [{"LOWER": "zqxa"}, {"TEXT": {"REGEX": "^[A-Z,]"}, "OP": "+"}, {"LOWER": {"IN": ["zqxb", "zqxc"]}}],
        [{"LOWER": "zqxa"}, {"IS_TITLE": True, "OP": "*"}],
        [{"IS_TITLE": True, "OP": "?"}, {"LOWER": "the"}, {"LOWER": "of"}],  # only short words to look for
        [{"LOWER": "zqxa"}, {"ORTH": "x", "OP": "!"}],  # "!" is left to spaCy's matcher
        [{"IS_TITLE": True}, {"IS_TITLE": True}],  # names no word: left to spaCy's matcher
    ]
    anchored = AnchoredMatcher(nlp.vocab, [(f"k{i}", p) for i, p in enumerate(patterns)])
    assert len(anchored.whole) == 2
    plain = Matcher(nlp.vocab, validate=False)
    for i, p in enumerate(patterns):
        plain.add(f"k{i}", [p])
    texts = ("zqxa A , B zqxc the of", "Zqxa Hoa Binh Ca Mau", "The The of zqxa x zqxa y", "zqxa", "of the")
    for text in texts:
        doc = nlp.make_doc(text)
        assert sorted(set(anchored(doc))) == sorted(set(plain(doc))), text


def test_doc_meta_is_the_meta_attribute(lang_nlp) -> None:
    _, nlp = lang_nlp
    doc = nlp.make_doc("One text.")
    assert doc_meta(doc) is None
    doc._.meta = {"text": "One text."}
    assert doc_meta(doc) is doc._.meta


def test_place_tokens_are_the_tokens_marked_as_places(lang_nlp) -> None:
    lang, nlp = lang_nlp
    places = 0
    for text in texts(lang):
        doc = laid_out(nlp, text)
        marked = {t.i: t._.place for t in doc if t._.is_place}
        assert place_tokens(doc) == marked
        places += len(marked)
    assert places > 20


def test_people_are_tried_wherever_a_name_can_start(lang_nlp) -> None:
    lang, nlp = lang_nlp
    people = nlp.get_pipe("pr_people")
    names = 0
    for text in texts(lang)[:12]:
        doc = nlp(text)
        unit_tokens = {i for s in doc.spans.get("units", []) for i in range(s.start, s.end)}
        starts = set(people.name_starts(doc))
        for i in range(len(doc)):
            if people.name_at(doc, i, unit_tokens) is not None:
                assert i in starts, doc[i : i + 3].text
                names += 1
    assert names > 10


def test_kept_date_answers_are_the_computed_ones_and_each_caller_gets_its_own_list() -> None:
    reader = date_reader("en")
    text = "As of May 31, 2025, up 3% on 2024; the 2021-2025 period."
    first = reader.find(text)
    assert first == find_dates(reader, text) and len(first) >= 3
    first.clear()
    assert reader.find(text) == find_dates(reader, text)


def test_one_alternation_finds_a_known_movement_wherever_one_of_the_names_does(lang_nlp) -> None:
    lang, nlp = lang_nlp
    movements = nlp.get_pipe("pr_movements")
    if movements.any_known is None:
        pytest.skip(f"the {lang} pack names no known movements")
    hits = 0
    for text in texts(lang):
        doc = laid_out(nlp, text)
        for sent in sentences(doc):
            full = text_of(doc)
            each = any(regex.search(full, sent.start_char, sent.end_char) for regex, _ in movements.known)
            assert bool(movements.any_known.search(full, sent.start_char, sent.end_char)) == each
            hits += each
    assert hits > 0


def spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in matches]


def test_award_forms_authorities_and_number_scans_over_lower_case_find_what_the_plain_regexes_find(
    lang_nlp,
) -> None:
    lang, nlp = lang_nlp
    awards, scan = nlp.get_pipe("pr_awards"), nlp.get_pipe("pr_figures").scan
    pairs = [(fast, regex) for (_, regex, _, _), fast in zip(awards.forms, awards.form_scans)]
    pairs += [(fast, fast.pattern) for _, fast in awards.authorities]
    pairs += [(scan.expr_scan, scan.expr), (scan.word_scan, scan.word_expr)]
    found = 0
    for text in texts(lang):
        for fast, regex in pairs:
            assert spans(fast.finditer(text)) == spans(regex.finditer(text)), regex.pattern[:60]
            found += len(spans(regex.finditer(text)))
    assert found > 100


def test_span_index_and_ranges_answer_as_a_scan_of_every_span_does(lang_nlp) -> None:
    from pipeline.extract.span_index import Ranges, SpanIndex, span_index

    lang, nlp = lang_nlp
    checked = 0
    for text in texts(lang)[:8]:
        doc = nlp(text)
        units = list(doc.spans["units"])
        index = SpanIndex(units)
        assert span_index(doc, "units").spans == units
        for sent in sentences(doc):
            a, b = sent.start_char, sent.end_char
            assert index.within_chars(a, b) == [u for u in units if a <= u.start_char and u.end_char <= b]
            assert index.starting_in(sent.start, sent.end) == [u for u in units if sent.start <= u.start < sent.end]
            checked += 1
        ranges = [(u.start_char, u.end_char) for u in units] + [(0, 3), (1, 40), (2, 2)]
        lookup = Ranges(ranges)
        for pos in range(0, len(text), 7):
            assert lookup.holds(pos) == any(s <= pos < e for s, e in ranges)
    assert checked > 50


def test_required_words_are_in_every_match() -> None:
    from pipeline.extract.regex_words import required_words

    assert required_words("ab(?:c|d)") == {"ab"}
    assert required_words("certificates? of merit|emulation flags?|medals?") == {
        "certificate",
        "emulation flag",
        "medal",
    }
    assert required_words(r"x\b(?:yz|y)") == {"x"} or required_words(r"x\b(?:yz|y)") == {"xy"}
    assert required_words(r"\d|one") is None  # a branch with no fixed string: no gate
    assert required_words("(?i)abc") is None and required_words("a(?i:bc)") == {"a"}
    assert required_words("(?:ab)?c*") is None
    assert required_words('[“"]|\\b[Mm]onth\\b|Week') == {"“", '"', "onth", "Week"}  # a set of characters
    assert required_words("[^a]|b") is None


def test_every_gated_caseless_search_finds_what_its_regex_finds(lang_nlp) -> None:
    from pipeline.extract.lexicon import CaselessSearch

    lang, nlp = lang_nlp
    scans = []
    for _, proc in nlp.pipeline:
        for value in vars(proc).values():
            items = value if isinstance(value, list) else [value]
            for item in items:
                for part in item if isinstance(item, tuple) else (item,):
                    if isinstance(part, CaselessSearch) and part.gate is not None:  # case-sensitive ones too
                        scans.append(part)
    assert len(scans) >= (20 if lang == "en" else 1)
    for text in texts(lang)[:6]:
        for scan in scans:
            for start in range(0, len(text), 97):
                end = min(len(text), start + 250)
                got, expected = scan.search(text, start, end), scan.pattern.search(text, start, end)
                assert (got and got.span()) == (expected and expected.span())
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.pattern.finditer(text)]


def test_a_reference_word_before_a_number_is_looked_for_only_at_the_end_of_the_text(lang_nlp) -> None:
    lang, nlp = lang_nlp
    scan = nlp.get_pipe("pr_figures").scan
    found = 0
    for text in texts(lang)[:8]:
        for cut in range(0, len(text), 3):
            before = text[max(0, cut - 120) : cut]
            whole = scan.reference_re.search(before)
            tail = scan.reference_re.search(before, max(0, len(before.rstrip()) - scan.reference_reach))
            assert (whole and whole.span()) == (tail and tail.span()), before[-40:]
            found += whole is not None
    assert found > 10
