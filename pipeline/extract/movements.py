"""Movements: named emulation movements and campaigns.

Quoted names after a trigger word ("the emulation movement “X”",
"movements such as: "X", "Y"...") and the quoted names that continue such a
list; unquoted campaign names of a regular shape ("Month of ..."). Each gets
its period ("for the period 2021 - 2025") and who launched it.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .dates import date_reader
from .extensions import sentences, text_of
from .figure_periods import document_year
from .lexicon import CaselessSearch, compile_grammar, fold, load_data, phrase_regex
from .lexicon_models import MovementsData

QUOTED = re.compile(r"[“\"]([^“”\"\n]{4,220}?)[”\"]")


class MovementFinder(RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_movements", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "movements", MovementsData)
        self.g = compile_grammar(data.grammar)
        self.trigger = phrase_regex(data.quote_triggers)
        self.not_after = phrase_regex(data.not_after)
        self.unquoted = [re.compile(p) for p in data.unquoted_patterns]
        self.launch = phrase_regex(data.launch_verbs)
        self.abbreviations = data.abbreviations
        self.abbreviation_re = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, data.abbreviations)) + r")\b") if data.abbreviations else None
        )
        self.bracketed = re.compile(r"\s*\([A-ZĐ]{2,8}\)")
        self.follower = re.compile(
            r"\s*(?:" + "|".join(re.escape(w) for w in sorted(data.quote_followers, key=len, reverse=True)) + r")\b"
            if data.quote_followers
            else r"(?!)"
        )
        self.generic_words = set(data.generic_name_words)
        self.known = [(self.loose_name(name), name) for name in data.known_movements]
        self.may_name = CaselessSearch(self.g.may_name)  # behind a gate of the words it needs
        # whether any known name is in a sentence: one alternation instead of a search per name
        self.any_known = (
            CaselessSearch(re.compile("|".join(f"(?:{regex.pattern})" for regex, _ in self.known), re.IGNORECASE))
            if self.known
            else None
        )
        self.dates = date_reader(lang)

    @staticmethod
    def loose_name(name: str) -> re.Pattern[str]:
        """A known name as a regex: any dash or none between words, any case, commas optional."""
        words = [re.escape(w) for w in re.findall(r"[^\W_]+", name)]
        return re.compile(r"\b" + r"[\s,\-–—]+".join(words) + r"\b", re.IGNORECASE)

    def process(self, doc: Doc) -> None:
        found: dict[str, dict] = {}
        text = text_of(doc)
        title = (doc._.meta or {}).get("title") or ""
        at = text.find(title) if title else -1
        headline_end = at + len(title) if at >= 0 else text.find("\n")
        for sent in sentences(doc):
            if not self.may_name.search(text, sent.start_char, sent.end_char) and not (
                self.any_known and self.any_known.search(text, sent.start_char, sent.end_char)
            ):
                continue
            for start, end, name, period in self.names(sent):
                key = self.key(name)
                if key in found and not found[key]["_headline"]:
                    continue
                if key in found and start < headline_end:
                    continue
                # a name seen only in the headline gives way to the body's wording of it
                found[key] = {
                    "name": name,
                    "launched_by": self.launched_by(doc, sent, start, end),
                    "period": period or (found[key]["period"] if key in found else None),
                    "evidence": {"start": start, "end": end, "text": text_of(doc)[start:end]},
                    "_headline": 0 <= headline_end and start < headline_end,
                }
        for movement in found.values():
            movement.pop("_headline")
            doc._.movements.append(movement)

    def key(self, name: str) -> str:
        """One key for the ways a text writes one name: abbreviations spelt out, bracketed
        abbreviations dropped ("Viết về BHXH, BHYT" = "Viết về bảo hiểm xã hội, bảo hiểm y tế (BHYT)")."""
        name = self.bracketed.sub("", name)
        if self.abbreviation_re is not None:
            name = self.abbreviation_re.sub(lambda m: self.abbreviations[m.group()], name)
        return " ".join(fold(name).split())

    def names(self, sent: Span) -> list[tuple[int, int, str, str | None]]:
        text, base = sent.text, sent.start_char
        out = []
        last_end: int | None = None
        for m in QUOTED.finditer(text):
            before = text[max(0, m.start() - 70) : m.start()]
            gap = text[last_end : m.start()] if last_end is not None else None
            if gap is not None:
                gap = self.g.period_in_gap.sub(" ", gap)
            in_list = (
                gap is not None
                and len(gap) < 40
                and self.g.list_gap.fullmatch(gap.split("”")[-1] if gap else "") is not None
            )
            triggered = (
                (self.trigger.search(before) or self.follower.match(text, m.end()))
                and not self.not_after.search(before[-25:])
            ) or self.trigger.match(m.group(1))  # the name says what it is: “Cuộc thi ...”, “Giải ...”
            if not (triggered or in_list):
                last_end = None
                continue
            name = m.group(1).strip(" ,.…")
            if not name or not (name[0].isupper() or name[0].isdigit()) and not in_list:
                last_end = None
                continue
            period = None
            tp = self.g.trailing_period.search(name)
            if tp:
                period = f"{tp.group(1)}-{tp.group(2)}"
                name = name[: tp.start()].strip(" ,")
            pm = self.g.period_after.match(text[m.end() : m.end() + 40])
            if pm and period is None:
                period = f"{pm.group(1)}-{pm.group(2)}"
            if period is None:
                period = self.one_year(sent.doc, name, before, text[m.end() : m.end() + 60])
            out.append((base + m.start(1), base + m.start(1) + len(m.group(1).rstrip(" ,.…")), name, period))
            last_end = m.end()
        for regex in self.unquoted:
            for m in regex.finditer(text):
                name = self.g.leading_article.sub("", m.group()).strip(" ,.")
                if set(name.split()) <= self.generic_words:
                    continue  # "the Patriotic Emulation Movement" names no particular movement
                offset = m.group().find(name)
                period = self.name_year(name)  # "cuộc thi viết về ... năm 2025"
                out.append((base + m.start() + offset, base + m.start() + offset + len(name), name, period))
        taken = [(s, e) for s, e, _, _ in out]
        for regex, known in self.known:
            for m in regex.finditer(text):
                if not any(s <= base + m.start() < e for s, e in taken):
                    out.append((base + m.start(), base + m.end(), known, None))
                    taken.append((base + m.start(), base + m.end()))
        if out:
            sentence_period = self.g.sentence_period.search(text)
            if sentence_period:
                out = [(s, e, n, p or f"{sentence_period.group(1)}-{sentence_period.group(2)}") for s, e, n, p in out]
        return out

    def name_year(self, name: str) -> str | None:
        """The year or range that ends a name and stays in it ("... năm 2025", "... năm 2015 - 2016")."""
        ny = self.g.year_in_name.search(name)
        if not ny:
            return None
        return f"{ny.group(1)}-{ny.group(2)}" if ny.group(2) else ny.group(1)

    def one_year(self, doc: Doc, name: str, before: str, after: str) -> str | None:
        """A movement of one year: the year ending its name ("... năm 2025"), right after or before it,
        the year of a closing date after it, else the document's year when the text reports its launch."""
        if self.name_year(name):
            return self.name_year(name)
        for found in (
            self.g.year_after.match(after),
            self.g.year_before.search(before),
            self.g.until_after.match(after),
        ):
            if found:
                return found.group(1)
        if self.g.launched_here_before.search(before):
            year = document_year(doc, self.dates)
            return str(year) if year else None
        return None

    def launched_by(self, doc: Doc, sent: Span, start: int, end: int | None = None) -> str | None:
        """Who launched the movement named at `start`:

        1. "launched by X" after the name (the nearest), else anywhere in the sentence;
        2. "the Prime Minister's movement "..."";
        3. the subject of "launched" before the name ("X launched the movement ...");
           "the unit" / "the office" as subject means the document's own office.
        """
        text = text_of(doc)
        end = end if end is not None else start
        units = doc.spans.get("units", [])
        matches = list(self.g.launched_by.finditer(text, sent.start_char, sent.end_char))
        after = [m for m in matches if m.start() >= end]
        m = after[0] if after else (matches[0] if matches else None)
        if m:
            unit = next((u._.unit for u in units if m.start(1) <= u.start_char < m.end(1) + 1), None)
            if unit:
                return unit
            if self.g.province_words.match(m.group(1)):
                return self.own_office(units)
            return self.g.launcher_split.split(m.group(1))[0].strip() or None
        owner = self.g.owner.search(text, max(sent.start_char, start - 80), start)
        if owner:
            unit = next((u._.unit for u in units if owner.start(1) <= u.start_char < owner.end(1)), None)
            return unit or owner.group(1)
        verb = self.launch.search(text[sent.start_char : start])
        if not verb:
            return None
        verb_at = sent.start_char + verb.start()
        people = [p for p in doc.spans.get("people", []) if sent.start_char <= p.start_char and p.end_char <= verb_at]
        subjects = [
            u
            for u in units
            if sent.start_char <= u.start_char
            and u.end_char <= verb_at
            and not self.g.not_subject_before.search(text[max(0, u.start_char - 10) : u.start_char])
        ]
        if people and self.g.own_office_subject.search(text[people[-1].end_char : verb_at]):
            return self.own_office(units)
        if people:
            return people[-1].text
        if subjects:
            return subjects[0]._.unit
        return None

    @staticmethod
    def own_office(units: list[Span]) -> str | None:
        """The office the document is about: its most-mentioned provincial, regional or district office."""
        counts = Counter(
            u._.unit for u in units if u.label_ in ("provincial_office", "region_office", "district_office")
        )
        return counts.most_common(1)[0][0] if counts else None
