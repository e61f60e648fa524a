"""The warm-up fills the tokenizer's cache word by word: the tokens stay those of a cold
tokenizer, and a warmed text is tokenised from the cache inside a memory zone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from real_texts import texts

from pipeline.extract import warmup
from pipeline.extract.nlp import blank


def tokens(nlp: Any, text: str) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.whitespace_, t.norm_, t.idx) for t in nlp.make_doc(text)]


def counting(search: Callable[[str], Any], calls: list[str]) -> Callable[[str], Any]:
    def counted(text: str) -> Any:
        calls.append(text)
        return search(text)

    return counted


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_warmed_tokenizer_gives_the_tokens_of_a_cold_one(lang: str) -> None:
    real = texts(lang)
    cold, warm = blank(lang), blank(lang)
    warmup.warm_vocabulary(warm, real[::2])  # half the texts warm it, the other half are new to it
    for text in real:
        with cold.memory_zone(), warm.memory_zone():
            assert tokens(warm, text) == tokens(cold, text)


def test_warmed_texts_are_tokenised_from_the_cache() -> None:
    """Text by text, spaCy stopped caching a text's words after its first special case: the words
    after it were split again, affix searches and all, in every zone (a tenth of the suffix searches
    of a cold tokenizer were left on these texts)."""
    real = texts("en")[: warmup.WARM_TEXTS]
    nlp = blank("en")
    calls: list[str] = []
    nlp.tokenizer.suffix_search = counting(nlp.tokenizer.suffix_search, calls)  # type: ignore[attr-defined]
    with nlp.memory_zone():
        for text in real:
            nlp.make_doc(text)
    cold_calls = len(calls)
    warmup.warm_vocabulary(nlp, real)
    calls.clear()
    with nlp.memory_zone():
        for text in real:
            nlp.make_doc(text)
    assert cold_calls > 10_000
    assert len(calls) <= cold_calls / 1000  # what is left: a word holding a special case ("(don't")


def test_the_spans_warmed_are_those_spacy_looks_up() -> None:
    assert warmup.spans_of("  A  b\n\nc \n") == {"  ", " ", "A", "b", "\n\n", "c", " \n", "\n"}
