"""What a percentage measures: a scheme's coverage of the population or the labour force, a head
count's change, or the measure of the percentage before it ("fell from 4.3% to 1.9%").

A mixin of `FigureMeaning` (whose `metric_of` hands a percentage over to it once the words right
around the number have named no measure), apart because a rate's measure is read by rules of its own:
the coverage cues (`population_re`, `workforce_re`) and the schemes named before and after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .figure_scan import Candidate
from .figure_schemes import SchemeReading

MONEY_CHANGE_GAP = 60  # how far after an amount a relative change is still that amount's ("..., up 18% from 2024")


def counted_things_change(
    kind: str, prev: Candidate | None, cand: Candidate, left: str, scheme: Callable[[str], str | None]
) -> bool:
    """A change right after a count of things with no persons noun (unit `count`: visits, cases) whose own
    words since the last comma name no scheme ("310,000 HI-covered visits, up 7% on 2023"): that count's
    change, no head count's (a clause naming its own measure after the count, "..., participants in voluntary
    SI rose 21%", keeps it)."""
    return (
        kind == "change"
        and prev is not None
        and prev.unit == "count"
        and cand.start - prev.end < MONEY_CHANGE_GAP
        and scheme(left[left.rfind(",") + 1 :]) is None  # the words since the count's own part of the clause
    )


class PercentReading(SchemeReading):
    """The measure of a percentage, from the words around it and the figure before it."""

    coverage: dict[str, str]
    participants: dict[str, str]
    population_re: re.Pattern[str]
    workforce_re: re.Pattern[str]
    money_metrics: frozenset[str]

    def percent_metric(
        self,
        cand: Candidate,
        kind: str,
        left: str,
        right: str,
        sentence_left: str,
        prev: Candidate | None,
        inherited: str | None,
    ) -> str:
        """A percentage: coverage of the population (health insurance) or of the labour
        force (social or unemployment insurance), a change of a head count, or
        the same measure as the percentage before it ("fell from 4.3% to 1.9%")."""
        named = self.scheme_right_before(left) if cand.start else None
        if named in self.coverage and kind != "change":
            return self.coverage[named]  # "..., unemployment insurance 26% and health insurance 95%": its own
        if self.population_re.search(right[:40]) and not self.workforce_re.search(right[:40]):
            return "hi_coverage_rate"
        if self.workforce_re.search(right[:60]):
            # "social insurance to cover 45% of the labour force and health insurance 94%": a scheme joined on
            # after the labour force opens the next figure, the one named before is this one's
            first = self.any_scheme.search(right)
            joined = first is not None and bool(self.g.next_scheme_before.search(right, 0, first.start()))
            scheme = (
                (None if joined else self.scheme(right))
                or self.scheme(left, sentence_left, nearest_last=True)
                or self.scheme(right)
                or "si"
            )
            return self.coverage.get(scheme, "si_coverage_rate")
        if (
            kind == "change"
            and inherited in self.coverage.values()
            and self.g.count_change_after.match(right)
            and self.g.participation.search(sentence_left)
        ):
            # "612,480 people participating in SI, accounting for 31.6% of the labour force and up 3.2%
            # year-on-year": a relative change is the head count's, not the rate's
            counted = self.scheme(sentence_left, nearest_last=True)
            if counted in self.participants:
                return self.participants[counted]
        if self.g.group_coverage_before.search(left[-120:]):
            # "the share of registered boat crews with health insurance to 78.5%": a group's coverage
            scheme = self.scheme(left[-120:], nearest_last=True) or "hi"
            return self.coverage.get(scheme, "hi_coverage_rate") if scheme != "all" else "hi_coverage_rate"
        if self.g.coverage.search(left):
            tail = left[
                max(0, max((m.start() for m in self.g.coverage_word.finditer(left.lower())), default=-1) - 40) :
            ]
            scheme = self.scheme(tail, nearest_last=True) or "hi"
            return self.coverage.get(scheme, "hi_coverage_rate") if scheme != "all" else "hi_coverage_rate"
        if self.workforce_re.search(left):
            # "35% of the workforce in social insurance and 23% in unemployment insurance": its own scheme first
            scheme = self.scheme(right[:35]) or self.scheme(left, sentence_left, nearest_last=True) or "si"
            return self.coverage.get(scheme, "si_coverage_rate")
        if kind == "change" and self.g.things_counted_before.search(left):
            return "other"  # "the number of paper health insurance cards printed fell by 81%": cards, not people
        if kind == "change" and prev is not None and prev.unit == "VND" and cand.start - prev.end < MONEY_CHANGE_GAP:
            # "recovered VND 214 billion to the health insurance fund, up 18% from 2024": the money's change
            return inherited if inherited in self.money_metrics else "other"
        if counted_things_change(kind, prev, cand, left, self.scheme):
            return "other"  # "received 310,000 HI-covered visits, up 7% on 2023": the visits' change
        own_scheme = self.scheme(left, nearest_last=True)
        if kind == "change" and own_scheme:
            return self.participants[own_scheme]  # "expanding voluntary social insurance, with an increase of 27%"
        right_scheme = self.scheme(right)
        if inherited is not None and inherited in self.coverage.values() and right_scheme:
            return self.coverage.get(
                right_scheme, inherited
            )  # "35% ... in social insurance and 23% in unemployment insurance"
        compared = self.g.compared_base_before.search(left[-25:]) is not None  # "..., down from 3.1% a year ago"
        if inherited and (
            kind == "change"
            or (
                prev is not None
                and prev.unit == "percent"
                and (
                    len(self.g.word.findall(left)) <= 3
                    # "91.8% of the population in A and 94.1% in B": joined on, no measure of its own
                    or (self.g.rate_joined_before.search(left) is not None and self.scheme(left) is None)
                    or compared
                )
            )
        ):
            return inherited
        if kind == "change":
            change_scheme = self.scheme(sentence_left, nearest_last=True)
            if change_scheme:
                return self.participants[change_scheme]
        if (
            (kind == "target" or self.g.reached_now_before.search(left))
            and inherited
            and prev is not None
            and prev.unit == "percent"
        ):
            return inherited  # "coverage stood at 92.4%, against a target of 93 per cent"; "... mới đạt 91,2%"
        return "other"
