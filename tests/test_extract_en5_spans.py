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


def test_a_movement_for_a_quarter_runs_for_that_quarter(nlp) -> None:
    text = (
        "A drive before the year ends\n\n"
        "Vinh Long, October 2, 2024 – Vinh Long Provincial Social Security has launched the emulation movement "
        '"Every household insured" for the fourth quarter of 2024.\n'
    )
    records = extract_text(text, nlp=nlp, published="2024-10-02")
    assert [(m.name, m.period) for m in records.movements] == [("Every household insured", "Q4 2024")]


def test_a_pronoun_holding_a_title_is_the_person_its_paragraph_named(nlp) -> None:
    text = (
        "From clerk to deputy\n\n"
        "Quang Tri, June 9, 2025 – When Tran Thi Hong Nhung first sat at the counter of Gio Linh District "
        "Social Insurance in 2001, contributions were paid in cash. Today she is Deputy Director of Quang Tri "
        "Provincial Social Security, which now serves 180,000 participants.\n"
    )
    records = extract_text(text, nlp=nlp, published="2025-06-09")
    person = next(p for p in records.people if p.name == "Tran Thi Hong Nhung")
    assert person.title == "Deputy Director of Quang Tri Provincial Social Security"
    assert person.unit == "Quang Tri Social Security"


def test_a_lower_case_event_name_its_place_with_province_and_a_subject_before_its_relative_clause(nlp) -> None:
    text = (
        "Cluster No. 7 reviews its year\n\n"
        "Can Tho, January 12, 2026 – Emulation Cluster No. 7 of Vietnam Social Security, which groups the "
        "social security offices of Can Tho, Vinh Long and Soc Trang, held its 2025 review conference in "
        "Nga Bay, Can Tho province, on January 11.\n"
    )
    records = extract_text(text, nlp=nlp, published="2026-01-12")
    event = records.events[0]
    assert event.name == "2025 review conference"
    assert event.location == "Nga Bay, Can Tho province"
    assert event.organizer == "Emulation Cluster No. 7"


def test_an_event_named_again_by_the_same_is_an_event_on_its_paragraphs_date(nlp) -> None:
    text = (
        "News from the offices\n\n"
        "Social Security Bulletin, June 20, 2024 – Items from the provinces.\n\n"
        "On June 14, Phu Loc District Social Insurance received the Certificate of Merit of the Chairman of "
        "Thua Thien Hue People's Committee. Three of its officials received the Certificate of Commendation of "
        "the Director of Thua Thien Hue Social Security at the same ceremony.\n"
    )
    records = extract_text(text, nlp=nlp, published="2024-06-20")
    assert [(e.kind, e.date) for e in records.events] == [("ceremony", "2024-06-14")]


def test_a_span_in_words_dates_its_own_award_and_names_no_term_for_later_ones(nlp) -> None:
    text = (
        "Ben Luc office honoured\n\n"
        "Long An, May 6, 2025 – Ben Luc District Social Insurance held a ceremony on May 5.\n\n"
        "Ben Luc District Social Insurance received the Labor Order, third class, for its achievements from 2018 "
        "to 2022.\n\n"
        "Mr. Vo Van Tam, Director of Ben Luc District Social Insurance, received the Prime Minister's "
        "Certificate of Merit.\n"
    )
    records = extract_text(text, nlp=nlp, published="2025-05-06")
    years = {a.award_type: a.year for a in records.awards}
    assert years.get("labor_order") == "2018-2022"
    assert years.get("pm_certificate_of_merit") != "2018-2022"
