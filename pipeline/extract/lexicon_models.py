"""The shape of every language data file, one pydantic model per file (the figures' files in
`lexicon_figures` and `lexicon_numbers`, awards in `lexicon_awards`, events and movements in
`lexicon_events`, units in `lexicon_units`, what they share in `lexicon_base`).

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
from .lexicon_units import HeadFirstOrg, SteeringData, UnitsData, UnitsGrammar

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
    "HeadFirstOrg",
    "SteeringData",
    "UnitsData",
    "UnitsGrammar",
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
    tasks_heading: str = NEVER
    """A heading of the coming period's tasks ("II. NHIỆM VỤ TRỌNG TÂM QUÝ IV"), matched on the line: the lines
    right under it are goals, up to its first numbered subsection (which may review the period before)."""
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


# -- people.yml -----------------------------------------------------------------


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
    unit_place_levels: list[str] = []
    """Level words ("huyện", "tỉnh") after which a name the document also writes as a unit's place (its
    "BHXH huyện Lâm Thạnh" unit) is that place, not the holder of the title the level word closes."""
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
