"""The gazetteer of named bodies (`data/bodies.yml`): one entry per body, every language.

It serves three stages from one file:
- extraction (here): SpanRuler patterns for every written form
  (`body_patterns`), whose pattern id carries the canonical English name
  (`body:<name>`, `provincial_body:<template>`), so `pr_units` needs no
  second lookup, and each body's parent (`parent_of`);
- unit identity (`pipeline/units.py` `body_keys`): a Vietnamese name typed
  by a user or written in a record has the key of the canonical name;
- reports (`pipeline/units.py` `body_vi_name`): the Vietnamese display name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from .lexicon import load

DASHES = ("-", "–", "—")
SI_FORMS = (("bhxh",), ("bảo", "hiểm", "xã", "hội"))


class Owned(BaseModel):
    """A body of the sector that belongs to the unit named right after it: "Hội đồng Thi đua - Khen
    thưởng BHXH tỉnh X" is X's council, not VSS's (`name` has `{owner}`; `owners` are the kinds of unit
    that can own it; the `vi`/`en` forms are the heads that take an owner)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    owners: list[str]
    vi: list[str] = []
    en: list[str] = []
    alone_is_named: bool = True
    """False: the head alone is no mention of the one owned body the document names (a paper that names one
    office's party cell, "Chi bộ BHXH cơ sở X", names others by "Chi bộ Văn phòng", "chi bộ trực thuộc")."""


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    kind: str
    parent: str | None = None
    vi: list[str]
    en: list[str] = []
    patterns: bool = True
    """False: the body is listed for its display name only (its patterns live elsewhere)."""
    owned: Owned | None = None
    bare_level: bool = False
    """A provincial body: "<head> tỉnh" without a name is the body of the document's province."""
    also_bare_level: bool = False
    """A provincial body read with a place without its level word ("Sở Y tế Hà Nội") and, as with
    `bare_level`, "<head> tỉnh" alone (the document's province)."""
    placeless: bool = False
    """A provincial department also read by its head alone, capitalised, with no level word ("Sở Giáo
    dục và Đào tạo phối hợp ..."): a provincial article's department is its own province's."""
    capitalised: bool = False
    """A provincial body read only with its head capitalised: its head's first word also ends a title
    ("Trưởng đoàn đại biểu Quốc hội tỉnh X" is a person's title, "Đoàn đại biểu Quốc hội tỉnh X" the body)."""
    city_name: str | None = None
    """A provincial body of a city ("UBND thành phố X", "UBND TP"): named as the city's ("{place} City People's
    Committee"), not the province's; without it the city's body takes `name`."""


