"""Parts of an award mention that the awards component reads around it.

Each reader takes compiled patterns built from `data/<lang>/awards.yml` and
plain text, so the component stays a sequence of decisions and the language
stays in the data:

- `CountReader`: how many recipients, wherever the sentence says it: after
  the award ("... to 15 collectives", "...: 02 collectives and 17
  individuals"), before it as the subject ("Eleven teams were honoured
  with ...") or as the award's own number ("45 certificates of
  commendation"); counts in digits with thousands ("1,046"), zero-padded
  ("02") or in words ("Eleven", "twenty-five").
- `grade_of`: the class of an order; a range ("first, second and third
  class") is no single grade.
- `list_items`: the recipients written as a list under the sentence that
  announces them ("... to the following collectives:" then "1. ...",
  "- ...", "a) ..."), one item a line.
- `issuer_of`: the authority an award is "of" when the text names it
  ("Certificates of Merit of the Chairman of the X Provincial People's
  Committee", "Emulation Flag of the Ministry of National Defence").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import SimpleNamespace

from .cue_sites import GatedPattern, plain
from .lexicon_base import NEVER
from .regex_start import cue_scan, with_start_gate
from .word_gate import WordGate

YEAR = re.compile(r"(?:19|20)\d\d")
CLAUSE_SPLIT = re.compile(r"[;:]\s|,\s(?=[^,]*$)")  # the clause of a count's verb: after the last break
# a number in digits ("4", "1,046"): where a count of recipients was written
# (tried only where a digit is: the look-behind and the branches are not tried at every character)
DIGITS = with_start_gate(re.compile(r"(?<![\w,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w,.]\d)"))


def count_spans(text: str, start: int, end: int, values: set[int]) -> list[tuple[int, int]]:
    """Where, in `text[start:end]`, the digits of the recipient counts `values` stand: those numbers
    counted an award's recipients ("... to 4 Party cells and 6 party members"), so they are no figures."""
    return [m.span() for m in DIGITS.finditer(text, start, end) if int(m.group().replace(",", "")) in values]


@dataclass(frozen=True)
class CountGroup:
    value: int
    kind: str | None  # collective / individual / None when the noun does not say
    start: int  # offsets in the text the group was read from
    end: int


