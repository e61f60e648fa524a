"""Further events: the ones a document reports outside its lead, by the clause that sets them.

An article may report more than the one event of its lead: a round-up of the year ("3. ... On
November 15, at a ceremony in X organised by Y, ..."), a bulletin ("On April 25 the regional
directors held their first online meeting"), the meeting where a speaker spoke ("At a meeting on
January 4, ..."). Two clauses say such an event took place, wherever they stand:

- the setting of a clause, "at a/the ... <event word>" with its own date right before it ("On
  <date>, at a ceremony") or right after it ("at a meeting [in <place>] on <date>"): without a
  date, "at the ceremony" is the lead's event named again, not another one;
- a reporting verb with the event as its object, "<body> hosted/held the/their ... <event word>";
  its date is the sentence's, if it gives one.

Only the places where an event word occurs are read (one gated scan per kind), and only the few
characters before each are matched: no scan of every sentence. An event of the same kind and date as
one already found (a caption retelling it, the lead's event again) adds nothing.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc, Span

from .cue_sites import LOWERED_TEXT, GatedPattern
from .dates import DateMention, with_year
from .doc_lists import doc_list
from .document_year import document_year
from .extensions import doc_meta, text_of
from .sentence_chars import doc_sentences
from .word_gate import lowered

# how many characters before an event word its setting or reporting verb is looked for
LOOK_BACK = 80
# between an event word inside a name and the event word that heads the name: a few words, no punctuation
# ("a livestream dialogue", two event words side by side, is one event word of its own)
# the kind of event a day of awards is, told without an event word
AWARDING_KIND = "ceremony"
NAME_GAP = re.compile(r"(?:\s+[\w-]+){1,2}\s+")


class FurtherEvents:
    """A mixin of `EventFinder`: the events told by a setting clause or a reporting verb anywhere."""

    g: Any
    dates: Any
    triggers: list
    trigger_hits: Any
    awarding_scan: Any
    further: bool
    lead_sentences: int
    year_inferred = False  # whether the last date `dated` gave took the document's year

    def further_events(self, doc: Doc, text: str) -> None:
        if not self.further:
            return  # the language has no such clauses written yet
        events = doc_list(doc, "events")
        kept = (doc_meta(doc) or {}).get(LOWERED_TEXT)  # lower-cased once per document by the cue searches
        low = kept[1] if kept is not None and kept[0] is text else lowered(text)
        hits = self.trigger_hits.hits(text, low)  # one scan for every kind's words
        if hits is None:  # a text that does not lower-case letter for letter
            hits = sorted(
                (m.start(), m.end(), kind) for kind, scan in self.triggers for m in scan.finditer_lowered(text, low)
            )
        sents = doc_sentences(doc)
        for k, (s, e, kind) in enumerate(hits):
            if k + 1 < len(hits) and NAME_GAP.fullmatch(text, e, hits[k + 1][0]):
                continue  # "the Mekong Forum board meeting": the name's own event word, the meeting follows
            n = bisect_right(sents.starts, s) - 1
            if n < 0:
                continue
            lo, hi = sents.starts[n], sents.ends[n]
            if any(lo <= ev["evidence"]["start"] < hi for ev in events):
                continue  # the sentence's event is read already
            if n < self.lead_sentences and any(ev["kind"] == kind for ev in events):
                continue  # the lead's event told again in the lead ("... holds its Congress" / "held its Congress")
            found = (
                self.setting_event(doc, text, lo, hi, s, e)
                or self.hosted_event(doc, text, lo, hi, s, e)
                or (None if events else self.lead_action_event(doc, text, lo, s))
            )
            if found is None:
                continue
            start, name, date = found
            if any(ev.get("date") == date and (date or ev["kind"] == kind) for ev in events):
                continue  # the same event told again (a caption, the lead's event): same day, or same kind undated
            if date and self.year_inferred:
                doc_list(doc, "warnings").append(f"event date has no year: {date[:4]} inferred from the document")
            sent = sents.span(n)
            online = self.g.online_words.search(text[start:s])
            location = "online" if online else self.location(doc, text[lo:hi], sent)  # type: ignore[attr-defined]
            events.append(
                {
                    "kind": kind,
                    "name": name,
                    "date": date,
                    "location": location,
                    "organizer": self.organizer(doc, sent),  # type: ignore[attr-defined]
                    "period_reviewed": None,
                    "evidence": {"start": start, "end": e, "text": text[start:e]},
                }
            )
        self.awarding_day(doc, text, events)

    def awarding_day(self, doc: Doc, text: str, events: list) -> None:
        """ "On August 21, the Chairman of ... awarded Certificates of Merit to ...": a day of awards told
        without a ceremony word is a ceremony of its own, unless an event of that day is read already.
        One search of the text, which a sentence opening with a date anchors."""
        day = self.g.awarding_day
        if isinstance(day, GatedPattern) and day.absent(text, 0, sys.maxsize):
            return  # none of the verbs that give an award: as `day.finditer` would find nothing
        for m in self.awarding_scan.finditer(text):
            told = [d for d in self.dates.find(m.group("date")) if d.month_day]
            date = self.dated(doc, told[0]) if told else None
            if date is None or any(ev.get("date") == date for ev in events):
                continue
            if self.year_inferred:
                doc_list(doc, "warnings").append(f"event date has no year: {date[:4]} inferred from the document")
            sents = doc_sentences(doc)
            sent = sents.span(bisect_right(sents.starts, m.start()) - 1)
            events.append(
                {
                    "kind": AWARDING_KIND,
                    "name": None,
                    "date": date,
                    "location": None,
                    "organizer": self.organizer(doc, sent),  # type: ignore[attr-defined]
                    "period_reviewed": None,
                    "evidence": {"start": m.start(), "end": m.end(), "text": m.group()},
                }
            )

    def setting_event(
        self, doc: Doc, text: str, lo: int, hi: int, s: int, e: int
    ) -> tuple[int, str | None, str | None] | None:
        """ "On <date>, at a ceremony ...", "At a meeting on <date>": the event and its own date."""
        m = self.g.setting_before.search(text, max(lo, s - LOOK_BACK), s)
        if m is None or m.end() != s:
            return None
        dates = self.after_dateline(text[lo:hi])  # type: ignore[attr-defined]
        before = [
            d
            for d in dates
            if lo + d.end <= m.start() and self.g.date_opens_setting.match(text[lo + d.end : m.start()])
        ]
        after = [d for d in dates if lo + d.start >= e and self.g.date_after_event.match(text[e : lo + d.start])]
        picked = before[-1] if before else after[0] if after else None
        if picked is None:
            return None  # "at the ceremony": the event told before, named again
        start = lo + picked.start if before else m.start()
        return start, None, self.dated(doc, picked)

    def lead_action_event(self, doc: Doc, text: str, lo: int, s: int) -> tuple[int, str | None, str | None] | None:
        """ "X on May 3 handed over 900 cards to ..." then "At the ceremony in Y, Mr. Z said ...": a lead that tells
        an act with no event word, and a sentence opening on the event word with "the" (`lead_setting_opening`)
        names the event of that act; it took place on the first day the lead gives (asked only while no event is
        read)."""
        m = self.g.lead_setting_opening.match(text, lo, s)
        if m is None or m.end() != s:
            return None
        sents = doc_sentences(doc)
        for k in range(min(self.lead_sentences, len(sents))):
            if sents.starts[k] >= lo:
                break
            sentence = text[sents.starts[k] : sents.ends[k]]
            dateline = self.g.dateline.match(sentence)
            filed = dateline.end() if dateline else 0  # the day the story was filed tells no act's day
            dates = [d for d in self.dates.find(sentence) if d.month_day and not d.comparison and d.start >= filed]
            if dates:
                return lo + len(m.group()) - len(m.group().lstrip()), None, self.dated(doc, dates[0])
        return None

    def hosted_event(
        self, doc: Doc, text: str, lo: int, hi: int, s: int, e: int
    ) -> tuple[int, str | None, str | None] | None:
        """ "<body> hosted the <Name> meeting", "the directors held their first online meeting"."""
        m = self.g.hosting_before.search(text, max(lo, s - LOOK_BACK), s)
        if m is None or m.end() != s:
            return None
        words = m.group("words")
        name = f"{words}{text[s:e]}" if words[:1].isupper() else None  # "the ASEAN ... board meeting"
        dates = self.after_dateline(text[lo:hi])  # type: ignore[attr-defined]
        if name is None and not dates:
            return None  # "the office held the conference": the lead's event named again
        return m.start(), name, self.dated(doc, dates[0]) if dates else None

    def date_told_before(self, doc: Doc, sent: Span, s: int) -> list[DateMention]:
        """ "On May 3, X and Y signed the contract. Attending the signing ceremony were ...": an event named
        with "the" in a sentence without a date took place on the day the sentence before it opened with."""
        if not self.g.definite_before.search(sent.text, max(0, s - 40), s):
            return []
        sents = doc_sentences(doc)
        n = bisect_right(sents.starts, sent.start_char) - 1
        if n < 1:
            return []
        before = text_of(doc)[sents.starts[n - 1] : sents.ends[n - 1]]
        return self.after_dateline(before)[:1]  # type: ignore[attr-defined]

    def dated(self, doc: Doc, mention: DateMention) -> str | None:
        """A day without a year takes the document's; one that would fall after the publication date is of
        the year before ("On November 15" in a round-up of the year published on January 5). Sets
        `year_inferred`: the record's warning is written only if the event is kept."""
        self.year_inferred = not mention.value
        if mention.value:
            return str(mention.value)
        year = document_year(doc, self.dates)
        if year is None:
            return None
        date = with_year(mention, year)
        published = (doc_meta(doc) or {}).get("published")
        if date and published and len(date) == 10 and date > published[:10]:
            date = with_year(mention, year - 1)
        return date
