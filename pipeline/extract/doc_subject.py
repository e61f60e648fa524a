"""The office a document is about: the one of the given kinds its unit mentions name most.

Several steps fall back on it when a sentence leaves its subject unsaid (an award's "{unit}"
placeholder, a movement launched by "we", a division with no owner named, a recipient written as
"the unit"). They differ in which kinds count (the provincial and regional offices only, every
local office, or the agency too), not in how: the most-named office, and among offices named
equally often the one named first. This is that one rule; each caller passes its kinds.
`own_local_office` adds the sector test: a local office is the subject unless the agency is named
more than twice as often.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

from spacy.tokens import Span

from ..models import LOCAL_OFFICES
from .extensions import span_unit


def most_named(units: Iterable[Span], kinds: Collection[str]) -> str | None:
    """The canonical name named most often among `units` of a label in `kinds` (ties: the first named)."""
    counts = Counter(span_unit(u) for u in units if u.label_ in kinds)
    return counts.most_common(1)[0][0] if counts else None


def own_local_office(resolved: list[Span]) -> tuple[str, str] | None:
    """The local office (name, kind) a document is about: its most-named one, unless the agency itself is
    named more than twice as often (a paper about the whole sector, naming one office among others)."""
    office = most_named(resolved, LOCAL_OFFICES)
    if office is None:
        return None
    counts = Counter(span_unit(s) for s in resolved)
    agency = max((counts[span_unit(s)] for s in resolved if s.label_ == "agency"), default=0)
    if agency > 2 * counts[office]:
        return None
    kind = next(s.label_ for s in resolved if span_unit(s) == office)
    return office, kind
