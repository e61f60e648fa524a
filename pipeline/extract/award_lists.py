"""Recipients an award sentence does not hold itself: lists that continue it, names beside a count,
and the lead's count that the named recipients make up.

- A list introduced by a sentence that names no award form but speaks of the award just read ("The
  individuals awarded include:" then "- Mr. A, Director of ...", "- and eight other officials") gives
  that award to each item: a person or unit by name, an item that is a count ("and eight other
  officials") as a count.
- "... presented the Medal to A and two other officials": A is named beside the count, and the count
  ("other") does not hold A.
- The lead counts the recipients ("to seven collectives and 12 individuals") and the body names them:
  the count record is a summary of the named ones when they add up to it, and is dropped so the
  report does not count them twice.
- An award told again without its year (a list under the lead) takes the year the lead gives for the
  same award and authority.

The cues are the language's (`data/<lang>/awards.yml` grammar: `list_follow_on`, `count_after_names`).
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.tokens import Doc, Span

from .award_parts import CountReader, list_items
from .doc_lists import doc_list, set_doc_list, text_in
from .extensions import doc_meta, span_unit, text_of
from .sentence_chars import doc_sentences


class FollowOnLists:
    """The award reader's follow-on questions (a part of `AwardFinder`, which sets these attributes)."""

    g: SimpleNamespace
    counts: CountReader
    any_award: re.Pattern[str]

    def list_entries(self, doc: Doc, after: int) -> list[tuple[str | None, str | None, int | None]]:
        """(name, kind, count) of each list item under the line that ends at `after`: a person or unit
        opening the item by name, or a count ("and eight other officials")."""
        text = text_of(doc)
        units = list(doc.spans.get("units", []))
        people = list(doc.spans.get("people", []))
        out: list[tuple[str | None, str | None, int | None]] = []
        for s, e in list_items(text, after):
            person = next((p for p in people if s <= p.start_char < e and p.start_char - s <= 12), None)
            unit = next((u for u in units if s <= u.start_char < e and u.start_char - s <= 16), None)
            if person is not None and (unit is None or person.start_char <= unit.start_char):
                out.append((text_in(doc, person), "individual", None))
            elif unit is not None:
                out.append((span_unit(unit), "collective", None))
            else:
                groups = self.counts.groups_in(text[s:e])
                if groups and groups[0].start <= 12:
                    out.append((None, groups[0].kind, groups[0].value))
        return out

    def read_follow_on_lists(self, doc: Doc) -> None:
        """Lists under a line that continues the award before it ("The individuals awarded include:")."""
        awards = doc_list(doc, "awards")
        if not awards:
            return
        text = text_of(doc)
        if ":\n" not in text and ": \n" not in text:
            return  # no line ends on a colon: no list is opened
        sents = doc_sentences(doc)
        for start, end in zip(sents.starts, sents.ends):
            line = text[start:end].rstrip()
            if not line.endswith(":") or not self.g.list_follow_on.search(line) or self.any_award.search(line):
                continue  # a line naming a form opens its own list (read with its sentence)
            before = [a for a in awards if a["evidence"]["end"] <= start]
            if not before:
                continue
            told = max(before, key=lambda a: a["evidence"]["start"])
            base = {k: v for k, v in told.items() if k not in ("recipient", "recipient_kind", "count")}
            base["evidence"] = {"start": start, "end": start + len(line), "text": line}
            for name, kind, count in self.list_entries(doc, start + len(line)):
                awards.append({**base, "recipient": name, "recipient_kind": kind, "count": count})

    def names_before_count(
        self, doc: Doc, units: list[Span], people: list[Span], start: int, after: str
    ) -> list[tuple[str, str]]:
        """ "... to A and two other officials", "... to Region VIII and to three individuals": the names
        between the award (ending at `start`) and its count are recipients beside the count."""
        m = self.counts.count_to.match(after)
        if not m:
            return []
        groups = self.counts.groups_in(after[m.end() :])
        if not groups:
            return []
        to_at, count_at = start + m.end(), start + m.end() + groups[0].start
        text = text_of(doc)
        named = [
            (p.start_char, p.end_char, text_in(doc, p), "individual")
            for p in people
            if to_at <= p.start_char < count_at
        ]
        named += [
            (u.start_char, u.end_char, span_unit(u), "collective") for u in units if to_at <= u.start_char < count_at
        ]
        # a person the document named before (with a title) and names here again without one
        for person in doc_list(doc, "people"):
            at = text.find(person["name"], to_at, count_at)
            if at != -1 and not any(s <= at < e for s, e, _, _ in named):
                named.append((at, at + len(person["name"]), person["name"], "individual"))
        named.sort()
        gap = text[start : named[0][0]] if named else ""
        if not named or not (self.g.recipient_to.search(gap) or self.g.to_person.search(gap)):
            return []
        if not self.g.count_after_names.fullmatch(text[named[-1][1] : count_at]):
            return []
        out: list[tuple[str, str]] = []
        for _, _, name, kind in named:
            if (name, kind) not in out:
                out.append((name, kind))
        return out

    def names_beside_count(
        self, doc: Doc, units: list[Span], people: list[Span], start: int, after: str
    ) -> list[tuple[str, str]]:
        """The names beside the count of an award's recipients: before it ("to A and two other officials")
        and after it ("to 6 enterprises and to Mr. A, a specialist of ..."; `person_after_count`: the words
        between the count and the person)."""
        out = self.names_before_count(doc, units, people, start, after)
        m = self.counts.count_to.match(after)
        groups = self.counts.groups_in(after[m.end() :]) if m else []
        if m is None or not groups:
            return out
        count_end = start + m.end() + groups[-1].end
        text = text_of(doc)
        person = next((p for p in people if p.start_char >= count_end), None)
        if person is not None and self.g.person_after_count.fullmatch(text, count_end, person.start_char):
            named = (text_in(doc, person), "individual")
            out += [named] if named not in out else []
        return out

    def titled_subject(self, doc: Doc, before_verb: str) -> tuple[str, str | None] | None:
        """ "The VSS Director also presented ...": the title as the subject of the handing-over verb, and
        the one person of the document whose title it is (None when none or several)."""
        m = self.g.title_subject.search(before_verb)
        if not m:
            return None
        title = m.group("title")
        holders = [p["name"] for p in doc_list(doc, "people") if title.lower() in (p.get("title") or "").lower()]
        return title, holders[0] if len(holders) == 1 else None

    def pronoun_recipient(self, doc: Doc, clause_start: int, before: str, presenter: str | None = None) -> str | None:
        """ "In recognition, she received a Certificate ...": the person the paragraph named last before
        the clause (`clause_start`), when a personal pronoun is the receiving verb's subject (`before`: the
        clause's text up to the award). `presenter`: the one person the clause names, who presents it
        ("Mr. A presented her with ..."): never the pronoun's person."""
        if not self.g.pronoun_receiver.search(before):
            return None
        if presenter is not None:
            found = self.pronoun_recipient(doc, clause_start, before)
            return found if found != presenter else None
        text = text_of(doc)
        paragraph_start = text.rfind("\n", 0, clause_start) + 1
        named = [p for p in doc.spans.get("people", []) if paragraph_start <= p.start_char < clause_start]
        if named:
            return text_in(doc, named[-1])
        # "Hoa, who has worked ... . In recognition, she received ...": a person named by the given name
        words = set(re.findall(r"\b\w+\b", text[paragraph_start:clause_start]))
        known = [p["name"] for p in doc_list(doc, "people") if p["name"].split()[-1] in words]
        if known:
            return known[0] if len(known) == 1 else None
        return profiled_person(doc, clause_start)


