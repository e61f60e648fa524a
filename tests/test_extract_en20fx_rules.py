"""Classes of misses the twentieth English blind set showed: an office's union named in lower case and with
capitals, an award's recipients counted as a part of a group ("to 7 of the departing staff"), an award told
in a relative clause after its holder ("X, which had received ..."), and case files counted in digits.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

from extract_helpers import award_rows as awards
from extract_helpers import en_release as extract
from extract_helpers import only_figure as figure

# -- units -----------------------------------------------------------------------------------------


def test_an_office_s_union_in_lower_case_and_with_capitals_is_one_unit(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, the Trade Union of Kon Tum Provincial Social Security held its congress. Delegates said the "
        "Kon Tum Social Security trade union would keep its Shelter fund.",
    )
    unions = [u for u in result.units if u.name.lower().startswith("trade union")]
    assert len(unions) == 1
    assert "Kon Tum Social Security trade union" in unions[0].mentions


def test_a_programme_named_after_a_body_is_no_body(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security held its review on March 3. Its women members gave VND 300 million to the "
        '"Women\'s Union Shelter" fund of the commune.',
    )
    assert not [u for u in result.units if u.name.startswith("Women")]


def test_a_science_council_named_after_and_before_its_owner_is_one_unit(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, the Science Council of Vietnam Social Security met at the VSS offices in Hanoi to accept two "
        "projects. The VSS Science Council had 11 members this year.",
        headline="Council accepts research projects",
    )
    councils = [u for u in result.units if "Science Council" in u.name]
    assert [u.name for u in councils] == ["Science Council of Vietnam Social Security"]


# -- awards ----------------------------------------------------------------------------------------


def test_a_count_of_part_of_a_group_counts_the_recipients(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security held a send-off for 21 staff on March 3. Mr. Y Ngoc handed the medal "
        '"For the cause of Vietnam Social Security" to 6 of the departing staff never honoured with it before. '
        "The office will ask the Chairman of the Provincial People's Committee to award Certificates of Merit to 3 "
        "of these employees for their long careers.",
    )
    got = awards(result)
    assert ("commemorative_medal", None, "individual", 6, "conferred") in got
    assert ("ministry_certificate_of_merit", None, "individual", 3, "proposed") in got
    assert not [a for a in result.awards if a.recipient == "Kon Tum Social Security"]
    assert {f.value for f in result.figures}.isdisjoint({6, 3})  # the awards' counts, no figures


def test_an_award_in_a_relative_clause_goes_to_its_holder(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security held a review on March 3. Mr. Ho Duc Vinh, Vice Chairman of the Provincial "
        "People's Committee, praised Kon Tum SS, which had received the Emulation Flag of Vietnam Social Security "
        "for its 2023 performance.",
    )
    got = awards(result)
    assert ("ministry_emulation_flag", "Kon Tum Social Security", "collective", None, "conferred") in got
    assert not [a for a in result.awards if a.recipient == "Ho Duc Vinh"]


def test_the_union_as_the_subject_receives_the_award(nlp) -> None:
    result = extract(
        nlp,
        "The Kon Tum Social Security trade union held its congress on March 3. For its achievements, the union "
        "received the Certificate of Merit of the Vietnam General Confederation of Labour in 2022, and two branches "
        "were rated strong.",
    )
    (award,) = [a for a in result.awards if a.award_type == "ministry_certificate_of_merit"]
    assert award.recipient is not None and award.recipient.lower() == "trade union of kon tum social security"
    assert award.year == "2022"


# -- figures ---------------------------------------------------------------------------------------


def test_case_files_counted_in_digits_are_documents(nlp) -> None:
    result = extract(
        nlp,
        "In 2024, Kon Tum Social Security and the provincial police checked 3,150 benefit files. Two files were "
        "sent back. For 2025 they aim to check at least 3,600 benefit files.",
    )
    checked, goal = figure(result, 3150), figure(result, 3600)
    assert (checked.unit, checked.metric, checked.kind) == ("documents", "other", "actual")
    assert (goal.unit, goal.metric, goal.kind) == ("documents", "other", "target")
    assert not [f for f in result.figures if f.value == 2]  # a count in words of files is no figure


def test_a_share_year_on_year_after_a_change_is_the_same_change(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security said that as of June 30, 2025, 38,260 people in the province were taking part in "
        "voluntary social insurance, up 6,170 people or 19.2% year on year.",
    )
    share = figure(result, 19.2)
    assert (share.metric, share.kind) == ("voluntary_si_participants", "change")


def test_people_outside_the_scheme_are_no_participants(nlp) -> None:
    result = extract(
        nlp,
        "The study found that about 27.6 million working-age people were still outside the social insurance system "
        "at the end of 2023, and 41,300 workers in Kon Tum had not yet joined social insurance.",
    )
    assert figure(result, 27600000).metric == "other"
    assert figure(result, 41300).metric == "other"


def test_this_is_n_points_higher_takes_the_rate_before(nlp) -> None:
    result = extract(
        nlp,
        "As of November 30, 2024, Kon Tum Social Security had 71,300 people receiving monthly pensions, of whom "
        "60,900 were paid through personal bank accounts, a rate of 85.4%. This is 8.7 percentage points higher "
        "than at the end of 2023.",
    )
    gain = figure(result, 8.7)
    assert (gain.metric, gain.kind) == ("non_cash_payment_rate", "change")


def test_of_these_after_a_rate_counts_the_people_named_before(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security said that as of June 30, 2025, 38,260 people in the province were taking part in "
        "voluntary social insurance, reaching 102.3% of the target. Of these, 3,870 came from poor households.",
    )
    assert figure(result, 3870).unit == "persons"
