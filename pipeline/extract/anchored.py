"""The unit ruler's token patterns, matched around the words a match must contain.

spaCy's Matcher tries every pattern at every token and builds a Python
`Token` for each one it reads; run over a whole document for the unit
patterns it cost the fast profile more than any step but figures. Yet every
unit pattern holds a word it cannot match without ("social", "cluster", a
province), and these are rare in a document.

So the patterns are matched here, with the Matcher's meaning, in three cheap
steps:

1. every test a pattern token makes on a word (`LOWER` in a set, `ORTH`,
   a `REGEX`, `IS_TITLE` ...) reads the word alone, so which tests a word
   passes is worked out once per word, from its lexeme, and kept as the bits
   of one integer (`WordTests`);
2. a pattern's anchors are its tokens that take exactly one word and name
   that word (a string, a set or a regex); in a document, the anchor taken
   is the one whose words occur least, and a pattern one of whose anchor
   words is absent is not tried at all;
3. from each place its anchor holds, the pattern's tokens before and after
   are followed outwards over the bits, every repeat count the pattern
   allows, so each (start, end) the Matcher would report is found.

A pattern this cannot read (a test on a token attribute that is not the
word's, an operator other than the repeats) goes to a spaCy Matcher over the
whole document as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

import numpy
from spacy.lexeme import Lexeme
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .doc_reads import KNOWN_WORDS, positions, word_ids, word_list

WORD_ATTRS = {"LOWER": "lower_", "ORTH": "orth_", "TEXT": "orth_", "SHAPE": "shape_", "NORM": "norm_"}
"""Token attributes that are the word's own strings, and the lexeme property holding each."""
BOOL_ATTRS = ("IS_TITLE", "IS_UPPER", "IS_LOWER", "LIKE_NUM", "IS_DIGIT", "IS_PUNCT", "IS_ALPHA", "IS_SPACE")
COMMON_WORD_LENGTH = 3
"""Words this short are likely frequent ones (Zipf): a set of only such words is a poor anchor."""
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


def repeats_of(op: str | None) -> tuple[int, int | None] | None:
    """(fewest, most) words a pattern token takes, for the operators read here; None for others ("!")."""
    if op is None or op in ("?", "*", "+", "1") or (isinstance(op, str) and _REPEAT.match(op)):
        return span_of(op)
    return None


class WordTests:
    """The word tests of a set of patterns, each one bit: `bits(lexeme)` says which a word passes."""

    def __init__(self) -> None:
        self.ids: dict[tuple, int] = {}  # a test, as written -> its bit
        self.equal: dict[str, dict[str, int]] = {}  # word property -> value -> bits of the IN / == tests it passes
        self.not_in_bits = 0  # NOT_IN tests: passed unless the value is listed ...
        self.listed: dict[str, dict[str, int]] = {}  # ... here (property -> value -> bits it fails)
        self.searches: list[tuple[str, re.Pattern[str], int]] = []
        self.flags: list[tuple[str, bool, int]] = []
        self.naming = 0  # the bits of tests that name words (a string, a set, a regex): anchors
        self.longest: dict[int, int] = {}  # bit -> the length of the longest word a set test accepts

    def bit(self, key: tuple) -> tuple[int, bool]:
        """The bit of a test, and whether it is new."""
        if key in self.ids:
            return self.ids[key], False
        self.ids[key] = 1 << len(self.ids)
        return self.ids[key], True

    def mask(self, spec: dict[str, Any]) -> int | None:
        """The bits a word must carry to pass a pattern token (0: any word); None if a test is not the word's."""
        mask = 0
        for attr, value in spec.items():
            if attr == "OP":
                continue
            bit = self.test(attr, value) if isinstance(attr, str) else None
            if bit is None:
                return None
            mask |= bit
        return mask

    def test(self, attr: str, value: Any) -> int | None:
        name = attr.upper()
        if name in BOOL_ATTRS and isinstance(value, bool):
            bit, new = self.bit(("bool", name, value))
            if new:
                self.flags.append((name.lower(), value, bit))
            return bit
        prop = WORD_ATTRS.get(name)
        if prop is None:
            return None
        if isinstance(value, str):
            return self.listing(prop, "IN", [value])
        if not isinstance(value, dict) or not value:
            return None
        mask = 0
        for op, arg in value.items():
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                mask |= self.listing(prop, op, arg)
            elif op == "REGEX" and isinstance(arg, str):
                bit, new = self.bit(("regex", prop, arg))
                if new:
                    self.searches.append((prop, re.compile(arg), bit))
                    self.naming |= bit
                mask |= bit
            else:
                return None
        return mask

    def listing(self, prop: str, op: str, values: list[str]) -> int:
        bit, new = self.bit((op, prop, frozenset(values)))
        if new:
            table = self.equal if op == "IN" else self.listed
            values_of = table.setdefault(prop, {})
            for value in values:
                values_of[value] = values_of.get(value, 0) | bit
            if op == "IN":
                self.naming |= bit
                self.longest[bit] = max((len(v) for v in values), default=0)
            else:
                self.not_in_bits |= bit
        return bit

    def bits(self, lexeme: Lexeme) -> int:
        """The tests a word passes, read from its lexeme as the Matcher reads them."""
        bits = self.not_in_bits
        for prop, listed in self.listed.items():
            bits &= ~listed.get(getattr(lexeme, prop), 0)
        for prop, equal in self.equal.items():
            bits |= equal.get(getattr(lexeme, prop), 0)
        for prop, regex, bit in self.searches:
            if regex.search(getattr(lexeme, prop)) is not None:
                bits |= bit
        for prop, wanted, bit in self.flags:
            if bool(getattr(lexeme, prop)) == wanted:
                bits |= bit
        return bits


