"""People listed in a table with a name column: "STT | Họ và tên | Chức vụ | Đơn vị".

A decision's annex lists the people it names as table rows (ingest renders a row as cells joined by
" | "). A row's name cell holds a person by the header alone: no honorific or title stands beside it
in the running text. The post and the body are the row's other cells; the title is the post, then the
body ("Trưởng phòng" and "Phòng Quản lý thu" make "Trưởng phòng Quản lý thu": the body's first word
is dropped when the post already ends on it), and the person's unit is the unit named in the body's
cell. The header words are the pack's (`people.yml`: `table_columns`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from .extensions import span_unit, text_of
from .lexicon import fold
from .tables import table_blocks


class TablePeople:
    """Reads the people of a document's tables whose header row names a name column."""

    def __init__(self, columns: dict[str, list[str]], joiner: str) -> None:
        self.headers = {role: {fold(h) for h in heads} for role, heads in columns.items()}
        self.joiner = joiner

    def of_doc(self, doc: Doc) -> Iterator[tuple[str | None, int, int, str | None]]:
        """(title, start, end, unit) of each person a table row names, `start`-`end` the name cell."""
        text = text_of(doc)
        if not self.headers.get("name"):
            return
        for _start, _end, rows in table_blocks(text):
            header = [fold(cell[2]) for cell in rows[0]]
            column = {
                role: next((i for i, h in enumerate(header) if h in heads), None)
                for role, heads in self.headers.items()
            }
            name_col = column.get("name")
            if name_col is None:
                continue
            for row in rows[1:]:
                if name_col >= len(row) or len(row[name_col][2].split()) < 2:
                    continue
                start, end, _name = row[name_col]
                post = self.cell(row, column.get("title"))
                body = self.cell(row, column.get("unit"))
                unit = None
                if body is not None:
                    b_start, b_end = row[column["unit"]][:2]  # type: ignore[index]
                    unit = next(
                        (span_unit(u) for u in doc.spans.get("units", []) if b_start <= u.start_char < b_end), None
                    )
                yield self.title(post, body), start, end, unit

    @staticmethod
    def cell(row: list[tuple[int, int, str]], col: int | None) -> str | None:
        return row[col][2] or None if col is not None and col < len(row) else None

    def title(self, post: str | None, body: str | None) -> str | None:
        if post and body:
            first, _, rest = body.partition(" ")
            if rest and fold(post).endswith(" " + fold(first)):
                body = rest  # "Trưởng phòng" + "Phòng Quản lý thu": the body's word once
            return f"{post}{self.joiner}{body}"
        return post or body
