"""Where the statistical model's entities can be used: next to a person cue.

The only reader of the model's entities is `PeopleFinder.model_names`: it
keeps a PERSON entity of 2-4 capitalised words only when the word before it
is an honorific or a title word ("Mr.", "Director") or it is followed by a
comma and a title word (", Deputy ..."). Everywhere else the entities are
thrown away, yet the model costs most of the default profile's time. So the
model reads only windows around such cues: a cue word followed by two
capitalised words, or two capitalised words before ", <title word>", widened
by `MARGIN` tokens on each side. The model looks four tokens either way, so
inside a window it sees what it would see in the whole document, and on
every bundled and gold text the entities the reader keeps are the same
(`tests/test_person_cues.py`).

The cue words are the people component's own (`data/<lang>/people.yml`:
`honorifics`, `title_heads`, `title_modifiers`), read here the way
`model_names` reads them, so a language adds cues by data alone.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_TITLE, ORTH  # type: ignore[import-not-found]
from spacy.tokens import Doc

from .lexicon import load_data
from .lexicon_models import PeopleData

MARGIN = 8
"""Tokens of context on each side of a cue's longest possible entity (the model looks four)."""
LONGEST_NAME = 4
"""`model_names` keeps entities of at most four words."""
COMMA = ","


class PersonCueWindows:
    """Token ranges of a Doc where a PERSON entity could be kept by the people component."""

    def __init__(self, words_before: set[str], words_after_comma: set[str], margin: int = MARGIN) -> None:
        self.words_before = words_before
        self.words_after_comma = words_after_comma
        self.margin = margin

    @classmethod
    def for_language(cls, lang: str) -> PersonCueWindows:
        data = load_data(lang, "people", PeopleData)
        heads = {w for h in data.title_heads for w in h.split()}
        return cls(set(data.honorifics) | heads, heads | set(data.title_modifiers))

    def __call__(self, doc: Doc, limit: int) -> list[tuple[int, int]]:
        """Sorted, non-overlapping (start, end) token ranges, each at most `limit` tokens."""
        n = len(doc)
        if n < 3:
            return []
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, IS_TITLE])
        orth, title = arr[:, 0], arr[:, 1].astype(bool)
        before = np.isin(orth, np.array([strings.add(w) for w in self.words_before], dtype=orth.dtype))
        after = np.isin(orth, np.array([strings.add(w) for w in self.words_after_comma], dtype=orth.dtype))
        two_titles_after = np.zeros(n, dtype=bool)
        two_titles_after[:-2] = title[1:-1] & title[2:]
        two_titles_before = np.zeros(n, dtype=bool)
        two_titles_before[2:] = title[1:-1] & title[:-2]
        comma = orth == strings.add(COMMA)
        comma_then_title = np.zeros(n, dtype=bool)
        comma_then_title[:-1] = comma[:-1] & after[1:]
        m = self.margin
        spans = [(i - m, i + 1 + LONGEST_NAME + m) for i in np.flatnonzero(before & two_titles_after)]
        spans += [(i - LONGEST_NAME - m, i + 2 + m) for i in np.flatnonzero(comma_then_title & two_titles_before)]
        return merge(sorted((max(0, int(a)), min(n, int(b))) for a, b in spans), limit)


def merge(spans: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """Overlapping ranges joined while the join stays within `limit` tokens; the rest start where the last ended."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            if end - out[-1][0] <= limit:
                out[-1] = (out[-1][0], max(end, out[-1][1]))
                continue
            start = out[-1][1]
            if start >= end:
                continue
        out.append((start, end))
    return out
