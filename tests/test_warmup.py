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


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_remembered_affix_searches_give_the_searches_answers(lang: str) -> None:
    """Each affix search's answer is kept per string: the same matches as the search's own, the same
    tokens zone after zone, and a word the warm-up missed is searched once, not once a zone."""
    real = texts(lang)
    plain, remembered = blank(lang), blank(lang)
    warmup.remember_affix_searches(remembered.tokenizer)
    for name in ("prefix_search", "suffix_search", "url_match"):
        mine, theirs = getattr(remembered.tokenizer, name), getattr(plain.tokenizer, name)
        for chunk in sorted(set().union(*(warmup.spans_of(t) for t in real[:20]))):
            for _ in range(2):  # asked, then remembered
                got, want = mine(chunk), theirs(chunk)
                assert (got and got.span()) == (want and want.span()), (name, chunk)
    for _ in range(2):  # the second zone's answers are the remembered ones
        for text in real:
            with plain.memory_zone(), remembered.memory_zone():
                assert tokens(remembered, text) == tokens(plain, text)
    calls: list[str] = []
    nlp = blank(lang)
    nlp.tokenizer.suffix_search = counting(nlp.tokenizer.suffix_search, calls)  # type: ignore[attr-defined]
    warmup.remember_affix_searches(nlp.tokenizer)
    calls.clear()  # setting a search re-reads the special cases through it
    for _ in range(3):
        with nlp.memory_zone():
            nlp.make_doc(real[0])
    assert calls and len(calls) == len(set(calls))


def test_remembered_searches_still_serialise_and_pickle() -> None:
    """spaCy stores a search by its regex (`search.__self__.pattern`); a pickled tokenizer (worker
    processes) takes the searches, not their answers."""
    import pickle

    nlp = blank("en")
    pattern = nlp.tokenizer.suffix_search.__self__.pattern  # type: ignore[attr-defined]
    warmup.remember_affix_searches(nlp.tokenizer)
    nlp.make_doc("Hanoi, 2026.")
    assert nlp.tokenizer.suffix_search.__self__.pattern == pattern  # type: ignore[attr-defined]
    copy = blank("en")
    copy.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert [t.text for t in copy.make_doc("Hanoi, 2026.")] == ["Hanoi", ",", "2026", "."]
    answers = pickle.loads(pickle.dumps(nlp.tokenizer.suffix_search.__self__))  # type: ignore[attr-defined]
    assert len(answers) == 0 and answers["2026."].span() == (4, 5)


def test_the_quick_url_test_answers_as_spacy_s() -> None:
    """`url_like` is spaCy's `like_url` on every word of the real texts and on URL-like strings."""
    from spacy.lang.lex_attrs import like_url

    words = {w for lang in ("en", "vi") for text in texts(lang) for w in text.split()}
    words |= {"http", "https://x", "http://a.b", "www.vss.gov.vn", "vss.gov.vn", "a@b.vn", ".vn", "vn.", "http:x"}
    assert any(like_url(w) for w in words)
    for word in words:
        assert warmup.url_like(word) == like_url(word), word
    nlp, plain = blank("en"), blank("en")
    warmup.warm_vocabulary(nlp, ["Visit www.vss.gov.vn or baohiemxahoi.gov.vn today."])
    text = "See vss.gov.vn and https://x.vn, not 2,345 or user@vss.gov.vn."
    with nlp.memory_zone(), plain.memory_zone():
        flags = [t.like_url for t in nlp.make_doc(text)]
        assert flags == [t.like_url for t in plain.make_doc(text)] and any(flags)
