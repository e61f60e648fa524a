"""Structures found through the ninth English blind set's misses (docs/blind-en9-classes.md), each on
sentences written for this test (no article of the dev or blind sets)."""

from __future__ import annotations

from pipeline.extract import extract_text


def records(nlp, text: str, published: str):
    return extract_text(text, nlp=nlp, published=published)


def figures(nlp, text: str, published: str) -> dict[float, tuple]:
    return {
        f.value: (f.metric, f.unit, f.kind, f.as_of or "", f.scope or "") for f in records(nlp, text, published).figures
    }


def test_people_paid_a_benefit_or_support_are_benefit_recipients(nlp) -> None:
    text = (
        "Ha Nam pays support\n\n"
        "Ha Nam, May 3, 2024 - By April 30, 2024, Ha Nam Provincial Social Security had paid support to "
        "12,480 workers. Hoa Binh Social Security had paid 3,900 workers, Ninh Binh Social Security 2,100 "
        "workers and Nam Dinh Social Security 1,500 workers.\n"
    )
    got = figures(nlp, text, "2024-05-03")
    assert got[12480][:2] == ("benefit_recipients", "persons")
    assert got[3900][0] == got[2100][0] == got[1500][0] == "benefit_recipients"  # the list's measure
    assert got[2100][4] == "Ninh Binh Social Security"


def test_lists_processed_are_documents_and_work_on_enterprises_is_a_figure(nlp) -> None:
    text = (
        "Ha Nam pays support\n\n"
        "Ha Nam, May 3, 2024 - Staff of Ha Nam Provincial Social Security worked through the weekends, "
        "processing 1,230 lists sent in by employers. The office also reduced premiums for 1,876 enterprises, "
        "and 140 enterprises attended the conference.\n"
    )
    got = figures(nlp, text, "2024-05-03")
    assert got[1230][:2] == ("documents_issued", "documents")
    assert got[1876][1] == "units"
    assert got[140][1] == "units"  # organisations counted are figures, at an event too (en13, en14 gold)


def test_two_numbers_share_the_noun_after_the_second(nlp) -> None:
    text = (
        "Ha Nam pays support\n\n"
        "Ha Nam, May 3, 2024 - Ha Nam Provincial Social Security reviewed the month. Its district offices "
        "handled most of the work, paying 3,100 and 2,700 workers.\n"
    )
    got = figures(nlp, text, "2024-05-03")
    assert got[3100][:2] == got[2700][:2] == ("benefit_recipients", "persons")


def test_a_part_of_a_whole_is_measured_and_the_whole_is_a_bare_head_count(nlp) -> None:
    text = (
        "Students in Hung Yen\n\n"
        "Hung Yen, October 2, 2025 - By October 1, 2025, 51,200 of the 54,000 pupils in Hung Yen province "
        "had health insurance. At one school the rate was 100 per cent of 920 pupils.\n"
    )
    got = figures(nlp, text, "2025-10-02")
    assert got[51200][:2] == ("hi_participants", "persons")
    assert got[54000][:2] == ("other", "persons")
    assert got[920][:2] == ("other", "persons")


def test_coverage_said_of_residents_or_their_population(nlp) -> None:
    text = (
        "Coverage in the north\n\n"
        "Ha Noi, July 2, 2024 - By the end of June 2024, Lai Chau Social Security had brought health "
        "insurance to 97.2 per cent of residents, and Son La Social Security covered 96.4 per cent of its "
        "population.\n"
    )
    got = figures(nlp, text, "2024-07-02")
    assert got[97.2][0] == got[96.4][0] == "hi_coverage_rate"


def test_money_a_story_finds_is_no_revenue(nlp) -> None:
    text = (
        "An officer returns a wallet\n\n"
        "Nghe An, March 4, 2024 - A collection officer of Nghe An Provincial Social Security found a wallet "
        "containing VND 12 million on the road and returned it to its owner.\n"
    )
    got = figures(nlp, text, "2024-03-04")
    assert got.get(12000000, ("other",))[0] == "other"


def test_a_target_set_for_a_year(nlp) -> None:
    text = (
        "Coverage meeting\n\n"
        "Ha Noi, April 2, 2024 - Coverage reached 93.1 per cent of the population by March 2024. The target "
        "set for 2026 is coverage of 96 per cent of the population.\n"
    )
    got = figures(nlp, text, "2024-04-02")
    assert got[96][:3] == ("hi_coverage_rate", "percent", "target")
    assert got[96][3] == "2026"


def test_a_merged_province_level_city_is_no_district(nlp) -> None:
    text = (
        "Can Tho students\n\n"
        "Can Tho, September 12, 2025 - Can Tho Social Security opened the school-year campaign.\n\n"
        "By September 10, 2025, 88,100 pupils in the new Can Tho city had health insurance, a coverage rate "
        "of 96.2 per cent.\n"
    )
    got = figures(nlp, text, "2025-09-12")
    assert got[96.2][4] == got[88100][4] == "Can Tho Social Security"


