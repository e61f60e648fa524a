"""Cross-document unit keys: one key per organisation, whatever name a document used.

`unit_key("Dong Nai Provincial Social Security")` and
`unit_key("Social Security of Dong Nai province")` are both
`"dong nai social security"`. The steps, in order:

1. `norm()`: the folding rules of `../shared/eval/score.py` (accents and
   "đ", case, punctuation; "Viet Nam" -> "vietnam", "Social Insurance" ->
   "Social Security"; "the", "Provincial", "Province", "Office (of)",
   "Agency" dropped; "Number" -> "no"). Kept identical on purpose: two names
   the scorer treats as one unit are one unit in the archive.
2. Province names and their aliases from the gazetteer
   (`pipeline/extract/data/provinces.yml`: "Ha Noi" -> "hanoi", "HCMC" ->
   "ho chi minh city") are replaced by the province's canonical name, and a
   trailing "city" after it is dropped.
3. Word-order rules from `REORDER` ("social security of X" -> "X social
   security", "cluster 8" -> "emulation cluster no 8").
4. `ALIASES` for whole names ("vss" -> "vietnam social security").

A query for a unit (the archive's and the report's `--unit`) is matched against
these keys by `unit_lookup.match_unit`, which reads Vietnamese queries too.

A local body named without its place ("City People's Committee",
"Provincial Party Committee") gets a key scoped to its document
(`is_generic_local`, `scoped_key`): the same words in two documents are
usually two different committees.

`UnitResolver` adds a cautious fuzzy step (rapidfuzz) against keys already in
the archive, for spelling slips ("Dong Nai Social Securty"); it never joins
two keys that differ in a number, a roman numeral or a province.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .folding import ascii_name

LOGGER = logging.getLogger(__name__)

# Same list and order as score.py's FOLDS.
FOLDS = [
    (r"\bviet nam\b", "vietnam"),
    (r"\bsocial insurance\b", "social security"),
    (r"\bprovincial\b", " "),
    (r"\bprovince\b", " "),
    (r"\bnumber\b", "no"),
    (r"^the\b", " "),
    (r"\boffice of\b", " "),
    (r"\boffice\b", " "),
    (r"\bagency\b", " "),
]

REORDER = [
    (re.compile(r"^social security (?:of|in|for) (?:the )?(.+)$"), r"\1 social security"),
    (re.compile(r"^(?:social security )?region ([ivxlc]+|\d+)(?: social security)?$"), r"social security region \1"),
    (re.compile(r"^(?:emulation )?cluster (?:no )?(\d+)$"), r"emulation cluster no \1"),
    (re.compile(r"^(?:no )?(\d+) emulation cluster$"), r"emulation cluster no \1"),
    (re.compile(r"^social security (?:of )?(.+) district$"), r"\1 district social security"),
]

ALIASES = {
    "vss": "vietnam social security",
    "vietnam social security vss": "vietnam social security",
    "bhxh vietnam": "vietnam social security",
    "bao hiem xa hoi vietnam": "vietnam social security",
    "bao hiem xa hoi viet nam": "vietnam social security",
}

GAZETTEER = "extract/data/provinces.yml"  # inside the package, shared with extraction
BODIES = "extract/data/bodies.yml"  # named bodies: canonical English name, Vietnamese names
FUZZY_THRESHOLD = 95.0
# "City People's Committee", "Provincial Party Committee", "People's Committee of the province":
# a local body whose place the name does not say. Two documents' "Provincial Party Committee"
# are usually two committees, so such a key is scoped to its document (`scoped_key`).
GENERIC_LOCAL = re.compile(
    r"^(?:the\s+)?(?:city|provincial|province|district|commune|ward|town|municipal)\b"
    r"|\b(?:of|in)\s+the\s+(?:city|province|district|commune|ward|town)\b",
    re.IGNORECASE,
)
_MARKERS = re.compile(r"\b(?:\d+|[ivxlc]+)\b")


def norm(text: str | None) -> str:
    """score.py's `norm()`, verbatim in behaviour."""
    if text is None:
        return ""
    text = ascii_name(str(text)).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    for pattern, repl in FOLDS:
        text = re.sub(pattern, repl, text).strip()
    return re.sub(r"\s+", " ", text)


@dataclass(frozen=True)
class Province:
    name: str
    folded: str
    merged_into: str | None
    vi: str | None = None  # the Vietnamese name, with diacritics ("Đồng Nai")


