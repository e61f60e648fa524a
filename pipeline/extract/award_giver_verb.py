"""An award whose giving verb comes right before it and which names no one after it: "the Party Committee
held a ceremony to present Party membership badges", a headline's "X Social Security presents badges".
The unit before the verb is the giver, not the recipient, so the mention names no recipient (and with no
count it is no record: RECORDS.md counts awards by recipient or count).

Asked only of a mention that reached the units step (no person, no count), with one anchored search of the
words right before it (`giver_verb_before` in `awards.yml`; the Vietnamese pack leaves it `(?!)`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

GIVER_VERB_REACH = 60
"""How far before the award the giving verb and its article may start."""


def given_by_subject(
    giver_verb: re.Pattern[str],
    object_cue: re.Pattern[str],
    text: str,
    start: int,
    s: int,
    e: int,
    nxt: int,
    units: list[Span],
) -> bool:
    """Whether the mention at `text[s:e]` (the sentence from char `start`) is given by its subject: a giving
    verb right before it, and after it up to `nxt` (the next mention or the clause's end) neither a unit nor
    the words that lead to a recipient (`object_cue`: "... to the committee", "... to 5 cells")."""
    if giver_verb.search(text, max(0, s - GIVER_VERB_REACH), s) is None:
        return False
    if object_cue.match(text[e:nxt]) is not None:
        return False
    return not any(start + e <= u.start_char < start + nxt for u in units)
