"""The model reads only the windows around person cues, and the records do not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import extract_text, load_nlp
from pipeline.extract.person_cues import PersonCueWindows, merge
from pipeline.ingest import read_document
from pipeline.settings import Settings

TESTS = Path(__file__).resolve().parent
ENGLISH_TEXTS = sorted(
    [
        *(TESTS.parent / "corpus").glob("*.txt"),
        *(TESTS / "gold_blind").glob("*.txt"),
        *(TESTS / "gold_blind_en2").glob("*.txt"),
    ]
)


@pytest.fixture(scope="module")
def default_nlp():
    nlp = load_nlp(Settings(profile="default"))
    if "pr_model_pieces" not in nlp.pipe_names:
        pytest.skip("the spaCy model package is not installed")
    return nlp


def test_records_are_the_same_as_with_the_model_over_the_whole_text(default_nlp, monkeypatch) -> None:
    pieces = default_nlp.get_pipe("pr_model_pieces")
    assert pieces.windows is not None
    texts = [read_document(path).text for path in ENGLISH_TEXTS]
    windowed = [extract_text(text, nlp=default_nlp).model_dump_json() for text in texts]
    monkeypatch.setattr(pieces, "windows", None)
    whole = [extract_text(text, nlp=default_nlp).model_dump_json() for text in texts]
    assert windowed == whole
    # the model's names are among them: an ethnic-minority surname the lexicon does not hold
    assert any("Siu Hyoanh" in records for records in windowed)


def test_a_foreign_name_beside_a_title_is_still_read(default_nlp) -> None:
    text = (
        "The delegation was received in Ha Noi on 3 March.\n\n"
        "Mr. Christopher Bentley, Director of the regional office of the International Labour Organization, "
        "praised Ninh Binh Social Security."
    )
    assert "Christopher Bentley" in {p.name for p in extract_text(text, nlp=default_nlp).people}


def test_windows_sit_beside_a_cue_and_a_capitalised_pair_only(default_nlp) -> None:
    windows = PersonCueWindows.for_language("en")
    assert (
        windows(default_nlp.make_doc("The Director of the office reported growth in coverage this year."), 5000) == []
    )
    doc = default_nlp.make_doc("Coverage rose. " * 20 + "Director Christopher Bentley spoke. " + "Coverage rose. " * 20)
    (start, end), *rest = windows(doc, 5000)
    assert not rest and end - start < 30
    assert "Director Christopher Bentley" in doc[start:end].text
    after = default_nlp.make_doc("Coverage rose. " * 20 + "Christopher Bentley, Deputy Director, spoke.")
    (start, end), *rest = windows(after, 5000)
    assert not rest and "Christopher Bentley, Deputy" in after[start:end].text


def test_a_text_without_any_cue_costs_the_model_nothing(default_nlp, monkeypatch) -> None:
    ner = default_nlp.get_pipe("ner")
    calls: list[int] = []

    class CountingNer:
        def pipe(self, docs, batch_size):
            calls.append(sum(len(doc) for doc in docs))
            return ner.pipe(docs, batch_size=batch_size)

    monkeypatch.setattr(default_nlp.get_pipe("pr_model_pieces"), "pipes", [("ner", CountingNer())])
    extract_text("Coverage in Hue rose to 95% of the workforce by the end of June 2025.", nlp=default_nlp)
    assert calls == []
    extract_text("Coverage rose. " * 40 + "Ms. Siu Hyoanh, Head of the office, spoke.", nlp=default_nlp)
    assert 0 < sum(calls) < 40


def test_windows_are_joined_up_to_the_piece_limit() -> None:
    assert merge([(0, 10), (5, 20), (30, 40)], 100) == [(0, 20), (30, 40)]
    assert merge([(0, 10), (5, 20), (15, 30)], 20) == [(0, 20), (20, 30)]
    assert merge([(0, 10), (2, 8)], 100) == [(0, 10)]
