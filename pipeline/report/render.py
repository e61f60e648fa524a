"""Lay a `ReportContext` out as Word (docxtpl), HTML or Markdown (Jinja), or dump it as JSON.

Templates ship inside the package (`pipeline/templates/`) (or `settings.templates_dir`):
`report.docx` (a real Word file with Jinja tags, made by
`scripts/make_docx_template.py`), `report.html.j2` and `report.md.j2`. A user
template (`--template`) replaces the packaged one for its format; a Jinja
template may `{% extends "report.html.j2" %}` and override single blocks.

Jinja runs sandboxed with `StrictUndefined` (a misspelt variable is an error,
not a blank) and autoescaping for HTML and Word XML; Markdown output escapes
Markdown and HTML syntax in every value. Any template problem is raised as
`TemplateError` naming the file and line.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from ..errors import PipelineError, TemplateError
from ..settings import Settings
from .context import ReportContext

FORMATS = ("docx", "html", "md", "json")
TEMPLATE_NAMES = {"docx": "report.docx", "html": "report.html.j2", "md": "report.md.j2"}
SUFFIX_FORMATS = {".docx": "docx", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".json": "json"}


class UsageProblem(PipelineError):
    """The report's file name, format and template disagree: a usage mistake (exit 2 in the CLI)."""


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>])")
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")


def templates_dir(settings: Settings) -> Path:
    """`settings.templates_dir`, else the templates shipped inside the package (`pipeline/templates/`)."""
    if settings.templates_dir is not None:
        return Path(settings.templates_dir)
    return Path(__file__).resolve().parents[1] / "templates"


def template_path(fmt: str, settings: Settings, template: Path | None = None) -> Path:
    path = Path(template) if template is not None else templates_dir(settings) / TEMPLATE_NAMES[fmt]
    if (fmt == "docx") != (path.suffix.lower() == ".docx"):
        need = "a Word .docx file" if fmt == "docx" else "a Jinja text template (.j2), not a .docx"
        raise TemplateError(f"{path}: a {fmt} report needs {need}")
    if not path.is_file():
        hint = "" if template is not None else " (set templates_dir in the settings, or pass --template)"
        raise TemplateError(f"{path}: template not found{hint}")
    return path


def format_for(path: Path) -> str | None:
    return SUFFIX_FORMATS.get(path.suffix.lower())


def template_format(path: Path) -> str | None:
    """The format a template writes: "report.html.j2" -> html, "x.md.j2" -> md, "x.docx" -> docx."""
    name = path.name.lower()
    if name.endswith(".docx"):
        return "docx"
    stem = name.removesuffix(".j2").removesuffix(".jinja")
    return SUFFIX_FORMATS.get(Path(stem).suffix)


def check_format(out: Path, fmt: str | None, template: Path | None = None) -> str:
    """The one format of a report: `--out`'s suffix, `--format` and the template must agree.

    A mismatch (Markdown into an .html file) is a `UsageProblem` naming both,
    never a file whose content its name misstates.
    """
    suffix_fmt = format_for(out)
    if fmt is None:
        fmt = suffix_fmt
    if fmt is None:
        raise UsageProblem(f"cannot tell the format from {out.name!r}; use a .docx, .html, .md or .json file name")
    if suffix_fmt is not None and suffix_fmt != fmt:
        raise UsageProblem(f"--format {fmt} does not match the file name {out.name!r} (a {suffix_fmt} file)")
    if suffix_fmt is None:
        raise UsageProblem(f"{out.name!r} does not end in .{fmt}; name the file after its format")
    if template is not None:
        tfmt = template_format(Path(template))
        if tfmt is not None and tfmt != fmt:
            raise UsageProblem(f"template {Path(template).name!r} writes {tfmt}, but {out.name!r} is a {fmt} file")
    return fmt


# ---------------------------------------------------------------- filters


def md_escape(value: Any) -> str:
    """Markdown (and inline HTML) in a value prints as text; a newline would end a table row."""
    if isinstance(value, Markup):
        return str(value)
    text = "" if value is None else str(value)
    text = _MD_SPECIAL.sub(r"\\\1", text).replace("\r", " ").replace("\n", " ")
    text = _MD_ORDERED.sub(r"\1\\\2", text)  # "1. x" at the start would begin a list
    return _MD_LINE_START.sub(r"\1\\\2", text)


def _md_finalize(value: Any) -> Any:
    return value if isinstance(value, Markup) else md_escape(value)


def _refs(sources: list[dict[str, Any]]) -> Markup:
    """Source numbers of a row: "[1, 3]" (digits only, so safe in every format)."""
    refs = sorted({int(s["ref"]) for s in sources})
    return Markup("[" + ", ".join(str(r) for r in refs) + "]" if refs else "")


