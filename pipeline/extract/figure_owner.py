"""Whose a figure is: a district its list item or clause names, no one where the subject is left open,
the scope a target sentence before carried, the whole sector, a partner, else the scope its sentence gives.

A mixin of `FigureFinder`: the order in which the readings of a figure's owner are tried, apart from the
sentence loop of `figures.py` so that loop reads as what is asked of each number, and whose it is here.
"""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from .extensions import text_of
from .figure_carry import SentenceCarry
from .figure_context import FigureContext
from .figure_partners import PartnerSubject
from .figure_scan import Candidate, Sentence
from .figure_scope import FigureScope
from .figure_units import UnitMention, office_in

LIST_CUE_CHARS = 400  # how far before a list item its kind ("by district:") is looked for


class FigureOwner:
    """The scope of one figure, asked once its measure, kind and date are read."""

    g: SimpleNamespace
    context: FigureContext
    scope: FigureScope
    partners: PartnerSubject | None

    def owner_of(
        self,
        doc: Doc,
        sent: Sentence,
        cand: Candidate,
        units: list[UnitMention],
        main_unit: str | None,
        text: str,
        clause_start: int,
        line_start: int,
        kind: str,
        carry: SentenceCarry,
    ) -> str | None:
        """The figure `cand` of `sent` (`text`: the sentence with its units blanked, the figure's clause
        starting at `clause_start`, its line at `line_start` of the document): the clause's own reading where
        it has one, else the scope the words before it name (read only when nothing nearer says whose it is).
        A target takes the scope the target sentences before set, when they set one (`carry`)."""
        s = cand.start - sent.start_char
        head, clause_head = text[:s], text[clause_start:s]
        doc_text = text_of(doc)
        district = self.context.list_item(
            doc_text[line_start : cand.start], doc_text[max(0, line_start - LIST_CUE_CHARS) : line_start]
        ) or self.context.district(text, clause_start, s)
        if district and self.scope.province_city(doc, district, sent.start_char + clause_start, cand.start):
            district = None  # "in the new Da Nang city": a province-level city, no district office
        if district and not office_in(units, sent.start_char + clause_start, cand.start):
            scope = district  # "Duc Hoa district reached 96.2%; Can Giuoc district 94.8%"
        elif self.context.unclear_scope(head, text) and not office_in(units, sent.start_char, cand.start):
            scope = None  # "the entire system strives to ...": whose system the text leaves open
        elif main_unit and self.g.own_province_before.search(clause_head) and provincial(units, main_unit):
            scope = main_unit  # "tỷ lệ bao phủ BHYT của tỉnh đạt 95%": the province's, whoever speaks
        elif kind == "target" and not office_in(units, sent.start_char, cand.end) and carry.target_scoped:
            scope = carry.target_when[2]
        elif (cue := self.context.sector_wide(clause_head, text)) is not None and not office_in(
            units, sent.start_char + clause_start + cue, cand.start
        ):
            scope = self.context.sector_unit  # "nationwide, 21.9 million people ..."
        else:
            partner = self.partners.scope(doc, sent, cand, units) if self.partners is not None else None
            scope = partner or self.scope.scope_of(doc, sent, cand, units, main_unit)
        return scope


def provincial(units: list[UnitMention], name: str) -> bool:
    """Whether the unit `name` is named in the document as a provincial office."""
    return any(u.unit == name and u.label_ == "provincial_office" for u in units)
