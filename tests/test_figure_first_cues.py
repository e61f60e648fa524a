"""The figures component's fourth round of shortcuts answers as the plain forms they replace, on the
bundled real texts (English and Vietnamese): schemes and measures read from where the first cue of
any of them starts, the qualifier read from the padded text alone, unit names blanked name by name,
and the award verbs looked for once per text."""

from __future__ import annotations

import re

from real_texts import texts

from pipeline.extract.figure_parts import blank_units
from pipeline.extract.figure_scan import sentence_records
from pipeline.extract.span_index import span_index

DIGIT = re.compile(r"\d")


def pieces(text: str, step: int = 11, sizes: tuple[int, ...] = (15, 40, 60, 120)) -> list[str]:
    """Pieces of a text cut at many places and lengths (inside words too), as the readers cut them."""
    return [text[at : at + size] for at in range(0, len(text), step) for size in sizes]


def plain_scheme(meaning, *contexts: str, nearest_last: bool = False) -> str | None:
    """`FigureMeaning.scheme` as it was: every scheme searched through each text."""
    for ctx in contexts:
        if not ctx or not meaning.any_scheme.search(ctx):
            continue
        best: tuple[int, str] | None = None
        for name, regex in meaning.schemes:
            for m in regex.finditer(ctx):
                pos = m.start() if not nearest_last else -m.end()
                if name == "all":
                    return "all"
                if best is None or pos < best[0]:
                    best = (pos, name)
        if best:
            return best[1]
    return None


def test_the_scheme_named_first_is_read_where_the_first_scheme_cue_starts(lang_nlp) -> None:
    lang, nlp = lang_nlp
    meaning = nlp.get_pipe("pr_figures").meaning
    named = 0
    for text in texts(lang):
        cut = pieces(text)
        for piece, other in zip(cut, cut[7:]):
            for nearest_last in (False, True):
                expected = plain_scheme(meaning, piece, other, nearest_last=nearest_last)
                assert meaning.scheme(piece, other, nearest_last=nearest_last) == expected, piece
                named += expected is not None
    assert named > 100  # the texts do name schemes


def test_each_measure_searched_from_the_first_cue_of_any_finds_its_first_match(lang_nlp) -> None:
    lang, nlp = lang_nlp
    meaning = nlp.get_pipe("pr_figures").meaning
    found = 0
    for text in texts(lang):
        for piece in pieces(text, step=13):
            first = meaning.any_measure.search(piece)
            for _, _, regex in meaning.measures:
                plain = regex.search(piece)
                if first is None:
                    assert plain is None, piece
                    continue
                from_first = regex.search(piece, first.start())
                assert (from_first and from_first.span()) == (plain and plain.span()), piece
                found += plain is not None
    assert found > 100


def plain_qualifier(meaning, left: str) -> str | None:
    """`FigureMeaning.qualifier_of` as it was: the text asked about with and without a space after it."""
    left = meaning.g.currency_before.sub("", left.rstrip())
    padded = left + " "
    if not meaning.any_qualifier.search(padded) and not meaning.any_qualifier.search(left):
        return None
    if meaning.g.particle_verb_before.search(padded):
        return None  # "handed over 230 cards": the verb's particle, no "more than"
    for name, regex in meaning.qualifiers:
        if regex.search(padded) or regex.search(left):
            return name
    return None


def test_a_qualifier_is_read_from_the_padded_text_alone(lang_nlp) -> None:
    lang, nlp = lang_nlp
    meaning = nlp.get_pipe("pr_figures").meaning
    qualified = 0
    for text in texts(lang):
        for m in DIGIT.finditer(text):  # the words right before each number, as the component cuts them
            for reach in (30, 120):
                left = text[max(0, m.start() - reach) : m.start()]
                expected = plain_qualifier(meaning, left)
                assert meaning.qualifier_of(left) == expected, left
                qualified += expected is not None
    assert qualified > 10


def test_unit_names_blanked_name_by_name_as_character_by_character(lang_nlp) -> None:
    lang, nlp = lang_nlp
    blanked = 0
    for text in texts(lang):
        doc = nlp(text)
        index = span_index(doc, "units")
        for sent in sentence_records(doc):
            chars = list(sent.text)
            for u in index.starting_in(sent.start, sent.end):
                if u.end <= sent.end:
                    a, b = u.start_char - sent.start_char, u.end_char - sent.start_char
                    chars[a:b] = ["\n" if c == "\n" else " " for c in chars[a:b]]
                    blanked += 1
            assert blank_units(sent, index) == "".join(chars)
    assert blanked > 20


def test_a_text_without_the_award_verbs_has_no_number_followed_by_them(lang_nlp) -> None:
    lang, nlp = lang_nlp
    scan = nlp.get_pipe("pr_figures").scan
    absent = awarded = 0
    for text in texts(lang):
        for line in text.splitlines():
            followed = any(scan.g.awarded_after.match(line[m.end() :]) for m in DIGIT.finditer(line))
            if scan.awarded_words.absent_from(line):
                absent += 1
                assert not followed, line
            awarded += followed
    assert absent > 20
    assert awarded > 0 or lang != "en"  # the English texts do count award recipients


def test_the_words_before_a_number_as_a_trie_match_where_their_alternation_matches(lang_nlp) -> None:
    from pipeline.extract.figure_qualifiers import words_before_number
    from pipeline.extract.lexicon import load_data
    from pipeline.extract.lexicon_models import MetricsData, NumbersData

    lang, _ = lang_nlp
    num, met = load_data(lang, "numbers", NumbersData), load_data(lang, "metrics", MetricsData)
    lists = [*num.qualifiers.values(), [w for words in num.qualifiers.values() for w in words], met.change_before]
    found = 0
    for words in lists:
        tail = words_before_number(words)
        plain = re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, words)) + r")\s*$", re.IGNORECASE)
        for text in texts(lang):
            for m in DIGIT.finditer(text):
                left = text[max(0, m.start() - 80) : m.start()]
                for probe in (left, left + " "):
                    got, expected = tail.search(probe), plain.search(probe)
                    assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group()))
                    found += expected is not None
    assert found > 20


def test_a_whole_value_is_read_as_the_rounded_one() -> None:
    from pipeline.extract.numbers import as_int_if_whole

    for value in (702814.0, 37.17, 0.1 + 0.2, 2.0000001, 1e22, -3.0, 5, 12.5e6, 1.9999999999):
        rounded = round(value, 6)
        expected = int(rounded) if rounded == int(rounded) else rounded
        got = as_int_if_whole(value)
        assert got == expected and type(got) is type(expected), value
