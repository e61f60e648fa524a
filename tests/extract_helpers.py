"""Helpers for rule tests on sentences written for them."""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_text


def figures(nlp: Any, text: str, published: str = "2025-11-20") -> dict[float, dict]:
    """The figures of `text` by value, every field but the evidence."""
    records = extract_text(text, nlp=nlp, published=published)
    return {f.value: f.model_dump(mode="json", exclude={"evidence"}) for f in records.figures}


def unit_names(records: Any) -> set[str]:
    """The names of the units `records` holds."""
    return {u.name for u in records.units}


def only_figure(records: Any, value: float) -> Any:
    """The one figure of `records` with `value` (fails if there is none or more than one)."""
    (found,) = [f for f in records.figures if f.value == value]
    return found


VI_HEAD = "BHXH tỉnh Phú Yên tổng kết năm\n\nPhú Yên, ngày 14/3/2025\n\n"
"""An invented Vietnamese headline and dateline the rule tests put their sentences under."""


def vi_release(nlp: Any, body: str, head: str = VI_HEAD) -> Any:
    """The records of `body` read as a Vietnamese release under `head` (a headline and a dateline)."""
    return extract_text(head + body + "\n", nlp=nlp, language="vi")


EN_PLACE = "Kon Tum"
"""An invented English release's province: its headline and its dateline name it."""


def en_release(nlp: Any, body: str, headline: str = f"{EN_PLACE} office reviews its work") -> Any:
    """The records of `body` read as an English release under `headline` and a dateline of March 4, 2025."""
    text = f"{headline}\n\n{EN_PLACE}, March 4, 2025 - {body}\n"
    return extract_text(text, nlp=nlp, language="en")


def award_rows(records: Any) -> list[tuple[str, str | None, str | None, int | None, str]]:
    """Each award of `records` as (type, recipient, recipient kind, count, status), in order."""
    return [(a.award_type, a.recipient, a.recipient_kind, a.count, a.status) for a in records.awards]
