#!/usr/bin/env python3
"""Regenerate the generated files of corpus/ from their sources in scripts/corpus_src/.

usage: python scripts/make_corpus.py [--out corpus] [--only STEM ...]

Each source is UTF-8 text: `key: value` lines, a `---` line, then the body.
The sources live outside corpus/ so `pipeline run corpus/` never reads a
document twice. Keys:

    output    file name written in the output folder (its suffix picks the writer)
    format    txt | html | docx | pdf
    encoding  txt only: utf-8, utf-8-sig, cp1258 or utf-16 (CRLF line ends for the last two)
    title, site, meta_published, dateline, byline   html only
    header, footer   docx only: page header and footer text (ingest must leave them out)

Body markup for html, docx and pdf (txt bodies are written verbatim):

    [title] text        the headline
    ## text             a sub-heading
    [caption] text      a photo caption (a <figure> in html)
    [table] ... [/table]  rows with cells separated by " | ", the first row a header
    [page]              a page break (pdf)
    any other line      a paragraph; blank lines are ignored

Outputs are deterministic (fixed dates inside .docx zips and PDFs), so a
re-run without source changes leaves git clean.
"""

from __future__ import annotations

import argparse
import html
import io
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "scripts" / "corpus_src"
FIXED_TIME = datetime(2026, 1, 1, tzinfo=UTC)
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("/usr/local/share/fonts"))
VI_TONES = set("\u0300\u0301\u0303\u0309\u0323")


@dataclass
class Source:
    path: Path
    meta: dict[str, str]
    body: str
    blocks: list[tuple[str, object]] = field(default_factory=list)


def parse_source(path: Path) -> Source:
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise SystemExit(f"{path}: no '---' line between the keys and the body")
    meta = {}
    for n, line in enumerate(head.splitlines(), 1):
        if line.strip():
            key, colon, value = line.partition(":")
            if not colon:
                raise SystemExit(f"{path}:{n}: expected 'key: value'")
            meta[key.strip()] = value.strip()
    for key in ("output", "format"):
        if key not in meta:
            raise SystemExit(f"{path}: missing key {key!r}")
    return Source(path, meta, body, parse_blocks(body, path))


def parse_blocks(body: str, path: Path) -> list[tuple[str, object]]:
    blocks: list[tuple[str, object]] = []
    table: list[list[str]] | None = None
    for n, raw in enumerate(body.splitlines(), 1):
        line = raw.strip()
        if table is not None:
            if line == "[/table]":
                blocks.append(("table", table))
                table = None
            elif line:
                table.append([cell.strip() for cell in line.split(" | ")])
            continue
        if not line:
            continue
        if line == "[table]":
            table = []
        elif line == "[page]":
            blocks.append(("page", None))
        elif line.startswith("[title]"):
            blocks.append(("title", line[7:].strip()))
        elif line.startswith("[caption]"):
            blocks.append(("caption", line[9:].strip()))
        elif line.startswith("## "):
            blocks.append(("heading", line[3:].strip()))
        elif line.startswith("["):
            raise SystemExit(f"{path}:{n}: unknown markup {line.split()[0]!r}")
        else:
            blocks.append(("para", line))
    if table is not None:
        raise SystemExit(f"{path}: [table] without [/table]")
    return blocks


