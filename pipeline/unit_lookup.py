"""Finding the units a user's query names, in English or in Vietnamese.

The archive's `--unit` and the report's `--unit` both go through `match_unit`, so they agree.
A query written in Vietnamese ("BHXH tỉnh Nghệ An", "Cụm thi đua số VIII", "Vụ Thi đua - Khen
thưởng") is first put in the English order `unit_key` expects (`vietnamese_key`): a named body
becomes its canonical English name from `extract/data/bodies.yml`, other names are rewritten by the
`query_forms` of `VI_NAMES`. Records already carry the English canonical names, so only queries
(and the report's Vietnamese names) need this; `units` keeps the keys themselves.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from .units import body_keys, norm, unit_key

LOGGER = logging.getLogger(__name__)

VI_NAMES = "extract/data/vi/unit_names.yml"  # how Vietnamese offices write unit names


@lru_cache(maxsize=1)
def vi_names() -> dict[str, Any]:
    """The Vietnamese naming data (`VI_NAMES`); empty, with a log line, if it cannot be read."""
    import yaml

    from .yaml_data import load_yaml

    try:
        data = load_yaml(resources.files("pipeline").joinpath(VI_NAMES).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        LOGGER.warning("Vietnamese unit names %s unavailable (%s)", VI_NAMES, exc)
        data = None
    return data if isinstance(data, dict) else {}


def vietnamese_key(key: str) -> str:
    """A Vietnamese name's key in the English word order the rest of `unit_key` expects."""
    body = body_keys().get(key)
    if body:
        return body
    for pattern, repl in vi_names().get("query_forms") or []:
        key = re.sub(pattern, repl, key)
    return key


def match_unit(query: str, names: Mapping[str, Sequence[str]]) -> list[str]:
    """The keys in `names` (key -> every name seen for it) that `query` designates, best first.

    Steps, the first that finds something wins: the query's exact key; keys
    whose names contain every word of the query (shortest first, "Dong Nai"
    -> "dong nai social security"); then one near spelling (rapidfuzz). The
    archive's `--unit` and the report's `--unit` both call this, so they agree.
    A query written the Vietnamese way is rewritten first by the `query_forms`
    of `VI_NAMES` ("cum thi dua so 8" -> "emulation cluster no 8").
    """
    from rapidfuzz import fuzz, process

    qnorm = vietnamese_key(norm(query))
    qkey = unit_key(qnorm)
    if not qkey:
        return []
    if qkey in names:
        return [qkey]
    words = set(qnorm.split())
    contained = [k for k, ns in names.items() if any(words <= set(norm(n).split()) for n in [k, *ns])]
    if contained:
        return sorted(contained, key=lambda k: (len(k), k))
    choices = {f"{k}\0{i}": norm(n) for k, ns in names.items() for i, n in enumerate([k, *ns])}
    best = process.extractOne(qnorm, choices, scorer=fuzz.token_set_ratio, score_cutoff=85)
    return [best[2].split("\0")[0]] if best is not None else []


def closest_units(query: str, keys: Iterable[str], limit: int = 3) -> list[str]:
    """The keys nearest to a query that matched nothing: for a "did you mean" line."""
    from rapidfuzz import fuzz, process

    pool = list(keys)
    return [k for k, _, _ in process.extract(norm(query), pool, scorer=fuzz.WRatio, limit=limit)] if pool else []
