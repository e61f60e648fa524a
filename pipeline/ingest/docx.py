"""Word .docx through python-docx: body paragraphs and tables in reading order.

`guard` runs before the file is opened: a .docx is a zip archive, and one
that unpacks to more than `settings.max_docx_unpacked_mb` (summed from the
zip directory, nothing is decompressed) or whose members compress better
than `MAX_COMPRESSION_RATIO` to one is refused as a likely zip bomb. (The
sizes in a zip directory could lie, but Python's zipfile never inflates a
member beyond its declared size, so a lie ends as a CRC error, not a flood.)

`read` walks the body in document order: a paragraph is a line (its manual
line breaks stay line breaks); a table row is a line with its cells joined
by " | " (merged cells once); a one-column table (a layout box) gives its
cells' paragraphs as lines. Headers, footers, footnotes, comments and text
boxes are left out.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import CorruptFile, EncryptedFile, TooLarge
from ..settings import Settings
from .base import MB, RawText

MAX_COMPRESSION_RATIO = 100
"""A member inflating more than this many times its packed size is refused (Word XML packs ~5-20x)."""
RATIO_CHECK_MIN_BYTES = 1 * MB
"""Small members are exempt from the ratio check: a tiny repetitive XML part can pack very well."""

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def guard(path: Path, settings: Settings) -> None:
    """Refuse what is not a .docx zip, or would unpack too large, without decompressing anything."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == _OLE_MAGIC:
        with path.open("rb") as fh:
            blob = fh.read(min(path.stat().st_size, 4 * MB))
        if "EncryptionInfo".encode("utf-16-le") in blob or b"EncryptionInfo" in blob:
            raise EncryptedFile(path, "password-protected Word document; save it again without a password")
        raise CorruptFile(path, "an old Word .doc (OLE) file named .docx; save it as .docx")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as exc:
        raise CorruptFile(path, "not a Word .docx file (not a zip archive)") from exc
    limit = settings.max_docx_unpacked_mb * MB
    total = sum(info.file_size for info in infos)
    if total > limit:
        raise TooLarge(
            path,
            f"unpacks to {total / MB:,.0f} MB, over the {settings.max_docx_unpacked_mb:g} MB limit "
            "(max_docx_unpacked_mb); refused as a possible zip bomb",
        )
    for info in infos:
        if info.file_size >= RATIO_CHECK_MIN_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            ratio = info.file_size / max(info.compress_size, 1)
            raise TooLarge(
                path,
                f"member {info.filename} compresses {ratio:,.0f} to 1 (limit {MAX_COMPRESSION_RATIO} to 1); "
                "refused as a possible zip bomb",
            )
    if "word/document.xml" not in {info.filename for info in infos}:
        raise CorruptFile(path, "a zip archive without word/document.xml: not a Word document")


def read(path: Path, settings: Settings) -> RawText:
    import docx  # noqa: PLC0415 - python-docx, imported only when a .docx is read
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415

    try:
        document = docx.Document(str(path))
        lines = list(_block_lines(document))
    except FileNotFoundError:
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, SyntaxError) as exc:
        # lxml's XMLSyntaxError is a SyntaxError; KeyError is a missing part
        raise CorruptFile(path, f"damaged Word document ({type(exc).__name__}: {exc})") from exc
    return RawText(text="\n".join(lines), format="docx")


def _block_lines(container: object) -> Iterator[str]:
    from docx.table import Table  # noqa: PLC0415
    from docx.text.paragraph import Paragraph  # noqa: PLC0415

    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Paragraph):
            yield from block.text.split("\n")
        elif isinstance(block, Table):
            yield from _table_lines(block)


def _table_lines(table: object) -> Iterator[str]:
    rows = list(table.rows)  # type: ignore[attr-defined]
    width = max((len(_unique_cells(r)) for r in rows), default=0)
    for row in rows:
        cells = _unique_cells(row)
        if width <= 1:
            for cell in cells:
                yield from _block_lines(cell)
            continue
        texts = [" ".join(getattr(cell, "text", "").split()) for cell in cells]
        if any(texts):
            yield " | ".join(texts)


def _unique_cells(row: object) -> list[object]:
    """A row's cells with horizontally merged cells once (python-docx repeats them)."""
    out: list[object] = []
    seen: set[int] = set()
    for cell in row.cells:  # type: ignore[attr-defined]
        key = id(cell._tc)
        if key not in seen:
            seen.add(key)
            out.append(cell)
    return out
