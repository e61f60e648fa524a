"""Structures found through the fourth English blind set's misses, each on sentences written for
this test (no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def awards(nlp, text: str, published: str = "2025-12-20") -> list[tuple]:
    records = extract_text(text, nlp=nlp, published=published)
    return sorted(
        (a.award_type, a.recipient or "", a.recipient_kind or "", a.count or 0, a.year or "", a.conferred_by or "")
        for a in records.awards
    )


def test_a_list_that_continues_the_award_names_its_recipients(nlp) -> None:
    text = (
        "The Minister of Finance has awarded Certificates of Merit to three collectives and five individuals "
        "for their achievements in 2024.\n\n"
        "The collectives awarded the Certificate of Merit of the Minister of Finance are:\n\n"
        "- Lao Cai Provincial Social Security;\n"
        "- Son La Provincial Social Security;\n"
        "- Dien Bien Provincial Social Security.\n\n"
        "The individuals honoured include:\n\n"
        "- Mr. Vuong Dinh Khoa, Director of Lao Cai Provincial Social Security;\n"
        "- Ms. Tran Thi Nguyet, an official of Son La Provincial Social Security;\n"
        "- and three other officials of grassroots offices.\n"
    )
    got = awards(nlp, text)
    mof = "Minister of Finance"
    assert got == sorted(
        [
            ("ministry_certificate_of_merit", "Lao Cai Social Security", "collective", 0, "2024", mof),
            ("ministry_certificate_of_merit", "Son La Social Security", "collective", 0, "2024", mof),
            ("ministry_certificate_of_merit", "Dien Bien Social Security", "collective", 0, "2024", mof),
            ("ministry_certificate_of_merit", "Vuong Dinh Khoa", "individual", 0, "2024", mof),
            ("ministry_certificate_of_merit", "Tran Thi Nguyet", "individual", 0, "2024", mof),
            # the lead's "three collectives and five individuals" are the named ones: not counted again
            ("ministry_certificate_of_merit", "", "individual", 3, "2024", mof),
        ]
    )


def test_a_lead_count_the_names_do_not_make_up_stays(nlp) -> None:
    text = (
        "The Minister of Finance has awarded Certificates of Merit to six collectives for their achievements "
        "in 2024.\n\nThe collectives awarded include:\n\n- Lao Cai Provincial Social Security;\n"
    )
    got = awards(nlp, text)
    assert ("ministry_certificate_of_merit", "", "collective", 6, "2024", "Minister of Finance") in got
    assert (
        "ministry_certificate_of_merit",
        "Lao Cai Social Security",
        "collective",
        0,
        "2024",
        "Minister of Finance",
    ) in got


def test_a_person_named_beside_a_count_is_a_recipient_too(nlp) -> None:
    got = awards(
        nlp,
        "The Director presented the Certificate of Commendation to Mr. Le Van Cuong and four other officials of the office.",
    )
    assert [(a[1], a[3]) for a in got] == [("", 4), ("Le Van Cuong", 0)]


def test_a_unit_named_beside_a_count_of_people(nlp) -> None:
    got = awards(
        nlp,
        "The Director presented the Certificate of Merit of the Minister of Finance to Social Insurance Region XII "
        "and to two individuals for their work.",
    )
    assert [(a[1], a[2], a[3]) for a in got] == [
        ("", "individual", 2),
        ("Social Insurance Region XII", "collective", 0),
    ]


def test_two_awards_joined_by_and_keep_their_own_recipients(nlp) -> None:
    got = awards(
        nlp,
        "In 2023, Kien Giang Provincial Social Security received the Emulation Flag of the Ministry of Finance, "
        "and Hau Giang Provincial Social Security was awarded the Certificate of Merit of the Minister of Finance.",
    )
    assert [(a[0], a[1]) for a in got] == [
        ("ministry_certificate_of_merit", "Hau Giang Social Security"),
        ("ministry_emulation_flag", "Kien Giang Social Security"),
    ]
