"""`pipeline review` and `pipeline users`: the review app and its accounts."""

from __future__ import annotations

import click

from .options import db_option, query_archive, user_errors


@click.command()
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
    from ..review.server import serve

    serve(query_archive(db_url), host=host, port=port, open_browser=not no_browser)


@click.group()
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
    from ..archive import open_archive
    from ..review.accounts import add_user

    with open_archive(query_archive(db_url)) as arc:
        new = add_user(arc, name, role, password)
    click.echo(f"{'added' if new else 'updated'} {role} {name}", err=True)
