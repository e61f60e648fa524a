"""The office a document is about: the one of the given kinds its unit mentions name most.

Several steps fall back on it when a sentence leaves its subject unsaid (an award's "{unit}"
placeholder, a movement launched by "we", a division with no owner named, a recipient written as
"the unit"). They differ in which kinds count (the provincial and regional offices only, every
local office, or the agency too), not in how: the most-named office, and among offices named
equally often the one named first. This is that one rule; each caller passes its kinds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

from spacy.tokens import Span

from .extensions import span_unit


def most_named(units: Iterable[Span], kinds: Collection[str]) -> str | None:
    """The canonical name named most often among `units` of a label in `kinds` (ties: the first named)."""
    counts = Counter(span_unit(u) for u in units if u.label_ in kinds)
    return counts.most_common(1)[0][0] if counts else None
