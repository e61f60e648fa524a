"""An office's trade union written in lower case, and the bodies of that union.

The press writes an office's union without capitals, either way round: "the trade union of X Social
Security", "the X Social Security trade union". The gold sets take it for a unit of its own, named
"Trade union of <office>" (the pack's `office_union_name`), the office keeping its mention. A body named
with the union after "of" ("the Women's Committee of the X Social Security trade union") is named as
written, and a bare mention of that body elsewhere in the document is the same unit.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from ..models import VSS_OFFICES
from .extensions import set_span_unit, span_unit, text_of
from .unit_owners import labelled

UNION_REACH = 40
"""How far before an office's mention the lower-case union of it may open ("the trade union of X")."""


def office_unions(doc: Doc, resolved: list[Span], g: Any, template: str) -> list[Span]:
    """`resolved` with the offices' lower-case unions added (`g`: the units grammar, `template`: how a union
    is named) and the bodies named with such a union renamed."""
    text = text_of(doc)
    added: list[Span] = []
    dropped: set[int] = set()
    renamed: dict[str, str] = {}
    for k, span in enumerate(resolved):
        if span.label_ not in VSS_OFFICES:
            continue
        before = g.office_union_before.search(text, max(0, span.start_char - UNION_REACH), span.start_char)
        found = before or g.office_union_after.match(text, span.end_char)
        if found is None:
            continue
        start, end = (found.start("body"), span.end_char) if before else (span.start_char, found.end())
        body = " ".join(found.group("body").split())
        owner = resolved[k - 1] if k and not before else None
        if owner and owner.label_ not in VSS_OFFICES and g.union_body_joint.fullmatch(text, owner.end_char, start):
            # "the Women's Committee of the X Social Security trade union": the body, named as written
            whole = doc.char_span(owner.start_char, end)
            if whole is not None:
                name = " ".join(text[owner.start_char : end].split())
                renamed[span_unit(owner)] = name
                added.append(labelled(whole, owner.label_, name))
                dropped.update((id(owner), id(span)))
                continue
        union = doc.char_span(start, end)
        if union is not None:
            name = template.format(body=f"{body[:1].upper()}{body[1:]}", owner=span_unit(span))
            name = same_union(resolved, span_unit(span), g.office_union_written) or name
            added.append(labelled(union, "other", name))
    if not added:
        return resolved
    for span in resolved:
        if id(span) not in dropped and span_unit(span) in renamed:
            set_span_unit(span, renamed[span_unit(span)])  # "the Women's Committee" elsewhere: the same body
    return sorted([s for s in resolved if id(s) not in dropped] + added, key=lambda s: s.start)


def same_union(resolved: list[Span], office: str, written: Any) -> str | None:
    """The union of `office` named with capitals elsewhere in the document ("Trade Union of X Provincial
    Social Security", `written` with the office's place in group `place`): one unit with the lower-case one,
    named as the capitalised name has it (else None)."""
    for u in resolved:
        if (
            u.label_ not in VSS_OFFICES
            and (m := written.fullmatch(span_unit(u)))
            and office.startswith(m["place"] + " ")
        ):
            return span_unit(u)
    return None
