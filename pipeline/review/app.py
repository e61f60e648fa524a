"""The Flask app: archive, sessions, CSRF, roles and error pages; pages and actions register themselves.

Why Flask: the archive layer is synchronous SQLAlchemy, every page is a
server-rendered Jinja template and every action a plain form post, so a
small, well-kept synchronous framework fits without an async layer.

Security, in one place:
- the session cookie is signed with a key made at start (never written or
  logged), HttpOnly and SameSite=Lax;
- every POST must carry the session's CSRF token (`csrf` form field);
- with accounts in the archive every page needs a login; without any
  (allowed only on 127.0.0.1) the person at the machine is an editor named
  after their login;
- viewers can look at everything and change nothing;
- any error is an HTML error page with its status code, never a traceback.
"""

from __future__ import annotations

import getpass
import hmac
import logging
import secrets
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, g, redirect, render_template, request, session, url_for
from werkzeug.exceptions import HTTPException

from ..archive.store import Archive
from .accounts import count_users, role_of

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).parent
OPEN_ENDPOINTS = {"login", "static"}


def local_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local"


def create_app(archive: Archive | str, *, require_login: bool | None = None) -> Flask:
    """The review app on `archive` (an `Archive` or a database URL).

    `require_login` defaults to "whenever the archive has accounts".
    """
    app = Flask(__name__, template_folder=str(HERE / "templates"), static_folder=str(HERE / "static"))
    app.secret_key = secrets.token_bytes(32)
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_NAME="pipeline_review",
        MAX_CONTENT_LENGTH=1_000_000,
        MAX_FORM_PARTS=2_000,
        TEMPLATES_AUTO_RELOAD=False,
    )
    arc = archive if isinstance(archive, Archive) else Archive(archive, create=False)
    app.extensions["archive"] = arc
    app.extensions["require_login"] = require_login
    app.jinja_env.globals.update(csrf_token=csrf_token)
    app.before_request(_before)
    app.after_request(_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _server_error)
    from . import actions, views

    views.register(app)
    actions.register(app)
    return app


def archive() -> Archive:
    from flask import current_app

    arc: Archive = current_app.extensions["archive"]
    return arc


def csrf_token() -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return str(token)


def _login_required() -> bool:
    from flask import current_app

    forced = current_app.extensions["require_login"]
    return bool(forced) if forced is not None else count_users(archive()) > 0


def _before() -> Response | None:
    if request.method == "POST":
        sent = request.form.get("csrf", "")
        if not sent or not hmac.compare_digest(sent, str(session.get("csrf", ""))):
            abort(403, "This form has expired or did not come from this page. Go back, reload the page and try again.")
    g.user, g.role = None, None
    if not _login_required():
        g.user, g.role = local_user(), "editor"
    elif session.get("user"):
        role = role_of(archive(), session["user"])
        if role:
            g.user, g.role = session["user"], role
    if g.user is None and request.endpoint not in OPEN_ENDPOINTS:
        return redirect(url_for("login", next=request.full_path if request.method == "GET" else "/"))  # type: ignore[return-value]
    if request.method == "POST" and request.endpoint not in OPEN_ENDPOINTS | {"logout"} and g.role != "editor":
        abort(403, "Your account can look but not change anything (viewer). Ask an editor.")
    return None


def _headers(resp: Response) -> Response:
    resp.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
    )
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("Referrer-Policy", "no-referrer")
    return resp


def _http_error(exc: HTTPException) -> Any:
    code = exc.code or 400
    return render_template("error.html", code=code, title=exc.name, message=exc.description), code


def _server_error(exc: Exception) -> Any:
    LOGGER.exception("review app error on %s %s", request.method, request.path)
    return render_template(
        "error.html", code=500, title="Something went wrong", message="The change was not saved. Try again."
    ), 500
