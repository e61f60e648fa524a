"""The CPU `pipeline run`'s main process spends per document while workers extract.

Two measures, in both profiles, on the documents the workers benchmark uses
(`bench.py --workers-n`):

- replay (default): the workers' results (records JSON) are made once, then
  fed to the main process's per-document path (`RunWriter`: the archive in
  chunked transactions, records files, one progress line per file) five
  times; CPU time of this process (all its threads), min and median per document.
  Not disturbed by the workers, so it moves little on a busy machine.
- `--full`: `pipeline run --workers 2` in a subprocess; the main process's
  CPU between the pool's start and the pool's end (so without imports, model
  load and report), per document. Includes reading the workers' results.

    .venv/bin/python benchmarks/parent_share.py [--n 400] [--full]

CPU, never wall clock: wall-clock ratios need a quiet machine (`bench.py`).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import workload  # noqa: E402

FULL_PROBE = r"""
import json, resource, sys
import pipeline.corpus_run as B, pipeline.run_writer as RW
marks = {}
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
started = B.forked_pool
def forked_pool(*a, **k):
    pool = started(*a, **k)
    marks["pool"] = cpu()
    return pool
B.forked_pool = forked_pool
leave = RW.RunWriter.__exit__
def exit_(self, *a):
    marks["done"] = cpu()
    return leave(self, *a)
RW.RunWriter.__exit__ = exit_
sys.argv = ["pipeline", *sys.argv[1:]]
from pipeline.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(marks), file=sys.stderr)
"""


@dataclass
class FakeTask:
    path: str
    name: str
    file_hash: str
    source_key: str
    archived_id: str | None = None


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def results_of(folder: Path, profile: str) -> list[str]:
    """The records JSON the workers would send for every file of `folder`."""
    from pipeline.settings import Settings
    from pipeline.workers import process_paths

    outcomes = process_paths(sorted(folder.iterdir()), Settings(profile=profile))
    return [o.records_json for o in outcomes if o.records_json is not None]


def replay(results: list[str], profile: str, tmp: Path, runs: int = 5) -> list[float]:
    """ms of CPU per document for the main process's per-document path, `runs` times."""
    from pipeline.archive.store import Archive
    from pipeline.batch import no_rules_warning
    from pipeline.progress import ProgressView
    from pipeline.run_writer import RunWriter

    out = []
    for run in range(runs):
        folder = tmp / f"replay_{profile}_{run}"
        with Archive(folder / "archive.sqlite") as archive, open(folder / "progress.log", "w") as log:
            view = ProgressView(log, len(results), tty=False)

            def stored(t: FakeTask, records, vid: str, view: ProgressView = view) -> None:  # type: ignore[no-untyped-def]
                t.archived_id = vid
                n = sum(1 for _ in records.iter_records())
                view.advance(t.path, n_records=n, warning=no_rules_warning(records))

            start = cpu()
            with view, RunWriter(archive, folder / "records", office="bench", profile=profile, stored=stored) as w:
                for i, text in enumerate(results):
                    w.add(FakeTask(f"/in/{i}.txt", f"{i}.json", f"h{i}", f"/in/{i}.txt"), text)
            out.append((cpu() - start) / len(results) * 1e3)
    return out


def full(folder: Path, profile: str, tmp: Path, runs: int = 3) -> list[float]:
    """ms of the main process's CPU per document while `pipeline run --workers 2` runs its pool."""
    out = []
    for run in range(runs):
        dest = tmp / f"full_{profile}_{run}"
        args = ["run", str(folder), "--out", str(dest), "--profile", profile, "--workers", "2", "--quiet"]
        proc = subprocess.run([sys.executable, "-c", FULL_PROBE, *args], capture_output=True, text=True, check=False)
        marks = json.loads(proc.stderr.strip().splitlines()[-1])
        out.append((marks["done"] - marks["pool"]) / len(list(folder.iterdir())) * 1e3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="documents (default 400, as bench.py --workers-n)")
    parser.add_argument("--seed", type=int, default=0, help="as bench.py --seed")
    parser.add_argument("--full", action="store_true", help="measure whole `pipeline run --workers 2` runs instead")
    args = parser.parse_args()
    templates, _ = workload.load_templates()
    with tempfile.TemporaryDirectory(prefix="parent-share-") as name:
        tmp = Path(name)
        folder = tmp / "in"
        workload.write_files(list(workload.generate(templates, args.n, args.seed + 11)), folder)
        for profile in ("default", "fast"):
            if args.full:
                ms = full(folder, profile, tmp)
                what = "pipeline run --workers 2, main process during the pool"
            else:
                ms = replay(results_of(folder, profile), profile, tmp)
                what = "replay of the main process's per-document path"
            print(
                f"{profile}: {what}: {min(ms):.2f} ms CPU per document (min), "
                f"{statistics.median(ms):.2f} (median); runs {', '.join(f'{m:.2f}' for m in ms)}"
            )


if __name__ == "__main__":
    main()
