"""Report labels: one packaged YAML file with Vietnamese and English side by side.

`load_labels(lang)` returns a `Labels` for one language. A user file (the
`report_labels` setting) overrides only the entries it names, like the
settings overlay. Every entry must give both languages: a label missing in
one language is a load error naming the file and entry, not a blank in a
report.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import PipelineError, UsageError
from ..folding import ascii_name
from ..yaml_data import load_yaml

LANGS = ("vi", "en")
PACKAGED = "labels.yml"


class Labels:
    """The labels of one language: `labels.text("s1")`, `labels.of("metrics", "revenue")`."""

    def __init__(self, lang: str, groups: dict[str, dict[str, Any]]) -> None:
        self.lang = lang
        self.groups = groups

    def text(self, key: str, **values: Any) -> str:
        return self.of("text", key, **values)

    def of(self, group: str, key: str, default: str | None = None, **values: Any) -> str:
        value = self.groups.get(group, {}).get(str(key))
        if value is None:
            if default is not None:
                return default
            raise KeyError(f"no label {group}.{key}")
        return value.format(**values) if values else value

    def get(self, group: str, key: str | None) -> str | None:
        """The label, or the key itself when the group has no entry (free text such as an authority)."""
        if key is None:
            return None
        return self.groups.get(group, {}).get(str(key), key)

    def texts(self, **values: Any) -> dict[str, Any]:
        """All `text` labels with placeholders filled from `values` (those a label does not use are ignored)."""
        out: dict[str, Any] = {}
        for key, value in self.groups["text"].items():
            out[key] = [_fill(v, values) for v in value] if isinstance(value, list) else _fill(value, values)
        return out


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, values: dict[str, Any]) -> str:
    try:
        return template.format_map(_Keep(values))
    except (ValueError, IndexError):  # a format spec on a missing value; leave the label as written
        return template


def _read(path: Path | None) -> tuple[str, dict[str, Any]]:
    if path is None:
        name = f"pipeline/report/{PACKAGED}"
        raw = resources.files("pipeline.report").joinpath(PACKAGED).read_text(encoding="utf-8")
    else:
        name = str(path)
        try:
            raw = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise PipelineError(f"{path}: cannot read labels file: {exc.strerror}") from exc
    try:
        data = load_yaml(raw) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise PipelineError(f"{name}:{where} invalid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict):
        raise PipelineError(f"{name}: labels must be a mapping of groups")
    for group, entries in data.items():
        if not isinstance(entries, dict):
            raise PipelineError(f"{name}: group {group!r} must be a mapping")
        for key, entry in entries.items():
            if not isinstance(entry, dict) or set(entry) != set(LANGS):
                raise PipelineError(f"{name}: label {group}.{key} must give exactly {' and '.join(LANGS)}")
    return name, data


@lru_cache(maxsize=8)
def _merged(user_file: str | None, _stamp: tuple[int, int] | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """Packaged labels overlaid with a user file (cached per file version: `_stamp` is its mtime and size)."""
    _, data = _read(None)
    if user_file is not None:
        _, extra = _read(Path(user_file))
        for group, entries in extra.items():
            data.setdefault(group, {}).update(entries)
    return data


def load_labels(lang: str, user_file: str | Path | None = None) -> Labels:
    if lang not in LANGS:
        raise PipelineError(f"unknown report language {lang!r}; use one of {', '.join(LANGS)}")
    stamp = None
    if user_file is not None:
        try:
            st = Path(user_file).stat()
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None  # _read names the missing file
    data = _merged(str(user_file) if user_file is not None else None, stamp)
    return Labels(lang, {g: {str(k): v[lang] for k, v in entries.items()} for g, entries in data.items()})


def _fold(value: str) -> str:
    """Case, accents and "đ" folded, separators as spaces: what a person may type for a code or a label."""
    value = ascii_name(value).casefold()
    return " ".join(re.findall(r"[a-z0-9]+", value))


def code_for(group: str, typed: str, what: str) -> str:
    """The code of `group` ("metrics", "award_types") that `typed` names: the code, or its label in either language.

    Case, accents and punctuation do not matter ("Revenue", "REVENUE", "si participants",
    "Tỷ lệ bao phủ BHYT"); a unique label that contains every typed word is taken too.
    A name that fits none or several is a `UsageError` listing the choices.
    """
    entries = _merged(None)[group]
    query = _fold(typed)
    names = {code: {_fold(code), *(_fold(label[lang]) for lang in LANGS)} for code, label in entries.items()}
    exact = [code for code, forms in names.items() if query in forms]
    if len(exact) == 1:
        return exact[0]
    words = set(query.split())
    partial = [code for code, forms in names.items() if words and any(words <= set(f.split()) for f in forms)]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise UsageError(f"{what} {typed!r} fits several: {', '.join(sorted(partial))}; give one of them")
    choices = ", ".join(f"{code} ({entries[code]['en']})" for code in entries)
    raise UsageError(f"unknown {what} {typed!r}; one of: {choices}")
