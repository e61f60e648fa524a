"""Folding text: accents off (the one place Vietnamese letters are folded to ASCII), and
lower case that keeps every character in its place.

"đ" has no decomposition in Unicode, so NFKD alone leaves it; every folding
in the project (canonical names, lexicon lookups, unit keys, label lookups)
goes through `ascii_name`. A case-insensitive regex costs about three times a
case-sensitive one; searching the lower-cased text instead is only right where
the lower case keeps every offset and folds as the regex folds
(`lower_in_place`), which the extraction scans and the archive's search folding share.
"""

from __future__ import annotations

import re
import unicodedata


def ascii_name(text: str) -> str:
    """Accents dropped, case kept ("Đồng Xoài" -> "Dong Xoai"): how canonical English names write places."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c))


FOLDS_APART = re.compile(
    "[\u00b5\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6"
    "\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80-\u1c88"
    "\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06]"
)
"""Letters a case-insensitive regex equates with another letter than their lower-case form
("ſ" with "s", "ı" with "i"; Python's `re._casefix`): a text holding one is searched as it is."""


def lower_in_place(text: str) -> str | None:
    """`text` lower-cased, when every character keeps its place and folds as a case-insensitive
    regex folds it; else None (search the text as it is then)."""
    if text.isascii():  # every letter apart from FOLDS_APART is outside ASCII: nothing to check
        return text.lower()
    low = text.lower()
    return low if len(low) == len(text) and not FOLDS_APART.search(low) else None
