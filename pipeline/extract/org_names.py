"""Organisation names read as grammatical units, not as runs of capitals.

A name closes on a head noun from an inventory (`org_heads` in
`data/<lang>/units.yml`: council, committee, department, bank, society ...).
Before the head it takes capitalised words, joined by "and", "'s" or a dash;
after it, repeatable complements ("of the Central Emulation and Commendation
Board", "for Foreign Trade of Vietnam") whose own words may be joined by
"and", a place's level word ("of Tra Vinh province"), company suffixes
("Co., Ltd") and a branch after a dash ("(Vietcombank) – X Branch").

The reader is bounded so a name never runs on: a complement stops at a
lower-case word, a person's name, a new sentence, a second organisation
coordinated by "and" ("... Affairs and the Provincial People's Committee"),
and before an office of the VSS family (the parent, named on its own).

Steering committees "for <policy topics>" have lower-case names: `org_steering`
reads them, and `spans` returns both.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span, Token

from ..models import VSS_OFFICES, UnitKind
from .bodies import office_divisions
from .doc_reads import positions, span_text, word_id_array, word_ids
from .extensions import place_tokens, sentence_start
from .lexicon import fold, is_syllable
from .lexicon_models import UnitsData
from .org_steering import SteeringReader

ROMAN = re.compile(r"^[IVXL]+$")
# spans found by the unit ruler whose kind is a VSS office: a complement stops before them
VSS_FAMILY = VSS_OFFICES
MAX_GLOSS_WORDS = 3
"""Words of a bracketed translation inside a name ("Lao Dong (Labour) Newspaper")."""


ENTERPRISE = "enterprise"  # the kind of a company's head noun (units.yml `org_heads`)


class OrgNameReader:
    """Finds organisation names in a document; `spans(doc, mentions)` is the one entry point."""

    def __init__(self, data: UnitsData, surnames: set[str], person_titles: set[str]) -> None:
        self.head_kind = {w: kind for kind, words in data.org_heads.items() for w in words}
        self.committee_kinds = {w: kind for kind, words in data.committee_kinds.items() for w in words}
        self.not_org = {w.lower() for w in data.not_org}
        self.surnames = surnames
        self.person_titles = person_titles
        self.possessives = {g for g in data.name_glue if g[-1].isalpha()}
        self.conjunctions = set(data.conjunctions)
        self.name_glue = set(data.name_glue)
        self.dashes = {g for g in data.name_glue if not g[-1].isalpha() and g not in ("'", "’")}
        self.leading_noise = set(data.leading_noise)
        self.strip_before_name = self.conjunctions | self.name_glue
        self.head_continuations = set(data.head_continuations)
        self.company_suffixes = set(data.company_suffixes)
        self.office_part_heads = set(data.office_part_heads)
        self.office_body_heads = set(data.office_body_heads)
        self.agency_part_heads = set(data.agency_part_heads)
        self.part_owners = set(office_divisions().owners)
        self.event_nouns = set(data.event_nouns) | set(data.programme_nouns)  # a meeting's or a programme's name
        self.sentence_openers = set(data.sentence_openers)
        self.of_words = set(data.of_words)
        self.articles = set(data.articles)
        self.place_levels = set(data.place_levels)
        self.new_conjunct_words = set(data.generic_body_words) | set(data.new_conjunct_words)
        self.committee_head = data.committee_head
        self.own_province_words = set(data.own_province_words)
        self.own_province_not_with = set(data.own_province_not_with)
        self.steering = SteeringReader(data)
        # the words a name opens on, as string ids: looked for in the document's id arrays
        # instead of a Python test on every token
        self.head_ids = word_id_array(self.head_kind)

    def spans(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        """Head-noun names and steering committees (labels are kinds, span ids the naming rule)."""
        heads = positions(word_ids(doc, ORTH), self.head_ids)
        spans = self.steering.committees(doc)
        if not heads:
            return spans
        family_starts = {s.start for s in mentions if s.label_ in VSS_FAMILY}
        mention_starts = {s.start for s in mentions}
        # "X Social Security and Y General Hospital": "and" right after an office of the family opens a new body
        family_ends = {s.end for s in mentions if s.label_ in VSS_FAMILY}
        owners = {s.start: s.end for s in mentions if s.label_ in self.part_owners} if self.office_part_heads else {}
        agency = (
            {s.start: s.end for s in mentions if s.label_ == UnitKind.agency.value} if self.agency_part_heads else {}
        )
        return self.head_noun_orgs(doc, family_starts, mention_starts, heads, family_ends, owners, agency) + spans

    # -- names closed by a head noun ---------------------------------------------
    def head_noun_orgs(
        self,
        doc: Doc,
        family_starts: set[int],
        mention_starts: set[int],
        heads: list[int],
        family_ends: frozenset[int] | set[int] = frozenset(),
        part_owners: dict[int, int] | None = None,
        agency_owners: dict[int, int] | None = None,
    ) -> list[Span]:
        """`heads`: the tokens written as a head noun; `family_ends`: where the family's offices end;
        `part_owners`: the offices that may own a division, start -> end; `agency_owners`: the same for
        the agency's own boards and centres."""
        spans = []
        for i in heads:
            tok = doc[i]
            if (not tok.is_title and not tok.is_upper) or self.head_before_head(doc, tok.i):
                continue
            start = tok.i
            sent_start = sentence_start(doc, i)
            while True:
                while (
                    start > sent_start
                    and self.name_word(doc[start - 1], doc, start - 1)
                    and not (start - 1 in family_ends and doc[start - 1].text in self.conjunctions)
                ):
                    start -= 1
                before_gloss = self.gloss_start(doc, start, sent_start)
                if before_gloss == start:
                    break
                start = before_gloss
            while start < tok.i and (
                doc[start].text in self.strip_before_name
                or (doc[start].is_sent_start and doc[start].text in self.leading_noise)
            ):
                start += 1  # "An" opens a sentence, but "to An Phu Transport Cooperative" is a name
            start = self.after_person_dash(doc, start, tok.i)
            if (
                start + 3 < tok.i
                and doc[start + 1].text in self.possessives
                and self.head_kind.get(tok.text) == ENTERPRISE
            ):
                # "Vinafor's Dak To Timber Company": a one-word owner, then a company's name of its own (two words
                # or more before the head; "People's Committee", "the Ministry's ... Council" are no companies)
                start += 2
            if start > 0 and doc[start - 1].lower_ in self.of_words:
                # "the Ministry of Finance's Emulation Council": the possessor belongs to the body before "of"
                start = next((t.i + 1 for t in doc[start : tok.i] if t.text in self.possessives), start)
            end = self.after_head(doc, tok.i + 1)
            # "the Party Committee of X Provincial Social Security": a party body of the office, named with it
            own_body = self.org_kind(doc[start:end], tok.text) == "party_body" or tok.text in self.office_body_heads
            end = self.complements(doc, end, set() if own_body else family_starts, mention_starts)
            if part_owners and tok.text in self.office_part_heads:
                end = self.owning_office(doc, end, part_owners)
            elif agency_owners and tok.text in self.agency_part_heads:
                end = self.owning_office(doc, end, agency_owners)  # "the Communication Centre of VSS"
            end = self.branch(doc, end)
            if end < len(doc) and doc[end].text in self.event_nouns:
                continue  # "the ASSA Board Meeting", "the Women's Union Shelter": a meeting's or a programme's name
            rule = "org"
            if (
                start > sent_start
                and doc[start - 1].text in self.own_province_words
                and not any(t.text in self.own_province_not_with for t in doc[start:end])
            ):
                start -= 1  # "the provincial Police": a body of the province the document is about
                rule = "own_province_body"
            span = doc[start:end]
            kind = self.org_kind(span, tok.text)
            if start == tok.i and kind not in ("party_body",) and end == tok.i + 1:
                continue  # a bare head noun ("the Committee") names nothing
            text = span_text(span).lower()
            if text in self.not_org or text.removeprefix("the ") in self.not_org:
                continue
            spans.append(Span(doc, start, end, label=kind, span_id=rule))
        return spans

    def gloss_start(self, doc: Doc, start: int, sent_start: int) -> int:
        """ "Lao Dong (Labour) Newspaper": a bracketed translation of capitalised words inside a name, after
        a name word, is stepped over (the name is read on before it; `plain_name` drops the gloss)."""
        if start - 3 < sent_start or doc[start - 1].text != ")":
            return start
        for open_at in range(start - 3, max(sent_start, start - 2 - MAX_GLOSS_WORDS) - 1, -1):
            if doc[open_at].text == "(":
                inside = doc[open_at + 1 : start - 1]
                if all(t.is_title for t in inside) and self.name_word(doc[open_at - 1], doc, open_at - 1):
                    return open_at
                return start
        return start

    def name_word(self, tok: Token, doc: Doc, i: int) -> bool:
        if tok.is_title or tok.is_upper or i in place_tokens(doc):
            return not tok.is_sent_start or tok.text not in self.sentence_openers
        if tok.text in self.name_glue:
            return i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper or (i - 1) in place_tokens(doc))
        if tok.text in self.conjunctions:
            # "Party Personnel and Affairs Committee", not "Party Committee and People's Committee" nor
            # "X Provincial Social Security and X Post Office" (a place after "and" opens the second body)
            return (
                i > 0
                and doc[i - 1].is_title
                and doc[i - 1].text not in self.head_kind
                and i + 1 < len(doc)
                and doc[i + 1].is_title
                and (i + 1) not in place_tokens(doc)
            )
        return False

    def after_head(self, doc: Doc, end: int) -> int:
        """Further head nouns and company suffixes: "Department Office", "Trading Co., Ltd"."""
        while end < len(doc):
            text = doc[end].text
            if text in self.head_kind or text in self.head_continuations or text in self.company_suffixes:
                end += 1
            elif text == "," and end + 1 < len(doc) and doc[end + 1].text in self.company_suffixes:
                end += 2
            else:
                break
        return end

    def owning_office(self, doc: Doc, end: int, part_owners: dict[int, int]) -> int:
        """ "Collection Division of Social Insurance Region VIII": the local office after "of" closes the name."""
        if end + 1 >= len(doc) or doc[end].lower_ not in self.of_words:
            return end
        j = end + 1 + (doc[end + 1].lower_ in self.articles)
        return part_owners.get(j, end)

    def complements(self, doc: Doc, end: int, family_starts: set[int], mention_starts: set[int]) -> int:
        """Extend the name over "of the Provincial Agencies Bloc", "for Emulation and Commendation" (repeatable).

        A complement stops before a person's name and is not taken when it is
        a generic body ("of the Party Committee") or an office of the VSS
        family, which is the parent named on its own.
        """
        while end + 1 < len(doc) and doc[end].lower_ in self.of_words:
            j = end + 1
            if doc[j].lower_ in self.articles:
                j += 1
            if j in family_starts:
                break
            k = self.name_run(doc, j, mention_starts)
            if k == j or doc[j:k].text.lower() in self.not_org:
                break
            end = k
        return end

    def name_run(self, doc: Doc, j: int, mention_starts: set[int]) -> int:
        """The end of the capitalised words of a complement starting at `j`."""
        k = j
        n = len(doc)
        while k < n:
            tok = doc[k]
            if self.capitalised(tok) or (k > j and (ROMAN.match(tok.text) or tok.like_num) and doc[k - 1].is_title):
                if (
                    (tok.is_sent_start and k != j)
                    or (self.starts_name(doc, k) and not (k == j and self.names_a_body(doc, j)))
                    or (tok.text in self.person_titles and not self.word_of_head(doc, k))
                ):
                    break  # "Department of Health Director Nguyen ...": the title and name are not the body's
                k += 1
            elif k > j and k + 1 < n and tok.text in self.name_glue and self.capitalised(doc[k + 1]):
                k += 1
            elif k > j and tok.text == "," and self.inner_list(doc, k, mention_starts):
                k += 1  # "of Labour, Invalids and Social Affairs"
            elif (
                k > j
                and k + 1 < n
                and tok.text in self.conjunctions
                and doc[k - 1].is_title
                and doc[k + 1].is_title
                and not self.new_conjunct(doc, k + 1, mention_starts)
            ):
                k += 1
            else:
                break
        if j < k < n and doc[k].is_lower and doc[k].lower_ in self.place_levels:
            k += 1  # "of Tra Vinh province"
        elif j < k and k + 1 < n and doc[k].text == "," and doc[k + 1].text in self.company_suffixes:
            k += 2  # "of Hoa Phat Steel Co., Ltd.": the company's suffix closes it
        return k

    def names_a_body(self, doc: Doc, j: int) -> bool:
        """ "of the Ho Chi Minh Communist Youth Union": capitalised words opening like a person's name but
        closed by a head noun name a body, not a person."""
        k = j
        while k < len(doc) and doc[k].is_title:
            if doc[k].text in self.head_kind:
                return True
            k += 1
        return False

    def inner_list(self, doc: Doc, k: int, mention_starts: set[int]) -> bool:
        """A comma inside a name: "A, B and C" where every member is capitalised words, none a new body."""
        i = k + 1
        while i < len(doc) and doc[i].is_title and not self.new_conjunct(doc, i, mention_starts):
            i += 1
            while i < len(doc) and doc[i].is_title:
                i += 1
            if i + 1 < len(doc) and doc[i].text in self.conjunctions:
                return doc[i + 1].is_title and not self.new_conjunct(doc, i + 1, mention_starts)
            if i >= len(doc) or doc[i].text != ",":
                return False
            i += 1
        return False

    @staticmethod
    def capitalised(tok: Token) -> bool:
        return bool(tok.is_title or tok.is_upper or tok.i in place_tokens(tok.doc))

    def new_conjunct(self, doc: Doc, i: int, mention_starts: set[int]) -> bool:
        """After "and": a second organisation, not the rest of this name."""
        tok = doc[i]
        return i in mention_starts or i in place_tokens(doc) or tok.text in self.new_conjunct_words

    def branch(self, doc: Doc, end: int) -> int:
        """ "Bank ... (Vietcombank) – X Branch": an abbreviation in brackets, then a dash and a head-noun name."""
        i = end
        n = len(doc)
        if i + 3 < n and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 3].text in self.dashes:
            i += 3
        if i + 1 >= n or doc[i].text not in self.dashes:
            return end
        k = i + 1
        while k < n and k - i <= 6 and self.capitalised(doc[k]):
            if doc[k].text in self.head_kind:
                return k + 1
            k += 1
        return end

    def after_person_dash(self, doc: Doc, start: int, head: int) -> int:
        """A byline "Nguyen Van A – Emulation and Commendation Department": the person's name before the
        dash is not part of the body's name."""
        for k in range(start, head):
            if (
                doc[k].text in self.dashes
                and doc[k].whitespace_
                and (self.starts_name(doc, start) or self.line_opening_name(doc, start, k))
            ):
                return k + 1
        return start

    @staticmethod
    def line_opening_name(doc: Doc, start: int, dash: int) -> bool:
        """ "Thu Hien - X Centre" opening a line: a byline's given names (two to four syllables, no family
        name needed) before the dash."""
        opens_line = start == 0 or doc[start - 1].text_with_ws.endswith("\n") or "\n" in doc[start - 1].text
        return (
            opens_line and 2 <= dash - start <= 4 and all(t.is_title and is_syllable(t.text) for t in doc[start:dash])
        )

    def starts_name(self, doc: Doc, i: int) -> bool:
        return (
            fold(doc[i].text) in self.surnames
            and i + 1 < len(doc)
            and doc[i + 1].is_title
            and is_syllable(doc[i + 1].text)
        )

    def word_of_head(self, doc: Doc, k: int) -> bool:
        """A title's word right before a head noun ("of X General Hospital"): a word of the body's name, no
        person's title ("Department of Health Director Nguyen ..." still stops at the title)."""
        return k + 1 < len(doc) and doc[k + 1].text in self.head_kind

    def head_before_head(self, doc: Doc, i: int) -> bool:
        """A head noun right before another capitalised one ("Provincial Cooperative Alliance"): the last head
        names the body and gives its kind (an alliance of cooperatives is no company); the same name is read
        from there."""
        return i + 1 < len(doc) and doc[i + 1].text in self.head_kind and doc[i + 1].is_title

    def org_kind(self, span: Span, head: str) -> str:
        if head == self.committee_head:
            for word, kind in self.committee_kinds.items():
                if word in span_text(span).split():
                    return kind
        return self.head_kind.get(head, "other")