def profiled_person(doc: Doc, before: int) -> str | None:
    """The person a profile is about, for a pronoun in a paragraph that names nobody ("Her desk holds the
    record. In 2010 she received ..."): the one the text calls by name most often before `before` (full
    name or given name), when no other is called as often; once is enough when nobody else is called before
    ("Le Thi Hoa is at her desk by seven. ... Mr. A presented her with ...")."""
    text = text_of(doc)[:before]
    calls = []
    for person in doc_list(doc, "people"):
        given = person["name"].split()[-1]
        calls.append((len(re.findall(rf"\b{re.escape(given)}\b", text)), person["name"]))
    calls.sort(reverse=True)
    alone = len(calls) < 2 or calls[1][0] == 0
    if not calls or calls[0][0] < (1 if alone else 2) or (len(calls) > 1 and calls[1][0] == calls[0][0]):
        return None
    return calls[0][1]


MEMBERS_NAMED = "award_count_members_named"
"""`doc._.meta` key: where the award forms of counts whose own clause names their members stand."""


def drop_summary_counts(doc: Doc) -> None:
    """A count record whose recipients the document names one by one (with any "and N other" count
    beside them) is their summary: dropped, so they are not counted twice. Records of the same form,
    class, kind and status add up to it; at least one of them is named."""
    awards = doc_list(doc, "awards")
    if not any(a.get("recipient") for a in awards) or not any(a.get("count") for a in awards):
        return  # a summary needs both a count and named recipients

    def key(a: dict) -> tuple:
        return (a["award_type"], a.get("grade"), a.get("recipient_kind"), a.get("status"))

    groups: dict[tuple, list[dict]] = {}
    for a in awards:
        groups.setdefault(key(a), []).append(a)
    summaries = []
    # a count whose own clause names its members ("cho 2 cá nhân là ông A và bà B") is no summary of them
    members_named = (doc_meta(doc) or {}).get(MEMBERS_NAMED, ())
    for a in awards:
        if a.get("recipient") or not a.get("count") or a["evidence"]["start"] in members_named:
            continue
        others = [o for o in groups[key(a)] if o is not a]
        if not any(o.get("recipient") for o in others):
            continue
        if sum(o["count"] if o.get("count") else 1 for o in others) == a["count"]:
            summaries.append(a)
    if summaries:
        set_doc_list(doc, "awards", [a for a in awards if not any(a is s for s in summaries)])


