"""Figure and award structures found through the twelfth English blind set's misses
(docs/blind-en12-figures-awards-classes.md), each on sentences written for this test (no article of the
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


def test_trades_that_join_a_scheme_are_people_and_participants(nlp) -> None:
    text = (
        "Farmers in Ben Tre take up insurance\n\n"
        "Ben Tre, May 6, 2025 - During April, 2,180 farmers signed up for voluntary social insurance in Ben "
        "Tre province. Mo Cay district alone enrolled 640 traders.\n"
    )
    got = figures(nlp, text, "2025-05-06")
    assert got[2180][:2] == ("voluntary_si_participants", "persons")
    assert got[640][:2] == ("voluntary_si_participants", "persons")  # no employer: the voluntary scheme


def test_coverage_of_a_group_is_a_coverage_rate(nlp) -> None:
    text = (
        "Salt workers insured in Bac Lieu\n\n"
        "Bac Lieu, May 6, 2025 - The drive raised the proportion of salt-field workers with health insurance "
        "to 71.4%. By 2027, Bac Lieu Social Security aims to insure 88% of salt-field workers.\n"
    )
    got = figures(nlp, text, "2025-05-06")
    assert got[71.4][:2] == ("hi_coverage_rate", "percent")
    assert got[88][:3] == ("hi_coverage_rate", "percent", "target")


def test_offices_that_met_their_targets_set_no_target(nlp) -> None:
    text = (
        "Gia Lai reviews the year\n\n"
        "Gia Lai, December 30, 2024 - Of the 15 district offices, 11 met or exceeded all their targets. "
        "Chu Se District Social Insurance came first with 104.2% of its health insurance plan; Ia Grai and Krong Pa district offices followed.\n"
    )
    got = figures(nlp, text, "2024-12-30")
    assert got[104.2][:3] == ("plan_completion_rate", "percent", "plan_completion")


def test_share_paid_by_bank_a_money_change_and_patients(nlp) -> None:
    text = (
        "Pensions paid early in Ha Nam\n\n"
        "Ha Nam, January 20, 2023 - Of the pensioners, 18,200 beneficiaries, or 41.5%, receive their pensions "
        "through bank accounts. The office recovered VND 12 billion for the health insurance fund, up 9% from "
        "2021. A clinic used the health insurance cards of 430 patients to claim for scans.\n"
    )
    got = figures(nlp, text, "2023-01-20")
    assert got[41.5][:2] == ("non_cash_payment_rate", "percent")
    assert got[9][:3] == ("other", "percent", "change")  # the money's change, not the insured's
    assert got[430][:2] == ("other", "persons")  # patients: users of the fund, no participants counted


def awards_by_count(nlp, text: str, published: str) -> dict[object, tuple]:
    return {a.count or a.recipient: (a.award_type, a.recipient_kind) for a in records(nlp, text, published).awards}


def test_a_second_counted_group_after_and_or_an_aside(nlp) -> None:
    text = (
        "Payment work commended in Son La\n\n"
        "Son La, February 3, 2023 - The Director of Son La Social Security awarded Certificates of "
        "Commendation to 9 post-office staff members and 4 payment points. The Director of Lai Chau Social "
        "Security presented Certificates of Commendation to 7 collectives, including Sin Ho and Tam Duong "
        "district offices, and 19 individuals.\n"
    )
    got = awards_by_count(nlp, text, "2023-02-03")
    assert got[9] == ("certificate_of_commendation", "individual")
    assert got[4] == ("certificate_of_commendation", "collective")
    assert got[7] == ("certificate_of_commendation", "collective")
    assert got[19] == ("certificate_of_commendation", "individual")


def test_the_office_a_proposal_is_sent_to_is_no_recipient(nlp) -> None:
    text = (
        "Year-end review in Ha Tinh\n\n"
        "Ha Tinh, December 28, 2023 - Huong Son District Social Insurance was proposed to Vietnam Social "
        "Security for the Certificate of Merit of the General Director. Can Loc District Social Insurance was "
        "recommended to the Ministry of Labour for a Certificate of Merit.\n"
    )
    got = {(a.recipient, a.status) for a in records(nlp, text, "2023-12-28").awards}
    assert ("Huong Son District Social Insurance", "proposed") in got
    assert not any(r in ("Vietnam Social Security", "Ministry of Labour") for r, _ in got)


def test_a_proposed_person_keeps_no_title_in_the_name(nlp) -> None:
    text = (
        "Audit results\n\n"
        "Ha Noi, March 2, 2026 - The meeting agreed to propose the Prime Minister's Certificate of Merit for "
        "Auditor Tran Van Hung of the Audit and Inspection Department, who led the review.\n"
    )
    got = [(a.recipient, a.recipient_kind) for a in records(nlp, text, "2026-03-02").awards]
    assert got == [("Tran Van Hung", "individual")]
