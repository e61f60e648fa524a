"""Whether a PDF page can hold a table pdfplumber would find, from its ruling lines alone.

pdfplumber's table finder (its default "lines" strategy) builds tables out of
cells, and a cell needs four corners: two horizontal and two vertical edges
that cross. Its edges come from the page's path objects (lines, rectangles,
the straight pieces of curves); edges on one line are snapped and joined
when they lie within 3 points, and edges cross within 3 points.

So a page is sent to pdfplumber only when its paths hold two vertical edges
that both cross the same two horizontal edges. The test is looser than
pdfplumber's own (wider tolerances, curve control points counted, any
slanted lone line taken as vertical, as pdfplumber takes it), so a page it
turns away has no table pdfplumber would find: a rule under a heading, an
underline or a logo keeps the page on the fast route. A form XObject (which
may hold paths of its own) or a page of thousands of path pieces (a chart, a
map) goes to pdfplumber without looking further.
"""

from __future__ import annotations

import ctypes
from typing import Any

TOLERANCE = 4.0
"""pdfplumber snaps, joins and crosses edges within 3 points; one more for rounding."""
MIN_PIECE = 1.0
"""pdfplumber drops edges shorter than a point before joining them."""
MIN_EDGE = 2.0
"""...and shorter than 3 points after (one less here, to stay on the safe side)."""
STRAIGHT = 0.01
"""Points this close on one axis make a horizontal or vertical piece (pdfplumber wants equality)."""
MAX_PIECES = 2_000
"""Past this many path pieces the page is handed to pdfplumber unexamined."""

Edge = tuple[float, float, float]
"""(position across, start along, end along): y, x0, x1 for a horizontal edge; x, y0, y1 for a vertical one."""
Joined = tuple[float, float, float, float]
"""An `Edge` joined from pieces, with how far off its position a piece may lie (`TOLERANCE` and the spread)."""


def may_hold_table(page: Any) -> bool:
    """Whether pdfplumber could find a table on this pypdfium2 page (see the module docstring)."""
    edges = ruling_edges(page)
    return edges is None or can_form_cell(*edges)


def can_form_cell(horizontal_pieces: list[Edge], vertical_pieces: list[Edge]) -> bool:
    """Whether two joined vertical edges both cross the same two joined horizontal edges."""
    horizontal, vertical = joined(horizontal_pieces), joined(vertical_pieces)
    if len(horizontal) < 2 or len(vertical) < 2:
        return False
    crossed = [frozenset(i for i, h in enumerate(horizontal) if crosses(h, v)) for v in vertical]
    crossed = [c for c in crossed if len(c) >= 2]
    return any(len(a & b) >= 2 for n, a in enumerate(crossed) for b in crossed[n + 1 :])


def ruling_edges(page: Any) -> tuple[list[Edge], list[Edge]] | None:
    """The horizontal and vertical pieces of every path on the page, in page space, or None
    when the page holds a form XObject or too many pieces to look at."""
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415 - imported only when a PDF is read

    raw = page.raw
    horizontal: list[Edge] = []
    vertical: list[Edge] = []
    matrix = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    pieces = 0
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            return None
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
        paths = subpaths(pdfium_c, obj, x, y, matrix)
        pieces += sum(len(points) for points in paths)
        if pieces > MAX_PIECES:
            return None
        lone_line = len(paths) == 1 and len(paths[0]) == 2
        for points in paths:
            for (x0, y0), (x1, y1) in zip(points, points[1:]):
                if abs(y0 - y1) <= STRAIGHT:
                    horizontal.append((y0, min(x0, x1), max(x0, x1)))
                elif abs(x0 - x1) <= STRAIGHT or lone_line:
                    vertical.append((min(x0, x1), min(y0, y1), max(y0, y1)))
    return horizontal, vertical


def subpaths(pdfium_c: Any, obj: Any, x: Any, y: Any, m: Any) -> list[list[tuple[float, float]]]:
    """The path's points per subpath, in page space, a closed subpath ending where it started."""
    paths: list[list[tuple[float, float]]] = []
    for s in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, s)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
        if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_MOVETO or not paths:
            paths.append([point])
        else:
            paths[-1].append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            paths[-1].append(paths[-1][0])
    return paths


def joined(edges: list[Edge]) -> list[Joined]:
    """Pieces on one line (positions chained within the tolerance, as pdfplumber snaps them)
    that touch or nearly touch, as one edge."""
    out: list[Joined] = []
    lines: list[list[Edge]] = []
    for edge in sorted(e for e in edges if e[2] - e[1] >= MIN_PIECE):
        if lines and edge[0] - lines[-1][-1][0] <= TOLERANCE:
            lines[-1].append(edge)
        else:
            lines.append([edge])
    for line in lines:
        low, high = line[0][0], line[-1][0]
        pos, slack = (low + high) / 2, TOLERANCE + (high - low) / 2
        merged: list[list[float]] = []
        for _, start, end in sorted(line, key=lambda e: e[1]):
            if merged and start <= merged[-1][1] + TOLERANCE:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        out.extend((pos, start, end, slack) for start, end in merged if end - start >= MIN_EDGE)
    return out


def crosses(h: Joined, v: Joined) -> bool:
    """Whether a horizontal and a vertical edge meet, within both edges' slack."""
    slack = h[3] + v[3]
    return h[1] - slack <= v[0] <= h[2] + slack and v[1] - slack <= h[0] <= v[2] + slack
