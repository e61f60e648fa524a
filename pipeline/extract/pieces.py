"""The statistical model sees bounded pieces of a Doc; the rule components see the whole Doc.

The model's memory grows with the number of tokens it holds at once (a
990,000-character text took 2.9 GB), while the rules need the whole text
(a figure's unit may be named three paragraphs earlier). So the model pipes
(ner) are taken out of the pipeline's run order and driven from here:

- a Doc of at most `piece_tokens` tokens goes to the model as it is (every
  ordinary press release: its annotations are exactly the model's own);
- a longer one is cut at paragraph breaks into pieces of at most
  `piece_tokens` tokens, each piece is annotated on its own and its entities
  are copied back onto the whole Doc. The model looks four tokens either way,
  so a cut at a paragraph break changes nothing it could see;
- Docs are handed to the model in groups of at most `batch_tokens` tokens,
  not a fixed number of Docs, so one batch of long texts cannot take more
  memory than many short ones.

With `windows` (the pipeline's setting: `person_cues.py`), the model reads
only the token ranges where its entities can be used, next to a person cue;
entities outside them are not looked for. That is a tenth of the tokens of
an ordinary release, and the entities the people component keeps are the
same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .person_cues import PersonCueWindows

PIECE_TOKENS = 5_000
"""Largest piece the model sees at once (a long press release is about 2,000 tokens)."""
BATCH_TOKENS = 20_000
"""Largest group of tokens handed to the model in one call."""


class ModelInPieces:
    """A pipeline component that runs the given model pipes over bounded pieces."""

    def __init__(
        self,
        pipes: list[tuple[str, Any]] | Callable[[], list[tuple[str, Any]]],
        piece_tokens: int,
        batch_tokens: int,
        windows: Callable[[Doc, int], list[tuple[int, int]]] | None = None,
    ) -> None:
        # the model pipes, or how to find them: a loaded pipeline builds this component
        # before the model pipes it runs (they come after it), so they are looked up on first use
        self._pipes = pipes
        self.piece_tokens = piece_tokens
        self.batch_tokens = batch_tokens
        self.windows = windows
        """(doc, limit) -> the token ranges the model reads; None: the whole Doc."""

    @property
    def pipes(self) -> list[tuple[str, Any]]:
        if callable(self._pipes):
            self._pipes = self._pipes()
        return self._pipes

    @pipes.setter
    def pipes(self, pipes: list[tuple[str, Any]]) -> None:
        self._pipes = pipes

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        group: list[Doc] = []
        tokens = 0
        for doc in docs:
            group.append(doc)
            tokens += len(doc)
            if tokens >= self.batch_tokens or len(group) >= batch_size:
                yield from self.annotate(group)
                group, tokens = [], 0
        if group:
            yield from self.annotate(group)

    def annotate(self, docs: list[Doc]) -> list[Doc]:
        pieces: list[Doc] = []
        placed: list[tuple[Doc, list[tuple[int, Doc]]]] = []
        for doc in docs:
            if self.windows is None and len(doc) <= self.piece_tokens:
                pieces.append(doc)
                continue
            ranges = self.ranges(doc)
            if not ranges:
                continue
            cut = [(start, doc[start:end].as_doc()) for start, end in ranges]
            pieces.extend(piece for _, piece in cut)
            placed.append((doc, cut))
        for _, proc in self.pipes:
            annotated: list[Doc] = []
            for group in token_groups(pieces, self.batch_tokens):
                annotated.extend(proc.pipe(group, batch_size=len(group)) if hasattr(proc, "pipe") else map(proc, group))
            pieces = annotated
        for doc, cut in placed:
            doc.ents = [
                Span(doc, offset + ent.start, offset + ent.end, label=ent.label)
                for offset, piece in cut
                for ent in piece.ents
            ]
        return docs

    def ranges(self, doc: Doc) -> list[tuple[int, int]]:
        if self.windows is not None:
            return self.windows(doc, self.piece_tokens)
        return paragraph_pieces(doc, self.piece_tokens)


def token_groups(docs: list[Doc], budget: int) -> Iterator[list[Doc]]:
    group: list[Doc] = []
    tokens = 0
    for doc in docs:
        if group and tokens + len(doc) > budget:
            yield group
            group, tokens = [], 0
        group.append(doc)
        tokens += len(doc)
    if group:
        yield group


def paragraph_pieces(doc: Doc, limit: int) -> list[tuple[int, int]]:
    """Token ranges of at most `limit` tokens, cut after a line break where there is one
    (else after a full stop, else anywhere: a 5,000-token paragraph is not prose)."""
    ranges: list[tuple[int, int]] = []
    start = 0
    n = len(doc)
    while n - start > limit:
        end = start + limit
        cut = last_break(doc, start, end, lambda t: "\n" in t.text or "\n" in t.whitespace_)
        cut = cut or last_break(doc, start, end, lambda t: t.text in {".", "!", "?", ";"}) or end
        ranges.append((start, cut))
        start = cut
    ranges.append((start, n))
    return ranges


def last_break(doc: Doc, start: int, end: int, is_break: Any) -> int | None:
    """One past the last break token in doc[start:end], in its second half (pieces stay large)."""
    for i in range(end - 1, start + (end - start) // 2, -1):
        if is_break(doc[i]):
            return i + 1
    return None


MODEL_PIPES = ("tok2vec", "ner")


@Language.factory(
    "pr_model_pieces",
    default_config={
        "model_pipes": ["ner"],
        "piece_tokens": PIECE_TOKENS,
        "batch_tokens": BATCH_TOKENS,
        "person_cues_lang": None,
    },
)
def make_model_pieces(
    nlp: Language,
    name: str,
    model_pipes: list[str],
    piece_tokens: int,
    batch_tokens: int,
    person_cues_lang: str | None,
) -> ModelInPieces:
    windows = PersonCueWindows.for_language(person_cues_lang) if person_cues_lang else None
    return ModelInPieces(
        lambda: [(pipe, nlp.get_pipe(pipe)) for pipe in model_pipes], piece_tokens, batch_tokens, windows
    )


def run_model_in_pieces(nlp: Language, lang: str | None = None) -> Language:
    """Put one `pr_model_pieces` in place of the model pipes of `nlp`.

    With `lang`, the model reads only the windows around that language's
    person cues (`person_cues.py`); without, whole Docs. The model pipes stay
    in the pipeline, disabled (so `nlp.get_pipe("ner")` still answers); a
    blank pipeline is returned unchanged.
    """
    names = [name for name in nlp.pipe_names if name in MODEL_PIPES]
    if names:
        config = {"model_pipes": names, "person_cues_lang": lang}
        nlp.add_pipe("pr_model_pieces", before=names[0], config=config)
        for name in names:
            nlp.disable_pipe(name)
    return nlp
