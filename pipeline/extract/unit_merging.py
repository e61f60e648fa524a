"""Units that are one: merging and renaming the units a document names, once they are grouped.

`UnitMerging` is a part of the units component (`units.UnitResolver`), kept apart from the
naming rules: a mention's own words give it a name, but whether two names are one body ("the
Provincial People's Committee" and "the Ninh Binh Provincial People's Committee", "the Ministry's
Council" and the one ministry the document names) depends on every unit of the document. Each
merge moves the mentions and relabels the resolved spans, so the spans and the units agree.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from .extensions import set_span_unit, span_unit


class UnitMerging:
    """Merges of one document's units, for the units component (which sets the word lists from its language pack)."""

    indefinite_articles: set[str]
    generic_body_words: set[str]
    own_place_bodies: set[str]
    place_level_words: list[str]
    possessive_endings: tuple[str, ...]
    owner_joint: str | None
    office_body_heads: set[str]
    owner_first_heads: list[str]

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

    def merge_own_place_short_names(self, units: dict[str, dict], resolved: list[Span], place: str | None) -> None:
        """ "the Department of Home Affairs" or "the Job Placement Centre", in a document that also names
        "<its own place> Department of Home Affairs": one body, first named in full, then without its place
        (as "the Provincial People's Committee" is; any body, not only those named by a level word)."""
        if not place:
            return
        for name in list(units):
            if not name.startswith(place + " "):
                # "Veterans' Association" (a headline) and "X Provincial Veterans' Association": with or without the level word
                fuller = [f"{place} {name}", *(f"{place} {level} {name}" for level in self.place_level_words)]
            else:  # "X People's Council" and "X Provincial People's Council": the level word dropped
                rest = name[len(place) + 1 :]
                fuller = [f"{place} {level} {rest}" for level in self.place_level_words]
            full = next((f for f in fuller if f in units), None)
            if full:
                self.merge_into(units, resolved, name, full)

    def merge_owned_short_names(self, units: dict[str, dict], resolved: list[Span], of_word: str) -> None:
        """ "the Communication Centre", in a document that also names "the Communication Centre of Vietnam
        Social Security": one body, named the fuller way, when the document names one such fuller body. So
        is "the Youth Union" with "the Youth Union of X Provincial Social Security" (a mass organisation's head)."""
        short = [
            n
            for n, unit in units.items()
            if unit["kind"] == "department" or n.rpartition(" ")[2] in self.office_body_heads
        ]
        for name in short:
            full = [other for other in units if other.startswith(f"{name} {of_word} ")]
            if len(full) == 1:
                self.merge_into(units, resolved, name, full[0])

    def merge_owner_first_bodies(self, units: dict[str, dict], resolved: list[Span], of_word: str) -> None:
        """ "X Social Security Party Committee" (a headline) and "the Party Committee of X Provincial Social
        Security" (the body), or "VSS Youth Union" and "the Youth Union of Vietnam Social Security": one body
        of one owner (a unit of the document, by any of its mentions, its place's level word dropped), named
        "<body> of <owner>". Only where the document writes the body both ways (one way is left as written)."""
        owner_of: dict[str, str] = {}
        for name, unit in units.items():
            for written in (name, *unit["mentions"]):
                owner_of.setdefault(written, name)
        groups: dict[str, list[str]] = {}
        for name in units:
            for head in self.owner_first_heads:
                if name.startswith(f"{head} {of_word} "):
                    owner = self.owner_named(owner_of, name[len(head) + len(of_word) + 2 :])
                elif name.endswith(f" {head}"):
                    owner = self.owner_named(owner_of, name[: -len(head) - 1])
                else:
                    continue
                if owner is not None and owner != name:
                    groups.setdefault(f"{head} {of_word} {owner}", []).append(name)
                break
        for target, names in groups.items():
            if len(names) < 2:
                continue
            owner = target.partition(f" {of_word} ")[2]
            if target not in units:
                self.rename(units, resolved, names[0], target)
            for other in names:
                if other != target and other in units:
                    self.merge_into(units, resolved, other, target)
            units[target]["parent"] = units[target]["parent"] or owner

    def owner_named(self, owner_of: dict[str, str], written: str) -> str | None:
        """The unit `written` names (its name or a mention, with or without a place's level word), or None."""
        if written in owner_of:
            return owner_of[written]
        for level in self.place_level_words:
            dropped = written.replace(f" {level} ", " ", 1)
            if dropped != written and dropped in owner_of:
                return owner_of[dropped]
        return None

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


def apostrophe_folded(name: str) -> str:
    """ "People’s" and "People's": one name, whichever apostrophe the writer typed."""
    return name.replace("\u2019", "'")
