"""The `pipeline` command: thin click commands that parse options and call a stage.

Every user mistake surfaces as a `PipelineError` and is printed as one line
(click's `ClickException`) with its `exit_code` (2 for a usage mistake);
click's own usage errors (an unknown option, a missing argument) are one line
with exit status 2 too. So is a failure of the machine (a full or read-only
disk, a lost database: `errors.describe_failure`); anything else is a bug and
keeps its traceback. Ctrl-C and SIGTERM exit with status 130 and say what was
saved.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .errors import PipelineError, describe_failure
from .lifecycle import EXIT_INTERRUPTED, Interrupted, terminate_on_sigterm
from .terminal import terminal_safe

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class OneLineUsageError(click.ClickException):
    """A usage mistake as one line, exit status 2 (click's own prints the usage block first)."""

    exit_code = 2


class PipelineGroup(click.Group):
    """A group whose usage errors (bad option, missing argument, unknown command) are one line, exit 2."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            raise _one_line(exc) from exc

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            raise _one_line(exc) from exc


def _one_line(exc: click.UsageError) -> OneLineUsageError:
    where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
    return OneLineUsageError(" ".join(exc.format_message().split()) + where)


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a `PipelineError` (with its exit status), a failure of the machine or an interrupt into one clean line."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PipelineError as exc:
            error_class = OneLineUsageError if exc.exit_code == 2 else click.ClickException
            raise error_class(terminal_safe(exc)) from exc
        except Interrupted as exc:
            click.echo(f"interrupted: {exc.saved} {exc.what} saved; run the same command again to resume", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:
            line = describe_failure(exc)
            if line is None:
                raise  # a bug: keep the traceback
            raise click.ClickException(terminal_safe(line)) from exc

    return wrapper


def verbosity_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`--quiet` (errors and the summary only) and `--verbose` (debug log lines, with tracebacks of failed files)."""

    def set_verbose(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
        if value:
            logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
            logging.getLogger("pipeline").setLevel(logging.DEBUG)
        return value

    fn = click.option(
        "--verbose", "-v", is_flag=True, expose_value=False, callback=set_verbose, help="Also print debug details."
    )(fn)
    return click.option("--quiet", "-q", is_flag=True, help="Print only errors and the final summary.")(fn)


def profile_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--profile",
        type=click.Choice(["default", "fast"]),
        default=None,
        help="default: statistical model + rules; fast: rules only, for large backlogs.",
    )(fn)


def config_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="TOML file overriding packaged settings (limits, model, report header).",
    )(fn)


def _check_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"[a-z]{2,3}", value):
        raise click.BadParameter(f"{value!r} is not a language code such as en or vi")
    return value


def doc_lang_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang",
        "doc_lang",
        default=None,
        callback=_check_lang,
        help="Read every document with this language's rules (en, vi; data/<lang>/) "
        "instead of the language detected per document.",
    )(fn)


@click.group(cls=PipelineGroup, context_settings=CONTEXT_SETTINGS)
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
    from .batch import extract_files
    from .settings import load_settings

    if fmt == "json" and out_dir is None:
        raise click.UsageError("--out is required unless --format jsonl")
    settings = load_settings(config_path, profile=profile, lang=doc_lang)
    summary = extract_files(
        list(inputs), out_dir=out_dir, settings=settings, stream=sys.stdout if fmt == "jsonl" else None, quiet=quiet
    )
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


# -- pipeline run / pipeline archive (issue 5) -------------------------------


