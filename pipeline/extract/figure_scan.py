"""Number expressions in a sentence or a table cell, and which of them are figures.

Both number styles, scale words, per cent and VND before or after; years,
dates, ordinals, clock times, document numbers, durations and award counts
are dropped here, so the readers after it only see candidate figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import NamedTuple

from spacy.tokens import Doc

from .dates import DateMention
from .extensions import text_of
from .figure_context import FigureContext
from .lexicon import CaselessSearch
from .lexicon_models import NumbersData
from .numbers import NUMBER, NumberStyle, parse_number
from .regex_start import PhraseWindow, phrase_alternation, with_start_gate
from .sentence_chars import doc_sentences
from .span_index import Ranges

SLASH_NUMBER = re.compile(r"/\d+")
DIGIT = re.compile(r"\d")
HEADING_MARK = re.compile(r"[.)](?:\s|$)")  # "1. ", "2) ": a numbered heading or list item
LINK_BEFORE = re.compile(r"https?://\S*$|www\.\S*$")
YEAR = re.compile(r"(?:19|20)\d\d")
RECENT_NOUN_TEXTS = 64
LIST_INTRO = re.compile(r"\s*(?:[\w-]+\s+){0,3}?[\w-]+\s*:")  # "2 units: A and B"


class Sentence(NamedTuple):
    """A sentence's token and character offsets and its text, read once: a Span's `text` is joined
    from its tokens on every access, and the readers ask for it per number."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str


def sentence_records(doc: Doc) -> list[Sentence]:
    """The sentences `pr_layout` set, as `Sentence` records, their character offsets from
    `sentence_chars.doc_sentences` (read from each sentence's first and last tokens, and shared
    with the components before)."""
    text = text_of(doc)
    sents = doc_sentences(doc)
    return [
        Sentence(start, end, start_char, end_char, text[start_char:end_char])
        for (start, end), start_char, end_char in zip(sents.bounds, sents.starts, sents.ends)
    ]


def digit_outside(text: str, dates: list[DateMention]) -> bool:
    """Whether `text` has a digit outside its dates."""
    at = 0
    for d in sorted(dates, key=lambda d: d.start) if len(dates) > 1 else dates:
        if DIGIT.search(text, at, d.start):
            return True
        at = max(at, d.end)
    return DIGIT.search(text, at) is not None


def in_a_date(at: int, dates: list[DateMention]) -> bool:
    """Whether offset `at` is inside one of the dates (a loop, not `any` over a generator: asked for
    every number)."""
    for d in dates:
        if d.start <= at < d.end:
            return True
    return False


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    value: float
    unit: str
    raw: str
    pct: bool = False
    currency: str | None = None
    own_unit: bool = True
    data: dict = field(default_factory=dict)


