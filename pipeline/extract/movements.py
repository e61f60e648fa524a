"""Movements: named emulation movements and campaigns.

Quoted names after a trigger word ("the emulation movement “X”",
"movements such as: "X", "Y"...") and the quoted names that continue such a
list; unquoted campaign names of a regular shape ("Month of ..."). Each gets
its period ("for the period 2021 - 2025") and who launched it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..settings import DEFAULT_LANG
from .base import RuleComponent
from .cue_sites import CueSites, DocCueSites, gated, plain, word_gated_grammar
from .dates import date_reader
from .doc_lists import doc_list
from .extensions import doc_meta, text_of
from .figure_periods import document_year
from .lexicon import CaselessSearch, compile_grammar, fold, load_data, phrase_regex
from .lexicon_models import MovementsData
from .movement_launchers import Bare, LaunchedBy
from .sentence_chars import doc_sentences

QUOTED = re.compile(r"[“\"]([^“”\"\n]{4,220}?)[”\"]")
COMMA = re.compile(r"\s*,\s*")
# the longest gap between two quoted names of one list (a launcher may stand between: '"A" launched by X and "B"')
LIST_GAP_CHARS = 80


class MovementFinder(LaunchedBy, RuleComponent):
    def __init__(self, nlp: Language, name: str = "pr_movements", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        data = load_data(lang, "movements", MovementsData)
        self.g = word_gated_grammar(compile_grammar(data.grammar))  # most sentences hold none of a pattern's words
        self.trigger = gated(phrase_regex(data.quote_triggers))
        self.not_after = gated(phrase_regex(data.not_after))
        self.unquoted = [re.compile(p) for p in data.unquoted_patterns]
        self.launch = gated(phrase_regex(data.launch_verbs))
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
        self.may_name = CaselessSearch(plain(self.g.may_name))  # behind a gate of the words it needs
        # whether any known name is in a sentence: one alternation instead of a search per name
        self.any_known = (
            CaselessSearch(re.compile("|".join(f"(?:{regex.pattern})" for regex, _ in self.known), re.IGNORECASE))
            if self.known
            else None
        )
        # the words each cue pattern needs, found once per document: search 0 is `may_name`, then
        # `any_known` (when the pack knows names), the unquoted name patterns, the known names
        gates = [self.may_name, *([self.any_known] if self.any_known else [])]
        self.first_unquoted = len(gates)
        self.first_known = self.first_unquoted + len(self.unquoted)
        gates += [CaselessSearch(regex) for regex in self.unquoted] + [CaselessSearch(regex) for regex, _ in self.known]
        self.cue_sites = CueSites(gates, located=self.first_unquoted)
        self.dates = date_reader(lang)
        self.bare_head = re.compile(phrase_regex(data.bare_heads).pattern + r"[ \t]+(?=[^\W_])", re.IGNORECASE)
        self.bare_not_before = re.compile(phrase_regex(data.bare_not_before).pattern + r"\s+$", re.IGNORECASE)
        self.bare_not_first = re.compile(phrase_regex(data.bare_not_first).pattern, re.IGNORECASE)
        openers = phrase_regex(data.bare_clause_openers).pattern
        self.bare_end = re.compile(
            r"\s*(?:\.(?!\d)|[;:!?()\[\]\n“”\"…])"
            + r"|\s+"
            + phrase_regex(data.bare_stops).pattern
            + r"|\s*,\s*"
            + openers
            + r"|\s+và\s+"
            + openers,
            re.IGNORECASE,
        )
        self.bare_generic = {w.lower() for w in data.bare_generic_words}
        self.launcher_names = {fold(k): v for k, v in data.launcher_names.items()}
        self.event_subject = re.compile(r"^\W*" + phrase_regex(data.event_subjects).pattern, re.IGNORECASE)

    @staticmethod
    def loose_name(name: str) -> re.Pattern[str]:
        """A known name as a regex: any dash or none between words, any case, commas optional."""
        words = [re.escape(w) for w in re.findall(r"[^\W_]+", name)]
        return re.compile(r"\b" + r"[\s,\-–—]+".join(words) + r"\b", re.IGNORECASE)

    def process(self, doc: Doc) -> None:
        found: dict[str, dict] = {}
        text = text_of(doc)
        title = (doc_meta(doc) or {}).get("title") or ""
        at = text.find(title) if title else -1
        headline_end = at + len(title) if at >= 0 else text.find("\n")
        sites = self.cue_sites.of_doc(doc)
        sents = doc_sentences(doc)
        starts, ends = sents.starts, sents.ends
        entry = range(self.first_unquoted)  # `may_name` and `any_known`: whether a sentence is read
        for i, cues in sites.ranges_with_cues(starts, ends, entry):
            start_char, end_char = starts[i], ends[i]
            if not any(sites.search(k, start_char, end_char, cues) for k in entry):
                continue  # neither a word a name may follow nor a known name
            sent = sents.span(i)
            named: list[tuple[int, int, str, str | None, Bare | None]] = [
                (start, end, name, period, None) for start, end, name, period in self.names(sent, sites)
            ]
            bare = self.bare_names(sent, [(start, end) for start, end, *_ in named])
            for start, end, name, period, bare_name in named + bare:
                head = self.bare_head.match(name) if bare_name is not None else None
                key = self.key(name[head.end() :] if head else name)  # "phong trào X" and “X” are one movement
                if key in found and not found[key]["_headline"]:
                    continue
                if key in found and start < headline_end:
                    continue
                # a name seen only in the headline gives way to the body's wording of it
                found[key] = {
                    "name": name,
                    "launched_by": self.launched_by(doc, sent, start, end)
                    if bare_name is None
                    else self.bare_launched_by(doc, sent, start, end, bare_name),
                    "period": period or (found[key]["period"] if key in found else None),
                    "evidence": {"start": start, "end": end, "text": text_of(doc)[start:end]},
                    "_headline": 0 <= headline_end and start < headline_end,
                }
        for key, movement in found.items():
            shout = movement.pop("_headline") or movement["name"].isupper()  # a headline, or a line in capitals
            if shout and any(other != key and other.startswith(key) for other in found):
                continue  # a headline's short form of a name the body writes in full ("“X” - ...")
            doc_list(doc, "movements").append(movement)

    def key(self, name: str) -> str:
        """One key for the ways a text writes one name: abbreviations spelt out, bracketed
        abbreviations dropped ("Viết về BHXH, BHYT" = "Viết về bảo hiểm xã hội, bảo hiểm y tế (BHYT)")."""
        name = self.bracketed.sub("", name)
        if self.abbreviation_re is not None:
            name = self.abbreviation_re.sub(lambda m: self.abbreviations[m.group()], name)
        return " ".join(fold(name).split())

    def names(self, sent: Span, sites: DocCueSites | None = None) -> list[tuple[int, int, str, str | None]]:
        """Quoted, unquoted and known names in the sentence; `sites`, when given, tell which unquoted and
        known patterns may match in it (the others are not run)."""
        text, base = sent.text, sent.start_char
        end_char = base + len(text)
        out = []
        last_end: int | None = None
        for m in QUOTED.finditer(text):
            before = text[max(0, m.start() - 70) : m.start()]
            gap = text[last_end : m.start()] if last_end is not None else None
            if gap is not None:
                gap = self.g.period_in_gap.sub(" ", gap)
            in_list = (
                gap is not None
                and len(gap) < LIST_GAP_CHARS
                and self.g.list_gap.fullmatch(gap.split("”")[-1] if gap else "") is not None
            )
            triggered = (
                (
                    (
                        self.trigger.search(before)
                        or self.follower.match(text, m.end())
                        or self.g.launched_after.match(text, m.end())  # "“X” do BHXH tỉnh Y phát động"
                    )
                    and not self.not_after.search(before[-25:])
                )
                or self.trigger.match(m.group(1))
                or self.g.emulation_in_name.search(m.group(1))
            )  # the name says what it is: “Cuộc thi ...”, “Giải ...”, “100 days of peak emulation ...”
            if not (triggered or in_list) or self.g.fund_before.search(text, max(0, m.start() - 12), m.start() + 1):
                last_end = None  # (“X” right after "Quỹ" names a fund)
                continue
            name = m.group(1).strip(" ,.…")
            head = self.g.campaign_head_before.search(text, max(0, m.start() - 40), m.start() + 1)
            if not name or not (name[0].isupper() or name[0].isdigit()) and not in_list:
                last_end = None
                continue
            period = None
            tp = self.g.trailing_period.search(name)
            if tp:
                period = f"{tp.group(1)}-{tp.group(2)}"
                name = name[: tp.start()].strip(" ,")
            pm = self.g.period_after.match(text[m.end() : m.end() + 80])
            if pm and period is None:
                period = f"{pm.group(1)}-{pm.group(2)}"
            quarter = self.g.quarter_after.match(text[m.end() : m.end() + 60]) if period is None else None
            if quarter:
                number = next(n for n in "1234" if quarter.group(f"q{n}"))
                period = f"Q{number} {quarter.group('year')}"  # "for the last quarter of 2023"
            if period is None:
                period = self.one_year(sent.doc, name, before, text[m.end() : m.end() + 60])
            if head:  # "Tháng cao điểm “X”": the month's head and the quoted words are one name
                name = f"{head.group('head')} {name}"
                out.append((base + head.start(), base + m.end(), name, period))
            else:
                out.append((base + m.start(1), base + m.start(1) + len(m.group(1).rstrip(" ,.…")), name, period))
            last_end = m.end()
        # the unquoted and known patterns whose words the sentence holds (the sentence cut once for all)
        held = (
            sites.holding(range(self.first_unquoted, self.first_known + len(self.known)), base, end_char)
            if sites
            else None
        )
        for j, regex in enumerate(self.unquoted):
            if held is not None and self.first_unquoted + j not in held:
                continue
            for m in regex.finditer(text):
                name = self.g.leading_article.sub("", m.group()).strip(" ,.")
                if set(name.split()) <= self.generic_words:
                    continue  # "the Patriotic Emulation Movement" names no particular movement
                offset = m.group().find(name)
                period = self.name_year(name)  # "cuộc thi viết về ... năm 2025"
                out.append((base + m.start() + offset, base + m.start() + offset + len(name), name, period))
        taken = [(s, e) for s, e, _, _ in out]
        for j, (regex, known) in enumerate(self.known):
            if held is not None and self.first_known + j not in held:
                continue
            for m in regex.finditer(text):
                if not any(s <= base + m.start() < e for s, e in taken):
                    out.append((base + m.start(), base + m.end(), known, None))
                    taken.append((base + m.start(), base + m.end()))
        if out:
            sentence_period = self.g.sentence_period.search(text)
            if sentence_period:
                out = [(s, e, n, p or f"{sentence_period.group(1)}-{sentence_period.group(2)}") for s, e, n, p in out]
        return out

    def bare_names(self, sent: Span, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str | None, Bare]]:
        """Movement names written without quotes: "phong trào thi đua <name>", "cuộc vận động <name>".

        The name keeps its head and runs to the end of its clause (`bare_end`: punctuation, a stop word,
        a comma or "và" before the next clause's verb, "do ... phát động"); commas inside a list-like name
        stay. A name of generic words and time words only ("phong trào thi đua năm 2026") is none, and so
        is a head that speaks of movements in general ("các phong trào"). The last item says whether the
        name ends at its launcher ("... do BHXH Việt Nam phát động").
        """
        text, base = sent.text, sent.start_char
        heads = list(self.bare_head.finditer(text))
        if not heads:
            return []
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        # a comma before a unit opens the next clause ("..., BHXH tỉnh Nam Định vừa ...")
        unit_starts = {u.start_char - base for u in sent.doc.spans.get("units", []) if sent.start <= u.start < sent.end}
        out: list[tuple[int, int, str, str | None, Bare]] = []
        for head in heads:
            at = head.start()
            if any(s <= at < e for s, e in quoted) or any(s <= base + at < e for s, e in taken):
                continue
            if self.bare_not_before.search(text[max(0, at - 20) : at]):
                continue
            name = self.clause_from(text, at, at + len(head.group().rstrip()), unit_starts)
            body = name[len(text[at : head.end()]) :]
            if not body or self.bare_not_first.match(body) or len(name) > 200:
                continue
            if self.g.time_expression.match(body) or self.generic(body):
                # "phong trào thi đua năm 2027 với chủ đề <theme>": the theme is the name
                theme = self.g.bare_theme.match(text, at + len(name))
                if not theme:
                    continue
                name = self.clause_from(text, theme.end(), theme.end(), unit_starts)
                if len(name) > 200 or self.generic(name):
                    continue
                period = self.name_year(name) or self.name_year(body)
                at = theme.end()
                follows = bool(self.g.bare_launcher.match(text, at + len(name)))
                out.append((base + at, base + at + len(name), name, period, Bare(base + head.start(), follows)))
                taken.append((base + at, base + at + len(name)))
                continue
            proper = next((k for k, c in enumerate(name) if c.isupper()), None)
            if proper is not None and 0 < proper < len(name) - len(body) and body[:1].isupper():
                # "phong trào Thi đua Quyết thắng": the text capitalises words of the head ("Thi đua"), so they open
                # a proper name, which is the name without the common words before it (a head written in lower
                # case stays: "phong trào thi đua Ngành BHXH ...")
                at, name = at + proper, name[proper:]
            period = self.name_year(name)
            tp = self.g.trailing_period.search(name)
            pm = self.g.period_after.match(text[at + len(name) : at + len(name) + 80])
            if tp or pm:
                period = f"{(tp or pm).group(1)}-{(tp or pm).group(2)}"
            if period is None:
                sentence_period = self.g.sentence_period.search(text)
                period = f"{sentence_period.group(1)}-{sentence_period.group(2)}" if sentence_period else None
            follows = bool(self.g.bare_launcher.match(text, at + len(name)))
            out.append((base + at, base + at + len(name), name, period, Bare(base + at, follows)))
            taken.append((base + at, base + at + len(name)))
        return out

    def clause_from(self, text: str, at: int, body_at: int, unit_starts: set[int]) -> str:
        """`text` from `at` to the end of its clause (`bare_end`, a launcher, a comma before a unit)."""
        stop = self.bare_end.search(text, body_at)
        while stop and self.g.fund_before.search(text, max(0, stop.end() - 12), stop.end()):
            fund = QUOTED.match(
                text, stop.end() - 1
            )  # "cuộc vận động ủng hộ Quỹ “X” năm 2024": on past the fund's name
            stop = self.bare_end.search(text, fund.end()) if fund else stop
            if fund is None:
                break
        launcher = self.g.bare_launcher.search(text, body_at)
        end = min(m.start() for m in (stop, launcher) if m) if (stop or launcher) else len(text)
        end = next((c.start() for c in COMMA.finditer(text, body_at, end) if c.end() in unit_starts), end)
        return re.sub(r"(?i)[\s,]+(?:và)?$", "", text[at:end])

    def generic(self, words: str) -> bool:
        """Only time words and generic words ("yêu nước giai đoạn 2021 - 2025"): no particular movement."""
        rest = re.findall(r"[^\W_]+", self.g.time_expression.sub(" ", words).lower())
        return all(word in self.bare_generic for word in rest)

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
