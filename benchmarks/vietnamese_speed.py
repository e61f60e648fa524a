#!/usr/bin/env python
"""Vietnamese extraction speed next to the English fast profile, in words per second.

A report, not a test. Both pipelines are rules-only (no statistical model
runs on Vietnamese); each reads its dev set (../shared/dev for English,
../shared/dev-vi for Vietnamese) `--repeat` times after one warm-up pass,
and the ratio vi/en is the number to watch (target: >= 1.0).

Example:
    .venv/bin/python benchmarks/vietnamese_speed.py --repeat 5
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.extract import extract_documents
from pipeline.extract.nlp import build_nlp
from pipeline.ingest import read_document
from pipeline.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def words_per_second(lang: str, folder: Path, repeat: int) -> tuple[float, int]:
    settings = Settings(profile="fast")
    nlp = build_nlp(settings, lang)
    docs = [read_document(p, settings) for p in sorted(folder.glob("*.txt"))]
    words = sum(len(d.text.split()) for d in docs)
    list(extract_documents(docs, nlp=nlp, settings=settings))  # warm-up (lexicons, caches)
    start = time.process_time()
    for _ in range(repeat):
        list(extract_documents(docs, nlp=nlp, settings=settings))
    return words * repeat / (time.process_time() - start), words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    en, en_words = words_per_second("en", SHARED / "dev", args.repeat)
    vi, vi_words = words_per_second("vi", SHARED / "dev-vi", args.repeat)
    print(f"English fast profile : {en:10,.0f} words/s CPU ({en_words} words x {args.repeat})")
    print(f"Vietnamese           : {vi:10,.0f} words/s CPU ({vi_words} words x {args.repeat})")
    print(f"ratio vi/en          : {vi / en:.2f}  ({'PASS' if vi >= en else 'MISS'}: target >= 1.0)")


if __name__ == "__main__":
    main()
