"""Classes of misses the twenty-second English blind set showed (docs/blind-en22-all-classes.md):

- units: an alliance, a procuracy and a delegation of deputies are organisations by their head noun, and the
  last of two head nouns gives the kind ("Cooperative Alliance" is no company); a title's word right before a
  head noun inside a name ("of X General Hospital") is a word of the name;
- figures: a number going on a list of a law's articles or of a month's days ("Articles 18 and 27", "on June 7
  and 8") is no figure; "N defendants" are persons; the day a document was signed dates no figure; people a
  body "will help enrol" are a target; a figure named by its year ("the 2018 figure of N") holds in that year;
  the members a committee is asked to "commend" are the award's count, no figure; a change right after a count
  of things ("310,000 visits, up 7%") is that count's, no participants';
- awards: a Party membership badge is an award outside the table; an award whose giving verb comes right
  before it with no one named after it ("held a ceremony to present ...") is given by its subject, which
  receives nothing; a count of a group described by two words joined by "and" ("to 7 clean and strong Party
  cells") is counted.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

from extract_helpers import unit_names

from pipeline.extract import extract_text


def extract(nlp, body: str, headline: str = "Tuyen Quang office reviews its work"):
    text = f"{headline}\n\nTuyen Quang, March 4, 2025 - {body}\n"
    return extract_text(text, nlp=nlp, language="en")


def awards(result) -> list[tuple[str, str | None, str | None, int | None, str]]:
    return [(a.award_type, a.recipient, a.recipient_kind, a.count, a.status) for a in result.awards]


def figure_values(result) -> set[float]:
    return {f.value for f in result.figures}


# -- units -----------------------------------------------------------------------------------------


def test_an_alliance_is_an_organisation_and_no_company(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, Tuyen Quang Social Security and the Tuyen Quang Provincial Cooperative Alliance held a "
        "seminar. The General Director of Vietnam Social Security awarded a Certificate of Merit to the Tuyen "
        "Quang Provincial Cooperative Alliance for its work in 2022-2024.",
    )
    kinds = {u.name: u.kind for u in result.units}
    assert kinds.get("Tuyen Quang Provincial Cooperative Alliance") == "other"
    assert (
        "ministry_certificate_of_merit",
        "Tuyen Quang Provincial Cooperative Alliance",
        "collective",
        None,
        "conferred",
    ) in awards(result)


def test_a_procuracy_is_an_organisation(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, Tuyen Quang Social Security met the Provincial Police and the Provincial People's Procuracy "
        "to review their coordination on late payment.",
    )
    assert "Provincial People's Procuracy" in unit_names(result)


def test_a_department_of_a_general_hospital_keeps_the_hospital_in_its_name(nlp) -> None:
    result = extract(
        nlp,
        "The Finance Department of Tuyen Quang General Hospital, which earlier received a Certificate of Merit "
        "from the Chairman of the Tuyen Quang Provincial People's Committee, was praised by the delegation.",
    )
    assert "Finance Department of Tuyen Quang General Hospital" in unit_names(result)
    assert "Finance Department of Tuyen Quang" not in unit_names(result)


def test_a_delegation_of_deputies_is_an_organisation(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, the National Assembly Delegation of Tuyen Quang province, led by Ms. Ma Thi Hoa, Deputy "
        "Head of the delegation, held a supervision session at Tuyen Quang Social Security.",
    )
    assert "National Assembly Delegation of Tuyen Quang province" in unit_names(result)


# -- figures ---------------------------------------------------------------------------------------


def test_the_next_article_of_a_law_is_no_figure(nlp) -> None:
    result = extract(
        nlp,
        "Tuyen Quang Social Security sent 318 dossiers to the police under Articles 17 and 29 of the Criminal "
        "Code; the police opened 7 cases under Article 29.",
    )
    values = figure_values(result)
    assert 318 in values
    assert not values & {17, 29}


def test_the_next_day_of_a_month_is_no_figure(nlp) -> None:
    result = extract(
        nlp,
        "Delegations of Tuyen Quang Social Security visited 19 hospitals on February 17 and 18, and presented "
        "gifts to doctors.",
    )
    values = figure_values(result)
    assert 19 in values
    assert 18 not in values


def test_defendants_are_persons(nlp) -> None:
    result = extract(nlp, "The police initiated 7 criminal cases against 13 defendants.")
    assert {f.value: f.unit for f in result.figures}.get(13) == "persons"


def test_the_day_a_document_was_signed_dates_no_figure(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, Tuyen Quang Social Security and the Provincial Tax Department reviewed the regulation the "
        "two sides signed in May 2023.\n\nThe matching found 812 enterprises that had not paid social insurance.",
    )
    assert {f.value: f.as_of for f in result.figures}.get(812) == "2025-03-03"


def test_people_a_body_will_help_enrol_are_a_target(nlp) -> None:
    result = extract(
        nlp,
        "Under the programme, the Provincial Farmers' Association will help enrol at least 3,700 more farmers in "
        "voluntary social insurance by the end of 2027.",
    )
    assert {f.value: f.kind for f in result.figures}.get(3700) == "target"


def test_a_figure_named_by_its_year_holds_in_that_year(nlp) -> None:
    result = extract(
        nlp,
        "By the end of January 2025, the province had 64,300 voluntary participants, twice the 2018 figure of 32,150.",
    )
    assert {f.value: f.as_of for f in result.figures}.get(32150) == "2018"


def test_the_change_right_after_a_count_of_things_is_that_counts(nlp) -> None:
    result = extract(
        nlp,
        "Dr. Ma Van Son, Director of Tuyen Quang General Hospital, said the hospital had received over 310,000 "
        "HI-covered visits in 2024, up 7% on 2023, and that 91% of claims had been sent for appraisal on the day "
        "of discharge.",
    )
    metrics = {f.value: f.metric for f in result.figures}
    assert metrics.get(7) == "other"
    assert metrics.get(91) == "other"


# -- awards ----------------------------------------------------------------------------------------


def test_a_party_membership_badge_is_an_award_outside_the_table(nlp) -> None:
    result = extract(
        nlp,
        "Authorised by the Provincial Party Committee, Ms. Hoang Thi Mai presented the 45-year Party membership "
        "badge to Mr. Trieu Van Lanh, a former Deputy Director of Tuyen Quang Social Security.",
    )
    assert ("other", "Trieu Van Lanh", "individual", None, "conferred") in awards(result)


def test_an_award_its_subject_holds_a_ceremony_to_present_names_no_recipient(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, the Party Committee of Tuyen Quang Provincial Social Security held a ceremony to present "
        "Certificates of Merit.",
        headline="Tuyen Quang Social Security Party Committee presents Certificates of Merit",
    )
    assert awards(result) == []


def test_a_count_of_cells_described_by_two_joined_words_is_counted(nlp) -> None:
    result = extract(
        nlp,
        "On this occasion, the Party Committee presented Certificates of Commendation to 13 clean and strong Party "
        "cells and 16 exemplary Party members for 2024.",
    )
    rows = awards(result)
    assert ("certificate_of_commendation", None, "collective", 13, "conferred") in rows
    assert ("certificate_of_commendation", None, "individual", 16, "conferred") in rows


def test_the_members_a_committee_is_asked_to_commend_are_no_figure(nlp) -> None:
    result = extract(
        nlp,
        "The Party Committee has proposed that the Provincial Party Committee commend 13 Party members "
        "who completed their tasks excellently.",
    )
    assert 13 not in figure_values(result)
