"""Structures found through the sixth English blind set's misses, each on sentences written for
this test (no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def figures(nlp, text: str, published: str = "2025-06-01") -> list[tuple]:
    records = extract_text(text, nlp=nlp, published=published)
    return [(f.value, f.metric, f.kind, f.as_of or "", f.scope or "") for f in records.figures]


def test_a_comparison_base_year_dates_its_own_value_but_not_the_figures_after_it(nlp) -> None:
    text = (
        "Thai Binh reports on coverage\n\n"
        "By the end of June 2023, Thai Binh Provincial Social Security counted 120,400 people in social "
        "insurance, 18.2% of the labour force, up from 12.5% in 2018. Some 9,300 of them joined voluntarily, "
        "twice the 2018 number. Health insurance covered 1.71 million people.\n"
    )
    got = {(v, a) for v, _, _, a, _ in figures(nlp, text, "2023-07-20")}
    assert (12.5, "2018") in got
    assert (9300, "2023-06") in got
    assert (1710000, "2023-06") in got


def test_a_modal_target_list_keeps_each_schemes_own_rate(nlp) -> None:
    text = (
        "Nam Dinh sets its goals\n\n"
        "Nam Dinh, May 5, 2025 – For 2026, social insurance should reach 41% of the working-age labour force, "
        "unemployment insurance 31% and health insurance 96% of the population, Nam Dinh Provincial Social "
        "Security said.\n"
    )
    got = {(v, m, k) for v, m, k, _, _ in figures(nlp, text, "2025-05-05")}
    assert (41, "si_coverage_rate", "target") in got
    assert (31, "ui_coverage_rate", "target") in got
    assert (96, "hi_coverage_rate", "target") in got


def test_adding_participants_is_a_change(nlp) -> None:
    text = (
        "Ha Nam office grows\n\n"
        "Ha Nam, March 2, 2025 – Ha Nam Provincial Social Security added 1,870 voluntary participants in "
        "the first two months of 2025.\n"
    )
    got = figures(nlp, text, "2025-03-02")
    assert [(v, k) for v, _, k, _, _ in got] == [(1870, "change")]


def test_a_news_in_brief_items_figures_keep_to_their_own_office(nlp) -> None:
    text = (
        "Briefs – May 2026\n\n"
        "Quang Ninh: arrears fall\n"
        "Ha Long, May 4, 2026 – Quang Ninh Provincial Social Security cut late payment to VND 210 billion in "
        "April.\n\n"
        "Gia Lai: a record year\n"
        "Pleiku, May 9, 2026 – Gia Lai Provincial Social Security won praise from the province. The office "
        "ended 2025 with 251,300 social insurance participants.\n\n"
        "Compiled by the editors\n"
    )
    got = {(v, s) for v, _, _, _, s in figures(nlp, text, "2026-05-09")}
    assert (251300, "Gia Lai Social Security") in got
    assert (210000000000, "Quang Ninh Social Security") in got


def awards(nlp, text: str, published: str = "2025-06-01") -> list[tuple]:
    records = extract_text(text, nlp=nlp, published=published)
    return sorted((a.award_type, a.recipient or "", a.count or 0) for a in records.awards)


def test_an_international_honour_is_other_and_goes_to_the_subject_not_the_scene(nlp) -> None:
    text = (
        "VSS honoured abroad\n\n"
        "Hanoi, June 2, 2025 – At the ISSA World Social Security Forum in Geneva, Vietnam Social Security "
        "received the ISSA Good Practice Award Certificate of Merit for its mobile card service and an ISSA "
        "Good Practice Award for its contact centre.\n\n"
        "A member of the ASEAN Social Security Association (ASSA), Vietnam Social Security received the ASSA "
        "recognition for its claims reform at the ASSA Board Meeting in 2022.\n"
    )
    got = awards(nlp, text, "2025-06-02")
    assert [a for a in got if a[0] == "other"] == [("other", "Vietnam Social Security", 0)] * 3
    assert not [a for a in got if a[0] == "ministry_certificate_of_merit"]
    units = {u.name for u in extract_text(text, nlp=nlp, published="2025-06-02").units}
    assert not any("Forum" in u or u.endswith("Board") for u in units)


def test_counts_commended_with_an_award_are_its_recipients(nlp) -> None:
    text = (
        "Thanh Hoa: arrears teams praised\n\n"
        "Thanh Hoa Provincial Social Security on May 5 commended nine grassroots offices and 17 individuals "
        "with Certificates of Commendation of its Director for their arrears work.\n"
    )
    got = awards(nlp, text, "2025-05-06")
    assert ("certificate_of_commendation", "", 9) in got and ("certificate_of_commendation", "", 17) in got
    assert not [a for a in got if a[1]]


def test_provincial_and_sector_emulation_fighter_titles_are_ministry_level(nlp) -> None:
    text = (
        "Year-end honours\n\n"
        "Mr. Dinh Quang Vinh, Deputy Director of Nghe An Provincial Social Security, was awarded the title of "
        "Provincial Emulation Fighter. The title of Emulation Fighter of the sector went to 54 individuals.\n"
    )
    got = awards(nlp, text, "2025-01-10")
    assert ("ministry_emulation_fighter", "Dinh Quang Vinh", 0) in got
    assert ("ministry_emulation_fighter", "", 54) in got


def test_a_bodys_history_date_is_no_date_for_the_figures_after_it(nlp) -> None:
    text = (
        "Gia Lai office reviews its year\n\n"
        "Pleiku, January 9, 2026 – Gia Lai Provincial Social Security held its 2025 review on January 8, the "
        "first since it was formed from Social Insurance Region XXIV, which in May 2025 served two provinces.\n\n"
        "At the end of December, 204,300 people were in social insurance, 27.5% of the labour force. Revenue "
        "reached VND 6,120 billion.\n"
    )
    got = {(v, a) for v, _, _, a, _ in figures(nlp, text, "2026-01-09")}
    assert (204300, "2025-12") in got and (27.5, "2025-12") in got
    assert not any(a.startswith("2025-05") for _, a in got)


def test_respectively_gives_the_rates_the_measures_the_sentence_before_named(nlp) -> None:
    text = (
        "Kon Tum sets goals\n\n"
        "Kon Tum, March 3, 2025 – For 2026, social insurance should cover 30% of the labour force, "
        "unemployment insurance 21% and health insurance 96% of the population. For 2030, the goals are "
        "45%, 35% and 98% respectively, Kon Tum Provincial Social Security said.\n"
    )
    got = {(v, m, a) for v, m, _, a, _ in figures(nlp, text, "2025-03-03")}
    assert {(45, "si_coverage_rate", "2030"), (35, "ui_coverage_rate", "2030"), (98, "hi_coverage_rate", "2030")} <= got


def test_a_figure_of_a_former_province_area_is_that_provinces(nlp) -> None:
    text = (
        "Merged office counts its cards\n\n"
        "Pleiku, January 5, 2026 – Gia Lai Provincial Social Security said health insurance covered 93.1% of "
        "the population in the former Gia Lai area and 95.4% in the former Binh Dinh area at the end of "
        "December.\n"
    )
    got = {(v, m, s) for v, m, _, _, s in figures(nlp, text, "2026-01-05")}
    assert (95.4, "hi_coverage_rate", "Binh Dinh Social Security") in got
    assert (93.1, "hi_coverage_rate", "Gia Lai Social Security") in got


def test_to_the_office_and_a_second_to_are_recipients(nlp) -> None:
    text = (
        "Son La office honoured\n\n"
        "Son La, January 12, 2025 – Son La Provincial Social Security held its review on January 11. The "
        "Director said the Minister of Finance had awarded the Emulation Flag of the Ministry of Finance for "
        "2024 to the office. The province will propose that the Prime Minister award his Certificate of Merit "
        "to Son La Provincial Social Security and to Moc Chau District Social Insurance.\n"
    )
    got = awards(nlp, text, "2025-01-12")
    assert ("ministry_emulation_flag", "Son La Social Security", 0) in got
    assert ("pm_certificate_of_merit", "Moc Chau District Social Insurance", 0) in got


def test_the_person_the_next_sentence_opens_with_presents_the_award(nlp) -> None:
    text = (
        "Order for the sector\n\n"
        "Hanoi, July 1, 2025 – Vietnam Social Security received the Labour Order, second class, for its "
        "achievements in the 2020-2024 period. Authorised by the State President, Vice President Tran Thi "
        "Lan presented the order to the agency's leaders. The agency had received the Labour Order, third "
        "class, in 2015.\n\n"
        "At the same ceremony, the Prime Minister's Certificate of Merit was presented to 12 collectives.\n"
    )
    records = extract_text(text, nlp=nlp, published="2025-07-01")
    order = next(a for a in records.awards if a.award_type == "labor_order" and a.grade == "second")
    assert order.presented_by == "Tran Thi Lan" and order.year == "2020-2024"
    certificate = next(a for a in records.awards if a.award_type == "pm_certificate_of_merit")
    assert certificate.year != "2020-2024"
