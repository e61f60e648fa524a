"""What every language data model shares: strict models, grammar sections whose values must compile,
and `NEVER`, the cue a pack has not written yet (see `lexicon_models`)."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

Words = Annotated[list[str], Field(min_length=1)]
"""A word list a component joins into one alternation: empty would match everywhere, so it is refused."""


class Strict(BaseModel):
    """Unknown keys are errors; every field without a default is required."""

    model_config = ConfigDict(extra="forbid", frozen=True)


NEVER = "(?!)"
"""A grammar cue a language pack has not written yet: it matches nothing."""


def compiled_source(source: str) -> str:
    """`source` itself when it compiles as a regular expression; else a ValueError naming it."""
    try:
        re.compile(source)
    except re.error as exc:
        raise ValueError(f"the pattern {source!r} does not compile ({exc})") from None
    return source


class Grammar(Strict):
    """A `grammar` section: every value is a regular expression source that must compile."""

    @field_validator("*")
    @classmethod
    def _compiles(cls, source: str) -> str:
        return compiled_source(source)
