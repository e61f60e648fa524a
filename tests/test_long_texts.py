"""Long texts: no spaCy length error, and the model sees bounded pieces with the same entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import extract_text, load_nlp
from pipeline.extract.pieces import ModelInPieces, paragraph_pieces
from pipeline.ingest import read_document
from pipeline.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
RELEASE = CORPUS / "hue_congress_2025.txt"


def long_text(chars: int) -> str:
    """A real release, then filler lines of long words up to `chars` characters
    (long words keep the token count, and so the test's time, small)."""
    head = read_document(RELEASE).text
    line = " ".join(["Administrativecoordinationmeetingsummary"] * 20) + ".\n"
    return head + "\n" + line * ((chars - len(head)) // len(line) + 1)


@pytest.mark.parametrize("profile", ["fast", "default"])
def test_a_text_past_a_million_characters_is_extracted(profile: str) -> None:
    settings = Settings(profile=profile)
    nlp = load_nlp(settings)
    text = long_text(1_500_000)
    assert len(text) > 1_000_000 >= 1_000_000  # spaCy's own limit, where E088 used to be raised
    records = extract_text(text, nlp=nlp)
    head = extract_text(read_document(RELEASE).text, nlp=nlp)
    assert {u.name for u in head.units} <= {u.name for u in records.units}
    assert {f.value for f in head.figures} <= {f.value for f in records.figures}


def test_model_limit_agrees_with_the_text_limit() -> None:
    settings = Settings(profile="fast")
    assert load_nlp(settings).max_length >= settings.max_text_chars


def test_pieces_give_the_entities_of_the_whole_document() -> None:
    nlp = load_nlp(Settings(profile="default"))
    ner = nlp.get_pipe("ner")
    for path in sorted(CORPUS.glob("*.txt")):
        text = read_document(path).text
        whole = ner(nlp.make_doc(text))
        pieced = ModelInPieces([("ner", ner)], piece_tokens=150, batch_tokens=1000)(nlp.make_doc(text))
        assert [(e.start_char, e.end_char, e.label_) for e in pieced.ents] == [
            (e.start_char, e.end_char, e.label_) for e in whole.ents
        ], path.name


def test_pieces_are_bounded_and_cover_the_document() -> None:
    nlp = load_nlp(Settings(profile="fast"))
    doc = nlp.make_doc(long_text(200_000))
    ranges = paragraph_pieces(doc, 500)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    assert all(0 < end - start <= 500 for start, end in ranges)
