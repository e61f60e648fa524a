"""The model of `numbers.yml`: how a language writes numbers and the nouns they count (see `lexicon_models`).

Read by the figures and the awards steps alike (an award's count is a number too), so it sits apart from
the figures' own `metrics.yml` model in `lexicon_figures`.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .lexicon_base import NEVER, Strict, Words

# -- numbers.yml --------------------------------------------------------------


class NumbersData(Strict):
    decimal_mark: str
    group_mark: str
    scales: dict[str, int]
    percent_words: list[str]
    currency_words: dict[str, str]
    word_numbers: Annotated[dict[str, int], Field(min_length=1)]
    qualifiers: dict[str, Words]
    unit_nouns: dict[str, Words]
    """`documents` is required: number words are read before document nouns."""
    digit_unit_nouns: dict[str, Words] = {}
    """Unit nouns read only after a number in digits ("2,150 pension files"): a number word before them ("two
    files") is no figure."""
    duration_nouns: Words
    reference_words: Words
    total_words: list[str] = []
    """Words that make the reference word after them a total's ("tổng số 1.046 công chức"), not a document number."""
    award_count_nouns: Words
    noun_stops: Words
    """A unit noun is looked for up to four words after a number, never across these ("214 houses for ...")."""
    bare_counts: bool
    """Keep a number with no unit noun and no metric as a count (English press) or leave it out."""
    not_figure_nouns: list[str] = []
    """Counts of organisations and attendance: context, not figures ("9 grassroots offices")."""
    award_count_after: str = NEVER
    """A count followed by an award verb belongs to the award (a regex source)."""
    word_number_joiner: str = NEVER
    """What joins the number words after a multiplier ("hundred") into one number ("one hundred and twelve")."""
    times_nouns: list[str] = []
    """Counts of times ("lượt") that count people when a persons noun follows ("2.400 lượt cán bộ"): persons."""

    def digit_nouns(self) -> dict[str, list[str]]:
        """Every unit's nouns after a number in digits: `unit_nouns` and `digit_unit_nouns` together."""
        out = {unit: list(nouns) for unit, nouns in self.unit_nouns.items()}
        for unit, nouns in self.digit_unit_nouns.items():
            out.setdefault(unit, []).extend(nouns)
        return out
