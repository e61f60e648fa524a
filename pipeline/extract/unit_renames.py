"""An office named with its other name in brackets: "BHXH cơ sở A (khi đó là BHXH huyện B)" is one
office, the bracket giving the name it had then; "BHXH huyện B (nay là BHXH cơ sở A)" gives the name it
has now. Offices were merged and renamed in 2025, so the press writes the old name beside the new one
for awards and figures of earlier years. Counted as two units, the second name would be a second
organisation; both mentions are the one unit, named by its present name.

The words are the pack's (`units.yml` grammar `renamed_in_brackets`: the text between the two names, up
to the second; group `now` when the bracket holds the present name).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .extensions import span_unit, text_of
from .unit_owners import labelled

CLOSING = re.compile(r"\s*\)")


def one_renamed_office(spans: list[Span], renamed: re.Pattern[str]) -> list[Span]:
    """`spans` (in order) with the two names of one office given one canonical name, the present one."""
    if len(spans) < 2:
        return spans
    text = text_of(spans[0].doc)
    out = list(spans)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        m = renamed.fullmatch(text, a.end_char, b.start_char)
        if m is None or not CLOSING.match(text, b.end_char):
            continue
        if m.group("now"):
            out[k] = labelled(a, b.label_, span_unit(b))  # "B (nay là A)": A is its name
        else:
            out[k + 1] = labelled(b, a.label_, span_unit(a))  # "A (khi đó là B)": A is its name
    return out
