"""The report's formats rendered in a pool: the same bytes, the same errors, a dead worker covered.

A thread pool stands in for the run's worker processes here (the code path is
the executor's `submit` and `result`); `test_run_report_workers.py` runs the
real processes of `pipeline run --workers 2`.
"""

from __future__ import annotations

import io
import pickle
import shutil
import zipfile
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from report_helpers import sample_records

from pipeline.errors import TemplateError
from pipeline.report import REPORT_FILES, build_context, write_reports
from pipeline.report.pool_render import render_formats
from pipeline.report.render import templates_dir
from pipeline.settings import Settings

SETTINGS = Settings(report_date=date(2026, 1, 23))


def docx_parts(data: bytes) -> dict[str, bytes]:
    """A Word file's parts (the zip's own timestamps aside)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def comparable(rendered: dict[str, bytes]) -> dict[str, Any]:
    return {name: docx_parts(data) if name.endswith(".docx") else data for name, data in rendered.items()}


class DeadPool(Executor):
    """A pool whose worker died: every task's future holds `BrokenProcessPool`."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        fut: Future[Any] = Future()
        fut.set_exception(BrokenProcessPool("a worker died"))
        return fut


class ClosedPool(Executor):
    """A pool already shut down (it broke during the run)."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("cannot schedule new futures after shutdown")


def broken_templates(tmp_path: Path, *formats: str) -> Settings:
    """A templates folder with the packaged templates, those of `formats` naming a variable that does not exist."""
    folder = tmp_path / "templates"
    shutil.copytree(templates_dir(SETTINGS), folder)
    for fmt in formats:
        (folder / f"report.{fmt}.j2").write_text("A title\n{{ no_such_value }}\n", encoding="utf-8")
    return SETTINGS.model_copy(update={"templates_dir": folder})


def test_the_context_survives_the_trip_to_a_worker() -> None:
    ctx = build_context(sample_records(), SETTINGS)
    assert pickle.loads(pickle.dumps(ctx)) == ctx


@pytest.mark.parametrize("pool_kind", [ThreadPoolExecutor, DeadPool, ClosedPool])
def test_a_pool_renders_the_same_files(pool_kind: type[Executor]) -> None:
    ctx = build_context(sample_records(), SETTINGS)
    here = render_formats(ctx, REPORT_FILES, SETTINGS)
    with pool_kind() as pool:
        there = render_formats(ctx, REPORT_FILES, SETTINGS, pool)
    assert list(there) == list(here) == ["report.docx", "report.html", "report.md"]
    assert comparable(there) == comparable(here)


@pytest.mark.parametrize("broken", [("html",), ("md",), ("html", "md")])
def test_a_template_error_is_the_one_a_serial_render_raises(tmp_path: Path, broken: tuple[str, ...]) -> None:
    settings = broken_templates(tmp_path, *broken)
    ctx = build_context(sample_records(), settings)
    with pytest.raises(TemplateError) as serial:
        render_formats(ctx, REPORT_FILES, settings)
    with ThreadPoolExecutor(2) as pool, pytest.raises(TemplateError) as pooled:
        render_formats(ctx, REPORT_FILES, settings, pool)
    assert str(pooled.value) == str(serial.value)
    assert f"report.{broken[0]}.j2, line 2" in str(serial.value)  # the first format in the usual order


def test_a_failed_render_in_the_pool_leaves_the_old_reports(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with ThreadPoolExecutor(2) as pool:
        write_reports(sample_records(), out, SETTINGS, pool=pool)
        before = {p.name: p.read_bytes() for p in out.iterdir()}
        with pytest.raises(TemplateError):
            write_reports(sample_records()[:1], out, broken_templates(tmp_path, "html"), pool=pool)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