@dataclass(frozen=True)
class Gazetteer:
    provinces: dict[str, Province]  # folded canonical name -> province
    pattern: re.Pattern[str] | None  # any folded name or alias, longest first
    lookup: dict[str, str]  # folded alias -> folded canonical name


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Provinces from the extraction gazetteer; empty (with a log line) if it cannot be read."""
    import yaml

    from .yaml_data import load_yaml

    try:
        # resolved from `pipeline`, not `pipeline.extract`: importing that package would load spaCy
        text = resources.files("pipeline").joinpath(GAZETTEER).read_text(encoding="utf-8")
        data = load_yaml(text) or {}
        entries = (data.get("provinces") or []) if isinstance(data, dict) else []
    except (OSError, yaml.YAMLError) as exc:
        LOGGER.warning("province gazetteer %s unavailable (%s); unit keys use name folding only", GAZETTEER, exc)
        entries = []
    provinces: dict[str, Province] = {}
    lookup: dict[str, str] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("name"):
            continue
        canon = norm(entry["name"])
        merged = entry.get("merged_into")
        provinces[canon] = Province(entry["name"], canon, norm(merged) if merged else None, entry.get("vi"))
        for alias in [entry["name"], entry.get("vi"), *(entry.get("aliases") or [])]:
            folded = norm(alias) if alias else ""
            if folded:
                lookup.setdefault(folded, canon)
    if not lookup:
        return Gazetteer({}, None, {})
    alternatives = "|".join(re.escape(a) for a in sorted(lookup, key=len, reverse=True))
    return Gazetteer(provinces, re.compile(rf"\b({alternatives})(?: city)?\b"), lookup)


@lru_cache(maxsize=1)
def bodies_data() -> dict[str, Any]:
    """The body gazetteer `BODIES`; empty, with a log line, if it cannot be read."""
    import yaml

    from .yaml_data import load_yaml

    try:
        data = load_yaml(resources.files("pipeline").joinpath(BODIES).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        LOGGER.warning("body gazetteer %s unavailable (%s)", BODIES, exc)
        data = None
    return data if isinstance(data, dict) else {}


def bodies() -> list[dict[str, Any]]:
    """The named bodies of `BODIES`."""
    return list(bodies_data().get("bodies") or [])


@lru_cache(maxsize=1)
def composed_names() -> list[tuple[re.Pattern[str], str, str]]:
    """Names the gazetteer builds from a head and another unit or a province: the key pattern (group
    `owner`: another unit's key, or `place`: a province), the Vietnamese head, and the text between
    the head and the owner's Vietnamese name ("Phòng Chế độ BHXH" + ", " + "BHXH tỉnh Sơn La")."""
    data = bodies_data()
    forms: list[tuple[str, str, str]] = []  # (English template, Vietnamese head, joiner)
    for body in data.get("bodies") or []:
        owned = body.get("owned") or {}
        if owned.get("name") and owned.get("vi"):
            forms.append((owned["name"], owned["vi"][0], " "))
    divisions = data.get("office_divisions") or {}
    for division in divisions.get("divisions") or []:
        if division.get("vi"):
            template = divisions["name"].format(division=division["name"], owner="{owner}")
            forms.append((template, division["vi"][0], ", "))
    for body in data.get("provincial_bodies") or []:
        if body.get("vi"):
            forms.append((body["name"], body["vi"][0], " "))
    for bank in (data.get("bank_branches") or {}).get("banks") or []:
        if bank.get("vi"):
            words = (data["bank_branches"].get("branch_words") or {}).get("vi") or [""]
            forms.append((f"{bank['name']} {{place}} Branch", f"{bank['vi'][0]} {words[0]}".strip(), " "))
    out = []
    for template, head, joiner in forms:
        key = re.escape(norm(template.replace("{owner}", "qqowner").replace("{place}", "qqplace")))
        key = key.replace("qqowner", "(?P<owner>.+)").replace("qqplace", "(?P<place>.+)")
        out.append((re.compile(key), head, joiner))
    return out


@lru_cache(maxsize=1)
def body_keys() -> dict[str, str]:
    """Folded name of a named body in any language ("vu thi dua khen thuong") -> the key of its canonical name."""
    out: dict[str, str] = {}
    for body in bodies():
        canonical = norm(body.get("name"))
        for form in [body.get("name"), *(body.get("vi") or []), *(body.get("en") or [])]:
            for variant in {form, form.replace("BHXH", "Bảo hiểm xã hội")} if form else ():
                out.setdefault(norm(variant), canonical)
    return out


def body_vi_name(key: str) -> str | None:
    """The Vietnamese display name of a named body's key (the first of its `vi` names)."""
    for body in bodies():
        if norm(body.get("name")) == key and body.get("vi"):
            return str(body["vi"][0])
    return None


ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and values[i + 1] > v else v for i, v in enumerate(values))


