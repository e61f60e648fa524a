"""Warm the tokenizer's cache before the first memory zone, one word at a time.

Inside `nlp.memory_zone()` spaCy's tokenizer reads its cache but never writes
it, and keeps no new lexeme, so a word the cache does not hold is split
afresh (prefix, suffix and infix searches) in every document. The cache has
to be filled outside any zone, once per pipeline, from the first texts of the
stream.

It is filled word by word (each run of non-space characters, and each run of
white space, tokenised on its own), not text by text: spaCy stops caching the
rest of a text once a chunk of it used a special case (a single line break is
one; the guard is kept per call, not per chunk), so fifty benchmark documents
warmed text by text left most of their words out of the cache. Chunk by chunk,
every word of them is there: inside a zone the tokenizer costs 0.06 ms a
warmed benchmark document, against 0.33 warmed text by text, and 0.29 against
0.50 a document it has not seen (whose new numbers and names are still split
afresh). A chunk's own
call keeps the guard where it belongs: a chunk that uses a special case
("(don't") is not cached, as spaCy intends.

The cache is keyed by the chunk's text and holds what the tokenizer makes of
that text on its own, which is what it makes of it inside any text (spaCy
splits on whitespace first and tokenises each chunk alone), so the tokens are
the same with or without it. The strings of numbers and names of later
documents still leave with their zone.

What the cache cannot hold, the affix searches' answers can
(`remember_affix_searches`): a word the warm-up did not see ("sector",
"medals", a number) is split afresh in every zone and in every document of a
zone, each time through spaCy's prefix, suffix, infix and URL regexes (the
English suffix alternation alone costs about 20,000 instructions a call). Each
search is a pure function of the string, so its answer is kept per string,
across zones, and a word met again costs a dictionary look-up in C.

A new word inside a zone also gets a new lexeme, whose 23 attribute getters
run in Python; spaCy's URL test is the dearest of them (about 2 us), and
nearly every word answers it without reading past its first lines
(`quicken_url_test`).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import LIKE_URL  # type: ignore[import-not-found]
from spacy.lang import lex_attrs
from spacy.language import Language
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]
from spacy.vocab import Vocab

RUNS = re.compile(r"\S+|\s+")

WARM_TEXTS = 50
"""Texts a pipeline warms with, counted over all its calls: a caller that sends a few documents
first (a test, a warm-up run) does not leave the cache holding only those few. Fifty press
releases hold nearly all their common words; the strings they leave behind are a few thousand."""
WARM_CHARS = 20_000
"""Enough of each text for its common vocabulary; a long text is not read whole twice."""

_warmed: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def warm_vocabulary(nlp: Language, texts: Iterable[str]) -> None:
    """Tokenise the words of texts outside a memory zone until `nlp` has been warmed with
    `WARM_TEXTS` of them (each distinct chunk once: see the module's docstring)."""
    done = _warmed.get(nlp, 0)
    if done >= WARM_TEXTS:
        return
    tokenizer = nlp.tokenizer
    if done == 0:
        remember_affix_searches(tokenizer)
        quicken_url_test(nlp.vocab)
    seen: set[str] = set()
    for text in texts:
        if done >= WARM_TEXTS:
            break
        for span in spans_of(text[:WARM_CHARS]) - seen:
            tokenizer(span)
            seen.add(span)
        done += 1
    _warmed[nlp] = done


def spans_of(text: str) -> set[str]:
    """The strings spaCy's tokenizer splits `text` into before tokenising each on its own (and
    looks up in its cache): the runs of non-space characters, and the runs of white space less
    the one space a word keeps as its trailing space (the whole run too, as at the start of a
    text). A single space between words is no token."""
    out = set()
    for run in RUNS.findall(text):
        if not run[0].isspace():
            out.add(run)
            continue
        if run != " ":
            out.add(run)
        if run[0] == " " and len(run) > 1:
            out.add(run[1:])
    return out


AFFIX_ANSWERS = 10_000
"""Strings whose affix answers a search keeps (then it starts afresh): about 3 MB for the four searches
at most (20,000 new strings, numbers and names, kept 6 MB); a hundred benchmark documents ask about
2,200 strings."""


class AffixAnswers(dict[str, Any]):
    """One affix search's answers by string; the tokenizer calls `answers.__getitem__`, a look-up in C
    that asks the search only for a string not met before (`__missing__`). An infix search's matches are
    kept as a list, which spaCy reads as it reads the iterator (`list(...)`)."""

    def __init__(self, search: Callable[[str], Any], listed: bool = False) -> None:
        super().__init__()
        self.search = search
        self.listed = listed

    def __missing__(self, string: str) -> Any:
        found = self.search(string)
        if self.listed:
            found = list(found)
        if len(self) >= AFFIX_ANSWERS:
            self.clear()
        self[string] = found
        return found

    @property
    def pattern(self) -> str | None:
        """The search's regex, where spaCy's serialisation looks for it (`search.__self__.pattern`)."""
        return getattr(getattr(self.search, "__self__", None), "pattern", None)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.search, self.listed))  # the answers are a cache: not pickled


def remember_affix_searches(tokenizer: Any) -> None:
    """Keep the answers of a spaCy tokenizer's affix searches per string (see the module's docstring).
    Setting them flushes the tokenizer's cache, so this comes before the warm-up fills it."""
    if not isinstance(tokenizer, Tokenizer):
        return
    for name in ("prefix_search", "suffix_search", "infix_finditer", "url_match", "token_match"):
        search = getattr(tokenizer, name)
        if search is not None and not isinstance(getattr(search, "__self__", None), AffixAnswers):
            setattr(tokenizer, name, AffixAnswers(search, listed=name == "infix_finditer").__getitem__)


def url_like(text: str) -> bool:
    """spaCy's `like_url`, answered at once for a word with no dot that does not start with "http": such
    a word passes none of its tests up to its search for a dot, finds none and is no URL."""
    if text and "." not in text and not text.startswith("http"):
        return False
    return bool(lex_attrs.like_url(text))


def quicken_url_test(vocab: Vocab) -> None:
    """New lexemes ask `url_like` where they would ask spaCy's own `like_url` (the same answers)."""
    getters = vocab.lex_attr_getters  # type: ignore[attr-defined]
    if getters is not None and getters.get(LIKE_URL) is lex_attrs.like_url:
        getters[LIKE_URL] = url_like
