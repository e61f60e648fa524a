"""Whose figure it is, and for when: targets for next year, bodies outside the sector, sector
departments, ranked lists and five-year reviews, on sentences written for this test."""

from __future__ import annotations

from extract_helpers import figures


def test_the_target_for_a_year_is_a_target_for_that_year(nlp) -> None:
    got = figures(
        nlp,
        "Kon Tum Provincial Social Security reviewed its work in 2025. The target for 2026 is 96.2% health "
        "insurance coverage of the population.",
    )
    assert got[96.2]["kind"] == "target"
    assert got[96.2]["as_of"] == "2026"


def test_a_body_outside_the_sector_in_another_clause_is_not_the_scope(nlp) -> None:
    got = figures(
        nlp,
        "Gia Lai Provincial Social Security collected VND 4,120 billion in 2025. The Gia Lai Provincial People's "
        "Committee assigned the office to raise health insurance coverage; the coverage rate reached 93.4%.",
    )
    assert got[93.4]["scope"] == "Gia Lai Social Security"


def test_a_document_about_a_sector_department_is_scoped_to_it(nlp) -> None:
    got = figures(
        nlp,
        "The Social Insurance Department of the Ministry of Public Security reviewed its work in 2025. The unit "
        "collected VND 2,350 billion, reaching 101.3% of the plan.",
    )
    dept = "Social Insurance Department of the Ministry of Public Security"
    assert got[2350000000000]["scope"] == dept
    assert got[101.3]["scope"] == dept


def test_percent_of_plan_without_article_is_plan_completion(nlp) -> None:
    got = figures(nlp, "In 2025, Vinh Long Provincial Social Security collected VND 980 billion, 104.2% of plan.")
    assert got[104.2]["metric"] == "plan_completion_rate"
    assert got[104.2]["kind"] == "plan_completion"


def test_ranked_list_items_belong_to_the_district_each_names(nlp) -> None:
    got = figures(
        nlp,
        "Quang Tri Provincial Social Security ranked the districts by new participants in 2025:\n"
        "1. Cam Lo: 8,310 participants, 117.5% of plan.\n"
        "2. Gio Linh: 7,620 participants, 109.8% of plan.\n",
    )
    assert 1 not in got and 2 not in got  # the numbering is structure
    assert got[8310]["scope"] == got[117.5]["scope"] == "Cam Lo District Social Insurance"
    assert got[7620]["scope"] == got[109.8]["scope"] == "Gio Linh District Social Insurance"
    assert got[109.8]["kind"] == "plan_completion"


def test_followed_by_names_the_next_district_of_a_ranking(nlp) -> None:
    got = figures(
        nlp,
        "In 2025, Trieu Phong district led the province with 6,480 voluntary social insurance participants, "
        "followed by Hai Lang (5,130) and Vinh Linh (4,275).",
    )
    assert got[6480]["scope"] == "Trieu Phong District Social Insurance"
    assert got[5130]["scope"] == "Hai Lang District Social Insurance"
    assert got[4275]["scope"] == "Vinh Linh District Social Insurance"


def test_an_interview_question_about_targets_makes_the_answer_targets(nlp) -> None:
    got = figures(
        nlp,
        "Binh Phuoc Provincial Social Security held its review conference on December 20, 2025.\n"
        "Question: What targets has the office set for 2026?\n"
        "Director Le Van Tam: Health insurance coverage will be 95.3%, and revenue will be VND 5,400 billion.\n",
    )
    for value in (95.3, 5400000000000):
        assert got[value]["kind"] == "target"
        assert got[value]["as_of"] == "2026"


def test_a_target_for_next_year_is_for_the_year_after_the_results(nlp) -> None:
    got = figures(
        nlp,
        "In 2025, Ha Nam Provincial Social Security collected VND 3,120 billion. The goal is 95.1% health "
        "insurance coverage next year.",
        published="2026-01-08",
    )
    assert got[95.1]["kind"] == "target"
    assert got[95.1]["as_of"] == "2026"


def test_a_staff_count_with_a_list_of_staff_nouns(nlp) -> None:
    got = figures(
        nlp,
        "In 2025, Phu Yen Provincial Social Security collected VND 2,870 billion. The office now has 487 officials, "
        "civil servants and employees.",
    )
    assert got[487]["metric"] == "staff_count"
    assert got[487]["kind"] == "actual"
    assert got[487]["scope"] == "Phu Yen Social Security"
    # a standing state, dated by the year the text speaks of (the convention of most gold sets)
    assert got[487]["as_of"] == "2025"


def test_a_standing_count_without_any_date_holds_when_the_document_was_published(nlp) -> None:
    got = figures(
        nlp,
        "Kon Tum Provincial Social Security held its emulation congress. Some 150 delegates represented nearly "
        "640 cadres, civil servants and employees of the office.",
        published="2025-08-20",
    )
    assert got[640]["metric"] == "staff_count"
    assert got[640]["as_of"] == "2025-08"


