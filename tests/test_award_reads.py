"""The awards, events and movements components read a document without building spans or `Underscore`
objects (`sentence_chars.py`, `doc_lists.py`): each read is checked against the spaCy attribute or the
plain form it replaces, on the bundled real texts in both languages."""

from __future__ import annotations

import re

import pytest
from real_texts import texts

from pipeline.extract.award_parts import DIGITS
from pipeline.extract.doc_lists import doc_list, set_doc_list, text_in
from pipeline.extract.extensions import sentences
from pipeline.extract.sentence_chars import doc_sentences


@pytest.fixture(scope="module")
def lang_docs(lang_nlp):
    lang, nlp = lang_nlp
    return nlp, [nlp(text) for text in texts(lang)]


def test_sentence_offsets_and_spans_are_the_sentence_spans(lang_docs) -> None:
    _, docs = lang_docs
    for doc in docs:
        spans = sentences(doc)
        starts, ends = [s.start_char for s in spans], [s.end_char for s in spans]
        sents = doc_sentences(doc)
        assert (sents.starts, sents.ends) == (starts, ends)
        assert len(sents) == len(spans)
        for i, span in enumerate(spans):
            made = sents.span(i)
            assert (made.start, made.end, made.text) == (span.start, span.end, span.text)
            assert sents.span(i) is made  # made once
        assert doc_sentences(doc) is sents  # kept for the next component


def test_record_lists_and_span_reads_are_the_extension_attributes(lang_docs) -> None:
    _, docs = lang_docs
    for doc in docs:
        for name in ("awards", "units", "people", "events", "movements"):
            assert doc_list(doc, name) is getattr(doc._, name)
        for span in [*doc.spans.get("units", []), *doc.spans.get("people", [])]:
            assert text_in(doc, span) == span.text
        set_doc_list(doc, "awards", [{"award_type": "other"}])
        assert doc._.awards == [{"award_type": "other"}]


def test_a_document_no_component_has_seen_gets_its_lists(lang_docs) -> None:
    nlp, _ = lang_docs
    doc = nlp.make_doc("A text.")
    assert doc_list(doc, "awards") == [] and doc._.awards == []


TABLE = (
    "Awards of the year\n"
    "Form of award | Collectives | Individuals\n"
    "Certificate of Merit of the Prime Minister | 3 | 12\n"
    "Emulation Flag of Vietnam Social Security | 2 | 0\n"
    "Advanced Laborer title | 0 | 45\n"
    "Certificates of Commendation of the General Director | 7 | 30\n"
)


def test_a_table_cell_tries_only_the_forms_whose_words_it_holds(lang_docs) -> None:
    from pipeline.extract.tables import table_blocks

    nlp, docs = lang_docs
    finder = nlp.get_pipe("pr_awards")
    found = cells = 0
    for text in [TABLE, *(doc.text for doc in docs)]:
        # every line of a text as a table row: the cells of real texts, and the table above
        rows = "\n".join(line.replace(", ", " | ") + " | ." for line in text.split("\n") if line.strip())
        sites = finder.cue_sites.of(rows)
        for _, _, table in table_blocks(rows):
            for start, end, cell in (c for row in table for c in row):
                assert rows[start:end] == cell  # a cell is the document's text between its offsets
                expected = finder.mentions(cell)
                assert finder.mentions(cell, sites.cues_in(start, end)) == expected
                found += len(expected)
                cells += 1
    assert cells > 100 and found > 10


def test_counts_are_looked_for_only_where_a_number_is_written() -> None:
    from pipeline.extract.nlp import build_nlp
    from pipeline.settings import Settings

    counts = build_nlp(Settings(profile="fast")).get_pipe("pr_awards").counts
    assert counts.after(" to outstanding collectives") == []
    assert counts.before("The collectives were honoured with ") == []
    assert [g.value for g in counts.after(" to eleven collectives and 29 individuals")] == [11, 29]
    assert [g.value for g in counts.before("Nine collectives were honoured with ")] == [9]


def test_the_first_unit_starting_in_a_range_is_the_first_the_group_gives(lang_docs) -> None:
    from pipeline.extract.doc_lists import first_unit_starting

    _, docs = lang_docs
    found = 0
    for doc in docs:
        units = list(doc.spans.get("units", []))
        for start in range(0, len(doc.text), 23):
            for size in (1, 15, 60, 200):
                expected = next((u._.unit for u in units if start <= u.start_char < start + size), None)
                assert first_unit_starting(doc, start, start + size) == expected
                found += expected is not None
    assert found > 20


