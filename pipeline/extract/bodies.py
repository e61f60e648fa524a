"""The gazetteer of named bodies (`data/bodies.yml`): one entry per body, every language.

It serves three stages from one file:
- extraction: SpanRuler patterns for every written form (`body_patterns`),
  whose pattern id carries the canonical English name (`body:<name>`,
  `provincial_body:<template>`), so `pr_units` needs no second lookup;
- unit identity (`pipeline/units.py`): a Vietnamese name typed by a user
  resolves to the same canonical name;
- reports: the Vietnamese display name of a unit (`vietnamese_name`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from .lexicon import fold, load

DASHES = ("-", "–", "—")
SI_FORMS = (("bhxh",), ("bảo", "hiểm", "xã", "hội"))
PROVINCE_LEVEL = (("tỉnh",), ("thành", "phố"), ("tp",), ("tp.",))


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    kind: str
    parent: str | None = None
    vi: list[str]
    en: list[str] = []
    patterns: bool = True
    """False: the body is listed for its display name only (its patterns live elsewhere)."""


class Bodies(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    bodies: list[Body]
    provincial_bodies: list[Body]
    cities: list[str]
    """Provinces that are centrally-run cities ("thành phố", not "tỉnh", in Vietnamese names)."""


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


@cache
def body_patterns(lang: str) -> tuple[dict[str, Any], ...]:
    """SpanRuler patterns for every body's names in `lang`; labels are kinds, ids carry the canonical name."""
    from .lexicon import place_lower_forms

    out: list[dict[str, Any]] = []
    for body in gazetteer().bodies:
        if not body.patterns:
            continue
        for form in getattr(body, lang, None) or []:
            for pattern in expand_si(token_specs(syllables(form))):
                pattern[0] = {**pattern[0], "IS_LOWER": False}  # a name, not the same words in running text
                out.append({"label": body.kind, "id": f"body:{body.name}", "pattern": pattern})
    places = sorted(place_lower_forms())
    for body in gazetteer().provincial_bodies:
        for form in getattr(body, lang, None) or []:
            for head in expand_si(token_specs(syllables(form))):
                for level in (*PROVINCE_LEVEL, ()):
                    pattern = head + [{"LOWER": w} for w in level] + [{"LOWER": {"IN": places}}]
                    out.append({"label": body.kind, "id": f"provincial_body:{body.name}", "pattern": pattern})
    return tuple(out)


@cache
def parents() -> dict[str, str]:
    """Canonical name -> parent, for bodies that have one (templates keep `{place}`)."""
    return {b.name: b.parent for b in (*gazetteer().bodies, *gazetteer().provincial_bodies) if b.parent}


def parent_of(name: str) -> str | None:
    found = parents().get(name)
    if found:
        return found
    for template, parent in parents().items():
        if "{place}" in template and re.fullmatch(re.escape(template).replace(r"\{place\}", ".+"), name):
            return parent
    return None


@cache
def _by_vietnamese_form() -> dict[str, str]:
    """Folded written form (either SI spelling) -> canonical name, for bodies without a place."""
    out: dict[str, str] = {}
    for body in gazetteer().bodies:
        for form in (*body.vi, *body.en, body.name):
            for variant in (form, form.replace("BHXH", "Bảo hiểm xã hội")):
                out[_key(variant)] = body.name
    return out


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def canonical_body(text: str) -> str | None:
    """The canonical English name of a body named in any of its forms, or None."""
    return _by_vietnamese_form().get(_key(text))


def vietnamese_name(canonical: str) -> str | None:
    """The Vietnamese display name of a canonical unit name, or None when the gazetteer has none."""
    from .lexicon import provinces

    for body in gazetteer().bodies:
        if body.name == canonical and body.vi:
            return body.vi[0]
    for p in provinces():
        if canonical == f"{p['name']} Social Security":
            return f"Bảo hiểm xã hội {province_phrase(p)}"
        for body in gazetteer().provincial_bodies:
            if body.vi and canonical == body.name.format(place=p["name"]):
                return f"{body.vi[0]} {province_phrase(p)}"
    m = re.fullmatch(r"Social Insurance Region ([IVXLC]+)", canonical)
    if m:
        return f"Bảo hiểm xã hội khu vực {m.group(1)}"
    m = re.fullmatch(r"Emulation Cluster No\. (\d+)", canonical)
    if m:
        return f"Cụm thi đua số {m.group(1)}"
    return None


def province_phrase(province: dict[str, Any]) -> str:
    """ "tỉnh Nghệ An", "thành phố Hà Nội": the province as a Vietnamese name writes it."""
    place = re.sub(r"(?i)^thành phố\s+", "", province["vi"])
    level = "thành phố" if province["name"] in gazetteer().cities else "tỉnh"
    return f"{level} {place}"
