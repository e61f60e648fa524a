"""The models of `awards.yml` (see `lexicon_models`; events and movements in `lexicon_events`)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .lexicon_base import NEVER, Grammar, Strict, Words

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
    # a year in brackets ("(năm 2022)"): the year of what stands right before it, never of an award after it
    bracketed_year: str = NEVER
    honoured_active: str
    members_cue: str
    count_to: str
    count_and: str
    count_verb: str
    # the words between a count and the group it is a part of ("to 7 of the departing staff")
    count_partitive: str = NEVER
    # a relative clause after an award's holder, up to the award ("X, which had received the ..."): X received it
    relative_receiver_before: str = NEVER
    recipient_before: str
    agent: str
    recipient_joiner: str
    # a person joined on to a receiving subject, with the honorific before the name ("BHXH cơ sở A và anh B được ..."):
    # the words between the subject before and the name
    subject_person_joiner: str = NEVER
    not_recipient_before: str
    delegated_before: str
    # the words before an authority the presenter acts for ("thừa ủy quyền của"): that authority confers the
    # award even when the award's own name holds another body
    acting_for_before: str = NEVER
    # a bare number joined on before an award, its noun left out ("... and three won third prizes"): group `n`
    elided_count_before: str = NEVER
    # a graded prize's winner named again by the prize ("The first-prize winner received ..."): its recipient
    prize_winner_before: str = NEVER
    # a person opening an item of the list a count of individuals goes on to name ("...: Mr. A, ...; Ms. B")
    counted_name_before: str = NEVER
    # a recipient named again by its head noun alone ("... to the hospital"): group `head`, the last unit named
    # with that head noun
    definite_object: str = NEVER
    # the same, as the subject that receives the award ("the union received the ..."): group `head`, ending at the award
    definite_subject: str = NEVER
    # a verb that hands an award over (not one that confers it): its subject, a post with no name, presents it
    handing_over: str = NEVER
    # an award joined on with a receiving verb of its own ("... và đạt danh hiệu ..."): the giver of the award
    # before it is not its giver
    own_receipt_before: str = NEVER
    delegated_start: str
    award_header: str
    collective_header: str
    # structures added for counts, lists, issuers and proposals; "(?!)" (matches nothing) until a pack writes them
    proposed_after: str = NEVER
    # "X said that the Minister had awarded ...": an award told as past news; X presented nothing
    reported_before_verb: str = NEVER
    # a speaker's verb and "that" between a person and the award her clause reports ("Ms. A recalled that X
    # was awarded ..."): the person speaks, the clause after "that" names the recipient
    reported_that_gap: str = NEVER
    # "X also gave its own Certificate of Commendation to Y": X, the body before the verb, gives it
    own_award_before: str = NEVER
    grade_window: str = NEVER
    issuer: str = NEVER
    issuer_inside: str = NEVER
    delegation: str = NEVER
    issuer_possessive: str = NEVER
    authority_subject: str = NEVER
    lower_name_words: str = NEVER
    article: str = NEVER
    anaphoric_subject: str = NEVER
    # "... đã nhận Bằng khen của Bộ trưởng nói trên": after the form, the words saying it was told before (no new award)
    retold_after: str = NEVER
    # "giải Nhất cho đội ấp X": a contest's team named by its place, the prize's recipient (`award_vi_teams.py`;
    # groups `name`, the words read, and `head`, the team and level words)
    team_after: str = NEVER
    # a unit an emulation cluster votes up before the award proposed for it (`award_vi_voted.py`): the words right
    # before the unit ("suy tôn X") or right after it ("X được Cụm suy tôn")
    voted_up_before: str = NEVER
    voted_up_after: str = NEVER
    # "Đơn vị này vừa được ... tặng": the unit the sentence before named (`award_vi_subjects.py`)
    demonstrative_subject: str = NEVER
    # the rest of a run of counted prizes up to the words naming their recipients ("..., 2 giải Nhì và 10
    # giải Khuyến khích cho các cá nhân"): `award_vi_counts.py`
    count_run_to: str = NEVER
    # a total of works or prizes right before a run of counted prizes ("chọn 14 tác phẩm trao giải, gồm 1 giải
    # A, ..."): group 1, no figure and no record of its own (`award_vi_counts.py`)
    prize_total_before: str = NEVER
    # a part of the recipients a subject count named, after the award ("Trong số 38 cá nhân được ... tặng Bằng
    # khen, có 2 cán bộ của ..."): group 1, no figure, already inside the count (`award_vi_counts.py`)
    part_count_after: str = NEVER
    # a count that a proposal clause follows ("suy tôn 1 đơn vị dẫn đầu để đề nghị Chính phủ tặng Cờ thi
    # đua"): the count's recipients are proposed for the award, as a passive subject's are given it
    proposed_subject: str = NEVER
    # "giải Nhì thuộc về X": the words after a prize that name who holds it (`award_vi_recipients.py`)
    held_by_after: str = NEVER
    # "giải Nhì là X": the words after a prize (award type `other`) alone that name its holder
    prize_held_by_after: str = NEVER
    # "... ký quyết định tặng": the person before signed the decision, no presenter
    signed_decision_before: str = NEVER
    # "ứng dụng X của <unit>": a work the unit owns, whose prize is the unit's (`award_vi_recipients.py`)
    owned_work_before: str = NEVER
    # "... awarded the Emulation Flag for 2025 to the office.": the body the document is about, as the object
    anaphoric_object: str = NEVER
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
    # the next award's clause opening on a passive verb with no subject of its own ("..., năm 2021 được Y tặng B")
    elided_subject_passive: str = NEVER
    # head-first packs: a list of one recipient's awards (award_list_leads.py): a line that is a list item
    # ("- Huân chương ... (năm 2019);"), matched at the line's start, and the receiving verb of the line
    # that opens the list, up to its closing colon ("bà X đã được tặng nhiều phần thưởng:")
    list_item: str = NEVER
    # the opening of a decision's grounds ("\nCăn cứ ..."): the line above names its issuer (award_decisions.py)
    decision_grounds: str = NEVER
    received_list_lead: str = NEVER
    shared_subject: str = NEVER
    # head-first packs: a recipient's name between the giving word and a count ("cho Phòng X và 4 cá nhân")
    name_before_count: str = NEVER
    # head-first packs: another class of the same order listed with its own year; group `grade`
    grade_continued: str = NEVER
    # head-first packs: an organisation's name the gazetteer does not know, head noun first ("Công ty TNHH X")
    organisation_name: str = NEVER
    # head-first packs: the honorific a named recipient may carry after "cho" or "và" ("cho A và chị B")
    recipient_honorific: str = NEVER
    # a counted group the named recipients are introduced as ("cho 2 nhà tài trợ là A và B"): no recipient
    recipient_apposition: str = NEVER
    # head-first packs: after a counted group introduced by its members' names ("cho 3 tập thể là A, B và C, cùng
    # 5 cá nhân"), what joins the last name to the next count
    named_members_then_count: str = NEVER
    # head-first packs: the clause's subject given the award as "the collective", then a count ("... được tặng
    # Bằng khen cho tập thể cùng 3 cá nhân"): the subject is a recipient beside the count
    subject_then_count: str = NEVER
    # head-first packs: a person receiving an award on a collective's behalf ("ông X, Trưởng phòng, thay mặt tập
    # thể đón nhận Bằng khen"): the recipient is the collective the sentence gave the award to, not the person
    on_behalf_subject: str = NEVER
    # head-first packs: a pronoun standing for a person the document named, as the recipient: the subject
    # before the receiving verb ("chị được ... tặng"), or after "cho" ("... cho chị"); group `name`: a
    # given name after it (award_pronouns.py)
    pronoun_subject: str = NEVER
    pronoun_object: str = NEVER
    # head-first packs: where a second giving clause starts after an award ("... tặng Bằng khen vì thành
    # tích ... và được Chủ tịch UBND tỉnh biểu dương"): an authority past it is that clause's, not the award's
    next_passive: str = NEVER
    # right after an award: the years it was given in, when more than one ("Cờ thi đua năm 2011 và năm 2019"):
    # one award per year
    years_listed: str = NEVER
    # a list item that opens with the year(s) its award was given in ("2009 and 2011: Certificates of Merit
    # ..."), matched at the item's start (no "^"); the lead's pronoun that makes the list one person's awards
    # ("the list of her awards:"): award_year_lists.py
    year_list_item: str = NEVER
    # between a named recipient and the body that owns it ("Department of X of Vietnam Social Security"):
    # the owner is no recipient of its own
    unit_owner_between: str = NEVER
    list_owner_pronoun: str = NEVER
    # an uncounted plural subject right before the receiving verb ("Nhiều cá nhân được tặng ..."); group `who`:
    # the words that say whether they are collectives or individuals
    plural_subject: str = NEVER
    # between two counts after the award, the members of the first ("03 tập thể gồm: A, B, C và 06 cá nhân")
    members_then_count: str = NEVER
    # head-first packs: the words describing the count before the next one ("cho 4 tổ chức dịch vụ thu và 17 nhân
    # viên thu", "cho 3 tập thể xuất sắc và 5 cá nhân"): the next count is counted too
    count_modifier_then_count: str = NEVER
    # head-first packs: a clause that opens on its award with no giver of its own ("...; tặng Kỷ niệm chương ...",
    # "...; danh hiệu X cho 02 cá nhân"): it shares the giver the clause before named
    shared_giver_opening: str = NEVER
    # an achievement report's header field naming whom it is about (groups `person` or `unit`, and `name`):
    # the awards it lists with no recipient beside them are that subject's
    report_subject: str = NEVER
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
    # the person named between a giving verb and the award ("awarded Ms. X a Certificate of ..."): the
    # verb right before the name, and the words between the name and the award
    giving_before_object: str = NEVER
    object_before_award: str = NEVER
    # between a unit and the person an award also goes to ("to Ha Noi Social Security and to Ms. X")
    unit_then_person: str = NEVER
    # the start of a photo caption's line ("(Photo: ..."): its award retells the body's
    caption_line: str = NEVER
    # between a date and the award right after it: the date is that award's, not the one before
    # ("she received A, and in 2013 the B": 2013 is B's)
    date_leads_award: str = NEVER
    # before a date after the award: the period its achievements are for, which wins over the year it was
    # given ("... in 2019 for her achievements in 2014-2018")
    achievement_before_date: str = NEVER
    # a sentence after the award that names its presenter: up to where the presenter's name starts
    # ("The certificate was presented by ")
    presented_after: str = NEVER
    # right after the person the next sentence opens with: that person presents the award before
    # ("Authorised by ..., Deputy Prime Minister Y presented the order to ...")
    presenter_acts: str = NEVER
    # a clause's opening phrase before its subject ("At the X Forum, ...", "A member of X, ..."): the
    # bodies it names set the scene and receive nothing
    opening_phrase: str = NEVER
    # "X commended 12 offices and 31 individuals with <award>": the counts are the verb's objects;
    # group `objects` holds them
    objects_with: str = NEVER
    # an award in brackets right after its holder ("followed by A (second prize)"): the bracket's sides
    bracketed_before: str = NEVER
    bracketed_after: str = NEVER
    # the office a report is about as the subject of a passive award or proposal ("the provincial office had
    # been proposed for ..."), up to the award
    office_subject_before: str = NEVER
    # a count after a named recipient, its cue repeated right before it ("to A and to 5 individuals")
    count_and_to: str = NEVER
    # the verb after a count that is its own clause's subject ("..., and three cells were given ..."): the
    # count belongs to the award after it, not to the one before
    count_subject_after: str = NEVER
    # "the office" as the subject before an award or its object after it ("In 2016-2020 the office received
    # the ...", "... presented the Flag to the office for its results"): the local office the text is about
    office_anaphor_subject: str = NEVER
    office_anaphor_object: str = NEVER
    # the words between an award's counted recipients and a person it also goes to ("to 6 enterprises and to
    # Mr. A"): the person is a recipient beside the count
    person_after_count: str = NEVER
    # between a person and the award a passive proposal puts him up for ("Mr. A, ..., has been proposed for a"):
    # the person, not the company named before him, is the one proposed
    person_proposed_gap: str = NEVER
    # the giving verb right before an award that names no one it goes to ("held a ceremony to present Party
    # badges", a headline's "X presents badges"): the subject gives it, so no unit before it receives it
    giver_verb_before: str = NEVER
    # after such an award, the words leading to the one it goes to ("... to the committee", "... to 8 cells"): then
    # it names its recipient after all
    giver_object_after: str = NEVER


class AwardsData(Strict):
    grammar: AwardsGrammar
    awards: Annotated[list[AwardForm], Field(min_length=1)]
    grades: dict[str, Words]
    individual_only: list[str]
    authorities: dict[str, Words]
    presenting_verbs: list[str]
    collective_words: Words
    individual_words: Words
    # head-first packs: counted recipients that are neither collectives nor individuals ("5 đại lý thu"):
    # counted with no recipient_kind
    other_count_words: list[str] = []
    counted_collective_words: list[str] = []
    """Head-first packs: collectives read only after a count ("cho 4 chi đoàn"), never as the word before a
    named recipient ("cho Chi đoàn BHXH cơ sở X" names the branch, not the office after it)."""
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
    head_by_authority: dict[str, dict[str, str]] = {}
    """Authority -> {form: the head in whose name the body gives that form} ("BHXH Việt Nam tặng Bằng khen":
    the VSS General Director's certificate)."""
    organisation_heads: list[str] = []
    """Head nouns that close an organisation's name (recipients outside the gazetteer)."""
    name_joiners: list[str] = []
