"""The year a document reports on, worked out once per document by whichever component asks first.

Without a publication date, a lead year or a year in the title, it is the year of
the latest full date the text gives. Reading that used to build every date mention
of the whole text (`DateReader.find`), years and periods included, and test each
for a comparison cue before it. Only a full day ("on 12 March 2024", "30/9/2022")
counts here, so `latest_day` runs the same scans in the same order (the language's
forms first, then the date pattern, skipping what a form took) but builds a value
only for the branches that give a day, and asks about a comparison only for the
latest days, from the latest down, until one is not the base of a comparison:
the same maximum as `max(d.value for d in find(text) if full day and not comparison)`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .dates import DateReader, branch_of, form_mention
from .extensions import doc_meta, text_of
from .sentence_scan import TextScan
from .slice_search import slice_has

DAY_LENGTH = len("2024-03-12")  # a value naming a day; months and years are shorter
SCAN_KEY = "date_scan"  # the whole text's date scan, kept in `doc._.meta` for the figures' sentences


def document_year(doc: Doc, dates: DateReader) -> int | None:
    """The year a document reports on (worked out once per document: figures, events and
    movements all ask, events once per event)."""
    meta = doc._.meta
    if "document_year" not in meta:
        meta["document_year"] = find_document_year(doc, dates)
    return meta["document_year"]


def find_document_year(doc: Doc, dates: DateReader) -> int | None:
    """The year a document reports on: its publication year, a year in the
    headline or opening "In 2024," (the language's `lead_year`), else the year of the latest full date
    it gives, else the latest year it mentions."""
    meta = doc._.meta
    if meta.get("published"):
        return int(meta["published"][:4])
    head = text_of(doc)[:300]
    lead = dates.lead_year.search(head)
    if lead:
        meta["reporting_year"] = int(lead.group(1))
        return int(lead.group(1))
    title = meta.get("title") or ""
    tm = re.search(r"\b((?:19|20)\d\d)\b(?!\s*[-–])", title)
    if tm:
        meta["reporting_year"] = int(tm.group(1))
        return int(tm.group(1))
    # the latest day the text names ("ngày 30/9/2022", "on 12 March 2024"): an event or a count's
    # date; a bare year may be a target's ("đến năm 2030"), so years alone come last
    scan = TextScan(text_of(doc))
    meta[SCAN_KEY] = scan
    day = latest_day(dates, scan.text, scan)
    if day:
        return int(day[:4])
    years = [int(y) for y in re.findall(r"(?<![\d,.])((?:19|20)\d\d)(?!\d|,\d)", text_of(doc))]
    return max(years) if years else None


def stored_date_scan(doc: Doc) -> TextScan | None:
    """The scan of the whole text `find_document_year` made for `latest_day`, if it did: its
    matches answer for the sentences (`DateReader.find` with a scan), instead of a scan of each."""
    meta = doc_meta(doc)
    scan = meta.get(SCAN_KEY) if meta is not None else None
    return scan if scan is not None and scan.text is text_of(doc) else None


def latest_day(reader: DateReader, text: str, scan: TextScan | None = None) -> str | None:
    """The latest full date (YYYY-MM-DD) `reader.find(text)` gives that is not the base of a
    comparison, or None: the same matches, read only as far as a day needs (`scan`: of `text`,
    which keeps the matches)."""
    days: list[tuple[str, int]] = []  # (value, where the mention starts)
    taken: list[tuple[int, int]] = []
    for form in reader.forms:
        for m in scan.matches(form) if scan is not None else form.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            mention = form_mention(m, False)  # a comparison changes no value: asked below, if needed
            if mention is not None:
                taken.append((m.start(), m.end()))
                if mention.value and len(mention.value) == DAY_LENGTH:
                    days.append((mention.value, m.start()))
    month = reader.month
    for m in scan.matches(reader.date_re) if scan is not None else reader.date_re.finditer(text):
        if taken and any(s < m.end() and m.start() < e for s, e in taken):
            continue
        kind = branch_of(m)
        if kind == "mdy":
            day, year = int(m.group("d1")), m.group("y3")
            if year and 1 <= day <= 31:
                days.append((f"{year}-{month(m.group('m1')):02d}-{day:02d}", m.start()))
        elif kind == "dmy" and m.group("y4"):
            day = int(m.group("d2"))
            days.append((f"{m.group('y4')}-{month(m.group('m2')):02d}-{day:02d}", m.start()))
        elif kind == "numeric":
            day, number = int(m.group("d3")), int(m.group("m4"))
            if 1 <= number <= 12 and 1 <= day <= 31:
                days.append((f"{m.group('y6')}-{number:02d}-{day:02d}", m.start()))
    for value, start in sorted(days, reverse=True):
        if not slice_has(reader.comparison_scan, text, max(0, start - 40), start):
            return value
    return None
