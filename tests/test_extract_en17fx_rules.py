"""Classes of misses the seventeenth English blind set showed: "the office" as an award's subject or object,
a person beside an award's counted recipients, a person put up for an award in a passive proposal after
his company's name, business owners as people, and health insurance cards a body issued as a head count.

The texts are written for these tests (provinces, people and numbers are made up); none comes from
the dev articles or the blind sets.
"""

from __future__ import annotations

from extract_helpers import award_rows as awards
from extract_helpers import en_release as extract
from extract_helpers import only_figure as figure

# -- awards ----------------------------------------------------------------------------------------


def test_the_office_as_the_subject_receives_the_awards_it_lists(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Provincial Social Security held its review on March 3. Over the term the office received the "
        "Labour Order, second class (2022), and the Government Emulation Flag (2023). The office will propose "
        "the Labour Order, first class, for its collective in 2029.",
    )
    got = awards(result)
    assert ("labor_order", "Kon Tum Social Security", "collective", None, "conferred") in got
    assert ("government_emulation_flag", "Kon Tum Social Security", "collective", None, "conferred") in got
    assert ("labor_order", "Kon Tum Social Security", "collective", None, "proposed") in got


def test_the_office_as_the_object_is_the_local_office_not_the_sector(nlp) -> None:
    # the sector's agency is named more often than the office: "the office" is still the local one
    result = extract(
        nlp,
        "Kon Tum Provincial Social Security held its review on March 3 with Vietnam Social Security. "
        "Ms. Dinh Thi Lua, Deputy Director of Vietnam Social Security, praised the plan Vietnam Social Security "
        "had set, and presented the Emulation Flag of the Ministry of Finance to the office for its 2024 results.",
    )
    got = awards(result)
    assert ("ministry_emulation_flag", "Kon Tum Social Security", "collective", None, "conferred") in got


def test_a_person_after_the_counted_recipients_also_receives_the_award(nlp) -> None:
    result = extract(
        nlp,
        "The Director of Kon Tum Provincial Social Security presented Certificates of Commendation to 6 "
        "enterprises and to Mr. Y Ben Nie, an officer of the Collection Division, on March 3.",
    )
    got = awards(result)
    assert ("certificate_of_commendation", None, "collective", 6, "conferred") in got
    assert ("certificate_of_commendation", "Y Ben Nie", "individual", None, "conferred") in got


def test_a_person_put_up_for_an_award_after_his_companys_name_is_the_one_proposed(nlp) -> None:
    result = extract(
        nlp,
        "Dak Bla Rubber Company's director, Mr. Luu Van Kien, has also been proposed for a Labour Order, third class, "
        "by the provincial rubber corporation.",
    )
    got = awards(result)
    assert ("labor_order", "Luu Van Kien", "individual", None, "proposed") in got
    assert not [a for a in got if a[1] == "Dak Bla Rubber Company"]


# -- figures ---------------------------------------------------------------------------------------


def test_business_owners_are_people_and_join_the_scheme_named(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security held a conference on March 3 for about 260 owners of household businesses. "
        "After it, the office helped 45 household business owners sign up for compulsory social insurance.",
    )
    assert figure(result, 260).unit == "persons"
    owners = figure(result, 45)
    assert (owners.unit, owners.metric) == ("persons", "compulsory_si_participants")


def test_health_insurance_cards_issued_are_people_insured(nlp) -> None:
    result = extract(
        nlp,
        "In the first two months of 2025, Kon Tum Social Security issued 61,300 health insurance cards in total, "
        "and 2,940 household health insurance cards were issued in Sa Thay district. The office also handed "
        "over 75 free health insurance cards to poor pupils and reissued 310 health insurance cards.",
    )
    for value in (61300, 2940):
        found = figure(result, value)
        assert (found.unit, found.metric) == ("persons", "hi_participants"), value
    for value in (75, 310):  # gift cards and replaced ones stay counts of cards
        assert figure(result, value).unit == "count", value


def test_a_rank_before_the_person_after_a_unit_keeps_both_recipients(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security gave Certificates of Commendation to Dak Glei Border Guard Station and to "
        "Captain Dinh Van Hau, an officer of the station, for helping develop voluntary social insurance.",
    )
    got = awards(result)
    assert ("certificate_of_commendation", "Dak Glei Border Guard Station", "collective", None, "conferred") in got
    assert ("certificate_of_commendation", "Dinh Van Hau", "individual", None, "conferred") in got


# -- units, people, events -------------------------------------------------------------------------


def test_a_military_command_is_a_unit(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security and Dak Glei Border Guard Station, under the Kon Tum Provincial Border Guard "
        "Command, signed a programme on March 3.",
    )
    assert "Kon Tum Provincial Border Guard Command" in {u.name for u in result.units}


