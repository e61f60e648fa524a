"""What a report template may print: the `ReportContext` and its rows.

Templates only lay these out; `pipeline report --format json` dumps them, so
a program can check a draft's tables against the records they cite (every
row and every summary cell carries `sources`: document number, evidence
anchor, the quoted text and the record's id).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceRef(_M):
    """One record a row or cell came from: its document's number, evidence anchor and quote."""

    ref: int
    evidence_id: str
    record_id: str  # "<document id>/<record type>/<index>": stable across drafts
    quote: str


class UnitRow(_M):
    name: str
    kind: str
    kind_label: str
    role: str | None = None
    parent: str | None = None
    members: list[str] = Field(default_factory=list)
    members_text: str = ""
    sources: list[SourceRef] = Field(default_factory=list)


class EventRow(_M):
    kind_label: str
    name: str | None = None
    date_text: str | None = None
    location: str | None = None
    organizer: str | None = None
    period_reviewed: str | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class MovementRow(_M):
    no: int = 0
    name: str
    launched_by: str | None = None
    period: str | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class FigureRow(_M):
    no: int = 0
    scope: str
    metric: str
    metric_label: str
    value: float
    value_text: str
    kind: str
    kind_label: str
    as_of: str | None = None
    as_of_text: str
    raw: str | None = None
    conflict: bool = False
    reason: str | None = None  # why a figure waits in the sorting appendix
    sources: list[SourceRef] = Field(default_factory=list)


class FigureTable(_M):
    """The figures of one unit (the scope), one row per metric, kind and date."""

    scope: str
    rows: list[FigureRow]


class ConflictValue(_M):
    value_text: str
    sources: list[SourceRef]


class Conflict(_M):
    scope: str
    metric_label: str
    as_of_text: str
    kind_label: str
    line: str
    variants: list[ConflictValue]


class AwardRow(_M):
    no: int = 0
    award_type: str
    label: str
    rank: int
    grade: str | None = None
    status: str = "conferred"
    status_label: str = ""
    recipient: str | None = None
    recipient_kind: str | None = None
    recipient_kind_label: str | None = None
    count: int | None = None
    count_text: str
    conferred_by: str | None = None
    presented_by: str | None = None
    conferred_text: str = ""
    year: str | None = None
    decision: str | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class SummaryCell(_M):
    """One number of the award summary and the records it counts (each recipient once)."""

    n: int = 0
    sources: list[SourceRef] = Field(default_factory=list)


class AwardSummaryRow(_M):
    """A form of commendation: given and proposed, collectives and individuals."""

    no: int
    label: str
    given_collectives: SummaryCell = Field(default_factory=SummaryCell)
    given_individuals: SummaryCell = Field(default_factory=SummaryCell)
    given_unspecified: SummaryCell = Field(default_factory=SummaryCell)
    proposed_collectives: SummaryCell = Field(default_factory=SummaryCell)
    proposed_individuals: SummaryCell = Field(default_factory=SummaryCell)
    proposed_unspecified: SummaryCell = Field(default_factory=SummaryCell)
    uncounted: int = 0
    uncounted_text: str = ""


class RecipientRow(_M):
    """A line of the recipients appendix: who, which form, by whose authority, which decision."""

    no: int = 0
    name: str
    kind_label: str | None = None
    form: str
    status_label: str
    conferred_by: str | None = None
    decision: str | None = None
    year: str | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class HonourRow(_M):
    name: str
    title: str | None = None
    awards: list[str] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)


class PersonRow(_M):
    name: str
    title: str | None = None
    unit: str | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class Segment(_M):
    """A run of document text; `marked` when some record's evidence covers it."""

    text: str
    marked: bool = False
    anchors: list[str] = Field(default_factory=list)


class BriefLine(_M):
    kind_label: str
    text: str
    evidence_id: str


class SourceDoc(_M):
    ref: int
    anchor: str
    id: str
    title: str
    source: str  # the file name, never a path of the machine that drafted the report
    published: str | None = None
    published_text: str
    language: str
    counts: list[tuple[str, int]] = Field(default_factory=list)
    brief: list[BriefLine] = Field(default_factory=list)
    more: int = 0
    more_text: str = ""
    warnings: list[str] = Field(default_factory=list)
    segments: list[Segment] = Field(default_factory=list)


class Header(_M):
    superior_body: str
    issuing_unit: str
    number_line: str
    nation: str
    motto: str
    date_line: str
    report_type: str
    subject: str
    # True while the value is the packaged default, not the user's: templates mark it
    superior_body_placeholder: bool = False
    issuing_unit_placeholder: bool = False
    date_line_placeholder: bool = False


class Signature(_M):
    on_behalf: str  # "TM. CỤM THI ĐUA" / "KT. TRƯỞNG CỤM"
    title: str
    name: str
    on_behalf_placeholder: bool = False
    title_placeholder: bool = False
    name_placeholder: bool = False


class ReportContext(_M):
    """Everything a report template may print. `pipeline report --format json` dumps it."""

    lang: str
    year: int
    next_year: int
    report_date: str
    filter_unit: str | None = None
    filter_period: int | None = None
    filtered: bool = False
    excluded_line: str = ""  # what the period or unit left out, in one line
    show_briefs: bool = False
    header: Header
    labels: dict[str, Any]
    clusters: list[UnitRow] = Field(default_factory=list)
    units: list[UnitRow] = Field(default_factory=list)
    events: list[EventRow] = Field(default_factory=list)
    movements: list[MovementRow] = Field(default_factory=list)
    figure_tables: list[FigureTable] = Field(default_factory=list)
    unsorted_figures: list[FigureRow] = Field(default_factory=list)
    unsorted_note: str = ""  # "12 figures ... are in Appendix II for staff to sort"
    conflicts: list[Conflict] = Field(default_factory=list)
    award_summary: list[AwardSummaryRow] = Field(default_factory=list)
    award_totals: AwardSummaryRow
    award_has_unspecified: bool = False
    award_has_proposed: bool = False
    awards: list[AwardRow] = Field(default_factory=list)
    recipient_list: list[RecipientRow] = Field(default_factory=list)
    honoured_units: list[HonourRow] = Field(default_factory=list)
    honoured_people: list[HonourRow] = Field(default_factory=list)
    office_holders: list[PersonRow] = Field(default_factory=list)
    target_tables: list[FigureTable] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    signature: Signature
    signer_title: str
    signer_name: str
    sources: list[SourceDoc] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    review_note: str | None = None  # "Reviewed by staff: 12 of 40 records." (drafts from the archive)

    @property
    def figure_count(self) -> int:
        return sum(len(t.rows) for t in self.figure_tables)
