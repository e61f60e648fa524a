"""Tables inside the cleaned text.

Ingest renders a table from any format as lines of cells joined by " | ".
Figures read such a table by column header and row label; awards read the
summary table emulation reports use ("form | collectives | individuals").
The header words are the language's (`award_header` in awards.yml).
"""

from __future__ import annotations

import re

TABLE_CELL = " | "
"""How ingest joins the cells of a table row."""
Cell = tuple[int, int, str]
Table = tuple[int, int, list[list[Cell]]]


def table_blocks(text: str) -> list[Table]:
    """Runs of two or more lines written as "a | b | c" (how ingest renders tables)."""
    if TABLE_CELL not in text:
        return []  # no line holds a cell mark: no table (most documents; their lines need not be read)
    blocks, rows, block_start, pos = [], [], None, 0
    for line in text.split("\n") + [""]:
        cells = []
        if line.count(TABLE_CELL) >= 1 and not line.lstrip().startswith("|"):
            offset = pos
            for part in line.split("|"):
                stripped = part.strip()
                lead = len(part) - len(part.lstrip())
                cells.append((offset + lead, offset + lead + len(stripped), stripped))
                offset += len(part) + 1
        if len(cells) >= 2:
            if block_start is None:
                block_start = pos
            rows.append(cells)
        else:
            if block_start is not None and len(rows) >= 2:
                blocks.append((block_start, pos, rows))
            rows, block_start = [], None
        pos += len(line) + 1
    return blocks


def is_award_table(table: Table, award_header: re.Pattern[str]) -> bool:
    """A summary of awards: its header counts collectives and/or individuals
    (`award_header`, from the language's awards.yml)."""
    header = " ".join(text for _, _, text in table[2][0])
    return bool(award_header.search(header))
