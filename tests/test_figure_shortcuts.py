"""The figures component's per-document and per-text shortcuts answer as the plain forms they
replace, on the bundled real texts (English and Vietnamese): the units before a number found by
bisection, and the unit noun after a number read once per text."""

from __future__ import annotations

import re

from real_texts import texts

from pipeline.extract.dates import BRANCHES, date_reader
from pipeline.extract.extensions import sentence_bounds
from pipeline.extract.figure_scan import DIGIT, Candidate, digit_outside, sentence_records
from pipeline.extract.figure_units import unit_mentions
from pipeline.extract.tables import table_blocks


def test_the_units_before_a_number_are_those_the_plain_scan_finds(lang_nlp) -> None:
    lang, nlp = lang_nlp
    scope = nlp.get_pipe("pr_figures").scope
    asked = 0
    for text in texts(lang):
        doc = nlp(text)
        units = unit_mentions(doc.spans.get("units", []), doc)
        shuffled = units[::-1]  # out of order: the plain scan is kept
        for sent in sentence_records(doc):
            for end_char in range(sent.start_char, sent.end_char + 1, 7):
                plain = [u for u in units if u.start >= sent.start and u.end_char <= end_char]
                assert scope.units_before(units, sent.start, end_char) == plain
                assert scope.units_before(shuffled, sent.start, end_char) == plain[::-1]
                asked += bool(plain)
    assert asked > 20  # the texts do name units before their numbers


def test_the_noun_after_a_number_is_read_as_the_noun_pattern_reads_it(lang_nlp) -> None:
    lang, nlp = lang_nlp
    scan = nlp.get_pipe("pr_figures").scan
    nouns = 0
    for text in texts(lang):
        for at in range(0, len(text), 3):
            piece = text[at : at + 40]
            expected = scan.noun_re.match(piece)
            for found in (scan.noun_after(piece), scan.noun_after(piece)):  # the second one kept
                assert (found and found.span(1)) == (expected and expected.span(1)), piece
            nouns += expected is not None
    assert nouns > 20


def test_the_sentences_read_from_their_boundary_tokens_are_the_sentence_spans(lang_nlp) -> None:
    lang, nlp = lang_nlp
    for text in texts(lang):
        doc = nlp(text)
        plain = []
        for start, end in sentence_bounds(doc):
            span = doc[start:end]
            plain.append((start, end, span.start_char, span.end_char, span.text))
        assert [tuple(s) for s in sentence_records(doc)] == plain


def test_a_text_without_a_cell_mark_has_no_table() -> None:
    assert table_blocks("Revenue | 2024\nParticipants | 1,200\nno table here") != []
    assert table_blocks("Revenue|2024\nParticipants|1,200\n") == []  # cells joined without the spaces


def fresh(text: str) -> str:
    """An equal text that is another object: what is kept for the text asked about last is not used."""
    return (text + " ")[:-1]


def test_the_answers_kept_for_the_last_sentence_are_those_asked_afresh(lang_nlp) -> None:
    lang, nlp = lang_nlp
    context = nlp.get_pipe("pr_figures").context
    elapsed = 0
    for text in texts(lang):
        for sent in sentence_records(nlp(text)):
            sentence = sent.text
            for pos in range(0, len(sentence) + 1, 5):
                assert context.clause_bounds(sentence, pos) == context.clause_bounds(fresh(sentence), pos)
                kept = context.months_elapsed(sentence, 2024, pos)
                assert kept == context.months_elapsed(fresh(sentence), 2024, pos)
                elapsed += kept is not None
    assert elapsed > 0 or lang == "vi"  # the English texts do say "in N months"


def test_a_date_match_names_its_branch_as_its_last_group(lang_nlp) -> None:
    """`find_dates` reads which branch of the date pattern matched from `lastgroup`, instead of asking
    each branch's group in turn: the same branch, on every date of the real texts."""
    lang, _ = lang_nlp
    reader = date_reader(lang)
    found = 0
    for text in texts(lang):
        for m in reader.date_re.finditer(text):
            assert [b for b in BRANCHES if m.group(b)] == [m.lastgroup], m.group()
            found += 1
    assert found > 20


