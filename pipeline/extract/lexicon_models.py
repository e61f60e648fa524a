"""The shape of every language data file, one pydantic model per file (the figures' files in
`lexicon_figures` and `lexicon_numbers`, awards in `lexicon_awards`, events and movements in
`lexicon_events`, what they share in `lexicon_base`).

`lexicon.load_data` validates each file against its model, so a missing or
misspelt key fails at pipeline build time with the file and the key named
(not as a `KeyError` deep inside a component on the first document).
Components read data as attributes of these models, never as dict lookups.

Regular expressions written in the language (grammar words, word order)
live in the `grammar` section of a file, as regex sources; the component
compiles them once. A case-insensitive pattern starts with `(?i)`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, field_validator

from .lexicon_awards import AwardForm, AwardsData, AwardsGrammar
from .lexicon_base import NEVER, Grammar, Strict, Words, compiled_source
from .lexicon_events import EventsData, EventsGrammar, MovementsData, MovementsGrammar
from .lexicon_figures import CoverageCues, Measure, MetricsData, MetricsGrammar, TableKind
from .lexicon_numbers import NumbersData

# Models kept in their own modules, re-exported: components import every data model from here.
__all__ = [
    "NEVER",
    "Grammar",
    "Strict",
    "Words",
    "compiled_source",
    "AwardForm",
    "AwardsData",
    "AwardsGrammar",
    "EventsData",
    "EventsGrammar",
    "MovementsData",
    "MovementsGrammar",
    "CoverageCues",
    "Measure",
    "MetricsData",
    "MetricsGrammar",
    "NumbersData",
    "TableKind",
]


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
    target_heading: str = NEVER
    """A short line heading targets ("II. TARGETS FOR 2026", "2. Chỉ tiêu chủ yếu năm 2026"), matched on the
    line: the figures under it, up to the next heading of its level or above, are goals for the year it
    names, though their own clauses read as facts ("đạt 95,5%")."""
    subheading: str = NEVER
    """A numbered line of the level under `heading` ("3. ..."): it closes a target stretch its sibling opened."""
    review_title: str = NEVER
    """A title that reviews a year ("... reviews 2025 emulation work"): early in the next year, the
    figures it gives without a date of their own are that year's."""
    plan_title: str = NEVER
    """A title that opens a plan ("PLAN on emulation and commendation work in 2026"), matched at its start:
    the document's figures are targets and its awards proposals for the one year the title names."""


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
    # a year naming a law ("the 2024 Law on Social Insurance"): a name, no date
    law_after_year: str = NEVER
    to_date: str
    lead_year: str
    # the end of a month named without its year ("by the end of March"): group `mon` is the month's name
    month_end: str = NEVER
    # words that join two years into a span besides a dash ("2003 to 2005")
    year_span_words: str = NEVER


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


# -- people.yml, units.yml ----------------------------------------------------


