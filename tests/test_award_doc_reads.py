"""The award reader's per-document reads (tenth speed round): what it works out once per document or
compiles once gives what the plain form it replaces gives, on the bundled real texts in both languages
and on invented names."""

from __future__ import annotations

import re

import pytest
from real_texts import texts

from pipeline.extract.award_authority import head_of
from pipeline.extract.award_recipients import own_office_body, unit_names
from pipeline.extract.doc_subject import most_named
from pipeline.extract.extensions import span_unit
from pipeline.extract.lexicon import load_data
from pipeline.extract.lexicon_models import AwardsData
from pipeline.extract.span_index import span_index
from pipeline.models import TOP_LOCAL_OFFICES


@pytest.fixture(scope="module")
def lang_docs(lang_nlp):
    lang, nlp = lang_nlp
    return lang, nlp, [nlp(text) for text in texts(lang)]


def plain_own_office_body(doc, name: str) -> str:
    """`own_office_body` as it read the unit group on every call."""
    units = doc.spans.get("units", [])
    named = {span_unit(u) for u in units}
    if name in named:
        return name
    office = most_named(units, TOP_LOCAL_OFFICES)
    fuller = [n for n in named if office and n.startswith(f"{name} ") and n.endswith(f" {office}")]
    return fuller[0] if len(fuller) == 1 else name


def test_the_office_body_read_once_per_document_is_the_one_read_from_the_group(lang_docs) -> None:
    _, _, docs = lang_docs
    invented = ["Party Committee", "Trade Union", "Youth Union", "Công đoàn", "Chi bộ", "Office"]
    for doc in docs:
        names = [span_unit(u) for u in doc.spans.get("units", [])]
        heads = [" ".join(n.split()[:k]) for n in names if n for k in (1, 2, 3)]
        for name in [*names, *heads, *invented]:
            if name:
                assert own_office_body(doc, name) == plain_own_office_body(doc, name)


def test_the_unit_names_are_kept_while_the_unit_group_stays_the_same(lang_docs) -> None:
    _, nlp, _ = lang_docs
    doc = nlp("The Party Committee of Ha Noi Social Security was awarded a Certificate of Merit.")
    first = unit_names(doc)
    assert unit_names(doc) is not None and unit_names(doc)[0] is first[0]  # kept, not worked out again
    doc.spans["units"] = []  # another group: worked out again
    assert unit_names(doc) == (set(), None)


def test_the_people_the_presenters_read_are_the_group_s_spans(lang_docs) -> None:
    _, _, docs = lang_docs
    for doc in docs:
        assert span_index(doc, "people").spans == list(doc.spans.get("people", []))


def test_an_organisation_s_head_is_the_one_re_match_finds(lang_docs) -> None:
    lang, _, _ = lang_docs
    titles = load_data(lang, "awards", AwardsData).issuer_titles
    invented = [
        "Ministry of Rivers",
        "ministry of rivers and hills",
        "Lake Town Provincial People's Committee",
        "Hill City People’s Committee",
        "the Labour Federation",
        "Trade Union of the Sea Port",
        "Bộ Sông Núi",
        "Ủy ban nhân dân tỉnh Hồ Xanh",
        "Some Other Body",
    ]
    for organisation in invented:
        plain = next(
            (hit.expand(title) for p, title in titles.items() if (hit := re.match(p, organisation, re.IGNORECASE))),
            None,
        )
        assert head_of(organisation, titles) == plain


def test_the_word_sets_a_pattern_needs_are_read_from_its_parts() -> None:
    from pipeline.extract.award_form_gates import word_clauses

    assert word_clauses(r"(?:north|south)[- ]gate fighters?") == [
        frozenset({"north", "south"}),
        frozenset({"-", " "}),
        frozenset({"gate fighter"}),
    ]
    # a match of either branch holds a word of one clause of that branch: unions of one clause from each
    assert frozenset({"red ", "blue "}) in word_clauses(r"red (?:kite|owl)|blue (?:kite|owl)")
    assert frozenset({"kite", "owl"}) in word_clauses(r"red (?:kite|owl)|blue (?:kite|owl)")
    assert word_clauses(r"(?i)red kite") == [] and word_clauses(r"(?i:red) kite") == [frozenset({" kite"})]
    assert word_clauses(r"red(?: kite)?") == [frozenset({"red"})]  # an optional part needs nothing


def test_a_form_is_searched_only_where_each_of_its_word_sets_is_and_found_as_before(lang_nlp) -> None:
    from pipeline.extract.word_gate import lowered

    lang, nlp = lang_nlp
    finder = nlp.get_pipe("pr_awards")
    pieces = []
    for text in texts(lang):
        pieces += [line for line in text.split("\n") if line.strip()]
        pieces += [text[i : i + 300] for i in range(0, len(text), 150)]
    pieces += ["The ministerial-level emulation fighter title went to the sector.", "An emulation movement."]
    for piece in pieces:
        low = lowered(piece)
        if low is None:
            continue
        for k, scan in enumerate(finder.form_scans):
            if scan.lower is not None and scan.lower.search(low):
                assert finder.form_gates[k].may_hold(low), (k, piece)
        plain = []
        for k, (award_type, _, authority, graded) in enumerate(finder.forms):
            for m in finder.form_scans[k].finditer_lowered(piece, low):
                if not any(s < m.end() and m.start() < e for s, e, *_ in plain):
                    plain.append((m.start(), m.end(), award_type, authority, graded))
        assert finder.mentions(piece, None, low) == sorted(plain)
