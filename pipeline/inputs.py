"""What `pipeline run` reads: the files under its inputs, minus its own outputs, each skip with a reason.

`pipeline run` takes folders, files and (for shells that do not expand
them, such as Windows cmd) glob patterns. It never reads what the tool
wrote: the `--out` folder, and any folder that holds an output marker
(`OUTPUT_MARKER`, left by every run in its `--out`), so `cd inbox;
pipeline run .; pipeline run .` does not archive its own reports. The
bundled samples (`corpus/`, marked by `SAMPLES_MARKER`) are never mixed with
real documents: inside another input they are skipped, and run on their own
they go to their own archive (see `cli.run`).

Every file that is not read is listed with its reason (`Skipped`); the batch
prints them and adds them to errors.jsonl, and they do not make the run fail.
Hidden files (a leading dot) are not documents and are passed over silently.
"""

from __future__ import annotations

import glob
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError
from .files import iter_input_files

OUTPUT_MARKER = ".vss-pipeline-output"
SAMPLES_MARKER = ".vss-pipeline-samples"

SPREADSHEETS = {".xls", ".xlsx", ".xlsm", ".ods", ".csv"}
IMAGES = {".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".heic"}
DATA = {".json", ".jsonl", ".sqlite", ".db", ".zip", ".rar", ".7z"}


@dataclass
class Skipped:
    """A file (or a whole folder) `run` does not read, and why."""

    path: str
    code: str
    reason: str

    def row(self) -> dict[str, str]:
        return {"file": self.path, "error": self.code, "reason": self.reason}


@dataclass
class Inputs:
    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    samples: bool = False  # every input is the bundled samples


def is_samples(folder: Path) -> bool:
    return (folder / SAMPLES_MARKER).is_file()


def mark_output(out_dir: Path) -> None:
    """Leave the marker that tells later runs this folder is the tool's output."""
    marker = out_dir / OUTPUT_MARKER
    if not marker.exists():
        out_dir.mkdir(parents=True, exist_ok=True)
        marker.write_text("Written by `pipeline run`; runs never read files below this folder.\n", encoding="utf-8")


def expand(items: list[Path]) -> list[Path]:
    """Inputs as given; a pattern that names no file itself ("*.docx") is expanded here."""
    out: list[Path] = []
    for item in items:
        text = str(item)
        if not item.exists() and any(c in text for c in "*?["):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise UsageError(f"no file matches {text!r}")
            out.extend(Path(m) for m in matches)
        elif not item.exists():
            raise UsageError(f"input not found: {text}")
        else:
            out.append(item)
    return out


def skip_reason(path: Path, supported: frozenset[str] | set[str], convertible: bool) -> Skipped | None:
    """Why a file with this name is not read, or None when it is read."""
    suffix = path.suffix.lower()
    if path.name.startswith("~$"):
        return Skipped(str(path), "lock_file", "Office lock file (the document is open in Word), not a document")
    if suffix in (".doc", ".odt", ".rtf") and not convertible:
        from .ingest.office import HOW_TO_CONVERT

        return Skipped(str(path), "needs_conversion", HOW_TO_CONVERT)
    if suffix in supported:
        return None
    if suffix in SPREADSHEETS:
        reason = "spreadsheet: only press releases and reports are read (.txt, .md, .html, .docx, .pdf, .doc)"
    elif suffix in IMAGES:
        reason = "image: pictures are not read (no OCR); save the text of a scan as .docx or .pdf with a text layer"
    elif suffix in DATA:
        reason = f"{suffix} data file, not a document"
    else:
        shown = suffix or "(none)"
        reason = f"unsupported file type {shown!r}; supported: {', '.join(sorted(supported))}"
    return Skipped(str(path), "unsupported_format", reason)


def _under(path: Path, folders: list[Path]) -> Path | None:
    for folder in folders:
        if path == folder or folder in path.parents:
            return folder
    return None


def collect(
    items: list[Path],
    out_dir: Path,
    supported: frozenset[str] | set[str],
    convertible: bool,
    on_skip: Callable[[Path, str, str], None] | None = None,
) -> Inputs:
    """The files `run` reads under `items`, and every file it passes over with the reason.

    `on_skip` hears of what the walk itself refuses (`files.iter_input_files`:
    symbolic links, devices); those are failures, not merely files not read.
    """
    found = Inputs()
    paths = expand(items)
    sample_roots = [p for p in paths if p.is_dir() and is_samples(p)]
    if sample_roots and len(sample_roots) != len(paths):
        raise UsageError(
            f"{sample_roots[0]} holds the bundled samples; run them on their own (`pipeline run {sample_roots[0]}`) "
            "so they never mix with real documents"
        )
    found.samples = bool(sample_roots)
    out_abs = out_dir.resolve()
    skipped_folders: dict[Path, Skipped] = {}
    seen: set[Path] = set()
    for item in paths:
        for path in iter_input_files([item], on_skip=on_skip):
            absolute = path.resolve()
            if absolute in seen:
                continue
            seen.add(absolute)
            owner = _owned_folder(absolute, out_abs, item.resolve(), found.samples)
            if owner is not None:
                folder, code, why = owner
                entry = skipped_folders.setdefault(folder, Skipped(str(folder), code, why))
                entry.reason = why
                continue
            skip = skip_reason(path, supported, convertible)
            if skip is None:
                found.files.append(path)
            else:
                found.skipped.append(skip)
    found.skipped = list(skipped_folders.values()) + found.skipped
    return found


def _owned_folder(path: Path, out_abs: Path, root: Path, samples_run: bool) -> tuple[Path, str, str] | None:
    """The output or samples folder a file sits in (between the input root and the file), if any."""
    if out_abs == path or out_abs in path.parents:
        return out_abs, "own_output", "the --out folder of this run: the tool's own outputs are never read"
    limit = root if root.is_dir() else root.parent
    for folder in path.parents:
        if folder != limit and limit not in folder.parents:
            break
        if (folder / OUTPUT_MARKER).is_file():
            return folder, "own_output", "written by an earlier `pipeline run` (its --out folder)"
        if not samples_run and (folder / SAMPLES_MARKER).is_file():
            return folder, "samples", "the bundled samples; `pipeline run corpus/` tries them in their own archive"
    return None
