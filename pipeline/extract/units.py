"""Units: every named organisation, one canonical name per document.

Runs after the `unit_ruler` SpanRuler (patterns in `data/<lang>/unit_patterns.jsonl`,
spans in `doc.spans["unit_mentions"]`). This component

1. adds organisations recognised by their head noun ("... Committee", "... Post");
2. canonicalises each mention by the rule that found it (RECORDS.md naming);
3. expands coordinated lists ("Vinh Long, Tay Ninh and Ca Mau provinces");
4. resolves short references ("the provincial Social Insurance", "the Cluster",
   an abbreviation in brackets) to the unit named in full;
5. groups mentions into units, with cluster members and leader roles.

Resolved mentions are left in `doc.spans["units"]` (label = kind,
`span._.unit` = canonical name) for the components that follow.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .bodies import parent_of as body_parent
from .extensions import sentence_of, sentences, text_of
from .lexicon import compile_grammar, fold, is_syllable, load_data
from .lexicon_models import PeopleData, UnitsData

VSS = "Vietnam Social Security"
# "... serving as the cluster leader", ", which led the cluster in 2025", "as deputy leader for 2026"
ROMAN = re.compile(r"^[IVXL]+$")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_to_int(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        value = ROMAN_VALUES[ch]
        total += -value if i + 1 < len(numeral) and ROMAN_VALUES[numeral[i + 1]] > value else value
    return total


class UnitResolver(RuleComponent):
    def __init__(
        self, nlp: Language, name: str = "pr_units", lang: str = DEFAULT_LANG, source_key: str = "unit_mentions"
    ) -> None:
        self.name = name
        self.source_key = source_key
        data = load_data(lang, "units", UnitsData)
        self.g = compile_grammar(data.grammar)
        self.head_kind = {w: kind for kind, words in data.org_heads.items() for w in words}
        self.committee_kinds = {w: kind for kind, words in data.committee_kinds.items() for w in words}
        self.not_org = {w.lower() for w in data.not_org}
        self.leading_noise = set(data.leading_noise)
        self.surnames = {fold(s) for s in load_data(lang, "people", PeopleData).surnames}
        self.member_cues = [c.lower() for c in data.member_cues]
        self.leader_cues = [c.lower() for c in data.leader_cues]
        self.conjunctions = set(data.conjunctions)
        self.name_glue = set(data.name_glue)
        self.strip_before_name = self.leading_noise | self.conjunctions | self.name_glue
        self.head_continuations = set(data.head_continuations)
        self.sentence_openers = set(data.sentence_openers)
        self.of_words = set(data.of_words)
        self.articles = set(data.articles)
        self.article_forms = self.articles | {a.capitalize() for a in self.articles}
        self.committee_head = data.committee_head
        self.district_levels = set(data.district_levels)
        self.district_default_level = data.district_default_level
        self.grassroots_word = data.grassroots_word
        self.office_word = data.office_word
        self.generic_body_words = set(data.generic_body_words)
        self.list_joiners = {","} | self.conjunctions
        self.canonicalisers: dict[str, Callable[[Span], str | None]] = {
            "vss": lambda span: VSS,
            "province_office": self.province_name,
            "region": self.region_name,
            "district": self.district_name,
            "grassroots": self.grassroots_name,
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
            "grassroots_after": lambda span, _: self.grassroots_after_name(span),
        }

    # -- 1. mentions ---------------------------------------------------------
    def process(self, doc: Doc) -> None:
        mentions = list(doc.spans.get(self.source_key, [])) + self.head_noun_orgs(doc)
        mentions = filter_spans(mentions)
        resolved = self.resolve(doc, mentions)
        doc.spans["units"] = resolved
        doc._.units = self.build_units(doc, resolved)

    def head_noun_orgs(self, doc: Doc) -> list[Span]:
        """Capitalised runs ending in an organisation head noun, with "of ..." tails."""
        spans = []
        for tok in doc:
            if tok.text not in self.head_kind or not tok.is_title and not tok.is_upper:
                continue
            start = tok.i
            sent_start = sentence_of(doc, tok.i).start
            while start > sent_start and self.name_word(doc[start - 1], doc, start - 1):
                start -= 1
            while start < tok.i and doc[start].text in self.strip_before_name:
                start += 1
            end = tok.i + 1
            while end < len(doc) and (doc[end].text in self.head_kind or doc[end].text in self.head_continuations):
                end += 1
            end = self.of_tail(doc, end)
            span = doc[start:end]
            kind = self.org_kind(span, tok.text)
            if start == tok.i and kind not in ("party_body",) and end == tok.i + 1:
                continue  # a bare head noun ("the Committee") names nothing
            if span.text.lower() in self.not_org or span.text.lower().removeprefix("the ") in self.not_org:
                continue
            spans.append(Span(doc, start, end, label=kind, span_id="org"))
        return spans

    def name_word(self, tok, doc: Doc, i: int) -> bool:
        if tok.is_title or tok.is_upper or tok._.is_place:
            return not tok.is_sent_start or tok.text not in self.sentence_openers
        if tok.text in self.name_glue:
            return i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper or doc[i - 1]._.is_place)
        if (
            tok.text in self.conjunctions
        ):  # "Party Personnel and Affairs Committee", not "Party Committee and People's Committee"
            return (
                i > 0
                and doc[i - 1].is_title
                and doc[i - 1].text not in self.head_kind
                and i + 1 < len(doc)
                and doc[i + 1].is_title
            )
        return False

    def of_tail(self, doc: Doc, end: int) -> int:
        """Extend "Committee" over "of the Provincial Agencies Bloc" (repeatable).

        The tail stops before a person's name and is not taken when it is
        itself a generic body ("of the Party Committee").
        """
        while end + 1 < len(doc) and doc[end].lower_ in self.of_words:
            j = end + 1
            if doc[j].lower_ in self.articles:
                j += 1
            k = j
            while k < len(doc) and (
                doc[k].is_title or doc[k].is_upper or doc[k]._.is_place or ROMAN.match(doc[k].text)
            ):
                if (doc[k].is_sent_start and k != j) or self.starts_name(doc, k):
                    break
                k += 1
            if k == j or doc[j:k].text.lower() in self.not_org:
                break
            end = k
        return end

    def starts_name(self, doc: Doc, i: int) -> bool:
        return (
            fold(doc[i].text) in self.surnames
            and i + 1 < len(doc)
            and doc[i + 1].is_title
            and is_syllable(doc[i + 1].text)
        )

    def org_kind(self, span: Span, head: str) -> str:
        if head == self.committee_head:
            for word, kind in self.committee_kinds.items():
                if word in span.text.split():
                    return kind
        return self.head_kind.get(head, "other")

    # -- 2-4. canonical names --------------------------------------------------
    def resolve(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        out: list[Span] = []
        refs: list[Span] = []
        for span in mentions:
            rule = span.id_ or "org"
            if rule.endswith("_ref"):
                refs.append(span)
                continue
            if rule == "province_office":
                for place_tok in self.coordinated_places(doc, span):
                    out.append(
                        self.labelled(
                            doc[place_tok.i : place_tok.i + 1],
                            "provincial_office",
                            f"{place_tok._.place} Social Security",
                        )
                    )
            head, _, arg = rule.partition(":")
            if head == "body" and span[0].is_lower:
                continue  # a gazetteer name must start capitalised: "ban thu" in running text is no body
            if head in self.parametrised:
                canonical = self.parametrised[head](span, arg)
            else:
                canonical = self.canonicalisers.get(rule, self.plain_name)(span)
            if canonical:
                out.append(self.labelled(span, span.label_, canonical))
        out.extend(self.abbreviations(doc, out))
        out.extend(self.resolve_refs(doc, refs, out))
        out.sort(key=lambda s: s.start)
        return out

    @staticmethod
    def labelled(span: Span, kind: str, canonical: str) -> Span:
        new = Span(span.doc, span.start, span.end, label=kind)
        new._.unit = canonical
        return new

    def coordinated_places(self, doc: Doc, span: Span) -> list:
        """Other places coordinated with the one in `span`: "A, B and C provinces"."""
        places = [t for t in span if t._.is_place]
        if not places:
            return []
        found = []
        i = places[0].i - 1
        while i - 1 >= 0 and doc[i].text in self.list_joiners and doc[i - 1]._.is_place:
            found.append(doc[i - 1])
            i -= 2
            if i >= 0 and doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].text in self.conjunctions:
                i -= 0
        j = places[-1].i + 1
        while j + 1 < len(doc):
            if doc[j].text in self.list_joiners and doc[j + 1]._.is_place:
                found.append(doc[j + 1])
                j += 2
            elif (
                doc[j].text == ","
                and doc[j + 1].text in self.conjunctions
                and j + 2 < len(doc)
                and doc[j + 2]._.is_place
            ):
                found.append(doc[j + 2])
                j += 3
            else:
                break
        return found

    @staticmethod
    def province_name(span: Span) -> str | None:
        places = [t for t in span if t._.is_place]
        return f"{places[0]._.place} Social Security" if places else None

    @staticmethod
    def region_name(span: Span) -> str | None:
        numeral = next((t.text for t in span if ROMAN.match(t.text)), None)
        return f"Social Insurance Region {numeral}" if numeral else None

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
        return f"{' '.join(words)} Grassroots Social Security" if words else None

    @staticmethod
    def cluster_name(span: Span) -> str | None:
        number = next((t.text for t in span if t.like_num and t.text.isdigit()), None)
        if number is None:  # "Cụm thi đua số VIII", "Cluster No. VIII"
            numeral = next((t.text for t in span if ROMAN.match(t.text)), None)
            number = str(roman_to_int(numeral)) if numeral else None
        return f"Emulation Cluster No. {int(number)}" if number else None

    @staticmethod
    def provincial_body_name(span: Span, template: str) -> str | None:
        place = next((t._.place for t in span if t._.is_place), None)
        return template.format(place=place) if place else None

    @staticmethod
    def district_after_name(span: Span, level: str) -> str | None:
        """Vietnamese order, the level before the name: "BHXH huyện Sông Hinh" -> "Sông Hinh District Social Insurance"."""
        name_tokens: list[str] = []
        for tok in reversed(span):
            if not tok.is_title:  # the level word before the name is lower case
                break
            name_tokens.insert(0, tok.text)
        return f"{' '.join(name_tokens)} {level} Social Insurance" if name_tokens else None

    @staticmethod
    def grassroots_after_name(span: Span) -> str | None:
        name_tokens: list[str] = []
        for tok in reversed(span):
            if not tok.is_title:  # the level word before the name is lower case
                break
            name_tokens.insert(0, tok.text)
        return f"{' '.join(name_tokens)} Grassroots Social Security" if name_tokens else None

    def plain_name(self, span: Span) -> str:
        text = self.g.leading_article.sub("", span.text)
        text = re.sub(r"\s*\([^)]*\)\s*$", "", text)
        return re.sub(r"\s+", " ", text).strip()

    def steering_name(self, span: Span) -> str:
        """ "Provincial Steering Committee for X in Bac Ninh province" -> "Bac Ninh Provincial Steering Committee for X"."""
        place = next((t for t in span if t._.is_place), None)
        if place is None:
            return self.plain_name(span)
        head = span.doc[span.start : place.i]
        text = self.g.trailing_in.sub("", self.plain_name(head))
        return f"{place._.place} {text}"

    def abbreviations(self, doc: Doc, named: list[Span]) -> list[Span]:
        """ "Provincial Steering Committee ... (PSC)": later "PSC" means that unit."""
        out: list[Span] = []
        abbr: dict[str, tuple[str, str]] = {}
        for span in named:
            end = span.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].is_upper and doc[end + 2].text == ")":
                abbr[doc[end + 1].text] = (span._.unit, span.label_)
        if not abbr:
            return out
        covered = {t.i for s in named for t in s}
        for tok in doc:
            if tok.text in abbr and tok.i not in covered:
                canonical, kind = abbr[tok.text]
                out.append(self.labelled(doc[tok.i : tok.i + 1], kind, canonical))
        return out

    def resolve_refs(self, doc: Doc, refs: list[Span], named: list[Span]) -> list[Span]:
        """Short references go to the most-mentioned unit of their kind in the document."""
        by_kind: dict[str, Counter] = {}
        for span in named:
            by_kind.setdefault(span.label_, Counter())[span._.unit] += 1
        out = []
        for span in refs:
            kind = span.label_
            candidates = by_kind.get(kind)
            if candidates:
                out.append(self.labelled(span, kind, candidates.most_common(1)[0][0]))
            elif span.id_ == "province_ref":
                # no office named in full: the province the document talks about, else the reference itself
                place = self.main_place(doc)
                name = f"{place} Social Security" if place else self.plain_name(span)
                out.append(self.labelled(span, kind, name))
        return out

    @staticmethod
    def main_place(doc: Doc) -> str | None:
        """The one province a document names most (a provincial news site's "BHXH tỉnh" is its own)."""
        counts = Counter(t._.place for t in doc if t._.is_place)
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2)
        return top if not rest or n > rest[0][1] else None

    # -- 5. units ----------------------------------------------------------------
    def build_units(self, doc: Doc, resolved: list[Span]) -> list[dict]:
        units: dict[str, dict] = {}
        for span in resolved:
            name = span._.unit
            unit = units.get(name)
            if unit is None:
                unit = units[name] = {
                    "name": name,
                    "kind": span.label_ or "other",
                    "mentions": [],
                    "parent": self.parent_of(span.label_, name),
                    "members": [],
                    "role": None,
                    "evidence": {"start": span.start_char, "end": span.end_char, "text": span.text},
                }
            if span.text not in unit["mentions"]:
                unit["mentions"].append(span.text)
        self.cluster_structure(doc, resolved, units)
        self.merge_generic_bodies(units, resolved)
        return list(units.values())

    def merge_generic_bodies(self, units: dict[str, dict], resolved: list[Span]) -> None:
        """ "Provincial People's Committee" is the "Ninh Binh Provincial People's Committee"
        the same document names in full: one unit, two mentions."""
        for name in list(units):
            if name.split()[0] not in self.generic_body_words:
                continue
            full = [other for other in units if other != name and other.endswith(" " + name)]
            if len(full) == 1:
                target = units[full[0]]
                for mention in units.pop(name)["mentions"]:
                    if mention not in target["mentions"]:
                        target["mentions"].append(mention)
                for span in resolved:
                    if span._.unit == name:
                        span._.unit = full[0]

    @staticmethod
    def parent_of(kind: str, name: str) -> str | None:
        if kind in ("provincial_office", "region_office", "district_office", "cluster") and name != VSS:
            return VSS
        return body_parent(name)

    def cluster_structure(self, doc: Doc, resolved: list[Span], units: dict[str, dict]) -> None:
        """Members from "Cluster X consists of ...", roles from "... as cluster leader for 2026"."""
        text = text_of(doc)
        if not any(s.label_ == "cluster" for s in resolved):
            return
        for sent in sentences(doc):
            in_sent = [s for s in resolved if sent.start <= s.start < sent.end]
            clusters = {s._.unit for s in in_sent if s.label_ == "cluster"}
            lower = text[sent.start_char : sent.end_char].lower()
            if clusters and any(re.search(rf"\b{re.escape(cue)}\b", lower) for cue in self.member_cues):
                for cluster in clusters:
                    for span in in_sent:
                        name = span._.unit
                        if name not in clusters and name != VSS and name not in units[cluster]["members"]:
                            units[cluster]["members"].append(name)
            for span in in_sent:
                if span.label_ == "cluster":
                    continue
                after = text[span.end_char : min(span.end_char + 70, sent.end_char)]
                m = self.g.leader.match(after)
                if m:
                    role = "deputy cluster leader" if m.group("deputy") else "cluster leader"
                    year = m.group("year") or m.group("year2")
                    units[span._.unit]["role"] = f"{role} {year}" if year else role
