"""The subject of a passive award sentence that names no office of its own before "được":
"Đơn vị này vừa được Bộ trưởng Bộ Tài chính tặng Bằng khen" (the unit the sentence before named),
"Công ty Cổ phần X, đơn vị ủng hộ 300 triệu đồng, được Chủ tịch UBND ... tặng Bằng khen" (a company
the unit gazetteer does not know). The body named between "được" and the verb is the giver, never
the subject (`subject_end`).

The words are the pack's (`awards.yml`: `demonstrative_subject`, `organisation_name`)."""

from __future__ import annotations

import re

from spacy.tokens import Span


def subject_end(passive: list[re.Match[str]], s: int) -> int:
    """Where the subject of a clause ends (offset in the sentence): at the last "được ... tặng" of a
    passive one, else at the award (`s`)."""
    return passive[-1].start() if passive else s


def earlier_unit(units: list[Span], sentence_start: int, left: str, demonstrative: re.Pattern[str]) -> Span | None:
    """ "Đơn vị này vừa được ... tặng": the last unit the text named before the sentence."""
    if not demonstrative.search(left):
        return None
    before = [u for u in units if u.end_char <= sentence_start]
    return before[-1] if before else None


def organisation_subject(organisation: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The first organisation named as a company ("Công ty ...") between `start` and `end`: a passive
    clause's subject the gazetteer does not know."""
    return organisation.search(text, start, end)


def joined_subjects(
    first: Span,
    others: list[Span],
    units: list[Span],
    text: str,
    unit_joiner: re.Pattern[str],
    person_joiner: re.Pattern[str],
) -> list[Span]:
    """ "BHXH tỉnh A và BHXH tỉnh B đều được tặng ...", "BHXH cơ sở A và anh B được ... tặng": the subject's
    first body or person and those joined on to it, each a recipient (a unit by `unit_joiner`, a person,
    after an honorific, by `person_joiner`)."""
    run = [first]
    for span in sorted(others, key=lambda x: x.start_char):
        if span.start_char < run[-1].end_char:
            continue
        joiner = unit_joiner if span in units else person_joiner
        if not joiner.fullmatch(text, run[-1].end_char, span.start_char):
            break
        run.append(span)
    return run
