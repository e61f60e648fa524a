"""Units: every named organisation, one canonical name per document.

Runs after the `unit_ruler` SpanRuler (patterns in `data/<lang>/unit_patterns.jsonl`,
spans in `doc.spans["unit_mentions"]`). This component

1. adds organisations read as names closed by a head noun (`org_names`);
2. canonicalises each mention by the rule that found it (RECORDS.md naming);
3. expands coordinated lists ("Vinh Long, Tay Ninh and Ca Mau provinces");
4. resolves short references ("the provincial Social Insurance", "the Cluster",
   an abbreviation in brackets) to the unit named in full (`unit_refs.py`);
5. groups mentions into units, with cluster members and leader roles.

Resolved mentions are left in `doc.spans["units"]` (label = kind,
`span._.unit` = canonical name) for the components that follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..folding import ascii_name
from ..models import LOCAL_OFFICES
from ..settings import DEFAULT_LANG
from .bank_branches import BranchReader
from .base import RuleComponent
from .bodies import parent_of as body_parent
from .doc_reads import span_text
from .doc_subject import most_named
from .extensions import doc_meta, place_tokens, set_span_unit, span_unit, text_of
from .lexicon import compile_grammar, fold, load_data
from .lexicon_models import PeopleData, UnitsData
from .org_names import ROMAN, OrgNameReader
from .unit_clusters import ClusterStructure
from .unit_lists import UnitLists
from .unit_owners import UnitOwners, labelled, labelled_range
from .unit_refs import UnitReferences, first_place
from .unit_ruler import ruled_spans

VSS = "Vietnam Social Security"
KNOWN_SPELLINGS = 10_000
TRAILING_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
SPACES = re.compile(r"\s+")
PERSON_NAME_SIZES = (3, 2, 4)
"""Words in a person's full name, most frequent first (a family name and one to three given names)."""


def roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, char in enumerate(numeral):
        value = values[char]
        total += -value if i + 1 < len(numeral) and values[numeral[i + 1]] > value else value
    return total


