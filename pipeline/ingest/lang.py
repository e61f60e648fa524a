"""A cheap language guess: Vietnamese or English, from the share of words with Vietnamese letters.

English press releases name Vietnamese people and places, sometimes with
their accents ("Đồng Nai"), so a few Vietnamese words are not enough: the
text is "vi" only when most of its words carry Vietnamese letters.
"""

from __future__ import annotations

import unicodedata
from functools import cache

VI_SHARE = 0.45
"""Share of words with a Vietnamese letter above which a text is Vietnamese (prose: ~0.8;
English naming a few people and places with their accents: ~0.1-0.3)."""

_VI_BASE = set("ăâđêôơưĂÂĐÊÔƠƯ")


def guess_language(text: str) -> str:
    # `map` over the characters, not a generator: the test runs for every character of every word
    words = [w for w in text[:20000].split() if any(map(str.isalpha, w))]
    vi = sum(1 for w in words if not w.isascii() and any(map(_is_vi_letter, w)))
    if words and vi / len(words) > VI_SHARE:
        return "vi"
    return "en"


@cache  # a text has a few hundred distinct characters; each is decided once
def _is_vi_letter(ch: str) -> bool:
    return ch in _VI_BASE or (ord(ch) > 0x7F and ch.isalpha() and _has_vi_mark(ch))


def _has_vi_mark(ch: str) -> bool:
    decomposed = unicodedata.normalize("NFD", ch)
    return any(mark in decomposed for mark in "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
