"""Events, movements, people and award years as the fifth English blind set's left-over misses showed
them, each read on sentences written for this test (no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def test_two_years_joined_by_to_are_the_span_an_award_is_for(nlp) -> None:
    text = (
        "A life at the counter\n\n"
        "Son La, April 2, 2025 – Lo Van Thanh has worked at Moc Chau District Social Insurance since 1998. "
        "He was named a Grassroots Emulation Fighter for two consecutive years, 2011 to 2012.\n"
    )
    records = extract_text(text, nlp=nlp, published="2025-04-02")
    years = {a.award_type: a.year for a in records.awards}
    assert years.get("grassroots_emulation_fighter") == "2011-2012"
