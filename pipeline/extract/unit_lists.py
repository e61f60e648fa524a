"""Lists that name several units at once: one unit per member of the list.

- "the social security agencies of Ca Mau, Ben Tre and Tra Vinh provinces";
- "Social Insurance Regions VII, IX and XV" (numerals after the first);
- "Hoan Kiem, Ba Dinh and Tay Ho District Social Insurance" (names before the first);
- "the social insurance offices of Cau Giay, Dong Da and Hai Ba Trung districts"
  (a ruler span `district_list`, split at its joiners).

The units component calls these while it canonicalises mentions; every word
list comes from `data/<lang>/units.yml`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .extensions import place_tokens
from .lexicon_models import UnitsData
from .org_names import ROMAN

MAX_NAME_WORDS = 4


class UnitLists:
    def __init__(self, data: UnitsData) -> None:
        self.conjunctions = set(data.conjunctions)
        self.joiners = {","} | self.conjunctions
        self.region_words = set(data.region_words)
        self.of_words = set(data.of_words)
        self.articles = set(data.articles)
        self.plural_levels = data.plural_levels
        self.sentence_openers = set(data.sentence_openers) | set(data.leading_noise)

    def places(self, doc: Doc, span: Span) -> list[int]:
        """The tokens of other places coordinated with the one in `span`: "A, B and C provinces"."""
        is_place = place_tokens(doc)
        places = [i for i in range(span.start, span.end) if i in is_place]
        if not places:
            return []
        found = []
        i = places[0] - 1
        while i - 1 >= 0 and (i - 1) in is_place and doc[i].text in self.joiners:
            found.append(i - 1)
            i -= 2
        j = places[-1] + 1
        while j + 1 < len(doc):
            if (j + 1) in is_place and doc[j].text in self.joiners:
                found.append(j + 1)
                j += 2
            elif (
                j + 2 < len(doc) and (j + 2) in is_place and doc[j].text == "," and doc[j + 1].text in self.conjunctions
            ):
                found.append(j + 2)
                j += 3
            else:
                break
        return found

    def numerals(self, doc: Doc, end: int) -> list[Span]:
        """ "Social Insurance Regions VII, IX and XV" or "Region VIII (A – B) and Region XXVI": the numerals
        after the first (a bracketed aside after a numeral is skipped), each a region."""
        found = []
        i = self.skip_brackets(doc, end)
        while i + 1 < len(doc) and doc[i].text in self.joiners:
            j = i + 1
            if doc[j].text in self.conjunctions:
                j += 1
            if j < len(doc) and doc[j].lower_ in self.region_words:
                j += 1
            if j >= len(doc) or not ROMAN.match(doc[j].text):
                break
            found.append(doc[i + 1 : j + 1])
            i = self.skip_brackets(doc, j + 1)
        return found

    @staticmethod
    def skip_brackets(doc: Doc, i: int) -> int:
        if i < len(doc) and doc[i].text == "(":
            close = next((k for k in range(i + 1, min(len(doc), i + 12)) if doc[k].text == ")"), None)
            if close is not None:
                return close + 1
        return i

    def names_before(self, doc: Doc, start: int, covered: set[int]) -> list[Span]:
        """ "Hoan Kiem, Ba Dinh and Tay Ho District Social Insurance": the names coordinated before the first."""
        found = []
        i = start
        while i - 2 >= 0 and doc[i - 1].text in self.joiners:
            if i == start and doc[i - 1].text not in self.conjunctions:
                break  # "In September, X District ...": a list's last name follows "and", not a comma
            j = i - 1
            if doc[j].text in self.conjunctions and doc[j - 1].text == ",":
                j -= 1
            k = j
            while k - 1 >= 0 and j - (k - 1) <= MAX_NAME_WORDS and self.name_word(doc[k - 1], covered):
                k -= 1
            if k == j:
                break
            found.append(doc[k:j])
            i = k
        return found

    def names_ending_at(self, doc: Doc, end: int, covered: set[int]) -> list[Span]:
        """ "from A, B and C district offices": the name right before the plural level word, then the names
        coordinated before it."""
        k = end
        while k - 1 >= 0 and end - (k - 1) <= MAX_NAME_WORDS and self.name_word(doc[k - 1], covered):
            k -= 1
        return [doc[k:end], *self.names_before(doc, k, covered)] if k < end else []

    def name_word(self, tok: Token, covered: set[int]) -> bool:
        return (
            tok.is_title
            and tok.i not in place_tokens(tok.doc)
            and tok.i not in covered
            and not (tok.is_sent_start and tok.text in self.sentence_openers)
        )

    def split_list(self, span: Span) -> list[tuple[Span, str]]:
        """A `district_list` span: the names after its plural level word ("BHXH các huyện A, B và C"), or
        between "of [the]" and the level word closing it ("... offices of A, B and C districts"), and that level."""
        doc = span.doc
        at = next((t.i for t in span if t.lower_ in self.plural_levels), span.end - 1)
        level = self.plural_levels.get(doc[at].lower_, "")
        if at < span.end - 1:
            i, end = at + 1, span.end  # the level before its names
        else:
            i, end = next((t.i + 1 for t in span if t.lower_ in self.of_words), span.start), span.end - 1
            if i < end and doc[i].lower_ in self.articles:
                i += 1
        runs, run_start = [], i
        for k in range(i, end + 1):
            if k == end or doc[k].text in self.joiners:
                if k > run_start:
                    runs.append((doc[run_start:k], level))
                run_start = k + 1
        return runs
