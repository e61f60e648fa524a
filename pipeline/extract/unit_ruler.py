"""The unit ruler: a spaCy `SpanRuler` holding a language pack's unit patterns.

Its patterns come from the package's data (`data/<lang>/unit_patterns.jsonl`
and the bodies gazetteer) each time a pipeline is built or loaded, and are
never written with a saved pipeline: the data is the one home of the
patterns, so `nlp.to_disk()` stores only the pipe's config (its `lang`) and
`spacy.load()` rebuilds the same patterns from the same data. Its token
patterns are matched around their anchor words (`anchored.py`), not by
spaCy's Matcher over every token.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_chain_spans, make_first_longest_spans_filter

from .anchored import anchor_ruler
from .base import rule_batches
from .extensions import doc_meta
from .lexicon import load_patterns, place_lower_forms

SPANS_KEY = "unit_mentions"
_KEPT = "unit_ruler_spans"


class UnitRuler(SpanRuler):
    def __init__(self, nlp: Language, name: str, lang: str) -> None:
        from .bodies import body_patterns

        super().__init__(
            nlp,
            name,
            spans_key=SPANS_KEY,
            spans_filter=make_first_longest_spans_filter(),
            phrase_matcher_attr="LOWER",  # gazetteer names (bodies.py) match in any case
        )
        self.lang = lang
        self.add_patterns(expand_place_tokens(load_patterns(lang, "unit_patterns")))
        self.add_patterns(list(body_patterns(lang)))
        anchor_ruler(self)
        self._ids_by_key: dict[int, tuple[int, int, str, str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        """`SpanRuler.__call__`. In the ruler's own case (its spans in their own group, filtered
        first-longest) the matches are de-duplicated, ordered and filtered as integer tuples
        (`ruled`) and a `Span` is built only for each span kept: a set and a sort of `Span`s hash
        and compare them through Python tuples built on every call, and most matches lose to a
        longer one."""
        if not self.own_case(doc):
            return super().__call__(doc)
        try:
            spans = [
                Span(doc, start, end, label=label, span_id=span_id)
                for start, end, _, _, label, span_id in self.ruled(doc)
            ]
            self.keep(doc, spans)
            return doc
        except Exception as exc:  # noqa: BLE001 - spaCy's handler decides, as in SpanRuler.__call__
            return self.get_error_handler()(self.name, self, [doc], exc)

    def own_case(self, doc: Doc) -> bool:
        """Whether the spans go to their own new group through the first-longest filter."""
        return (
            bool(self.key)
            and self.key not in doc.spans
            and not self.annotate_ents
            and self.spans_filter is filter_chain_spans
        )

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match key, start, end) of every pattern match, token and phrase patterns."""
        self._require_patterns()
        matches = self.matcher(doc)
        if len(self.phrase_matcher):
            matches = [*matches, *self.phrase_matcher(doc)]
        return matches

    def ruled(self, doc: Doc) -> list[tuple[int, int, int, int, str, str]]:
        """(start, end, label id, span id, label, span id string) of the spans the ruler sets in its
        own case: the matches de-duplicated and ordered as `match` orders its `Span`s (by first and last character, label,
        knowledge-base id, which is none, and span id; a token's characters rise with its offset),
        then filtered as `filter_spans` does (the longest first, the earlier of two as long; a span
        overlapping one kept is dropped), in order of their start."""
        ids = self._span_ids
        found = sorted({(start, end, *ids(key)) for key, start, end in self.matches(doc) if start != end})
        result = []
        seen: set[int] = set()
        for span in sorted(found, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
            if span[0] not in seen and span[1] - 1 not in seen:
                result.append(span)
                seen.update(range(span[0], span[1]))
        return sorted(result, key=itemgetter(0))

    def _span_ids(self, key: int) -> tuple[int, int, str, str]:
        """A match key's label and span id, as the ids `Span` keeps for them (for ordering) and as
        strings (for building the `Span`, which adds them to the string store as `match` does:
        an id kept here may name a string that left with a memory zone)."""
        ids = self._ids_by_key.get(key)
        if ids is None:
            entry = self._match_label_id_map[key]
            label, span_id = entry["label"], entry["id"]
            ids = self._ids_by_key[key] = (get_string_id(label), get_string_id(span_id), label, span_id)
        return ids

    def match(self, doc: Doc) -> list[Span]:
        """`SpanRuler.match` without its per-call cost: no warnings filter (the anchored matcher warns
        about nothing) and no call to an empty phrase matcher; the same sorted, de-duplicated spans."""
        matches = self.matches(doc)
        label_ids = self._match_label_id_map
        found = {
            Span(doc, start, end, label=label_ids[key]["label"], span_id=label_ids[key]["id"])
            for key, start, end in matches
            if start != end
        }
        return sorted(found)

    def set_annotations(self, doc: Doc, matches: list[Span]) -> None:
        """`SpanRuler.set_annotations`; the spans it sets are also kept as they are for `pr_units`
        (`ruled_spans`), which would otherwise build every one again from the span group."""
        if not self.key or self.key in doc.spans or self.annotate_ents:  # not this ruler's own case
            super().set_annotations(doc, matches)
            return
        spans = list(self.spans_filter([], matches)) if self.spans_filter else list(matches)
        self.keep(doc, spans)

    def keep(self, doc: Doc, spans: list[Span]) -> None:
        """Set the ruler's group, and keep its spans as they are for `ruled_spans`."""
        assert self.key is not None
        doc.spans[self.key] = spans
        meta = doc_meta(doc)
        if meta is not None:
            meta[_KEPT] = (self.key, doc.spans[self.key], spans)

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        """In batches, as the rule components around it run (`base.rule_batches`); spaCy's
        `Pipe.pipe` takes one document at a time, which would break the batches in two."""
        error_handler = self.get_error_handler()
        for batch in rule_batches(stream, batch_size):
            for doc in batch:
                try:
                    self(doc)
                except Exception as exc:  # noqa: BLE001 - spaCy's handler decides, as in Pipe.pipe
                    error_handler(self.name, self, [doc], exc)
            yield from batch

    # the patterns are the package's data, rebuilt on construction: nothing to save or restore
    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        return None

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> UnitRuler:
        return self

    def to_bytes(self, *, exclude: Any = ()) -> bytes:
        return b""

    def from_bytes(self, bytes_data: bytes, *, exclude: Any = ()) -> UnitRuler:
        return self


def ruled_spans(doc: Doc, key: str) -> list[Span]:
    """The spans of `doc.spans[key]`: the unit ruler's own objects while the group is still the one it set."""
    group = doc.spans.get(key)
    if group is None:
        return []
    kept = (doc_meta(doc) or {}).get(_KEPT)
    if kept is not None and kept[0] == key and kept[1] is group and len(group) == len(kept[2]):
        return list(kept[2])
    return list(group)


def expand_place_tokens(patterns: list[dict]) -> list[dict]:
    """Patterns say `{"_": {"is_place": true}}` (a province token merged by `pr_layout`);
    the Matcher checks a custom attribute in Python for every token, so it is
    rewritten to the same test on the token's lower-case form, which the
    anchored matcher reads once per word."""
    forms = sorted(set(place_lower_forms()))
    out = []
    for pattern in patterns:
        tokens = []
        for spec in pattern["pattern"]:
            ext = spec.get("_", {})
            if "is_place" in ext:
                spec = {k: v for k, v in spec.items() if k != "_"}
                spec["LOWER"] = {"IN" if ext["is_place"] else "NOT_IN": forms}
            tokens.append(spec)
        out.append({**pattern, "pattern": tokens})
    return out