@lru_cache(maxsize=16384)
def unit_key(name: str | None) -> str:
    """The cross-document key of a unit name ("" for an empty name).

    Cached: the archive asks for the keys of every unit name of every document
    in `pipeline run`'s main process, and a corpus names the same offices over
    and over (the data it reads is loaded once per process anyway)."""
    key = norm(name)
    if not key:
        return ""
    key = ALIASES.get(key, key)
    gaz = gazetteer()
    if gaz.pattern is not None:
        key = gaz.pattern.sub(lambda m: gaz.lookup[m.group(1)], key)
        prov = province_of(key)
        if prov is not None:
            # "social security of dong nai", "people s committee of hanoi" -> province first
            m = re.fullmatch(rf"(.+?) (?:(?:of|in|for) )?{re.escape(prov.folded)}", key)
            if m:
                key = f"{prov.folded} {m.group(1)}"
    for pattern, repl in REORDER:
        key = pattern.sub(repl, key)
    key = re.sub(r"\s+", " ", key).strip()
    # "emulation cluster no viii" (Vietnamese writes cluster numbers in roman numerals) -> no 8
    key = re.sub(r"^emulation cluster no ([ivxl]+)$", lambda m: f"emulation cluster no {roman_value(m.group(1))}", key)
    return ALIASES.get(key, key)


@lru_cache(maxsize=4096)
def province_of(key: str) -> Province | None:
    """The province a key names, if any (longest match)."""
    gaz = gazetteer()
    found = None
    for canon, prov in gaz.provinces.items():
        if re.search(rf"\b{re.escape(canon)}\b", key) and (found is None or len(canon) > len(found.folded)):
            found = prov
    return found


def display_name(key: str, first_name: str) -> str:
    """The name the archive shows: RECORDS.md's canonical form where one is known."""
    if key == "vietnam social security":
        return "Vietnam Social Security"
    prov = province_of(key)
    if prov is not None and key == f"{prov.folded} social security":
        return f"{prov.name} Social Security"
    m = re.fullmatch(r"emulation cluster no (\d+)", key)
    if m:
        return f"Emulation Cluster No. {m.group(1)}"
    m = re.fullmatch(r"social security region ([ivxlc]+)", key)
    if m:
        return f"Social Insurance Region {m.group(1).upper()}"
    return first_name


def successor_key(key: str) -> str | None:
    """For a provincial office of a province merged in 2025: the key of its successor."""
    prov = province_of(key)
    if prov is None or not prov.merged_into:
        return None
    successor = key.replace(prov.folded, prov.merged_into, 1)
    return successor if successor != key else None


def is_generic_local(name: str | None, key: str) -> bool:
    """A local body named without its place ("City People's Committee")."""
    return bool(name and GENERIC_LOCAL.search(name.strip())) and province_of(key) is None


def scoped_key(key: str, document_id: str) -> str:
    """The key of a generic local body, valid inside one document only."""
    return f"{key} @{document_id[:8]}"


def is_scoped(key: str) -> bool:
    """Whether a key is valid inside one document only (`scoped_key`)."""
    return " @" in key


def _markers(key: str) -> set[str]:
    return set(_MARKERS.findall(key))


class UnitResolver:
    """Maps names to keys, reusing a known key when a new one is a near-spelling of it."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        # a set passed in is shared (and grown), so a caller can keep one across documents
        self.known: set[str] = known if isinstance(known, set) else set(known)

    def resolve(self, name: str | None) -> str:
        key = unit_key(name)
        if not key or key in self.known:
            return key
        match = self._fuzzy(key)
        if match is None:
            self.known.add(key)
            return key
        return match

    def _fuzzy(self, key: str) -> str | None:
        if len(key) < 12 or not self.known:
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(key, self.known, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if best is None:
            return None
        candidate = best[0]
        if _markers(candidate) != _markers(key):
            return None
        p1, p2 = province_of(candidate), province_of(key)
        if (p1 and p1.folded) != (p2 and p2.folded):
            return None
        return candidate


# ---------------------------------------------------------------- identity


def identity_key(name: str | None, document_id: str, parent: str | None = None) -> str:
    """The key of a unit as one document names it.

    A unit is its canonical name in its context: a local body named without its
    place ("City People's Committee") takes the place from its parent when the
    parent names a province, else it is valid inside its document only. Two
    documents' "City People's Committee" are then two units, never one.
    """
    key = unit_key(name)
    if not key or not is_generic_local(name, key):
        return key
    place = province_of(unit_key(parent)) if parent else None
    if place is not None:
        return f"{place.folded} {key}"
    return scoped_key(key, document_id)
