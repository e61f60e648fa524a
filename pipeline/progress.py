"""What `pipeline extract` and `pipeline run` show while they work: a rich bar on a
terminal, one plain line per file anywhere else (a log, a scheduler's mail)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import IO, Any

from .terminal import terminal_safe


def plural(n: int, word: str) -> str:
    """ "1 document", "2 documents": counts read as English."""
    return f"{n} {word}{'' if n == 1 else 's'}"


class ProgressView:
    """A rich progress bar on a terminal; plain lines (one per file) anywhere else."""

    def __init__(
        self, stream: IO[str], total: int, tty: bool | None = None, quiet: bool = False, label: str = "extract"
    ) -> None:
        self.stream = stream
        self.total = total
        self.quiet = quiet  # errors only: no bar, no line per file, no notes
        self.tty = False if quiet else stream.isatty() if tty is None else tty
        self.label = label
        self.started = time.monotonic()
        self.done = 0
        self.counts = {"ok": 0, "skipped": 0, "failed": 0}
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> ProgressView:
        if self.tty and self.total:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            from rich.table import Column

            self._progress = Progress(
                TextColumn(f"[bold]{self.label}"),
                BarColumn(bar_width=10),  # the columns fit an 80-column terminal
                MofNCompleteColumn(),
                TextColumn("{task.fields[counts]}"),
                TextColumn("left"),
                TimeRemainingColumn(),
                TextColumn(
                    "{task.fields[current]}",
                    style="dim",
                    table_column=Column(max_width=18, no_wrap=True, overflow="ellipsis"),
                ),
                console=Console(file=self.stream),
                transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=self.total, counts=self._counts(), current="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def _counts(self) -> str:
        c = self.counts
        return f"ok {c['ok']} · skip {c['skipped']} · fail {c['failed']}"

    def note(self, message: str, error: bool = False) -> None:
        if self.quiet and not error:
            return
        message = terminal_safe(message)  # file names are chosen by whoever wrote the file
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=self.stream, flush=True)

    def skipped(self, n: int) -> None:
        self.counts["skipped"] += n

    def waiting(self, message: str) -> None:
        """Say what the run waits for before the first file is done (the model loading in every worker)."""
        self.note(message)
        if self._progress is not None:
            self._progress.update(self._task, current="loading model")

    def remaining(self) -> str:
        """ ", about 40 s left", from the pace since the first file was done (the model loading before it
        would make the first estimates far too long); blank until two files are done."""
        if self.done == 1:
            self.started = time.monotonic()
        if self.done < 2 or self.done >= self.total:
            return ""
        left = (time.monotonic() - self.started) / (self.done - 1) * (self.total - self.done)
        return f", about {left:.0f} s left" if left < 90 else f", about {left / 60:.0f} min left"

    def advance(self, path: str, error: str | None = None, n_records: int = 0, warning: str | None = None) -> None:
        """One file done: "ok", or "error: ..." when it failed, or "warning: ..." when it was
        read but yielded nothing for a reason the user must know (no rules for its language)."""
        self.done += 1
        self.counts["failed" if error else "ok"] += 1
        if self._progress is not None:
            if error:
                self.note(f"error: {path}: {error}", error=True)
            elif warning:
                self.note(f"warning: {path}: {warning}")
            self._progress.update(self._task, advance=1, counts=self._counts(), current=terminal_safe(Path(path).name))
        elif error:
            self.note(f"[{self.done}/{self.total}] error: {path}: {error}", error=True)
        elif warning:
            self.note(f"[{self.done}/{self.total}] warning: {path} ({n_records} records): {warning}")
        else:
            records = plural(n_records, "record")
            self.note(f"[{self.done}/{self.total}] ok {path} ({records}{self.remaining()})")