class UnitResolver(UnitReferences, RuleComponent):
    def __init__(
        self, nlp: Language, name: str = "pr_units", lang: str = DEFAULT_LANG, source_key: str = "unit_mentions"
    ) -> None:
        self.name = name
        self.source_key = source_key
        data = load_data(lang, "units", UnitsData)
        self.g = compile_grammar(data.grammar)
        self.lists = UnitLists(data)
        self.owners = UnitOwners(
            lang,
            data.owner_glue,
            data.own_office_bodies,
            [*data.of_words, *(g for g in data.name_glue if g[-1].isalpha())],
            data.own_office_possessors,
        )
        self.branches = BranchReader(lang)
        people = load_data(lang, "people", PeopleData)
        self.names = OrgNameReader(data, {fold(s) for s in people.surnames}, set(people.title_heads))
        self.title_heads = tuple(h.lower() for h in people.title_heads)
        self.city_level_rule = "district_after:City"
        self.clusters = ClusterStructure(data, self.g.leader, VSS)
        self.conjunctions = set(data.conjunctions)
        self.articles = set(data.articles)
        self.of_words = set(data.of_words)
        self.level_words = set(data.place_levels) | set(data.district_levels)
        self.written_place_forms = list(data.written_place_forms)
        self.written_names: dict[tuple[str, str], str] = {}  # (place, first spelling) -> name (`written_place_name`)
        self.article_forms = self.articles | {a.capitalize() for a in self.articles}
        self.district_levels = set(data.district_levels)
        self.district_default_level = data.district_default_level
        self.grassroots_word = data.grassroots_word
        self.office_word = data.office_word
        self.grassroots_suffix = data.grassroots_suffix
        self.generic_body_words = set(data.generic_body_words)
        self.own_place_bodies = {apostrophe_folded(n) for n in data.own_place_bodies}
        # "the Ministry's Council": a possessive's ending, and how an owner is joined after its body
        self.possessive_endings = tuple(g for g in data.name_glue if g[-1].isalpha())
        self.owner_joint = f" {data.of_words[0]} {data.articles[0]} " if data.of_words and data.articles else None
        self.indefinite_articles = set(data.indefinite_articles)
        self.list_joiners = {","} | self.conjunctions
        self.canonicalisers: dict[str, Callable[[Span], str | None]] = {
            "vss": lambda span: VSS,
            "province_office": self.province_name,
            "region": self.region_name,
            "district": self.district_name,
            "grassroots": self.grassroots_name,
            "grassroots_of": lambda span: self.named_after_of(span, self.grassroots_suffix),
            "district_of": lambda span: self.named_after_of(span, f"{self.district_default_level} Social Insurance"),
            "armed_forces_si": self.plain_name,
            "district_numbered": lambda span: f"{span[:2].text} Social Insurance",
            "cluster": self.cluster_name,
            "named_cluster": self.plain_name,
            "ministry": self.plain_name,
            "named_org": self.plain_name,
            "steering": self.steering_name,
            "org": self.plain_name,
        }
        # Rules whose pattern id carries an argument ("body:<canonical name>", "district_after:Town").
        self.parametrised: dict[str, Callable[[Span, str], str | None]] = {
            "body": lambda span, name: name,
            "provincial_body": self.provincial_body_name,
            "district_after": self.district_after_name,
            "district_body": self.district_body_name,
            "grassroots_after": lambda span, _: self.grassroots_after_name(span),
            # a body known by its number, the last word of its name ("BHXH Quân khu 7")
            "numbered": lambda span, template: template.format(n=span[-1].text),
        }

    # -- 1. mentions ---------------------------------------------------------
    def process(self, doc: Doc) -> None:
        ruled = ruled_spans(doc, self.source_key)
        names = self.names.spans(doc, ruled)
        # the ruler's spans are already apart and in order, as the filter would leave them
        mentions = filter_spans(ruled + names) if names or not in_order_apart(ruled) else ruled
        resolved = self.resolve(doc, mentions)
        if resolved:  # one line to look at: the last unit's
            resolved = self.without_byline_outlets(doc, resolved)
        divisions = [s for s in mentions if s.id_.startswith("division:") and s[0].is_title]
        own_office = self.own_office(doc, resolved) if divisions else None
        resolved, parents = self.owners.attach(doc, mentions, resolved, divisions, own_office)
        doc.spans["units"] = resolved
        doc._.units = self.build_units(doc, resolved, parents)

    def without_byline_outlets(self, doc: Doc, resolved: list[Span]) -> list[Span]:
        """The units but the outlet a closing byline names ("Thu Trang – Khanh Hoa Newspaper"): a unit
        that ends its line, after a name and a dash."""
        text = text_of(doc)
        last = resolved[-1]
        line_start = text.rfind("\n", 0, last.start_char) + 1
        line_end = text.find("\n", last.end_char)
        rest = text[last.end_char : line_end if line_end != -1 else len(text)]
        if rest.strip() or not self.g.news_outlet.search(text, last.start_char, last.end_char):
            return resolved
        # the name and dash before the outlet, or inside the unit's span when the name reader joined them
        byline = self.g.byline_outlet_before.match(text[line_start : last.start_char]) or any(
            self.g.byline_outlet_before.match(text[line_start:at])
            for at in range(last.start_char, last.end_char)
            if text[at - 1] in "–—-"
        )
        return resolved[:-1] if byline else resolved

    # -- 2-4. canonical names --------------------------------------------------
    def resolve(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        out: list[Span] = []
        refs: list[Span] = []
        covered: set[int] | None = None  # the tokens of any mention, for names listed before a district's
        for span in mentions:
            rule = span.id_ or "org"
            if rule.endswith("_ref") or rule == "own_province_body" or self.placeless_body(span):
                refs.append(span)
                continue
            if rule.startswith("division:"):
                continue  # named after their office (`UnitOwners`); "Trưởng phòng ..." is a title, not a division
            if rule == "province_office":
                for at in self.lists.places(doc, span):
                    name = f"{self.place_name(doc, at)} Social Security"
                    out.append(labelled_range(doc, at, at + 1, "provincial_office", name))
            elif rule == "region":
                for numeral in self.lists.numerals(doc, span.end):
                    out.append(self.labelled(numeral, "region_office", f"Social Insurance Region {numeral[-1].text}"))
            elif rule == "district":
                if covered is None:
                    covered = {i for s in mentions for i in range(s.start, s.end)}
                for run in self.lists.names_before(doc, span.start, covered):
                    out.append(self.labelled(run, "district_office", f"{run.text} {self.district_level(span)}"))
            elif rule.partition(":")[0] == "district_list":
                # "the post offices of A, B and C districts": the list's own head noun names each member
                suffix = rule.partition(":")[2] or "Social Insurance"
                label = span.label_ if rule.partition(":")[2] else "district_office"
                for run, level in self.lists.split_list(span):
                    out.append(self.labelled(run, label, f"{ascii_name(run.text)} {level} {suffix}"))
                continue
            head, _, arg = rule.partition(":")
            if head == "body" and span[0].is_lower:
                continue  # a gazetteer name must start capitalised: "ban thu" in running text is no body
            if head == "bank":
                branch = self.branches.branch(doc, span, arg)
                if branch:
                    out.append(self.labelled(branch[0], span.label_, branch[1]))
                continue
            if head in self.parametrised:
                canonical = self.parametrised[head](span, arg)
            else:
                canonical = self.canonicalisers.get(rule, self.plain_name)(span)
            if canonical:
                out.append(self.labelled(span, span.label_, canonical))
            elif rule == self.city_level_rule:
                # "Giám đốc BHXH thành phố <person>": the city's own office, named as a reference
                end = span.end - len(self.names_in(span))
                refs.append(Span(doc, span.start, end, label="provincial_office", span_id="province_ref"))
        out.extend(self.abbreviations(doc, out))
        out.extend(self.resolve_refs(doc, refs, out))
        out.sort(key=lambda s: s.start)
        return out

    labelled = staticmethod(labelled)

    def province_name(self, span: Span) -> str | None:
        at = first_place(span)
        return f"{self.place_name(span.doc, at)} Social Security" if at is not None else None

    def place_name(self, doc: Doc, at: int) -> str:
        """The gazetteer name of the province at token `at`, or the document's own spelling where both are
        current ("Ha Noi"): the spelling of the province's first mention, so one document keeps one name."""
        place = place_tokens(doc)[at]
        if not self.written_place_forms:
            return place
        meta = doc_meta(doc)
        names = meta.setdefault("unit_place_names", {}) if meta is not None else {}  # worked out once per document
        if place not in names:
            first_mentions = self.first_place_mentions(doc)
            first = first_mentions[place] if place in first_mentions else doc[at].text
            names[place] = self.written_place_name(place, first)
        name: str = names[place]
        return name

    def written_place_name(self, place: str, first: str) -> str:
        """The name of `place` as the form its first spelling in a document starts with, else the
        gazetteer's; kept per spelling (a few hundred), as every document names provinces."""
        key = (place, first)
        if key not in self.written_names:
            if len(self.written_names) >= KNOWN_SPELLINGS:
                self.written_names.clear()
            written = ascii_name(first)  # a Vietnamese text's "Thừa Thiên Huế" is the form "Thua Thien Hue"
            self.written_names[key] = next((f for f in self.written_place_forms if written.startswith(f)), place)
        return self.written_names[key]

    @staticmethod
    def first_place_mentions(doc: Doc) -> dict[str, str]:
        """Each province's first spelling in the document, read once per document."""
        meta = doc_meta(doc)
        cached = meta.get("first_place_mentions") if meta is not None else None
        if cached is None:
            cached = {}
            for i, place in place_tokens(doc).items():  # in token order
                if place not in cached:
                    cached[place] = doc[i].text
            if meta is not None:
                meta["first_place_mentions"] = cached
        return cached

    @staticmethod
    def region_name(span: Span) -> str | None:
        numeral = next((t.text for t in span if ROMAN.match(t.text)), None)
        return f"Social Insurance Region {numeral}" if numeral else None

    def district_level(self, span: Span) -> str:
        """ "District Social Insurance" / "Town Social Insurance": the level and office words of a district name."""
        level = next((t.text.title() for t in span if t.lower_ in self.district_levels), self.district_default_level)
        return f"{level} Social Insurance"

    def district_name(self, span: Span) -> str | None:
        words, level = [], self.district_default_level
        for tok in span:
            if tok.lower_ in self.district_levels:
                level = tok.text.title()
                break
            if tok.text not in self.article_forms:
                words.append(tok.text)
        return f"{' '.join(words)} {level} Social Insurance" if words else None

    def grassroots_name(self, span: Span) -> str | None:
        """Since July 2025 district offices are grassroots offices: "Y Yen Grassroots Social Security"."""
        words = [t.text for t in span if t.lower_ != self.grassroots_word and t.text not in self.article_forms]
        words = words[: next(i for i, w in enumerate(words) if w.lower() == self.office_word)]
        return f"{' '.join(words)} {self.grassroots_suffix}" if words else None

    def named_after_of(self, span: Span, suffix: str) -> str | None:
        """ "Grassroots Social Insurance office of Tan Dinh ward" -> "Tan Dinh" + suffix."""
        at = next((t.i for t in span if t.lower_ in self.of_words), None)
        if at is None:
            return None
        words = [
            t.text
            for t in span.doc[at + 1 : span.end]
            if t.is_title and t.text not in self.article_forms and t.lower_ not in self.level_words
        ]
        return f"{' '.join(words)} {suffix}" if words else None

    @staticmethod
    def cluster_name(span: Span) -> str | None:
        """ "Cluster No. 5", "Cluster No.5", "Cluster 5", "Cluster V" -> "Emulation Cluster No. 5"."""
        for tok in reversed(span):
            digits = re.search(r"\d+$", tok.text)
            if digits:
                return f"Emulation Cluster No. {int(digits.group())}"
            if ROMAN.match(tok.text):
                return f"Emulation Cluster No. {roman_value(tok.text)}"
        return None

    @staticmethod
    def provincial_body_name(span: Span, template: str) -> str | None:
        at = first_place(span)
        place = place_tokens(span.doc)[at] if at is not None else None
        return template.format(place=place) if place else None

    def district_after_name(self, span: Span, level: str) -> str | None:
        """Vietnamese order, the level before the name: "BHXH huyện Sông Hinh" -> "Song Hinh District Social Insurance"."""
        name_tokens = self.name_after_level(span)
        return f"{ascii_name(' '.join(name_tokens))} {level} Social Insurance" if name_tokens else None

    def district_body_name(self, span: Span, template: str) -> str | None:
        """A district's body named like its office: "Bưu điện huyện Đông Triều" -> "Dong Trieu District Post Office"."""
        name_tokens = self.name_after_level(span)
        return template.format(name=ascii_name(" ".join(name_tokens))) if name_tokens else None

    def grassroots_after_name(self, span: Span) -> str | None:
        """Vietnamese order: "BHXH cơ sở Tánh Linh" -> "Tanh Linh" + the pack's grassroots suffix."""
        name_tokens = self.name_after_level(span)
        return f"{ascii_name(' '.join(name_tokens))} {self.grassroots_suffix}" if name_tokens else None

    def name_after_level(self, span: Span) -> list[str]:
        """The capitalised name closing an office's name, without the person a title names after it:
        "Giám đốc BHXH huyện A B Nguyễn Văn C" is the office "A B" and its director. A name in capitals
        (a paper's header line) is the words after its level, title-cased."""
        if span.text.isupper():
            marks = self.level_words | set(self.grassroots_word.split())
            last = max((t.i for t in span if t.lower_ in marks), default=span.end - 1)
            return [t.text.title() for t in span.doc[last + 1 : span.end]]
        run = self.names_in(span)  # the level word before the name is lower case
        if not run:
            return []
        tail = run[-1].i + 1  # the run may go on past the span: the rest of a person's name
        while tail < len(span.doc) and span.doc[tail].is_title and tail - run[0].i < 7:
            run.append(span.doc[tail])
            tail += 1
        words = [t.text for t in run]
        in_span = sum(1 for t in run if t.i < span.end)
        if self.after_title(span):
            min_start = 1 if len(words) < 3 else 0  # two capitalised words alone are a place
            for size in PERSON_NAME_SIZES:
                k = len(words) - size
                if k >= min_start and fold(words[k]) in self.names.surnames:
                    return words[: min(k, in_span)]
        return words[:in_span]

    @staticmethod
    def names_in(span: Span) -> list[Token]:
        """The capitalised tokens closing a span."""
        out: list[Token] = []
        for tok in reversed(span):
            if not tok.is_title:
                break
            out.insert(0, tok)
        return out

    def after_title(self, span: Span) -> bool:
        before = text_of(span.doc)[max(0, span.start_char - 40) : span.start_char].rstrip().lower()
        return any(before.endswith(head) for head in self.title_heads)

    def plain_name(self, span: Span) -> str:
        text = self.g.leading_article.sub("", span_text(span))
        text = TRAILING_BRACKETS.sub("", text)
        return SPACES.sub(" ", text).strip()

    def steering_name(self, span: Span) -> str:
        """ "Provincial Steering Committee for X in Bac Ninh province" -> "Bac Ninh Provincial Steering Committee for X"."""
        at = first_place(span)
        if at is None:
            return self.plain_name(span)
        head = span.doc[span.start : at]
        text = self.g.trailing_in.sub("", self.plain_name(head))
        return f"{place_tokens(span.doc)[at]} {text}"

    # -- 5. units ----------------------------------------------------------------
    def build_units(self, doc: Doc, resolved: list[Span], owners: dict[str, str] | None = None) -> list[dict]:
        units: dict[str, dict] = {}
        for span in resolved:
            name = span_unit(span)
            text = span_text(span)
            unit = units.get(name)
            if unit is None:
                label = span.label_
                unit = units[name] = {
                    "name": name,
                    "kind": label or "other",
                    "mentions": [],
                    "parent": (owners or {}).get(name) or self.parent_of(label, name),
                    "members": [],
                    "role": None,
                    "evidence": {"start": span.start_char, "end": span.end_char, "text": text},
                }
            if text not in unit["mentions"]:
                unit["mentions"].append(text)
        self.clusters.read(doc, resolved, units)
        self.merge_generic_bodies(units, resolved, lambda: self.own_place(doc, resolved))
        if self.possessive_endings:
            self.name_possessive_owners(units, resolved)
        return list(units.values())

    def name_possessive_owners(self, units: dict[str, dict], resolved: list[Span]) -> None:
        """ "the Ministry's Emulation and Commendation Council", in a document that names one ministry (the
        Ministry of Finance): "Emulation and Commendation Council of the Ministry of Finance", the way the
        body is named in full."""
        for name in list(units):
            first, _, rest = name.partition(" ")
            ending = next((e for e in self.possessive_endings if first.endswith(e)), None)
            if not ending or not rest or self.owner_joint is None:
                continue
            owner_word = first[: -len(ending)]
            owners = [other for other in units if other.startswith(owner_word + " ") and other != name]
            if len(owners) != 1:
                continue
            full = f"{rest}{self.owner_joint}{owners[0]}"
            if full in units:
                self.merge_into(units, resolved, name, full)
                continue
            unit = units[full] = units.pop(name)
            unit["name"] = full
            for span in resolved:
                if span_unit(span) == name:
                    set_span_unit(span, full)

    def merge_generic_bodies(
        self, units: dict[str, dict], resolved: list[Span], own_place: Callable[[], str | None]
    ) -> None:
        """ "Provincial People's Committee" is the "Ninh Binh Provincial People's Committee"
        the same document names in full: one unit, two mentions. Longer names merge first, so
        "People's Committee" finds one fuller name once "Provincial People's Committee" has joined it.
        A body named by its level alone that no fuller name stands for ("the City People's Committee")
        is the body of the document's own place (`own_place`), so two cities' committees stay apart."""
        for name in [n for n in units if n.split()[0] in self.indefinite_articles]:
            rest = name.split(" ", 1)[1] if " " in name else ""
            if rest in units:  # "A Vu Thu District Social Insurance official": the office named without it
                self.merge_into(units, resolved, name, rest)
        generic = [name for name in units if name.split()[0] in self.generic_body_words]
        for name in sorted(generic, key=len, reverse=True):
            full = [other for other in units if other != name and other.endswith(" " + name)]
            if not full and apostrophe_folded(name) in self.own_place_bodies:
                place = own_place()
                if place:
                    self.rename(units, resolved, name, f"{place} {name}")
                continue
            if len(full) == 1:
                target = units[full[0]]
                for mention in units.pop(name)["mentions"]:
                    if mention not in target["mentions"]:
                        target["mentions"].append(mention)
                for span in resolved:
                    if span_unit(span) == name:
                        set_span_unit(span, full[0])

    def own_place(self, doc: Doc, resolved: list[Span]) -> str | None:
        """The province or city of the document's own office: its most-named provincial office's place,
        else the one province the document names most."""
        office = most_named(resolved, ("provincial_office",))
        return office.removesuffix(" Social Security") if office else self.main_place(doc)

    @classmethod
    def rename(cls, units: dict[str, dict], resolved: list[Span], name: str, new_name: str) -> None:
        """Unit `name` is called `new_name`: merged into it when the document names it too."""
        if new_name in units:
            cls.merge_into(units, resolved, name, new_name)
            return
        renamed = [(new_name if key == name else key, unit) for key, unit in units.items()]  # in place, in order
        units.clear()
        units.update(renamed)
        units[new_name]["name"] = new_name
        for span in resolved:
            if span_unit(span) == name:
                set_span_unit(span, new_name)

    @staticmethod
    def merge_into(units: dict[str, dict], resolved: list[Span], name: str, target_name: str) -> None:
        """Unit `name` is `target_name` written another way: its mentions and spans join it."""
        target = units[target_name]
        for mention in units.pop(name)["mentions"]:
            if mention not in target["mentions"]:
                target["mentions"].append(mention)
        for span in resolved:
            if span_unit(span) == name:
                set_span_unit(span, target_name)

    @staticmethod
    def parent_of(kind: str, name: str) -> str | None:
        if kind in (*LOCAL_OFFICES, "cluster") and name != VSS:
            return VSS
        return body_parent(name)


def apostrophe_folded(name: str) -> str:
    """ "People’s" and "People's": one name, whichever apostrophe the writer typed."""
    return name.replace("\u2019", "'")


def in_order_apart(spans: list[Span]) -> bool:
    """Whether each span ends before the next one starts."""
    return all(a.end <= b.start for a, b in zip(spans, spans[1:]))