class CountReader:
    """Counts of recipients around an award mention (see the module docstring)."""

    def __init__(
        self,
        word_numbers: dict[str, int],
        collective_words: list[str],
        individual_words: list[str],
        count_to: re.Pattern[str],
        count_verb: re.Pattern[str],
        word_joiner: str = NEVER,
    ) -> None:
        self.word_numbers = {w.lower(): v for w, v in word_numbers.items()}
        words = "|".join(sorted(map(re.escape, self.word_numbers), key=len, reverse=True))
        small = rf"(?:{words})(?:-(?:{words}))?"
        # "one hundred and twelve": a multiplier (a word worth 100 or more), the words before it and after it
        multipliers = "|".join(sorted((re.escape(w) for w, v in self.word_numbers.items() if v >= 100), key=len))
        compound = rf"(?:{small}\s+)?(?:{multipliers})(?:{word_joiner}{small})?|" if multipliers else ""
        self.number = rf"\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|{compound}{small}"
        self.word_part = re.compile(rf"\b(?:{words})\b" if words else NEVER, re.IGNORECASE)
        self.collective = {w.lower() for w in collective_words}
        self.individual = {w.lower() for w in individual_words}
        nouns = "|".join(sorted(map(re.escape, [*collective_words, *individual_words]), key=len, reverse=True))
        self.nouns = nouns
        self.build_groups(NEVER)
        self.possessed = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?({nouns})\b", re.IGNORECASE)
        self.count_to = count_to
        self.count_verb = count_verb
        self.own_number = re.compile(rf"(?<![\w,.])({self.number})\s+$", re.IGNORECASE)
        self.own_scan = cue_scan(self.own_number)  # as `group_scan`: the same match
        # every count is digits or a number word: a text with neither holds no group (superset test)
        self.digit = re.compile(r"\d")
        # a word holding a shorter one ("fourteen", "four") is in a text only where the shorter one is
        by_length = sorted(self.word_numbers, key=len)
        self.number_words = tuple(w for i, w in enumerate(by_length) if not any(v in w for v in by_length[:i]))
        self.joiner = re.compile(r"^\s*[,;]\s")  # the component sets the language's joiner ("and", ",")
        # the component sets the language's repeated cue ("... to A and to 4 individuals")
        self.and_to: re.Pattern[str] = re.compile(NEVER)
        # the component sets the language's verb after a count that is its own clause's subject ("..., and
        # three cells were given ...": they receive the award after them, not the one before)
        self.subject_after: re.Pattern[str] = re.compile(NEVER)

    def build_groups(self, partitive: str) -> None:
        """The counted groups' expression; `partitive`: the words that may come between a count and the
        group it is a part of ("7 of the departing staff": seven of them are counted)."""
        self.group_re = re.compile(
            # a third word between only as a capitalised name's ("14 commune-level Veterans' Association branches")
            rf"(?<![\w,.])({self.number})\s+(?:{partitive})?(?:[\w'’-]+\s+){{0,2}}?(?:(?-i:[A-Z])[\w'’-]*\s+)?"
            rf"({self.nouns})\b(?!-)",
            re.IGNORECASE,
        )
        # the same matches, searched from where a count can start over the lower-cased text: the number
        # words' alternation is not tried case-insensitively at every word (`regex_start.cue_scan`)
        self.group_scan = cue_scan(self.group_re)

    def set_cues(self, g: SimpleNamespace) -> None:
        """The language's cues around a count (`g`: the awards grammar): the joiner of counts, the cue repeated
        before a count after a named recipient, the verb of a count that is its own clause's subject, and
        the partitive words between a count and its group (read only where the pack writes them)."""
        self.joiner, self.and_to, self.subject_after = g.count_and, g.count_and_to, g.count_subject_after
        if g.count_partitive.pattern != NEVER:
            self.build_groups(g.count_partitive.pattern)

    def value(self, raw: str) -> int:
        raw = raw.lower().replace(",", "")
        if raw.isdigit():
            return int(raw)
        value = 0
        for part in self.word_part.findall(raw):  # "one hundred and twelve": 1 x 100 + 12 ... + 10 + 2
            worth = self.word_numbers[part]
            value = (value or 1) * worth if worth >= 100 else value + worth
        return value

    def kind(self, noun: str) -> str:
        return "collective" if noun.lower() in self.collective else "individual"

    def noun_kind(self, words: str) -> str | None:
        """The kind of recipients a few words name ("outstanding officials" -> individual)."""
        for word in re.findall(r"[\w-]+", words.lower())[:4]:
            if word in self.collective:
                return "collective"
            if word in self.individual:
                return "individual"
        return None

    def may_count(self, text: str) -> bool:
        """Whether `text` may hold a count: a digit, or a number word (told in an ASCII text, which
        lower-cases letter for letter; any other text may)."""
        if self.digit.search(text) or not text.isascii():
            return True
        low = text.lower()
        for word in self.number_words:  # a loop, not `any` over a generator: asked per mention
            if word in low:
                return True
        return False

    def groups_in(self, text: str) -> list[CountGroup]:
        """Every "N collectives" in `text`, in order, as long as they are joined by and/commas."""
        out: list[CountGroup] = []
        if not self.may_count(text):
            return out
        for m in self.group_scan.finditer(text):
            if out and not self.joiner.match(text[out[-1].end : m.start()] + " "):
                break
            if YEAR.fullmatch(m.group(1)):
                continue  # a year, not a count
            end, noun = m.end(), m.group(2)
            owner = self.possessed.match(text, end)  # "9 communes' steering committees": the committees are counted
            if owner:
                end, noun = owner.end(), owner.group(1)
            out.append(CountGroup(self.value(m.group(1)), self.kind(noun), m.start(), end))
        return out

    def after(self, after: str) -> list[CountGroup]:
        """ "... to 15 collectives and 29 individuals", "...: 02 collectives", "... for 9 units"."""
        if not self.may_count(after):
            return []  # no count in any part of it (`groups_in` would find none)
        m = self.count_to.match(after)
        if not m:
            return []
        rest = after[m.end() :]
        groups = self.groups_in(rest)
        # the first count near the cue, or after a named recipient and the cue again ("to A and to 4
        # individuals"); the rest are joined on to it by the joiner, an aside and all
        if groups and self.subject_after.match(rest[groups[-1].end :]):
            return []  # "the Flag ..., and three Party cells were given Certificates ...": the next award's
        if groups and (groups[0].start <= 60 or self.and_to.search(rest, 0, groups[0].start)):
            return groups
        return []

    def before(self, before: str) -> list[CountGroup]:
        """ "Nine collectives were recognised as ...", "11 collectives and 29 individuals received ..."."""
        if not self.may_count(before):
            return []  # no count in any part of it (`groups_in` would find none)
        clause = CLAUSE_SPLIT.split(before)[-1]
        verb = self.count_verb.search(clause)
        if not verb:
            return []
        head = clause[: verb.start()]
        first = self.first_group_start(head)
        groups = self.groups_in(head[first:])
        if not groups:
            return []
        last_end = first + groups[-1].end
        if len(head[last_end:].split()) > 8:
            return []  # the count must be the verb's subject
        return groups

    def first_group_start(self, text: str) -> int:
        m = self.group_scan.search(text) if self.may_count(text) else None
        return m.start() if m else 0

    def own(self, before: str) -> int | None:
        """ "presented 45 certificates of commendation": the number of awards is the number of recipients."""
        m = self.own_scan.search(before[-30:])
        if not m or YEAR.fullmatch(m.group(1)):
            return None
        return self.value(m.group(1))


