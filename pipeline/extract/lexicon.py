"""Language data: loaded once from `data/` (package data), validated, cached.

Components ask for a data file by language and name
(`load_data("en", "people", PeopleData)`); the language code picks the
folder `data/<lang>/`, so a second language adds a pack of the same files
(see docs/adding-a-language.md) and nothing in the components changes.
Every file is validated against its model in `lexicon_models`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from types import SimpleNamespace
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from ..errors import PipelineError
from ..folding import ascii_name
from ..yaml_data import load_yaml
from .lexicon_models import PACK_FILES, Province, ProvincesData, Strict
from .word_gate import WordGate, lower_case_source, lowered

M = TypeVar("M", bound=Strict)

_DATA = "pipeline.extract.data"


@cache
def load(lang: str | None, name: str) -> dict[str, Any]:
    """`data/<lang>/<name>.yml` (or `data/<name>.yml` when lang is None)."""
    parts = [lang, f"{name}.yml"] if lang else [f"{name}.yml"]
    path = resources.files(_DATA)
    for part in parts:
        path = path.joinpath(part)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PipelineError(f"missing lexicon {'/'.join(parts)}") from exc
    except yaml.YAMLError as exc:
        raise PipelineError(f"lexicon {'/'.join(parts)}: {exc}") from exc
    if not isinstance(data, dict):
        raise PipelineError(f"lexicon {'/'.join(parts)} must be a mapping")
    return data


@cache
def load_data(lang: str | None, name: str, model: type[M]) -> M:
    """`data/<lang>/<name>.yml` validated against `model`; errors name the file and the key."""
    data = load(lang, name)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        where = f"pipeline/extract/data/{lang + '/' if lang else ''}{name}.yml"
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise PipelineError(f"{where}: {problems}") from None


def compile_grammar(grammar: Strict) -> SimpleNamespace:
    """Every regex source of a `grammar` section, compiled once: `g.proposed.search(...)`."""
    compiled = {}
    for name, source in grammar.model_dump().items():
        try:
            # a pack's "no such cue" gives up at the first character instead of being tried at every one
            compiled[name] = re.compile(NEVER_ANCHORED if source == NEVER.pattern else source)
        except re.error as exc:
            raise PipelineError(f"grammar.{name}: the pattern does not compile ({exc})") from None
    return SimpleNamespace(**compiled)


def has_pack(lang: str) -> bool:
    """Is there a language pack `data/<lang>/` (its language.yml)?"""
    return (
        bool(re.fullmatch(r"[a-z]{2,3}", lang))
        and resources.files(_DATA).joinpath(lang).joinpath("language.yml").is_file()
    )


def check_pack(lang: str) -> None:
    """Load every file of a pack, so a broken pack fails when the pipeline is built."""
    for name, model in PACK_FILES.items():
        load_data(lang, name, model)


def load_patterns(lang: str, name: str) -> list[dict[str, Any]]:
    """A SpanRuler JSONL file: one pattern object per line; errors name the line."""
    path = resources.files(_DATA).joinpath(lang).joinpath(f"{name}.jsonl")
    patterns = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PipelineError(f"{name}.jsonl line {lineno}: {exc}") from exc
        if set(obj) - {"label", "pattern", "id"} or not {"label", "pattern"} <= set(obj):
            raise PipelineError(f"{name}.jsonl line {lineno}: keys must be label, pattern and optional id")
        patterns.append(obj)
    return patterns


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower case without accents ("Đồng Nai" -> "dong nai"). Cached: the same words are folded
    over and over; 16,384 holds the common vocabulary, and a long run's numbers and names (a few
    new ones a document) push out only each other (at 65,536 the cache alone grew 13 MB). An ASCII
    text has no accent to drop (NFKD leaves ASCII as it is): only lower-cased."""
    return text.lower() if text.isascii() else ascii_name(text).lower()


# Vietnamese syllable structure: onset, vowel nucleus, coda (accents folded).
_NUCLEI = (
    "oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|ieu|yeu|"
    "ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|"
    "a|e|i|o|u|y"
)
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|dz|[bcdghklmnpqrstvx])?"
    rf"(?:{_NUCLEI})"
    r"(?:ng|nh|ch|[cmnpt])?$"
)


def is_syllable(word: str) -> bool:
    """Could `word` be one Vietnamese syllable (as names are written without accents)?"""
    return bool(_SYLLABLE.match(fold(word)))


NEVER = re.compile(r"(?!)")
"""A pattern that matches nothing: a pack's way of saying a language has no such cue."""
NEVER_ANCHORED = r"\A(?!)"
"""Matches nothing either, and a search gives up at the first character (`(?!)` is tried at every one)."""


def phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation, longest first, on word boundaries."""
    alts = sorted({re.escape(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    if not alts:
        return NEVER  # an empty list in a pack means "no such cue", not "every position"
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)


@cache
def provinces() -> list[Province]:
    return load_data(None, "provinces", ProvincesData).provinces


@cache
def place_forms() -> dict[str, str]:
    """Folded surface form -> canonical English province name."""
    forms: dict[str, str] = {}
    for p in provinces():
        for form in [p.name, p.vi, *p.aliases]:
            forms[fold(form)] = p.name
    return forms


@cache
def place_lower_forms() -> frozenset[str]:
    """Every written form of a province in lower case, as a merged place token reads."""
    forms = set()
    for p in provinces():
        for form in [p.name, p.vi, fold(p.vi), *p.aliases]:
            forms.add(form.lower())
    return frozenset(forms)


class CaselessSearch:
    """A case-insensitive regex searched over the lower-cased text instead (about a third of the
    cost: no case folding per character, and the regex engine can skip ahead on literals).

    Returns the same `re.Match` objects as `pattern.search` / `finditer` on the original text: the
    lower-case search only finds where a match starts, the original pattern then matches there.
    Falls back to the original pattern when the source or the text does not allow it. Either way
    a text without any word every match needs (`word_gate.WordGate`) is not searched at all; a
    case-sensitive pattern is searched as it is, behind the same gate.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        source = lower_case_source(pattern.pattern) if pattern.flags & re.IGNORECASE else None
        self.lower = None if source is None else re.compile(source, pattern.flags & ~re.IGNORECASE)
        gate = WordGate(pattern)
        self.gate = gate if gate.words else None

    def absent(self, text: str, pos: int, endpos: int) -> bool:
        """Whether the text between pos and endpos (lower-cased where the gate's words are) lacks every word a match needs."""
        return self.gate is not None and not self.gate.held(text, pos, endpos)

    def absent_from(self, text: str) -> bool:
        """Whether the whole of `text` lacks every word a match needs (`WordGate.absent_from`): then no
        slice of it can match either."""
        return self.gate is not None and self.gate.absent_from(text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = lowered(text) if self.lower is not None else None
        if low is None:
            if self.gate is not None and not self.gate.may_match(text, pos, endpos):
                return None
            return self.pattern.search(text, pos, endpos)
        if self.absent(low, pos, endpos):
            return None
        m = self.lower.search(low, pos, endpos)  # type: ignore[union-attr]
        return None if m is None else self.pattern.match(text, m.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        low = lowered(text) if self.lower is not None else None
        if low is None:
            if self.gate is None or self.gate.may_match(text, pos, endpos):
                yield from self.pattern.finditer(text, pos, endpos)
            return
        if self.absent(low, pos, endpos):
            return
        for m in self.lower.finditer(low, pos, endpos):  # type: ignore[union-attr]
            found = self.pattern.match(text, m.start(), endpos)
            if found is not None:
                yield found
