"""The model of `units.yml`: how a language names the bodies of a document (see `lexicon_models`).

The units step's file holds a grammar of its own, the heads and words of a name, the steering
committees and the head-first organisations; its model sits apart from the people's so each data
file's shape is found in one short module.
"""

from __future__ import annotations

from .lexicon_base import NEVER, Grammar, Strict

# -- units.yml --------------------------------------------------------------------


class UnitsGrammar(Grammar):
    leader: str
    leading_article: str
    trailing_in: str
    # a provincial body named without its province that stands for every province's ("UBND tỉnh, thành phố",
    # "UBND các tỉnh"): the text right after it, and right before it; no body of the document's province
    every_province_after: str = NEVER
    every_province_before: str = NEVER
    # the words after a provincial city's name that name the city's own office (" City Social Insurance"): a
    # district-level office unless the place is a city run by the centre (`centre_run_cities`)
    city_office_after: str = NEVER
    # ... and the words before the city's name where the level comes first ("BHXH thành phố X"): the same office
    city_office_before: str = NEVER
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
    # an office's union named with capitals ("Trade Union of X Provincial Social Security"), the office's place in
    # group `place`: the same union as the lower-case one of that office
    office_union_written: str = NEVER
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
    centre_run_cities: list[str] = []
    """Gazetteer names of the cities run by the centre, whose "<city> City Social Security" is a provincial office."""
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
    programme_nouns: list[str] = []
    """Capitalised nouns of a programme or a prize named after a body ("the Women's Union Shelter programme"): the
    body's name before them names no body there."""
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
