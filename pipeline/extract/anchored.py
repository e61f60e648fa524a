"""The unit ruler's token patterns, run only around the words a match must contain.

spaCy's Matcher tries every pattern at every token (about 100 ns per token and
pattern: 30 patterns cost the fast profile more than any other step but
figures). Yet every unit pattern holds words it cannot match without
("social", "cluster", a province), and these are rare in a document.

For each pattern, the tokens it needs (no `OP`, or a repeat of at least once)
are its anchors; which words pass which anchor test is worked out once per
word (from the lexeme) and kept. In a document, the pattern can only match
within reach of every token passing any one of its anchors (reach: the longest
the pattern can run before and after that token); the anchor taken is the one
whose stretches cover the fewest tokens of the document. The Matcher runs on
those stretches only. A match lies inside its stretch whole, and the Matcher
reads nothing outside the tokens it matches, so the matches are exactly those
of the whole document. A pattern without a bound on its length (`*`, `+`,
`{n,}`) runs over the whole document as before.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import ORTH  # type: ignore[import-not-found]
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

STRING_ATTRS = ("LOWER", "ORTH", "TEXT")
KNOWN_WORDS = 200_000
BOOL_ATTRS = ("IS_TITLE", "IS_UPPER", "IS_LOWER", "LIKE_NUM", "IS_DIGIT", "IS_PUNCT", "IS_ALPHA", "IS_SPACE")
_REPEAT = re.compile(r"^\{(\d*),?(\d*)\}$")


def span_of(op: str | None) -> tuple[int, int | None]:
    """(fewest, most) tokens one pattern token takes; most is None when unbounded."""
    if op is None or op in ("1", "!"):
        return (0, 1) if op == "!" else (1, 1)
    if op == "?":
        return 0, 1
    if op in ("*", "+"):
        return (0 if op == "*" else 1), None
    m = _REPEAT.match(op)
    if m is None:
        return 0, None
    low, high = m.group(1), m.group(2)
    if "," not in op:  # "{n}"
        return int(low), int(low)
    return int(low or 0), (int(high) if high else None)


class AnchoredMatcher:
    """A drop-in for the span ruler's `matcher`: `matcher(doc)` gives the same (key, start, end) triples."""

    def __init__(self, vocab: Vocab, patterns: list[tuple[str, list[dict[str, Any]]]]) -> None:
        """`patterns`: (match key, token pattern) pairs, as the span ruler adds them."""
        self.windowed = Matcher(vocab, validate=False)
        self.whole = Matcher(vocab, validate=False)
        self.columns: list[Any] = []  # the word attributes tests read: flag ids and attribute names
        self.tests: list[tuple[tuple[int, int], ...]] = []  # distinct token tests: (column, wanted value) parts
        # per pattern, the tests it needs: (test, tokens a match may reach before and after the one passing it)
        self.anchors: list[list[tuple[int, int, int]]] = []
        for key, pattern in patterns:
            if self.max_length(pattern) is None:
                self.whole.add(key, [pattern])
                continue
            self.windowed.add(key, [pattern])
            needed = []
            for k, spec in enumerate(pattern):
                fewest, most = span_of(spec.get("OP"))
                test = self.test_of(vocab, spec) if fewest >= 1 else None
                if test is not None and most is not None:
                    before = (self.max_length(pattern[:k]) or 0) + most - 1
                    after = (self.max_length(pattern[k + 1 :]) or 0) + most - 1
                    needed.append((test, before, after))
            self.anchors.append(needed)
        self.words_per_bits = max(1, -(-len(self.tests) // 64))  # 64-bit words to hold a bit per test
        self.known: dict[int, tuple[int, ...]] = {}  # word id -> the tests it passes (bit t: test t)

    @property
    def _extra_predicates(self) -> list:
        """The Python predicates of both matchers (none when every word test is a lexeme flag)."""
        return [*self.windowed._extra_predicates, *self.whole._extra_predicates]  # type: ignore[attr-defined]

    @staticmethod
    def max_length(pattern: list[dict[str, Any]]) -> int | None:
        total = 0
        for spec in pattern:
            most = span_of(spec.get("OP"))[1]
            if most is None:
                return None
            total += most
        return total

    def column(self, attr: Any) -> int:
        if attr not in self.columns:
            self.columns.append(attr)
        return self.columns.index(attr)

    def test_of(self, vocab: Vocab, spec: dict[str, Any]) -> int | None:
        """The index of a token test's parts readable from the lexeme ((column, wanted value)
        pairs, all of which must hold), or None when no part is."""
        out = []
        for attr, value in spec.items():
            if isinstance(attr, int) and isinstance(value, bool):  # a lexeme flag (flags.py)
                out.append((self.column(attr), int(value)))
            elif attr in STRING_ATTRS and isinstance(value, str):
                name = "ORTH" if attr == "TEXT" else attr
                out.append((self.column(name), vocab.strings.add(value)))
            elif attr in BOOL_ATTRS and isinstance(value, bool):
                out.append((self.column(attr), int(value)))
        if not out:
            return None
        test = tuple(sorted(out))
        if test not in self.tests:
            self.tests.append(test)
        return self.tests.index(test)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        matches: list[tuple[int, int, int]] = list(self.whole(doc)) if len(self.whole) else []
        n = len(doc)
        if not n or not self.anchors:
            return matches
        known, vocab = self.known, doc.vocab
        words: Any = doc.to_array([ORTH])
        bits = [known[orth] if orth in known else self.learn(vocab, orth) for orth in words.tolist()]
        passes: Any = numpy.unpackbits(
            numpy.array(bits, dtype="<u8").view("uint8").reshape(n, 8 * self.words_per_bits), axis=1, bitorder="little"
        )  # passes[i, t]: token i passes test t
        counts = passes.sum(axis=0).tolist()
        stretches: set[tuple[int, int]] = set()
        for needed in self.anchors:
            if not needed:
                stretches.add((0, n))
                continue
            # the anchor whose stretches cover the fewest tokens in this document
            test, before, after = min(needed, key=lambda anchor: counts[anchor[0]] * (anchor[1] + anchor[2] + 1))
            for at in numpy.flatnonzero(passes[:, test]).tolist():
                stretches.add((max(at - before, 0), min(at + after + 1, n)))
        merged: list[list[int]] = []
        for start, end in sorted(stretches):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        for start, end in merged:
            matches.extend((key, start + s, start + e) for key, s, e in self.windowed(Span(doc, start, end)))
        return matches

    def learn(self, vocab: Vocab, orth: int) -> tuple[int, ...]:
        """The tests a word passes, as bits (bit t: test t), kept for the next documents."""
        if len(self.known) >= KNOWN_WORDS:
            self.known.clear()
        lexeme = vocab[orth]
        value = {
            attr: (lexeme.check_flag(attr) if isinstance(attr, int) else getattr(lexeme, attr.lower()))
            for attr in self.columns
        }
        bits = 0
        for t, test in enumerate(self.tests):
            if all(int(value[self.columns[col]]) == wanted for col, wanted in test):
                bits |= 1 << t
        words = tuple((bits >> (64 * k)) & 0xFFFF_FFFF_FFFF_FFFF for k in range(self.words_per_bits))
        self.known[orth] = words
        return words


def anchor_ruler(ruler: Any) -> None:
    """Give a span ruler an `AnchoredMatcher` over its token patterns (after they are all added)."""
    patterns = [
        (repr((entry["label"], entry.get("id", ""))), entry["pattern"])
        for entry in ruler.patterns
        if isinstance(entry["pattern"], list)
    ]
    ruler.matcher = AnchoredMatcher(ruler.nlp.vocab, patterns)