# --- txt -----------------------------------------------------------------------------


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in VI_TONES))
        tones = "".join(c for c in parts if c in VI_TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def write_txt(src: Source, out: Path) -> None:
    encoding = src.meta.get("encoding", "utf-8")
    body = src.body.strip("\n") + "\n"
    if encoding == "cp1258":
        data = encode_cp1258(body.replace("\n", "\r\n"))
    elif encoding == "utf-16":
        data = body.replace("\n", "\r\n").encode("utf-16")  # with a BOM
    elif encoding in ("utf-8", "utf-8-sig"):
        data = body.encode(encoding)
    else:
        raise SystemExit(f"{src.path}: unsupported encoding {encoding!r}")
    out.write_bytes(data)


# --- html ----------------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">
<link rel="stylesheet" href="/static/css/main.css">
<style>.cookie-bar{{position:fixed;bottom:0}} .menu li{{display:inline}}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
</head>
<body>
<div class="cookie-bar">This website uses cookies to improve your experience. <button>Accept</button></div>
<header class="site-header">
  <a class="logo" href="/">{site}</a>
  <nav class="menu"><ul>
    <li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/society">Society</a></li>
    <li><a href="/economy">Economy</a></li><li><a href="/culture">Culture</a></li><li><a href="/sports">Sports</a></li>
    <li><a href="/video">Video</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/society">Society</a> &raquo; <a href="/society/insurance">Social insurance</a></div>
<main>
<article class="detail">
<h1 class="title">{title}</h1>
<div class="meta"><span class="date">{dateline}</span></div>
{body}
<p class="author">{byline}</p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a> <a href="#">Print</a></div>
</article>
<section class="comments" id="comments">
  <h3>Comment (0)</h3>
  <p>Be the first to comment</p>
  <form class="comment-form">
    <label>Họ và tên</label><input name="name">
    <label>Email</label><input name="email">
    <textarea name="content" placeholder="Nội dung bình luận"></textarea>
    <button type="submit">Gửi bình luận</button>
  </form>
</section>
<aside class="related">
  <h3>Related news</h3>
  <ul>
    <li><a href="/society/a1">Province opens weekend counters for health insurance card renewals</a></li>
    <li><a href="/society/a2">Post offices to pay pensions at home for elderly residents in remote villages</a></li>
    <li><a href="/society/a3">Youth union volunteers explain voluntary social insurance at night markets</a></li>
    <li><a href="/society/a4">Hospitals in the Central Highlands accept chip-based citizen ID for insurance checks</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <p>{site} - Electronic newspaper of the Party Committee and people of the province.</p>
  <p>Licence No. 123/GP-BTTTT. Address: 01 Tran Hung Dao Street. Tel: 0262 3800 000.</p>
  <p>&copy; All rights reserved. Reproduction must cite the source.</p>
</footer>
<script src="/static/js/app.js"></script>
<script>document.querySelectorAll('.share a').forEach(function(a){{a.addEventListener('click', function(){{}});}});</script>
</body>
</html>
"""


def write_html(src: Source, out: Path) -> None:
    parts: list[str] = []
    for kind, value in src.blocks:
        if kind == "para":
            parts.append(f"<p>{html.escape(str(value))}</p>")
        elif kind == "heading":
            parts.append(f"<h2>{html.escape(str(value))}</h2>")
        elif kind == "caption":
            parts.append(
                '<figure class="image"><img src="/images/photo.jpg" alt="">'
                f"<figcaption>{html.escape(str(value))}</figcaption></figure>"
            )
        elif kind == "table":
            rows = value  # type: ignore[assignment]
            head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
            parts.append(f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
        elif kind == "title":
            raise SystemExit(f"{src.path}: html takes its headline from the 'title' key")
    m = src.meta
    page = HTML_PAGE.format(
        title=html.escape(m["title"]),
        site=html.escape(m.get("site", "News")),
        published=html.escape(m.get("meta_published", "")),
        dateline=html.escape(m.get("dateline", "")),
        byline=html.escape(m.get("byline", "")),
        body="\n".join(parts),
    )
    out.write_text(page, encoding="utf-8")


# --- docx ----------------------------------------------------------------------------


def write_docx(src: Source, out: Path) -> None:
    import docx  # noqa: PLC0415
    from docx.shared import Pt  # noqa: PLC0415

    document = docx.Document()
    document.core_properties.author = "Communications office"
    document.core_properties.created = FIXED_TIME.replace(tzinfo=None)
    document.core_properties.modified = FIXED_TIME.replace(tzinfo=None)
    document.core_properties.last_modified_by = "Communications office"
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    section = document.sections[0]
    if "header" in src.meta:
        section.header.paragraphs[0].text = src.meta["header"]
    if "footer" in src.meta:
        section.footer.paragraphs[0].text = src.meta["footer"]
    for kind, value in src.blocks:
        if kind == "title":
            document.add_paragraph(str(value), style="Title")
        elif kind == "heading":
            document.add_heading(str(value), level=2)
        elif kind in ("para", "caption"):
            document.add_paragraph(str(value))
        elif kind == "table":
            rows = value  # type: ignore[assignment]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind == "page":
            document.add_page_break()
    buffer = io.BytesIO()
    document.save(buffer)
    out.write_bytes(reproducible_zip(buffer.getvalue()))


def reproducible_zip(data: bytes) -> bytes:
    """The same zip with fixed member timestamps, so an unchanged source gives identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, zin.read(info.filename))
    return out.getvalue()


