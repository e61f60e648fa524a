"""Events: the conference, congress or ceremony a document reports.

The lead (headline and first sentences) names it: the first event word
there ("held a conference", "the 10th ... Congress", "a working session")
that is not a reference ("the Resolution of the 13th Party Congress").
Its date, place, organiser and the period it reviews come from the same
sentence; a date without a year takes the document's year and says so in
`warnings`. An event the lead does not report but a later sentence names
again ("at the same ceremony") took place on the date its paragraph gave.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import VSS_OFFICES
from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .cue_sites import WordScan, plain, start_gated_lower, word_gated_grammar
from .dates import date_reader, with_year
from .doc_lists import doc_list
from .doc_subject import most_named
from .event_hits import TriggerHits
from .event_settings import FurtherEvents
from .event_venue_organizer import VenueAndOrganizer
from .extensions import doc_meta, text_of
from .figure_periods import document_year
from .lexicon import CaselessSearch, compile_grammar, load_data, phrase_regex
from .lexicon_base import NEVER
from .lexicon_models import EventsData
from .regex_start import AsciiStartScan
from .sentence_chars import doc_sentences
from .word_gate import lowered


class EventFinder(FurtherEvents, VenueAndOrganizer, RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_events", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "events", EventsData)
        self.g = word_gated_grammar(compile_grammar(data.grammar))  # most sentences hold none of a pattern's words
        self.dates = date_reader(lang)
        self.triggers = [(kind, WordScan(phrase_regex(words))) for kind, words in data.kinds.items()]
        for _, scan in self.triggers:
            start_gated_lower(scan)
        self.trigger_hits = TriggerHits(self.triggers, data.kinds)  # every kind's words from one scan
        # the day of awards ("On August 21, ..."), tried only where its first letter is, not at every character
        self.awarding_scan = AsciiStartScan(plain(self.g.awarding_day), plain(self.g.awarding_day))
        # searched over the lower-cased text behind their words (`CaselessSearch`): the same matches
        self.reference = CaselessSearch(phrase_regex(data.reference_before))
        self.report_verbs = CaselessSearch(phrase_regex(data.report_verbs))
        self.lead_sentences = data.lead_sentences
        self.reference_window = data.reference_window
        self.review = CaselessSearch(re.compile("|".join(data.review_cues), re.IGNORECASE))
        self.weekdays = [w.lower() for w in data.weekdays]
        # the event words that open a fuller event word of another kind ("dialogue" of "dialogue conference"):
        # only after one of these is the lead searched for the fuller name
        self.fuller_openers = (
            {
                w.lower()
                for kind, words in data.kinds.items()
                for w in words
                if any(
                    o.lower().startswith(w.lower()) for k, ws in data.kinds.items() if k != kind for o in ws if o != w
                )
            }
            if data.grammar.compound_joint != NEVER
            else set()
        )
        self.further = any(p != NEVER for p in (data.grammar.setting_before, data.grammar.hosting_before))

    def process(self, doc: Doc) -> None:
        self.reported_event(doc)
        self.further_events(doc, text_of(doc))

    def reported_event(self, doc: Doc) -> None:
        """The event the lead reports, else one the text names again or the body's own."""
        sents = doc_sentences(doc)
        text = text_of(doc)
        lead = min(len(sents), self.lead_sentences)
        for n in range(lead):
            found = self.trigger(text[sents.starts[n] : sents.ends[n]])  # the sentence's text, no span made
            at = sents.starts[n] + found[1] if found else 0
            if found and not any(m.end() == at for m in self.g.same_event.finditer(text, max(0, at - 30), at)):
                n, found = self.reported_in_lead(text, sents, n, lead, found)
                self.add_event(doc, sents.span(n), *found)
                return
            if found:
                break  # "at the same ceremony": the event the paragraph spoke of, read below
        else:
            if lead < len(sents) and self.held_later(doc, text, sents.starts[lead]):
                return
        self.event_named_again(doc, text)

    def reported_in_lead(
        self, text: str, sents, n: int, lead: int, found: tuple[str, int, int]
    ) -> tuple[int, tuple[str, int, int]]:
        """A headline's event word ("Trao giải cuộc thi ...") whose event a lead sentence reports with its
        verb ("Chiều 21/11, ... tổ chức Lễ tổng kết và trao giải ..."): that sentence, which gives its name,
        own date, place and organiser. Else the sentence the event word was found in."""
        word = text[sents.starts[n] + found[1] : sents.starts[n] + found[2]].lower()
        if word in self.fuller_openers:
            for k in range(n + 1, lead):
                sentence = text[sents.starts[k] : sents.ends[k]]
                again = self.trigger(sentence)
                told = sentence[again[1] : again[2]].lower() if again else ""
                if (
                    again
                    and again[0] != found[0]
                    and told.startswith(word)
                    and self.g.compound_joint.match(told, len(word))
                ):
                    return (
                        k,
                        again,
                    )  # "X holds dialogue ..." then "X held a dialogue conference ...": the fuller name's kind
        if self.report_verbs.search(text[sents.starts[n] : sents.starts[n] + found[1]]):
            return n, found
        undated: bool | None = None  # whether the sentence found gives no day: asked once, if needed
        for k in range(n + 1, lead):
            sentence = text[sents.starts[k] : sents.ends[k]]
            again = self.trigger(sentence)
            if again and again[0] == found[0]:
                if self.report_verbs.search(sentence[: again[1]]):
                    return k, again
                if self.g.retold_on.search(sentence):
                    if undated is None:
                        undated = not any(d.month_day for d in self.dates.find(text[sents.starts[n] : sents.ends[n]]))
                    if undated:
                        return k, again  # "Official visits ..." then "On May 3, a delegation ... visited ...": dated
        return n, found

    def held_later(self, doc: Doc, text: str, after: int) -> bool:
        """An event the lead does not report, said further on to be held on a day ("Tại hội nghị sơ kết
        ... tổ chức ngày 10/4/2026, ...") or named where someone speaks, dated right after its name
        ("Phát biểu tại Hội nghị tổng kết ... ngày 20/12/2025"): the first such sentence's event (one
        search of the rest for each), organised by the body the document is about when the sentence
        names none."""
        held, dated = self.g.held_on.search(text, after), self.g.dated_at.search(text, after)
        m = min((x for x in (held, dated) if x is not None), key=lambda x: x.start(), default=None)
        if m is None:
            return False
        sents = doc_sentences(doc)
        n = next(k for k in range(len(sents)) if sents.starts[k] <= m.start() < sents.ends[k])
        found = self.trigger(text[sents.starts[n] : m.start() if m is held else m.end("name")])
        if found is None:
            return False
        self.add_event(doc, sents.span(n), *found)
        event = doc_list(doc, "events")[-1]
        if event["organizer"] is None:
            event["organizer"] = most_named(doc.spans.get("units", []), VSS_OFFICES)
        return True

    def event_named_again(self, doc: Doc, text: str) -> None:
        """An event the lead does not report, named again by an anaphor further on ("... received the
        certificate at the same ceremony"): it took place, on the date its paragraph gave before it (its
        organiser and place are the paragraph's business, not read here)."""
        m = self.g.same_event.search(text)
        found = self.trigger(text[m.end() : m.end() + 40]) if m else None
        if m is None or found is None or found[1] != 0:
            self.own_event(doc, text)
            return
        kind, s, e = found
        paragraph = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        dates = [d for d in self.dates.find(paragraph) if d.month_day and not d.comparison]
        year = document_year(doc, self.dates) if dates and not dates[-1].value else None
        date = dates[-1].value or (with_year(dates[-1], year) if year else None) if dates else None
        at = m.end()
        doc_list(doc, "events").append(
            {
                "kind": kind,
                "name": None,
                "date": date,
                "location": None,
                "organizer": None,
                "period_reviewed": None,
                "evidence": {"start": at + s, "end": at + e, "text": text[at + s : at + e]},
            }
        )

    def own_event(self, doc: Doc, text: str) -> None:
        """ "On May 10, at the office's mid-year meeting, ...": an event of the body the document is about,
        told outside the lead; named by the words before the event word, dated by the date right after it
        ("... review meeting on September 11") or else the last one its paragraph gave before it."""
        for m in self.g.own_event.finditer(text):
            at = m.start("name")
            # the event word right after the name's first words ("mid-year meeting", "review meeting on ...")
            starts = [at + w.start() for w in re.finditer(r"\S+", m.group("name"))] + [m.end()]
            found = next(
                (
                    (kind, hit.end())
                    for pos in starts
                    for kind, scan in self.triggers
                    if (hit := scan.pattern.match(text, pos))
                ),
                None,
            )
            if found is None:
                continue
            kind, end = found
            line_end = text.find("\n", end) % (len(text) + 1)
            after = [
                d for d in self.dates.find(text[end : min(line_end, end + 30)]) if d.month_day and not d.comparison
            ]
            paragraph = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            before = [d for d in self.dates.find(paragraph) if d.month_day and not d.comparison]
            picked = after[0] if after else (before[-1] if before else None)
            year = document_year(doc, self.dates) if picked and not picked.value else None
            date = picked.value or (with_year(picked, year) if year else None) if picked else None
            doc_list(doc, "events").append(
                {
                    "kind": kind,
                    "name": text[at:end],
                    "date": date,
                    "location": None,
                    "organizer": most_named(doc.spans.get("units", []), VSS_OFFICES),
                    "period_reviewed": None,
                    "evidence": {"start": m.start(), "end": end, "text": text[m.start() : end]},
                }
            )
            return

    def trigger(self, text: str) -> tuple[str, int, int] | None:
        """The first event word of `text` (kind, start, end)."""
        best = None
        low = lowered(text)  # once for every kind's words and search
        kinds = self.trigger_hits.by_kind(text, low)  # one scan for every kind's words
        for k, (kind, regex) in enumerate(self.triggers):
            for m in regex.finditer_lowered(text, low) if kinds is None else kinds[k]:
                window = text[max(0, m.start() - self.reference_window) : m.start()]
                if self.reference.search(window) and self.g.resolution.search(window):
                    continue
                if self.g.duration_before.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "Sau 30 ngày ra quân", "340 buổi tư vấn, đối thoại": a campaign's days, sessions
                if self.g.verb_like_kind.match(m.group().lower()) and not self.g.meeting_determiner.search(
                    text[max(0, m.start() - 12) : m.start()]
                ):
                    continue  # "meeting the needs of ..." is a verb
                if best is None or m.start() < best[1]:
                    best = (kind, m.start(), m.end())
                break
        return best

    def add_event(self, doc: Doc, sent, kind: str, s: int, e: int) -> None:
        text, base = sent.text, sent.start_char
        dates = [d for d in self.dates.find(text) if d.month_day and not d.comparison]
        if dates and (spans := [m.span() for m in self.g.commemorated_span.finditer(text)]):
            dates = [
                d for d in dates if not any(a <= d.start < b for a, b in spans)
            ]  # "kỷ niệm ... (26/3/1931-26/3/2026)"
        marked = {m.end() for m in self.g.marked_day.finditer(text)} if dates else set()
        if marked:
            dates = [d for d in dates if d.end not in marked]  # "its ceremony marking ... Day on May 1"
        line_start = text_of(doc).rfind("\n", 0, base) + 1
        dateline = self.g.dateline.match(text_of(doc), line_start)
        filed = dateline is not None and bool(dates) and base + dates[0].start < dateline.end()
        if filed and (len(dates) > 1 or marked):
            dates = dates[1:]  # "Ha Noi, January 10 (VNA) – ... held a conference on January 9"
        weekday = self.weekday_date(doc, sent)  # "... on Wednesday held a conference"
        if weekday and (not dates or (filed and len(dates) == 1)):
            dates = []  # the weekday beats the day the story was filed
        if not dates and not weekday:
            dates = self.date_told_before(doc, sent, s)  # "On May 3, X and Y signed ... Attending the ceremony"
        if not dates and not weekday:
            sents = doc_sentences(doc)
            following = [k for k, (start, _) in enumerate(sents.bounds) if start >= sent.end][:2]
            texts = [text_of(doc)[sents.starts[k] : sents.ends[k]] for k in following]
            dates = [d for t in texts for d in self.after_dateline(t)][:1]
        date = None
        period = self.period_reviewed(text)
        if weekday and not dates:
            date = weekday
        elif dates and dates[0].value:
            date = dates[0].value
        elif dates:
            # the document's year (a scan of its whole text, once per document) only for a date without one
            year = document_year(doc, self.dates)
            if (
                not (doc_meta(doc) or {}).get("published")
                and period
                and period.isdigit()
                and dates[0].month_day is not None
                and dates[0].month_day[0] <= 4
            ):
                year = int(period) + 1  # a review of year Y is held early in Y+1
            date = with_year(dates[0], year) if year else None
            if year:
                doc_list(doc, "warnings").append(f"event date has no year: {year} inferred from the document")
        name_match = next(
            (m for m in self.g.name.finditer(text) if m.start() <= s < m.end() or m.start() <= e - 1 < m.end()), None
        )
        name = (
            name_match.group().strip()
            if name_match
            and (
                name_match.group()[0].isupper()
                or name_match.group()[0].isdigit()
                # "BHXH tỉnh X tổ chức hội nghị sơ kết đợt cao điểm ...": what the reported event is, in lower case
                or (
                    len(name_match.group().split()) > 3
                    and self.g.reported_name_before.search(text, max(0, name_match.start() - 30), name_match.start())
                )
            )
            and len(name_match.group().split()) > 1
            else None
        )
        if name and name[0].islower() and (cut := unquoted(self.g.lower_name_end, name)):
            name = name[: cut.start()]  # "hội nghị sơ kết ... và triển khai ...": a lower-case name is its head
        if name is None:  # "tại cuộc họp giao ban ngày 3/6/2025": the words up to its date name it
            dated = next((m for m in self.g.dated_at.finditer(text, max(0, s - 12)) if m.start("name") == s), None)
            name = dated.group("name") if dated else None
        if name is None and (lower := self.g.lower_name_before.search(text, max(0, s - 60), s)):
            name = f"{lower.group('name')}{text[s:e]}"  # "its 2025 review conference"
        if name is None and (purpose := self.g.purpose_after.match(text, e)):
            name = f"{text[s:e]} {purpose.group('purpose')}"  # "a ceremony to mark the 10th ... Day": its own phrase
        # a place the sentence names (the headquarters an online event links from), else "online" when held so
        location = self.location(doc, text, sent) or ("online" if self.g.held_online.search(text) else None)
        doc_list(doc, "events").append(
            {
                "kind": kind,
                "name": name,
                "date": date,
                "location": location,
                "organizer": self.organizer(doc, sent, s),
                "period_reviewed": period,
                "evidence": {"start": base + s, "end": base + e, "text": text_of(doc)[base + s : base + e]},
            }
        )

    def after_dateline(self, text: str) -> list:
        """The day-and-month dates of a sentence's `text`, without the one of the dateline it opens with when
        it gives another ("Tây Ninh, 20/11/2025 - Ngày 19/11/2025, ...": the day the story was filed)."""
        dates = [d for d in self.dates.find(text) if d.month_day and not d.comparison]
        if len(dates) > 1:
            dateline = self.g.dateline.match(text, text.rfind("\n", 0, dates[0].start) + 1)
            if dateline is not None and dates[0].start < dateline.end():
                return dates[1:]
        return dates

    def weekday_date(self, doc: Doc, sent: Span) -> str | None:
        """The date of "on Monday" in the event's sentence or the lead sentences before it: the last such
        weekday up to the publication date."""
        published = (doc_meta(doc) or {}).get("published")
        if not published or not self.weekdays:
            return None
        sents = doc_sentences(doc)
        text = text_of(doc)
        before = [k for k, (start, _) in enumerate(sents.bounds) if start <= sent.start][-self.lead_sentences :]
        for k in reversed(before):
            m = self.g.weekday_on.search(text, sents.starts[k], sents.ends[k])
            if m and m.group("day").lower() in self.weekdays:
                day = dt.date.fromisoformat(published[:10])
                back = (day.weekday() - self.weekdays.index(m.group("day").lower())) % 7
                return (day - dt.timedelta(days=back)).isoformat()
        return None

    def period_reviewed(self, text: str) -> str | None:
        cue = self.review.search(text)
        if not cue:
            return None
        after = text[cue.start() :]
        m = re.search(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)", after)
        y = self.g.reviewed_year.search(after)
        if m and (not y or m.start() <= y.start()):
            return f"{m.group(1)}-{m.group(2)}"
        return y.group(1) if y else None


def unquoted(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of `pattern` outside quotation marks: a movement's quoted title inside an event's name
    ("hội nghị tổng kết phong trào "A, B" ...") may hold the comma or "và" that ends a name elsewhere."""
    for m in pattern.finditer(text):
        before = text[: m.start()]
        if before.count('"') % 2 == 0 and before.count("“") == before.count("”"):
            return m
    return None
