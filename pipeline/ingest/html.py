"""Saved web pages: the article only, through trafilatura.

1. decode: a byte-order mark, then the page's `<meta charset>`, then the
   text decoder of `txt.decode_bytes` (which also refuses binary junk);
2. mark captions: `<figure>`/`<figcaption>`, image tables (a one-column table
   holding an image and a line of text) and `class="...caption..."` elements
   become `| caption |` paragraphs, because trafilatura drops figures; byline
   elements inside the article lose their `author` class, because trafilatura
   drops those too and bylines name people;
3. trafilatura's main-text extraction (navigation, comment boxes, related
   news, scripts and styles out; tables kept), walked element by element so
   paragraphs, list items and table rows (cells joined by " | ") stay lines;
   Before that, scripts, navigation, asides, form controls, page headers
   without the headline and footers outside the article are removed;
4. fallbacks when trafilatura finds nothing: its recall mode, then the
   page's own block elements (with a warning);
5. title from the metadata (og:title, <title>), else <h1>; publication date
   from the page metadata only (meta tags, JSON-LD, <time>), never guessed
   from the body text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from ..errors import CorruptFile, EmptyDocument
from ..settings import Settings
from .base import RawText, caption_line
from .txt import BOMS, decode_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "nav",
    "aside",
    "button",
    "select",
    "textarea",
    "input",
    "label",
)
"""Never dropped whole: <form> (ASP.NET and SharePoint pages wrap the entire page in one)."""
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "figcaption", "td", "th", "dd", "dt")
_CAPTION_CLASS = re.compile(r"caption|image_desc|img[-_]desc|photo[-_]desc|desc[-_]img", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BYLINE_CLASS = re.compile(r"author|byline|writer|tac-?gia", re.IGNORECASE)


def read(path: Path, settings: Settings) -> RawText:
    raw = path.read_bytes()
    if not raw.strip():
        raise EmptyDocument(path, "file is empty")
    source, warnings = decode_html(raw, path)
    if not source.strip():
        raise EmptyDocument(path, "file contains only whitespace")
    import trafilatura  # noqa: PLC0415 - slow import, only when a page is read
    from trafilatura.settings import set_date_params  # noqa: PLC0415
    from trafilatura.utils import load_html  # noqa: PLC0415

    tree = load_html(source)
    if tree is None:
        raise CorruptFile(path, "not an HTML page (it could not be parsed)")
    h1, title_tag = _first_text(tree, "//h1"), _first_text(tree, "//title")
    prepare(tree)
    options: dict[str, Any] = dict(
        with_metadata=True,
        include_tables=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params=set_date_params(False),
    )
    doc: Any = trafilatura.bare_extraction(tree, **options)
    lines = list(body_lines(doc.body)) if doc is not None and doc.body is not None else []
    if not any(line.strip() for line in lines):
        retry = load_html(source)
        prepare(retry)
        recall: Any = trafilatura.bare_extraction(retry, favor_recall=True, **options)
        if recall is not None and recall.body is not None:
            lines = list(body_lines(recall.body))
            doc = doc or recall
    if not any(line.strip() for line in lines):
        whole = load_html(source)
        prepare(whole)
        lines = list(page_lines(whole))
        if any(line.strip() for line in lines):
            warnings.append(
                "trafilatura found no article in the page; used the text of the whole page minus navigation"
            )
    if not any(line.strip() for line in lines):
        raise EmptyDocument(path, "no article text found in the page")
    title = (doc.title if doc is not None else None) or h1 or title_tag
    published = doc.date if doc is not None and doc.date and _ISO_DATE.match(doc.date) else None
    return RawText(text="\n".join(lines), format="html", title=title, published=published, warnings=warnings)


def decode_html(raw: bytes, path: str | Path) -> tuple[str, list[str]]:
    if not any(raw.startswith(bom) for bom, _ in BOMS):
        declared = _META_CHARSET.search(raw[:4096])
        if declared:
            name = declared.group(1).decode("ascii", "replace").lower()
            try:
                return raw.decode(name), []
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead
    text, _encoding, warnings = decode_bytes(raw, path)
    return text, warnings


def _first_text(tree: HtmlElement, xpath: str) -> str | None:
    for el in tree.xpath(xpath):
        text = " ".join("".join(el.itertext()).split())
        if text:
            return text
    return None


def prepare(tree: HtmlElement) -> None:
    """Before trafilatura: page furniture out, captions marked, bylines kept."""
    drop_furniture(tree)
    mark_captions(tree)
    keep_bylines(tree)


def drop_furniture(tree: HtmlElement) -> None:
    """Remove scripts, navigation, asides and form controls, page headers without the headline,
    and footers outside the article; trafilatura's own fallbacks would otherwise keep some of them."""
    for el in list(tree.iter(*_DROP_TAGS)):
        _remove(el)
    for el in list(tree.iter("header")):
        if not el.xpath(".//h1"):
            _remove(el)
    for el in list(tree.iter("footer")):
        if not any(anc.tag == "article" for anc in el.iterancestors()):
            _remove(el)


