"""Stage 3a: figures into tables, one per unit: results, targets, conflicts, and figures to sort.

Only a figure whose unit, metric and kind are all known reaches a main
table. One whose metric is `other`, whose number is in a unit its metric is
never counted in (`figure_sorting.yml`), or which names no unit, goes to the
sorting appendix with the reason, for staff to place or drop.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..models import Figure, FigureKind, Metric
from ..years import year_span
from .formatting import clean, close, code, fmt_date, fmt_value, merge_sources, snippet
from .labels import Labels
from .model import Conflict, ConflictValue, FigureRow, FigureTable
from .names import Namer
from .selection import Item

METRIC_RANK = {m.value: i for i, m in enumerate(Metric)}
KIND_RANK = {k.value: i for i, k in enumerate(FigureKind)}
SORTING = "figure_sorting.yml"


@lru_cache(maxsize=1)
def _sorting() -> dict[str, dict[str, list[str]]]:
    from ..yaml_data import load_yaml

    data = load_yaml(resources.files("pipeline.report").joinpath(SORTING).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def sort_reason(f: Figure) -> str | None:
    """Why a figure cannot enter a main table (a `figure_sort_reasons` label key), or None."""
    metric, kind, unit = code(f.metric), code(f.kind), code(f.unit)
    if metric == "other":
        return "metric"
    allowed = _sorting().get("metric_units", {}).get(metric)
    if kind == "change" and unit == "percent":
        allowed = None  # a growth rate is a percent of any metric
    if allowed is not None and unit not in allowed:
        return "kind"
    kind_allowed = _sorting().get("kind_units", {}).get(kind)
    if kind_allowed is not None and unit not in kind_allowed:
        return "kind"
    if not f.scope:
        return "scope"
    return None


@dataclass
class FigureTables:
    results: list[FigureTable]
    targets: list[FigureTable]
    conflicts: list[Conflict]
    unsorted: list[FigureRow]


class FigureBuilder:
    def __init__(self, labels: Labels, namer: Namer, tolerance: float, year: int, focus_key: str | None) -> None:
        self.L = labels
        self.namer = namer
        self.tol = tolerance
        self.year = year
        self.focus_key = focus_key

    def build(self, items: list[Item[Figure]], unit_fallback: str | None = None) -> FigureTables:
        """`unit_fallback`: the unit a report on one unit gives its figures that name none."""
        groups: dict[tuple[Any, ...], list[Item[Figure]]] = defaultdict(list)
        unsorted: list[FigureRow] = []
        for it in items:
            f = it.record
            if not f.scope and unit_fallback:
                f = f.model_copy(update={"scope": unit_fallback})
                it = Item(it.view, it.kind, it.index, f)
            reason = sort_reason(f)
            if reason is not None:
                row = self._row(it)
                row.reason = self.L.of("figure_sort_reasons", reason)
                unsorted.append(row)
                continue
            key = (it.view.key(f.scope), code(f.metric), code(f.kind), code(f.unit), f.as_of, f.period)
            groups[key].append(it)
        rows: list[tuple[tuple[Any, ...], FigureRow]] = []
        for key, group in groups.items():
            group.sort(key=lambda i: (float(i.record.value), i.view.ref))
            runs: list[list[Item[Figure]]] = []
            for it in group:
                if runs and close(float(runs[-1][0].record.value), float(it.record.value), self.tol):
                    runs[-1].append(it)
                else:
                    runs.append([it])
            for run in runs:
                row = self._row(run[0])
                merge_sources(row.sources, [i.source for i in run])
                rows.append((key, row))
        conflicts = self._conflicts(rows)
        ahead = {id(r) for k, r in rows if r.kind == "target" and self._after_year(k[4] or k[5])}
        results = [(k, r) for k, r in rows if id(r) not in ahead]
        targets = [(k, r) for k, r in rows if id(r) in ahead]
        for n, r in enumerate(unsorted, 1):
            r.no = n
        return FigureTables(self._tables(results), self._tables(targets), conflicts, unsorted)

    def _row(self, it: Item[Figure]) -> FigureRow:
        f = it.record
        return FigureRow(
            scope=self.namer.unit(f.scope, it.view.key(f.scope)) if f.scope else self.L.text("no_unit"),
            metric=code(f.metric),
            metric_label=self._metric_label(it),
            value=float(f.value),
            value_text=fmt_value(f, self.L),
            kind=code(f.kind),
            kind_label=self.L.of("figure_kinds", code(f.kind)),
            as_of=f.as_of,
            as_of_text=fmt_date(f.as_of, self.L) or clean(f.period) or self.L.text("no_date"),
            raw=clean(f.raw),
            sources=[it.source],
        )

    def _metric_label(self, it: Item[Figure]) -> str:
        """The metric's name; for a figure to sort, with the words around the number."""
        f = it.record
        label = self.L.of("metrics", code(f.metric))
        if sort_reason(f) in (None, "scope"):
            return label
        text = it.view.records.document.text
        return f"{label}: “{clean(snippet(text, f.evidence.start, f.evidence.end))}”"

    def _after_year(self, when: str | None) -> bool:
        span = year_span(when)
        return span is None or span[1] > self.year

    def _conflicts(self, rows: list[tuple[tuple[Any, ...], FigureRow]]) -> list[Conflict]:
        by_date: dict[tuple[Any, ...], list[FigureRow]] = defaultdict(list)
        for key, row in rows:
            if row.as_of:  # an undated figure cannot contradict another
                by_date[key[:5]].append(row)
        out = []
        for same in by_date.values():
            docs = {s.ref for r in same for s in r.sources}
            if len(same) < 2 or len(docs) < 2:
                continue
            for r in same:
                r.conflict = True
            r0 = same[0]
            out.append(
                Conflict(
                    scope=r0.scope,
                    metric_label=r0.metric_label,
                    as_of_text=r0.as_of_text,
                    kind_label=r0.kind_label,
                    line=self.L.text("conflict_line", unit=r0.scope, metric=r0.metric_label, as_of=r0.as_of_text),
                    variants=[ConflictValue(value_text=r.value_text, sources=r.sources) for r in same],
                )
            )
        return out

    def _tables(self, rows: list[tuple[tuple[Any, ...], FigureRow]]) -> list[FigureTable]:
        by_scope: dict[str, list[FigureRow]] = defaultdict(list)
        scope_name: dict[str, str] = {}
        for key, row in rows:
            by_scope[key[0]].append(row)
            scope_name[key[0]] = row.scope

        def order(k: str) -> tuple[int, str]:
            return (0 if k == self.focus_key else 2 if k == "" else 1, scope_name[k].casefold())

        tables = []
        for k in sorted(by_scope, key=order):
            trs = sorted(
                by_scope[k],
                key=lambda r: (
                    METRIC_RANK.get(r.metric, 99),
                    KIND_RANK.get(r.kind, 9),
                    r.as_of is None,
                    r.as_of or "",
                    r.as_of_text,
                    r.value,
                ),
            )
            for n, r in enumerate(trs, 1):
                r.no = n
            tables.append(FigureTable(scope=scope_name[k], rows=trs))
        return tables