def share_award_years(doc: Doc) -> None:
    """An award told again without its year (the list under the lead) takes the year the document
    gives the same form from the same authority with the same status, when it gives one year only;
    else the one year every dated award of the document has, when the lead dates one of them."""
    awards = doc_list(doc, "awards")
    years: dict[tuple, set[str]] = {}
    for a in awards:
        if a.get("year"):
            years.setdefault((a["award_type"], a.get("conferred_by"), a.get("status")), set()).add(a["year"])
    if all(a.get("year") for a in awards):
        return  # every award dated (or none told)
    text = text_of(doc)
    lead_end = lead_end_of(text)
    every = {a["year"] for a in awards if a.get("year")}
    lead_dated = any(a.get("year") and a["evidence"]["start"] < lead_end for a in awards)
    for a in awards:
        found = years.get((a["award_type"], a.get("conferred_by"), a.get("status")), set())
        if not a.get("year") and len(found) == 1:
            a["year"] = next(iter(found))
        elif not a.get("year") and not found and len(every) == 1:
            # a document whose awards are all for one year ("for their achievements in 2025"): its
            # proposals and other forms are for that year too, when the lead says so or the award is
            # told in the paragraph of a dated one
            start = a["evidence"]["start"]
            paragraph = (text.rfind("\n", 0, start) + 1, text.find("\n", start) % (len(text) + 1))
            near = any(o.get("year") and paragraph[0] <= o["evidence"]["start"] < paragraph[1] for o in awards)
            if lead_dated or near:
                a["year"] = next(iter(every))


def year_spoken_of(doc: Doc, sentence: str, cue: re.Pattern[str]) -> str | None:
    """ "for its results in the first half of the year": the achievement is of the year the document
    speaks in (its publication year)."""
    published = (doc_meta(doc) or {}).get("published")
    return published[:4] if published and cue.search(sentence) else None


def lead_end_of(text: str) -> int:
    """Where the lead ends: the end of the second paragraph with words (the headline, then the lead)."""
    seen, pos = 0, 0
    for line in text.split("\n"):
        pos += len(line) + 1
        if line.strip():
            seen += 1
            if seen == 2:
                return pos
    return len(text)
