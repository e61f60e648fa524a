"""An award a speaker reports ("Ms. A recalled that X Social Security was awarded ..."): the clause after
"that" names the recipient, the speaker is none; "... said that she was awarded ..." is still hers.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

from pipeline.extract import extract_text

OPENING = "Hoa Binh merger ceremony\n\nMs. Pham Thi Lan, Director of Hoa Binh Social Security, spoke at the event.\n\n"


def recipients(nlp, sentence: str) -> list[tuple[str, str | None, str | None]]:
    records = extract_text(OPENING + sentence, nlp=nlp, published="2025-07-01")
    return [(a.award_type, a.recipient, a.recipient_kind) for a in records.awards]


def test_an_award_a_speaker_recalls_goes_to_the_clause_after_that(nlp) -> None:
    found = recipients(
        nlp, "Ms. Lan recalled that Lai Chau Social Security was awarded the Labour Order, third class, in 2021."
    )
    assert found == [("labor_order", "Lai Chau Social Security", "collective")]


def test_the_speaker_named_in_full_is_no_recipient_either(nlp) -> None:
    found = recipients(
        nlp,
        "Ms. Pham Thi Lan noted that Lai Chau Social Security was awarded the Labour Order, third class, in 2021.",
    )
    assert found == [("labor_order", "Lai Chau Social Security", "collective")]


def test_an_award_she_says_she_received_is_still_hers(nlp) -> None:
    found = recipients(nlp, "Ms. Lan said that she was awarded the Labour Order, third class, in 2021.")
    assert found == [("labor_order", "Pham Thi Lan", "individual")]
