"""Figures in a table: each number read against its column's header and its row's labels.

A part of `FigureFinder` (`figures.py`, which sets the attributes below and hands each table over
once, when its first sentence comes up): a table ("a | b | c" rows, `tables.table_blocks`) has no
sentences to read a number's words from, so its column header and the row's text labels stand
for them; a date in the row's first cell dates the row, and an office named in the row is its
scope, else the document's main office.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.tokens import Doc

from .dates import DateReader
from .extensions import text_of
from .figure_context import FigureContext, TargetCues
from .figure_meaning import FigureMeaning
from .figure_parts import Seen
from .figure_scan import NumberScanner
from .figure_units import UnitMention
from .vote_shares import is_vote


class TableReading:
    """The figures component's table reader."""

    g: SimpleNamespace
    dates: DateReader
    scan: NumberScanner
    context: FigureContext
    meaning: FigureMeaning
    target_re: TargetCues
    headline_takes_body_date: bool

    def read_table(
        self,
        doc: Doc,
        table: tuple[int, int, list],
        units: list[UnitMention],
        main_unit: str | None,
        carried_date: str | None,
        seen: Seen,
    ) -> None:
        """A table (rows of "a | b | c"): each number reads its column header and its row's labels."""
        _, _, rows = table
        header = [text for _, _, text in rows[0]]
        for cells in rows[1:]:
            labels = " ".join(text for _, _, text in cells if not re.search(r"\d", text))
            row_dates = [d for d in self.dates.find(cells[0][2]) if d.value]
            as_of = row_dates[0].value if row_dates else carried_date
            scope = next((u.unit for u in units if cells[0][0] <= u.start_char < cells[-1][1]), main_unit)
            money = self.scan.label_money.search(labels)
            for j, (c_start, _, text) in enumerate(cells):
                if j == 0 and row_dates:
                    continue
                column = header[j] if j < len(header) else ""
                if self.context.is_row_numbers(column):
                    continue  # "No." column: row numbers are structure
                context = f"{column} {labels}"
                for m in self.scan.expr.finditer(text):
                    cand = self.scan.candidate_from(doc, m, text, c_start)
                    if cand is None or is_vote(text_of(doc), cand, self.g.votes_after):
                        continue  # "16/17 | 94,1%": a nominee's votes and their rate
                    if money and cand.unit == "count" and not cand.own_unit:
                        scale = (money.group("a") or money.group("b")).lower()
                        cand.value *= self.scan.scales[scale]
                        cand.unit, cand.currency = "VND", "VND"
                    if not cand.own_unit and self.g.persons_before.search(context + " "):
                        cand.unit = "persons"
                    plan = bool(self.g.plan_header.search(context))
                    by_column = self.context.table_kind(column) if j else None
                    kind = (
                        "plan_completion"
                        if (plan or by_column == "plan_completion") and cand.pct
                        else by_column
                        if by_column in ("target", "change")
                        else (
                            "target"
                            if self.target_re.search(context) or self.g.target_header.search(context)
                            else "actual"
                        )
                    )
                    metric = self.meaning.metric_of(cand, kind, context, text[m.end() :], context, None)
                    qualifier = self.meaning.qualifier_of(text[: m.start()])
                    seen.record(cand, metric, kind, qualifier, as_of, None, scope, self.headline_takes_body_date)
