"""`lower_in_place`: the lower case extraction scans search instead of a case-insensitive regex."""

from __future__ import annotations

import re

import pytest

from pipeline.folding import FOLDS_APART, lower_in_place


def plain(text: str) -> str | None:
    """The rule without the ASCII shortcut."""
    low = text.lower()
    return low if len(low) == len(text) and not FOLDS_APART.search(low) else None


@pytest.mark.parametrize(
    "text",
    [
        "Social Insurance of Ho Chi Minh City: 1,234 PARTICIPANTS",
        "",
        "Bảo hiểm xã hội Việt Nam",
        "İstanbul office",  # lower case is one character longer: no in-place form
        "Kelvin \u212a and the long \u017f",  # fold apart from their lower case
        "ASCII only, with tabs\tand\nlines",
    ],
)
def test_the_ascii_shortcut_gives_what_the_full_rule_gives(text: str) -> None:
    assert lower_in_place(text) == plain(text)


def test_a_lowered_ascii_text_is_found_where_a_caseless_regex_finds_it() -> None:
    text = "The SOCIAL Insurance Office of District 3 Awarded Certificates of Merit"
    low = lower_in_place(text)
    assert low is not None
    for pattern in ("social insurance", "certificates? of merit", r"district \d"):
        caseless = re.search(pattern, text, re.IGNORECASE)
        assert caseless is not None
        found = re.search(pattern, low)
        assert found is not None and found.span() == caseless.span()
