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
from .phrase_tries import gate_as_trie, phrase_alternation
from .regex_start import AsciiStartScan, cue_scan, with_start_gate
from .sentence_chars import doc_sentences
from .span_index import Ranges

SLASH_NUMBER = re.compile(r"/\d+")
DIGIT = re.compile(r"\d")
HEADING_MARK = re.compile(r"[.)](?:\s|$)")  # "1. ", "2) ": a numbered heading or list item
LINK_BEFORE = re.compile(r"https?://\S*$|www\.\S*$")
YEAR = re.compile(r"(?:19|20)\d\d")
RECENT_NOUN_TEXTS = 64
MAX_AGE = 120
"""An age a group is named by is a whole number below this ("people aged 70 and over")."""
NOUN_WINDOW = 50  # how far after a number its noun may end ("4,150 new compulsory social insurance participants")
NUMBER_NOT_AFTER = r"[\w/.,-]"  # a number expression starts after none of these ("1903/QĐ", "v1.2")
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
            rf"(?<!{NUMBER_NOT_AFTER})(?:(?P<pre>{cur_alt})\s?)?(?P<num>{NUMBER})(?![\w]|/(?!\d)|[.,]\d)"
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
        plain_expr, self.expr = self.expr, with_start_gate(self.expr)
        self.expr_scan, self.word_scan = (
            AsciiStartScan(plain_expr, self.expr, NUMBER_NOT_AFTER),
            gate_as_trie(CaselessSearch(self.word_expr)),  # the documents' nouns looked for as a trie
        )
        # the award verbs' words, looked for once per text: where the text has none, no number in it is
        # followed by "were awarded ..." (`after` is a piece of the text)
        self.awarded_words = CaselessSearch(g.awarded_after)
        # keyed lower-case: the text is matched caselessly and looked up lowered ("thẻ BHYT" in a pack is "thẻ bhyt")
        self.noun_unit = {n.lower(): u for u, nouns in num.digit_nouns().items() for n in nouns}
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
        # a count of times with a persons noun right after it ("2.400 lượt cán bộ", "900 lượt nữ đoàn viên"):
        # person-times, as "lượt người" is; its own noun is "lượt" (one describing word may come between)
        self.times_nouns = {n.lower() for n in num.times_nouns}
        persons = sorted(map(re.escape, num.unit_nouns.get("persons", [])), key=len, reverse=True)
        self.persons_after_times = re.compile(
            r"\s*(?:[\w-]+\s+)?(?:" + "|".join(persons or ["(?!)"]) + r")\b", re.IGNORECASE
        )
        # the noun read at the start of recent texts: the words after a number are asked about for its
        # unit and again for its kind (the same 40 characters, unless a unit name was blanked)
        self.nouns_read: dict[str, re.Match[str] | None] = {}
        self.duration_re = re.compile(
            r"^(?:\s|-)(?:" + "|".join(map(re.escape, num.duration_nouns)) + r")\b", re.IGNORECASE
        )
        not_total = "".join(rf"(?<!\b{re.escape(w)} )" for w in num.total_words)  # "tổng số 1.046 ..." is a total
        self.reference_re = re.compile(
            # the words as a trie: only whether a match ends the text is asked, which does not depend on their order
            not_total + r"(?:\b(?:" + phrase_alternation([w.rstrip(".") for w in num.reference_words]) + r")\.?)\s*$",
            re.IGNORECASE,
        )
        # a match ends the text: it starts within the longest word and its full stop of the last non-space
        self.reference_reach = max((len(w.rstrip(".")) for w in num.reference_words), default=0) + 1
        self.award_re = re.compile(r"^\s*(?:" + "|".join(num.award_count_nouns) + r")\b", re.IGNORECASE)
        # a number word as a word of its own (a digit anywhere is tested first, for less)
        # (only whether there is one is asked: the words as a trie, searched from the letters they start with)
        self.number_words = cue_scan(
            re.compile(r"\b(?:" + phrase_alternation(list(self.word_numbers)) + r")\b", re.IGNORECASE)
        )
        self.number_words.gate = None  # the words every match needs are pieces of the trie ("t"): in nearly every text

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
        in_order = len(out)  # the number expressions' candidates come in the scan's order
        for m in self.word_scan.finditer(text):
            value = self.word_numbers[m.group(1).lower()]
            unit = self.noun_unit.get(m.group(2).lower(), "count")
            if m.group(2).lower() in self.collective_words:
                continue
            out.append(Candidate(base + m.start(1), base + m.end(1), value, unit, m.group(1)))
        if len(out) > in_order:  # number words found: in among the others
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
            # "56/TĐKT" is a document's number; "1.263.600 đồng/học sinh/năm" an amount per head
            or (self.g.letter_after.match(after) and not currency)
            or self.g.named_places_after.match(after)  # "tại 3 huyện A, B và C": the places named
            # "số phường có tỷ lệ bao phủ từ 85% trở lên": a threshold naming a group
            or (self.g.threshold_after.match(after) and self.g.threshold_group_before.search(before[-80:]))
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
        if self.g.phone_before.search(before[-40:]) or self.g.continued_name_before.search(before[-40:]):
            return None  # "Hotline: 1900 1234": a telephone number; "Articles 18 and 27", "March 7 and 8"
        reference_from = max(0, len(before.rstrip()) - self.reference_reach)
        if (
            # "up 3.4 per cent year on year" is no duration, nor is "thu 4.120 tỷ đồng năm 2024" (money, then its year)
            (self.duration_re.match(after) and not pct_word and not currency)
            # "from 30 to 12 years": the first number of a range takes the duration the second one names
            or (
                not (pct_word or currency)
                and (joined := self.g.shared_noun_join.match(after[:40])) is not None
                and self.duration_re.match(after[joined.end() : joined.end() + 20]) is not None
            )
            or self.reference_re.search(before, reference_from)
            or self.g.age_before.search(before, max(0, len(before) - 30))  # "they are already 45"
            or (after[:1] == "," and self.g.age_after_name.search(before, max(0, len(before) - 60)))  # "Mrs. X, 79,"
            or self.award_re.match(after)
        ):
            return None
        # "1,284 initiatives, of which 317 were recognised": a part of a count of things, no award's recipients
        part_of_things = self.g.things_part_before.search(before[-20:]) is not None
        if (
            not pct_word  # "91% of its staff were recognised as ...": a share of them, no count of recipients
            and not self.awarded_words.absent_from(text)
            and self.g.awarded_after.match(after)
            and not part_of_things
        ):
            return None  # "128 officials were awarded the Medal ...": a count the awards component owns
        if self.g.award_group_part_before.search(before[-80:]) and not self.awarded_words.absent_from(text):
            return None  # "the Medal to 12 individuals, including 3 retired staff": inside the award's count
        if not (pct_word or currency) and self.g.award_count_before.search(before[-120:]):
            return None  # "Certificates of Thanks to the union and to 4 offices", "honours 45 employers"
        if (
            not (pct_word or currency)
            and self.context.not_a_figure(text, after_at, awards=not part_of_things)
            and not self.g.worked_on_before.search(before[-50:])  # "inspected 21,450 employers": the office's work
            # "she manages 130 employers": a collector's portfolio
            and not (self.g.portfolio_before.search(before[-30:]) and self.g.portfolio_after.match(after))
            and not self.g.owing_after.match(after[:60])  # "121 enterprises owed contributions": what it found
            and not self.g.owed_by_before.search(before[-90:])  # "... was owed by 310 enterprises": the same
            and not self.g.owing_later_after.match(after[:160])  # "58 enterprises whose owners fled owed ..."
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
        if not (pct or currency or scale) and YEAR.fullmatch(num) and not self.noun_after(after[:20]):
            return None  # a year
        if (
            not (pct or currency or scale)
            and value < MAX_AGE
            and self.g.aged_before.search(before[-40:])
            and not self.noun_after(after[:NOUN_WINDOW])
        ):
            return None  # "people aged 70 and over", "workers over 45": an age naming a group, no figure
        if value == 0 and not (pct or currency):
            return None
        if currency == "VND" and not scale and value < 1000:
            doc._.warnings.append(f"VND amount without a scale word skipped: {m.group()!r}")
            return None
        unit, own = self.unit_of(after, before, pct, currency)
        if unit == "units" and own and LIST_INTRO.match(after[:40]):
            return None  # "2 units: A and B" introduces a list, it is no figure
        return Candidate(base + start, base + end, value, unit, m.group(), pct, currency, own)

    def unit_of(self, after: str, before: str, pct: bool, currency: str | None) -> tuple[str, bool]:
        """`after`: the words after the number, `before`: those before it."""
        if pct:
            return "percent", True
        if currency:
            return "VND", True
        m = self.noun_after(after[:NOUN_WINDOW])
        if m:
            noun = m.group(1).lower()
            if noun in self.times_nouns and self.persons_after_times.match(after, m.end(), m.end() + NOUN_WINDOW):
                return "persons", True
            return self.noun_unit[noun], True
        if (part := self.g.own_part_of.match(after)) and (m := self.noun_after(after[part.end() :][:NOUN_WINDOW])):
            return self.noun_unit[m.group(1).lower()], True  # "8,400 of our employers": the noun of the whole
        if (cards := self.g.issued_cards_after.match(after[:80])) and (
            cards.group("passive") or self.g.issued_before.search(before[-40:])
        ):
            return "persons", True  # "issued 8,400 health insurance cards": a card for each person insured
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
        m = self.noun_after(right[:NOUN_WINDOW])
        return right[m.end() :] if m else right

    def noun_after(self, text: str) -> re.Match[str] | None:
        """The unit noun at the start of `text` ("people", "new voluntary participants"), matched at
        once: a test first for the nouns' words in the window cost more than the match."""
        known = self.nouns_read.get(text, False)
        if known is not False:
            return known  # type: ignore[return-value]
        found = self.noun_re.match(text)
        if len(self.nouns_read) >= RECENT_NOUN_TEXTS:
            self.nouns_read.clear()
        self.nouns_read[text] = found
        return found
