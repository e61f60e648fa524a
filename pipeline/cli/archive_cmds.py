"""`pipeline archive ...`: search, figures, awards, units and export from the archive."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import PipelineError
from ..terminal import terminal_safe
from .options import db_option, json_option, query_archive, user_errors, verbosity_options


@click.group()
def archive() -> None:
    """Search, query and export the archive that `pipeline run` fills.

    \b
    Example:
        pipeline archive search "Labor Order"
        pipeline archive figures --unit "Dong Nai" --metric si_participants
        pipeline archive export --format xlsx --out archive.xlsx
    """


def _show(command: str, rows: list[dict[str, Any]], as_json: bool, title: str | None = None) -> None:
    from ..archive.render import print_table, to_json

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
    from ..archive import open_archive
    from ..archive.queries import search as run_search

    with open_archive(query_archive(db_url)) as arc:
        _show("search", run_search(arc, " ".join(words), limit=limit), as_json)


def _code(group: str, what: str) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    """An option callback: a code, or its label in English or Vietnamese, in any case -> the code."""

    def convert(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        from ..report.labels import code_for

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
    from ..archive import open_archive
    from ..archive.queries import figures as run_figures

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
    from ..archive import open_archive
    from ..archive.queries import awards as run_awards

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
    from ..archive import open_archive
    from ..archive.queries import list_units

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
    from ..archive import open_archive
    from ..archive.export import export as run_export
    from ..archive.queries import current_ids
    from ..progress import ProgressView
    from ..settings import load_settings

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