def test_a_subject_is_looked_for_only_where_its_verb_may_be(lang_docs) -> None:
    import copy
    import re

    from pipeline.extract.word_gate import WordGate

    nlp, docs = lang_docs
    names = nlp.get_pipe("pr_awards").organisations
    ungated = copy.copy(names)
    ungated.subject_gate = WordGate(re.compile(".*"))  # no words: every text is read
    assert ungated.subject_gate.may_match("")
    found = 0
    for doc in docs:
        text = doc.text
        for end in range(40, len(text), 97):
            before = text[max(0, end - 300) : end]
            expected = (ungated.subjects(before), ungated.subject(before))
            assert (names.subjects(before), names.subject(before)) == expected
            found += expected[1] is not None
    assert found > 5 or nlp.lang == "vi"  # the Vietnamese reader names organisations its own way


def test_a_count_may_be_where_a_digit_or_any_number_word_is(lang_docs) -> None:
    import re

    nlp, docs = lang_docs
    counts = nlp.get_pipe("pr_awards").counts
    assert len(counts.number_words) < len(counts.word_numbers) or nlp.lang == "vi"  # "fourteen" holds "four"
    for doc in docs:
        text = doc.text
        for start in range(0, len(text), 31):
            piece = text[start : start + 50]
            plain = (
                bool(re.search(r"\d", piece))
                or not piece.isascii()
                or any(w in piece.lower() for w in counts.word_numbers)
            )
            assert counts.may_count(piece) == plain


def test_counts_are_found_from_where_they_can_start_as_the_plain_patterns_find_them(lang_nlp) -> None:
    """`CountReader.group_scan` (searched from a count's start class over the lower-cased text) finds the
    counts `group_re` finds, `own_scan` the number `own_number` finds at a piece's end, and the
    start-gated `DIGITS` the numbers the plain pattern finds, on every line and sentence-sized piece of
    the real texts (with upper-case number words added)."""
    lang, nlp = lang_nlp
    counts = nlp.get_pipe("pr_awards").counts
    plain_digits = re.compile(DIGITS.pattern.removeprefix("(?=[\\d])(?:").removesuffix(")"))
    assert plain_digits.pattern != DIGITS.pattern
    pieces = owned = 0
    for text in [
        *texts(lang),
        "Awards went to Twelve collectives, FORTY-ONE individuals and 1,046 members.",
        "It presented Forty-five",
    ]:
        for piece in [*text.split("\n"), *(text[i : i + 300] for i in range(0, len(text), 150))]:
            found = [(m.span(), m.groups()) for m in counts.group_scan.finditer(piece)]
            assert found == [(m.span(), m.groups()) for m in counts.group_re.finditer(piece)]
            first, expected = counts.group_scan.search(piece), counts.group_re.search(piece)
            tail = piece[-30:] + " "
            own, expected_own = counts.own_scan.search(tail), counts.own_number.search(tail)
            assert (own and (own.span(), own.groups())) == (
                expected_own and (expected_own.span(), expected_own.groups())
            )
            owned += expected_own is not None
            assert (first and first.span()) == (expected and expected.span())
            assert [m.span() for m in DIGITS.finditer(piece, 3)] == [m.span() for m in plain_digits.finditer(piece, 3)]
            pieces += 1
    assert pieces > 400 and (owned > 0 or lang == "vi")


def test_the_forms_and_authorities_found_from_where_they_can_start_are_the_plain_patterns_matches(lang_nlp) -> None:
    """The award forms' and authorities' lower-case searches carry their start gates
    (`regex_start.start_gated_lower`): on every line of the real texts each search finds the matches the
    plain case-insensitive pattern finds, and its first match."""
    lang, nlp = lang_nlp
    finder = nlp.get_pipe("pr_awards")
    scans = [*finder.form_scans, *(scan for _, scan in finder.authorities)]
    assert any(scan.lower is not None and scan.lower.pattern.startswith("(?=[") for scan in scans) or lang == "vi"
    found = 0
    for text in texts(lang):
        for line in text.split("\n"):
            for scan in scans:
                expected = [m.span() for m in scan.pattern.finditer(line)]
                assert [m.span() for m in scan.finditer(line)] == expected
                first = scan.search(line)
                assert (first and first.span()) == (expected[0] if expected else None)
                found += len(expected)
    assert found > 20
