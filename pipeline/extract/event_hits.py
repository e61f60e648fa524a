"""The event words of a text, every kind's from one scan.

`pr_events` asks each kind of event word (one `WordScan` per kind) for its matches: in the lead's
sentences, and over the whole text for the events told further on. Each kind's scan first tests
its words with `in` (a dozen passes over the text, most of them in vain) and then runs its regex
over the whole text: six kinds, six gates and up to six regex passes a text, where the words are
almost never there. `TriggerHits` finds the places where any kind's word starts after a non-word
character (or at the text's start) in one regex pass (the words as a prefix tree, which the
engine tries only after a non-word character), and then asks each kind's own lower-case pattern
only at those places. Each kind's pattern is `phrase_regex(words)` (a word boundary, one of the
words, a word boundary), so it can match only there: each kind gets exactly the matches its own
`finditer_lowered` gives (leftmost first, none overlapping the one before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .cue_sites import WordScan
from .lexicon import phrase_regex
from .regex_start import with_start_gate
from .word_gate import lower_case_source


def prefix_tree(words: Iterable[str]) -> str:
    """A regex source matching exactly where one of `words` starts, with their shared openings
    written once ("c(?:on(?:ference|gress)|ourse)"): the engine tries one branch per first letter
    instead of one per word."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            sub, chain = node[ch], re.escape(ch)
            while len(sub) == 1 and "" not in sub:  # one way on: written as a run of letters
                ((ch2, sub),) = sub.items()
                chain += re.escape(ch2)
            alts.append(chain + emit(sub))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:  # a word ends here and longer ones go on
            return ("(?:" + body + ")" if len(alts) == 1 else body) + "?"
        return body

    return emit(tree)


class TriggerHits:
    """Every kind's event-word matches in a text, from one scan for all kinds' words."""

    def __init__(self, triggers: list[tuple[str, WordScan]], kinds: dict[str, list[str]]) -> None:
        self.triggers = triggers
        self.firsts: list[frozenset[str]] = []  # each kind's words' first letters, in lower case
        every: set[str] = set()
        self.usable = len(triggers) == len(kinds)
        for (kind, scan), (name, phrases) in zip(triggers, kinds.items()):
            words = {p.strip().lower() for p in phrases if p.strip()}
            self.usable = self.usable and kind == name and self.reads(scan, phrases, words)
            self.firsts.append(frozenset(w[0] for w in words))
            every |= words
        tree = prefix_tree(every) if every else None
        self.at_start = re.compile(tree) if tree else None
        self.after_break = re.compile(r"\W(?:" + tree + ")") if tree else None

    @staticmethod
    def reads(scan: WordScan, phrases: list[str], words: set[str]) -> bool:
        """Whether `scan` is `phrase_regex(phrases)` searched in lower case, so that its matches
        start only where one of `words` starts, after a non-word character or at the start."""
        pattern = phrase_regex(phrases)
        if not words:
            return scan.lower is None and scan.pattern.pattern == pattern.pattern  # "no such word": no match
        source = lower_case_source(pattern.pattern)
        if source is None or scan.lower is None or scan.pattern.pattern != pattern.pattern:
            return False
        plain = re.compile(source, pattern.flags & ~re.IGNORECASE)
        if scan.lower.pattern not in (plain.pattern, with_start_gate(plain).pattern):
            return False
        same_length = all(len(p.strip().lower()) == len(p.strip()) for p in phrases)
        return same_length and not plain.match("") and all(plain.fullmatch(w) for w in words)

    def places(self, low: str) -> list[int]:
        """Where any kind's word starts in `low` after a non-word character or at its start, in order."""
        if self.at_start is None or self.after_break is None:
            return []
        found = [0] if self.at_start.match(low) else []
        m = self.after_break.search(low)
        while m is not None:
            found.append(m.start() + 1)
            m = self.after_break.search(low, m.start() + 1)  # words may nest ("online dialogue", "dialogue")
        return found

    def by_kind(self, text: str, low: str | None) -> list[list[re.Match[str]]] | None:
        """Each kind's matches in `text` (`low` its `lowered` form), as each kind's
        `finditer_lowered(text, low)` gives them; None when that cannot be told here."""
        if low is None or not self.usable:
            return None
        places = self.places(low)
        out: list[list[re.Match[str]]] = []
        for (_, scan), firsts in zip(self.triggers, self.firsts):
            found: list[re.Match[str]] = []
            out.append(found)
            if scan.lower is None:
                continue
            end = 0
            for at in places:
                if at < end or low[at] not in firsts:
                    continue
                m = scan.lower.match(low, at)
                if m is None:
                    continue
                end = m.end()  # the kind's next match starts after this one, as `finditer` goes on
                hit = scan.pattern.match(text, at)
                if hit is not None:
                    found.append(hit)
        return out

    def hits(self, text: str, low: str | None) -> list[tuple[int, int, str]] | None:
        """(start, end, kind) of every kind's matches, in order; None when that cannot be told here."""
        kinds = self.by_kind(text, low)
        if kinds is None:
            return None
        return sorted((m.start(), m.end(), kind) for (kind, _), found in zip(self.triggers, kinds) for m in found)
