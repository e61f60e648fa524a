"""What a `pipeline run` works on before it starts, and what it leaves for the next command.

- `plan_run`: the inputs (default: the bundled samples in `corpus/`), the
  output folder and the archive. The bundled samples always go to their own
  output folder and archive (`outputs/samples/`), whatever `--db`, `PIPELINE_DB`
  or the `db` setting say, so they never mix with real documents.
- `record_run`: after a run on real documents, the archive it wrote is recorded
  as `last_archive` (`config.record_last_archive`), so `pipeline archive ...`
  and `pipeline report --from-archive` find it without `--db`.
- `summary_json`: the machine-readable summary `run --json` prints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import UsageError
from .settings import Settings, load_settings

SAMPLES_FOLDER = Path("corpus")


@dataclass
class RunPlan:
    inputs: list[Path]
    out_dir: Path
    db_url: str | None  # None: OUT/archive.sqlite
    settings: Settings
    office: str | None
    samples: bool

    @property
    def archive_url(self) -> str:
        """The archive as an absolute URL (a relative SQLite path would mean another file elsewhere)."""
        from .archive.engine import normalize_url, sqlite_path

        url = normalize_url(self.db_url or self.out_dir / "archive.sqlite")
        path = sqlite_path(url)
        return normalize_url(path.resolve()) if path is not None else url


def plan_run(
    inputs: list[Path],
    out_dir: Path | None,
    db_url: str | None,
    config_path: Path | None,
    **overrides: Any,
) -> RunPlan:
    from .inputs import is_samples

    office = overrides.pop("office", None)
    settings = load_settings(config_path, **overrides)
    if not inputs:
        if not SAMPLES_FOLDER.is_dir():
            raise UsageError("give the folders or files to read, e.g. `pipeline run inbox/`")
        inputs = [SAMPLES_FOLDER]
    samples = any(p.is_dir() and is_samples(p) for p in inputs)
    if out_dir is None:
        out_dir = Path("outputs/samples") if samples else Path("outputs")
    db = None if samples else db_url or settings.db
    return RunPlan(inputs, out_dir, db, settings, office or settings.office, samples)


def record_run(plan: RunPlan) -> Path | None:
    """Remember the archive of a run on real documents for the commands that follow."""
    if plan.samples:
        return None
    from .config import record_last_archive

    return record_last_archive(plan.archive_url)


def summary_json(plan: RunPlan, summary: Any, seconds: float) -> str:
    from sqlalchemy.engine import make_url

    data: dict[str, Any] = {
        "inputs": [str(p) for p in plan.inputs],
        "out": str(plan.out_dir),
        "archive": make_url(plan.archive_url).render_as_string(hide_password=True),
        "samples": plan.samples,
        "processed": summary.processed,
        "unchanged": summary.skipped,
        "failed": summary.failed,
        "not_read": summary.not_read,
        "errors": summary.errors,
        "records_files": len(summary.outputs),
        "report": [str(p) for p in summary.report],
        "report_error": summary.report_error,
        "notices": summary.notices,
        "seconds": round(seconds, 1),
        "ok": summary.ok,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