def test_a_text_has_a_digit_outside_its_dates_where_a_digit_is_not_inside_one(lang_nlp) -> None:
    lang, _ = lang_nlp
    reader = date_reader(lang)
    seen = {True: 0, False: 0}
    for text in texts(lang):
        for start in range(0, len(text), 97):
            piece = text[start : start + 160]
            dates = reader.find(piece)
            plain = any(
                DIGIT.match(c) is not None and not any(d.start <= i < d.end for d in dates) for i, c in enumerate(piece)
            )
            assert digit_outside(piece, dates) == plain == digit_outside(piece, dates[::-1])
            seen[plain] += 1
    assert seen[True] and (seen[False] or lang == "vi")


def test_the_scope_of_a_number_is_read_as_without_the_own_subject_gate(lang_nlp, monkeypatch) -> None:
    """A sentence without an own subject's words is not searched for one per number: the same scope as
    searching it, for every figure of the real texts."""
    import pipeline.extract.figure_scope as figure_scope

    lang, nlp = lang_nlp
    scope = nlp.get_pipe("pr_figures").scope
    docs = [nlp(text) for text in texts(lang)]
    asked = []
    for doc in docs:
        units = unit_mentions(doc.spans.get("units", []), doc)
        main = scope.main_unit(units, doc.text)
        for sent in sentence_records(doc):
            for figure in doc._.figures:
                start, end = figure["evidence"]["start"], figure["evidence"]["end"]
                if sent.start_char <= start < sent.end_char:
                    asked.append((doc, sent, Candidate(start, end, 1.0, "count", ""), units, main))
    kept = [scope.scope_of(*question) for question in asked]
    # the plain form: always searched
    monkeypatch.setattr(figure_scope.FigureScope, "own_subject_absent", lambda self, text: False)
    assert [scope.scope_of(*question) for question in asked] == kept
    assert len(asked) > 20


def test_the_unit_nouns_as_a_trie_match_as_their_longest_first_alternation(lang_nlp) -> None:
    """The noun pattern holds its nouns as a trie (`phrase_tries.phrase_source`): after every word of
    the real texts (and a few cased and folded variants) it matches what the alternation matched."""
    lang, nlp = lang_nlp
    scan = nlp.get_pipe("pr_figures").scan
    nouns = sorted(map(re.escape, scan.noun_unit), key=len, reverse=True)
    trie_part = scan.noun_re.pattern.rsplit("{0,4}?(", 1)[1]
    plain = re.compile(scan.noun_re.pattern[: -len(trie_part)] + "|".join(nouns) + r")\b", re.IGNORECASE)
    assert plain.pattern != scan.noun_re.pattern  # the trie is in use
    found = 0
    for text in texts(lang) + [" NEW PARTICIPANTS", " ſtaff and People", " Người LAO ĐỘNG"]:
        for m in re.finditer(r"\s", text):
            piece = text[m.start() : m.start() + 60]
            got, expected = scan.noun_re.match(piece), plain.match(piece)
            assert (got and (got.span(), got.span(1))) == (expected and (expected.span(), expected.span(1))), piece
            found += expected is not None
    assert found > 20


def test_the_not_a_figure_nouns_and_the_change_words_as_tries_answer_as_their_alternations(lang_nlp) -> None:
    """`not_figure` (asked where it matches) and `change_after` (asked whether it matches) hold their
    word lists as tries: after every word of the real texts, the same answers as the plain lists."""
    from pipeline.extract.lexicon import load_data
    from pipeline.extract.lexicon_models import MetricsData, NumbersData

    lang, nlp = lang_nlp
    finder = nlp.get_pipe("pr_figures")
    num, met = load_data(lang, "numbers", NumbersData), load_data(lang, "metrics", MetricsData)
    not_figure = sorted(map(re.escape, num.not_figure_nouns), key=len, reverse=True)
    plain_not_figure = re.compile(
        rf"^\s*(?:(?!{finder.g.noun_gap_stop.pattern})[\w-]+\s+){{0,4}}?(?:{'|'.join(not_figure) or '(?!)'})\b",
        re.IGNORECASE,
    )
    change = "|".join(map(re.escape, met.change_after))
    plain_change = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:" + change + r")\b", re.IGNORECASE)
    hits = 0
    for text in texts(lang) + [" NEW Participants", " ſtaff increased", " TĂNG thêm"]:
        for m in re.finditer(r"\s", text):
            piece = text[m.start() : m.start() + 60]
            got, expected = finder.context.not_figure.match(piece), plain_not_figure.match(piece)
            assert (got and got.span()) == (expected and expected.span()), piece
            assert bool(finder.meaning.change_after.match(piece)) == bool(plain_change.match(piece)), piece
            hits += expected is not None or plain_change.match(piece) is not None
    assert hits > 0