class NumberScanner:
    """Finds candidate figures; holds the language's number grammar."""

    def __init__(
        self, num: NumbersData, g: SimpleNamespace, context: FigureContext, collective_words: set[str]
    ) -> None:
        self.g = g
        self.context = context
        self.collective_words = collective_words
        self.style = NumberStyle(num.decimal_mark, num.group_mark)
        self.scales = num.scales
        scale_alt = "|".join(sorted(map(re.escape, self.scales), key=len, reverse=True))
        pct_alt = "|".join(sorted(map(re.escape, num.percent_words), key=len, reverse=True))
        cur_alt = "|".join(sorted(map(re.escape, num.currency_words), key=len, reverse=True))
        self.currency = num.currency_words
        self.expr = re.compile(
            rf"(?<![\w/.,-])(?:(?P<pre>{cur_alt})\s?)?(?P<num>{NUMBER})(?![\w]|/(?!\d)|[.,]\d)"
            rf"(?:\s?(?P<scale>{scale_alt})\b)?(?:\s?(?P<pct>{pct_alt})(?!\w))?(?:\s?(?P<post>{cur_alt})\b)?",
            re.IGNORECASE,
        )
        # a table row's money unit in its label: "Total revenue (VND billion)"
        self.label_money = re.compile(
            rf"\(\s*(?:{cur_alt})\s+(?P<a>{scale_alt})\s*\)|\(\s*(?P<b>{scale_alt})\s+(?:{cur_alt})\s*\)", re.IGNORECASE
        )
        self.word_numbers = num.word_numbers
        self.word_expr = re.compile(
            r"\b("
            + "|".join(self.word_numbers)
            + r")\s+(?:[\w-]+\s+)?("
            + "|".join(map(re.escape, num.unit_nouns["documents"]))
            + r")\b",
            re.IGNORECASE,
        )
        # both scanned over the lower-cased sentence, found as the case-insensitive expressions find them
        # scanned from the characters a number expression starts with (lower-casing first would cost
        # more: most sentences hold several numbers, each matched again on the original text)
        self.expr = with_start_gate(self.expr)
        self.expr_scan, self.word_scan = self.expr, CaselessSearch(self.word_expr)
        # the award verbs' words, looked for once per text: where the text has none, no number in it is
        # followed by "were awarded ..." (`after` is a piece of the text)
        self.awarded_words = CaselessSearch(g.awarded_after)
        # keyed lower-case: the text is matched caselessly and looked up lowered ("thẻ BHYT" in a pack is "thẻ bhyt")
        self.noun_unit = {n.lower(): u for u, nouns in num.unit_nouns.items() for n in nouns}
        # the nouns as a trie (the same ends tried in the same order as their longest-first alternation,
        # which is tried whole after each of up to five words: about half the cost of the noun reading)
        noun_source = phrase_alternation(list(self.noun_unit))
        # a unit noun up to four words after the number ("2,000 new voluntary social insurance
        # participants"), but not across a preposition ("214 houses for poor households")
        self.noun_re = re.compile(
            r"^\s*(?:(?!(?:"
            + "|".join(map(re.escape, num.noun_stops))
            + r")\b)[\w-]+\s+){0,4}?("
            + noun_source
            + r")\b",
            re.IGNORECASE,
        )
        # a unit noun's words anywhere: where there are none, the noun pattern need not be tried
        self.noun_words = PhraseWindow(list(self.noun_unit))
        # the noun read at the start of recent texts: the words after a number are asked about for its
        # unit and again for its kind (the same 40 characters, unless a unit name was blanked)
        self.nouns_read: dict[str, re.Match[str] | None] = {}
        self.duration_re = re.compile(
            r"^(?:\s|-)(?:" + "|".join(map(re.escape, num.duration_nouns)) + r")\b", re.IGNORECASE
        )
        not_total = "".join(rf"(?<!\b{re.escape(w)} )" for w in num.total_words)  # "tổng số 1.046 ..." is a total
        self.reference_re = re.compile(
            not_total + r"(?:\b(?:" + "|".join(re.escape(w.rstrip(".")) for w in num.reference_words) + r")\.?)\s*$",
            re.IGNORECASE,
        )
        # a match ends the text: it starts within the longest word and its full stop of the last non-space
        self.reference_reach = max((len(w.rstrip(".")) for w in num.reference_words), default=0) + 1
        self.award_re = re.compile(r"^\s*(?:" + "|".join(num.award_count_nouns) + r")\b", re.IGNORECASE)
        # a number word as a word of its own (a digit anywhere is tested first, for less)
        self.number_words = CaselessSearch(re.compile(r"\b(?:" + "|".join(self.word_numbers) + r")\b", re.IGNORECASE))

    def may_hold_numbers(self, text: str) -> bool:
        """Whether `text` has a digit or a number word: else it holds no number expression."""
        return DIGIT.search(text) is not None or self.number_words.search(text) is not None

    def candidates(self, doc: Doc, sent: Sentence, dates: list[DateMention], blocked: Ranges) -> list[Candidate]:
        """The candidate figures of a sentence (its text is the same string the caller's scans search,
        lower-cased once for all of them)."""
        text, base = sent.text, sent.start_char
        out = []
        line_start = -1  # where the sentence's first line starts in the document: read at the first number
        # every number starts with a digit: where each digit is inside a date, each would be skipped
        numbers = self.expr_scan.finditer(text) if digit_outside(text, dates) else ()
        for m in numbers:
            at = m.start("num")
            if in_a_date(at, dates) or blocked.holds(base + at):
                continue
            if line_start < 0:
                line_start = text_of(doc).rfind("\n", 0, base) + 1
            cand = self.candidate_from(doc, m, text, base, line_start)
            if cand is not None:
                out.append(cand)
        for m in self.word_scan.finditer(text):
            value = self.word_numbers[m.group(1).lower()]
            unit = self.noun_unit.get(m.group(2).lower(), "count")
            if m.group(2).lower() in self.collective_words:
                continue
            out.append(Candidate(base + m.start(1), base + m.end(1), value, unit, m.group(1)))
        out.sort(key=lambda c: c.start)
        return out

    def candidate_from(
        self, doc: Doc, m: re.Match, text: str, base: int, first_line_start: int | None = None
    ) -> Candidate | None:
        """A number expression -> a candidate figure, or None when it is not a figure. `text` starts at
        `base` in the document, on a line that starts at `first_line_start` (read here when not given)."""
        start, end = m.start(), m.end()
        pre, post, pct_word, scale, num = m.group("pre", "post", "pct", "scale", "num")
        currency = self.currency.get(pre or post or "", None)
        if currency is None and pre is None and (post or "").upper() == "VND":
            currency = "VND"
        if currency == "USD":
            return None
        slash = SLASH_NUMBER.match(text, end)  # "12/2025" read past the "/2025"
        after_at = slash.end() if slash else end
        after, before = text[after_at:], text[:start]
        if (
            self.g.ordinal_after.match(after)
            or self.g.letter_after.match(after)
            or after[:1] == ":"
            and after[1:2].isdecimal()
        ):
            return None
        in_text = text.rfind("\n", 0, start)  # a line break inside the text before the number
        if in_text >= 0:
            line_start = base + in_text + 1
        else:
            line_start = first_line_start if first_line_start is not None else text_of(doc).rfind("\n", 0, base) + 1
        heading = HEADING_MARK.match(after) and not text_of(doc)[line_start : base + start].strip()
        if before.endswith(":") or self.g.clock_after.match(after) or heading:
            return None  # a clock time or a numbered heading
        reference_from = max(0, len(before.rstrip()) - self.reference_reach)
        if (
            (self.duration_re.match(after) and not pct_word)  # "up 3.4 per cent year on year" is no duration
            or self.reference_re.search(before, reference_from)
            or self.g.age_before.search(before, max(0, len(before) - 30))  # "they are already 45"
            or (after[:1] == "," and self.g.age_after_name.search(before, max(0, len(before) - 60)))  # "Mrs. X, 79,"
            or self.award_re.match(after)
        ):
            return None
        if not self.awarded_words.absent_from(text) and self.g.awarded_after.match(after):
            return None  # "128 officials were awarded the Medal ...": a count the awards component owns
        if (
            not (pct_word or currency)
            and self.context.not_a_figure(text, after_at)
            and not self.g.worked_on_before.search(before[-50:])  # "inspected 21,450 employers": the office's work
        ):
            return None  # "9 grassroots offices", "150 delegates", "212 officials earned the title ..."
        if ("http" in before or "www." in before) and LINK_BEFORE.search(before):
            return None
        try:
            value = parse_number(num, self.style, scaled=bool(scale))
        except ValueError:
            doc._.warnings.append(f"unparsed number {num!r}")
            return None
        if scale:
            value *= self.scales[scale.lower()]
        pct = bool(pct_word)
        if not (pct or currency or scale) and YEAR.fullmatch(num) and not self.noun_after(after[:20], text, after_at):
            return None  # a year
        if value == 0 and not (pct or currency):
            return None
        if currency == "VND" and not scale and value < 1000:
            doc._.warnings.append(f"VND amount without a scale word skipped: {m.group()!r}")
            return None
        unit, own = self.unit_of(after, before, pct, currency, text, after_at)
        if unit == "units" and own and LIST_INTRO.match(after[:40]):
            return None  # "2 units: A and B" introduces a list, it is no figure
        return Candidate(base + start, base + end, value, unit, m.group(), pct, currency, own)

    def unit_of(
        self, after: str, before: str, pct: bool, currency: str | None, text: str | None = None, at: int = 0
    ) -> tuple[str, bool]:
        """`after`: the words after the number (`text[at:]`, when the caller has the text it was cut from)."""
        if pct:
            return "percent", True
        if currency:
            return "VND", True
        m = self.noun_after(after[:40], text, at)
        if m:
            return self.noun_unit[m.group(1).lower()], True
        if self.g.own_count_noun.match(after[:40]):
            return "count", True  # "handed over 61 houses": its own noun, not the people named before it
        if (joined := self.g.shared_noun_join.match(after[:40])) and (
            shared := self.noun_after(after[joined.end() :][:40])
        ):
            return self.noun_unit[shared.group(1).lower()], True  # "318,400 and 276,950 workers": the noun of both
        if self.g.persons_before.search(before[-120:]):
            return "persons", False
        return "count", False

    def after_noun(self, right: str) -> str:
        m = self.noun_after(right[:40])
        return right[m.end() :] if m else right

    def noun_after(self, text: str, whole: str | None = None, at: int = 0) -> re.Match[str] | None:
        """The unit noun at the start of `text` ("people", "new voluntary participants"); `whole`: the
        text `text` was cut from at `at`, whose lower-cased form the noun words are looked for in."""
        known = self.nouns_read.get(text, False)
        if known is not False:
            return known  # type: ignore[return-value]
        if whole is None:
            has_words = self.noun_words(text)
        else:
            has_words = self.noun_words(whole, at, at + len(text))
        found = self.noun_re.match(text) if has_words else None
        if len(self.nouns_read) >= RECENT_NOUN_TEXTS:
            self.nouns_read.clear()
        self.nouns_read[text] = found
        return found
