"""Structures found through the eighth English blind set's misses (docs/blind-en8-classes.md), each on
sentences written for this test (no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def figures(nlp, text: str, published: str) -> list[tuple]:
    records = extract_text(text, nlp=nlp, published=published)
    return [(f.value, f.metric, f.kind, f.as_of or "") for f in records.figures]


def awards(nlp, text: str, published: str) -> list[tuple]:
    records = extract_text(text, nlp=nlp, published=published)
    return [(a.award_type, a.recipient, a.count, a.conferred_by, a.presented_by, a.year) for a in records.awards]


def test_the_year_closing_an_elapsed_part_of_the_year_carries_on_as_those_months(nlp) -> None:
    text = (
        "Ha Nam pays pensions\n\n"
        "Ha Nam, October 19, 2023 - Ha Nam Provincial Social Security reviewed payments in the first nine "
        "months of 2023.\n\n"
        "Post offices paid pensions to 41,380 people a month. The share paid into accounts reached 27.4 per "
        "cent, against 19.8 per cent at the end of 2022. Ha Nam Post Office mobilised 310 postal staff.\n"
    )
    got = {(v, a) for v, _, _, a in figures(nlp, text, "2023-10-19")}
    assert (41380, "2023-09") in got
    assert (27.4, "2023-09") in got
    assert (19.8, "2022") in got
    assert (310, "2023-09") in got  # the base value's year after "against" dates only that value


def test_a_plans_year_is_no_date_after_an_elapsed_part_of_the_year(nlp) -> None:
    text = (
        "Ha Nam collects\n\n"
        "Ha Nam, March 5, 2024 - In the first two months the office collected VND 1,870 billion, 14.2 per cent "
        "of the 2024 plan. Agents signed up 2,310 new voluntary participants.\n"
    )
    got = {(v, a) for v, _, _, a in figures(nlp, text, "2024-03-05")}
    assert (14.2, "2024-02") in got
    assert (2310, "2024-02") in got


def test_a_congress_resolution_sets_targets(nlp) -> None:
    text = (
        "Hung Yen office meets\n\n"
        "Hung Yen, May 10, 2025 - The Party Committee of Hung Yen Provincial Social Security held its congress.\n\n"
        "The congress resolved that by 2030 social insurance will cover 38 per cent of the working-age labour "
        "force and health insurance at least 97 per cent of the population; late payment will be kept below "
        "1.8 per cent of the amount due.\n"
    )
    got = {(v, m, k, a) for v, m, k, a in figures(nlp, text, "2025-05-10")}
    assert (38, "si_coverage_rate", "target", "2030") in got
    assert (97, "hi_coverage_rate", "target", "2030") in got
    assert (1.8, "late_payment", "target", "2030") in got


def test_a_list_items_bare_rate_takes_the_measure_of_the_rates_of_the_items_before(nlp) -> None:
    text = (
        "Ha Nam pays pensions\n\n"
        "Ha Nam, May 10, 2024 - Ha Nam Provincial Social Security reviewed payment in April 2024.\n\n"
        "District results:\n"
        "- Kim Bang District Social Insurance: 4,210 beneficiaries, 35.5 per cent paid into personal accounts;\n"
        "- Thanh Liem District Social Insurance: 3,870 beneficiaries, 28.1 per cent;\n"
        "- Ly Nhan District Social Insurance: 2,940 beneficiaries, 19.4 per cent.\n"
    )
    got = {(v, m) for v, m, _, _ in figures(nlp, text, "2024-05-10")}
    assert {(35.5, "non_cash_payment_rate"), (28.1, "non_cash_payment_rate"), (19.4, "non_cash_payment_rate")} <= got
    assert (3870, "benefit_recipients") in got


def test_postal_staff_late_payment_share_and_the_same_measure_for_a_wider_area(nlp) -> None:
    text = (
        "Ha Nam\n\n"
        "Ha Nam, December 10, 2025 - Ha Nam Post Office mobilised 480 postal staff. Late payment in the province "
        "stood at VND 212 billion at the end of November, 2.7 per cent of the amount due. In Phu Ly, 81 per cent "
        "of pensioners receive their money through bank accounts; across the whole province it is 64.5 per cent.\n"
    )
    got = {(v, m) for v, m, _, _ in figures(nlp, text, "2025-12-10")}
    assert (480, "staff_count") in got
    assert (2.7, "late_payment") in got
    assert (64.5, "non_cash_payment_rate") in got


def test_award_counts_ages_and_form_numbers_are_no_figures(nlp) -> None:
    text = (
        "Ha Nam: 15 agents commended\n\n"
        "Ha Nam, May 10, 2025 - Many ask why they should join when they are already 52. The report follows "
        "Form 04. The Director of Ha Nam Provincial Social Security awarded Certificates of Commendation to 7 "
        "collection organisations and 15 collection agents. Mr. Tran Quoc Hung presented Certificates of Merit "
        "to 3 Party cells and 8 party members.\n"
    )
    assert figures(nlp, text, "2025-05-10") == []
    got = {(t, c) for t, _, c, _, _, _ in awards(nlp, text, "2025-05-10")}
    assert ("ministry_certificate_of_merit", 3) in got  # Party cells are counted collectives


def test_a_title_conferred_on_a_person_goes_to_the_person_with_the_period_of_the_achievements(nlp) -> None:
    text = (
        "Director of Ha Nam Provincial Social Security receives the title Hero of Labour\n\n"
        "(VSS) - On the morning of May 12, 2024, in Phu Ly city, Vietnam Social Security held a ceremony to "
        "announce the State President's decision conferring the title Hero of Labour on Mr. Tran Van Binh, "
        "Director of Ha Nam Provincial Social Security, for his outstanding achievements in the period 2014-2023.\n\n"
        "Authorized by the State President, Mr. Le Van Minh presented Decision No. 77/QD-CTN dated April 2, 2024 "
        "and the Hero of Labour title to Mr. Tran Van Binh.\n"
    )
    got = awards(nlp, text, "2024-05-12")
    assert [(r, p, y) for _, r, _, _, p, y in got] == [("Tran Van Binh", "Le Van Minh", "2014-2023")]


def test_a_reported_past_award_has_no_presenter(nlp) -> None:
    text = (
        "Ha Nam\n\n"
        "Ha Nam, May 10, 2025 - Mr. Tran Quoc Hung congratulated the office and said that the Minister of "
        "Finance had awarded the Emulation Flag of the Ministry of Finance to Ha Nam Provincial Social Security "
        "for its 2024 results.\n"
    )
    got = awards(nlp, text, "2025-05-10")
    assert [(c, p) for _, _, _, c, p, _ in got] == [("Minister of Finance", None)]


def test_a_body_giving_its_own_award_confers_it(nlp) -> None:
    text = (
        "Ha Nam\n\n"
        "Ha Nam, May 10, 2025 - Ha Nam Post Office also gave its own Certificate of Commendation to Kim Bang "
        "District Social Insurance.\n"
    )
    got = awards(nlp, text, "2025-05-10")
    assert [(r, c) for _, r, _, c, _, _ in got] == [("Kim Bang District Social Insurance", "Ha Nam Post Office")]


def test_a_livestream_is_an_other_event_held_in_a_ward(nlp) -> None:
    text = (
        "Ha Nam\n\n"
        "Ha Nam, May 12, 2025 - On the afternoon of May 11, Ha Nam Provincial Social Security and the provincial "
        "television held a livestream dialogue on health insurance.\n\n"
        "Ha Nam, May 12, 2025 - Ha Nam Provincial Social Security today held a conference in Phu Ly ward.\n"
    )
    records = extract_text(text, nlp=nlp, published="2025-05-12")
    assert records.events[0].kind == "other"
    second = extract_text(text.split("\n\n", 2)[2], nlp=nlp, published="2025-05-12")
    assert second.events[0].location == "Phu Ly ward"


def test_movement_launchers_periods_and_form_fields(nlp) -> None:
    text = (
        "Ha Nam office\n\n"
        "Ha Nam, May 12, 2025 - Full name: Tran Thi Mai. Gender: female. Year of birth: 1975.\n\n"
        'She led the response to the movement "Serving people with a smile", launched by Vietnam Social '
        'Security for 2021-2025. The office reviewed ten years of the movement "Kind officers", which Vietnam '
        "Social Security launched in May 2016.\n"
    )
    records = extract_text(text, nlp=nlp, published="2025-05-12")
    got = {(m.name, m.launched_by, m.period) for m in records.movements}
    assert got == {
        ("Serving people with a smile", "Vietnam Social Security", "2021-2025"),
        ("Kind officers", "Vietnam Social Security", None),
    }


def test_two_people_in_one_sentence_keep_their_own_titles_and_the_title_after_as(nlp) -> None:
    text = (
        "Ha Nam\n\n"
        "Ha Nam, May 12, 2025 - With us are Mr. Tran Van Son, Director of Ha Nam Provincial Social Security, and "
        "Ms. Le Thi Hoa, Head of the Collection Division. Later the committee elected Mr. Pham Van Tu, Deputy "
        "Director, as Deputy Secretary.\n"
    )
    records = extract_text(text, nlp=nlp, published="2025-05-12")
    got = {p.name: p.title for p in records.people}
    assert got["Tran Van Son"] == "Director of Ha Nam Provincial Social Security"
    assert got["Le Thi Hoa"] == "Head of the Collection Division"
    assert got["Pham Van Tu"] == "Deputy Director; Deputy Secretary"


def test_co_organisers_joined_by_and_are_two_units(nlp) -> None:
    text = (
        "Ha Nam\n\n"
        "Ha Nam, October 19, 2023 - Ha Nam Provincial Social Security and Ha Nam Post Office on October 18 held "
        "a conference on pension payment.\n"
    )
    records = extract_text(text, nlp=nlp, published="2023-10-19")
    assert {u.name for u in records.units} == {"Ha Nam Social Security", "Ha Nam Post Office"}


def test_a_list_of_post_offices_under_one_head_noun_names_each_office(nlp) -> None:
    text = (
        "Ha Nam\n\n"
        "Ha Nam, October 19, 2023 - The three collectives are the post offices of Kim Bang, Thanh Liem and Ly "
        "Nhan districts.\n"
    )
    records = extract_text(text, nlp=nlp, published="2023-10-19")
    assert {u.name for u in records.units} == {
        "Kim Bang District Post Office",
        "Thanh Liem District Post Office",
        "Ly Nhan District Post Office",
    }


def test_the_party_committee_of_an_office_is_a_party_body_named_with_it(nlp) -> None:
    text = (
        "Ha Nam\n\n"
        "Ha Nam, October 19, 2023 - The Party Committee of Ha Nam Provincial Social Security held its congress. "
        "Ha Nam Provincial Social Security reported.\n"
    )
    records = extract_text(text, nlp=nlp, published="2023-10-19")
    got = {(u.name, u.kind) for u in records.units}
    assert ("Party Committee of Ha Nam Provincial Social Security", "party_body") in got
    assert ("Ha Nam Social Security", "provincial_office") in got


def test_an_agency_tagged_lead_opening_on_a_full_date_gives_the_publication_date() -> None:
    from pipeline.ingest.dates import find_top_matter

    text = "Office honoured\n\n(VSS) - On the afternoon of May 12, 2024, in Phu Ly city, the office held a ceremony.\n"
    assert find_top_matter(text).published == "2024-05-12"
    untagged = "Office honoured\n\nOn the afternoon of May 12, 2024, in Phu Ly city, the office held a ceremony.\n"
    assert find_top_matter(untagged).published is None


def test_the_date_offices_were_merged_on_is_no_date_for_the_figures_after_it(nlp) -> None:
    text = (
        "Hung Yen congress\n\n"
        "Hung Yen, August 15, 2025 - On August 14, the Party Committee of Hung Yen Provincial Social Security "
        "held its first congress, the first since the offices of the former Hung Yen and Thai Binh provinces "
        "were merged on July 1, 2025.\n\n"
        "The congress had 88 official delegates representing 290 party members.\n"
    )
    got = {(v, a) for v, _, _, a in figures(nlp, text, "2025-08-15")}
    assert (290, "2025-08-14") in got
