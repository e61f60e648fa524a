"""Accents off: the one place Vietnamese letters are folded to ASCII.

"đ" has no decomposition in Unicode, so NFKD alone leaves it; every folding
in the project (canonical names, lexicon lookups, unit keys, label lookups)
goes through `ascii_name`.
"""

from __future__ import annotations

import unicodedata


def ascii_name(text: str) -> str:
    """Accents dropped, case kept ("Đồng Xoài" -> "Dong Xoai"): how canonical English names write places."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c))
