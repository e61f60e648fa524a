"""Phrase lists matched as tries, and whether a text or a window of it holds any of them.

A cue list of hundreds of phrases, as a longest-first alternation, makes the engine try every
phrase at every place; as a trie over their lower-case forms it reads each place once, with the
same matches in the same order. The presence tests (`PhrasePresence`, `PhraseWindow`) answer
"any of them here?" with `in` over the lower-cased text where that is exact. They build on
`regex_start` (the start gate) but are an idea of their own: matching many phrases at once.
"""

from __future__ import annotations

import re

from .lexicon import CaselessSearch
from .regex_start import NEVER_SOURCE, skipping_lower, with_start_gate
from .word_gate import lowered


def phrase_trie(phrases: list[str], bounded: bool = True) -> re.Pattern[str]:
    """`lexicon.phrase_regex` as a trie ("online (?:public service|services|transaction)|..."): the same
    matches, start and end (of the phrases matching at a place, the longest that ends a word), but the
    engine reads each place once instead of once per phrase (four times faster for the measure cues).
    `bounded=False`: the phrases anywhere, inside words too (a test that a text holds none of them).

    The trie is built over the phrases in lower case, so "Online" and "online services" share a path
    and the longer is tried first, as in the alternation. A phrase with a letter whose case does not
    round-trip ("ſ", "ς": a case-insensitive regex equates it with another letter) or changes length
    in lower case keeps the plain alternation, which is exact whatever the letters."""
    body = phrase_source(phrases)
    if body is None:
        return re.compile(NEVER_SOURCE)
    return re.compile(r"(?<![\w])(?:" + body + r")(?![\w])" if bounded else body, re.IGNORECASE)


def phrase_alternation(phrases: list[str]) -> str:
    """The phrases' longest-first alternation (to be used case-insensitively inside a larger pattern),
    as their trie (`phrase_source`) where that is exact: every phrase free of surrounding space (the
    trie strips it) and at least one phrase (an empty alternation matches the empty string)."""
    plain = "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))
    if not phrases or any(p != p.strip() for p in phrases):
        return plain
    trie = phrase_source(phrases)
    return plain if trie is None else trie


def phrase_source(phrases: list[str]) -> str | None:
    """The source `phrase_trie` matches its phrases with, to be used case-insensitively inside a
    larger pattern in place of their longest-first alternation (None: no phrases). At a place, the
    phrases that match are prefixes of one another, and the trie tries the longer first, as the
    alternation does, so the pattern around it backtracks through the same ends in the same order."""
    words = {p.strip() for p in phrases if p.strip()}
    if not words:
        return None
    if all(_folds_plainly(w) for w in words):
        return _trie_source(_trie({w.lower() for w in words}))
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


class PhrasePresence:
    """Whether a text holds any of some phrases anywhere, inside words too: the same answer as
    `phrase_trie(phrases, bounded=False).search(text)` (case-insensitive), read with `in` over the
    lower-cased text, a phrase that holds a shorter one left out. Falls back to the trie when a phrase
    or the text has a letter whose case does not fold plainly."""

    def __init__(self, phrases: list[str]) -> None:
        self.trie = with_start_gate(phrase_trie(phrases, bounded=False))
        words = {p.strip() for p in phrases if p.strip()}
        self.plain = all(_folds_plainly(w) for w in words)
        lower = {w.lower() for w in words}
        self.needles = sorted(w for w in lower if not any(o != w and o in w for o in lower))
        # the longest word of each phrase: a text without any of them holds no phrase, and there are
        # fewer of them to test ("aim to", "aims to", "aiming to" -> "aim"); only kept when fewer. Where
        # an anchor occurs, only the phrases that hold it are tested ("reach" is in "reached")
        anchors = {max(n.split(), key=len) for n in self.needles if n.split()}
        anchors = {a for a in anchors if not any(o != a and o in a for o in anchors)}
        short = len(anchors) < len(self.needles) and all(n.split() for n in self.needles)
        self.anchors = sorted(anchors) if short else None
        self.holding = {a: [n for n in self.needles if a in n] for a in self.anchors or ()}

    def __call__(self, text: str) -> bool:
        low = lowered(text) if self.plain else None
        if low is None:
            return self.trie.search(text) is not None
        if self.anchors is None:
            for needle in self.needles:
                if needle in low:
                    return True
            return False
        holding = self.holding
        for anchor in self.anchors:  # every phrase holds one of them
            if anchor in low:
                for needle in holding[anchor]:  # loops, not `any` over a generator: asked per sentence
                    if needle in low:
                        return True
        return False


class PhraseWindow:
    """Whether any of some phrases occurs (inside words too) between two offsets of a text: the same
    answer as `phrase_trie(phrases, bounded=False).search(text[start:end])`, read over the text's
    lower-cased form (`word_gate.lowered`, kept for the text), so the numbers of one sentence ask about
    their windows without cutting and scanning each case-insensitively. The trie has no look-behind
    and no anchor, so searching it between offsets finds what searching the slice would."""

    def __init__(self, phrases: list[str]) -> None:
        plain = phrase_trie(phrases, bounded=False)
        self.trie = with_start_gate(plain)
        self.scan = skipping_lower(CaselessSearch(self.trie), plain)
        self.last_text: tuple[str | None, bool] = (None, True)  # the text asked last, whether it has any

    def __call__(self, text: str, start: int = 0, end: int | None = None) -> bool:
        if self.last_text[0] is not text:  # each number of a sentence asks about its window of it
            self.last_text = (text, self.in_window(text, 0, len(text)))
        if not self.last_text[1]:
            return False
        return (start == 0 and (end is None or end >= len(text))) or self.in_window(text, start, end)

    def in_window(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a phrase occurs between `start` and `end`; a text with none anywhere has none in any
        window (the trie has no look-around outside a match), which `__call__` tells once per text."""
        stop = len(text) if end is None else min(end, len(text))
        low = lowered(text) if self.scan.lower is not None else None
        if low is None or self.scan.lower is None:
            return self.trie.search(text[start:stop]) is not None
        return self.scan.lower.search(low, start, stop) is not None


def _folds_plainly(word: str) -> bool:
    """Every letter of `word` has one lower-case letter, which a case-insensitive regex equates with
    it and with nothing a different lower-case letter stands for."""
    low = word.lower()
    return len(low) == len(word) and all(c.upper().lower() == c for c in low)


def _trie(words: set[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return root


def _trie_source(node: dict[str, dict]) -> str:
    """Branches in a fixed order; where a phrase ends inside a longer one, the rest is optional and
    greedy, so the longest phrase is tried first, as in a longest-first alternation."""
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def gate_as_trie(search: CaselessSearch) -> CaselessSearch:
    """`search` with its word gate's alternation (a gate of more words than `in` tests pay for) read as
    a trie of the same words: whether any word occurs between two offsets is the same answer either
    way (no look-around, no anchor), but the engine reads each place once instead of trying every
    word that starts with its letter (about half the cost on a sentence). The words are kept as
    written, in whichever case the gate looks for them."""
    gate = search.gate
    if gate is not None and gate.alternation is not None and gate.words:
        gate.alternation = re.compile(_trie_source(_trie(set(gate.words))))
    return search
