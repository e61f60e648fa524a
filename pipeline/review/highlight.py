"""The document text cut into segments, each saying which records quote it (for the document page)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..archive.corrections import RecordView


@dataclass
class Segment:
    start: int
    text: str
    records: list[RecordView] = field(default_factory=list)

    @property
    def first(self) -> RecordView | None:
        return self.records[0] if self.records else None

    @property
    def kinds(self) -> str:
        return " ".join(sorted({f"k-{v.kind}" for v in self.records}))


def segments(text: str, views: Iterable[RecordView]) -> list[Segment]:
    """Cut `text` at every evidence boundary; a segment lists every (not rejected) record covering it."""
    spans = [(v.record.evidence.start, v.record.evidence.end, v) for v in views if not v.rejected]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        covering = [v for s, e, v in spans if s <= a and b <= e]
        out.append(Segment(a, text[a:b], covering))
    return out
