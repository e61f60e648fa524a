"""Process lifecycle: stopping a run cleanly, and workers that never outlive their parent.

- `Interrupted`: Ctrl-C or SIGTERM during a batch, carrying how far it got;
  the CLI turns it into one line and exit status 130 (128 + SIGINT, what
  shells and schedulers expect), distinct from 1 ("a file failed").
- `terminate_on_sigterm()`: SIGTERM (a scheduler stopping the job) raises
  `KeyboardInterrupt` in the main thread, so it takes the same path as
  Ctrl-C: in-flight temporary files are removed, workers are stopped, the
  archive keeps every document already committed.
- `guard_worker()`: run first in every worker process. A worker ignores
  Ctrl-C (its parent decides), and exits when its parent dies, even by
  SIGKILL: on Linux through `prctl(PR_SET_PDEATHSIG)`, elsewhere through a
  thread that watches the parent's pid. Without this, each orphaned worker
  (about 155 MB with the spaCy pipeline) and the resource tracker would stay
  forever.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

PR_SET_PDEATHSIG = 1
PARENT_POLL_SECONDS = 1.0
EXIT_INTERRUPTED = 130


class Interrupted(BaseException):
    """The user (Ctrl-C) or the system (SIGTERM) stopped a batch; `saved` documents are complete on disk."""

    def __init__(self, saved: int, what: str = "documents") -> None:
        self.saved = saved
        self.what = what
        super().__init__(f"interrupted after {saved} {what}")


def _raise_interrupt(signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def terminate_on_sigterm() -> Iterator[None]:
    """Inside this block, SIGTERM behaves like Ctrl-C (main thread only; elsewhere a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def guard_worker() -> None:
    """Make this (worker) process ignore Ctrl-C, die with its parent, and end at once on SIGTERM.

    A forked worker inherits the parent's handlers, among them the one that turns
    SIGTERM into Ctrl-C; the parent stops its workers with SIGTERM and means it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = multiprocessing.parent_process()
    parent_pid = parent.pid if parent is not None and parent.pid is not None else os.getppid()
    if not (sys.platform.startswith("linux") and _set_parent_death_signal(signal.SIGKILL)):
        threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watch", daemon=True).start()
    if os.getppid() != parent_pid:  # the parent died before the guard was set
        os._exit(1)


def _set_parent_death_signal(signum: int) -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(signum), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int) -> None:
    stop = threading.Event()
    while not stop.wait(PARENT_POLL_SECONDS):
        if os.getppid() != parent_pid:
            os._exit(1)
