"""A rule-based tokenizer that cuts text into syllables and punctuation, for Vietnamese.

spaCy's Vietnamese tokenizer either runs the pyvi word segmenter (slow, and
its context-dependent words make phrase patterns unmatchable) or splits on
whitespace only (punctuation stays glued to words). This one is spaCy's
ordinary rule-based `Tokenizer` with the language's punctuation rules plus
dashes split off words on either side ("Huấn- Giám đốc", "-Hà Nội"), so
every syllable is one token and patterns are written on syllables.

Registered as `pr.syllable_tokenizer.v1`; a language pack names it in
`language.yml` (`blank_config`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

DASHES = [r"-", r"–", r"—"]


@registry.tokenizers("pr.syllable_tokenizer.v1")
def create_syllable_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes = list(defaults.prefixes or []) + DASHES
        suffixes = list(defaults.suffixes or []) + DASHES
        infixes = list(defaults.infixes or []) + [r"(?<=\w)[–—](?=\w)", r"(?<=[^\W\d])-(?=\w)"]
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make
