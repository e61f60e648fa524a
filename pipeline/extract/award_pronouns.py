"""A person named by a pronoun as an award's recipient: "chị được Bộ trưởng ... tặng Bằng khen".

Profiles of an exemplary official ("gương điển hình") name the person once and then call her
"chị" or "chị Trâm": "chị Trâm 03 năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở", "chị vinh dự được
... tặng Bằng khen", "đề nghị ... xét tặng danh hiệu ... cho chị". The pronoun, as the subject right
before the receiving verb (`pronoun_subject`) or after "cho" (`pronoun_object`), stands for the
person the document named: the one whose name ends with the given name written after the pronoun,
else the last person named before it. Offices named on the way ("khi còn công tác tại BHXH thị xã
X, chị được ...") are where she worked, not the recipient.

The pronouns and verbs are the pack's (`awards.yml` grammar); a pack without them has `(?!)`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .extensions import text_of


def pronoun_person(doc: Doc, match: re.Match | None, at: int) -> Span | None:
    """The person a pronoun match (group `pronoun`; group `name`: a given name after it, optional)
    stands for: the one with that given name, else the last the text called by that pronoun, else the
    last person named before `at` (where the match starts in the document's text)."""
    if match is None:
        return None
    people = list(doc.spans.get("people", []))
    name = match.groupdict().get("name")
    if name:
        named = [p for p in people if p.text.split()[-1:] == [name]]
        if named:
            return min(named, key=lambda p: abs(p.start_char - at))
    before = [p for p in people if p.end_char <= at]
    # "chị" is the person the text called "chị" ("chị Huỳnh Thị Ngọc Trâm"), not the "ông" quoted after her
    pronoun = match.group("pronoun").lower()
    text = text_of(doc)
    called = [p for p in before if text[max(0, p.start_char - 12) : p.start_char].lower().split()[-1:] == [pronoun]]
    found = called or before
    return found[-1] if found else None
