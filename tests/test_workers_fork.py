"""Workers forked after the parent loaded the model: they start with it, and stop when told.

Each test runs its pool in a fresh interpreter: `forked_pool` refuses to fork a
process that runs other Python threads (pytest-xdist's worker does), and the
point is the path a real `pipeline run` takes.
"""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="this platform cannot fork processes"
)

PROBE = textwrap.dedent(
    """
    import json, os, signal, sys, time
    from pathlib import Path
    from pipeline import workers
    from pipeline.settings import Settings

    def probe(paths, settings_json):
        from pipeline.extract import nlp
        loaded = nlp._cached.cache_info().currsize
        misses = nlp._cached.cache_info().misses
        nlp.load_nlp(Settings(profile="fast"), sys.argv[2])
        state = {"pid": os.getpid(), "loaded": loaded, "had_lang": nlp._cached.cache_info().misses == misses,
                 "sigterm_default": signal.getsignal(signal.SIGTERM) == signal.SIG_DFL}
        return [workers.Outcome(p, records_json=json.dumps(state)) for p in paths]

    workers.probe = probe  # a module-level name, as a pool task must be
    signal.signal(signal.SIGTERM, lambda *_: None)  # what the CLI's SIGTERM handling leaves in place
    settings = Settings(profile="fast")
    pool = workers.forked_pool(settings, 2, sample=Path(sys.argv[1]))
    if pool is None:
        print(json.dumps({"forked": False}))
        sys.exit(0)
    children = list(pool._processes.values())
    outcomes = list(workers.run_pool([[f"f{i}"] for i in range(8)], settings, 2, fn=workers.probe, started=pool))
    states = [json.loads(o.records_json) for o in outcomes]
    print(json.dumps({"forked": True, "parent": os.getpid(), "states": states,
                      "alive_after": [c.is_alive() for c in children],
                      "exitcodes": [c.exitcode for c in children]}))
    """
)


ENGLISH = "The provincial Social Insurance office held its year-end emulation review on Friday.\n"
VIETNAMESE = "Bảo hiểm xã hội tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.\n"


def run_probe(sample: Path, lang: str) -> dict:
    cmd = [sys.executable, "-c", PROBE, str(sample), lang]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_forked_workers_start_with_the_parents_model_and_end_with_the_pool(tmp_path):
    sample = tmp_path / "first.txt"
    sample.write_text(ENGLISH, encoding="utf-8")
    result = run_probe(sample, "en")
    assert result["forked"], "a process without threads on a platform with fork must fork its workers"
    states = result["states"]
    assert len(states) == 8
    pids = {s["pid"] for s in states}
    assert result["parent"] not in pids and 1 <= len(pids) <= 2
    assert all(s["loaded"] == 1 for s in states), "each worker found the model the parent loaded, and loaded no other"
    assert all(s["had_lang"] for s in states)
    assert all(s["sigterm_default"] for s in states), "a worker dies on SIGTERM, whatever handler the parent set"
    assert result["alive_after"] == [False, False]


def test_the_parent_loads_the_pipeline_of_the_first_files_language(tmp_path):
    sample = tmp_path / "first.txt"
    sample.write_text(VIETNAMESE * 3, encoding="utf-8")
    result = run_probe(sample, "vi")
    assert result["forked"]
    assert all(s["loaded"] == 1 and s["had_lang"] for s in result["states"]), "the Vietnamese pipeline, and only it"


def test_an_unreadable_first_file_falls_back_to_the_default_pipeline(tmp_path):
    result = run_probe(tmp_path / "missing.txt", "en")
    assert result["forked"]
    assert all(s["loaded"] == 1 and s["had_lang"] for s in result["states"])
