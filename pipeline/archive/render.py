"""Query results on the terminal (rich tables) or as JSON (`--json`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from ..terminal import terminal_safe

# command -> (column, heading) in display order
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "search": [("published", "published"), ("source", "source"), ("title", "title"), ("snippet", "text")],
    "figures": [
        ("year", "year"),
        ("as_of", "as of"),
        ("scope", "unit"),
        ("metric", "metric"),
        ("value", "value"),
        ("unit", "of"),
        ("qualifier", "qualifier"),
        ("kind", "kind"),
        ("source", "source"),
    ],
    "awards": [
        ("award_type", "award"),
        ("grade", "grade"),
        ("recipient", "recipient"),
        ("count", "count"),
        ("conferred_by", "conferred by"),
        ("year", "year"),
        ("published", "published"),
        ("source", "source"),
    ],
    "units": [
        ("name", "unit"),
        ("kind", "kind"),
        ("documents", "docs"),
        ("mentions", "mentions"),
        ("names_seen", "names seen"),
        ("successor", "successor (2025)"),
    ],
}


def fmt_value(value: Any, key: str = "value") -> str:
    if value is None:
        return ""
    if key == "year":
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}"
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def to_json(rows: Iterable[dict[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)


def print_table(command: str, rows: list[dict[str, Any]], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text  # cells are text, never markup: snippets contain [brackets]

    console = Console(file=sys.stdout, width=None if sys.stdout.isatty() else 160, highlight=False)
    if not rows:
        console.print("no results", markup=False)
        return
    table = Table(title=title, show_lines=False, title_justify="left")
    for key, heading in COLUMNS[command]:
        table.add_column(
            heading, justify="right" if key in ("value", "count", "documents", "mentions") else "left", overflow="fold"
        )
    for row in rows:
        table.add_row(*(Text(terminal_safe(fmt_value(row.get(key), key))) for key, _ in COLUMNS[command]))
    console.print(table)
    console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", style="dim")