class CountKinds:
    """The award reader's count questions around a mention (a part of `AwardFinder`, which sets these
    attributes): the recipients counted, and the kind a form or a noun says they are."""

    g: SimpleNamespace
    counts: CountReader
    individual_only: set[str]
    collective_only: set[str]

    def count_groups(self, after: str, before: str) -> list[CountGroup]:
        return self.counts.after(after) or self.counts.before(before) or self.objects_with(before)

    def objects_with(self, before: str) -> list[CountGroup]:
        """ "X commended 12 offices and 31 individuals with Certificates ...": the verb's counted objects."""
        m = self.g.objects_with.search(before) if self.counts.may_count(before) else None
        return self.counts.groups_in(m.group("objects")) if m else []

    def fit_kind(self, award_type: str, groups: list[CountGroup]) -> list[CountGroup]:
        """A title for people counts people, a collective title counts collectives (Law on
        Emulation and Commendation 2022): "38 collectives ... Advanced Laborer" is not a pair."""
        wanted = self.kind_by_form(award_type)
        return [g for g in groups if wanted is None or g.kind == wanted]

    def kind_by_form(self, award_type: str) -> str | None:
        if award_type in self.individual_only:
            return "individual"
        if award_type in self.collective_only:
            return "collective"
        return None

    def kind_after(self, after: str) -> str | None:
        """ "45 certificates of commendation to outstanding officials": the recipients' noun says the kind."""
        m = self.counts.count_to.match(after)
        return self.counts.noun_kind(after[m.end() : m.end() + 40]) if m else None


def grade_of(
    text: str, s: int, e: int, grades: list[tuple[str, re.Pattern[str]]], grade_window: re.Pattern[str]
) -> str | None:
    """The class named beside the award ("Labor Order, third class", "third-class Labor Order") or in
    its own words ("the second prize"); none when the text names several ("first, second and third
    class" is a range, no grade)."""
    after = grade_window.match(text[e : e + 60])
    window = (after.group(0) if after else "") + " " + text[max(0, s - 14) : e]
    found = {grade for grade, regex in grades if regex.search(window)}
    return found.pop() if len(found) == 1 else None


LIST_ITEM = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[a-z][.)]|[IVXivx]{1,4}[.)]|[-–•*+])[ \t]+(\S.*)$")


def list_items(text: str, start: int, max_items: int = 60) -> list[tuple[int, int]]:
    """Character spans of the list items on the lines right after `start` (the end of
    the line that announces them). Stops at the first line that is not an item."""
    items: list[tuple[int, int]] = []
    pos = text.find("\n", start)
    while pos != -1 and len(items) < max_items:
        nxt = text.find("\n", pos + 1)
        line_end = nxt if nxt != -1 else len(text)
        line = text[pos + 1 : line_end]
        if not line.strip() and not items:
            pos = nxt
            continue
        m = LIST_ITEM.match(line)
        if not m:
            break
        items.append((pos + 1 + m.start(1), line_end))
        pos = nxt
    return items


