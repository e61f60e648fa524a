#!/usr/bin/env python
"""CPU ms per document of each pipeline step, inside a memory zone as `extract_documents` runs them.

\b
Example:
    .venv/bin/python benchmarks/components.py --profile fast --runs 3

The benchmark's documents (`workload.generate`, seed 0) go through the
tokenizer, then through each component in turn (`pipe`, batch size 16), then
`doc_to_records`, all inside one `nlp.memory_zone()`, after the same warm-up
`extract_documents` does. Each row is min / median / max over the runs; the
last row is `extract_documents` on the same documents, as a whole.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import workload  # sibling module: this file runs as a script


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--profile", choices=("default", "fast"), default="fast")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--n", type=int, default=100, help="documents (default 100, as bench.py)")
    args = ap.parse_args(argv)

    from pipeline.extract import extract_documents, load_nlp, prepare_doc
    from pipeline.extract.assemble import doc_to_records
    from pipeline.models import IngestedDocument
    from pipeline.settings import Settings

    templates, _ = workload.load_templates()
    texts = list(workload.generate(templates, args.n, 0))
    docs_in = [IngestedDocument(source=f"bench_{i:05d}.txt", text=t) for i, t in enumerate(texts)]
    settings = Settings(profile=args.profile)
    nlp = load_nlp(settings)
    for _ in extract_documents(docs_in[:5], nlp, settings):  # model load and first calls not timed
        pass
    runs: list[dict[str, float]] = []
    for _ in range(args.runs):
        times: dict[str, float] = {}
        t0 = time.process_time()
        for _ in extract_documents(iter(docs_in), nlp, settings):
            pass
        whole = time.process_time() - t0
        with nlp.memory_zone():
            t0 = time.process_time()
            docs = [prepare_doc(nlp, d) for d in docs_in]
            times["tokenizer"] = time.process_time() - t0
            for name, proc in nlp.pipeline:
                t0 = time.process_time()
                pipe = getattr(proc, "pipe", None)
                docs = list(pipe(docs, batch_size=16)) if pipe else [proc(d) for d in docs]
                times[name] = time.process_time() - t0
            t0 = time.process_time()
            for doc, ingested in zip(docs, docs_in):
                doc_to_records(doc, ingested, nlp.lang or "en")
            times["doc_to_records"] = time.process_time() - t0
        times["extract_documents (whole)"] = whole
        runs.append(times)
    print(f"{args.profile} profile, {len(texts)} documents, CPU ms/doc, min / median / max of {args.runs} runs")
    for key in runs[0]:
        values = sorted(1000 * run[key] / len(texts) for run in runs)
        print(f"  {key:28s} {values[0]:7.3f} / {statistics.median(values):7.3f} / {values[-1]:7.3f}")


if __name__ == "__main__":
    main()
