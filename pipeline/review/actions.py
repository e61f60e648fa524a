"""The actions: each a plain form post that adds corrections, then redirects back (post/redirect/get)."""

from __future__ import annotations

import re
from typing import Any

from flask import Flask, abort, g, redirect, request, session, url_for

from ..archive import review_ops as ops
from ..archive.corrections import document_view
from ..models import RECORD_TYPES
from .app import archive
from .views import check_vid, render_document

REF = re.compile(r"^([xa])(\d{1,9})$")


def _ref(kind: str, ref: str) -> str:
    m = REF.match(ref)
    if kind not in RECORD_TYPES or not m:
        abort(404, "No such record.")
    return f"{m.group(1)}:{m.group(2)}"


def _back(vid: str, anchor: str = "") -> Any:
    return redirect(url_for("document", vid=vid) + (f"#{anchor}" if anchor else ""), 303)


def _anchor(kind: str, ref: str) -> str:
    return f"rec-{kind}-{ref.replace(':', '')}"


def _refused(vid: str, kind: str, ref: str, fields: dict[str, str], values: dict[str, str]) -> Any:
    """The document page again, the message beside the field, what the person typed kept (422)."""
    view = document_view(archive(), vid)
    if view is None:
        abort(404, "No such document in the archive.")
    target = _anchor(kind, ref) if ref else "add"
    return render_document(vid, view, {"target": target, "fields": fields, "values": values}, status=422)


def _guard(fn: Any) -> Any:
    """An action on a record that is not there is a 404 page, not a server error."""

    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ops.ReviewError as exc:
            abort(exc.status, str(exc))

    run.__name__ = fn.__name__
    return run


def register(app: Flask) -> None:
    @app.post("/doc/<vid>/accept-all")
    @_guard
    def accept_all(vid: str) -> Any:
        ops.accept_document(archive(), check_vid(vid), g.user)
        return _back(vid)

    @app.post("/doc/<vid>/rec/<kind>/<ref>/accept")
    @_guard
    def accept(vid: str, kind: str, ref: str) -> Any:
        r = _ref(kind, ref)
        ops.accept(archive(), check_vid(vid), kind, r, g.user)
        return _back(vid, _anchor(kind, r))

    @app.post("/doc/<vid>/rec/<kind>/<ref>/edit")
    @_guard
    def edit(vid: str, kind: str, ref: str) -> Any:
        r = _ref(kind, ref)
        form = {k: v for k, v in request.form.items() if k != "csrf"}
        errors = ops.edit(archive(), check_vid(vid), kind, r, form, g.user)
        if errors:
            return _refused(vid, kind, r, errors, form)
        return _back(vid, _anchor(kind, r))

    @app.post("/doc/<vid>/rec/<kind>/<ref>/reject")
    @_guard
    def reject(vid: str, kind: str, ref: str) -> Any:
        r = _ref(kind, ref)
        reason = " - ".join(x for x in (request.form.get("reason", ""), request.form.get("note", "").strip()) if x)
        errors = ops.reject(archive(), check_vid(vid), kind, r, reason, g.user)
        if errors:
            return _refused(vid, kind, r, errors, {})
        return _back(vid, _anchor(kind, r))

    @app.post("/doc/<vid>/rec/awards/<ref>/status")
    @_guard
    def status(vid: str, ref: str) -> Any:
        r = _ref("awards", ref)
        value = request.form.get("status", "")
        if value not in ("proposed", "conferred"):
            abort(400, "An award is either proposed or conferred.")
        errors = ops.set_status(archive(), check_vid(vid), r, value, g.user)
        if errors:
            return _refused(vid, "awards", r, errors, {})
        return _back(vid, _anchor("awards", r))

    @app.post("/doc/<vid>/add")
    @_guard
    def add(vid: str) -> Any:
        form = {k: request.form.get(k, "") for k in ("kind", "start", "end")}
        errors = ops.add(archive(), check_vid(vid), form["kind"], form["start"], form["end"], g.user)
        if errors:
            return _refused(vid, "", "", errors, form)
        view = document_view(archive(), vid)
        added = [v for v in view.views if v.added] if view else []
        return _back(vid, added[-1].anchor if added else "")

    @app.post("/units/merge")
    def merge_units() -> Any:
        errors = ops.merge_units(archive(), request.form.get("source", ""), request.form.get("target", ""), g.user)
        session["unit_errors"] = errors
        return redirect(url_for("units"), 303)

    @app.post("/units/rename")
    def rename_unit() -> Any:
        key = request.form.get("key", "")
        errors = ops.rename_unit(archive(), key, request.form.get("name", ""), g.user)
        session["unit_errors"] = {f"{key}:{k}": v for k, v in errors.items()}
        return redirect(url_for("units") + f"#u-{key}".replace(" ", "-"), 303)