def test_a_one_word_owner_before_a_companys_own_name_is_not_part_of_it(nlp) -> None:
    result = extract(
        nlp,
        "The conference took place at Vinafor's Dak To Timber Company on March 3. The Kon Tum Provincial "
        "People's Committee and the Vietnam Women's Union sent delegates.",
    )
    names = {u.name for u in result.units}
    assert "Dak To Timber Company" in names
    assert not [n for n in names if n.startswith("Vinafor")]
    assert "Vietnam Women's Union" in names  # a possessive with no name of its own after it stays


def test_a_body_of_the_own_province_keeps_its_commas_as_written(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security, in coordination with the provincial Department of Labour, Invalids and Social "
        "Affairs, handed over cards on March 3.",
    )
    assert "Kon Tum Provincial Department of Labour, Invalids and Social Affairs" in {u.name for u in result.units}


def test_a_name_closing_a_list_of_districts_is_a_place(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security handed over cards to households in Sa Thay, Dak Ha and Tran Van Thoi districts "
        "on March 3.",
    )
    assert "Tran Van Thoi" not in {p.name for p in result.people}


def test_the_ceremony_of_an_act_the_lead_told_took_place_on_the_leads_day(nlp) -> None:
    # the ceremony is named only past the lead's sentences
    result = extract(
        nlp,
        "Kon Tum Social Security on March 3 handed over 900 health insurance cards to poor households. The cards "
        "were bought with money from the provincial budget. Most went to families in remote villages. Others went "
        "to pupils.\n\nAt the ceremony in Dak To town, Mr. Le Quang Hai said the cards would help poor families.",
    )
    assert [(e.kind, e.date) for e in result.events] == [("ceremony", "2025-03-03")]


# -- figures: dates, measures and scopes ------------------------------------------------------------


def test_the_start_a_relative_clause_tells_is_no_date_to_carry(nlp) -> None:
    result = extract(
        nlp,
        "On March 3, 2025, Kon Tum Social Security and Dak Glei Border Guard Station signed a programme.\n\n"
        "Mr. Le Quang Hai said the programme continued a cooperation that began informally in 2021.\n\n"
        "On this occasion, Kon Tum SS presented gifts with a total of VND 48 million to poor households.",
    )
    assert figure(result, 48000000).as_of == "2025-03-03"


def test_a_figure_over_the_term_holds_at_no_single_date(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security held a review of 2021-2025 on March 3.\n\nOver the term, the office paid pensions "
        "and monthly allowances to more than 52,000 people each month.",
    )
    found = figure(result, 52000)
    assert (found.metric, found.as_of) == ("benefit_recipients", None)


def test_people_who_live_somewhere_and_employees_covered_are_no_members_or_staff(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security will bring social and health insurance policies to the 3 border communes, where "
        "more than 5,200 people live. The province said 184,300 employees were now covered by the insurance.",
    )
    assert figure(result, 5200).metric == "other"
    assert figure(result, 184300).metric == "other"


def test_the_office_whose_staff_did_the_work_is_the_figures_scope(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security held a conference on March 3. Right after the conference, staff of Dak Ha "
        "Grassroots Social Insurance helped 64 household business owners sign up for compulsory social insurance.",
    )
    assert figure(result, 64).scope == "Dak Ha Grassroots Social Security"


def test_places_listed_after_a_district_are_districts_and_a_venue_town_is_no_scope(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security handed over cards on March 3.\n\nAt the ceremony in Dak To town, Mr. Le Quang Hai "
        "said coverage in the province rose to 96.3%. Coverage in Sa Thay district reached 95.1%, in Dak Ha 94.2% "
        "and in Ngoc Hoi 93.3%.",
    )
    assert figure(result, 96.3).scope == "Kon Tum Social Security"
    assert figure(result, 94.2).scope == "Dak Ha District Social Insurance"
    assert figure(result, 93.3).scope == "Ngoc Hoi District Social Insurance"


def test_the_particle_of_handed_over_is_no_qualifier(nlp) -> None:
    result = extract(
        nlp,
        "Kon Tum Social Security on March 3 handed over 900 health insurance cards and over 300 gifts to poor "
        "households.",
    )
    assert figure(result, 900).qualifier is None
    assert figure(result, 300).qualifier == "more than"


def test_a_second_quoted_movement_after_the_first_ones_launcher_is_read_without_it(nlp) -> None:
    result = extract(
        nlp,
        'Emulation movements, including "The whole office joins hands for clean records" launched by Vietnam '
        'Social Security and "Kind hearts for the highlands", were carried out widely.',
    )
    got = {m.name: m.launched_by for m in result.movements}
    assert got == {
        "The whole office joins hands for clean records": "Vietnam Social Security",
        "Kind hearts for the highlands": None,
    }
