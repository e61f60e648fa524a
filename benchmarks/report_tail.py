"""The serial tail of `pipeline run`: the review report drafted after the workers' last result.

On the documents the workers benchmark uses (`bench.py --workers-n`), one
`pipeline run --workers 2` fills an archive; then, in a fresh process per
measurement, the run's report stage (`corpus_run.write_report`: the records
from the archive, the context, the three formats, the writes) runs the way
each mode runs it, alternated `--runs` times:

- `one`: as `--workers 1` does, everything in the main process;
- `pool`: as `--workers 2` does, the Word and HTML renders in two workers
  forked after the model was loaded (`workers.forked_pool`), the way a run forks its pool.

Printed per mode: the main process's CPU, the workers' CPU (both workers
together, reaped after the pool ends), and wall-clock seconds of the stage.
CPU is what to trust on a shared machine; the wall-clock figure says how
long the user waits only when the machine is otherwise idle.

    .venv/bin/python benchmarks/report_tail.py [--n 400] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import workload  # noqa: E402

PROBE = r"""
import io, json, resource, sys, time
from pathlib import Path
import pipeline.corpus_run as B
from pipeline import workers as W
from pipeline.archive.store import Archive, default_url_for, office_name
from pipeline.extract import load_nlp
from pipeline.settings import Settings

folder, out, dest, mode = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
settings = Settings(profile="fast")
files = sorted(folder.iterdir())
pool = W.forked_pool(settings, 2, files[0]) if mode == "pool" else None
if pool is None:
    load_nlp(settings, "en")  # the same process state as a run's main process
with Archive(default_url_for(out)) as archive:
    own = archive.current_by_source(office_name(), [B.source_key(p) for p in files])
    summary = B.RunSummary()
    summary.archived_ids = [own[B.source_key(p)][0] for p in files]
    wall, cpu = time.perf_counter(), time.process_time()
    B.write_report(archive, summary, dest, settings, io.StringIO(), pool, 2)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
if pool is not None:
    pool.shutdown(wait=True)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "main_cpu": cpu, "workers_cpu": workers.ru_utime + workers.ru_stime}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="documents (default 400, as bench.py --workers-n)")
    parser.add_argument("--seed", type=int, default=0, help="as bench.py --seed")
    parser.add_argument("--runs", type=int, default=5, help="measurements per mode, alternated (default 5)")
    args = parser.parse_args()
    templates, _ = workload.load_templates()
    with tempfile.TemporaryDirectory(prefix="report-tail-") as name:
        tmp = Path(name)
        folder, out = tmp / "in", tmp / "out"
        workload.write_files(list(workload.generate(templates, args.n, args.seed + 11)), folder)
        run = [sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out), "--profile", "fast"]
        subprocess.run([*run, "--workers", "2", "--quiet"], check=True, capture_output=True)
        got: dict[str, list[dict[str, float]]] = {"one": [], "pool": []}
        for _ in range(args.runs):
            for mode in got:
                cmd = [sys.executable, "-c", PROBE, str(folder), str(out), str(tmp / mode), mode]
                proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
                got[mode].append(json.loads(proc.stdout.strip().splitlines()[-1]))
        for mode, rows in got.items():
            parts = []
            for key in ("main_cpu", "workers_cpu", "wall"):
                values = sorted(r[key] for r in rows)
                parts.append(f"{key} {values[0]:.3f} / {statistics.median(values):.3f} / {values[-1]:.3f}")
            print(f"{mode}: " + ", ".join(parts) + f" s (min / median / max of {len(rows)})")


if __name__ == "__main__":
    main()
