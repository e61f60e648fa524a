"""The schemes a figure's words name: social, health or unemployment insurance, or "all" of them.

A mixin of `FigureMeaning`, which compiles the schemes' cues (`data/<lang>/metrics.yml`, `schemes`)
as tries behind a start gate: `schemes` one per scheme, `any_scheme` their union, `all_scheme` the
"all schemes" entry. Apart so the measure and kind rules read on their own.
"""

from __future__ import annotations

import re
from types import SimpleNamespace


class SchemeReading:
    """Which scheme a piece of text names, asked of the words around a number."""

    g: SimpleNamespace
    schemes: list[tuple[str, re.Pattern[str]]]
    any_scheme: re.Pattern[str]
    all_scheme: re.Pattern[str] | None

    def scheme(self, *contexts: str, nearest_last: bool = False) -> str | None:
        for ctx in contexts:
            first = self.any_scheme.search(ctx) if ctx else None
            if first is None:
                continue
            if not nearest_last:
                named = self.scheme_at(ctx, first.start())
                if named is not None:
                    return named
            best: tuple[int, str] | None = None
            at = first.start()  # no scheme's cue starts before the first of any (`scheme_at`)
            for name, regex in self.schemes:
                for m in regex.finditer(ctx, at):
                    pos = m.start() if not nearest_last else -m.end()
                    if name == "all":
                        return "all"
                    if best is None or pos < best[0]:
                        best = (pos, name)
            if best:
                return best[1]
        return None

    def scheme_right_before(self, left: str) -> str | None:
        """ "X should cover 35%, unemployment insurance 26% and ...": the scheme an elliptical list item
        names right before its number, with no word between (the longest name ending there)."""
        tail = left[-40:].rstrip()
        if not tail or not tail[-1].isalpha() or self.any_scheme.search(tail) is None:
            return None
        best: tuple[int, str] | None = None
        for name, regex in self.schemes:
            for m in regex.finditer(tail):
                if m.end() == len(tail) and name != "all" and (best is None or m.start() < best[0]):
                    best = (m.start(), name)
        return best[1] if best else None

    def scheme_at(self, ctx: str, start: int) -> str | None:
        """The scheme named first in `ctx` ("all" wherever it is named), given where the first scheme
        cue starts (`any_scheme`'s first match: every scheme's tries have its boundaries, so the first
        place any scheme matches is where their union first matches). Each scheme is matched at that
        place instead of searched through the whole text; None if none matches there."""
        if self.all_scheme is not None and self.all_scheme.search(ctx, start):
            return "all"  # no scheme cue starts before `start`
        for name, regex in self.schemes:
            if regex.match(ctx, start):
                return name
        return None

    def listed_scheme(self, right: str) -> str | None:
        """The scheme a noun list right after a number takes part in ("học sinh, sinh viên tham gia BHYT")."""
        m = self.g.participants_list_after.match(right)
        return self.scheme(m.group("scheme")) if m else None