class PeopleGrammar(Grammar):
    title_prefix: str
    minister_of: str
    credit_joiner: str
    not_signature: str
    # a line of a saved page's furniture under the article (its tags, its copyright footer): the lines below
    # it (related headlines) are no signature either, and the author's line is looked for above it
    page_tail: str = NEVER
    article: str
    # a title owned by a pronoun right before the name ("its Director X", "Its Director, X,")
    owner_pronoun_title: str = NEVER
    # a personal pronoun as the subject of a title ("she is Deputy Director of "): group `role`, ending
    # right before the body it is held in; the pronoun stands for the person the paragraph named
    pronoun_title: str = NEVER
    # right after a name: its old post, then the verb of an appointment or move and the new post
    # (named groups `old` and `new`: "Mr. X, Director of A, was transferred to the post of Director of B")
    appointed_to: str = NEVER
    # a title before the name: the words between its body and the name, and the post right before the body
    title_before_gap: str = NEVER
    title_before_role: str = NEVER
    # a bare office title opening a sentence before the name ("Deputy Director X said ..."): the office the
    # paragraph named last
    bare_title_opening: str = NEVER
    # right before an office: it acts on the paragraph's subject ("the plan assigned by VSS"), so it is not
    # the office a bare title there works for
    agent_before: str = NEVER
    # a role in lower case: after the name ("X, an official of the Y Centre": groups `role`, ending before
    # the body), or right before it ("retired teacher X": group `role`)
    role_apposition: str = NEVER
    role_before: str = NEVER
    # a role before a list of names, each with its unit in brackets ("thí sinh A (BHXH huyện X) và B (Y)"):
    # group `role`, matched up to the name it ends before; the role is a cue for each name of the list
    role_list_bracketed: str = NEVER
    # right after a name, before the body the person works in ("Mr. X of Y District Social Insurance"): the
    # person's unit when no title named one
    unit_after_name: str = NEVER
    # a record's particulars (an achievement report's header): the name's field ("Họ và tên:") on the name's line,
    # and the field giving the post a few lines below ("Chức vụ:"), whose value is the person's title
    name_field: str = NEVER
    title_field: str = NEVER
    # after a person's title, the words that bring in the post the person is appointed or moved to ("..., được
    # điều động, bổ nhiệm giữ chức"): that post is the person's too, and its unit the person's
    appointed_post_after: str = NEVER
    # the words before a list of places ("districts such as A and B", "communes of A, B and"): a name
    # standing there is a place, not a person
    place_list_before: str = NEVER
    # a credit line's opening before a photographer's cue ("Thu Ha - Photo: Minh Quan"): the name (group `name`)
    # is the author's
    author_before_credit: str = NEVER
    # right after a name opening a line: a day ("Phan Thiet, June 9, 2024 - "), the name is the dateline's place
    dateline_after: str = NEVER


class PeopleData(Strict):
    grammar: PeopleGrammar
    surnames: list[str]
    honorifics: list[str]
    title_heads: list[str]
    title_modifiers: list[str]
    ranks: list[str]
    implied_units: dict[str, str]
    appointed_title: str = "{new}"
    """How the title of a person appointed to a new post is written from the new and the old post."""
    implied_title: str | None = None
    """How a post named without its body is written with the body it implies ("{title} of {unit}"); None:
    the post as written."""
    minister_to_ministry: bool
    credits: dict[str, list[str]]
    not_name_words: list[str]
    compound_heads: dict[str, list[str]] = {}
    """Given names that also open a common noun with the lower-case word after them ("Thành" in
    "Nguyễn Thành Công" and in "Thành phố"): a name part unless one of those words follows."""
    not_after_name: list[str]
    place_before_name: list[str] = []
    """Words after which a bare name is a place ("in Cam Pha", "in Tan Mai"): a person is not written so."""
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
    table_columns: dict[str, list[str]] = {}
    """The header words of a table listing people (`person_tables`): `name`, `title`, `unit` columns."""
    table_title_joiner: str = " "
    """What joins a table row's post and body into one title ("Trưởng phòng Quản lý thu")."""
    department_words: list[str] = []
    """Head-first packs: the words a department's name follows ("Trưởng phòng Quản lý thu"); that name
    is one capitalised word and lower-case syllables, up to a comma, a dash or "và" and a capital."""


class UnitsGrammar(Grammar):
    leader: str
    leading_article: str
    trailing_in: str
    # a provincial body named without its province that stands for every province's ("UBND tỉnh, thành phố",
    # "UBND các tỉnh"): the text right after it, and right before it; no body of the document's province
    every_province_after: str = NEVER
    every_province_before: str = NEVER
    # a byline's outlet ("Thu Trang – Khanh Hoa Newspaper"): its line up to the outlet, a name and a dash;
    # the outlet is where the writer works, no body the article is about
    byline_outlet_before: str = NEVER
    news_outlet: str = NEVER
    # a venue named like a body ("the X Convention Centre", "the Y Provincial Sports Centre"): a place an event
    # is held at, no organisation of the article (matched at the end of the name)
    venue_name: str = NEVER
    # "the trade union of X Social Security" in lower case: the union's words (group `body`) right before an
    # office of the family (`UnitsData.office_union_name` names it)
    office_union_before: str = NEVER
    # "the X Social Security trade union": the same union written after the office (group `body`), and what
    # joins a body named with it ("the Women's Committee of the ..."), between the body and the office
    office_union_after: str = NEVER
    union_body_joint: str = NEVER
    # "A (khi đó là B)", "B (nay là A)": one office's two names (unit_renames.py); group `now`: the bracket's is the present
    renamed_in_brackets: str = NEVER


