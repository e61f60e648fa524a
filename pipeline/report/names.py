"""Names of units, positions and movements in the report's language.

Records keep RECORDS.md's English canonical names ("Dong Nai Social
Security"). An English draft prints those; a Vietnamese draft prints the
names Vietnamese offices write ("BHXH tỉnh Đồng Nai", "Cụm thi đua số 8",
"BHXH khu vực XII"), built from the language data: the province gazetteer's
`vi` names and the unit-name templates of `pipeline.unit_lookup.VI_NAMES`. A name
the data does not cover is printed as the records give it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..unit_lookup import vi_names, vietnamese_key
from ..units import body_vi_name, composed_names, display_name, gazetteer, norm, province_of, unit_key
from .formatting import clean

_SCOPE = re.compile(r" @[0-9a-f]+$")  # a document-scoped key ("city people s committee @1a2b3c4d")


@dataclass(frozen=True)
class _NameRule:
    key: re.Pattern[str]
    vi: str
    city: str | None


@lru_cache(maxsize=1)
def _rules() -> tuple[list[_NameRule], frozenset[str], list[tuple[re.Pattern[str], str]], dict[str, str]]:
    data = vi_names()
    rules = [
        _NameRule(re.compile(r["key"]), r["vi"], r.get("city"))
        for r in data.get("names") or []
        if isinstance(r, dict) and r.get("key") and r.get("vi")
    ]
    cities = frozenset(norm(c) for c in data.get("cities") or [])
    roles = sorted((data.get("roles") or {}).items(), key=lambda kv: -len(kv[0]))
    role_patterns = [(re.compile(rf"^{re.escape(en)}\b", re.IGNORECASE), vi) for en, vi in roles]
    movements = {norm(en): vi for en, vi in (data.get("movements") or {}).items()}
    return rules, cities, role_patterns, movements


def vi_unit_name(key: str) -> str | None:
    """The Vietnamese name of a unit key, or None when the data has no form for it."""
    return _vi_unit_name(key)[0]


def _vi_unit_name(key: str) -> tuple[str | None, bool]:
    """The Vietnamese name of a unit key, and whether a part of it was spelled from the
    key (accents gone: "BHXH huyện Tanh Linh"), so a name the document wrote is better."""
    rules, cities, _, _ = _rules()
    bare = _SCOPE.sub("", key)
    for rule in rules:
        m = rule.key.fullmatch(bare)
        if m is None:
            continue
        groups = m.groupdict()
        template = rule.vi
        values: dict[str, Any] = {}
        if "province" in groups:
            prov = gazetteer().provinces.get(groups["province"])
            if prov is None or not prov.vi:
                continue  # "x social security" where x is no province: not this rule
            values["province"] = prov.vi
            if rule.city and prov.folded in cities:
                template = rule.city
                values["province"] = re.sub(r"^thành phố\s+", "", prov.vi, flags=re.IGNORECASE)
        if "n" in groups:
            values["n"] = groups["n"]
        if "N" in groups:
            values["N"] = groups["N"].upper()
        if "rest" in groups:
            values["rest"] = groups["rest"].title()
        return template.format(**values), "rest" in groups
    return body_vi_name(bare) or _composed_vi_name(bare, cities), False  # a named body: from the gazetteer


def _composed_vi_name(key: str, cities: frozenset[str]) -> str | None:
    """A body named with its owner or province ("Phòng Chế độ BHXH, BHXH tỉnh Sơn La"), from the gazetteer."""
    for pattern, head, joiner in composed_names():
        m = pattern.fullmatch(key)
        if m is None:
            continue
        groups = m.groupdict()
        if "place" in groups:
            prov = gazetteer().provinces.get(groups["place"])
            if prov is None or not prov.vi:
                continue
            forms = vi_names().get("place_forms") or {}
            form = forms.get("city" if prov.folded in cities else "province") or "{province}"
            name = re.sub(r"^thành phố\s+", "", prov.vi, flags=re.IGNORECASE)
            return f"{head}{joiner}{form.format(province=name)}"
        owner = _vi_unit_name(groups["owner"])[0]
        if owner:
            return f"{head}{joiner}{owner}"
    return None


@dataclass
class Namer:
    """One printed name per unit across documents, in the report's language."""

    lang: str
    seen: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    written: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def saw(self, key: str, name: str, mentions: Sequence[str] = ()) -> None:
        """Remember a name a document used for a unit (the most used one is printed when no form is
        known), and the Vietnamese forms its text wrote ("BHXH cơ sở Tánh Linh") for a Vietnamese draft."""
        if not key:
            return
        self.seen[key][name] += 1
        for mention in mentions:
            if not mention.isascii() and vietnamese_key(unit_key(mention)) == _SCOPE.sub("", key):
                self.written[key][_short_office(mention)] += 1

    def unit(self, name: str | None, key: str | None = None) -> str | None:
        if not name:
            return None
        key = key or unit_key(name)
        if self.lang == "vi":
            vi, spelled_from_key = _vi_unit_name(key)
            written = self.written.get(key)
            if written and (vi is None or spelled_from_key):
                return clean(written.most_common(1)[0][0])
            if vi:
                return vi
        seen = self.seen.get(key)
        first = seen.most_common(1)[0][0] if seen else name
        return clean(display_name(_SCOPE.sub("", key), first))

    def title(self, text: str | None) -> str | None:
        """A person's positions; in Vietnamese, "Director of Dong Nai Social Security" -> "Giám đốc BHXH tỉnh Đồng Nai"."""
        if not text or self.lang != "vi":
            return clean(text)
        _, _, roles, _ = _rules()
        out = []
        for part in text.split("; "):
            out.append(self._title_part(part.strip(), roles))
        return clean("; ".join(out))

    def _title_part(self, part: str, roles: list[tuple[re.Pattern[str], str]]) -> str:
        for pattern, vi in roles:
            m = pattern.match(part)
            if m is None:
                continue
            rest = part[m.end() :].strip()
            rest = re.sub(r"^(?:of|at|in|for)\s+(?:the\s+)?", "", rest, flags=re.IGNORECASE)
            if not rest:
                return vi
            year = re.fullmatch(r"\(?(\d{4}(?:\s*[-–]\s*\d{4})?)\)?", rest)
            if year:
                return str(vi_names().get("role_year") or "{role} {year}").format(role=vi, year=year.group(1))
            unit = vi_unit_name(unit_key(rest))
            return f"{vi} {unit}" if unit else part
        return part

    def movement(self, name: str) -> str:
        if self.lang != "vi":
            return clean(name) or ""
        _, _, _, movements = _rules()
        return movements.get(norm(name)) or clean(name) or ""


def _short_office(mention: str) -> str:
    """ "Bảo hiểm xã hội cơ sở Tánh Linh" -> "BHXH cơ sở Tánh Linh", the way offices print their
    names (`short_forms` of the Vietnamese naming data)."""
    text = " ".join(mention.split())
    for pattern, repl in vi_names().get("short_forms") or []:
        text = re.sub(pattern, repl, text)
    return text


def province_vi(key: str) -> str | None:
    """The Vietnamese name of the province a key names (for tests and filters)."""
    prov = province_of(key)
    return prov.vi if prov else None