class Bank(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    kind: str
    vi: list[str] = []
    en: list[str] = []


class BankBranches(BaseModel):
    """ "Agribank chi nhánh Hóc Môn" -> "Agribank Hoc Mon Branch"."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    branch_words: dict[str, list[str]]
    """The word for a branch, per language."""
    levels: dict[str, list[str]]
    """Words of a place's level between the branch word and the place's name, per language."""
    banks: list[Bank]


class Division(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    vi: list[str] = []
    en: list[str] = []


class OfficeDivisions(BaseModel):
    """The standard divisions (phòng) of a provincial office, named "<division> of <office>"."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    owners: list[str]
    divisions: list[Division]


class Bodies(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    bodies: list[Body]
    provincial_bodies: list[Body]
    bank_branches: BankBranches
    office_divisions: OfficeDivisions


@cache
def gazetteer() -> Bodies:
    return Bodies.model_validate(load(None, "bodies"))


def syllables(text: str) -> list[str]:
    """A name as lower-case tokens the way the rule tokenizer cuts it (dashes and commas apart)."""
    return [t for t in re.findall(r"[^\W_]+(?:[.&][^\W_]+)*\.?|[^\w\s]", text.lower()) if t]


def token_specs(words: list[str]) -> list[dict[str, Any]]:
    """Token patterns for a name: any dash (or none) where it has one; BHXH = Bảo hiểm xã hội."""
    specs: list[dict[str, Any]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in DASHES:
            specs.append({"ORTH": {"IN": list(DASHES)}, "OP": "?"})
        elif word == "bhxh":
            # "BHXH" or its spelt-out form: one optional-free alternative each, expanded by the caller
            specs.append({"LOWER": "bhxh", "_si": True})
        else:
            specs.append({"LOWER": word})
        i += 1
    return specs


def expand_si(specs: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Every combination of "BHXH" and "Bảo hiểm xã hội" where a name says BHXH."""
    variants: list[list[dict[str, Any]]] = [[]]
    for spec in specs:
        if spec.pop("_si", False):
            variants = [v + [{"LOWER": w} for w in form] for v in variants for form in SI_FORMS]
        else:
            variants = [v + [spec] for v in variants]
    return variants


def written_forms(form: str) -> set[str]:
    """Every way a text writes a name: "BHXH" or "Bảo hiểm xã hội", each dash as "-", "–" or none."""
    forms = {form, form.replace("BHXH", "Bảo hiểm xã hội")}
    for dash in DASHES:
        forms = {variant for f in forms for variant in _dash_variants(f, dash)}
    return forms


def _dash_variants(form: str, dash: str) -> set[str]:
    if f" {dash} " not in form:
        return {form}
    return {form.replace(f" {dash} ", f" {d} ") for d in DASHES} | {form.replace(f" {dash} ", " ")}


@cache
def body_patterns(lang: str) -> tuple[dict[str, Any], ...]:
    """SpanRuler patterns for every body's names in `lang`; labels are kinds, ids carry the canonical name.

    Named bodies are phrase patterns (the ruler matches them on lower-case text in
    one pass; `pr_units` drops a match that starts lower case, the same words in
    running text). Provincial bodies are token patterns: the place is one token.
    """
    from .lexicon import place_lower_forms

    out: list[dict[str, Any]] = []
    for body in gazetteer().bodies:
        if not body.patterns:
            continue
        for form in getattr(body, lang, None) or []:
            for written in sorted(written_forms(form)):
                out.append({"label": body.kind, "id": f"body:{body.name}", "pattern": written})
        owned_heads = getattr(body.owned, lang, None) or [] if body.owned else []
        for form in owned_heads:
            for written in sorted(written_forms(form)):
                out.append({"label": body.kind, "id": f"body:{body.name}", "pattern": written})
    for division in gazetteer().office_divisions.divisions:
        for form in getattr(division, lang, None) or []:
            for written in sorted(written_forms(form)):
                out.append({"label": "department", "id": f"division:{division.name}", "pattern": written})
    places = sorted(place_lower_forms())
    level: list[dict[str, Any]] = [
        {"LOWER": {"IN": ["tỉnh", "tp", "tp.", "thành"]}, "OP": "?"},
        {"LOWER": "phố", "OP": "?"},
        {"LOWER": {"IN": places}},
    ]
    bare_level = [{"LOWER": {"IN": ["tỉnh", "tp", "tp.", "thành"]}}, level[1], {"LOWER": {"IN": places}, "OP": "?"}]
    # the abbreviation the press puts in brackets between a body's full name and its place ("Sở Lao động -
    # Thương binh và Xã hội (LĐ-TB&XH) tỉnh X"): still the body of that place
    bracketed: list[dict[str, Any]] = [
        {"ORTH": "("},
        {"TEXT": {"REGEX": r"^[^\s()]{1,12}$"}, "OP": "{1,5}"},
        {"ORTH": ")"},
        *level,
    ]
    bare_bracketed = [*bracketed[:3], *bare_level]  # "Liên minh Hợp tác xã (HTX) tỉnh": the document's province
    for body in gazetteer().provincial_bodies:
        # a body that may stand without its place ("... tỉnh" = the document's province) needs the level word
        tails = [bare_level] if body.bare_level else [level, bare_level] if body.also_bare_level else [level]
        by_name = [(body.name, tails)]
        if body.city_name:  # a city's body has a name of its own: the city's level words read apart
            by_name = [(body.name, province_tails(tails, places)), (body.city_name, city_tails(tails, places))]
        for form in getattr(body, lang, None) or []:
            for head in expand_si(token_specs(syllables(form))):
                head = [{**head[0], "IS_TITLE": True}, *head[1:]] if body.capitalised else head
                for name, name_tails in by_name:
                    for tail in name_tails:
                        out.append({"label": body.kind, "id": f"provincial_body:{name}", "pattern": head + tail})
                out.append({"label": body.kind, "id": f"provincial_body:{body.name}", "pattern": head + bracketed})
                if body.bare_level or body.also_bare_level:  # "... (HTX) tỉnh" alone: the document's province
                    out.append(
                        {"label": body.kind, "id": f"provincial_body:{body.name}", "pattern": head + bare_bracketed}
                    )
                if body.placeless:  # the head alone only as a name, capitalised ("Sở Y tế", not "sở y tế")
                    named = [{**head[0], "IS_TITLE": True}, *head[1:]]
                    out.append({"label": body.kind, "id": f"provincial_body:{body.name}", "pattern": named})
    for bank in gazetteer().bank_branches.banks:
        # the bank's name; `pr_units` reads the branch around it (bank_branches.py)
        for form in getattr(bank, lang, None) or []:
            out.append({"label": bank.kind, "id": f"bank:{bank.name}", "pattern": form})
    return tuple(out)


CITY_LEVELS = ["tp", "tp.", "thành"]
CITY_PLACE_STARTS = ("tp", "thành phố", "thanh pho")  # a place written with its city level ("TP. Hồ Chí Minh")


def with_places(spec: dict[str, Any], places: list[str]) -> dict[str, Any]:
    return {**spec, "LOWER": {"IN": places}}


def province_tails(tails: list[list[dict[str, Any]]], places: list[str]) -> list[list[dict[str, Any]]]:
    """The level-word tails without a city's level words or places ("UBND tỉnh X", "UBND X")."""
    plain = [p for p in places if not p.startswith(CITY_PLACE_STARTS)]
    return [[{**tail[0], "LOWER": {"IN": ["tỉnh"]}}, with_places(tail[2], plain)] for tail in tails]


def city_tails(tails: list[list[dict[str, Any]]], places: list[str]) -> list[list[dict[str, Any]]]:
    """The level-word tails with a city's level words only ("UBND thành phố X", "UBND TP"), and a place that
    holds its city level ("UBND TP. Hồ Chí Minh")."""
    cities = [p for p in places if p.startswith(CITY_PLACE_STARTS)]
    return [[{"LOWER": {"IN": CITY_LEVELS}}, *tail[1:]] for tail in tails] + [[with_places({}, cities)]]


def fill_place(template: str, place: str) -> str:
    """A provincial body's name for `place`; a city named with its level ("Ho Chi Minh City") keeps it once
    in a city body's name that adds it again."""
    return re.sub(r"\b(\w+) \1\b", r"\1", template.format(place=place))


@cache
def parents() -> dict[str, str]:
    """Canonical name -> parent, for bodies that have one (templates keep `{place}`)."""
    return {b.name: b.parent for b in (*gazetteer().bodies, *gazetteer().provincial_bodies) if b.parent}


@lru_cache(maxsize=4096)  # asked for every unit of every document; the answer depends on the name alone
def parent_of(name: str) -> str | None:
    found = parents().get(name)
    if found:
        return found
    for template, parent in parents().items():
        if "{place}" in template and re.fullmatch(re.escape(template).replace(r"\{place\}", ".+"), name):
            return parent
    return None


@cache
def owned_bodies() -> dict[str, Owned]:
    """Canonical name of a body -> how it is named when a unit named after it owns it."""
    return {b.name: b.owned for b in gazetteer().bodies if b.owned}


@cache
def office_divisions() -> OfficeDivisions:
    return gazetteer().office_divisions


@cache
def bank_branches() -> BankBranches:
    return gazetteer().bank_branches
