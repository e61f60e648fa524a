"""Shared helpers for the archive and batch tests: hand-built records, synthetic corpora, table snapshots."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pipeline.models import Document, Records

# Press-release-like sentences; each document gets a different mix so the corpus is not uniform.
SENTENCES = [
    "On January 23, 2025, Dong Nai Provincial Social Security held a conference to review emulation work in 2024.",
    "Director Nguyen Van An said the number of social insurance participants reached 1,504,571 people, up 5.2%.",
    "The unit was awarded the Labor Order, third class, by the State President.",
    "Emulation Cluster No. 8 elected Social Security of Dong Nai province as cluster leader for 2025.",
    "Health insurance coverage reached 94.75% of the population, reaching 100.05 per cent of the plan.",
    "Eleven collectives and six individuals received Certificates of Merit from the General Director of Vietnam Social Security.",
    "The movement 'For the Poor - Leaving No One Behind' mobilised VND 3.8 billion for social insurance books.",
    "Hanoi Social Security collected VND 92.3 trillion in revenue, exceeding the assigned target.",
]


def press_release(i: int, extra: str = "") -> str:
    """A small synthetic press release, different for every `i`."""
    lines = [f"Social security news item {i}: emulation review in Dong Nai and Hanoi", ""]
    for k in range(4):
        lines.append(SENTENCES[(i + k) % len(SENTENCES)])
    lines.append(f"Reference number {i} of the series.")
    if extra:
        lines.append(extra)
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int, subfolders: bool = True) -> list[Path]:
    paths = []
    for i in range(n):
        sub = folder / (f"batch{i % 3}" if subfolders else "")
        sub.mkdir(parents=True, exist_ok=True)
        p = sub / f"release_{i:03d}.txt"
        p.write_text(press_release(i), encoding="utf-8")
        paths.append(p)
    return paths


def records_for(text: str, source: str, published: str | None = "2025-01-23", **kinds: list[dict[str, Any]]) -> Records:
    """Records whose evidence is found in `text`: each record dict names its `quote` instead of evidence."""

    def with_evidence(rec: dict[str, Any]) -> dict[str, Any]:
        rec = dict(rec)
        quote = rec.pop("quote")
        start = text.index(quote)
        rec["evidence"] = {"start": start, "end": start + len(quote), "text": quote}
        return rec

    data: dict[str, Any] = {
        "document": Document(
            id=Document.make_id(text), source=source, text=text, published=published, title=text.split("\n")[0]
        ),
        "warnings": kinds.pop("warnings", []),
    }
    for kind, recs in kinds.items():
        data[kind] = [with_evidence(r) for r in recs]
    return Records.model_validate(data)


def sample_records(n: int = 3) -> list[Records]:
    """Hand-built records for archive tests (independent of what extraction produces today)."""
    out = []
    names = ["Dong Nai Provincial Social Security", "Social Security of Dong Nai province", "Dong Nai Social Insurance"]
    for i in range(n):
        text = press_release(i) + f"\n{names[i % 3]} and Hanoi Social Security were honoured.\n"
        unit_name = names[i % 3]
        out.append(
            records_for(
                text,
                source=f"corpus/doc_{i}.txt",
                published=f"{2023 + i}-01-23",
                units=[
                    {"name": unit_name, "kind": "provincial_office", "mentions": [unit_name], "quote": unit_name},
                    {"name": "Hanoi Social Security", "kind": "provincial_office", "quote": "Hanoi Social Security"},
                ],
                people=[{"name": "Nguyen Van An", "title": "Director", "unit": unit_name, "quote": "Nguyen Van An"}]
                if "Nguyen Van An" in text
                else [],
                figures=[
                    {
                        "metric": "si_participants",
                        "value": 1504571 + i,
                        "unit": "persons",
                        "as_of": f"{2022 + i}",
                        "scope": unit_name,
                        "raw": "1,504,571",
                        "quote": "Reference number",
                    }
                ],
                awards=[
                    {
                        "award_type": "labor_order",
                        "grade": "third",
                        "recipient": unit_name,
                        "recipient_kind": "collective",
                        "year": f"{2022 + i}",
                        "conferred_by": "State President",
                        "quote": "were honoured",
                    }
                ],
                movements=[
                    {"name": "For the Poor - Leaving No One Behind", "period": "2021-2025", "quote": "emulation review"}
                ],
                events=[
                    {
                        "kind": "conference",
                        "name": "emulation review",
                        "date": f"{2023 + i}-01-23",
                        "organizer": unit_name,
                        "period_reviewed": f"{2022 + i}",
                        "quote": "Social security news item",
                    }
                ],
                warnings=[f"warning {i}"],
            )
        )
    return out


TABLES = ["documents", "units", "unit_mentions", "people", "figures", "awards", "movements", "events", "warnings"]
VOLATILE = {"documents": {"ingested_at", "superseded_at"}}


def snapshot(db: Path, volatile: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every archive table, sorted; `volatile=False` drops timestamps."""
    con = sqlite3.connect(db)
    try:
        out = {}
        for table in TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in cols if volatile or c not in VOLATILE.get(table, set())]
            out[table] = sorted(con.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def integrity_ok(db: Path) -> bool:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def crashing_chunk(paths: list[str], settings_json: str):
    """A worker function for `run_pool` tests: dies (like a segfaulting PDF library) on a path with "crash"."""
    import os

    from pipeline.workers import Outcome

    if any("crash" in p for p in paths):
        os._exit(3)
    return [Outcome(p, records_json="{}") for p in paths]
