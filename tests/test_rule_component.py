"""RuleComponent: batches through `pipe`, and one failing document does not stop the others."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.extract import (
    base,
    extensions,  # noqa: F401  (registers Doc extensions)
)
from pipeline.extract.base import RuleComponent, rule_batches


class Recorder(RuleComponent):
    """Notes the order it sees documents in; fails on a document that says "boom"."""

    name = "recorder"

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def process(self, doc: Doc) -> None:
        self.log.append(f"{self.name}:{doc.text}")
        if doc.text == "boom":
            raise ValueError("odd document")


def test_pipe_runs_a_whole_batch_through_one_component_before_the_next() -> None:
    nlp = spacy.blank("en")
    log: list[str] = []
    first, second = Recorder(log), Recorder(log)
    second.name = "second"
    docs = [nlp.make_doc(t) for t in ("a", "b", "c")]
    out = list(second.pipe(first.pipe(iter(docs), batch_size=2), batch_size=2))
    assert [d.text for d in out] == ["a", "b", "c"]  # all documents, in order
    assert log == ["recorder:a", "recorder:b", "second:a", "second:b", "recorder:c", "second:c"]


def test_a_failing_document_keeps_its_place_and_says_which_step_failed() -> None:
    nlp = spacy.blank("en")
    log: list[str] = []
    out = list(Recorder(log).pipe(iter([nlp.make_doc(t) for t in ("a", "boom", "c")]), batch_size=16))
    assert [d.text for d in out] == ["a", "boom", "c"]
    assert [len(d._.warnings) for d in out] == [0, 1, 0]
    assert "extraction step recorder failed (ValueError: odd document)" in out[1]._.warnings[0]


def test_batches_are_cut_at_the_token_bound_so_long_documents_are_not_held_together(monkeypatch) -> None:
    nlp = spacy.blank("en")
    monkeypatch.setattr(base, "RULE_BATCH_TOKENS", 10)
    docs = [nlp.make_doc(t) for t in ("one two", "a long document of more than ten words in all of it", "x", "y z")]
    sizes = [[len(d) for d in batch] for batch in rule_batches(iter(docs), batch_size=16)]
    assert sizes == [[2, 12], [1, 2]]  # the long one closes its batch; the rest wait for the next bound
