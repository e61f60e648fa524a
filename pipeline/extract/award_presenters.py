"""A presenter told in the sentence after the award: "X received the Certificate of Merit of ... .
The certificate was presented by Ms. Y, Vice Chairwoman of ...".

The second sentence names no award form, only the award's head noun ("the certificate"), so the
clause reader never sees it. The language pack's `presented_after` (awards.yml grammar) matches that
sentence from its start up to the agent's name; the person who starts right there presents the
awards of the sentence before that have no presenter yet.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from .doc_lists import doc_list, text_in
from .extensions import text_of
from .sentence_chars import doc_sentences
from .span_index import span_index

# how far into the next sentence its acting presenter may start ("Authorised by the State President, Deputy
# Prime Minister Y presented the order"): past an opening phrase and a title
ACTIVE_PRESENTER_CHARS = 90


def presenters_told_after(
    doc: Doc, presented_after: re.Pattern[str], presenter_acts: re.Pattern[str] | None = None
) -> None:
    """Give the awards of a sentence the presenter the next sentence names ("The certificate was
    presented by Ms. Y, ..."): only the sentence right after each award's is tried, at its start.
    `presenter_acts`, matched right after the first person the next sentence names near its start:
    that person presents ("Authorised by the State President, Deputy Prime Minister Y presented the
    order to ...")."""
    awards = doc_list(doc, "awards")
    if not awards:
        return
    text = text_of(doc)
    sents = doc_sentences(doc)
    starts = sents.starts
    told = {bisect_right(starts, a["evidence"]["start"]) - 1 for a in awards}  # the sentences telling awards
    award_sents = sorted(told)
    people = None
    for i in award_sents:
        if i < 0 or i + 1 >= len(starts):
            continue
        m = presented_after.match(text, starts[i + 1], sents.ends[i + 1])
        people = span_index(doc, "people").spans if people is None else people  # the group's spans, built once
        if m is not None:
            person = next((p for p in people if m.end() <= p.start_char <= m.end() + 12), None)
        else:
            first = next((p for p in people if starts[i + 1] <= p.start_char < sents.ends[i + 1]), None)
            handed = (
                presenter_acts.match(text, first.end_char, sents.ends[i + 1])
                if presenter_acts is not None
                and first is not None
                and first.start_char - starts[i + 1] <= ACTIVE_PRESENTER_CHARS
                else None
            )
            # "Y presented the Labour Order to Z": the award handed over is told there itself, not the one before
            acts = handed is not None and not (
                i + 1 in told and any(handed.start() <= a["evidence"]["start"] < handed.end() for a in awards)
            )
            person = first if acts else None
        if person is None:
            continue
        for award in awards:
            if starts[i] <= award["evidence"]["start"] < sents.ends[i] and not award.get("presented_by"):
                award["presented_by"] = text_in(doc, person)
