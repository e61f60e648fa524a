"""A presenter told in the sentence after the award: "X received the Certificate of Merit of ... .
The certificate was presented by Ms. Y, Vice Chairwoman of ...".

The second sentence names no award form, only the award's head noun ("the certificate"), so the
clause reader never sees it. The language pack's `presented_after` (awards.yml grammar) matches that
sentence up to the agent's name; the person who starts right there presents the awards of the
sentence before that have no presenter yet.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_lists import doc_list, text_in
from .extensions import text_of
from .sentence_chars import doc_sentences


def presenters_told_after(doc: Doc, presented_after: re.Pattern[str]) -> None:
    """Give the awards of a sentence the presenter the next sentence names ("The certificate was
    presented by Ms. Y, ..."): one search over the text, most documents hold none."""
    awards = doc_list(doc, "awards")
    if not awards:
        return
    text = text_of(doc)
    hits = list(presented_after.finditer(text))
    if not hits:
        return
    people = list(doc.spans.get("people", []))
    sents = doc_sentences(doc)
    for m in hits:
        person = next((p for p in people if m.end() <= p.start_char <= m.end() + 12), None)
        if person is None:
            continue
        i = next((k for k, (s, e) in enumerate(zip(sents.starts, sents.ends)) if s <= m.start() < e), None)
        if not i:
            continue
        if text[sents.starts[i] : m.start()].strip():
            continue  # the match must open its sentence
        before_start, before_end = sents.starts[i - 1], sents.ends[i - 1]
        for award in awards:
            if before_start <= award["evidence"]["start"] < before_end and not award.get("presented_by"):
                award["presented_by"] = text_in(doc, person)
