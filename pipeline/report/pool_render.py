"""The report's formats rendered side by side in a run's idle worker processes.

`pipeline run` with two or more workers ends with its pool idle while the
main process drafts the review report: one context, then Word, HTML and
Markdown one after another (the Word file alone is about half of it). Each
render reads only the context, the settings and its template, so the Word
and HTML renders go to the pool's processes while Markdown renders here.
The bytes are the same as a render in this process: the same function with
the same (pickled) arguments. A worker that dies is no fault of the report:
its format is rendered again here. A template error raised in a worker comes
back as the same `TemplateError`; the first failing format in the usual
order (Word, HTML, Markdown) is the one raised, as in a serial render.

The caller can have the workers import this module and the Word renderer
ahead (`workers.preload`): workers forked before the report began have not
imported the template libraries, and can do it while the main process reads
the archive and builds the context.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool

from ..collector import collector_paused
from ..settings import Settings
from .context import ReportContext
from .render import render

IN_POOL = ("docx", "html")  # the longest renders; the last format renders in the main process meanwhile


def render_formats(
    ctx: ReportContext, formats: Mapping[str, str], settings: Settings, pool: Executor | None = None
) -> dict[str, bytes]:
    """{file name: bytes} for every `formats` entry (format -> file name), all rendered before returning.

    With a `pool`, the formats of `IN_POOL` render in its processes; any
    other here. Without one, all here, in order.
    """
    sent: dict[str, Future[bytes]] = {}
    if pool is not None:
        try:
            sent = {fmt: pool.submit(paused_render, ctx, fmt, settings) for fmt in formats if fmt in IN_POOL}
        except (RuntimeError, BrokenProcessPool):
            sent = {}
    done: dict[str, bytes | BaseException] = {}
    for fmt in formats:
        if fmt not in sent:
            try:
                done[fmt] = paused_render(ctx, fmt, settings)
            except Exception as exc:  # noqa: BLE001 - raised below, in the formats' order
                done[fmt] = exc
    out: dict[str, bytes] = {}
    for fmt, name in formats.items():
        result = done[fmt] if fmt in done else _result(sent[fmt], ctx, fmt, settings)
        if isinstance(result, BaseException):
            raise result
        out[name] = result
    return out


def paused_render(ctx: ReportContext, fmt: str, settings: Settings) -> bytes:
    """`render` with the collector paused (`collector.py`), in whichever process it runs."""
    with collector_paused(len(ctx.sources)):
        return render(ctx, fmt, settings)


def _result(fut: Future[bytes], ctx: ReportContext, fmt: str, settings: Settings) -> bytes:
    try:
        return fut.result()
    except BrokenProcessPool:  # the worker died: not the template's fault, so render it here
        return paused_render(ctx, fmt, settings)