def test_a_total_staff_is_a_staff_count(nlp) -> None:
    got = figures(
        nlp,
        "Binh Thuan Provincial Social Security has nine divisions and ten district offices, with a total staff "
        "of 412 people.",
        published="2025-05-02",
    )
    assert got[412]["metric"] == "staff_count"


def test_a_place_named_on_the_way_does_not_take_the_office_figure(nlp) -> None:
    got = figures(
        nlp,
        "Binh Phuoc Provincial Social Security reviewed its 2025 work. Along with Dong Nai province, which borders "
        "it, the office brought health insurance coverage to 94.6%. Despite many workers moving to Ho Chi Minh "
        "City, the office's compulsory social insurance participants reached 112,400.",
    )
    assert got[94.6]["scope"] == got[112400]["scope"] == "Binh Phuoc Social Security"


def test_the_department_as_subject_is_the_department_not_the_host_province(nlp) -> None:
    got = figures(
        nlp,
        "The Military Social Insurance Department held a conference on December 18, 2025 with Binh Phuoc "
        "Provincial Social Security. Binh Phuoc Provincial Social Security welcomed the delegation. In 2025, the "
        "department collected VND 3,150 billion, reaching 102.1% of its plan.",
    )
    assert got[3150000000000]["scope"] == "Military Social Insurance Department"
    assert got[102.1]["scope"] == "Military Social Insurance Department"


def test_a_change_over_a_period_dates_its_start_and_end(nlp) -> None:
    got = figures(
        nlp,
        "Yen Bai Provincial Social Security reviewed the 2020-2025 term. During 2020-2025, health insurance "
        "coverage rose from 86.4% to 93.7%.",
    )
    assert got[86.4]["as_of"] == "2020"
    assert got[93.7]["as_of"] == "2025"


def test_a_second_workforce_share_takes_its_own_scheme(nlp) -> None:
    got = figures(
        nlp,
        "For 2026, Tuyen Quang Social Security strives to have 36% of the working-age workforce participating in "
        "social insurance and 24% in unemployment insurance.",
    )
    assert got[36]["metric"] == "si_coverage_rate"
    assert got[24]["metric"] == "ui_coverage_rate"
    assert got[24]["kind"] == "target" and got[24]["as_of"] == "2026"


def test_a_body_outside_the_sector_in_an_adjunct_phrase_is_not_the_scope(nlp) -> None:
    got = figures(
        nlp,
        "Soc Trang Provincial Social Security reviewed 2025. In coordination with the Soc Trang Provincial Post "
        "Office, the office developed 21,700 voluntary social insurance participants. Under the Soc Trang "
        "Provincial People's Committee's plan, health insurance coverage reached 93.6%.",
    )
    assert got[21700]["scope"] == got[93.6]["scope"] == "Soc Trang Social Security"


def test_a_neighbouring_province_in_a_subordinate_clause_keeps_its_own_figure(nlp) -> None:
    got = figures(
        nlp,
        "Soc Trang Provincial Social Security reviewed 2025. Compared with Bac Lieu province, where coverage is "
        "90.7%, Soc Trang's health insurance coverage reached 93.6%.",
    )
    assert got[90.7]["scope"] == "Bac Lieu Social Security"
    assert got[93.6]["scope"] == "Soc Trang Social Security"


def test_the_region_as_subject_is_the_regional_office(nlp) -> None:
    got = figures(
        nlp,
        "Social Insurance Region XIX reviewed its work in 2025 together with Kien Giang Provincial Social Security. "
        "Kien Giang Provincial Social Security reported first. Kien Giang Provincial Social Security thanked the "
        "guests. In 2025, the region collected VND 6,180 billion.",
    )
    assert got[6180000000000]["scope"] == "Social Insurance Region XIX"


def test_totals_over_a_reviewed_period_carry_the_period_not_a_year(nlp) -> None:
    got = figures(
        nlp,
        "Lai Chau Provincial Social Security reviewed the 2020-2025 term. In 2020-2025, the office collected a "
        "total of VND 21,600 billion. Over the five years, it paid VND 14,800 billion in benefits.",
    )
    for value in (21600000000000, 14800000000000):
        assert got[value]["as_of"] is None
        assert got[value]["period"] == "2020-2025"