def db_option(for_run: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    where = "OUT/archive.sqlite" if for_run else "the `db` setting, else the archive of the last `pipeline run`"
    return click.option(
        "--db",
        "db_url",
        default=None,
        envvar="PIPELINE_DB",
        show_envvar=True,
        help="Archive: a SQLite path or URL, or postgresql+psycopg://user:pass@host/db for a shared archive."
        + f"  [default: {where}]",
    )


def query_archive(db_url: str | None) -> str:
    """The archive a query reads (`config.archive_url`): --db, the `db` setting, the last run's, the default."""
    from .config import archive_url
    from .settings import load_settings

    return archive_url(db_url, load_settings())


def json_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(fn)


@cli.command()
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
    from .batch import run_corpus
    from .run_setup import plan_run, record_run, summary_json

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


@cli.group()
def archive() -> None:
    """Search, query and export the archive that `pipeline run` fills.

    \b
    Example:
        pipeline archive search "Labor Order"
        pipeline archive figures --unit "Dong Nai" --metric si_participants
        pipeline archive export --format xlsx --out archive.xlsx
    """


def _show(command: str, rows: list[dict[str, Any]], as_json: bool, title: str | None = None) -> None:
    from .archive.render import print_table, to_json

    if as_json:
        click.echo(to_json(rows))
    else:
        print_table(command, rows, title)


@archive.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@db_option()
@json_option
@user_errors
def search(words: tuple[str, ...], limit: int, db_url: str | None, as_json: bool) -> None:
    """Full-text search over archived documents (all words must occur; "quote" a phrase).

    \b
    Example:
        pipeline archive search Labor Order Dong Nai
        pipeline archive search '"Emulation Cluster No. 8"' --json
    """
    from .archive import open_archive
    from .archive.queries import search as run_search

    with open_archive(query_archive(db_url)) as arc:
        _show("search", run_search(arc, " ".join(words), limit=limit), as_json)


def _code(group: str, what: str) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    """An option callback: a code, or its label in English or Vietnamese, in any case -> the code."""

    def convert(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        from .report.labels import code_for

        try:
            return code_for(group, value, what)
        except PipelineError as exc:
            raise click.BadParameter(str(exc)) from exc

    return convert


@archive.command()
@click.option(
    "--unit", default=None, help='A unit as you would write it: "Dong Nai", "Social Security of Dong Nai province".'
)
@click.option(
    "--metric",
    default=None,
    callback=_code("metrics", "metric"),
    help='Metric: a code ("revenue") or its name in English or Vietnamese, any case ("Revenue", "Tỷ lệ bao phủ BHYT").',
)
@click.option(
    "--from", "year_from", type=int, default=None, metavar="YYYY", help="First year (the figure's as-of date)."
)
@click.option("--to", "year_to", type=int, default=None, metavar="YYYY", help="Last year.")
@db_option()
@json_option
@user_errors
def figures(
    unit: str | None,
    metric: str | None,
    year_from: int | None,
    year_to: int | None,
    db_url: str | None,
    as_json: bool,
) -> None:
    """Figures by unit, metric and years, oldest first, with their source documents.

    \b
    Example:
        pipeline archive figures --unit "Dong Nai" --metric si_participants --from 2020 --to 2025
    """
    from .archive import open_archive
    from .archive.queries import figures as run_figures

    with open_archive(query_archive(db_url)) as arc:
        _show("figures", run_figures(arc, unit=unit, metric=metric, year_from=year_from, year_to=year_to), as_json)


@archive.command()
@click.option(
    "--type",
    "award_type",
    default=None,
    callback=_code("award_types", "award type"),
    help='Award: a code ("labor_order") or its name in English or Vietnamese, any case ("Labor Order").',
)
@click.option(
    "--year", type=int, default=None, help="Year the award is for (a period such as 2021-2025 covers its years)."
)
@click.option("--unit", default=None, help="Recipient unit, as you would write it.")
@db_option()
@json_option
@user_errors
def awards(award_type: str | None, year: int | None, unit: str | None, db_url: str | None, as_json: bool) -> None:
    """Awards by type, year and recipient, with their source documents.

    \b
    Example:
        pipeline archive awards --type labor_order --year 2025
    """
    from .archive import open_archive
    from .archive.queries import awards as run_awards

    with open_archive(query_archive(db_url)) as arc:
        _show("awards", run_awards(arc, award_type=award_type, year=year, unit=unit), as_json)


@archive.command()
@db_option()
@json_option
@user_errors
def units(db_url: str | None, as_json: bool) -> None:
    """Every unit in the archive, once, with the names documents used for it.

    \b
    Example:
        pipeline archive units --json
    """
    from .archive import open_archive
    from .archive.queries import list_units

    with open_archive(query_archive(db_url)) as arc:
        _show("units", list_units(arc), as_json)


@archive.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "xlsx"]),
    required=True,
    help="csv: a folder of CSV files; jsonl: one records object per line; xlsx: a sheet per record type.",
)
@click.option(
    "--out", "out_path", required=True, type=click.Path(path_type=Path), help="File (jsonl, xlsx) or folder (csv)."
)
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default=None,
    help="Language of the XLSX label columns [default: setting report_lang, vi].",
)
@db_option()
@verbosity_options
@user_errors
def export(fmt: str, out_path: Path, lang: str | None, db_url: str | None, quiet: bool) -> None:
    """Export the current version of every archived document.

    \b
    Example:
        pipeline archive export --format xlsx --out outputs/archive.xlsx
        pipeline archive export --format csv --out outputs/csv/
    """
    from .archive import open_archive
    from .archive.export import export as run_export
    from .archive.queries import current_ids
    from .batch import ProgressView
    from .settings import load_settings

    with open_archive(query_archive(db_url)) as arc:
        with ProgressView(sys.stderr, len(current_ids(arc)), quiet=quiet, label="export") as view:
            counts = run_export(
                arc,
                fmt,
                out_path,
                on_document=lambda rec: view.advance(rec.document.source),
                lang=lang or load_settings().report_lang,
            )
    singular = {"people": "person"}
    shown = [f"{n} {name if n != 1 else singular.get(name, name.rstrip('s'))}" for name, n in counts.items()]
    click.echo(terminal_safe(f"wrote {out_path}: " + ", ".join(shown)), err=True)


