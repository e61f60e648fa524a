"""Stopping a run: a killed parent takes its workers along; Ctrl-C and SIGTERM exit 130 and say what was saved.

The run is a real subprocess (`pipeline.cli.main`, what the `pipeline`
command runs) whose archive writes sleep and whose workers take a while per
document (a `sitecustomize` on the path slows them: they are spawned
processes, which a patch in the main process does not reach), so it is still
working when the signal arrives, however fast extraction gets.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from archive_helpers import write_corpus

pytestmark = pytest.mark.slow

SCRIPT = """
import os, signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)  # as at a terminal, even when pytest runs in the background
sys.modules["pipeline.report"] = None
import pipeline.archive.store as store
real = store.Archive._insert_records
def slow(self, *args, **kwargs):
    real(self, *args, **kwargs)
    time.sleep(float(os.environ["STORE_DELAY"]))
store.Archive._insert_records = slow
from pipeline.cli import main
sys.argv[0] = "pipeline"
main()
"""


SLOW_WORKERS = """
import os, time
if os.environ.get("WORKER_DELAY"):
    import pipeline.workers as workers
    real_process_paths = workers.process_paths
    def slow_process_paths(paths, settings):
        time.sleep(float(os.environ["WORKER_DELAY"]) * len(paths))
        return real_process_paths(paths, settings)
    workers.process_paths = slow_process_paths
"""


def start(
    corpus: Path, out: Path, log: Path, workers: int = 2, delay: float = 0.3, worker_delay: float = 0.2
) -> subprocess.Popen:
    hooks = out.parent / "hooks"
    hooks.mkdir(exist_ok=True)
    (hooks / "sitecustomize.py").write_text(SLOW_WORKERS)
    path = os.pathsep.join(p for p in (str(hooks), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "STORE_DELAY": str(delay), "WORKER_DELAY": str(worker_delay), "PYTHONPATH": path}
    env["PIPELINE_OFFICE"] = "signal-test"
    cmd = [sys.executable, "-c", SCRIPT, "run", str(corpus), "--out", str(out), "--profile", "fast"]
    cmd += ["--workers", str(workers)]
    return subprocess.Popen(cmd, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for_records(proc: subprocess.Popen, out: Path, n: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if (out / "records").exists() and len(list((out / "records").glob("*.json"))) >= n:
            return
        time.sleep(0.05)
    raise AssertionError(f"the run did not get going (exit {proc.poll()})")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds worker processes through /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path: Path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 30)
    proc = start(corpus, out, tmp_path / "run.log")
    helpers: set[int] = set()
    try:
        wait_for_records(proc, out, 2)
        helpers = children(proc.pid)  # the workers and the resource tracker
        assert len(helpers) >= 2
        os.kill(proc.pid, signal.SIGKILL)  # the parent alone, as the OOM killer or `kill -9` would
        proc.wait()
        deadline = time.monotonic() + 15
        while any(alive(p) for p in helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [p for p in helpers if alive(p)]
        assert not left, "orphaned worker processes stay behind"
    finally:
        kill_all(helpers | children(proc.pid) | {proc.pid})


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_exit_130_and_say_what_was_saved(tmp_path: Path, signum: int):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 30)
    log = tmp_path / "run.log"
    proc = start(corpus, out, log)
    helpers: set[int] = set()
    try:
        wait_for_records(proc, out, 3)
        helpers = children(proc.pid)
        if signum == signal.SIGINT:
            os.killpg(proc.pid, signum)  # Ctrl-C reaches the whole foreground group, workers included
        else:
            os.kill(proc.pid, signum)  # a scheduler stops the main process
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    text = log.read_text()
    assert code == 130, text
    assert "Traceback" not in text
    last = text.strip().splitlines()[-1]
    assert last.startswith("interrupted: ") and "run the same command again to resume" in last, text
    saved = int(last.split()[1])
    assert 0 < saved < 30
    assert not list((out / "records").glob(".*.tmp"))
    deadline = time.monotonic() + 10
    while any(alive(p) for p in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in helpers if alive(p)]
    kill_all(left)
    assert not left


def kill_all(pids: set[int] | list[int]) -> None:
    """Clean up after a failed check: nothing this test started may outlive it."""
    for p in pids:
        try:
            os.kill(p, signal.SIGKILL)
        except OSError:
            pass


def test_temporary_files_of_a_killed_run_are_removed_at_the_next_start(tmp_path: Path):
    from pipeline.files import remove_stale_temp_files

    folder = tmp_path / "records"
    folder.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale_pid = folder / f".a.json.{int(dead.stdout)}-x1y2.tmp"  # its writer is gone
    stale_age = folder / f".b.json.{os.getpid()}-x3y4.tmp"  # a live pid, but an hour old
    busy = folder / f".c.json.{os.getpid()}-x5y6.tmp"  # a write in progress right now
    keep = folder / "c.json"
    for p in (stale_pid, stale_age, busy, keep):
        p.write_text("{}")
    os.utime(stale_age, (time.time() - 3600, time.time() - 3600))
    assert remove_stale_temp_files(folder) == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted([busy.name, keep.name])


CHILD = """
import time
from pipeline import lifecycle
lifecycle._set_parent_death_signal = lambda signum: False  # as on a system without prctl
lifecycle.guard_worker()
time.sleep(60)
"""
PARENT = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", sys.argv[1]])
print(child.pid, flush=True)
time.sleep(60)
"""


def test_without_prctl_a_worker_still_exits_when_its_parent_dies():
    parent = subprocess.Popen([sys.executable, "-c", PARENT, CHILD], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    try:
        time.sleep(1.0)  # the child is guarded
        assert alive(child)
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 10
        while alive(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(child)
    finally:
        kill_all({child, parent.pid})
