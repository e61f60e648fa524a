"""The shape of every language data file, one pydantic model per file.

`lexicon.load_data` validates each file against its model, so a missing or
misspelt key fails at pipeline build time with the file and the key named
(not as a `KeyError` deep inside a component on the first document).
Components read data as attributes of these models, never as dict lookups.

Regular expressions written in the language (grammar words, word order)
live in the `grammar` section of a file, as regex sources; the component
compiles them once. A case-insensitive pattern starts with `(?i)`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Words = Annotated[list[str], Field(min_length=1)]
"""A word list a component joins into one alternation: empty would match everywhere, so it is refused."""


class Strict(BaseModel):
    """Unknown keys are errors; every field without a default is required."""

    model_config = ConfigDict(extra="forbid", frozen=True)


NEVER = "(?!)"
"""A grammar cue a language pack has not written yet: it matches nothing."""


def compiled_source(source: str) -> str:
    """`source` itself when it compiles as a regular expression; else a ValueError naming it."""
    try:
        re.compile(source)
    except re.error as exc:
        raise ValueError(f"the pattern {source!r} does not compile ({exc})") from None
    return source


class Grammar(Strict):
    """A `grammar` section: every value is a regular expression source that must compile."""

    @field_validator("*")
    @classmethod
    def _compiles(cls, source: str) -> str:
        return compiled_source(source)


# -- language.yml -------------------------------------------------------------


class LanguageData(Strict):
    spacy_lang: str
    """The spaCy language code for `spacy.blank` (usually the pack's own code)."""
    blank_config: dict[str, Any]
    """Config overrides for `spacy.blank` (e.g. the Vietnamese rule-based tokenizer)."""
    model_packages: list[str]
    """Statistical model packages tried in the default profile, in order; empty = rules only."""


# -- layout.yml ---------------------------------------------------------------


class LayoutData(Strict):
    sentence_end: list[str]
    abbreviations: list[str]
    openers: list[str]


# -- sections.yml -------------------------------------------------------------


class SectionsGrammar(Grammar):
    """How a report's sections are laid out (`doc_sections`); "(?!)" where a language has none."""

    heading: str
    """A heading line that opens a section ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"), matched on the line."""
    heading_year: str
    """The year a heading names (group 1): the year the section's undated figures and awards hold for."""
    proposal_heading: str
    """A heading whose section holds proposals, not decisions ("IV. ĐỀ XUẤT, KIẾN NGHỊ")."""
    proposal_lead: str
    """A line that opens a list of proposals ("BHXH tỉnh X đề nghị:"), searched on the line."""
    list_item: str
    """A line of a list ("1. ...", "- ..."), matched on the line."""
    section_end: str
    """A line that closes the sections (the recipients block "Nơi nhận:", a signature)."""


class SectionsData(Strict):
    grammar: SectionsGrammar


# -- dates.yml ----------------------------------------------------------------


class DatesGrammar(Grammar):
    half_year: str
    ordinal_suffix: str
    comparison_before: str
    range_versus: str
    year_base: str
    percent_after_year: str
    to_date: str
    lead_year: str
    # the end of a month named without its year ("by the end of March"): group `mon` is the month's name
    month_end: str = NEVER


class DatesData(Strict):
    months: Annotated[list[Words], Field(min_length=12, max_length=12)]
    """Twelve entries, January first: the full name, then abbreviations."""
    grammar: DatesGrammar
    forms: list[str]
    """Date forms of the language tried before the shared shapes: regex sources with named
    groups `d`, `m`, `y` and `upto` (the first N months of a year), e.g. Vietnamese
    "ngày 26 tháng 6 năm 2025", "tháng 6/2025", "9 tháng đầu năm 2025"."""

    @field_validator("forms")
    @classmethod
    def _forms_compile(cls, forms: list[str]) -> list[str]:
        return [compiled_source(source) for source in forms]


# -- numbers.yml --------------------------------------------------------------


class NumbersData(Strict):
    decimal_mark: str
    group_mark: str
    scales: dict[str, int]
    percent_words: list[str]
    currency_words: dict[str, str]
    word_numbers: Annotated[dict[str, int], Field(min_length=1)]
    qualifiers: dict[str, Words]
    unit_nouns: dict[str, Words]
    """`documents` is required: number words are read before document nouns."""
    duration_nouns: Words
    reference_words: Words
    total_words: list[str] = []
    """Words that make the reference word after them a total's ("tổng số 1.046 công chức"), not a document number."""
    award_count_nouns: Words
    noun_stops: Words
    """A unit noun is looked for up to four words after a number, never across these ("214 houses for ...")."""
    bare_counts: bool
    """Keep a number with no unit noun and no metric as a count (English press) or leave it out."""
    not_figure_nouns: list[str] = []
    """Counts of organisations and attendance: context, not figures ("9 grassroots offices")."""
    award_count_after: str = NEVER
    """A count followed by an award verb belongs to the award (a regex source)."""


# -- metrics.yml --------------------------------------------------------------


class Measure(Strict):
    metric: str
    cues: list[str]
    unit: str | None = None


class CoverageCues(Strict):
    population: list[str]
    workforce: list[str]


class MetricsGrammar(Grammar):
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
    ranking_before: str = NEVER
    list_item_name: str = NEVER
    list_kind: str = NEVER
    # the start of a list item ("1. ", "- "): an item with no measure of its own takes its list's header's
    list_item_start: str = NEVER
    next_in_list_before: str = NEVER
    next_year: str = NEVER
    own_subject: str = NEVER
    # right after a body: it assigns the figure to another ("the People's Committee assigned the office
    # ..."), so it is the assigner and not whose figure it is
    assigner_after: str = NEVER
    # the name of a body of the insurance sector the units component files as "other" ("the Social
    # Insurance of the Ministry of ..."): a body whose figures the text may report
    sector_body_name: str = NEVER
    # a share of the people counted before ("64,000 of them were ..."): a count of persons too
    partitive_after: str = NEVER
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
    # "vượt 28% chỉ tiêu": a plan exceeded by that share, completed at 100 + it per cent
    exceeded_by_before: str = NEVER
    # a pronoun for a person as the subject ("chị trực tiếp vận động được 1.267 người"): group `pronoun`, and
    # `name`, a given name after it; the figure is the office the person works in (figure_partners)
    person_subject: str = NEVER
    # an amount paid in with a count of payers ("thu BHYT hộ gia đình cho 52.310 người với số tiền 41,2 tỷ đồng"):
    # revenue, read on the sentence up to the amount
    collected_amount_before: str = NEVER
    # a count of workers next to employers ("110 đơn vị với 1.100 lao động"): compulsory insurance
    employer_staff_before: str = NEVER
    # a date right after a cited document's number ("Quyết định số 128/QĐ-TTg ngày 14/3/2021") is the
    # document's, never a figure's
    cited_document_before: str = NEVER
    # participants of nothing named ("2,2 triệu người tham gia thì ..."): the pack's `default_scheme`
    bare_participants_after: str = NEVER
    # a percentage of things that is no insurance measure ("100% các đơn vị giao dịch điện tử")
    share_of_after: str = NEVER
    # an equivalent in brackets after a figure ("tăng 0,3% (tương đương 2.369 người)"): the same kind
    equivalent_before: str = NEVER
    # a target cue right after these is a comparison with the target, no target ("so với chỉ tiêu")
    target_compared_before: str = NEVER
    # a change a target cue governs is a target ("đặt mục tiêu phát triển thêm ít nhất 300.000 người")
    target_change_before: str = NEVER


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
    district_unit: str | None = None
    """The office of a district named in a figure's clause: "{name} {kind} ..."."""
    table_kinds: list[TableKind] = []
    part_months: dict[str, int] = {}
    """The month a named part of the year ends in ("first quarter" -> 3)."""
    """Table column headers that decide the kind of their numbers (first match wins)."""


# -- awards.yml ---------------------------------------------------------------


class AwardForm(Strict):
    type: str
    patterns: Words
    conferred_by: str | None = None
    graded: bool = False


class AwardsGrammar(Grammar):
    proposed: str
    passive_before_verb: str
    announcing: str
    honoured_passive: str
    honoured_active: str
    members_cue: str
    count_to: str
    count_and: str
    count_verb: str
    recipient_before: str
    agent: str
    recipient_joiner: str
    not_recipient_before: str
    delegated_before: str
    delegated_start: str
    award_header: str
    collective_header: str
    # structures added for counts, lists, issuers and proposals; "(?!)" (matches nothing) until a pack writes them
    proposed_after: str = NEVER
    grade_window: str = NEVER
    issuer: str = NEVER
    issuer_inside: str = NEVER
    delegation: str = NEVER
    issuer_possessive: str = NEVER
    authority_subject: str = NEVER
    lower_name_words: str = NEVER
    article: str = NEVER
    anaphoric_subject: str = NEVER
    honorific: str = NEVER
    honorific_verb: str = NEVER
    to_person: str = NEVER
    person_joiner: str = NEVER
    person_joiner_end: str = NEVER
    clause_break: str = ";"
    passive_award: str = NEVER
    recipient_to: str = NEVER
    recipient_subject: str = NEVER
    list_joiner: str = NEVER
    coordinator: str = NEVER
    issuer_subject: str = NEVER
    # head-first packs: what stands between an authority that is the subject and the award it gives
    # ("Bộ trưởng Bộ Tài chính đã ký Quyết định tặng Bằng khen"), and a deputy's word before it
    # ("Phó Chủ tịch ... trao": a presenter, not the authority)
    giver_subject_gap: str = NEVER
    deputy_before: str = NEVER
    # a span of years the achievement covers ("từ năm 2019 đến năm 2023"): groups 1 and 2
    year_range: str = NEVER
    # the year or period an award's achievement is for, read after the award ("có thành tích xuất sắc
    # năm 2025", "thành tích giai đoạn 2020-2024"): group `year`, or `start` and `end`; it beats a
    # ceremony's date when the same award is told twice
    achievement_year: str = NEVER
    # head-first packs: what joins two awards of one recipient ("... hạng Ba năm 2010 và ..."), and a
    # clause that starts without a subject of its own ("; được Chính phủ tặng ..."): both share the
    # recipient named for the award before them
    award_joiner: str = NEVER
    shared_subject: str = NEVER
    # head-first packs: a recipient's name between the giving word and a count ("cho Phòng X và 4 cá nhân")
    name_before_count: str = NEVER
    # head-first packs: another class of the same order listed with its own year; group `grade`
    grade_continued: str = NEVER
    # head-first packs: an organisation's name the gazetteer does not know, head noun first ("Công ty TNHH X")
    organisation_name: str = NEVER
    # head-first packs: a pronoun standing for a person the document named, as the recipient: the subject
    # before the receiving verb ("chị được ... tặng"), or after "cho" ("... cho chị"); group `name`: a
    # given name after it (award_pronouns.py)
    pronoun_subject: str = NEVER
    pronoun_object: str = NEVER
    # head-first packs: where a second giving clause starts after an award ("... tặng Bằng khen vì thành
    # tích ... và được Chủ tịch UBND tỉnh biểu dương"): an authority past it is that clause's, not the award's
    next_passive: str = NEVER
    # head-first packs: a person named among the recipients of a counted or vague award ("... cho các tập thể, cá
    # nhân tiêu biểu, trong đó có đồng chí X"): the person right after it is a recipient too
    named_among: str = NEVER
    # a line that continues the award before it and opens a list of its recipients ("The individuals
    # awarded include:"), and what stands between recipients named beside a count and the count
    # ("to A and two other officials")
    list_follow_on: str = NEVER
    count_after_names: str = NEVER
    # an achievement of the year the text speaks in ("for its results in the first half of the year")
    this_year_achievement: str = NEVER
    # a title as the subject of the handing-over verb, no name ("The VSS Director also presented ..."): group `title`
    title_subject: str = NEVER
    # a personal pronoun as the subject of the receiving verb before the award ("she received ...")
    pronoun_receiver: str = NEVER


class AwardsData(Strict):
    grammar: AwardsGrammar
    awards: Annotated[list[AwardForm], Field(min_length=1)]
    grades: dict[str, Words]
    individual_only: list[str]
    authorities: dict[str, Words]
    presenting_verbs: list[str]
    collective_words: Words
    individual_words: Words
    # Head-first packs (awards_vi): words that make an award a proposal, that say it was
    # given, and that make the unit before them its recipient.
    subject_authorities: dict[str, Words] = {}
    """Head-first packs: authorities read only as the subject of the giving verb ("Giám đốc BHXH tỉnh
    đã tặng ..."); "{unit}" / "{place}" in a name is filled from the office or province it names."""
    proposal_cues: list[str]
    conferring_verbs: list[str]
    receiving_verbs: list[str]
    collective_only: list[str] = []
    """Forms only collectives receive: counts of people never go to them."""
    issuer_titles: dict[str, str] = {}
    """An issuing organisation (regex) -> its head's title (replacement)."""
    level_by_authority: dict[str, dict[str, str]] = {}
    """Authority -> {form: the form at that authority's level}."""
    organisation_heads: list[str] = []
    """Head nouns that close an organisation's name (recipients outside the gazetteer)."""
    name_joiners: list[str] = []


# -- events.yml, movements.yml --------------------------------------------------


class EventsGrammar(Grammar):
    name: str
    meeting_determiner: str
    headquarters: str
    organised_by: str
    not_organiser_before: str
    reviewed_year: str
    location_before: str
    resolution: str
    verb_like_kind: str
    # a wire dateline opening a paragraph ("Ha Noi, January 10 (VNA) – "): the day it was filed, not
    # the day of the event the sentence goes on to report
    dateline: str = NEVER
    # a span of time or a count before the event word ("Sau 30 ngày ra quân", "340 buổi tư vấn, đối thoại"): a
    # campaign's days or a count of sessions, not an event the text reports
    duration_before: str = NEVER
    weekday_on: str = NEVER


class EventsData(Strict):
    grammar: EventsGrammar
    kinds: dict[str, list[str]]
    reference_before: list[str]
    report_verbs: list[str]
    review_cues: Words
    lead_sentences: int
    reference_window: int
    """How many characters before a trigger `reference_before` is looked for."""
    weekdays: list[str] = []
    """The weekday names, Monday first: "held ... on Wednesday" is the last such day up to the publication date."""
    """How many sentences from the top are searched for the event the article reports."""


class MovementsGrammar(Grammar):
    launched_by: str
    province_words: str
    owner: str
    may_name: str
    period_after: str
    trailing_period: str
    period_in_gap: str
    list_gap: str
    leading_article: str
    sentence_period: str
    launcher_split: str
    not_subject_before: str
    own_office_subject: str
    # one year (or a range) that ends the name and stays in it ("... năm 2025", "... năm 2015 - 2016")
    year_in_name: str = NEVER
    # one year right after the name ("“...” năm 2026") or right before it ("phong trào năm 2026 với chủ đề “")
    year_after: str = NEVER
    year_before: str = NEVER
    # a closing date after the name ("“...” từ ngày 1/6 đến ngày 8/9/2025"): group 1 is its year
    until_after: str = NEVER
    # the words that launch a movement at the event the text reports ("phát động Cuộc thi “"): it runs
    # in the year the document reports on
    launched_here_before: str = NEVER
    # a quoted name followed by who launched it ("“X” do BHXH tỉnh Y phát động"): a movement, whatever stands before
    launched_after: str = NEVER
    # a name written without quotes ends before its launcher ("... do BHXH Việt Nam phát động"): group 1
    # is who launched it
    bare_launcher: str = NEVER
    # the verb that launches a name written without quotes stands right before it ("phát động phong trào ...")
    bare_launched_before: str = NEVER
    # "phong trào thi đua năm 2026 với chủ đề <theme>": right after a name of time words only, the words
    # that introduce its theme written without quotes (the theme is the name)
    bare_theme: str = NEVER
    # time words that name no movement by themselves ("năm 2026", "6 tháng cuối năm", "hằng quý")
    time_expression: str = NEVER


class MovementsData(Strict):
    grammar: MovementsGrammar
    quote_triggers: list[str]
    not_after: list[str]
    unquoted_patterns: list[str]
    launch_verbs: list[str]
    abbreviations: dict[str, str]
    """Abbreviations spelt out when two mentions of a name are compared ("BHXH" -> "bảo hiểm xã hội")."""
    quote_followers: list[str]
    """A quoted name followed by one of these is a movement ("the “X” movement")."""
    generic_name_words: list[str]
    """An unquoted title-case name made only of these is no name ("the Patriotic Emulation Movement")."""
    known_movements: list[str]
    """Well-known national movements, found unquoted too (any dash, any case); the entry is the name."""
    bare_heads: list[str]
    """The words that open a movement name written without quotes and stay in it ("phong trào thi đua")."""
    bare_not_before: list[str]
    """A head right after these speaks of movements in general ("các phong trào thi đua")."""
    bare_not_first: list[str]
    """A name cannot start with these words ("phong trào thi đua của Ngành", "... do ... phát động")."""
    bare_stops: list[str]
    """A name written without quotes ends before these words ("được", "trên địa bàn", "nhằm")."""
    bare_clause_openers: list[str]
    """A comma or "và" followed by these opens the next clause, not the next item of a list-like name."""
    bare_generic_words: list[str]
    """A name without quotes made only of these words (and time words) names no particular movement."""
    launcher_names: dict[str, str]
    """Who launched a movement, as a report names them ("Thủ tướng Chính phủ" -> "Prime Minister")."""
    event_subjects: list[str]
    """A movement launched by one of these ("Hội nghị cũng phát động ...") is launched by the event's organizer."""


# -- people.yml, units.yml ----------------------------------------------------


class PeopleGrammar(Grammar):
    title_prefix: str
    minister_of: str
    credit_joiner: str
    not_signature: str
    article: str
    # a title owned by a pronoun right before the name ("its Director X", "Its Director, X,")
    owner_pronoun_title: str = NEVER
    # a bare office title opening a sentence before the name ("Deputy Director X said ..."): the office the
    # paragraph named last
    bare_title_opening: str = NEVER
    # a role in lower case: after the name ("X, an official of the Y Centre": groups `role`, ending before
    # the body), or right before it ("retired teacher X": group `role`)
    role_apposition: str = NEVER
    role_before: str = NEVER


class PeopleData(Strict):
    grammar: PeopleGrammar
    surnames: list[str]
    honorifics: list[str]
    title_heads: list[str]
    title_modifiers: list[str]
    ranks: list[str]
    implied_units: dict[str, str]
    minister_to_ministry: bool
    credits: dict[str, list[str]]
    not_name_words: list[str]
    compound_heads: dict[str, list[str]] = {}
    """Given names that also open a common noun with the lower-case word after them ("Thành" in
    "Nguyễn Thành Công" and in "Thành phố"): a name part unless one of those words follows."""
    not_after_name: list[str]
    ministry_name: str
    title_glue: list[str]
    number_abbreviation: str
    title_separators: list[str]
    title_openers: list[str]
    articles: list[str]
    as_words: list[str]
    title_trim_start: list[str]
    title_trim_end: list[str]
    title_org_words: list[str]
    title_order: Literal["head_last", "head_first"]
    """"head_first": titles read head then complement ("Giám đốc BHXH tỉnh X") and a name
    needs a cue (people_vi); "head_last": capitalised English titles (people)."""
    not_names: list[str]
    """Names of historical figures inside names of awards, places and bodies ("Hồ Chí Minh")."""
    ethnic_given_markers: list[str]
    """Central Highlands given-name markers written apart ("Y Ngoc Bya"): the words after them need not be syllables."""
    department_words: list[str] = []
    """Head-first packs: the words a department's name follows ("Trưởng phòng Quản lý thu"); that name
    is one capitalised word and lower-case syllables, up to a comma, a dash or "và" and a capital."""


class UnitsGrammar(Grammar):
    leader: str
    leading_article: str
    trailing_in: str


class SteeringData(Strict):
    """ "Provincial Steering Committee for implementing ... policies of the province" (org_names.py)."""

    opening: list[str]
    """The words of the head ("Steering Committee"), in order."""
    prepositions: list[str]
    """Words that open the topics ("for", "on")."""
    modifiers: list[str]
    """Lower-cased words before the head that belong to the name ("provincial")."""
    topic_nouns: list[str]
    """The name closes on the last of these ("policies", "implementation")."""
    closing_prepositions: list[str]
    """ "of the province", "in <place> province": a closing phrase after a topic noun."""
    clause_words: list[str]
    """Words that begin the clause after the name ("has", "reviewed")."""
    clause_suffixes: list[str]
    """Endings of lower-case verbs that begin the clause after the name ("-ed")."""
    stops: list[str]
    """Punctuation the topics never cross."""
    max_topic_tokens: int


class UnitsData(Strict):
    grammar: UnitsGrammar
    org_heads: dict[str, list[str]]
    committee_kinds: dict[str, list[str]]
    not_org: list[str]
    leading_noise: list[str]
    member_cues: list[str]
    leader_cues: list[str]
    agent_markers: list[str]
    owner_glue: list[str]
    """Single tokens that may stand between a body and the unit that owns it, named after it."""
    conjunctions: list[str]
    name_glue: list[str]
    head_continuations: list[str]
    sentence_openers: list[str]
    of_words: list[str]
    articles: list[str]
    committee_head: str
    district_levels: list[str]
    district_default_level: str
    grassroots_word: str
    office_word: str
    grassroots_suffix: str
    region_words: list[str]
    plural_levels: dict[str, str]
    own_province_words: list[str]
    written_place_forms: list[str]
    generic_body_words: list[str]
    indefinite_articles: list[str] = []
    """Articles a name never opens with when the document names the rest alone ("A X District Social
    Insurance official helps ..." is X's office; "A Luoi" is a name of its own)."""
    company_suffixes: list[str]
    place_levels: list[str]
    new_conjunct_words: list[str]
    steering: SteeringData


# -- provinces.yml (shared by every language) -----------------------------------


class Province(Strict):
    name: str
    vi: str
    aliases: list[str] = []
    current: bool | None = None
    merged_into: str | None = None


class ProvincesData(Strict):
    provinces: list[Province]


PACK_FILES: dict[str, type[Strict]] = {
    "language": LanguageData,
    "layout": LayoutData,
    "sections": SectionsData,
    "dates": DatesData,
    "numbers": NumbersData,
    "metrics": MetricsData,
    "awards": AwardsData,
    "events": EventsData,
    "movements": MovementsData,
    "people": PeopleData,
    "units": UnitsData,
}
"""Every YAML file of a language pack (`data/<lang>/<name>.yml`) and its model."""
