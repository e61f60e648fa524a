"""The words a regex cannot match without: a gate in C before the regex runs.

A cue alternation such as the award forms ("certificates? of merit|emulation
flags?|...", about 60 branches) makes the regex engine try every branch at
every character of every sentence; most sentences hold none of the words.
Every match of such a pattern contains one of a few fixed strings ("merit",
"emulation", "medal"...), read here from the parsed pattern. `str.find` for
those strings is a fast scan, and where none of them occurs the regex cannot
match, so it need not run: the answer is the same.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # the regex parser's own reading of a pattern (Python 3.11+; `sre_parse` before)
    sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    sre_parse = importlib.import_module("sre_parse")

ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def required_words(source: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of `source` contains, or None when the pattern has no such set
    (a case-insensitive pattern has none: its letters match in either case)."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(source, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:  # an inline (?i) at the start
        return None
    found = _required(parsed)
    if not found:
        return None
    # a string holding a shorter one of the set adds nothing: where it occurs, the shorter one does
    return frozenset(w for w in found if not any(o != w and o in w for o in found))


def _required(items: Any) -> set[str] | None:
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        name = op.name
        if name == "LITERAL":
            run += chr(av)
            continue
        if name in ZERO_WIDTH:  # consumes nothing: the text either side is contiguous
            continue
        if run:
            options.append({run})
            run = ""
        inner: set[str] | None = None
        if name == "SUBPATTERN":
            _, add_flags, _, pattern = av
            inner = None if add_flags & re.IGNORECASE else _required(pattern)
        elif name == "ATOMIC_GROUP":
            inner = _required(av)
        elif name == "BRANCH":
            branches = [_required(b) for b in av[1]]
            if all(b for b in branches):
                inner = set().union(*branches)  # type: ignore[arg-type]
        elif name == "IN" and av and all(op.name == "LITERAL" for op, _ in av):
            inner = {chr(char) for _, char in av}  # one of a few characters: "[“\"]"
        elif name in REPEATS and av[0] >= 1:
            inner = _required(av[2])
        if inner:
            options.append(inner)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda words: (min(map(len, words)), -len(words)))  # the longest shortest word
