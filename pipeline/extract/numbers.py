"""Parse numbers as VSS news writes them: "1,504,571", "21.530 million", "VND 92.3 trillion", "92.300 tỷ".

The number style (decimal and group marks) comes from the language's
`numbers.yml`, so Vietnamese text ("21,53 triệu") parses with the same code.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import load

NUMBER = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


@dataclass(frozen=True)
class NumberStyle:
    decimal: str = "."
    group: str = ","

    @classmethod
    def for_language(cls, lang: str) -> NumberStyle:
        data = load(lang, "numbers")
        return cls(decimal=data["decimal_mark"], group=data["group_mark"])


def parse_number(raw: str, style: NumberStyle = NumberStyle(), scaled: bool = False) -> float:
    """The value of a digit string.

    "1,504,571" -> 1504571; "70,577.2" -> 70577.2; "21.530" followed by a
    scale word (`scaled=True`) -> 21.53, since nobody writes "21 thousand
    million"; several group marks ("1.504.571") are always grouping, whatever
    the style, because a number has one decimal mark at most.
    """
    s = raw.strip()
    d, g = style.decimal, style.group
    if s.count(d) > 1:  # "1.504.571" in an English text: grouping with the other mark
        d, g = g, d
    if s.count(g) > 1 or (g in s and d in s):
        return float(s.replace(g, "").replace(d, "."))
    if g in s:
        head, _, tail = s.partition(g)
        # "21,53 triệu" (vi) or "3,5 million": a group mark followed by other than
        # three digits, or a scaled number with a short tail, is really a decimal.
        if len(tail) != 3 or (scaled and style.decimal == g):
            return float(head + "." + tail)
        return float(head + tail)
    return float(s.replace(d, "."))


def as_int_if_whole(value: float) -> int | float:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # rounding a whole value to six places gives it back (and rounding costs)
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded
