"""Draft emulation-review reports from records: one context, three layouts.

- `context.build_context(records, settings, ...)`: aggregate records of many
  documents into one `ReportContext` (stages numbered in its module);
- `render.render(ctx, fmt, settings)`: lay it out through a template in
  `pipeline/templates/` (Word, HTML, Markdown) or dump it (JSON);
- `write_report` / `write_reports`: the two together, written atomically.

`pipeline report` calls `write_report`; `pipeline run` calls `write_reports`.
The package reads records only: records from the archive (or corrected by
staff) are loaded by the caller and passed in like any others.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from concurrent.futures import Executor
from pathlib import Path

from pydantic import ValidationError

from ..errors import PipelineError
from ..files import atomic_write_bytes, iter_input_files
from ..models import Records
from ..settings import Settings
from .context import ReportContext, build_context
from .pool_render import render_formats
from .render import FORMATS, UsageProblem, check_format, format_for, render

__all__ = [
    "FORMATS",
    "ReportContext",
    "build_context",
    "check_format",
    "format_for",
    "load_records_files",
    "render",
    "UsageProblem",
    "write_report",
    "write_reports",
]

LOGGER = logging.getLogger(__name__)
REPORT_FILES = {"docx": "report.docx", "html": "report.html", "md": "report.md"}


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(x) for x in err.get("loc", ())) or "document"
    return f"{loc}: {err.get('msg')}" + (f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else "")


def load_records_files(inputs: Iterable[str | Path]) -> list[Records]:
    """Records from files named directly (.json, or .jsonl with one document a line) and from
    the .json files below folders (as `pipeline extract --out` writes them).

    A file that is not a records file is a `PipelineError` naming it (and the
    line, for .jsonl): a report silently missing a document is worse than none.
    Inside a folder, JSON files that are not records at all (no "document"
    key, e.g. a run summary) are skipped with a log line.
    """
    out: list[Records] = []
    for item in inputs:
        in_folder = Path(item).is_dir()
        for path in iter_input_files([item], {".json"}):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise PipelineError(f"{path}: cannot read records file: {exc}") from exc
            if path.suffix.lower() == ".jsonl":
                for n, line in enumerate(text.splitlines(), 1):
                    if line.strip():
                        out.append(_parse(line, f"{path}, line {n}"))
                continue
            if in_folder and not _looks_like_records(text):
                LOGGER.info("skipping %s: not a records file", path)
                continue
            out.append(_parse(text, str(path)))
    return out


def _looks_like_records(text: str) -> bool:
    try:
        data = json.loads(text)
    except ValueError:
        return True  # let _parse name the JSON error
    return isinstance(data, dict) and "document" in data


def _parse(text: str, where: str) -> Records:
    try:
        return Records.model_validate_json(text)
    except ValidationError as exc:
        kind = "invalid JSON" if any(e["type"] == "json_invalid" for e in exc.errors()) else "not a records file"
        raise PipelineError(f"{where}: {kind}: {_first_error(exc)}") from exc
    except json.JSONDecodeError as exc:  # pragma: no cover - pydantic reports these as json_invalid
        raise PipelineError(f"{where}: invalid JSON: {exc}") from exc


def write_report(
    records: list[Records],
    out: Path,
    settings: Settings,
    fmt: str | None = None,
    lang: str | None = None,
    unit: str | None = None,
    period: int | None = None,
    template: Path | None = None,
    briefs: bool = False,
    reviewed: tuple[int, int] | None = None,
) -> Path:
    """Build the context and write one report to `out`.

    The format is `out`'s suffix; `fmt` and `template`, when given, must agree
    with it (`check_format`), so a file never holds another format than its name says.
    `reviewed` (records reviewed, records in all) puts the review statement in the draft.
    """
    fmt = check_format(out, fmt, template)
    ctx = build_context(records, settings, lang=lang, unit=unit, period=period, briefs=briefs)
    if reviewed is not None:
        ctx.review_note = ctx.labels["review_note"].format(reviewed=reviewed[0], total=reviewed[1])
    return atomic_write_bytes(out, render(ctx, fmt, settings, template))


def write_reports(
    records: list[Records],
    out_dir: Path,
    settings: Settings,
    lang: str | None = None,
    briefs: bool = False,
    pool: Executor | None = None,
) -> list[Path]:
    """report.docx, report.html and report.md in `out_dir`, from one context (for `pipeline run`).

    Every file is rendered before any is written, so a template error leaves
    the previous reports in place rather than a mixed set. `pool`: a run's
    idle worker processes, which render the Word and HTML files meanwhile
    (`pool_render`; the same bytes).
    """
    ctx = build_context(records, settings, lang=lang, briefs=briefs)
    rendered = render_formats(ctx, REPORT_FILES, settings, pool)
    return [atomic_write_bytes(Path(out_dir) / name, data) for name, data in rendered.items()]
