"""The model of the file the figures step reads for what numbers measure: `metrics.yml` (see `lexicon_models`;
`numbers.yml`, which the awards step reads too, in `lexicon_numbers`)."""

from __future__ import annotations

from .lexicon_base import NEVER, Strict, Words
from .lexicon_figure_cues import NumberCueGrammar

# -- metrics.yml --------------------------------------------------------------


class Measure(Strict):
    metric: str
    cues: list[str]
    unit: str | None = None


class CoverageCues(Strict):
    population: list[str]
    workforce: list[str]


class MetricsGrammar(NumberCueGrammar):
    # "the number has risen to 20.1 million": the measure of the sentence before (its last named one)
    same_measure_before: str = NEVER
    # a rate in apposition right after a figure, as a share of something ("VND 16.2 trillion, about 3.4
    # per cent of the revenue planned"): the figure's measure; what comes before it, and after it
    share_of_figure: str = NEVER
    share_of_rest: str = NEVER
    # after a change in per cent, words that make it the head count's year-on-year change rather than the
    # rate's ("accounting for 31.6% of the labour force and up 3.2% year-on-year")
    count_change_after: str = NEVER
    # a figure said to hold now, in a sentence with no date of its own: held when the document speaks
    held_now: str = NEVER
    # a pronoun soon after a figure whose sentence names no body: the body its paragraph named last
    anaphor_after: str = NEVER
    # a date right after a comparison's base value ("up from 21% in 2019"): that value's date only,
    # never one the figures of the sentences after it hold at
    base_value_before: str = NEVER
    # a date opening a relative clause about a body's past ("..., which in June 2025 covered ..."): the
    # history of the body, never a date the figures after it hold at
    history_before: str = NEVER
    # "15.6 per cent of the 2026 plan": the year of the plan a share is of, not the date the share holds at
    # (after an elapsed part of the year, "In the first two months, ...", that part's month)
    plan_year_after: str = NEVER
    # a person's age said of them ("they are already 45"): no figure
    age_before: str = NEVER
    # an age a group is named by, right before the number ("people aged 70 and over", "workers over 45"):
    # no figure (a whole number under `MAX_AGE`, with no noun of its own)
    aged_before: str = NEVER
    # organisations counted after the arrears they owe ("owed for six months or more by some 1,730
    # enterprises"), or before it past a place or a relative clause ("58 enterprises whose owners had fled
    # owed ...", "137 enterprises in economic zones still owed ..."): the office's finding, a figure
    owed_by_before: str = NEVER
    owing_later_after: str = NEVER
    # a benefit paid to the people counted right after it, a few words naming the benefit ("paid monthly
    # unemployment allowances to 8,140 people"): the people are its recipients
    paid_benefit_to_before: str = NEVER
    # health insurance cards a body issued to the people counted right after ("issued health insurance cards to
    # 9,400 of these beneficiaries"): a card for each person insured, whoever the people are otherwise
    hi_cards_to_before: str = NEVER
    # a speaker's verb right after the office in the speaker's title ("Ms. A, Director of X SS, said that ..."):
    # the figures told are that office's
    told_after: str = NEVER
    # case files an office receives or checks right after a count of documents ("4.2 million claims",
    # "380 dossiers were transferred"): documents, no documents it issued (gold sets differ here: metric other)
    case_files_after: str = NEVER
    # "the targets are 60%, 45% and 95% respectively": the rates take the measures the sentence before named
    respectively: str = NEVER
    # "91.8% of the population in A and 94.1% in B": a rate joined on after the rate before, naming no
    # measure of its own, is the same measure
    rate_joined_before: str = NEVER
    # "94.1% in the former B area": the former province right after a figure is whose figure it is
    former_area_after: str = NEVER
    # a dateline opening a line ("Hue, March 3, 2026 – "): under a "Label: headline" line it makes that
    # line the heading of one item of a news-in-brief page
    item_dateline: str = NEVER
    awarded_after: str
    persons_before: str
    past_tense: str
    ordinal_after: str
    letter_after: str
    clock_after: str
    plan_header: str
    by_year: str
    made_up: str
    currency_before: str
    contrast: str
    participation: str
    coverage: str
    word: str
    clause_break: str
    not_scope_before: str
    coverage_word: str
    target_header: str
    months_elapsed: str = NEVER
    last_year_after: str = NEVER
    coverage_after: str = NEVER
    figure_clause_break: str = ";"
    row_number_header: str = NEVER
    this_year: str = NEVER
    district_before: str = NEVER
    years_span: str = NEVER
    noun_gap_stop: str = NEVER
    own_count_noun: str = NEVER
    # a part of a whole the speaker or the office owns, right after the number ("8,400 of our employers"): the
    # noun after it is the count's noun
    own_part_of: str = NEVER
    ranking_before: str = NEVER
    # people a gift is bought or given for ("buy health insurance cards for 1,500 poor people"): no participants
    gift_for_before: str = NEVER
    # counts and documents that are no measure of the office (`figure_not_measures.py`): members of a
    # union or team named right after a count, staff named as the donors of a campaign, decisions
    # imposing fines
    member_noun_after: str = NEVER
    donor_staff_before: str = NEVER
    # people said to be outside a scheme or not to have joined it, after their count: no participants of it
    outside_scheme_after: str = NEVER
    penalty_documents_after: str = NEVER
    # files put forward for an award right after the count ("N dossiers for commendation"): the emulation
    # work's own paperwork, no documents the office issued or settled for the public
    nomination_documents_after: str = NEVER
    # a line opening on its number (group `n`), multi-line: the items of a numbered list (`figure_numbered.py`)
    numbered_item: str = NEVER
    # a second predicate joined on after a figure ("settled 97% of claims online and would make cashless
    # payment the main target"): the figure's words stop before it
    next_predicate: str = NEVER
    list_item_name: str = NEVER
    list_kind: str = NEVER
    # a place right before a number, after a district named with its kind word earlier in the clause ("in A district
    # reached 95.1%, in B 94.2%"): `name`, of that kind; and an opening "At the <event> in A town," (no scope)
    listed_place_before: str = NEVER
    venue_opening: str = NEVER
    # the start of a list item ("1. ", "- "): an item with no measure of its own takes its list's header's
    list_item_start: str = NEVER
    next_in_list_before: str = NEVER
    next_year: str = NEVER
    own_subject: str = NEVER
    # a sentence opening on a pronoun subject ("It reported ..."): the office the sentence before opens with
    opening_pronoun: str = NEVER
    # "in the province": the office the paragraph named last
    place_anaphor: str = NEVER
    # right after a body: it assigns the figure to another ("the People's Committee assigned the office
    # ..."), so it is the assigner and not whose figure it is
    assigner_after: str = NEVER
    # offices an assigner directs, named right after its verb ("BHXH tỉnh chỉ đạo BHXH cơ sở A và BHXH cơ sở B
    # ... chi trả cho 3.870 người"): doing the work it assigned, the figure is not theirs (the text before the unit)
    directed_before: str = NEVER
    # offices merged into the body a clause is about ("X được thành lập trên cơ sở hợp nhất A và B, hiện có ..."):
    # the new body's figure, not theirs (the text before the unit)
    merged_before: str = NEVER
    # the name of a body of the insurance sector the units component files as "other" ("the Social
    # Insurance of the Ministry of ..."): a body whose figures the text may report
    sector_body_name: str = NEVER
    # a share of the people counted before ("64,000 of them were ..."): a count of persons too
    partitive_after: str = NEVER
    # a part of the people the sentence before counted, said first ("Of these, 55 hold ..."): persons too
    partitive_before: str = NEVER
    # a target given as the base a result is measured against ("reached 81%, against a target of 79%"): the
    # target of the result's own period
    target_base_before: str = NEVER
    # the words between a part and its whole ("641,280 of the 668,900 pupils", "100 per cent of 1,142
    # pupils"): the part is what the clause measures, the whole a head count of no measure
    part_whole_between: str = NEVER
    # a verb of paying right before a head count ("had paid 1,904,300 workers"): people paid a benefit
    paid_persons_before: str = NEVER
    # a number joined to the next one, whose noun both share ("318,400 and 276,950 workers")
    shared_noun_join: str = NEVER
    # money a story finds, loses or returns ("a bag containing VND 86 million"): no measure of the sector
    found_money_before: str = NEVER
    # the price of each of the things given ("65 gifts, each worth VND 1.3 million"): no total mobilised
    each_worth_before: str = NEVER
    # late payment as the subject of a share of the plan ("late contributions stood at 2.8 per cent of the
    # revenue plan"): the arrears measured against the plan, no plan completion
    arrears_share_before: str = NEVER
    # a ceiling right after a rate ("below the 3 per cent ceiling"): a target of at most that share
    ceiling_after: str = NEVER
    # arrears paid back, said right after the amount ("VND 27 billion of late contributions recovered"): other
    recovered_after: str = NEVER
    # people enrolled ("enrolled 1,385 employees"): participants; and people not enrolled right after a head
    # count ("2,140 employees had not been enrolled"): no participants, no staff
    enrolled_before: str = NEVER
    not_enrolled_after: str = NEVER
    # people added to a scheme right after a head count ("2,310 employees added to compulsory social
    # insurance"): participants of that scheme (employees: compulsory), no staff
    enrolled_after: str = NEVER
    # a verb of raising or cutting, its object, then "by" right before the number ("raised voluntary
    # participants by 3,200"): a change
    change_verb_by_before: str = NEVER
    # a count's own scheme named right before it ("social insurance participants to 16.5 million"): the
    # scheme named after it opens the next figure
    participants_to_before: str = NEVER
    # a number of things an insurance scheme names ("the number of health insurance cards printed"): a change of
    # it is no change of participants
    things_counted_before: str = NEVER
    # the figure before's own words, then the join that opens this figure's clause ("..., and"): those words
    # name the figure before, not this one
    figure_joined: str = NEVER
    # the words between a figure and a date later in its own clause ("... were submitted online in 2025"): its
    # date however far (matched whole)
    own_clause_gap: str = NEVER
    # the words before a body named in a partner phrase ("working with the police and the Department of X"): no
    # owner of the figures of the clause (searched up to the body's start)
    partner_before: str = NEVER
    # organisations counted before what they failed to do ("121 enterprises owed contributions"): the office's
    # finding, a figure where a count of organisations is mostly context
    owing_after: str = NEVER
    # a part of a count of things ("1,284 initiatives, of which 317 were recognised"): no award's recipients
    things_part_before: str = NEVER
    # the office's work on the organisations counted after it ("inspected 21,450 employers", "reduced
    # premiums for 21,876 enterprises"): a figure, where a count of organisations is mostly context
    worked_on_before: str = NEVER
    # a collector's portfolio: "manages" before the count, employers after it ("she manages 130 employers")
    portfolio_before: str = NEVER
    portfolio_after: str = NEVER
    # the words right before a city's name that say it is the merged province-level city ("the new Da
    # Nang city"), no district of a province
    merged_city_before: str = NEVER
    # what joins the bodies of a list whose numbers follow "respectively" ("A and B", "A, B and C")
    respective_join: str = NEVER
    # a sentence opening on the year it speaks of, counted from the document's ("Last year, ...", "This
    # year ..."): group `last` for the year before
    year_opening: str = NEVER
    # a person's age in apposition right after the name ("Mrs. X, 79, of ..."): no figure
    age_after_name: str = NEVER
    # right before a comparison's base value ("3.3 million in 2024, compared with 1.1 million"): the same measure
    compared_base_before: str = NEVER
    # a body asked or assigned to reach a figure ("... asked the sector to reach ..."): a target
    assigned_to_reach: str = NEVER
    from_before: str = NEVER
    adjunct_before: str = NEVER
    total_before: str = NEVER
    # the words before the second value of a from-to comparison ("tăng từ X năm A lên Y"): a date
    # between the two values is the first one's, and the second one, with no date of its own, holds now
    to_value_before: str = NEVER
    # a figure said to hold now ("đến nay", "in the past 25 years"): the year the document reports on
    present_before: str = NEVER
    # a figure said to hold at present ("Hiện toàn tỉnh có ..."): the document's year, or the finer date of that
    # year the sentence before set
    present_now_before: str = NEVER
    # "vượt 28% chỉ tiêu": a plan exceeded by that share, completed at 100 + it per cent
    exceeded_by_before: str = NEVER
    # a share written in percentage points ("vượt 0,8 điểm phần trăm chỉ tiêu"): the margin over a target rate,
    # never a plan completed at 100 + it per cent
    points_raw: str = NEVER
    # people whose noun only the compulsory scheme covers ("chủ hộ kinh doanh"): compulsory participants when
    # their sentence names social insurance in general
    compulsory_noun_after: str = NEVER
    # a count of places whose names follow it ("3 huyện A, B và C"): it says which places a sentence is about,
    # no figure
    named_places_after: str = NEVER
    # a pronoun for a person as the subject ("chị trực tiếp vận động được 1.267 người"): group `pronoun`, and
    # `name`, a given name after it; the figure is the office the person works in (figure_partners)
    person_subject: str = NEVER
    # an amount paid in with a count of payers ("thu BHYT hộ gia đình cho 52.310 người với số tiền 41,2 tỷ đồng"):
    # revenue, read on the sentence up to the amount
    collected_amount_before: str = NEVER
    # a count of workers next to employers ("110 đơn vị với 1.100 lao động"): compulsory insurance
    employer_staff_before: str = NEVER
    # a head count whose noun is the office's people ("its 1,046 officials"): staff, whatever scheme the
    # sentence names after it
    staff_noun_after: str = NEVER
    # self-employed people right after a head count ("enrolled 1,240 fishermen"): no employer's staff
    self_employed_noun_after: str = NEVER
    # a rate of insured people within a named group, not the whole population ("the share of registered
    # boat crews with health insurance rose to 78.5%", "aims to insure 90% of farm workers")
    group_coverage_before: str = NEVER
    # people counted as a service's users, no scheme's members ("the cards of 2,350 patients")
    not_members_noun_after: str = NEVER
    # cards a body issued ("issued 8,400 health insurance cards", "2,100 cards were issued"; group `passive`: the
    # verb after): one card a person insured, a head count (gift cards handed over stay counts of cards)
    issued_cards_after: str = NEVER
    issued_before: str = NEVER
    # before a scheme named after a coverage rate of the labour force: the scheme opens the next figure
    # ("45% of the labour force and health insurance 94%")
    next_scheme_before: str = NEVER
    # a date right after a cited document's number ("Quyết định số 128/QĐ-TTg ngày 14/3/2021") is the
    # document's, never a figure's
    cited_document_before: str = NEVER
    # participants of nothing named ("2,2 triệu người tham gia thì ..."): the pack's `default_scheme`
    bare_participants_after: str = NEVER
    # the people counted named by a noun list before the scheme they take part in ("412.580 học sinh, sinh
    # viên tham gia BHYT", "97% học sinh tham gia BHYT"): group `scheme`, that scheme's participants or rate
    participants_list_after: str = NEVER
    # a percentage of things that is no insurance measure ("100% các đơn vị giao dịch điện tử")
    share_of_after: str = NEVER
    # a share of case files handled online, named after the share ("100% hồ sơ ... trên môi trường điện tử"):
    # the online services rate, though a comma splits the clause before the channel is named
    online_share_after: str = NEVER
    # benefits paid into accounts, named after the share ("chi trả 85% lương hưu, trợ cấp qua tài khoản"):
    # the non-cash payment rate, though a comma splits the clause before the channel is named
    non_cash_after: str = NEVER
    # a share that a head count rises or falls by ("tăng ít nhất 8% số người tham gia BHXH bắt buộc"): the
    # verb right before the share and the head count right after it; that scheme's participants
    count_rise_before: str = NEVER
    participants_count_after: str = NEVER
    # a head count of several places the clause names before its own number ("Tổng số người tham gia BHXH
    # của 4 tỉnh đạt 298.140 người"): the measure is read from the whole clause, not from after the "4"
    owner_count_before: str = NEVER
    # an amount right after the collecting verb ("khu vực X thu 5.980 tỷ đồng"): revenue
    revenue_verb_before: str = NEVER
    # words right after a percentage that make it a share of votes ("100% số phiếu"): no figure
    votes_after: str = NEVER
    # words before an amount that make it the money an award carries ("mỗi giải kèm tiền thưởng 5 triệu đồng"):
    # part of the award, no figure
    prize_money_before: str = NEVER
    # what has been reached so far, set against a goal in the same sentence ("..., trong khi hiện nay tỉnh mới
    # đạt 93,1%"): an actual figure, whatever target the sentence states
    reached_now_before: str = NEVER
    # a post's words right before a body ("Phó Tổng Giám đốc BHXH Việt Nam"): the body is named as a person's
    # office, not as what the document is about
    post_before: str = NEVER
    # what a lead may open on before its subject (a dateline, "On September 21, "): a grassroots or district
    # office named right after it is the body the paper is about, however often its province is named
    lead_subject_before: str = NEVER
    # a percentage that describes the things counted right before it ("236 trường học đạt tỷ lệ 100%", "cho 9
    # trường học có tỷ lệ tham gia đạt 100%"): what the counted have, no figure of its own
    counted_share_before: str = NEVER
    # right after a sector-wide word, a network that is not the sector ("toàn hệ thống đại lý thu"): no
    # sector-wide figure
    other_network_after: str = NEVER
    # an equivalent in brackets after a figure ("tăng 0,3% (tương đương 2.369 người)"): the same kind
    equivalent_before: str = NEVER
    # a target cue right after these is a comparison with the target, no target ("so với chỉ tiêu")
    target_compared_before: str = NEVER
    # a change a target cue governs is a target ("đặt mục tiêu phát triển thêm ít nhất 300.000 người")
    target_change_before: str = NEVER
    # a pledge list's item opening on the verb of increase, after a ";" (`FigureMeaning.kind_of`)
    pledge_item_change: str = NEVER
    # a goal list's item opening on the verb of increase after its bullet, in a target sentence or section
    listed_goal_change: str = NEVER
    # a measure said to be the province's right before its number: the document's provincial office's
    own_province_before: str = NEVER
    # a second goal joined by "and" to a target figure right before it ("... đạt 95% và phát triển thêm")
    joined_goal_change: str = NEVER