class Step(NamedTuple):
    mask: int  # bits a word must carry
    fewest: int
    most: int | None  # None: unbounded


class Anchor(NamedTuple):
    bit: int  # the naming test whose words are looked for
    mask: int  # the whole test of the anchor token
    before: tuple[Step, ...]  # the pattern's tokens before the anchor, nearest first
    after: tuple[Step, ...]  # and after it
    # the bits the token right before (after) the anchor must carry when the nearest step takes at least
    # one word (0: no such test); asked first, since most anchor places fail there (`reach` gives nothing)
    next_before: int = 0
    next_after: int = 0


class Compiled(NamedTuple):
    key: int
    anchors: tuple[Anchor, ...]  # the rarest words first, as far as the word tests tell
    needs: int  # naming bits that some word of every match carries


class AnchoredMatcher:
    """A drop-in for the span ruler's `matcher`: `matcher(doc)` gives the Matcher's (key, start, end) triples."""

    def __init__(self, vocab: Vocab, patterns: list[tuple[str, list[dict[str, Any]]]]) -> None:
        """`patterns`: (match key, token pattern) pairs, as the span ruler adds them."""
        self.vocab = vocab
        self.word_tests = WordTests()
        self.whole = Matcher(vocab, validate=False)  # patterns read by spaCy over the whole document
        self.compiled: list[Compiled] = []
        for key, pattern in patterns:
            compiled = self.compile(vocab.strings.add(key), pattern)
            if compiled is None:
                self.whole.add(key, [pattern])
            else:
                self.compiled.append(compiled)
        self.anchor_bits = 0
        for compiled in self.compiled:
            self.anchor_bits |= compiled.needs
        self.known: dict[int, int] = {}  # word id -> its test bits
        self.anchoring: dict[int, tuple[int, ...]] = {}  # word id -> its anchor bits, one by one (words with some)
        self._anchoring_ids: Any = None  # the ids of `anchoring`, sorted (None: to be worked out again)

    @property
    def _extra_predicates(self) -> list:
        """The Python predicates of the whole-document matcher (none when every pattern is read here)."""
        return list(self.whole._extra_predicates)  # type: ignore[attr-defined]

    def compile(self, key: int, pattern: list[dict[str, Any]]) -> Compiled | None:
        steps: list[Step] = []
        for spec in pattern:
            repeats = repeats_of(spec.get("OP"))
            mask = self.word_tests.mask(spec)
            if repeats is None or mask is None:
                return None
            steps.append(Step(mask, *repeats))
        anchors = []
        for k, step in enumerate(steps):
            naming = step.mask & self.word_tests.naming
            if step.fewest == step.most == 1 and naming:
                # one naming test of the token (the others are checked with the rest), not a common word
                bit = next((b for b in bits_of(naming) if not self.is_common(b)), naming & -naming)
                before, after = tuple(reversed(steps[:k])), tuple(steps[k + 1 :])
                anchors.append(Anchor(bit, step.mask, before, after, first_need(before), first_need(after)))
        if not anchors:
            return None
        # words of a few letters ("the", "of", ",") are everywhere: looked for only if nothing else names a word
        anchors = [anchor for anchor in anchors if not self.is_common(anchor.bit)] or anchors
        needs = 0
        for anchor in anchors:
            needs |= anchor.bit
        return Compiled(key, tuple(anchors), needs)

    def is_common(self, bit: int) -> bool:
        """Whether a naming test accepts only short words, likely frequent ones (a regex: not known)."""
        return self.word_tests.longest.get(bit, COMMON_WORD_LENGTH + 1) <= COMMON_WORD_LENGTH

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        matches: list[tuple[int, int, int]] = list(self.whole(doc)) if len(self.whole) else []
        n = len(doc)
        if not n or not self.compiled:
            return matches
        if len(self.known) >= KNOWN_WORDS:
            self.known.clear()
            self.anchoring.clear()
            self._anchoring_ids = None
        ids = word_ids(doc)
        orths = word_list(doc)
        bits: list[Any] = list(map(self.known.get, orths))
        if None in bits:  # words met for the first time
            bits = [self.learn(orth) if word_bits is None else word_bits for orth, word_bits in zip(orths, bits)]
        where: dict[int, list[int]] = {}  # naming bit -> the tokens passing it
        anchoring = self.anchoring
        for i in positions(ids, self.anchoring_ids()):  # the tokens of words with anchor bits, found in numpy
            for bit in anchoring[orths[i]]:
                if bit in where:
                    where[bit].append(i)
                else:
                    where[bit] = [i]
        present = sum(where)
        found_matches: set[tuple[int, int, int]] = set()
        for compiled in self.compiled:
            if compiled.needs & ~present:
                continue  # a word every match holds is not in the document
            anchor = compiled.anchors[0]
            fewest = len(where[anchor.bit])
            for other in compiled.anchors[1:]:
                if len(where[other.bit]) < fewest:
                    anchor, fewest = other, len(where[other.bit])
            for at in where[anchor.bit]:
                if bits[at] & anchor.mask != anchor.mask:
                    continue
                need = anchor.next_before  # the neighbours first: no `reach` call where one fails
                if need and (at == 0 or bits[at - 1] & need != need):
                    continue
                need = anchor.next_after
                if need and (at + 1 >= n or bits[at + 1] & need != need):
                    continue
                starts = reach(bits, at, anchor.before, -1, n)
                if not starts:
                    continue
                ends = reach(bits, at + 1, anchor.after, 1, n)
                for start in starts:
                    for end in ends:
                        found_matches.add((compiled.key, start, end))
        matches.extend(found_matches)
        return matches

    def learn(self, orth: int) -> int:
        """The tests a word passes, kept for the next documents (the tables start again between
        documents, in `__call__`: every word of a document stays in `anchoring` while it is read)."""
        bits = self.known[orth] = self.word_tests.bits(self.vocab[orth])
        if bits & self.anchor_bits:
            self.anchoring[orth] = tuple(bits_of(bits & self.anchor_bits))
            self._anchoring_ids = None
        return bits

    def anchoring_ids(self) -> Any:
        """The ids of the words known to pass an anchor test, as `positions` takes them."""
        if self._anchoring_ids is None:
            self._anchoring_ids = word_id_array_of(self.anchoring)
        return self._anchoring_ids