def test_bodies_listed_before_respectively_each_take_their_own_number(nlp) -> None:
    text = (
        "Ha Nam reviews the month\n\n"
        "Ha Nam, May 3, 2024 - Ha Nam Provincial Social Security reviewed the month. Phu Ly City Social "
        "Insurance and Duy Tien Town Social Insurance paid 3,100 and 2,700 workers respectively. The sector "
        "targets are 93.5 per cent of the population covered by health insurance and 40 per cent of the labour "
        "force in social insurance. Lao Cai and Son La led their clusters, with health insurance coverage of "
        "96.1 per cent and 93.8 per cent respectively.\n"
    )
    got = figures(nlp, text, "2024-05-03")
    assert got[3100][4] == "Phu Ly City Social Insurance"
    assert got[2700][4] == "Duy Tien Town Social Insurance"
    assert got[96.1][0] == got[93.8][0] == "hi_coverage_rate"  # their own measure, not the targets' before
    assert (got[96.1][4], got[93.8][4]) == ("Lao Cai Social Security", "Son La Social Security")


def test_a_goals_year_is_no_date_for_the_results_after_it(nlp) -> None:
    text = (
        "Health insurance day\n\n"
        "Ha Noi, June 30, 2024 - By the end of May 2024 the country had 93.2 per cent of the population "
        "covered by health insurance. The target set for 2026 is coverage of 96 per cent of the population.\n\n"
        "Among the provinces, Lai Chau Social Security had brought health insurance to 97.2 per cent of "
        "residents.\n"
    )
    got = figures(nlp, text, "2024-06-30")
    assert got[97.2][3] == "2024-05"


def test_a_sentence_opening_on_last_year_or_this_year(nlp) -> None:
    text = (
        "Pupils insured\n\n"
        "Hue, September 12, 2025 - On September 10, Hue Social Security opened the school-year campaign. "
        "Last year, the Health Insurance Fund paid VND 14.2 billion for 21,300 visits of pupils in the city. "
        "This year the office has signed up 1,240 new voluntary participants.\n"
    )
    got = figures(nlp, text, "2025-09-12")
    assert got[14200000000][3] == "2024"
    assert got[1240][3] == "2025"


def awards(nlp, text: str, published: str) -> set[tuple]:
    return {(a.award_type, a.recipient, a.count, a.status) for a in records(nlp, text, published).awards}


def test_the_person_between_the_giving_verb_and_the_award_receives_it_also_as_a_pronoun(nlp) -> None:
    text = (
        "An officer commended\n\n"
        "Nghe An, May 3, 2024 - On May 2, the Director of Nghe An Provincial Social Security, Mr. Ho Van Nam, "
        "awarded Ms. Tran Thi Hoa a Certificate of Commendation for her good deed. The office has also "
        "proposed that the General Director of Vietnam Social Security award her a Certificate of Merit.\n"
    )
    got = awards(nlp, text, "2024-05-03")
    assert ("certificate_of_commendation", "Tran Thi Hoa", None, "conferred") in got
    assert ("ministry_certificate_of_merit", "Tran Thi Hoa", None, "proposed") in got


def test_asking_an_authority_to_award_is_a_proposal_and_both_recipients_of_a_proposal_are_kept(nlp) -> None:
    text = (
        "Awards proposed\n\n"
        "Nghe An, May 3, 2024 - Nghe An Provincial Social Security held a review meeting on May 2. The office "
        "asked the General Director of Vietnam Social Security to award a Certificate of Merit to Vinh City "
        "Social Insurance. The Ministry has proposed that the Prime Minister award a Certificate of Merit to "
        "Nghe An Social Security and to Ms. Le Thi Mai, Director of Nghe An Social Security.\n"
    )
    got = awards(nlp, text, "2024-05-03")
    assert ("ministry_certificate_of_merit", "Vinh City Social Insurance", None, "proposed") in got
    assert ("pm_certificate_of_merit", "Nghe An Social Security", None, "proposed") in got
    assert ("pm_certificate_of_merit", "Le Thi Mai", None, "proposed") in got


def people(nlp, text: str, published: str) -> dict[str, tuple]:
    return {p.name: (p.title or "", p.unit or "") for p in records(nlp, text, published).people}


def test_appointments_titles_before_names_implied_bodies_and_joint_bylines(nlp) -> None:
    text = (
        "Appointments announced\n\n"
        "Ha Noi, March 3, 2024 - Vietnam Social Security announced new appointments on March 2. Deputy "
        "General Director Pham Van Long presented the decisions.\n\n"
        "Mr. Ngo Van Binh, Director of Lai Chau Provincial Social Security, was transferred to the post of "
        "Director of Son La Provincial Social Security. Ms. Dao Thi Hue, Deputy Director of Son La Provincial "
        "Social Security, took over as Director of Lai Chau Provincial Social Security.\n\n"
        "On March 2, the Director of Son La Provincial Social Security, Mr. Tong Van Quy, thanked the staff.\n\n"
        "Text and photo: Minh Chau\n"
    )
    got = people(nlp, text, "2024-03-03")
    assert got["Pham Van Long"][0] == "Deputy General Director of Vietnam Social Security"
    assert got["Ngo Van Binh"] == (
        "Director of Son La Provincial Social Security (formerly Director of Lai Chau Provincial Social Security)",
        "Son La Social Security",
    )
    assert got["Dao Thi Hue"][1] == "Lai Chau Social Security"
    assert got["Tong Van Quy"] == ("Director of Son La Provincial Social Security", "Son La Social Security")
    assert got["Minh Chau"][0] == "author"