def make_env(search_path: list[Path], fmt: str) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(p) for p in search_path]),
        autoescape=fmt in ("html", "docx"),
        undefined=StrictUndefined,
        trim_blocks=fmt != "docx",
        lstrip_blocks=fmt != "docx",
        keep_trailing_newline=True,
        finalize=_md_finalize if fmt == "md" else None,
    )
    env.filters["refs"] = _refs
    env.filters["md"] = lambda v: Markup(md_escape(v))
    return env


# ---------------------------------------------------------------- errors


def _template_frame(tb: TracebackType | None, names: set[str]) -> tuple[str, int] | None:
    """The innermost traceback frame inside a template (Jinja rewrites frames to the template's file and line)."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in names or filename.endswith((".j2", ".jinja", ".html", ".md")) or filename == "<template>":
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _describe(exc: BaseException) -> str:
    msg = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {msg}" if not isinstance(exc, jinja2.TemplateError) else msg


def _text_error(path: Path, exc: BaseException) -> TemplateError:
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateError(
            f"{path}: template {exc.name!r} not found (searched {path.parent} and the packaged templates)"
        )
    if isinstance(exc, jinja2.TemplateSyntaxError):
        where = exc.filename or str(path)
        return TemplateError(f"{where}, line {exc.lineno}: {exc.message}")
    frame = _template_frame(exc.__traceback__, {str(path)})
    if frame is not None:
        return TemplateError(f"{frame[0]}, line {frame[1]}: {_describe(exc)}")
    return TemplateError(f"{path}: {_describe(exc)}")


# ---------------------------------------------------------------- rendering


def _data(ctx: ReportContext) -> dict[str, Any]:
    data = ctx.model_dump()
    data["L"] = data["labels"]
    return data


def render_text(ctx: ReportContext, fmt: str, path: Path, settings: Settings) -> str:
    search = [path.parent]
    default_dir = templates_dir(settings)
    if default_dir.resolve() != path.parent.resolve():
        search.append(default_dir)
    env = make_env(search, fmt)
    try:
        template = env.get_template(path.name)
        return template.render(_data(ctx))
    except Exception as exc:  # noqa: BLE001 - re-raised as TemplateError only when it comes from the template
        err = _text_error(path, exc)
        if isinstance(exc, jinja2.TemplateError) or _template_frame(exc.__traceback__, {str(path)}):
            raise err from exc
        raise


def render_docx(ctx: ReportContext, path: Path) -> bytes:
    from docxtpl import DocxTemplate

    try:
        tpl = DocxTemplate(str(path))
        tpl.init_docx()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TemplateError(f"{path}: not a readable Word .docx file ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # python-docx raises its own errors for a zip that is not a document
        if type(exc).__module__.startswith("docx"):
            raise TemplateError(f"{path}: not a readable Word .docx file ({exc})") from exc
        raise
    env = make_env([path.parent], "docx")
    try:
        tpl.render(_data(ctx), jinja_env=env, autoescape=True)
        buf = io.BytesIO()
        tpl.save(buf)
    except jinja2.TemplateError as exc:
        raise _docx_error(path, tpl, exc) from exc
    except Exception as exc:  # noqa: BLE001
        if _template_frame(exc.__traceback__, set()):
            raise _docx_error(path, tpl, exc) from exc
        raise
    return buf.getvalue()


def _docx_error(path: Path, tpl: Any, exc: BaseException) -> TemplateError:
    """Name the file, the part and line of its XML (docxtpl puts one paragraph per line) and the paragraph's text."""
    part = getattr(getattr(tpl, "current_rendering_part", None), "partname", "/word/document.xml")
    lineno = getattr(exc, "lineno", None)
    if lineno is None:
        frame = _template_frame(exc.__traceback__, set())
        lineno = frame[1] if frame else None
    near = ""
    source = getattr(exc, "source", None)
    if lineno and source:
        lines = source.splitlines()
        if 0 < lineno <= len(lines):
            near = re.sub(r"<[^>]+>", "", lines[lineno - 1]).strip()
    where = f", line {lineno} of {str(part).lstrip('/')}" if lineno else ""
    near_text = f" (in the paragraph {near[:120]!r})" if near else ""
    return TemplateError(f"{path}{where}: {_describe(exc)}{near_text}")


def render(ctx: ReportContext, fmt: str, settings: Settings, template: Path | None = None) -> bytes:
    """The report as bytes in `fmt` (docx, html, md, json)."""
    if fmt == "json":
        return (ctx.model_dump_json(indent=2) + "\n").encode("utf-8")
    if fmt not in TEMPLATE_NAMES:
        raise TemplateError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    path = template_path(fmt, settings, template)
    if fmt == "docx":
        return render_docx(ctx, path)
    return render_text(ctx, fmt, path, settings).encode("utf-8")
