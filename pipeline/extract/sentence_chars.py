"""A document's sentences as character offsets, with a `Sentence` span made only for those read.

The events, awards and movements components look at every sentence's offsets (is a cue word
inside it?) but read only a few sentences further: the lead, the sentences holding an award
form or a movement's name. `extensions.sentences` makes a span per sentence (spaCy works
out each span's character offsets from its tokens); here the offsets are read from the two
boundary tokens of each sentence and a span is made when a component asks for that sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .extensions import Sentence, doc_meta, sentence_bounds, sentence_span

KEY = "sentence_chars"


class DocSentences:
    """The sentences `pr_layout` set: `starts` / `ends` (characters), `bounds` (tokens), `span(i)`."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.bounds = sentence_bounds(doc)
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in self.bounds:
            if start < end:
                last = doc[end - 1]
                self.starts.append(doc[start].idx)
                self.ends.append(last.idx + len(last))  # a span's end_char: where its last token ends
            else:  # an empty sentence: where its Span says it is
                empty = doc[start:end]
                self.starts.append(empty.start_char)
                self.ends.append(empty.end_char)
        self.spans: dict[int, Sentence] = {}

    def __len__(self) -> int:
        return len(self.bounds)

    def span(self, i: int) -> Sentence:
        """Sentence `i` as a span (made once)."""
        sent = self.spans.get(i)
        if sent is None:
            start, end = self.bounds[i]
            sent = self.spans[i] = sentence_span(self.doc, start, end)
        return sent


def doc_sentences(doc: Doc) -> DocSentences:
    """The document's `DocSentences`, made once per document and kept in `doc._.meta` (the three
    components share it) as long as the sentence bounds stay the same."""
    meta = doc_meta(doc)
    kept = meta.get(KEY) if meta is not None else None
    if kept is None or kept.bounds is not sentence_bounds(doc):
        kept = DocSentences(doc)
        if meta is not None:
            meta[KEY] = kept
    return kept
