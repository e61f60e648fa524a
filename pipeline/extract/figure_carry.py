"""What the figures component carries from one sentence to the next, and how a sentence changes it.

`FigureFinder.set_annotations` reads a document sentence by sentence, and a figure often takes
what its own sentence leaves unsaid from the sentences before: the date in force ("In 2024, ...
Revenue reached ..."), that the text speaks of targets ("The targets for 2026 are: ..."), the
date, period and scope a target sentence set, the measure of the figure before ("the number has
risen to 20.1 million"), the rates a list of targets takes in order ("60%, 45% and 95%
respectively"), the latest year an actual figure held in ("next year" is the one after). A
round-up's item ("LONG AN: ...") starts afresh: no target or date carried into it.

`SentenceCarry` holds that state between sentences. The per-number loop reads what it needs from
it into locals once per sentence (an attribute lookup per number would cost more on the hottest
path of the fast profile) and hands back what it changed when the sentence is done.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from spacy.tokens import Doc

from .dates import DateMention, with_year
from .figure_context import FigureContext
from .figure_periods import held_year
from .figure_scan import Candidate
from .lexicon import CaselessSearch

OWN_MEASURE_CHARS = 40  # how far before a respective list's first rate its own measure may be named
NO_MORE_ITEMS = sys.maxsize  # where the next round-up item starts once every item has started


class SentenceCarry:
    """The state one sentence of a document leaves for the next (see the module's docstring)."""

    __slots__ = (
        "date",
        "target",
        "period",
        "latest_year",
        "target_when",
        "target_scoped",
        "last_measure",
        "last_rates",
        "unit_measures",
        "item_starts",
        "next_item",
        "next_item_start",
        "before_items",
        "not_carried_before",
        "context",
        "to_date",
        "plan_year",
    )

    def __init__(
        self,
        item_starts: list[int],
        not_carried_before: tuple[re.Pattern[str], ...],
        context: FigureContext,
        to_date: CaselessSearch,
        plan_year: re.Pattern[str],
    ) -> None:
        self.date: str | None = None  # the date in force for the next sentence's undated figures
        self.target = False  # whether the next sentence's figures go on with the targets before it
        self.period: str | None = None  # the last period the text named ("the 2020-2025 term")
        self.latest_year: int | None = None  # the latest year an actual figure held in: "next year" is the one after
        # the date, period and scope a target sentence set, for the target sentences after it
        self.target_when: tuple[str | None, str | None, str | None] = (None, None, None)
        self.target_scoped = False  # whether a target sentence with figures set target_when's scope
        self.last_measure: tuple[str, str] | None = None  # (metric, unit) of the last named figure before
        self.last_rates: list[str] = []  # the measures of the rates the last sentence with rates named, in order
        self.unit_measures: dict[str, str] = {}  # the last sentence's measure in each unit, where it named one
        # where a round-up's items start ("LONG AN: ..."): an item starts afresh, no target or date carried into it
        self.item_starts = item_starts
        self.next_item = 0
        self.next_item_start = item_starts[0] if item_starts else NO_MORE_ITEMS
        self.before_items: str | None = None  # the date in force where the first item starts (a dateline's)
        # "up from 21% in 2019", "..., which in June 2025 covered ...": dates no later sentence holds at
        self.not_carried_before = not_carried_before
        self.context = context  # the months a sentence says have passed ("in seven months")
        self.to_date = to_date  # "so far", "to date": the figures after it hold now, at no date carried
        self.plan_year = plan_year  # "15.6% of the 2026 plan": the plan's year (group `year`), no date in force

    def enter_item(self, start_char: int) -> None:
        """The sentence at `start_char` is in a round-up item that starts at or before it: no target, nor a
        date ("by December 31" of the item before is not its), carried in; the dateline's date holds."""
        item_starts, next_item = self.item_starts, self.next_item
        if next_item == 0:
            self.before_items = self.date
        while next_item < len(item_starts) and item_starts[next_item] <= start_char:
            next_item += 1
        self.next_item = next_item
        self.next_item_start = item_starts[next_item] if next_item < len(item_starts) else NO_MORE_ITEMS
        self.target, self.target_when, self.target_scoped = False, (None, None, None), False
        self.date = self.before_items

    def measures_named(
        self,
        sentence_measures: set[tuple[str, str]],
        first_measure: tuple[str, str] | None,
        last_measure: tuple[str, str] | None,
        sentence_rates: list[str],
    ) -> None:
        """The measures a sentence named (`last_measure`: the last as its figures were read), for the
        figures after it that name none."""
        if sentence_rates:
            self.last_rates = sentence_rates
        unit_measures = self.unit_measures
        for unit in {unit for _, unit in sentence_measures}:  # the last measure of each unit, where one
            named = [metric for metric, named_unit in sentence_measures if named_unit == unit]
            if len(named) == 1:
                unit_measures[unit] = named[0]
            else:
                unit_measures.pop(unit, None)
        if len({metric for metric, _ in sentence_measures}) > 1:
            last_measure = None  # "... 1.267 người tham gia BHXH và 3.480 người tham gia BHYT. Con số đó ...": which?
        elif first_measure is not None:
            last_measure = first_measure  # one measure, as an amount and as a share: the amount it opened on
        self.last_measure = last_measure

    def dates_named(
        self,
        sent_text: str,
        explicit: list[DateMention],
        sent_now: tuple[int, str] | None,
        own_period: str | None,
        doc_year: int | None,
        doc: Doc,
        target_at: int | None = None,
        dates: tuple[DateMention, ...] | list[DateMention] = (),
    ) -> None:
        """The date (and period) a sentence with digits leaves in force for the sentences after it; a
        date after the sentence's target cue (`target_at`) is the goal's, no date results hold at ("The
        target set for 2025 is ..."); months that are a comparison's base are
        not carried as theirs (`dates`: all the sentence's, comparisons' too)."""
        # an aside's years do not carry on ("... được tặng Cờ thi đua (lần lượt vào các năm 2021 và 2023).")
        carried = [
            d
            for d in explicit
            if len(d.value or "") != len("2024") or sent_text.count("(", 0, d.start) <= sent_text.count(")", 0, d.start)
        ]
        # "..., up from 21.8% in 2019.": the base value's year is no date for the sentences after it
        carried = [
            d
            for d in carried
            if not any(cue.search(sent_text, max(0, d.start - 60), d.start) for cue in self.not_carried_before)
        ]
        if target_at is not None:
            carried = [d for d in carried if d.start < target_at]
        if carried and (carried[-1].value or doc_year):
            self.date = with_year(carried[-1], held_year(carried[-1], doc_year, doc) or 0)
        # "in the first nine months of 2023": the year closing the months carries on as those months, and
        # so does a plan's year after them ("15.6% of the 2026 plan"); any other date after them is the one
        elapsed = self.context.months_elapsed(sent_text, doc_year)
        last_elapsed = list(self.context.months_elapsed_re.finditer(sent_text))[-1] if elapsed else None
        if last_elapsed and any(d.comparison and d.end == last_elapsed.end() for d in dates):
            elapsed = self.compared_months(sent_text, last_elapsed, None if carried else doc_year)
        elif last_elapsed and explicit:
            plan_years = {m.end("year") for m in self.plan_year.finditer(sent_text)}
            later = [d for d in explicit if d.start >= last_elapsed.start()]
            if not later or any(d.end != last_elapsed.end() and d.end not in plan_years for d in later):
                elapsed = None
        if elapsed:
            self.date = elapsed  # "in seven months, ...; late payment ...": the same seven months
        if self.date is not None and self.to_date.search(sent_text):
            self.date = None
        if sent_now and not [d for d in explicit if d.start >= sent_now[0]]:
            self.date = sent_now[1]  # the sentence ended now: its baseline year is no date for the next
        self.period = own_period or self.period

    def compared_months(self, sent_text: str, last: re.Match[str], doc_year: int | None) -> str | None:
        """ "..., 7.4% higher than in the first eight months of 2023": months that are the base of a
        comparison are no date of the sentence's figures; the months the sentence names before them
        are, else the same months of the (later) year the document reports on (`doc_year`: None where
        the sentence dates its figures otherwise)."""
        own = self.context.months_elapsed(sent_text[: last.start()], doc_year)
        if own or not doc_year or not last.group("year") or int(last.group("year")) >= doc_year:
            return own
        return self.context.months_elapsed(sent_text[last.start() : last.start("year")], doc_year)

    def targets_named(
        self,
        sent_target: bool,
        asks: bool,
        dates: list[DateMention],
        explicit: list[DateMention],
        own_period: str | None,
        any_figures: bool,
        sent_scope: str | None,
        doc_year: int | None,
    ) -> None:
        """Whether the sentences after a sentence with digits go on with its targets, and their date,
        period and scope."""
        asks_ahead = asks and (
            sent_target or any(d.value and int(d.value[:4]) > (self.latest_year or doc_year or 9999) for d in dates)
        )  # "What are the key tasks for 2026?": the answer after it sets targets
        if sent_target or asks_ahead:
            target_when = self.target_when
            own_date = with_year(explicit[-1], doc_year or 0) if explicit else None
            scope_now = sent_scope if any_figures else target_when[2]
            self.target_scoped = self.target_scoped or any_figures
            self.target_when = (own_date or target_when[0], own_period or target_when[1], scope_now)
        elif any_figures:
            self.target_when, self.target_scoped = (None, None, None), False
        self.target = (sent_target and any_figures) or asks_ahead


def respective_measures(
    respectively: re.Pattern[str] | CaselessSearch,
    text: str,
    cands: list[Candidate],
    offset: int,
    last_rates: list[str],
    names_measure: Callable[[str], object] | None = None,
) -> dict[int, str]:
    """ "For 2030, the targets are 60%, 45% and more than 95% respectively": as many rates before the
    word as the sentence before named take its rates' measures in order (index in `cands` -> metric).
    Not when the words right before the first rate name a measure of their own ("A and B had health
    insurance coverage of 96.1 and 93.8 per cent respectively": the rates are the bodies', in order)."""
    if len(last_rates) < 2:
        return {}
    m = respectively.search(text)
    if m is None:
        return {}
    rates = [i for i, c in enumerate(cands) if c.pct and c.end - offset <= m.start()]
    if rates and names_measure is not None:
        first = cands[rates[0]].start - offset
        if names_measure(text[max(0, first - OWN_MEASURE_CHARS) : first]):
            return {}
    return dict(zip(rates, last_rates)) if len(rates) == len(last_rates) else {}