# --- pdf -----------------------------------------------------------------------------


def find_font(name: str) -> Path | None:
    for folder in FONT_DIRS:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def to_ascii(text: str) -> str:
    text = (
        text.replace("đ", "d").replace("Đ", "D").replace("–", "-").replace("“", '"').replace("”", '"').replace("’", "'")
    )
    return (
        "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        .encode("ascii", "replace")
        .decode()
    )


def write_pdf(src: Source, out: Path) -> None:
    from fpdf import FPDF  # noqa: PLC0415

    class Report(FPDF):
        def footer(self) -> None:  # page numbers, which ingest drops
            self.set_y(-15)
            self.set_font(self.body_font, size=9)
            self.cell(0, 10, f"Page {self.page_no()}/{{nb}}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_title(to_ascii(src.meta.get("title", out.stem)))
    pdf.set_margins(25, 20, 20)
    regular, bold = find_font("DejaVuSans.ttf"), find_font("DejaVuSans-Bold.ttf")
    if regular and bold:
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        pdf.body_font = "DejaVu"  # type: ignore[attr-defined]
        fix = str
    else:  # no font with Vietnamese glyphs: keep the PDF ASCII-only
        print("note: DejaVu fonts not found; writing the PDF in ASCII", file=sys.stderr)
        pdf.body_font = "Helvetica"  # type: ignore[attr-defined]
        fix = to_ascii
    font = pdf.body_font  # type: ignore[attr-defined]
    pdf.add_page()
    for kind, value in src.blocks:
        if kind == "title":
            pdf.set_font(font, "B", 16)
            pdf.multi_cell(0, 8, fix(str(value)), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "heading":
            pdf.ln(2)
            pdf.set_font(font, "B", 12)
            pdf.multi_cell(0, 7, fix(str(value)), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind in ("para", "caption"):
            pdf.set_font(font, "", 11)
            pdf.multi_cell(0, 6, fix(str(value)), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "table":
            pdf.set_font(font, "", 10)
            with pdf.table(line_height=7) as table:
                for row in value:  # type: ignore[attr-defined]
                    cells = table.row()
                    for cell in row:
                        cells.cell(fix(cell))
            pdf.ln(4)
        elif kind == "page":
            pdf.add_page()
    out.write_bytes(bytes(pdf.output()))


WRITERS = {"txt": write_txt, "html": write_html, "docx": write_docx, "pdf": write_pdf}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "corpus", help="output folder (default: corpus/)")
    parser.add_argument("--only", nargs="*", help="source stems to build (default: all)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sources = sorted(SRC.glob("*.txt"))
    if args.only:
        sources = [s for s in sources if s.stem in set(args.only)]
    for path in sources:
        src = parse_source(path)
        writer = WRITERS.get(src.meta["format"])
        if writer is None:
            raise SystemExit(f"{path}: unknown format {src.meta['format']!r}")
        target = args.out / src.meta["output"]
        writer(src, target)
        print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
