"""Cues of the words right around a number, part of `metrics.yml`'s grammar (`MetricsGrammar` inherits them).

Kept apart from `lexicon_figures.py` so that module stays small: each cue is a regular expression source
asked of text the figures step already reads (the words right before a number, or between two numbers), and
each defaults to `(?!)`, so a pack without it (the Vietnamese one) never matches.
"""

from __future__ import annotations

from .lexicon_base import NEVER, Grammar


class NumberCueGrammar(Grammar):
    # the words right before a telephone number ("Hotline: 1900 1234"): no figure
    phone_before: str = NEVER
    # a coverage rate whose scheme is named right before it ("raise social insurance coverage to 31% and health
    # insurance coverage to 94.5%"): that scheme's rate, whatever scheme the words after it name
    coverage_to_before: str = NEVER
    # a part of a group of award recipients counted right before it ("the Medal to 12 individuals, including 3
    # retired staff"): the award's count holds them, no figure of its own
    award_group_part_before: str = NEVER
    # a threshold a group of things is named by ("100% số phường có tỷ lệ bao phủ từ 85% trở lên": the wards at 85% or
    # more): the words after the number and those before it, back to the things; no figure of its own (a rate "đạt
    # 96,2% trở lên" is still a figure, at least that much)
    threshold_after: str = NEVER
    threshold_group_before: str = NEVER
    # a rate right after a count of things in its clause ("công nhận 21 sáng kiến, đạt tỷ lệ 70%"): the share of those
    # things (of the ones proposed), no insurance measure
    things_rate_before: str = NEVER
    # the recipients of an award counted right after it ("Certificates of Thanks to the union and to 4 district
    # offices", a headline's "honours 45 employers"): the award's count, no figure, whatever the noun
    award_count_before: str = NEVER
    # a verb whose particle is a qualifier's word ("handed over 230 cards"): no qualifier of the number
    particle_verb_before: str = NEVER
    # "N books, with premiums paid for a year, worth VND X": the value of the things given, right before the
    # amount, names it whatever other measure's cue the clause holds
    worth_before: str = NEVER
    # the words between a share of a target and the target's own number ("% of this year's target of "): the
    # target counts what the figure before the share counted
    share_target_before: str = NEVER
    # a number going on a list whose head is no figure: the next article of a law ("under Articles 18 and 27"), the
    # next day of a month ("on March 7 and 8"): a name or a date, no figure
    continued_name_before: str = NEVER
    # a figure named by its own year right before it ("twice the 2016 figure of 7,350"): held in that
    # year (group `year`), not at the date the sentence carries
    year_figure_before: str = NEVER
