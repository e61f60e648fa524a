"""Bodies named with their owner after them, and the divisions of an office.

Vietnamese names the owner after the body: "Hội đồng Thi đua - Khen thưởng BHXH
tỉnh X" is X's council, "Vụ Thi đua - Khen thưởng, Bộ Tài chính" the ministry's
department, "Phòng Chế độ BHXH, BHXH tỉnh X" a division of X's office. The same
heads alone keep their gazetteer meaning (the VSS council, the VSS department),
unless the document names one owned variant of that body, which is then the one
meant, or the document is a provincial, regional or grassroots office's own paper
(the office it names most, the agency not named twice as often): that office's.
English names such a body bare ("the Emulation and Commendation Council"); the
pack's `own_office_bodies` says which and how the owner joins it. A division named without its office belongs to the office the document
is about. Templates, owner kinds and heads live in `data/bodies.yml`; the words
that may stand between a body and its owner in the pack's `units.yml`
(`owner_glue`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..models import VSS_OFFICES
from .bodies import DASHES, gazetteer, office_divisions, owned_bodies, syllables
from .doc_reads import span_text
from .doc_subject import own_local_office
from .extensions import set_span_unit, span_unit

MAX_GLUE = 2


class UnitOwners:
    def __init__(
        self,
        lang: str,
        glue: list[str],
        own_office_bodies: dict[str, str],
        owner_words: list[str],
        own_possessors: list[str],
        of_word: str = "",
        articles: tuple[str, ...] = (),
    ) -> None:
        self.owned = owned_bodies()
        self.own_office_bodies = own_office_bodies
        # "the sector's Council", "the Council of X": words that name an owner next to a body
        self.owner_words = {w.lower() for w in owner_words}
        # "the unit's Council": a possessor that is the document's own office
        self.own_possessors = {w.lower() for w in own_possessors}
        # "X of the Y": the word an owner named after its body follows, and the articles before the owner
        self.of_word = of_word.lower()
        self.articles = {a.lower() for a in articles}
        self.heads = {
            name: {words(form) for form in getattr(owned, lang, None) or []} for name, owned in self.owned.items()
        }
        # a head that is none of its body's own names ("Công đoàn cơ sở" of the sector's trade union) names only
        # an owner's body: without its owner it is no unit
        own = {b.name: {words(form) for form in getattr(b, lang, None) or []} for b in gazetteer().bodies if b.owned}
        self.owner_only = {name: heads - own.get(name, set()) for name, heads in self.heads.items()}
        self.divisions = office_divisions()
        self.glue = {g.lower() for g in glue}

    def attach(
        self, doc: Doc, mentions: list[Span], resolved: list[Span], divisions: list[Span], own_office: str | None
    ) -> tuple[list[Span], dict[str, str]]:
        """`resolved` with owned bodies and divisions named after their owners; and each new name's parent."""
        starts = {m.start: m for m in mentions}
        dropped: set[int] = set()
        added: list[Span] = []
        parents: dict[str, str] = {}
        bare: list[Span] = []
        variants: dict[str, set[str]] = {}  # body -> the owned names the document gives it
        local = own_local_office(resolved)
        named: dict[int, Span] = {}  # an owned body named after its owner, by its first token: itself an owner
        for span in reversed(resolved):  # right to left: "Ban Nữ công Công đoàn cơ sở BHXH khu vực X" (a chain)
            template = self.own_office_bodies.get(span_unit(span))
            if template is not None and (owner_office := self.office_after_of(doc, span, starts, resolved)):
                # "the Emulation and Commendation Council of X Provincial Social Security": X's council
                name = template.format(body=span_unit(span), owner=owner_office)
                added.append(labelled(span, span.label_, name))
                parents[name] = owner_office
                dropped.add(id(span))
                continue
            if template is not None and local is not None and not self.owner_named(doc, span):
                # "the Emulation and Commendation Council" in a local office's own paper: that office's
                name = template.format(body=span_unit(span), owner=local[0])
                added.append(labelled(span, span.label_, name))
                parents[name] = local[0]
                dropped.add(id(span))
                continue
            owned = self.owned.get(span_unit(span))
            if owned is None or not self.is_head(span):
                continue
            found = self.owner_after(doc, span.end, starts, resolved, named)
            if found is None or found[1].label_ not in owned.owners:
                bare.append(span)
                continue
            end, owner_span = found
            name = owned.name.format(owner=span_unit(owner_span))
            named[span.start] = labelled_range(doc, span.start, end, span.label_, name)
            added.append(named[span.start])
            parents[name] = span_unit(owner_span)
            variants.setdefault(span_unit(span), set()).add(name)
            dropped.update((id(span), id(owner_span)))
        added = [s for s in added if id(s) not in dropped]  # an owned body its own owner took in
        owner: str | None
        for span in divisions:
            found = self.owner_after(doc, span.end, starts, resolved)
            if found is not None and found[1].label_ in self.divisions.owners:
                end, owner = found[0], span_unit(found[1])
                dropped.add(id(found[1]))
            else:
                end, owner = span.end, own_office
            if owner is None:
                continue
            name = self.divisions.name.format(division=span.id_.partition(":")[2], owner=owner)
            added.append(labelled_range(doc, span.start, end, "department", name))
            parents[name] = owner
        for span in bare:
            # the document names this body with an owner once: a bare mention is that one
            names = variants.get(span_unit(span), set())
            if not names and local is not None and local[1] in self.owned[span_unit(span)].owners:
                # named by no owner at all in a local office's own paper: that office's body
                name = self.owned[span_unit(span)].name.format(owner=local[0])
                names = {name}
                parents[name] = local[0]
            if len(names) == 1 and self.owned[span_unit(span)].alone_is_named:
                added.append(labelled(span, span.label_, next(iter(names))))
                dropped.add(id(span))
            elif words(span_text(span)) in self.owner_only[span_unit(span)]:
                dropped.add(id(span))
        kept = [s for s in resolved if id(s) not in dropped]
        return sorted(kept + added, key=lambda s: s.start), parents

    def office_after_of(self, doc: Doc, span: Span, starts: dict[int, Span], resolved: list[Span]) -> str | None:
        """The office of the VSS family an "of" right after `span` names ("... Council of the X Provincial Social
        Security"): its canonical name, else None (a ministry or any other owner keeps its own reading)."""
        i = span.end
        if not self.of_word or i + 1 >= len(doc) or doc[i].lower_ != self.of_word:
            return None
        i += 1 + (doc[i + 1].lower_ in self.articles)
        found = self.owner_after(doc, i, starts, resolved)
        return span_unit(found[1]) if found is not None and found[1].label_ in VSS_OFFICES else None

    def owner_named(self, doc: Doc, span: Span) -> bool:
        """Whether a possessive before `span` or an "of" after it names the body's owner."""
        before = doc[span.start - 1].lower_ if span.start else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        possessor = doc[span.start - 2].lower_ if span.start > 1 else ""
        own = possessor in self.own_possessors
        return (before in self.owner_words and not own) or after in self.owner_words

    def is_head(self, span: Span) -> bool:
        return words(span_text(span)) in self.heads.get(span_unit(span), set())

    def owner_after(
        self, doc: Doc, i: int, starts: dict[int, Span], resolved: list[Span], named: dict[int, Span] | None = None
    ) -> tuple[int, Span] | None:
        """The unit named right after token `i` (past a comma or "thuộc"): the end of its mention and its span;
        an owned body already `named` after its own owner there is that unit."""
        for _ in range(MAX_GLUE):
            if i < len(doc) and doc[i].lower_ in self.glue:
                i += 1
        if named and i in named:
            return named[i].end, named[i]
        mention = starts.get(i)
        if mention is None:
            return None
        inside = [s for s in resolved if mention.start <= s.start and s.end <= mention.end]
        return (mention.end, inside[0]) if len(inside) == 1 else None


def words(form: str) -> tuple[str, ...]:
    """A name's lower-case words without its dashes: how a head is compared with its body's names."""
    return tuple(w for w in syllables(form) if w not in DASHES)


def labelled(span: Span, kind: str, canonical: str) -> Span:
    """A unit mention: the span, labelled with the unit's kind, carrying its canonical name."""
    return labelled_range(span.doc, span.start, span.end, kind, canonical)


def labelled_range(doc: Doc, start: int, end: int, kind: str, canonical: str) -> Span:
    """`labelled(doc[start:end], ...)` without building the `Span` of the range first (a `Span`
    reads three `Token`s of the Doc when it is made)."""
    new = Span(doc, start, end, label=kind)
    set_span_unit(new, canonical)
    return new
