"""The pages: queue, document, units, login. GET only (and the login form)."""

from __future__ import annotations

import re
from typing import Any

from flask import Flask, abort, g, redirect, render_template, request, session, url_for

from ..archive.corrections import DocumentView, document_view
from ..archive.queries import list_units
from ..models import RECORD_TYPES
from .accounts import verify
from .app import archive
from .highlight import segments
from .queue import STATUSES, QueueFilters, load_queue

VID = re.compile(r"^[0-9a-f]{16}$")
KIND_LABELS = {
    "events": "Events",
    "units": "Units",
    "people": "People",
    "figures": "Figures",
    "awards": "Awards",
    "movements": "Movements",
}
REJECT_REASONS = [
    "not in the text",
    "duplicate of another record",
    "wrong kind of record",
    "not about emulation or commendation",
    "misread by the extractor",
]


def check_vid(vid: str) -> str:
    if not VID.match(vid):
        abort(404, "No such document.")
    return vid


def field_specs(kind: str) -> list[dict[str, Any]]:
    """How each field of a record type is edited: a choice list for codes, lines for lists, text otherwise."""
    specs = []
    for name, f in RECORD_TYPES[kind].model_fields.items():
        if name == "evidence":
            continue
        ann = f.annotation
        choices = None
        for candidate in getattr(ann, "__args__", (ann,)):
            members = getattr(candidate, "__members__", None)
            if members:
                choices = [m.value for m in members.values()]
        specs.append(
            {
                "name": name,
                "label": name.replace("_", " "),
                "choices": choices,
                "required": f.is_required(),
                "optional": not f.is_required() and f.default is None,
                "list": name in ("mentions", "members"),
            }
        )
    return specs


def form_value(value: Any, spec: dict[str, Any]) -> str:
    if value is None:
        return ""
    if spec["list"]:
        return "\n".join(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def render_document(vid: str, view: DocumentView, errors: dict[str, Any] | None = None, status: int = 200) -> Any:
    """The document page; `errors` = {"target": anchor, "fields": {...}, "values": {...}} after a refused edit."""
    d_row = _doc_row(vid)
    if errors and errors.get("fields"):
        errors["first"] = next(iter(errors["fields"]))
    groups = []
    for kind in RECORD_TYPES:
        items = [v for v in view.views if v.kind == kind]
        if items:
            groups.append({"kind": kind, "label": KIND_LABELS[kind], "items": items, "specs": field_specs(kind)})
    html = render_template(
        "document.html",
        vid=vid,
        doc=view.records.document,
        meta=d_row,
        view=view,
        groups=groups,
        segments=segments(view.records.document.text, view.views),
        errors=errors or {},
        form_value=form_value,
        kinds=KIND_LABELS,
        reasons=REJECT_REASONS,
        can_edit=g.role == "editor" and not d_row.get("superseded"),
    )
    return html, status


def _doc_row(vid: str) -> dict[str, Any]:
    from sqlalchemy import select

    from ..archive import schema as S

    d = S.documents
    with archive().read() as conn:
        row = (
            conn.execute(
                select(d.c.source, d.c.version, d.c.superseded, d.c.superseded_by, d.c.ingested_at).where(d.c.id == vid)
            )
            .mappings()
            .first()
        )
    return dict(row) if row else {}


def register(app: Flask) -> None:
    @app.get("/")
    def queue() -> Any:
        f = QueueFilters.from_args(request.args)
        page = load_queue(archive(), f)
        return render_template("queue.html", f=f, page=page, statuses=STATUSES)

    @app.get("/doc/<vid>")
    def document(vid: str) -> Any:
        view = document_view(archive(), check_vid(vid))
        if view is None:
            abort(404, "No such document in the archive.")
        return render_document(vid, view)

    @app.get("/units")
    def units() -> Any:
        rows = list_units(archive())
        return render_template("units.html", units=rows, errors=session.pop("unit_errors", {}))

    @app.route("/login", methods=["GET", "POST"])
    def login() -> Any:
        error = None
        if request.method == "POST":
            name = request.form.get("name", "")[:100]
            role = verify(archive(), name, request.form.get("password", "")[:1000])
            if role:
                session.clear()
                session["user"] = name
                target = request.args.get("next", "/")
                return redirect(target if target.startswith("/") and not target.startswith("//") else "/", 303)
            error = "Wrong name or password."
        return render_template("login.html", error=error), 401 if error else 200

    @app.post("/logout")
    def logout() -> Any:
        session.clear()
        return redirect(url_for("login"), 303)