def _remove(el: HtmlElement) -> None:
    """Remove an element but keep its tail text (it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    parent.remove(el)
    if tail and tail.strip():
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def mark_captions(tree: HtmlElement) -> None:
    """Replace figures, image tables and caption elements by `<p>| caption |</p>` in place."""
    for fig in list(tree.iter("figure")):
        caps = fig.xpath(".//figcaption") or [el for el in fig.iter() if _CAPTION_CLASS.search(el.get("class") or "")]
        _replace_with_caption(fig, _text(caps[0]) if caps else "")
    for table in list(tree.iter("table")):
        if table.getparent() is None or not table.xpath(".//img"):
            continue
        rows = table.xpath(".//tr")
        if len(rows) <= 3 and all(len(r.xpath("./td|./th")) <= 1 for r in rows):
            _replace_with_caption(table, " ".join(t for t in (_text(r) for r in rows) if t))
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("html", "body"):
            continue
        if _CAPTION_CLASS.search(el.get("class") or "") and el.tag not in ("figure", "table"):
            _replace_with_caption(el, _text(el))


def keep_bylines(tree: HtmlElement) -> None:
    """Unmark byline elements inside the article so trafilatura keeps them (bylines name people)."""
    articles = tree.xpath("//article") or tree.xpath("//main") or []
    for article in articles:
        for el in article.iter():
            if (
                isinstance(el.tag, str)
                and el.tag in ("p", "div", "span")
                and _BYLINE_CLASS.search(el.get("class") or "")
            ):
                el.attrib.pop("class")


def _text(el: HtmlElement) -> str:
    return " ".join("".join(el.itertext()).split())


def _replace_with_caption(el: HtmlElement, caption: str) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if caption:
        p = etree.Element("p")
        p.text = caption_line(caption)
        p.tail = el.tail
        parent.replace(el, p)
    else:
        _remove(el)


def body_lines(body: etree._Element) -> Iterator[str]:
    """Lines of trafilatura's XML-like body: paragraphs, list items, table rows."""
    for el in body:
        yield from _element_lines(el)


def _element_lines(el: etree._Element) -> Iterator[str]:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "table":
        for row in el.iter("row"):
            cells = [" ".join("".join(c.itertext()).split()) for c in row if c.tag == "cell"]
            if any(cells):
                yield " | ".join(cells)
    elif tag == "list":
        for item in el:
            if item.tag == "item":
                yield from _inline_lines(item)
    elif tag in ("graphic", "ref") and not "".join(el.itertext()).strip():
        return
    elif tag in ("div", "main", "body", "quote") and any(child.tag in ("p", "list", "table", "head") for child in el):
        if el.text and el.text.strip():
            yield el.text.strip()
        for child in el:
            yield from _element_lines(child)
            if child.tail and child.tail.strip():
                yield child.tail.strip()
    else:
        yield from _inline_lines(el)


def _inline_lines(el: etree._Element) -> Iterator[str]:
    """An element's text with `<lb/>` as line breaks; nested lists become their own lines."""
    parts: list[str] = [el.text or ""]
    nested: list[etree._Element] = []
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in ("list", "table"):
            nested.append(child)
            continue
        else:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    for line in "".join(parts).split("\n"):
        if line.strip():
            yield line.strip()
    for child in nested:
        yield from _element_lines(child)


def page_lines(tree: HtmlElement) -> Iterator[str]:
    """Last resort: the page's block elements (`prepare` has removed the page furniture)."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    found = False
    for el in root.iter(*_BLOCK_TAGS):
        if any(anc.tag in _BLOCK_TAGS for anc in el.iterancestors()):
            continue
        text = _text(el)
        if text:
            found = True
            yield text
    if not found:  # no block elements at all (plain text saved as .html): the body's text lines
        for line in "".join(root.itertext()).split("\n"):
            if line.strip():
                yield line.strip()
