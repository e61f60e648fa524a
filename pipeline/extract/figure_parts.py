"""Small parts of the figures component: the figures recorded so far, the numbers already taken
by names and award counts, the sentence with unit names blanked, the date a standing count holds
at, the measure a figure takes from before, the date a year back, and the year a review published
early in the next one reports on."""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc

from .doc_sections import SectionReader
from .figure_scan import Candidate, Sentence
from .figure_units import UnitMention
from .numbers import as_int_if_whole
from .span_index import Ranges, SpanIndex

LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*+–])\s")  # a list item's mark opening its line


class Seen(set):
    """The (fact, date) pairs recorded, and the figures of each fact (metric, value, unit, kind)
    in the order they were recorded: a new figure is checked against its own fact's, not all.
    Also the document's figure list and text, read once rather than per figure."""

    def __init__(self, figures: list[dict], text: str) -> None:
        super().__init__()
        self.by_fact: dict[tuple, list[dict]] = {}
        self.figures = figures
        self.text = text
        # the figures of headline lines (a title, a round-up item's heading) recorded undated: the body
        # stating the same fact dates them, whatever the language's rule for other undated figures
        self.headlines: list[tuple[dict, str | None]] = []  # with the date carried to them, their fallback
        # the document's offices (set by the figures component): a headline figure the body tells again
        # of an office is that office's, whoever the headline named ("X People's Council grills ...")
        self.offices: set[str] = set()
        for figure in figures:  # none unless the component runs again on a Doc
            self.by_fact.setdefault((figure["metric"], figure["value"], figure["unit"], figure["kind"]), []).append(
                figure
            )

    def record(
        self,
        cand: Candidate,
        metric: str,
        kind: str,
        qualifier: str | None,
        as_of: str | None,
        period: str | None,
        scope: str | None,
        headline_takes_body_date: bool,
        headline: bool = False,
        carried: str | None = None,
    ) -> None:
        """A figure, unless its fact is recorded already: the same fact again (a headline repeated in
        the body) only dates the one recorded, where the language pack says a headline takes it."""
        cand.data = {"metric": metric, "kind": kind}
        key: tuple = (metric, cand.value, cand.unit, kind)
        value = as_int_if_whole(cand.value)
        fact = (metric, value, cand.unit, kind)
        same_fact = self.by_fact.get(fact, [])  # the figures recorded so far that state this fact, in order
        if same_fact and scope and all(f["scope"] and f["scope"] != scope for f in same_fact) and self.item(cand):
            same_fact = []  # "- School A: 100 per cent; ... - School D: 100 per cent": each item's own figure
            key = (metric, cand.value, cand.unit, kind, scope)
        if (key, as_of) in self or (key, None) in self:
            if as_of and (key, None) in self:  # the body dates the headline's
                for figure in same_fact:
                    if figure["as_of"] is None and (
                        headline_takes_body_date or any(figure is h for h, _ in self.headlines)
                    ):
                        figure["as_of"] = as_of
                        if scope in self.offices and figure["scope"] not in self.offices and self.headline(figure):
                            figure["scope"] = scope  # the body says which office's figure the headline tells
            return  # the same fact again (a headline repeated in the body)
        for figure in same_fact:
            known = figure["as_of"]
            if as_of and known and (known.startswith(as_of) or as_of.startswith(known)):
                figure["as_of"] = max(known, as_of, key=len)  # "tháng 4" in the headline, "30/4" in the body
                return
        self.add((key, as_of))
        self.by_fact.setdefault(fact, []).append(
            {
                "metric": metric,
                "value": value,
                "unit": cand.unit,
                "qualifier": qualifier,
                "kind": kind,
                "as_of": as_of,
                "period": period,
                "scope": scope,
                "raw": cand.raw,
                "evidence": {"start": cand.start, "end": cand.end, "text": self.text[cand.start : cand.end]},
            }
        )
        self.figures.append(self.by_fact[fact][-1])
        if headline and as_of is None:
            self.headlines.append((self.by_fact[fact][-1], carried))

    def headline(self, figure: dict) -> bool:
        """Whether `figure` was recorded from a headline line, undated there."""
        return any(figure is h for h, _ in self.headlines)

    def item(self, cand: Candidate) -> bool:
        """Whether the candidate stands on a list item's line ("- X: 100 per cent")."""
        line_start = self.text.rfind("\n", 0, cand.start) + 1
        return LIST_ITEM.match(self.text, line_start, cand.start) is not None

    def date_headlines(self) -> None:
        """A headline figure the body did not date: the date carried to its line, as any figure's; unless
        it is a body figure of the same measure rounded ("1.12 million workers" over "1,126,480 workers"):
        then it is that fact again, no record of its own."""
        rounded = []
        for figure, carried in self.headlines:
            if figure["as_of"] is None:
                if any(
                    # a rate is never rounded away ("95%" may be another fact than "95.2%"), but a headline's
                    # "tops 93%" is the body's 93.4% cut to its whole digits
                    (figure["unit"] != "percent" and rounds_to(other["value"], figure["value"]))
                    or cut_to(other["value"], figure)
                    for other in self.figures
                    # (a headline's few words may name no measure: "hơn 38.000 người đã được hưởng" over the body's
                    # 38.012 benefit recipients is that fact again)
                    if figure["metric"] in (other["metric"], "other")
                    and other["unit"] == figure["unit"]
                    and other["as_of"]
                ):
                    rounded.append(figure)
                    continue
                figure["as_of"] = carried
        if rounded:
            self.figures[:] = [f for f in self.figures if not any(f is r for r in rounded)]

    @staticmethod
    def before_publication(as_of: str | None, doc: Doc, doc_year: int | None) -> bool:
        """Whether a date carried to a standing state ("the office now has 412 staff", after "Collection in 2024
        ...") is of a year before the publication's: "now" then means when the document speaks. A standing state
        of the year the text speaks of keeps that year (the convention of most gold sets)."""
        when = standing_date(doc, doc_year)
        return as_of is not None and when is not None and as_of[:4] < when[:4]


