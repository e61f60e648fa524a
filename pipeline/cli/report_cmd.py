"""`pipeline report`: a draft emulation-review report from records files or the archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import PipelineError
from ..terminal import terminal_safe
from .options import config_option, db_option, user_errors


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report file; its suffix (.docx, .html, .md, .json) sets the format.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["docx", "html", "md", "json"]),
    default=None,
    help="Format; must agree with --out's suffix (json: the report's tables and the records each row cites).",
)
@click.option(
    "--lang", type=click.Choice(["vi", "en"]), default=None, help="Report language [default: setting report_lang, vi]."
)
@click.option(
    "--unit",
    default=None,
    help='Only this unit and, for a cluster, its members: "Dong Nai", "Emulation Cluster No. 8".',
)
@click.option(
    "--period",
    type=click.IntRange(1900, 2100),
    default=None,
    metavar="YYYY",
    help="Only this year (targets: also the next). Default: the year the records review.",
)
@click.option(
    "--template",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Your template for the format: a .docx with Jinja tags, or a Jinja .j2 file for html/md.",
)
@click.option(
    "--from-archive", is_flag=True, help="Also read the records from the archive (filtered by --unit/--period)."
)
@click.option(
    "--reviewed-only", is_flag=True, help="With --from-archive: only records staff accepted, corrected or added."
)
@click.option(
    "--briefs", is_flag=True, help="Add an appendix with a machine summary of every source document (for reviewers)."
)
@db_option()
@config_option
@user_errors
def report(
    inputs: tuple[Path, ...],
    out_path: Path,
    fmt: str | None,
    lang: str | None,
    unit: str | None,
    period: int | None,
    template: Path | None,
    from_archive: bool,
    reviewed_only: bool,
    briefs: bool,
    db_url: str | None,
    config_path: Path | None,
) -> None:
    """Write a draft emulation-review report (Word, HTML or Markdown) from records.

    INPUTS are records files from `pipeline extract` (.json; .jsonl with one
    document a line) or folders of them. Figures, awards, movements and people
    of all documents are aggregated into one report; every row cites its
    source document, and the HTML report links each row to its evidence.

    \b
    Example:
        pipeline report outputs/records/ --out report.docx
        pipeline report records/ --out review.html --lang en --unit "Dong Nai" --period 2025
        pipeline report --from-archive --unit "Emulation Cluster No. 8" --out cluster8.docx
    """
    from ..report import UsageProblem, check_format, load_records_files, write_report
    from ..settings import load_settings

    if not inputs and not from_archive:
        raise click.UsageError("give records files or folders, or --from-archive")
    try:
        fmt = check_format(out_path, fmt, template)
    except UsageProblem as exc:
        raise click.UsageError(str(exc)) from exc
    from ..config import archive_url
    from ..progress import plural

    settings = load_settings(config_path)
    if reviewed_only and not from_archive:
        raise click.UsageError("--reviewed-only reads the review state in the archive: add --from-archive")
    records = load_records_files(inputs)
    reviewed = None
    if from_archive:
        url = archive_url(db_url, settings)
        from_db = _archive_records(url, unit, period, reviewed_only)
        reviewed = (getattr(from_db, "reviewed", 0), getattr(from_db, "total", 0))
        if not from_db and (unit or period) and not records:
            from ..archive import open_archive
            from ..archive.queries import explain_empty
            from ..errors import QueryError

            with open_archive(url) as arc:
                raise QueryError(explain_empty(arc, unit, str(period) if period is not None else None))
        records += from_db
    if not records:
        click.echo("warning: no records found; the report has only its empty sections", err=True)
    path = write_report(
        records,
        out_path,
        settings,
        fmt=fmt,
        lang=lang,
        unit=unit,
        period=period,
        template=template,
        briefs=briefs,
        reviewed=reviewed,
    )
    click.echo(terminal_safe(f"wrote {path} from {plural(len(records), 'document')}"), err=True)


def _archive_records(db_url: str, unit: str | None, period: int | None, reviewed_only: bool = False) -> list[Any]:
    """Effective records from the archive for a report (the report package itself never opens the archive);
    the list's `reviewed` / `total` say how many of its records staff reviewed."""
    try:
        from ..archive import load_records
    except ImportError as exc:
        raise PipelineError(f"the archive is not available in this installation ({exc})") from exc
    only = {"reviewed_only": True} if reviewed_only else {}
    return load_records(db_url, unit=unit, period=str(period) if period is not None else None, **only)


# -- pipeline review / pipeline users ----------------------------------------