def word_id_array_of(ids: Iterable[int]) -> Any:
    """Word ids, sorted, as `doc_reads.positions` takes them."""
    return numpy.array(sorted(ids), dtype="uint64")


def bits_of(mask: int) -> list[int]:
    """The single bits set in `mask`, lowest first."""
    out = []
    while mask:
        bit = mask & -mask
        out.append(bit)
        mask ^= bit
    return out


def first_need(steps: tuple[Step, ...]) -> int:
    """The bits the nearest word must carry when the nearest step takes at least one (else 0):
    where that word lacks them, `reach` over `steps` finds nothing."""
    return steps[0].mask if steps and steps[0].fewest > 0 else 0


def reach(bits: list[int], edge: int, steps: tuple[Step, ...], direction: int, n: int) -> list[int]:
    """Where a match may end (`direction` 1; an end is exclusive) or start (-1; `edge` is the anchor's
    position and a start inclusive) after `steps`, taking every repeat count each step allows."""
    edges = [edge]
    for mask, fewest, most in steps:
        reached: list[int] = []
        for at in edges:
            if fewest == 0 and at not in reached:
                reached.append(at)
            taken = 0
            while most is None or taken < most:
                word = at if direction > 0 else at - 1
                if not 0 <= word < n or bits[word] & mask != mask:
                    break
                at += direction
                taken += 1
                if taken >= fewest and at not in reached:
                    reached.append(at)
        if not reached:
            return reached
        edges = reached
    return edges


def anchor_ruler(ruler: Any) -> None:
    """Give a span ruler an `AnchoredMatcher` over its token patterns (after they are all added)."""
    patterns = [
        (repr((entry["label"], entry.get("id", ""))), entry["pattern"])
        for entry in ruler.patterns
        if isinstance(entry["pattern"], list)
    ]
    ruler.matcher = AnchoredMatcher(ruler.nlp.vocab, patterns)
