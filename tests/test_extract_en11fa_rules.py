"""Figure and award structures found through the eleventh English blind set's misses
(docs/blind-en11-figures-awards-classes.md), each on sentences written for this test (no article of the
dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def records(nlp, text: str, published: str):
    return extract_text(text, nlp=nlp, published=published)


def figures(nlp, text: str, published: str) -> dict[float, tuple]:
    return {
        f.value: (f.metric, f.unit, f.kind, f.qualifier or "", f.scope or "")
        for f in records(nlp, text, published).figures
    }


def test_a_covenants_commitments_and_an_aim_are_targets(nlp) -> None:
    text = (
        "Cluster signs covenant in Quang Ngai\n\n"
        "Quang Ngai, March 2, 2024 - The cluster's 2024 covenant commits each member to keep late payment below "
        "1.8 per cent and bring health insurance coverage to at least 94.2 per cent. The director asked the staff "
        "to keep up the work, aiming for a satisfaction rate of at least 92 per cent.\n"
    )
    got = figures(nlp, text, "2024-03-02")
    assert got[1.8][:3] == ("late_payment", "percent", "target")
    assert got[94.2][:3] == ("hi_coverage_rate", "percent", "target")
    assert got[92][:3] == ("satisfaction_rate", "percent", "target")


def test_raised_by_a_number_and_employees_added_to_a_scheme_are_changes_of_participants(nlp) -> None:
    text = (
        "Binh Dinh reviews the first half\n\n"
        "Binh Dinh, July 5, 2024 - Binh Dinh Provincial Social Security raised compulsory social insurance "
        "participants by 3,200 compared with the end of 2023. Its inspectors found 145 enterprises that had not "
        "registered their workers, with 2,310 employees added to compulsory social insurance.\n"
    )
    got = figures(nlp, text, "2024-07-05")
    assert got[3200][:3] == ("compulsory_si_participants", "persons", "change")
    assert got[2310][:3] == ("compulsory_si_participants", "persons", "change")  # not the office's staff


def test_a_counts_own_scheme_people_paid_from_a_fund_and_bank_transfers(nlp) -> None:
    text = (
        "Press helps insurance reach more people\n\n"
        "Hanoi, December 3, 2023 - The Deputy Director said the campaign had helped lift the number of social "
        "insurance participants to 1.2 million people and health insurance coverage to 93% of the population. "
        "The office used its unemployment insurance fund to pay VND 410 billion to more than 96,000 workers. "
        "About 97.5 per cent of pensioners in the city now receive benefits by bank transfer.\n"
    )
    got = figures(nlp, text, "2023-12-03")
    assert got[1200000][:2] == ("si_participants", "persons")  # the health insurance after it is the next figure's
    assert got[93][:2] == ("hi_coverage_rate", "percent")
    assert got[96000][:2] == ("benefit_recipients", "persons")  # paid, not participants of the fund's scheme
    assert got[97.5][:2] == ("non_cash_payment_rate", "percent")


def test_a_share_of_the_provinces_population_and_prize_money(nlp) -> None:
    text = (
        "Contest ends in Ha Tinh\n\n"
        "Ha Tinh, October 8, 2024 - The province had 1.1 million health insurance participants, 95.4% of the "
        "province's population. The third prizes were worth VND 4 million each. Each B prize was worth VND 15 "
        "million.\n"
    )
    got = figures(nlp, text, "2024-10-08")
    assert got[95.4][:2] == ("hi_coverage_rate", "percent")
    assert 4000000 not in got and 15000000 not in got  # what a prize is worth is no money mobilised


def test_a_caption_retelling_a_prize_with_its_presenter_leaves_the_bodys_record(nlp) -> None:
    text = (
        "Teller contest held in Long An\n\n"
        "Long An, September 20, 2024 - On September 19, Long An Social Security held the final round of its "
        "teller contest. The jury awarded the first prize to Ms. Pham Thi Thu Ha of Ben Luc District Social "
        "Insurance. Four consolation prizes were also awarded.\n\n"
        "(Photo: Mr. Nguyen Van Khoa presents the first prize to Ms. Pham Thi Thu Ha.)\n"
    )
    awards = records(nlp, text, "2024-09-20").awards
    assert [(a.award_type, a.grade, a.recipient) for a in awards] == [
        ("other", "first", "Pham Thi Thu Ha"),
        ("other", None, None),
    ]


def test_contest_prizes_to_people_a_team_prize_and_the_winner_named_by_the_prize(nlp) -> None:
    text = (
        "Teller contest held in Long An\n\n"
        "Long An, September 20, 2024 - On September 19, Long An Social Security held the final round of its "
        "teller contest. The jury awarded the first prize to Ms. Pham Thi Thu Ha of Ben Luc District Social "
        "Insurance. Two second prizes went to Mr. Nguyen Van Khoa of Duc Hoa District Social Insurance and "
        "Ms. Le Thi Mai of Can Giuoc District Social Insurance, and three third prizes went to tellers from "
        "Tan An, Thu Thua and Can Duoc district offices. Ben Luc District Social Insurance won the team prize.\n\n"
        "The first-prize winner received a Certificate of Commendation from the Director of Long An Social "
        "Security.\n"
    )
    got = {
        (a.award_type, a.grade, a.recipient, a.recipient_kind, a.count) for a in records(nlp, text, "2024-09-20").awards
    }
    assert ("other", "second", None, "individual", 2) in got  # "went to Mr. A ... and Ms. B": people
    assert ("other", "third", None, "individual", 3) in got  # "went to tellers"
    assert ("other", None, "Ben Luc District Social Insurance", "collective", None) in got
    assert ("certificate_of_commendation", None, "Pham Thi Thu Ha", "individual", None) in got


def test_a_proposal_in_its_own_clause_and_who_confers_the_sectors_flag(nlp) -> None:
    text = (
        "Cluster No. 3 signs covenant\n\n"
        "Ninh Binh, February 20, 2024 - At the conference, the cluster voted on its members. Ha Nam Social "
        "Security and Nam Dinh Social Security were proposed to receive the Emulation Flag of Vietnam Social "
        "Security for 2023, and Thai Binh Social Security was proposed for a Certificate of Merit of the General "
        "Director.\n"
    )
    got = {(a.award_type, a.recipient, a.conferred_by) for a in records(nlp, text, "2024-02-20").awards}
    assert got == {
        ("ministry_emulation_flag", "Ha Nam Social Security", "VSS General Director"),
        ("ministry_emulation_flag", "Nam Dinh Social Security", "VSS General Director"),
        ("ministry_certificate_of_merit", "Thai Binh Social Security", "VSS General Director"),
    }


def test_people_a_count_goes_on_to_name_and_a_trade_union_bodys_certificate(nlp) -> None:
    text = (
        "Ninh Binh staff honoured\n\n"
        "Ninh Binh, May 4, 2024 - The office held its review. Three officials received the Certificate of Merit of the Ninh Binh Provincial "
        "Labour Federation: Mr. Dinh Van Quang of Kim Son District Social Insurance, for a new filing system; "
        "Ms. Pham Thi Lan of the Collection Division, for a reminder tool; and Mr. Vu Duc Hai of Yen Mo District "
        "Social Insurance, for a new queue.\n\n"
        "On March 5, the Chairman of the Ninh Binh Provincial People's Committee awarded Certificates of Merit "
        "to Ninh Binh Social Security and two of its staff, Mr. Tran Van Long, Director of Hoa Lu Grassroots "
        "Social Insurance, and Ms. Do Thi Hue, a collection officer in Gia Vien, for their work in the floods.\n"
    )
    got = {(a.recipient, a.recipient_kind, a.count, a.conferred_by) for a in records(nlp, text, "2024-05-04").awards}
    federation = "Ninh Binh Provincial Labour Federation"
    chairman = "Chairman of Ninh Binh Provincial People's Committee"
    assert got == {
        ("Dinh Van Quang", "individual", None, federation),
        ("Pham Thi Lan", "individual", None, federation),
        ("Vu Duc Hai", "individual", None, federation),
        ("Ninh Binh Social Security", "collective", None, chairman),
        ("Tran Van Long", "individual", None, chairman),
        ("Do Thi Hue", "individual", None, chairman),
    }


def test_the_sectors_goals_at_a_national_conference_are_vss_and_more_participants_is_a_change(nlp) -> None:
    text = (
        "Sector reviews the first half online\n\n"
        "Ha Noi, July 12, 2026 - On July 11, Vietnam Social Security held an online conference with its provincial "
        "offices. Hai Phong City Social Security reported 98.5% of benefits paid without cash. Deputy General "
        "Director Le Van Binh said that the sector still had to enrol about 1.4 million more social insurance "
        "participants to reach the 2026 target of 21.2 million, and asked each provincial office to reach a health "
        "insurance coverage rate of at least 95.5% by December.\n\n"
        "Hai Phong City Social Security sets the target of developing 450 more voluntary participants.\n"
    )
    got = figures(nlp, text, "2026-07-12")
    assert got[98.5][4] == "Hai Phong Social Security"
    assert got[1400000][:3] == ("si_participants", "persons", "change")
    assert got[1400000][4] == got[21200000][4] == got[95.5][4] == "Vietnam Social Security"
    assert got[21200000][2] == got[95.5][2] == "target"
    assert got[450][:3] == ("voluntary_si_participants", "persons", "target")  # the goal is the increase


def test_volunteers_and_tellers_are_people(nlp) -> None:
    text = (
        "Youth union helps flood victims\n\n"
        "Yen Bai, October 2, 2025 - The youth union of Yen Bai Social Security sent 25 volunteers to clean "
        "schools. On October 1, the office held a one-stop desk contest with 14 tellers from its district social "
        "insurance offices taking part.\n"
    )
    got = figures(nlp, text, "2025-10-02")
    assert got[25][:2] == ("other", "persons")
    assert got[14][:2] == ("other", "persons")


def test_the_head_who_gave_the_certificates_confers_them(nlp) -> None:
    text = (
        "Relief work commended\n\n"
        "Yen Bai, October 20, 2025 - In addition, the Director of Yen Bai Provincial Social Security gave "
        "Certificates of Commendation to three collectives and nine individuals of the office.\n"
    )
    got = {(a.recipient_kind, a.count, a.conferred_by) for a in records(nlp, text, "2025-10-20").awards}
    director = "Director of Yen Bai Provincial Social Security"
    assert got == {("collective", 3, director), ("individual", 9, director)}