class TableKind(Strict):
    kind: str
    pattern: str


class MetricsData(Strict):
    grammar: MetricsGrammar
    schemes: dict[str, list[str]]
    participants_metric: dict[str, str]
    coverage_metric: dict[str, str]
    rate_to_participants: dict[str, str]
    default_scheme: str | None
    """The scheme of a participants count whose sentence names none ("2,2 triệu người tham gia"
    in a VSS text is social insurance); null leaves such a count "other"."""
    enrolled_staff_scheme: str | None = None
    """The scheme employees enrolled by their employers join when the sentence names none ("enrolled
    1,385 employees" after an inspection: compulsory social insurance); null leaves them to the other rules."""
    enrolled_self_employed_scheme: str | None = None
    """The scheme self-employed people (fishermen, farmers, traders) enrolled by an office join when the
    sentence names none: they have no employer, so not the compulsory scheme; null leaves them "other"."""
    measures: list[Measure]
    coverage_cues: CoverageCues
    plan_completion_after: list[str]
    plan_completion_pattern: str
    change_before: Words
    change_after: Words
    target_cues: list[str]
    place_means_office: bool
    """A province named before a figure stands for its office (English "Dong Nai had ...") even
    when the text never names the office; else only when it does ("toàn tỉnh X" is the province)."""
    scope_offices_only: bool
    """Only VSS and its offices can be a figure's scope (a council setting a province's targets is not)."""
    partner_nouns: dict[str, str] = {}
    """With `scope_offices_only`: common nouns for a partner that is a figure's subject ("hệ thống bưu
    điện"), each with the words its body's name opens with ("bưu điện"): `figure_partners`."""
    date_after_chars: int
    headline_takes_body_date: bool
    """Does an undated headline figure take the date of the same figure in the body? (The
    Vietnamese gold dates it; the English gold leaves a headline's figure undated.)"""
    """A date this close after a figure is its date ("1.2 million people as of May"); else the date before it."""
    change_carry: list[str]
    sector_paragraph: bool
    """A `sector_wide` word scopes the rest of its paragraph too ("Cả nước có ... Số người tham gia BHYT ...")."""
    """A count joined by these words to a change right before it is a change too ("110 đơn vị với 1.100 lao động")."""
    sector_wide: list[str] = []
    """A figure about the whole sector ("nationwide"): scoped to `sector_unit`."""
    sector_unit: str | None = None
    unclear_scope: list[str] = []
    """A subject that names no unit for sure ("the entire system"): no scope."""
    outside_sector: list[str] = []
    """Measures of a province's economy or of another sector ("GRDP", "ngân sách nhà nước", "hộ nghèo"): a
    figure whose clause names one before it is no office's (no scope), and its metric is `other`."""
    district_unit: str | None = None
    """The office of a district named in a figure's clause: "{name} {kind} ..."."""
    table_kinds: list[TableKind] = []
    part_months: dict[str, int] = {}
    """The month a named part of the year ends in ("first quarter" -> 3)."""
    """Table column headers that decide the kind of their numbers (first match wins)."""
