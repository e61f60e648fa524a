"""People and movements the dev set lacks, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def test_a_monk_is_a_person(nlp) -> None:
    records = extract_text("Most Venerable Thich Quang Hien, a member of the sangha, handed over 40 cards.", nlp=nlp)
    assert "Thich Quang Hien" in {p.name for p in records.people}


@pytest.mark.parametrize(
    "text, name",
    [
        # a named campaign in title case, without quotes
        ("Offices joined the Bright Green Workplace Campaign in May.", "Bright Green Workplace Campaign"),
        ("The Unity-for-Growth Emulation Movement closed in 2025.", "Unity-for-Growth Emulation Movement"),
        # a quoted name followed, not preceded, by the word "movement"
        ("Staff answered the “Every Family Insured” movement with home visits.", "Every Family Insured"),
        # a well-known national movement, unquoted, with an en dash
        ("The union raised VND 90 million for the For the Poor – No One Is Left Behind fund.", "For the poor"),
    ],
)
def test_named_movements_without_a_trigger_before_the_quote(nlp, text: str, name: str) -> None:
    names = [m.name for m in extract_text(text, nlp=nlp).movements]
    assert any(n.startswith(name) for n in names), names


def test_a_generic_title_case_movement_is_no_name(nlp) -> None:
    records = extract_text("The Patriotic Emulation Movement of the sector grew stronger.", nlp=nlp)
    assert not records.movements


def test_a_name_used_as_a_place_elsewhere_in_the_document_is_no_person(nlp) -> None:
    text = "Ha Hoa youth win praise\n\nThe youth union of Ha Hoa district enrolled 200 students in health insurance."
    assert not extract_text(text, nlp=nlp).people


def test_a_central_highlands_name_after_a_given_name_marker(nlp) -> None:
    records = extract_text("Director Y Ksu Mlo of the provincial office spoke first.", nlp=nlp)
    assert "Y Ksu Mlo" in {p.name for p in records.people}


def test_a_committee_that_met_reports_a_meeting(nlp) -> None:
    text = (
        "Steering committee takes stock\n\nThe Provincial Steering Committee for implementing social insurance "
        "policies met on August 14 to review the first seven months."
    )
    assert [e.kind for e in extract_text(text, nlp=nlp).events] == ["meeting"]
