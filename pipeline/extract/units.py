"""Units: every named organisation, one canonical name per document.

Runs after the `unit_ruler` SpanRuler (patterns in `data/<lang>/unit_patterns.jsonl`,
spans in `doc.spans["unit_mentions"]`). This component

1. adds organisations read as names closed by a head noun (`org_names`);
2. canonicalises each mention by the rule that found it (RECORDS.md naming, `unit_naming.py`);
3. expands coordinated lists ("Vinh Long, Tay Ninh and Ca Mau provinces");
4. resolves short references ("the provincial Social Insurance", "the Cluster",
   an abbreviation in brackets) to the unit named in full (`unit_refs.py`);
5. groups mentions into units, with cluster members and leader roles, and merges the
   units that are one body (`unit_merging.py`).

Resolved mentions are left in `doc.spans["units"]` (label = kind,
`span._.unit` = canonical name) for the components that follow.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..folding import ascii_name
from ..models import LOCAL_OFFICES
from ..settings import DEFAULT_LANG
from .bank_branches import BranchReader
from .base import RuleComponent
from .bodies import parent_of as body_parent
from .doc_reads import span_text
from .doc_subject import most_named
from .extensions import span_unit, text_of
from .lexicon import compile_grammar, fold, load_data
from .lexicon_models import PeopleData, UnitsData
from .org_names import OrgNameReader
from .org_names_vi import HeadFirstOrgReader
from .unit_city_offices import city_office_place
from .unit_clusters import ClusterStructure
from .unit_embedded import name_embedded_owners
from .unit_lists import UnitLists
from .unit_merging import UnitMerging, apostrophe_folded
from .unit_naming import UnitNaming
from .unit_owners import UnitOwners, labelled, labelled_range
from .unit_refs import UnitReferences
from .unit_renames import one_renamed_office
from .unit_ruler import ruled_spans
from .unit_unions import office_unions

VSS = "Vietnam Social Security"


class UnitResolver(UnitNaming, UnitMerging, UnitReferences, RuleComponent):
    """The units component: reads the mentions and groups them; its parts name them (`UnitNaming`), merge
    the units that are one (`UnitMerging`) and resolve short references (`UnitReferences`)."""

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
            data.of_words[0] if data.own_office_bodies and data.of_words else "",
            tuple(data.articles),
        )
        self.branches = BranchReader(lang)
        people = load_data(lang, "people", PeopleData)
        # a complement stops at a title or an abbreviated honorific ("... Confederation of Labour for Ms. X"); a
        # bare honorific may open a place ("Bà Rịa")
        stops = set(people.title_heads) | {h for h in people.honorifics if h.endswith(".")}
        self.names = OrgNameReader(data, {fold(s) for s in people.surnames}, stops)
        self.head_first_names = HeadFirstOrgReader(data)
        self.title_heads = tuple(h.lower() for h in people.title_heads)
        # "BHXH thành phố X": a city below the province is a district-level office, named as one
        # (RECORDS.md: "<District> District Social Insurance"); unnamed, it is the city-province's own office
        self.city_level_rule = "city_after"
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
        self.place_level_words = list(data.place_level_words)
        self.plural_office_words = set(data.plural_office_words)
        # "X of Y": the word a body's fuller name joins its owner with (none where names are head first)
        self.of_words_first = data.of_words[0] if data.agency_part_heads and data.of_words else ""
        # "the Ministry's Council": a possessive's ending, and how an owner is joined after its body
        self.possessive_endings = tuple(g for g in data.name_glue if g[-1].isalpha())
        self.office_union_name = data.office_union_name
        self.office_body_heads = set(data.office_body_heads)
        self.owner_first_heads = list(data.owner_first_heads)
        self.city_after = self.g.city_office_after
        self.centre_run = set(data.centre_run_cities)
        self.city_before = self.g.city_office_before
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
            # a name read by its grammar (`org_names_vi.py`), which may open in lower case ("công ty TNHH X")
            "named": lambda span, name: name,
            "provincial_body": self.provincial_body_name,
            "district_after": self.district_after_name,
            "city_after": self.district_after_name,
            "district_body": self.district_body_name,
            "grassroots_after": lambda span, _: self.grassroots_after_name(span),
            # a body known by its number, the last word of its name ("BHXH Quân khu 7")
            "numbered": lambda span, template: template.format(n=span[-1].text),
        }

    # -- 1. mentions ---------------------------------------------------------
    def process(self, doc: Doc) -> None:
        ruled = ruled_spans(doc, self.source_key)
        names = self.names.spans(doc, ruled) + self.head_first_names.spans(doc)
        # the ruler's spans are already apart and in order, as the filter would leave them
        mentions = filter_spans(ruled + names) if names or not in_order_apart(ruled) else ruled
        resolved = self.resolve(doc, mentions)
        if resolved:  # one line to look at: the last unit's
            resolved = self.without_byline_outlets(doc, resolved)
        divisions = [s for s in mentions if s.id_.startswith("division:") and s[0].is_title]
        own_office = self.own_office(doc, resolved) if divisions else None
        resolved, parents = self.owners.attach(doc, mentions, resolved, divisions, own_office)
        if resolved and self.office_union_name:
            resolved = office_unions(doc, resolved, self.g, self.office_union_name)
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
            if rule == "org" and self.g.venue_name.search(span.text):
                continue  # "at the X Convention Centre": where an event is held, no body
            if rule.endswith("_ref") or rule == "own_province_body" or self.placeless_body(span):
                if span.end < len(doc) and doc[span.end].lower_ in self.plural_office_words:
                    continue  # "the 34 provincial social security offices": several offices, no one unit
                refs.append(span)
                continue
            if rule.startswith("division:"):
                continue  # named after their office (`UnitOwners`); "Trưởng phòng ..." is a title, not a division
            if rule == "province_office" and (
                city := city_office_place(span, self.city_after, self.centre_run, self.city_before)
            ):
                out.append(self.labelled(span, "district_office", f"{city} {self.district_level(span)}"))
                continue
            if rule == "province_office":
                for at in self.lists.places(doc, span):
                    name = f"{self.place_name(doc, at)} Social Security"
                    out.append(labelled_range(doc, at, at + 1, "provincial_office", name))
            elif rule == "region":
                for numeral in self.lists.numerals(doc, span.end):
                    out.append(self.labelled(numeral, "region_office", f"Social Insurance Region {numeral[-1].text}"))
            elif rule in ("district", "grassroots"):
                if covered is None:
                    covered = {i for s in mentions for i in range(s.start, s.end)}
                level = self.district_level(span) if rule == "district" else self.grassroots_suffix
                for run in self.lists.names_before(doc, span.start, covered):
                    out.append(self.labelled(run, "district_office", f"{run.text} {level}"))
            elif rule in ("district_plural", "grassroots_plural"):
                # "from A, B and C district offices", "A and B grassroots offices": the names before the
                # plural head, each an office
                if covered is None:
                    covered = {i for s in mentions for i in range(s.start, s.end)}
                level = self.district_level(span) if rule == "district_plural" else self.grassroots_suffix
                for run in self.lists.names_ending_at(doc, span.start, covered):
                    out.append(self.labelled(run, "district_office", f"{run.text} {level}"))
                continue
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
            elif head == self.city_level_rule:
                # "Giám đốc BHXH thành phố <person>": the city's own office, named as a reference
                end = span.end - len(self.names_in(span))
                refs.append(Span(doc, span.start, end, label="provincial_office", span_id="province_ref"))
        out.extend(self.abbreviations(doc, out))
        out.extend(self.resolve_refs(doc, refs, out))
        out.sort(key=lambda s: s.start)
        return one_renamed_office(out, self.g.renamed_in_brackets)

    labelled = staticmethod(labelled)

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
        name_embedded_owners(units, resolved, self.owner_joint, self.generic_body_words, self.rename, self.merge_into)
        self.merge_generic_bodies(units, resolved, lambda: self.own_place(doc, resolved))
        self.merge_own_place_short_names(units, resolved, self.own_place(doc, resolved))
        if self.of_words_first:
            self.merge_owned_short_names(units, resolved, self.of_words_first)
        if self.of_words_first:
            self.merge_owner_first_bodies(units, resolved, self.of_words_first)
        if self.possessive_endings:
            self.name_possessive_owners(units, resolved)
        return list(units.values())

    def own_place(self, doc: Doc, resolved: list[Span]) -> str | None:
        """The province or city of the document's own office: its most-named provincial office's place,
        else the one province the document names most."""
        office = most_named(resolved, ("provincial_office",))
        return office.removesuffix(" Social Security") if office else self.main_place(doc)

    @staticmethod
    def parent_of(kind: str, name: str) -> str | None:
        if kind in (*LOCAL_OFFICES, "cluster") and name != VSS:
            return VSS
        return body_parent(name)


def in_order_apart(spans: list[Span]) -> bool:
    """Whether each span ends before the next one starts."""
    return all(a.end <= b.start for a, b in zip(spans, spans[1:]))
