"""The `pipeline` command: thin click commands that parse options and call a stage.

Every user mistake surfaces as a `PipelineError` and is printed as one line
(click's `ClickException`); anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any, Callable

import click

from .errors import PipelineError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a `PipelineError` raised by a stage into a clean CLI error."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PipelineError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def profile_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--profile",
        type=click.Choice(["default", "fast"]),
        default=None,
        help="default: statistical model + rules; fast: rules only, for large backlogs.",
    )(fn)


def config_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="TOML file overriding packaged settings (limits, model, report header).",
    )(fn)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="vss-emulation-pipeline")
def cli() -> None:
    """Turn VSS emulation and commendation press releases into records, reports and an archive.

    \b
    Example:
        pipeline run corpus/
        pipeline extract article.txt --out records/
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Folder for one <stem>.json per document.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="json: a file per document in --out; jsonl: one line per document on stdout.")
@profile_option
@config_option
@user_errors
def extract(inputs: tuple[Path, ...], out_dir: Path | None, fmt: str, profile: str | None, config_path: Path | None) -> None:
    """Extract records from files or folders (searched recursively).

    Writes OUT/<stem>.json per document and OUT/errors.jsonl for files that
    could not be read. Exit status 1 when any file failed.

    \b
    Example:
        pipeline extract ../shared/seeds/*.txt --out records/
        pipeline extract report.docx --format jsonl > records.jsonl
    """
    from .batch import extract_files
    from .settings import load_settings

    if fmt == "json" and out_dir is None:
        raise click.UsageError("--out is required unless --format jsonl")
    settings = load_settings(config_path, profile=profile)
    summary = extract_files(list(inputs), out_dir=out_dir, settings=settings, stream=sys.stdout if fmt == "jsonl" else None)
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of a records file (generated from the pydantic models).

    \b
    Example:
        pipeline schema > records.schema.json
    """
    from .models import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    cli(prog_name="pipeline")


if __name__ == "__main__":
    main()
