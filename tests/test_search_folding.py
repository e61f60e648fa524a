"""The archive's search folding (British -> American spellings, "đ" -> "d") over lower-cased text
gives what the plain case-insensitive substitution gives, on real texts and on the odd letters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.archive.search_text import _variants, fold_for_search

ROOT = Path(__file__).resolve().parents[1]


def plain_fold(value: str) -> str:
    """The substitution as written: the case-insensitive pattern over the text itself."""
    pattern, _, table = _variants()
    value = value.replace("đ", "d").replace("Đ", "D")

    def american(m: re.Match[str]) -> str:
        word = table[m.group(1).lower()]
        return word.capitalize() if m.group(1)[0].isupper() else word

    return pattern.sub(american, value)


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Labour honours the Centre's programmes.",
        "LABOURERS and organisations; xlabour labourx",
        "ſome labour (a long s) and İstanbul Labour (a dotted capital I)",
        "Đồng Nai Social Security's Labour union",
        "",
    ],
)
def test_written_cases(text: str) -> None:
    assert fold_for_search(text) == plain_fold(text)


def test_the_bundled_texts() -> None:
    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/gold_blind*/*.txt"))]
    assert len(texts) > 50
    assert [fold_for_search(t) for t in texts] == [plain_fold(t) for t in texts]
    assert any(fold_for_search(t) != t for t in texts)  # some spelling was folded
    assert fold_for_search("The Labour union") == "The Labor union"
