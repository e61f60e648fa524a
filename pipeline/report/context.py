"""The report context: records of many documents made into one `ReportContext`.

Every report format (Word, HTML, Markdown, JSON) is rendered from it;
templates only lay it out. `build_context` runs the stages, one module each:

1. `selection`: the period and the unit, one rule for every record type;
   what the period leaves out is counted for the draft's scope line;
2. number the source documents ([1], [2], ...); every row cites records by
   document number and evidence anchor;
3. `figures`, `awards`, `sections`: tables and rows, names in the report's
   language (`names`), each recipient counted once;
4. header, signature and labels, with the settings' defaults marked as
   placeholders until the user's configuration sets them.

The report reads records only: it never opens the archive (`pipeline report
--from-archive` loads records first, in the command).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..models import Records
from ..settings import Settings
from ..units import norm
from .awards import AwardBuilder
from .figures import FigureBuilder
from .formatting import clean, fmt_number, segments
from .labels import Labels, load_labels
from .model import Header, ReportContext, Signature
from .names import Namer
from .sections import event_rows, movement_rows, people_rows, source_docs, unit_rows
from .selection import Selection, select

__all__ = ["ReportContext", "build_context", "fmt_number", "segments"]


def build_context(
    records: Sequence[Records],
    settings: Settings,
    lang: str | None = None,
    unit: str | None = None,
    period: int | None = None,
    briefs: bool = False,
) -> ReportContext:
    """Aggregate `records` (any number of documents, possibly none) into one `ReportContext`.

    `briefs` (or the setting `report_briefs`): add the machine summary of
    every source document (an appendix for reviewers, not for the signed report).
    """
    lang = lang or settings.report_lang
    briefs = briefs or settings.report_briefs
    labels = load_labels(lang, settings.report_labels)
    today = settings.report_date or date.today()

    # 1. select
    sel = select(records, unit, period, today)
    views, year, focus = sel.views, sel.year, sel.focus

    # 2. number the sources: oldest first, undated last, then by title
    views.sort(key=lambda v: (v.records.document.published or "9999", v.records.document.title or "", v.doc_id))
    for n, v in enumerate(views, 1):
        v.ref = n

    # 3. tables and rows
    namer = Namer(lang)
    for v in views:
        for it in v.units:
            namer.saw(v.key(it.record.name, it.record.parent), it.record.name, it.record.mentions)
    focus_key = focus.key if focus else None
    figures = FigureBuilder(labels, namer, settings.figure_tolerance, year, focus_key).build(
        [it for v in views for it in v.figures], unit_fallback=focus.name if focus else None
    )
    award_builder = AwardBuilder(labels, namer)
    awards = award_builder.build(it for v in views for it in v.awards)
    clusters, units = unit_rows(views, labels, namer)
    officials = people_rows(views, labels, namer)
    honoured_units, honoured_people = award_builder.honours(awards.rows, {norm(o.name): o.title for o in officials})

    # 4. header, signature and labels
    en = lang == "en"
    texts, header = _header(labels, settings, year, len(views), focus.name if focus else None, today, en)
    signature = _signature(labels, settings, texts, en)
    return ReportContext(
        lang=lang,
        year=year,
        next_year=year + 1,
        report_date=today.isoformat(),
        filter_unit=focus.name if focus else None,
        filter_period=period,
        filtered=focus is not None or period is not None,
        excluded_line=_excluded_line(labels, sel),
        show_briefs=briefs,
        header=header,
        labels=texts,
        clusters=clusters,
        units=units,
        events=event_rows(views, labels, namer),
        movements=movement_rows(views, labels, namer),
        figure_tables=figures.results,
        unsorted_figures=figures.unsorted,
        unsorted_note=labels.text("s2_2_unsorted_note", n=len(figures.unsorted)) if figures.unsorted else "",
        conflicts=figures.conflicts,
        award_summary=awards.summary,
        award_totals=awards.totals,
        award_has_unspecified=awards.has_unspecified,
        award_has_proposed=awards.has_proposed,
        awards=awards.rows,
        recipient_list=awards.recipients,
        honoured_units=honoured_units,
        honoured_people=honoured_people,
        office_holders=officials,
        target_tables=figures.targets,
        recipients=settings.recipients if settings.recipients is not None else texts["recipients_default"],
        signature=signature,
        signer_title=signature.title,
        signer_name=signature.name,
        sources=source_docs(views, labels, namer, award_builder, briefs),
        warnings=[f"[{v.ref}] {clean(w)}" for v in views for w in v.records.warnings] if briefs else [],
    )


def _set(settings: Settings, name: str) -> bool:
    """Whether the user's configuration gave this setting (else it is a packaged placeholder)."""
    return name in settings.model_fields_set


def _header(
    labels: Labels, settings: Settings, year: int, n: int, unit: str | None, today: date, en: bool
) -> tuple[dict[str, Any], Header]:
    sfx = "_en" if en else ""
    issuing_unit = getattr(settings, f"issuing_unit{sfx}")
    place = getattr(settings, f"place{sfx}")
    month_name = labels.of("months", str(today.month))
    texts = labels.texts(
        year=year,
        next_year=year + 1,
        n=n,
        place=place,
        issuing_unit=issuing_unit,
        number=settings.report_number,
        day=today.day,
        month=today.month,
        month_name=month_name,
        unit=unit or labels.text("all_units"),
        period=year,
    )
    header = Header(
        superior_body=getattr(settings, f"issuing_body{sfx}"),
        issuing_unit=issuing_unit,
        number_line=str(texts["number_line"]),
        nation=str(texts["nation"]),
        motto=str(texts["motto"]),
        date_line=labels.text(
            "date_line", place=place, day=today.day, month=today.month, month_name=month_name, year=today.year
        ),
        report_type=str(texts["report_type"]),
        subject=str(texts["subject"]),
        superior_body_placeholder=not _set(settings, f"issuing_body{sfx}"),
        issuing_unit_placeholder=not _set(settings, f"issuing_unit{sfx}"),
        date_line_placeholder=not _set(settings, f"place{sfx}"),
    )
    return texts, header


def _signature(labels: Labels, settings: Settings, texts: dict[str, Any], en: bool) -> Signature:
    sfx = "_en" if en else ""
    on_behalf = getattr(settings, f"signer_on_behalf{sfx}")
    issuing_unit = getattr(settings, f"issuing_unit{sfx}")
    return Signature(
        on_behalf=on_behalf or labels.text("signer_on_behalf", issuing_unit=issuing_unit.upper()),
        title=getattr(settings, f"signer_title{sfx}"),
        name=settings.signer_name or str(texts["signer_placeholder"]),
        on_behalf_placeholder=not on_behalf,
        title_placeholder=not _set(settings, f"signer_title{sfx}"),
        name_placeholder=not settings.signer_name,
    )


def _excluded_line(labels: Labels, sel: Selection) -> str:
    figures, awards = sel.excluded.get("figures", 0), sel.excluded.get("awards", 0)
    if not figures and not awards:
        return ""
    return labels.text("excluded_line", year=sel.year, figures=figures, awards=awards)