def test_authorised_by_the_general_director_names_the_authority(nlp) -> None:
    text = (
        "Medals presented\n\n"
        "Ha Noi, June 30, 2024 - Vietnam Social Security held a ceremony on June 29. On this occasion, "
        "authorised by the General Director, Deputy General Director Pham Van Long presented the Medal "
        '"For the cause of Vietnam Social Security" to 31 officials of ministries.\n'
    )
    got = [(a.conferred_by, a.presented_by, a.count) for a in records(nlp, text, "2024-06-30").awards]
    assert got == [("VSS General Director", "Pham Van Long", 31)]


def test_an_event_is_named_by_its_own_purpose_phrase(nlp) -> None:
    text = (
        "Health insurance day marked\n\n"
        "Ha Noi, July 2, 2024 - Vietnam Social Security on July 1 held a ceremony in Ha Noi to mark the "
        "11th Vietnam Health Insurance Day (July 1, 2014 - July 1, 2024) and heard reports from provinces.\n"
    )
    events = records(nlp, text, "2024-07-02").events
    assert [(e.kind, e.name) for e in events] == [
        ("ceremony", "ceremony to mark the 11th Vietnam Health Insurance Day")
    ]


def test_a_movement_launched_by_a_ministry_of_x_for_a_period(nlp) -> None:
    text = (
        "Movement continues\n\n"
        "Ha Noi, January 17, 2026 - Deputy Minister Cao Van Hung asked the sector to continue the emulation "
        'movement "Every office goes digital" launched by the Ministry of Finance for 2026-2030.\n'
    )
    got = [(m.name, m.launched_by, m.period) for m in records(nlp, text, "2026-01-17").movements]
    assert got == [("Every office goes digital", "Ministry of Finance", "2026-2030")]


def test_an_age_after_a_name_staff_of_the_office_and_a_covering_goal(nlp) -> None:
    text = (
        "A busy year\n\n"
        "Hue, September 12, 2025 - Hue Social Security met Mrs. Tran Thi Lan, 82, of Thuy Bieu ward. The "
        "Director pledged to lead the 380 staff of the provincial office. The city set the target of covering "
        "100 per cent of pupils by December 31, 2025.\n"
    )
    got = figures(nlp, text, "2025-09-12")
    assert 82 not in got
    assert got[380][0] == "staff_count"
    assert got[100][:3] == ("hi_coverage_rate", "percent", "target")


def test_a_comparisons_base_head_count_takes_the_measure_before_it(nlp) -> None:
    text = (
        "Thirty years\n\n"
        "Ha Noi, July 2, 2025 - The number of people receiving monthly pensions reached 2.9 million in 2024, "
        "compared with 0.9 million in 1996.\n"
    )
    got = figures(nlp, text, "2025-07-02")
    assert got[900000][0] == got[2900000][0] == "benefit_recipients"


def test_a_photo_caption_retelling_an_award_adds_no_record(nlp) -> None:
    text = (
        "Staff commended\n\n"
        "Nghe An, May 3, 2024 - Nghe An Provincial Social Security held a review meeting on May 2. The Chairman "
        "of Nghe An Provincial People's Committee awarded Certificates of Merit to 2 collectives and 5 "
        "individuals of Nghe An Provincial Social Security.\n\n"
        "(Photo: Leaders of Nghe An Provincial People's Committee present Certificates of Merit to social "
        "security staff.)\n"
    )
    got = awards(nlp, text, "2024-05-03")
    assert got == {
        ("ministry_certificate_of_merit", None, 2, "conferred"),
        ("ministry_certificate_of_merit", None, 5, "conferred"),
    }


def test_a_headlines_rounded_figure_is_the_bodys_fact(nlp) -> None:
    text = (
        "Ha Nam pays support to 1.25 million workers\n\n"
        "Ha Nam, May 3, 2024 - By April 30, 2024, Ha Nam Provincial Social Security had paid support to "
        "1,254,300 workers.\n"
    )
    got = figures(nlp, text, "2024-05-03")
    assert 1250000 not in got
    assert got[1254300][0] == "benefit_recipients"


def test_list_items_of_different_bodies_keep_the_same_value_each(nlp) -> None:
    text = (
        "Schools covered\n\n"
        "Hue, September 12, 2025 - Hue Social Security reported coverage at some schools on September 10:\n"
        "- Quoc Hoc High School: 100 per cent;\n"
        "- Hai Ba Trung High School: 98.2 per cent;\n"
        "- A Luoi Ethnic Boarding School: 100 per cent.\n"
    )
    scopes = {f.scope for f in records(nlp, text, "2025-09-12").figures if f.value == 100}
    assert len(scopes) == 2
