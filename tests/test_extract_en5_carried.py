"""State the figure loop carries from sentence to sentence, and where it must stop: read on sentences
written for this test (no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def figures(nlp, text: str, published: str) -> list[tuple]:
    records = extract_text(text, nlp=nlp, published=published)
    return [(f.value, f.metric, f.kind, f.as_of, f.scope) for f in records.figures]


ITEMS = (
    "Provincial notes\n\n"
    "Social Security Bulletin, November 6, 2024 – Two items from the offices.\n\n"
    "BINH THUAN: a drive for the last months\n"
    "Binh Thuan Provincial Social Security aims to enrol 6,000 more voluntary participants by December 31.\n\n"
    "HAU GIANG: health insurance coverage at 93.7%\n"
    "Hau Giang Social Security reported that 93.7 per cent of the population held health insurance cards at "
    "the end of October.\n"
)


def test_a_round_up_item_inherits_no_target_or_date_from_the_item_before(nlp) -> None:
    got = figures(nlp, ITEMS, "2024-11-06")
    coverage = [f for f in got if f[0] == 93.7]
    # the heading's figure is the body's, dated by the body; neither a target nor "December 31"
    assert coverage == [(93.7, "hi_coverage_rate", "actual", "2024-10", "Hau Giang Social Security")]
    assert (6000, "voluntary_si_participants", "target", "2024-12-31", "Binh Thuan Social Security") in got


def test_a_title_figure_is_dated_by_the_body_stating_it(nlp) -> None:
    text = (
        "Health insurance cards up 4.2 per cent on a year earlier\n\n"
        "Ha Noi, August 12, 2024 – As of June 30, 2024, the country had 92.1 million health insurance "
        "participants, an increase of 3.7 million, or 4.2 per cent, over the same period last year.\n"
    )
    got = figures(nlp, text, "2024-08-12")
    change = [f for f in got if f[0] == 4.2]
    assert len(change) == 1 and change[0][2:4] == ("change", "2024-06-30")


def test_alone_accounts_for_keeps_the_measure_of_a_sentence_with_an_amount_and_its_share(nlp) -> None:
    text = (
        "Arrears in the south\n\n"
        "Can Tho, July 9, 2024 – At the end of June late payment in the region was VND 3.2 trillion, equal to "
        "4.8 per cent of the amount due. Can Tho Social Security alone accounts for VND 1.1 trillion.\n"
    )
    got = {f[0]: f for f in figures(nlp, text, "2024-07-09")}
    assert got[1100000000000][1:3] == ("late_payment", "actual")


def test_the_first_office_to_pass_a_rate_takes_the_rate_named_before(nlp) -> None:
    text = (
        "Cards in Tra Vinh\n\n"
        "Tra Vinh, October 4, 2024 – Tra Vinh Provincial Social Security said 960,000 people held health "
        "insurance cards at the end of September, a coverage rate of 93.5 per cent of the population. Cau Ke "
        "District Social Insurance was the first district office to pass 97 per cent.\n"
    )
    records = extract_text(text, nlp=nlp, published="2024-10-04")
    rate = next(f for f in records.figures if f.value == 97)
    assert (rate.metric, rate.qualifier) == ("hi_coverage_rate", "more than")


def test_a_figure_a_year_ago_beside_one_held_now_is_dated_a_year_back(nlp) -> None:
    text = (
        "Pensions without cash\n\n"
        "Hue, March 15, 2025 – The city office held its quarterly briefing. In Hue 68.3 per cent of pensioners "
        "now collect their pension through a bank account, against 52 per cent a year ago.\n"
    )
    dated = {f[0]: f[3] for f in figures(nlp, text, "2025-03-15")}
    assert dated[68.3] == "2025-03"
    assert dated[52] == "2024-03"
