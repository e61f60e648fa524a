"""Shared pieces of the `pipeline` commands: one-line usage errors (exit 2), clean
lines for user and machine failures, and the options several commands take."""

from __future__ import annotations

import functools
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import PipelineError, describe_failure
from ..lifecycle import EXIT_INTERRUPTED, Interrupted
from ..terminal import terminal_safe

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
    from ..config import archive_url
    from ..settings import load_settings

    return archive_url(db_url, load_settings())


def json_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(fn)