class OrganisationNames:
    """Capitalised organisation names that close on a head noun ("... Joint Stock Bank"), for
    recipients the unit gazetteer does not know."""

    def __init__(
        self, heads: list[str], joiners: list[str], to_cue: re.Pattern[str], subject_cue: re.Pattern[str] | GatedPattern
    ) -> None:
        head = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
        join = "|".join(map(re.escape, joiners))
        word = r"(?:[A-Z][\w&'’.-]*|\d+)"
        self.name = re.compile(rf"{word}(?:\s+(?:(?:{join})\s+)*{word}){{0,10}}")
        cap = r"[A-Z][\w&'’.-]*"
        self.run = rf"{cap}(?:\s+{cap}){{0,8}}"  # capitalised words only: one item of a list
        self.ends_on_head = re.compile(rf"(?:^|\s)(?:{head})(?:\s+(?:No\.\s*)?(?:[IVXL]+|\d+))?$")
        self.word = word
        self.to_cue = to_cue
        self.subject_cue = subject_cue
        # a text holding none of the words the subject's verb needs has no subject name (most award clauses)
        self.subject_gate = WordGate(plain(subject_cue))
        # set by the component from its grammar: an article, a list-item end, the coordinator
        self.article = re.compile(r"(?!)")
        self.list_joiner = re.compile(r"[,]\s+$")
        self.coordinator = re.compile(r"(?!)")
        self._last_subject_hits: tuple[str | None, list[re.Match[str]]] = (None, [])

    def trimmed(self, name: str) -> str | None:
        """The longest prefix of `name` that ends on a head noun (drops "... Bank Director")."""
        words = name.rstrip(".,;:").split()
        for k in range(len(words), 0, -1):
            candidate = " ".join(words[:k])
            if self.ends_on_head.search(candidate) and k > 1:
                return self.article.sub("", candidate, count=1) if self.article.match(candidate) else candidate
        return None

    def after(self, text: str) -> list[str]:
        """ "... presented the Emulation Flag to Saigon Commercial Bank"; "... to Social Security
        Newspaper and Vietnam News Agency" is two names when each side closes on a head noun."""
        for m in self.name.finditer(text[:160]):
            if self.to_cue.match(text[: m.start()]):
                whole = m.group().rstrip(".,;:")
                for cut in self.coordinator.finditer(whole):
                    left, right = self.trimmed(whole[: cut.start()]), self.trimmed(whole[cut.end() :])
                    if left and right and whole[: cut.start()].strip() == left:
                        return [left, right]
                name = self.trimmed(whole)
                return [name] if name else []
        return []

    def subject_hits(self, before: str) -> list[re.Match[str]]:
        """The names right before a subject's verb; `subject` and `subjects` ask about the same text in
        turn, so the last answer is kept."""
        if self._last_subject_hits[0] != before:
            hits = (
                [m for m in self.name.finditer(before) if self.subject_cue.match(before[m.end() :])]
                if self.subject_gate.may_match(before)
                else []
            )
            self._last_subject_hits = (before, hits)
        return self._last_subject_hits[1]

    def subjects(self, before: str) -> list[str]:
        """ "Vietcombank, BIDV and Vietnam Post Corporation were presented with ...": every name of a
        coordinated subject, when at least one of them is an organisation's name."""
        hits = self.subject_hits(before)
        if not hits:
            return []
        names = [hits[-1].group().rstrip(".,;:")]
        start = hits[-1].start()
        while True:
            joined = re.search(rf"({self.run})\s*(?:{self.list_joiner.pattern})", before[:start])
            if not joined:
                break
            names.insert(0, joined.group(1).strip())
            start = joined.start()
        inner = list(self.coordinator.finditer(names[-1]))
        coordinated = bool(inner) or bool(
            self.coordinator.search(before[max(0, hits[-1].start() - 8) : hits[-1].start()])
        )
        if len(names) >= 2 and inner:
            cut = inner[-1]  # "A, B and C": the last "and" coordinates
            names[-1:] = [names[-1][: cut.start()], names[-1][cut.end() :]]
        if len(names) < 2 or not coordinated or not any(self.trimmed(n) for n in names):
            return []
        return [self.trimmed(n) or n for n in names]

    def subject(self, before: str) -> str | None:
        """ "Vietnam Post Corporation was awarded ...": the last name before the passive verb."""
        hits = self.subject_hits(before)
        return self.trimmed(hits[-1].group()) if hits else None