def test_an_interview_question_about_a_later_year_makes_the_answer_targets(nlp) -> None:
    got = figures(
        nlp,
        "The news portal talks with the Director of Dong Thap Provincial Social Security.\n"
        "Reporter: What are the key tasks for 2026, sir?\n"
        "Director: Health insurance coverage should be 95.4%, and social insurance coverage 40.3% of the "
        "workforce.\n"
        "Reporter: And next year?\n"
        "Director: In 2025, coverage reached 93.2%. For next year, revenue is expected to be VND 6,150 billion.\n",
    )
    for value in (95.4, 40.3):
        assert got[value]["kind"] == "target"
        assert got[value]["as_of"] == "2026"
    assert got[93.2]["kind"] == "actual"
    assert got[6150000000000]["kind"] == "target"
    assert got[6150000000000]["as_of"] == "2026"


def test_a_body_that_assigns_targets_is_not_whose_targets_they_are(nlp) -> None:
    got = figures(
        nlp,
        "In 2025, Kon Tum Provincial Social Security collected VND 1,240 billion. For 2026, the Provincial "
        "People's Committee assigned us to reach 31% social insurance coverage of the labour force.",
        published="2026-01-10",
    )
    assert got[31]["kind"] == "target"
    assert got[31]["scope"] == "Kon Tum Social Security"


def test_a_body_asked_to_reach_a_figure_is_set_a_target(nlp) -> None:
    got = figures(
        nlp,
        "Vietnam Social Security reviewed its work in 2025. The Minister asked the sector to reach a health "
        "insurance coverage rate of 96.1 per cent in 2026.",
        published="2026-01-09",
    )
    assert got[96.1]["kind"] == "target"
    assert got[96.1]["as_of"] == "2026"


def test_the_year_a_figure_is_a_multiple_of_is_no_date_for_the_next_sentence(nlp) -> None:
    got = figures(
        nlp,
        "By the end of 2025, Lam Dong Provincial Social Security had 412,300 social insurance participants. Of "
        "these, 61,200 joined voluntarily, three times the figure of 2020. Some 1,152,000 people had health "
        "insurance.",
        published="2026-01-12",
    )
    assert got[1152000]["as_of"] == "2025"


def test_what_an_office_collected_over_a_term_is_a_total_over_the_term(nlp) -> None:
    got = figures(
        nlp,
        "Ben Tre Provincial Social Security held its emulation congress in 2025. In the 2021-2025 term, the "
        "office collected VND 12,400 billion. In the 2021-2025 term, total revenue from businesses reached "
        "VND 8,300 billion.",
        published="2025-08-14",
    )
    for value in (12_400_000_000_000, 8_300_000_000_000):
        assert got[value]["as_of"] is None
        assert got[value]["period"] == "2021-2025"


def test_a_target_after_its_paragraph_names_the_coming_year_is_for_that_year(nlp) -> None:
    got = figures(
        nlp,
        "In 2025, Emulation Cluster No. 3 raised health insurance coverage to 93.1%.\n\nThe members pledged to "
        "make 2026 a year of growth. The cluster set targets to bring health insurance coverage to 94.7 per "
        "cent.",
        published="2025-12-18",
    )
    assert got[94.7]["kind"] == "target"
    assert got[94.7]["as_of"] == "2026"


def test_a_sector_body_the_lead_opens_with_owns_the_figures_not_its_divisions(nlp) -> None:
    got = figures(
        nlp,
        "Police social insurance marks 20 years\n\nHA NOI, Oct 2 – The Social Insurance of the Ministry of Public "
        "Security held a ceremony on Thursday to mark its 20th anniversary.\n\nIn 2025, the agency issued "
        "402,300 health insurance cards, and 97.2 per cent of benefit recipients were paid via bank accounts.\n\n"
        "The Social Insurance Division of the Mobile Police Command and the Social Insurance Division of the "
        "Mobile Police Command received Certificates of Merit.",
        published="2025-10-02",
    )
    assert got[97.2]["scope"] == "Social Insurance of the Ministry of Public Security"
    assert got[402300]["scope"] == "Social Insurance of the Ministry of Public Security"


def test_more_or_new_people_after_a_number_is_a_change(nlp) -> None:
    got = figures(
        nlp,
        "In 2025, thanks to the drive, 3,150 more people joined voluntary social insurance in Tay Ninh. Tay Ninh "
        "Provincial Social Security also mobilised 2,870 new voluntary participants in November.",
        published="2025-12-20",
    )
    assert got[3150]["kind"] == "change"
    assert got[2870]["kind"] == "change"


def test_his_office_is_the_office_the_speaker_directs(nlp) -> None:
    got = figures(
        nlp,
        "Social Insurance Region XII reviewed its work in 2025. Mr. Le Van Hai, Director of Tuy Hoa City Social "
        "Insurance, reported that his office had raised the rate of non-cash payment to 81.3 per cent.",
        published="2025-12-10",
    )
    assert got[81.3]["scope"] == "Tuy Hoa City Social Insurance"


