"""Every word set an award form's match needs, tested before its search.

A form's gate (`regex_words.required_words`, located per document by `cue_sites`) is one set of words,
one of which every match holds ("emulation " for the ministerial emulation fighter). Many sentences
hold that word and not the form: the emulation movement they report on, a flag. Every match of the form
needs other words too ("fighter" or "soldier"; "level emulation " in one branch, "of the " in another),
and the sentence holding none of one such set cannot hold the form. Here those sets are read from the
parsed pattern (each a clause of a conjunction: a match holds a word of every clause), and a range is
searched only when it holds a word of each. A clause is only ever left out (a branch too wide to
expand), never made up, so the test lets through every range where the form may match: the same
matches, fewer searches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from typing import Any

from .cue_sites import DocCueSites, WordScan
from .regex_words import REPEATS, ZERO_WIDTH, sre_parse
from .word_gate import lowered

Clauses = list[frozenset[str]]

MAX_CLAUSES = 512
"""A branch's alternatives expand into the product of their clauses: beyond this many, one of them only."""

GATE_CLAUSES = 3
"""The clauses a gate tests: those of the longest shortest word (a word of one or two letters is in nearly
every sentence), fewest words first; each test is a few `in` scans of the range."""

MIN_GATE_WORD = 3


def word_clauses(source: str) -> Clauses:
    """Sets of words each of which some word of is in every match of the case-sensitive `source` (empty
    when it cannot be read so: a case-insensitive part needs no word in one case)."""
    try:
        parsed = sre_parse.parse(source)
    except re.error:
        return []
    if parsed.state.flags & re.IGNORECASE:
        return []
    return _minimal(_clauses(parsed))


def _minimal(clauses: Clauses) -> Clauses:
    """A clause holding a shorter word of its own is that word's (where a word occurs, the shorter one does),
    and a clause holding every word of another says nothing more."""
    out: list[frozenset[str]] = []
    for clause in clauses:
        words = frozenset(w for w in clause if not any(o != w and o in w for o in clause))
        if words and words not in out:
            out.append(words)
    return [c for c in out if not any(o < c for o in out)]


def _clauses(items: Any) -> Clauses:
    """The clauses of a sequence: those of each of its parts (a run of literals is one word)."""
    out: Clauses = []
    run = ""
    for op, av in items:
        name = op.name
        if name == "LITERAL":
            run += chr(av)
            continue
        if name in ZERO_WIDTH:  # consumes nothing: the text either side is contiguous
            continue
        if run:
            out.append(frozenset([run]))
            run = ""
        if name == "SUBPATTERN":
            _, add_flags, _, pattern = av
            out.extend([] if add_flags & re.IGNORECASE else _clauses(pattern))
        elif name == "ATOMIC_GROUP":
            out.extend(_clauses(av))
        elif name == "BRANCH":
            out.extend(_branch_clauses([_clauses(b) for b in av[1]]))
        elif name == "IN" and av and all(op.name == "LITERAL" for op, _ in av):
            out.append(frozenset(chr(char) for _, char in av))  # one of a few characters
        elif name in REPEATS and av[0] >= 1:
            out.extend(_clauses(av[2]))
    if run:
        out.append(frozenset([run]))
    return out


def _branch_clauses(branches: list[Clauses]) -> Clauses:
    """A match of one of the branches holds a word of every clause of that branch: so it holds a word of
    the union of one clause taken from each branch, whichever are taken (none when a branch has none)."""
    if not branches or any(not b for b in branches):
        return []
    branches = [_minimal(b) for b in branches]
    size = 1
    for b in branches:
        size *= len(b)
    if size > MAX_CLAUSES:
        return [frozenset().union(*(b[0] for b in branches))]  # one of the unions: still one every match holds
    return [frozenset().union(*picked) for picked in product(*branches)]


class FormGate:
    """Whether a lower-cased range may hold a match of a form: a word of each of its clauses is there."""

    def __init__(self, lower: re.Pattern[str] | None, located: Iterable[str] = ()) -> None:
        """`located`: the words of the form's own gate, found before it is asked (a clause holding them
        all is held already)."""
        readable = lower is not None and not lower.flags & re.IGNORECASE
        clauses = word_clauses(lower.pattern) if readable and lower else []
        known = frozenset(located)
        strong = [c for c in clauses if min(map(len, c)) >= MIN_GATE_WORD and not (known and known <= c)]
        strong.sort(key=lambda c: (-min(map(len, c)), len(c), sorted(c)))
        self.clauses = [tuple(sorted(c)) for c in strong[:GATE_CLAUSES]]

    def may_hold(self, text: str) -> bool:
        for clause in self.clauses:  # loops, not `any` / `all` over generators: asked per sentence and form
            for word in clause:
                if word in text:
                    break
            else:
                return False
        return True


class FormFinding:
    """Where the award forms are (a part of `AwardFinder`, which sets these attributes): whether a sentence
    holds one, and each form in a clause; each form's other word sets tested before its search."""

    forms: list[tuple[str, re.Pattern[str], str | None, bool]]
    form_scans: list[WordScan]
    form_gates: list[FormGate]
    form_range: range

    def holds_form(self, sites: DocCueSites, start: int, end: int, cues: set[int] | None = None) -> bool:
        """Whether an award form occurs between start and end: only the forms whose words are there are tried
        (`cues`: `sites.cues_in(start, end)`, when the caller has it), and of those only the forms a word of
        each of whose word sets is there (`FormGate`, on the range lower-cased: what their search reads)."""
        cues = sites.cues_in(start, end) if cues is None else cues
        forms, gates = self.form_range, self.form_gates
        low = sites.low[start:end] if sites.low is not None else None
        for k in cues:  # a loop, not `any` over a generator: asked of every sentence holding a form's word
            if k in forms and (low is None or gates[k].may_hold(low)) and sites.search(k, start, end, cues):
                return True
        return False

    def mentions(
        self, text: str, forms: set[int] | None = None, low: str | None = None
    ) -> list[tuple[int, int, str, str | None, bool]]:
        """The award forms in `text`, earlier forms of the data first; `forms`, when given, are the
        only ones that can occur in it (by their place in the data: `DocCueSites.cues_in`); `low`, when
        given, is `text` lower-cased (a slice of the document's lower-cased text)."""
        taken: list[tuple[int, int]] = []
        found = []
        if forms is None:
            ks: Iterable[int] = range(len(self.forms))
        else:
            # the forms' words are known to be there: their lower-case regexes run on the clause lowered once
            ks = sorted(k for k in forms if k < len(self.forms))
            low = low if low is not None else lowered(text)
        for k in ks:
            award_type, _, authority, graded = self.forms[k]
            if low is not None and not self.form_gates[k].may_hold(low):
                continue  # its lower-case form, the one searched on `low`, needs a word that is not there
            scan = self.form_scans[k]
            for m in scan.finditer_lowered(text, low, known=forms is not None):
                m_start, m_end = m.span()
                if taken and any(s < m_end and m_start < e for s, e in taken):
                    continue
                taken.append((m_start, m_end))
                found.append((m_start, m_end, award_type, authority, graded))
        return sorted(found)