# -- pipeline report (issue 4) -----------------------------------------------


@cli.command()
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
    from .report import UsageProblem, check_format, load_records_files, write_report
    from .settings import load_settings

    if not inputs and not from_archive:
        raise click.UsageError("give records files or folders, or --from-archive")
    try:
        fmt = check_format(out_path, fmt, template)
    except UsageProblem as exc:
        raise click.UsageError(str(exc)) from exc
    from .batch import plural
    from .config import archive_url

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
            from .archive import open_archive
            from .archive.queries import explain_empty
            from .errors import QueryError

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
        from .archive import load_records
    except ImportError as exc:
        raise PipelineError(f"the archive is not available in this installation ({exc})") from exc
    only = {"reviewed_only": True} if reviewed_only else {}
    return load_records(db_url, unit=unit, period=str(period) if period is not None else None, **only)


# -- pipeline review / pipeline users ----------------------------------------


@cli.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve; 0.0.0.0 serves the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free one).")
@click.option("--no-browser", is_flag=True, help="Do not open a browser window.")
@user_errors
def review(db_url: str | None, host: str, port: int, no_browser: bool) -> None:
    """Open the review app: staff check, correct and accept records before a report.

    It serves this machine only (127.0.0.1) unless --host says otherwise; serving
    the network needs at least one account (`pipeline users add`).

    \b
    Example:
        pipeline review
        pipeline review --db postgresql+psycopg://vss@archive-host/vss --host 0.0.0.0 --port 8080
    """
    from .review.server import serve

    serve(query_archive(db_url), host=host, port=port, open_browser=not no_browser)


@cli.group()
def users() -> None:
    """Accounts for the review app (needed to serve it on a network)."""


@users.command("add")
@click.argument("name")
@click.option(
    "--role", type=click.Choice(["editor", "viewer"]), required=True, help="editor: may correct; viewer: may look."
)
@click.password_option("--password", prompt="Password", help="Asked for when not given (never echoed).")
@db_option()
@user_errors
def users_add(name: str, role: str, password: str, db_url: str | None) -> None:
    """Create an account (or give an existing one a new role and password).

    \b
    Example:
        pipeline users add lan --role editor
    """
    from .archive import open_archive
    from .review.accounts import add_user

    with open_archive(query_archive(db_url)) as arc:
        new = add_user(arc, name, role, password)
    click.echo(f"{'added' if new else 'updated'} {role} {name}", err=True)


def main() -> None:
    with terminate_on_sigterm():  # a scheduler's SIGTERM stops a run the way Ctrl-C does
        cli(prog_name="pipeline")


if __name__ == "__main__":
    main()
