"""The date shortcuts answer as the plain forms they replace, on the bundled real texts (English
and Vietnamese): the latest full day a text gives, read without building every date mention."""

from __future__ import annotations

import pytest
from real_texts import texts

from pipeline.extract.dates import date_reader, find_dates
from pipeline.extract.document_year import latest_day

COMPARED = {"en": "compared to ", "vi": "so với "}  # a cue of each language's `comparison_before`


def plain_latest_day(lang: str, text: str) -> str | None:
    days = [d.value for d in find_dates(date_reader(lang), text) if d.value and len(d.value) == 10 and not d.comparison]
    return max(days) if days else None


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_latest_day_is_the_one_the_plain_date_scan_gives(lang: str) -> None:
    reader = date_reader(lang)
    found = compared = 0
    for text in texts(lang):
        # the whole text, and every paragraph and line alone
        for piece in [text, *text.split("\n\n"), *text.splitlines()]:
            plain = plain_latest_day(lang, piece)
            assert latest_day(reader, piece) == plain, piece[:200]
            found += plain is not None
            if plain is None:
                continue
            # the same text with its latest day made the base of a comparison: the next one counts
            start = min(d.start for d in find_dates(reader, piece) if d.value == plain)
            versus = piece[:start] + COMPARED[lang] + piece[start:]
            assert latest_day(reader, versus) == plain_latest_day(lang, versus), versus[:200]
            compared += plain_latest_day(lang, versus) != plain
    assert found > 20  # the texts do give full days
    assert compared > 20  # and the comparison cue moved the answer
