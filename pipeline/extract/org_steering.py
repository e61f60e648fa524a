"""Steering committees named by their lower-case policy topics.

"Steering Committee for <topics> of the province" has no capitalised run for the organisation
reader to follow: its name closes on the last topic noun before a clause word, or on a closing
place phrase. That reading has its own word lists (`steering` in `data/<lang>/units.yml`), so
it lives apart from the head-noun names of `org_names`.
"""

from __future__ import annotations

from spacy.attrs import LOWER  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span

from .doc_reads import positions, word_id_array, word_ids
from .extensions import place_tokens, text_of
from .lexicon_models import UnitsData


class SteeringReader:
    """Finds steering committees in a document; `committees(doc)` is the one entry point."""

    def __init__(self, data: UnitsData) -> None:
        self.steering_words = [w.lower() for w in data.steering.opening]
        self.topic_prepositions = set(data.steering.prepositions)
        self.topic_nouns = set(data.steering.topic_nouns)
        self.clause_words = set(data.steering.clause_words)
        self.clause_suffixes = tuple(data.steering.clause_suffixes)
        self.topic_stops = set(data.steering.stops)
        self.max_topic = data.steering.max_topic_tokens
        self.steering_modifiers = set(data.steering.modifiers)
        self.closing_prepositions = set(data.steering.closing_prepositions)
        self.articles = set(data.articles)
        self.place_levels = set(data.place_levels)
        # the word a steering committee opens on, as a string id: looked for in the document's id
        # array instead of a Python test on every token
        self.steering_ids = word_id_array(self.steering_words[:1])

    def committees(self, doc: Doc) -> list[Span]:
        """The steering committees of `doc` (label "council", span id "steering")."""
        openers = positions(word_ids(doc, LOWER), self.steering_ids) if self.may_name_steering(doc) else []
        return self.steering_committees(doc, openers)

    def may_name_steering(self, doc: Doc) -> bool:
        """Whether the steering opener is in the lower-cased text: a token whose lower case form is the
        opener always leaves it there (`str.lower` maps each character alone, but for the Greek final
        sigma, so an opener with a sigma is always looked for)."""
        if not self.steering_words:
            return False
        opener = self.steering_words[0]
        return "σ" in opener or "ς" in opener or opener in text_of(doc).lower()

    def steering_committees(self, doc: Doc, openers: list[int]) -> list[Span]:
        """`openers`: the tokens written as the first steering word."""
        spans: list[Span] = []
        size = len(self.steering_words)
        if not size:
            return spans
        for i in openers:
            tok = doc[i]
            if tok.i + size >= len(doc):
                continue
            if [t.lower_ for t in doc[tok.i : tok.i + size]] != self.steering_words:
                continue
            after = tok.i + size
            if doc[after].lower_ not in self.topic_prepositions:
                continue
            end = self.topic_end(doc, after + 1)
            if end is None:
                continue
            start = tok.i
            while start > 0 and doc[start - 1].lower_ in self.steering_modifiers:
                start -= 1
            spans.append(Span(doc, start, end, label="council", span_id="steering"))
        return spans

    def topic_end(self, doc: Doc, start: int) -> int | None:
        """Where the topics of "Steering Committee for ..." end: a closing "of the province" / "in <place>
        [province]", else the last topic noun before a clause word or punctuation."""
        last_topic = None
        limit = min(len(doc), start + self.max_topic)
        k = start
        while k < limit:
            tok = doc[k]
            low = tok.lower_
            if low in self.topic_stops or tok.is_sent_start and k != start:
                break
            if low in self.clause_words or (tok.is_lower and low.endswith(self.clause_suffixes) and k > start):
                break
            closing = self.closing_place(doc, k)
            if closing and last_topic is not None:
                return closing
            if low in self.topic_nouns:
                last_topic = k + 1
            k += 1
        return last_topic

    def closing_place(self, doc: Doc, k: int) -> int | None:
        """ "of the province", "in Bac Ninh province", "of Bac Ninh": the end of the closing phrase."""
        if doc[k].lower_ not in self.closing_prepositions:
            return None
        j = k + 1
        if j < len(doc) and doc[j].lower_ in self.articles:
            j += 1
        if j < len(doc) and j in place_tokens(doc):
            j += 1
            if j < len(doc) and doc[j].lower_ in self.place_levels:
                j += 1
            return j
        if j < len(doc) and doc[j].lower_ in self.place_levels and j > k + 1:
            return j + 1
        return None