def test_recipients_paid_without_cash_is_the_non_cash_payment_rate(nlp) -> None:
    got = figures(
        nlp,
        "In 2025, Ca Mau Provincial Social Security paid pensions on time. Some 88.4 per cent of benefit recipients "
        "in towns received their money without cash.",
    )
    assert got[88.4]["metric"] == "non_cash_payment_rate"


def test_a_list_item_with_no_measure_takes_its_header_lines(nlp) -> None:
    got = figures(
        nlp,
        "Long An Provincial Social Security reviewed its work in 2024.\n\nVoluntary social insurance participants "
        "by district (as of 31/12/2024):\n1. Duc Hoa District Social Insurance: 11,230 people\n2. Can Giuoc "
        "District Social Insurance: 9,870 people\n",
        published="2025-01-10",
    )
    assert got[11230]["metric"] == "voluntary_si_participants"
    assert got[9870]["metric"] == "voluntary_si_participants"


def test_the_office_after_followed_by_in_a_ranking_owns_its_number(nlp) -> None:
    got = figures(
        nlp,
        "Social Insurance Region IX reviewed the first half of 2025. Among grassroots units, Cam Le District Social "
        "Insurance led with 3,912 voluntary participants, followed by Lien Chieu District Social Insurance with "
        "3,540.",
        published="2025-07-01",
    )
    assert got[3540]["scope"] == "Lien Chieu District Social Insurance"


def test_the_body_a_speaker_speaks_on_behalf_of_owns_its_donation(nlp) -> None:
    got = figures(
        nlp,
        "Binh Duong Provincial Social Security honoured its partners in 2025. Mr. Tran Van Long, on behalf of the "
        "Executive Board of the Binh Duong Red Cross Society, said the society had given 1,200 health insurance "
        "cards worth VND 1.1 billion in 2025.",
        published="2025-11-20",
    )
    assert got[1_100_000_000]["scope"] == "Executive Board of the Binh Duong Red Cross Society"


def test_new_participants_a_target_cue_governs_are_a_target(nlp) -> None:
    got = figures(
        nlp,
        "Closing the conference, the director asked all units to strive to reach 95.4 per cent health insurance "
        "coverage and to develop 9,500 new voluntary participants by the end of 2025. Each commune was assigned "
        "to develop at least 85 new voluntary participants in 2025.",
        published="2025-06-30",
    )
    assert got[9500]["kind"] == "target"
    assert got[85]["kind"] == "target"


def test_a_rise_in_percentage_points_is_a_change_of_the_rate_before_it(nlp) -> None:
    got = figures(
        nlp,
        "In 2025, Phu Tho Provincial Social Security issued health insurance cards to 1,602,300 people, a coverage "
        "rate of 93.1 per cent of the population, an increase of 1.2 percentage points compared with 2024.",
        published="2026-01-06",
    )
    assert got[1.2]["unit"] == "percent"
    assert got[1.2]["kind"] == "change"
    assert got[1.2]["metric"] == "hi_coverage_rate"


def test_a_share_of_them_counts_the_people_counted_before(nlp) -> None:
    got = figures(
        nlp,
        "By June 30, 2025, the number of people joining social insurance in Hau Giang reached 142,310, reaching "
        "101.7% of the plan and up 4.1% over the same period last year; 38,560 of them were voluntary "
        "participants, 2.1 times the figure of 2020.",
        published="2025-07-15",
    )
    assert got[38560]["unit"] == "persons"
    assert got[38560]["metric"] == "voluntary_si_participants"


def test_over_five_years_a_share_has_no_date_from_a_later_figures_survey(nlp) -> None:
    got = figures(
        nlp,
        "Tra Vinh Provincial Social Security held its emulation congress. In 2025, revenue reached VND 100 "
        "billion.\n\nOver five years, 97 per cent of the agency's administrative procedures were provided online, "
        "and the satisfaction rate of people and businesses in a 2024 survey was 90.2 per cent.",
        published="2025-09-05",
    )
    assert got[97]["as_of"] is None
    assert got[90.2]["as_of"] == "2024"


def test_staff_of_her_agency_are_the_speakers_offices(nlp) -> None:
    got = figures(
        nlp,
        "Emulation Cluster No. 2 reviewed its work in 2025. Ms. Pham Thi Lan, Director of Ha Giang Provincial "
        "Social Security, said the award was the work of more than 640 officials and employees of her agency.",
        published="2025-12-12",
    )
    assert got[640]["scope"] == "Ha Giang Social Security"


def test_the_number_after_a_figure_is_the_same_measure(nlp) -> None:
    got = figures(
        nlp,
        "Hoa Binh Provincial Social Security was founded in 1995 with 12,000 social insurance participants. "
        "Thirty years later, the number has risen to more than 1.1 million at the end of 2024.",
    )
    assert got[1100000]["metric"] == "si_participants" and got[1100000]["unit"] == "persons"
    assert got[1100000]["as_of"] == "2024"