class HeadFirstOrg(Strict):
    """Organisations a head-first language names by a head and its legal form before the name ("Công ty
    TNHH May X"), read by `org_names_vi.py`."""

    heads: list[str]
    """The name's opening words (a company's legal form, an association's noun), in any case."""
    kind: str
    name: str
    """The canonical name: `{name}` is the proper name (accents dropped) after the trade words' English,
    `{written}` the name as the text writes it (a body with no English name of its own)."""
    ends: list[str] = []
    """Words the name must end with ("Việt Nam" closes a national association's name); none: the name
    ends with its last capitalised word."""


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
    own_province_not_with: list[str] = []
    """Words of a name the own-province reading leaves as written ("the provincial Steering Committee for
    Voluntary Blood Donation" is "Steering Committee for Voluntary Blood Donation": the committee's topic names it)."""
    written_place_forms: list[str]
    generic_body_words: list[str]
    own_place_bodies: list[str] = []
    # "Lang Son People's Council" and "Lang Son Provincial People's Council": the level words a place's body
    # may be written with or without (one body, named the fuller way)
    place_level_words: list[str] = []
    """Bodies named by their level alone ("City People's Committee"): in a document whose own office is
    in one province or city, that place's body ("Hue City People's Committee"), when no fuller name
    in the document stands for them."""
    own_office_bodies: dict[str, str] = {}
    """Bodies every office has, named without their owner ("the Emulation and Commendation Council"): in
    the own paper of a provincial, regional or grassroots office, that office's body, named by the
    template ("{body} of {owner}"). Bodies the gazetteer names with an owner template (`owned` in
    data/bodies.yml) are read there."""
    own_office_possessors: list[str] = []
    """Possessors that are the document's own office ("the unit's Emulation and Commendation Council"):
    such a body is still the own office's (`own_office_bodies`); any other possessor or an "of" after
    the body names another owner."""
    indefinite_articles: list[str] = []
    """Articles a name never opens with when the document names the rest alone ("A X District Social
    Insurance official helps ..." is X's office; "A Luoi" is a name of its own)."""
    company_suffixes: list[str]
    plural_office_words: list[str] = []
    """Plural heads after an office's short reference ("63 provincial social security offices"): several
    offices, none of them one unit, so the reference resolves to no unit."""
    agency_part_heads: list[str] = []
    """Heads naming a board or centre of the agency itself: "the Communication Centre of Vietnam Social
    Security" keeps the agency after "of" in its name, as written."""
    office_part_heads: list[str] = []
    """Heads naming a part of a local office ("Division"): "the Collection Division of X Provincial Social
    Security" keeps the office after "of" in its name (an office that may own divisions, `bodies.yml`)."""
    owner_first_heads: list[str] = []
    """Bodies of an office written after their owner or before it with "of" ("X Social Security Party Committee",
    "the Party Committee of X Provincial Social Security", "VSS Youth Union"): one body when both are written,
    named "{head} of {owner}"."""
    office_body_heads: list[str] = []
    """Heads naming a mass organisation of an office ("Union"): "the Youth Union of X Provincial Social
    Security" keeps the office after "of" in its name, as a party committee does."""
    event_nouns: list[str] = []
    """Nouns of a meeting: a name right before one ("the X Board Meeting") or closed by one names an
    event, not a body."""
    place_levels: list[str]
    new_conjunct_words: list[str]
    steering: SteeringData
    head_first_orgs: list[HeadFirstOrg]
    """Companies and associations named head first (`org_names_vi.py`); English names them by their
    closing head noun (`org_heads`)."""
    trade_words: dict[str, str]
    """A company's trade words after its legal form ("May" -> "Garment"), English in the canonical name."""
    office_union_name: str = ""
    """How an office's union written in lower case is named (`{body}`: its words, capitalised; `{owner}`: the
    office), "" where the pack reads none (`UnitsGrammar.office_union_before`)."""


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