def cut_to(value: float, headline: dict) -> bool:
    """Whether a headline's "over VND 12 billion" is `value` (12.7 billion) cut to the digits the headline
    writes: a value above it by less than one of its last written digit."""
    rounded = headline["value"]
    if headline["qualifier"] != "more than" or rounded <= 0 or value <= rounded:
        return False
    digits = f"{rounded:.0f}".rstrip("0") if rounded == int(rounded) else ""
    if not digits:
        return False  # a decimal headline ("over 1.5 million" is scaled, so whole): not cut here
    step = 10 ** (len(f"{rounded:.0f}") - len(digits))
    return value - rounded < step


def rounds_to(value: float, rounded: float) -> bool:
    """Whether `rounded`, written with at most three significant digits, is `value` rounded (or cut) to them."""
    if rounded <= 0 or value <= 0:
        return False
    step = 10 ** (math.floor(math.log10(rounded)) - 2)
    if abs(rounded / step - round(rounded / step)) > 1e-6:
        return False  # more than three significant digits: a number of its own
    return value != rounded and abs(value - rounded) < step


def taken_numbers(doc: Doc, units: list[UnitMention]) -> Ranges:
    """Where numbers are already something else: inside a unit's or a person's name ("BHXH Khu vực
    XII", "Quyết định số 128"), or a count of award recipients the awards component read."""
    blocked = [(s.start_char, s.end_char) for s in units] + [
        (s.start_char, s.end_char) for s in doc.spans.get("people", [])
    ]
    blocked += doc._.meta.get("award_counts", [])  # numbers the awards component counted recipients with
    return Ranges(blocked)


def standing_date(doc: Doc, doc_year: int | None) -> str | None:
    """When a standing count without a date of its own holds: the month the document was
    published in, else the year it reports on."""
    published = doc._.meta.get("published")
    if published:
        return str(published)[:7]
    return str(doc_year) if doc_year else None


def blank_units(sent: Sentence, units: SpanIndex) -> str:
    """The sentence with unit names blanked, so "Social Insurance Region XXVI" is no cue (a sentence
    naming no unit: its text, the same string)."""
    text = sent.text
    named = units.starting_in(sent.start, sent.end)
    if not named:
        return text
    for u in named:  # only each name's characters are rewritten, not the whole sentence's
        if u.end <= sent.end:
            a, b = u.start_char - sent.start_char, u.end_char - sent.start_char
            text = text[:a] + blanked(text[a:b]) + text[b:]
    return text


def blanked(name: str) -> str:
    """`name` with every character but a line break made a space (its length and lines kept)."""
    if "\n" not in name:
        return " " * len(name)
    return "\n".join(" " * len(line) for line in name.split("\n"))


def measure_before(
    last_measure: tuple[str, str] | None, unit_measures: dict[str, str], cand: Candidate
) -> tuple[str, str] | None:
    """The measure a figure that names none takes from the sentences before ("the number has risen to
    ...", "the first district office to pass 95 per cent"): the last figure's, where its unit fits, else
    the last measure named in the figure's own unit (a sentence that named two of that unit: none)."""
    if last_measure is not None and (last_measure[1] == cand.unit or not cand.own_unit):
        return last_measure
    if cand.own_unit and cand.unit in unit_measures:
        return unit_measures[cand.unit], cand.unit
    return None


REVIEW_MONTHS = 3
"""A review of last year's work comes out by the end of March (year-end conferences run into February)."""


def year_reviewed_early(doc: Doc, sections: SectionReader) -> tuple[str, str] | None:
    """(publication year, year before) when the title reviews the year before and the document
    comes out in the first months after it; else None."""
    published = str(doc._.meta.get("published") or "")
    reviewed = sections.of_doc(doc).reviewed_year if len(published) >= 7 else None
    if reviewed and int(published[5:7]) <= REVIEW_MONTHS and int(reviewed) == int(published[:4]) - 1:
        return published[:4], reviewed
    return None


def year_before(date: str) -> str:
    """The same day or month a year earlier ("2024-10" -> "2023-10")."""
    return f"{int(date[:4]) - 1}{date[4:]}"
