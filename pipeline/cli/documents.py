"""`pipeline extract`, `pipeline run` and `pipeline schema`: documents in, records out."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from .options import config_option, db_option, doc_lang_option, profile_option, user_errors, verbosity_options


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for one <stem>.json per document.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    default="json",
    show_default=True,
    help="json: a file per document in --out; jsonl: one line per document on stdout.",
)
@profile_option
@doc_lang_option
@config_option
@verbosity_options
@user_errors
def extract(
    inputs: tuple[Path, ...],
    out_dir: Path | None,
    fmt: str,
    profile: str | None,
    doc_lang: str | None,
    config_path: Path | None,
    quiet: bool,
) -> None:
    """Extract records from files or folders (searched recursively).

    Writes OUT/<stem>.json per document and OUT/errors.jsonl for files that
    could not be read. Exit status 1 when any file failed.

    \b
    Example:
        pipeline extract ../shared/seeds/*.txt --out records/
        pipeline extract report.docx --format jsonl > records.jsonl
    """
    from ..batch import extract_files
    from ..settings import load_settings

    if fmt == "json" and out_dir is None:
        raise click.UsageError("--out is required unless --format jsonl")
    settings = load_settings(config_path, profile=profile, lang=doc_lang)
    summary = extract_files(
        list(inputs), out_dir=out_dir, settings=settings, stream=sys.stdout if fmt == "jsonl" else None, quiet=quiet
    )
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


@click.command()
def schema() -> None:
    """Print the JSON Schema of a records file (generated from the pydantic models).

    \b
    Example:
        pipeline schema > records.schema.json
    """
    from ..models import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


# -- pipeline run / pipeline archive (issue 5) -------------------------------


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for records/, errors.jsonl, the report and (by default) archive.sqlite. "
    "[default: outputs; outputs/samples for the bundled samples]",
)
@db_option(for_run=True)
@click.option(
    "--workers", type=click.IntRange(min=0), default=None, help="Worker processes; 0 = one per core (the default)."
)
@click.option("--force", is_flag=True, help="Process every file again, even unchanged ones.")
@doc_lang_option
@click.option(
    "--office",
    default=None,
    help="Name of this office in a shared archive (default: the `office` setting, else the host name).",
)
@profile_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary of the run on stdout.")
@verbosity_options
@user_errors
def run(
    inputs: tuple[Path, ...],
    out_dir: Path | None,
    db_url: str | None,
    workers: int | None,
    force: bool,
    office: str | None,
    doc_lang: str | None,
    profile: str | None,
    config_path: Path | None,
    as_json: bool,
    quiet: bool,
) -> None:
    """The weekly job: press releases into records, the archive and the review report.

    INPUTS are folders (searched recursively), files or patterns such as
    "inbox/*.docx" [default: corpus, the bundled samples]. Files whose bytes
    are already archived are skipped; the rest is extracted on all cores into
    OUT/records/<stem>.json, OUT/errors.jsonl (failures and every file not
    read, with the reason), the report (OUT/report.docx, .html, .md) and the
    archive. The tool's own outputs are never read. The bundled samples go to
    outputs/samples/ and their own archive. Exit status 1 when any file failed.

    \b
    Example:
        pipeline run inbox/
        pipeline run inbox/ old/report.doc --out weekly/ --json
        pipeline run inbox/ --db postgresql+psycopg://vss@archive-host/vss --office "Dong Nai"
    """
    from ..corpus_run import run_corpus
    from ..run_setup import plan_run, record_run, summary_json

    started = time.monotonic()
    plan = plan_run(
        list(inputs), out_dir, db_url, config_path, profile=profile, workers=workers, lang=doc_lang, office=office
    )
    if plan.samples and (db_url or plan.settings.db):
        click.echo(f"note: the bundled samples go to their own archive, {plan.archive_url}; --db is not used", err=True)
    summary = run_corpus(
        plan.inputs, plan.out_dir, plan.settings, plan.db_url, force=force, office=plan.office, quiet=quiet
    )
    record_run(plan)
    click.echo(summary.line(), err=True)
    if as_json:
        click.echo(summary_json(plan, summary, time.monotonic() - started))
    if not summary.ok:
        sys.exit(1)
