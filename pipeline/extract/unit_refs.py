"""Units' short references: what "the provincial Social Insurance", "the Cluster" or an
abbreviation in brackets stands for, read from the units a document names in full.

`UnitReferences` is a part of the units component (`units.UnitResolver`), kept apart from the
canonical naming rules: its methods resolve a mention by the other mentions of its document, not
by the words of the mention alone.
"""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..models import TOP_LOCAL_OFFICES
from .bodies import fill_place
from .doc_reads import positions, word_id_array, word_ids, word_list
from .doc_subject import most_named
from .extensions import place_tokens, span_unit, text_of
from .unit_owners import labelled, labelled_range

OPEN_ID, CLOSE_ID = get_string_id("("), get_string_id(")")
ITEM_LABEL = re.compile(r"[^\W\d_]+(?:[ -]+[^\W\d_]+){0,3}:\s")  # a round-up item's heading: a place's name, a colon
"""The word ids of the brackets around an abbreviation ("... Committee (PSC)")."""


class UnitReferences:
    """Reference resolution, for the units component (which gives `plain_name`)."""

    g: SimpleNamespace  # the units grammar (the component compiles it)

    def plain_name(self, span: Span) -> str:
        raise NotImplementedError

    def abbreviations(self, doc: Doc, named: list[Span]) -> list[Span]:
        """ "Provincial Steering Committee ... (PSC)": later "PSC" means that unit."""
        out: list[Span] = []
        abbr: dict[str, tuple[str, str]] = {}
        words = word_list(doc)  # brackets compared as word ids: no `Token` per named span
        n = len(words)
        for span in named:
            end = span.end
            if end + 2 < n and words[end] == OPEN_ID and words[end + 2] == CLOSE_ID and doc[end + 1].is_upper:
                abbr[doc[end + 1].text] = (span_unit(span), span.label_)
        if not abbr:
            return out
        covered = {i for s in named for i in range(s.start, s.end)}
        for i in positions(word_ids(doc), word_id_array(abbr)):
            if i not in covered:
                canonical, kind = abbr[doc[i].text]
                out.append(labelled_range(doc, i, i + 1, kind, canonical))
        return out

    def resolve_refs(self, doc: Doc, refs: list[Span], named: list[Span]) -> list[Span]:
        """Short references go to the most-mentioned unit of their kind in the document."""
        if not refs:
            return []
        by_kind: dict[str, Counter] = {}
        for span in named:
            by_kind.setdefault(span.label_, Counter())[span_unit(span)] += 1
        out = []
        places = Counter(
            span_unit(s).removesuffix(" Social Security") for s in named if s.label_ == "provincial_office"
        )
        for span in refs:
            kind = span.label_
            if span.id_.startswith("provincial_body:"):
                if self.every_province(doc, span):
                    continue  # "lãnh đạo UBND tỉnh, thành phố": every province's, no one body
                # "Trung tâm Phục vụ hành chính công tỉnh": the body of the document's province (of a round-up of
                # provinces: the province of the office its paragraph named last)
                near = paragraph_office(doc, span, named, len(places))
                place = (
                    near.removesuffix(" Social Security") if near else places.most_common(1)[0][0] if places else None
                ) or self.main_place(doc)
                if place:
                    out.append(labelled(span, kind, fill_place(span.id_.partition(":")[2], place)))
                continue
            if span.id_ == "own_province_body":
                if places:
                    rest = span[1:].text  # as written: "Labour, Invalids and ..." keeps its comma where it stands
                    out.append(labelled(span, kind, f"{places.most_common(1)[0][0]} {span[0].text.title()} {rest}"))
                continue
            candidates = by_kind.get(kind)
            near = paragraph_office(doc, span, named, len(places)) if span.id_ == "province_ref" else None
            if candidates:
                out.append(labelled(span, kind, near or candidates.most_common(1)[0][0]))
            elif span.id_ == "province_ref":
                # no office named in full: the province the document talks about, else the reference itself
                place = self.main_place(doc)
                name = f"{place} Social Security" if place else self.plain_name(span)
                out.append(labelled(span, kind, name))
        return out

    def own_office(self, doc: Doc, resolved: list[Span]) -> str | None:
        """The office a document is about: its most-named provincial or regional office, else its province's."""
        office = most_named(resolved, TOP_LOCAL_OFFICES)
        if office:
            return office
        place = self.main_place(doc)
        return f"{place} Social Security" if place else None

    def every_province(self, doc: Doc, span: Span) -> bool:
        """ "UBND tỉnh, thành phố", "UBND các tỉnh": a placeless provincial body that stands for every province's."""
        text = text_of(doc)
        return bool(
            self.g.every_province_after.match(text[span.end_char : span.end_char + 30])
            or self.g.every_province_before.search(text[max(0, span.start_char - 15) : span.start_char])
        )

    @staticmethod
    def placeless_body(span: Span) -> bool:
        """ "Trung tâm Phục vụ hành chính công tỉnh": a provincial body named without its province."""
        return span.id_.startswith("provincial_body:") and first_place(span) is None

    @staticmethod
    def main_place(doc: Doc) -> str | None:
        """The one province a document names most (a provincial news site's "BHXH tỉnh" is its own)."""
        counts = Counter(place_tokens(doc)[i] for i in sorted(place_tokens(doc)))
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2)
        return top if not rest or n > rest[0][1] else None


def first_place(span: Span) -> int | None:
    """The first token of `span` that is a province (`pr_layout` merged it), read from the document's places."""
    places = place_tokens(span.doc)
    for i in range(span.start, span.end):
        if i in places:
            return i
    return None


def paragraph_office(doc: Doc, span: Span, named: list[Span], offices: int) -> str | None:
    """In a round-up of provinces (several offices named, `offices`), the provincial office the item of `span`
    (a paragraph headed by a place's name, "Đà Nẵng: ...") named last before it: what "BHXH TP", "UBND thành phố"
    stand for there. Outside such items the document's office stands for them, as before."""
    if offices < 2:
        return None
    text = text_of(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    if not ITEM_LABEL.match(text, start) or not any(doc[i].idx == start for i in place_tokens(doc)):
        return None
    before = [s for s in named if s.label_ == "provincial_office" and start <= s.start_char < span.start_char]
    return span_unit(before[-1]) if before else None
