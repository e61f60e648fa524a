"""The models of `events.yml` and `movements.yml` (see `lexicon_models`).

Events and movements are read by their own components, with grammars of their own; their models
sit apart from the awards' so each data file's shape is found in one short module.
"""

from __future__ import annotations

from .lexicon_base import NEVER, Grammar, Strict, Words

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
    # right before a unit: it is the visiting delegation's body ("đoàn công tác X làm việc với Y"), the host organises
    visitor_before: str = NEVER
    # a joint reporting verb ("A and B co-organised", "jointly organised"): the first body named organises it
    joint_verb_before: str = NEVER
    # a span of time or a count before the event word ("Sau 30 ngày ra quân", "340 buổi tư vấn, đối thoại"): a
    # campaign's days or a count of sessions, not an event the text reports
    duration_before: str = NEVER
    weekday_on: str = NEVER
    # the words between a definite determiner and the event word that name it in lower case ("its
    # 2025 review conference", "the regular press conference"): group `name`, ending right before it
    lower_name_before: str = NEVER
    # right after the event word: the purpose phrase that names it ("a ceremony [in X] to mark ...",
    # "the conference reviewing ..."), group `purpose`
    purpose_after: str = NEVER
    # a place written out with its province after a location word ("in Vinh, Nghe An province"): group `place`
    place_with_province: str = NEVER
    # the verb reporting the event right before its name: a name written in lower case is the event's still
    reported_name_before: str = NEVER
    # a town or city below the province after the location word ("tại Thủ Dầu Một, ..."): the place when the
    # place tokens name none (group `place`)
    town_at: str = NEVER
    # where such a lower-case name ends: what the event also does or whose it is ("... và triển khai ...", "... của Cụm")
    lower_name_end: str = NEVER
    # opens a relative clause after the subject ("X, which groups the offices of A and B, held ..."): the
    # units inside it are not the subject
    relative_opener: str = NEVER
    # an event named again further on ("at the same ceremony"): the event word right after it
    same_event: str = NEVER
    # past the lead, an event said to be held on a day ("hội nghị sơ kết ... tổ chức ngày 10/4/2026"): the
    # verb and its date, after the event word in the same sentence; read when the lead reports no event
    held_on: str = NEVER
    # an event named after "at" where someone speaks or reports, dated right after its name (group `name`: the
    # words up to the date): read when the lead reports no event, and as the name of an event found there
    dated_at: str = NEVER
    # the span an anniversary commemorates, two dates years apart in brackets ("kỷ niệm 95 năm ... (26/3/1931 -
    # 26/3/2026)"): none of its dates is the event's
    commemorated_span: str = NEVER
    # the day an event marks, named with it ("its ceremony marking the International Labour Day on May 1", "on
    # the occasion of May 1"): that date is the day's, not the event's (nor is the dateline's then)
    marked_day: str = NEVER
    # "honoured by X at its ceremony": the event of the body right before the pronoun (the organiser)
    owner_pronoun_event: str = NEVER
    # said anywhere in the event's sentence: it was held online ("..., held online because of ..."): location
    held_online: str = NEVER
    # an event of the document's own body told outside the lead ("at the office's mid-year meeting"): the
    # words before the event word that name it are group `name`
    own_event: str = NEVER
    # an event told outside the lead by the clause that sets it (`event_settings.py`): "at a/the ..." right
    # before the event word, with a date right before it (`date_opens_setting`: what lies between) or right
    # after the event word (`date_after_event`)
    setting_before: str = NEVER
    date_opens_setting: str = NEVER
    date_after_event: str = NEVER
    # a reporting verb with the event as its object ("hosted the ... meeting"): the words between the
    # determiner and the event word are group `words`
    hosting_before: str = NEVER
    # a sentence opening on "At the" right before the event word, no date of its own ("At the ceremony in X, ..."):
    # the event of the act the lead told without an event word ("... on May 3 handed over 900 cards")
    lead_setting_opening: str = NEVER
    # words before the event word saying it was held online ("their first online meeting"): location "online"
    online_words: str = NEVER
    # "the signing ceremony": an event named with a definite article, told before (its date from the sentence
    # before when its own gives none)
    definite_before: str = NEVER
    # "at the hospital": a venue named by a head noun, the one body of the document with that head (`head`)
    venue_head: str = NEVER
    # a sentence opening with a day and a giver whose verb gives an award, no event word ("On August 21, the
    # Chairman ... awarded"): a ceremony of that day (`date`)
    awarding_day: str = NEVER
    # a lead sentence naming the headline's event word as part of a fuller event name of another kind ("holds
    # dialogue" then "held a dialogue conference"): what follows the headline's word inside the fuller name
    compound_joint: str = NEVER
    # "at the X Convention Centre": a venue named like a body (group `place`), the event's place when the
    # sentence names no town or province after its location word
    venue_at: str = NEVER
    # a day a lead sentence gives ("On May 3, a delegation ... visited and presented gifts", "... closed on May
    # 3"): the sentence retells the event an undated headline names, with its day, place and organiser
    retold_on: str = NEVER


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
    # the reported event as the launching verb's subject ("Hội nghị cũng phát động ..."): its organiser
    event_subject: str = NEVER
    # an opening clause with the launching verb ("Sau 10 tháng triển khai ..."): the subject follows the clause
    subject_after_opening: str = NEVER
    # a speaker's reporting verb before the launching one ("Bà X cho biết, hưởng ứng phong trào ..."): the speaker
    # reports the clause and is not its subject; the subject is looked for after the verb only
    reported_before_launch: str = NEVER
    # one year (or a range) that ends the name and stays in it ("... năm 2025", "... năm 2015 - 2016")
    year_in_name: str = NEVER
    # one year right after the name ("“...” năm 2026") or right before it ("phong trào năm 2026 với chủ đề “")
    year_after: str = NEVER
    year_before: str = NEVER
    # a quarter right after the name ("... for the last quarter of 2023"): groups `q1`..`q4` (the one
    # that matched is the quarter) and `year`
    quarter_after: str = NEVER
    # a closing date after the name ("“...” từ ngày 1/6 đến ngày 8/9/2025"): group 1 is its year
    until_after: str = NEVER
    # the words that launch a movement at the event the text reports ("phát động Cuộc thi “"): it runs
    # in the year the document reports on
    launched_here_before: str = NEVER
    # a quoted name followed by who launched it ("“X” do BHXH tỉnh Y phát động"): a movement, whatever stands before
    launched_after: str = NEVER
    # a quoted name whose own words say it is an emulation push ("100 days of peak emulation to ..."): a
    # movement wherever it stands
    emulation_in_name: str = NEVER
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
    # a campaign's head noun right before its quoted name ("Tháng cao điểm “X”"): group `head` opens the name
    campaign_head_before: str = NEVER
    # a fund's noun right before a quoted name ("ủng hộ Quỹ “X”"): the fund's name, no movement; a campaign for the
    # fund named without quotes runs on through it ("cuộc vận động ủng hộ Quỹ “X” năm 2024")
    fund_before: str = NEVER


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
