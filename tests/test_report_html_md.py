"""The HTML review page and the Markdown report: standalone, escaped, linked to evidence; template errors."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_helpers import hostile_doc, sample_records

from pipeline.errors import TemplateError
from pipeline.report.context import build_context
from pipeline.report.render import md_escape, render
from pipeline.settings import Settings

SETTINGS = Settings(report_date=date(2026, 1, 23))


def html(lang: str = "vi", records=None, template: Path | None = None) -> str:
    ctx = build_context(sample_records() if records is None else records, SETTINGS, lang=lang)
    return render(ctx, "html", SETTINGS, template).decode("utf-8")


def md(lang: str = "vi", records=None, template: Path | None = None) -> str:
    ctx = build_context(sample_records() if records is None else records, SETTINGS, lang=lang)
    return render(ctx, "md", SETTINGS, template).decode("utf-8")


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):  # noqa: ANN001
        if self._in_mark:
            self.marks[-1] += data


def parse(page: str) -> Tags:
    t = Tags()
    t.feed(page)
    return t


def test_html_is_standalone_and_printable() -> None:
    page = html()
    tags = parse(page).tags
    names = {t for t, _ in tags}
    assert "script" not in names and "link" not in names and "iframe" not in names
    for _, attrs in tags:
        for key in ("src", "href"):
            value = attrs.get(key)
            assert value is None or value.startswith("#"), (key, value)
    assert "@import" not in page and "url(" not in page
    assert "@media print" in page and "size: A4" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_html_escapes_hostile_record_text() -> None:
    page = html(records=[hostile_doc()])
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>bold" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "<i>Evil</i>" not in page and "&lt;i&gt;Evil&lt;/i&gt;" in page
    assert "script" not in {t for t, _ in parse(page).tags}


def test_every_row_links_to_highlighted_evidence() -> None:
    page = html()
    tags = parse(page)
    ids = {a.get("id") for _, a in tags.tags if a.get("id")}
    links = [a["href"][1:] for t, a in tags.tags if t == "a" and (a.get("href") or "").startswith("#ev")]
    assert links and all(link in ids for link in links)
    ctx = build_context(sample_records(), SETTINGS)
    rows = [r for t in ctx.figure_tables + ctx.target_tables for r in t.rows] + ctx.awards
    for row in rows:
        for s in row.sources:
            assert f'href="#{s.evidence_id}"' in page
    assert "more than 3.2 million" in tags.marks and "VND 92.3 trillion" in tags.marks
    assert "Labor Order, third class" in tags.marks


def test_html_both_languages() -> None:
    vi, en = html("vi"), html("en")
    assert '<html lang="vi">' in vi and '<html lang="en">' in en
    assert "BÁO CÁO" in vi and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in vi and "Nơi nhận:" in vi
    assert ">REPORT<" in en and "SOCIALIST REPUBLIC OF VIET NAM" in en and "Recipients:" in en
    assert "Nơi nhận" not in en


def test_html_tables_have_a_row_per_record() -> None:
    ctx = build_context(sample_records(), SETTINGS)
    page = html()
    awards = re.search(r'<table class="data awards">.*?<tbody>(.*?)</tbody>', page, re.S)
    assert awards and awards.group(1).count("<tr>") == len(ctx.awards)
    assert page.count('class="conflict"') == 2


def test_markdown_report() -> None:
    ctx = build_context(sample_records(), SETTINGS, lang="en")
    text = md("en")
    # the packaged defaults are marked until the configuration sets them
    assert text.startswith("| ⟦VIETNAM SOCIAL SECURITY⟧<br>**⟦EMULATION CLUSTER⟧**")
    assert "# REPORT" in text and "## I. CONTEXT" in text and "## V. PROPOSALS" in text
    award_rows = [
        line for line in text.splitlines() if re.match(r"\| \d+ \| .* \| \[\d", line) and line.count("|") == 8
    ]
    assert len(award_rows) == len(ctx.awards) + len(ctx.recipient_list)  # detail table and recipients appendix
    assert "more than VND 92.3 trillion" in text and "⚠ conflict" in text


def test_markdown_escapes_hostile_text() -> None:
    text = md(records=[hostile_doc()])
    assert not re.search(r"(?<!\\)<(script|img|b>|i>)", text)  # only the template's own <br> is HTML
    assert r"\<script\>" in text and r"\| \*star\*" in text
    assert md_escape("# title\nnext") == r"\# title next"
    assert md_escape("1. first") == r"1\. first"


def test_user_template_extends_the_packaged_one(tmp_path: Path) -> None:
    own = tmp_path / "mine.html.j2"
    own.write_text(
        '{% extends "report.html.j2" %}\n{% block s3 %}<p>OUR OWN ASSESSMENT</p>{% endblock %}\n', encoding="utf-8"
    )
    page = html(template=own)
    assert "OUR OWN ASSESSMENT" in page and "BÁO CÁO" in page and "ưu điểm" not in page


def test_jinja_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md.j2"
    bad.write_text("# {{ header.subject }}\n\nok\n{% for x in awards %}\n{{ x.label }\n", encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        md(template=bad)
    assert re.search(r"bad\.md\.j2, line 5: ", str(err.value)), str(err.value)


def test_undefined_variable_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "undefined.html.j2"
    bad.write_text("<p>{{ header.subject }}</p>\n<p>{{ header.no_such_thing }}</p>\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"undefined\.html\.j2, line 2: .*no_such_thing"):
        html(template=bad)


def test_runtime_error_in_template_names_line(tmp_path: Path) -> None:
    bad = tmp_path / "runtime.html.j2"
    bad.write_text("a\nb\n{{ year + 'x' }}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"runtime\.html\.j2, line 3: TypeError"):
        html(template=bad)


def test_missing_and_mismatched_templates(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="template not found"):
        html(template=tmp_path / "nope.html.j2")
    (tmp_path / "x.docx").write_bytes(b"")
    with pytest.raises(TemplateError, match="needs a Jinja text template"):
        html(template=tmp_path / "x.docx")
    sandbox = tmp_path / "sandbox.html.j2"
    sandbox.write_text("{{ ''.__class__.__mro__ }}", encoding="utf-8")
    with pytest.raises(TemplateError, match="sandbox.html.j2"):
        html(template=sandbox)
