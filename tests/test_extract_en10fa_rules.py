"""Figure and award structures found through the tenth English blind set's misses
(docs/blind-en10-figures-awards-classes.md), each on sentences written for this test (no article of the
dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def records(nlp, text: str, published: str):
    return extract_text(text, nlp=nlp, published=published)


def figures(nlp, text: str, published: str) -> dict[float, tuple]:
    return {
        f.value: (f.metric, f.unit, f.kind, f.qualifier or "", f.as_of or "", f.scope or "")
        for f in records(nlp, text, published).figures
    }


def test_late_payment_as_a_share_of_the_plan_and_a_ceiling(nlp) -> None:
    text = (
        "Quang Tri reviews collection\n\n"
        "Quang Tri, July 9, 2025 - At the end of June, the late premiums of Quang Tri Provincial Social Security "
        "stood at 1.7 per cent of the collection plan, under the 2 per cent cap set for the year. Binh Dinh "
        "Social Security cut late payments to VND 64 billion, or 1.4 per cent of the revenue plan. Revenue "
        "reached 51.2 per cent of the plan.\n"
    )
    got = figures(nlp, text, "2025-07-09")
    assert got[1.7][:3] == ("late_payment", "percent", "actual")
    assert got[2][:4] == ("late_payment", "percent", "target", "at most")
    assert got[64000000000][0] == "late_payment"
    assert got[1.4][:3] == ("late_payment", "percent", "actual")
    assert got[51.2][:3] == ("plan_completion_rate", "percent", "plan_completion")  # the plan's completion stays


def test_arrears_paid_back_are_neither_arrears_nor_revenue(nlp) -> None:
    text = (
        "VND 5.6 billion of late payments recovered in Kon Tum\n\n"
        "Kon Tum, August 4, 2025 - After the inspections, employers owed VND 8.1 billion in late payments. "
        "By July 31, VND 5.6 billion of late payments had been recovered.\n"
    )
    got = figures(nlp, text, "2025-08-04")
    assert got[8100000000][0] == "late_payment"
    assert got[5600000000][0] == "other"


def test_people_enrolled_and_people_not_enrolled(nlp) -> None:
    text = (
        "Inspections in Phu Yen\n\n"
        "Phu Yen, June 2, 2025 - The inspectors of Phu Yen Provincial Social Security found that 860 employees "
        "had not been enrolled in social insurance. The employers have since enrolled 512 employees, and "
        "Tuy An district enrolled 1,240 new voluntary social insurance participants in May.\n"
    )
    got = figures(nlp, text, "2025-06-02")
    assert got[860][:2] == ("other", "persons")  # left out: no participants and no staff
    assert got[512][:3] == ("compulsory_si_participants", "persons", "change")
    assert got[1240][:3] == ("voluntary_si_participants", "persons", "change")  # its noun five words on


def test_a_change_in_the_number_of_cards_is_no_change_of_participants(nlp) -> None:
    text = (
        "Fewer paper cards\n\n"
        "Ha Noi, March 3, 2026 - Since the chip-based identity card was accepted at hospitals, the number of "
        "printed health insurance cards fell by 64 per cent.\n"
    )
    got = figures(nlp, text, "2026-03-03")
    assert got[64][:3] == ("other", "percent", "change")


def test_the_words_of_the_figure_before_a_comma_and_are_not_the_next_figures(nlp) -> None:
    text = (
        "Pensions in Can Tho\n\n"
        "Can Tho, April 2, 2025 - In March, 88 per cent of benefit claims were filed online, and 71.5 per cent "
        "of pensioners in the city received their money through bank accounts.\n"
    )
    got = figures(nlp, text, "2025-04-02")
    assert got[88][0] == "online_services_rate"
    assert got[71.5][0] == "non_cash_payment_rate"


def test_organisations_the_office_found_owing_followed_up_or_plans_to_inspect(nlp) -> None:
    text = (
        "Arrears in Soc Trang\n\n"
        "Soc Trang, May 6, 2025 - The inspectors of Soc Trang Provincial Social Security found that 58 companies "
        "had owed premiums for three months. The office followed up on 37 enterprises in April and plans to "
        "inspect another 65 enterprises in May. The director asked the district offices to audit 24 enterprises. "
        "Some 140 enterprises attended the dialogue.\n"
    )
    got = figures(nlp, text, "2025-05-06")
    assert got[58][:3] == ("other", "units", "actual")  # organisations are counted by no metric code
    assert got[37][:2] == ("other", "units")
    assert got[65][:3] == ("other", "units", "target")
    assert got[24][2] == "target"
    assert got[140][:2] == ("other", "units")  # organisations counted are figures, at an event too


def test_a_part_of_a_count_of_things_is_no_award_count(nlp) -> None:
    text = (
        "Initiatives in Bac Giang\n\n"
        "Bac Giang, December 8, 2024 - The staff of Bac Giang Provincial Social Security put forward 96 "
        "initiatives this year, of which 41 were recognised by the provincial council.\n"
    )
    got = figures(nlp, text, "2024-12-08")
    assert got[41][:2] == ("other", "count")


def awards(nlp, text: str, published: str) -> list[tuple]:
    return [
        (a.award_type, a.grade, a.recipient, a.recipient_kind, a.count, a.conferred_by, a.presented_by, a.status)
        for a in records(nlp, text, published).awards
    ]


def test_contest_prizes_keep_their_grade_and_team_and_an_elided_count(nlp) -> None:
    text = (
        "Quiz final in Bac Ninh\n\n"
        "Bac Ninh, May 3, 2024 - After two rounds, the jury gave the first prize to the team of Que Vo District "
        "Social Insurance, the second prize to the team of Tien Du District Social Insurance and the third prize "
        "to the team of Gia Binh District Social Insurance. Four individuals won second prizes and seven won "
        "third prizes.\n"
    )
    got = awards(nlp, text, "2024-05-03")
    assert ("other", "first", "Que Vo District Social Insurance", "collective") in [a[:4] for a in got]
    assert ("other", "second", "Tien Du District Social Insurance", "collective") in [a[:4] for a in got]
    assert ("other", "third", "Gia Binh District Social Insurance", "collective") in [a[:4] for a in got]
    assert ("other", "second", None, "individual", 4) in [a[:5] for a in got]
    assert ("other", "third", None, "individual", 7) in [a[:5] for a in got]  # "seven" counts individuals too


def test_the_givers_own_clause_names_the_authority_and_a_unit_beside_a_count(nlp) -> None:
    text = (
        "Commendations in Nam Dinh\n\n"
        "Nam Dinh, June 9, 2024 - The Chairman of the Nam Dinh Provincial People's Committee awarded Certificates "
        "of Merit to four collectives, and the Director of Nam Dinh Social Security, Mr. Tran Quoc Hung, awarded "
        "Certificates of Commendation to nine officers. Ms. Le Thi Mai, Director of Ha Nam Social Security, "
        "awarded Certificates of Commendation to the Collection Division and to six inspectors.\n"
    )
    got = awards(nlp, text, "2024-06-09")
    nine = next(a for a in got if a[4] == 9)
    assert nine[0] == "certificate_of_commendation"
    assert nine[5] == "Director of Nam Dinh Social Security"
    assert nine[6] == "Tran Quoc Hung"
    six = next(a for a in got if a[4] == 6)
    assert six[3] == "individual"
    assert six[5] == "Director of Ha Nam Social Security"


def test_a_proposal_to_the_body_named_by_its_head_noun_and_an_outside_award_with_its_year(nlp) -> None:
    text = (
        "Hospital and agency honoured\n\n"
        "Quang Binh, March 2, 2026 - Quang Binh Social Security signed a contract with Dong Hoi Regional "
        "Hospital. The provincial office has proposed that the Minister of Finance award a Certificate of Merit "
        "to the hospital. In January, Vietnam Social Security received the Smart City Award 2025 for its "
        "online services.\n"
    )
    got = awards(nlp, text, "2026-03-02")
    merit = next(a for a in got if a[0] == "ministry_certificate_of_merit")
    assert merit[2] == "Dong Hoi Regional Hospital"
    assert merit[7] == "proposed"
    outside = [a for a in got if a[0] == "other"]
    assert [a[2] for a in outside] == ["Vietnam Social Security"]
    assert next(a for a in records(nlp, text, "2026-03-02").awards if a.award_type == "other").year == "2025"


def test_a_presenter_told_in_the_next_sentence_of_an_award_it_does_not_name_again(nlp) -> None:
    text = (
        "Order for Lao Cai\n\n"
        "Lao Cai, May 19, 2025 - Lao Cai Social Security received the Labor Order, third class, from the State "
        "President. Deputy Prime Minister Pham Van Quang presented the Order.\n\n"
        "Yen Bai Social Security received the Labor Order, second class, in 2020. Deputy Prime Minister Do Van "
        "Hai presented the Labor Order, third class, to Phu Tho Social Security.\n"
    )
    got = records(nlp, text, "2025-05-19").awards
    by_recipient = {(a.recipient, a.grade): a.presented_by for a in got}
    assert by_recipient[("Lao Cai Social Security", "third")] == "Pham Van Quang"
    assert by_recipient[("Yen Bai Social Security", "second")] is None  # that sentence hands over its own award


def test_a_speakers_now_beside_a_goals_year_and_a_date_at_the_end_of_a_figures_own_clause(nlp) -> None:
    text = (
        "Coverage in Hoa Binh\n\n"
        "Hoa Binh, February 12, 2026 - In December 2025, the office paid VND 40 billion in benefits. "
        "Mr. Dinh Van Son said that Hoa Binh now has about 790,000 health insurance participants, and that the "
        "province aims to reach 95 per cent coverage in 2026.\n\n"
        "Online work now dominates: 96.4 per cent of benefit claims from district offices were settled online "
        "in 2025, and 71.2 per cent of pensioners in towns receive their money through bank accounts.\n"
    )
    got = figures(nlp, text, "2026-02-12")
    assert got[790000][4] == "2026-02"  # held when the document speaks, not at the goal's year or December
    assert got[96.4][4] == "2025"  # its own clause's date, however far after it
    assert got[71.2][4] == "2026-02"  # the date before ", and" is the figure before's


def test_a_partner_or_a_departments_statement_does_not_own_the_offices_figures(nlp) -> None:
    text = (
        "Inspections in Tay Ninh\n\n"
        "Tay Ninh, July 7, 2025 - The inspection teams of Tay Ninh Provincial Social Security, working with the "
        "Tay Ninh Provincial Police and the Tay Ninh Department of Labour, inspected 212 enterprises in June.\n"
    )
    assert figures(nlp, text, "2025-07-07")[212][5] == "Tay Ninh Social Security"
    text = (
        "Vietnam Social Security reviews its online services\n\n"
        "Ha Noi, July 7, 2025 - Vietnam Social Security reviewed its online services on Monday. According to the "
        "Collection Department of Vietnam Social Security, 41.6 million people used the services in June.\n"
    )
    assert figures(nlp, text, "2025-07-07")[41600000][5] == "Vietnam Social Security"


def test_a_body_named_again_by_its_head_noun_owns_the_figures_it_is_the_subject_of(nlp) -> None:
    text = (
        "Contract signed in Nghe An\n\n"
        "Vinh, January 6, 2023 - Thanh Chuong District Hospital signed the health insurance contract for 2023 "
        "with Nghe An Social Security. In 2022, the hospital treated 48,300 insured outpatients.\n"
    )
    got = figures(nlp, text, "2023-01-06")
    assert got[48300][5] == "Thanh Chuong District Hospital"


def test_a_speakers_present_tense_holds_when_the_document_speaks(nlp) -> None:
    text = (
        "Quiz final in Long An\n\n"
        "Long An, October 30, 2024 - In September, Long An Social Security collected VND 410 billion. Speaking "
        "at the final, Mr. Vo Van Tam said that the province has 512,000 social insurance participants.\n"
    )
    got = figures(nlp, text, "2024-10-30")
    assert got[512000][4] == "2024-10"
