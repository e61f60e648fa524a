"""The records contract (../shared/RECORDS.md, version 1.1) as pydantic models.

Every stage talks through these models: ingest produces an `IngestedDocument`,
extraction turns it into `Records`, reports and the archive read `Records`.
Codes are enums so a typo is a validation error, not a silent new category.
`Records` checks that every evidence span quotes `document.text` exactly, so
an offset bug cannot reach a report or the archive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from enum import Enum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

SCHEMA_VERSION = "1"

NO_PACK_WARNING = "no extraction rules for language"
"""How the warning of a document in a language without an extraction pack begins (its records are
empty). Here, not in `extract`, so `pipeline run`'s main process can look for it without loading spaCy."""

DateLike = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
"""YYYY, YYYY-MM or YYYY-MM-DD: the precision the text gives, no more."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True, validate_assignment=True)


class Evidence(_Model):
    """Where a record came from: `document.text[start:end] == text`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError("evidence text length does not equal end - start")
        return self


class UnitKind(str, Enum):
    agency = "agency"
    region_office = "region_office"
    provincial_office = "provincial_office"
    district_office = "district_office"
    cluster = "cluster"
    department = "department"
    ministry = "ministry"
    council = "council"
    party_body = "party_body"
    enterprise = "enterprise"
    other = "other"


LOCAL_OFFICES: tuple[str, ...] = (
    UnitKind.provincial_office.value,
    UnitKind.region_office.value,
    UnitKind.district_office.value,
)
"""The unit kinds of VSS's own offices below the agency (a region, a province, a district or grassroots office)."""

TOP_LOCAL_OFFICES: tuple[str, ...] = (UnitKind.provincial_office.value, UnitKind.region_office.value)
"""The offices directly under the agency (a province's, or a region's since 2025): the level a document
about one office is mostly written at."""

VSS_OFFICES: tuple[str, ...] = (UnitKind.agency.value, *LOCAL_OFFICES)
"""VSS itself and its offices: the bodies a document about the sector mostly speaks for."""


class FigureUnit(str, Enum):
    persons = "persons"
    percent = "percent"
    VND = "VND"
    documents = "documents"
    units = "units"
    count = "count"  # type: ignore[assignment]  # the contract's code; it shadows str.count


class Qualifier(str, Enum):
    about = "about"
    more_than = "more than"
    nearly = "nearly"
    at_least = "at least"
    at_most = "at most"


class FigureKind(str, Enum):
    actual = "actual"
    target = "target"
    change = "change"
    plan_completion = "plan_completion"


class Metric(str, Enum):
    si_participants = "si_participants"
    compulsory_si_participants = "compulsory_si_participants"
    voluntary_si_participants = "voluntary_si_participants"
    ui_participants = "ui_participants"
    hi_participants = "hi_participants"
    insured_total = "insured_total"
    si_coverage_rate = "si_coverage_rate"
    ui_coverage_rate = "ui_coverage_rate"
    hi_coverage_rate = "hi_coverage_rate"
    revenue = "revenue"
    late_payment = "late_payment"
    benefit_recipients = "benefit_recipients"
    mobilised_funds = "mobilised_funds"
    staff_count = "staff_count"
    documents_issued = "documents_issued"
    plan_completion_rate = "plan_completion_rate"
    satisfaction_rate = "satisfaction_rate"
    online_services_rate = "online_services_rate"
    non_cash_payment_rate = "non_cash_payment_rate"
    other = "other"


class AwardType(str, Enum):
    """Highest first (DOMAIN.md); `AWARD_RANK` keeps this order for reports."""

    gold_star_order = "gold_star_order"
    ho_chi_minh_order = "ho_chi_minh_order"
    independence_order = "independence_order"
    labor_order = "labor_order"
    other_order = "other_order"
    national_emulation_fighter = "national_emulation_fighter"
    government_emulation_flag = "government_emulation_flag"
    pm_certificate_of_merit = "pm_certificate_of_merit"
    ministry_emulation_flag = "ministry_emulation_flag"
    ministry_certificate_of_merit = "ministry_certificate_of_merit"
    ministry_emulation_fighter = "ministry_emulation_fighter"
    excellent_labor_collective = "excellent_labor_collective"
    grassroots_emulation_fighter = "grassroots_emulation_fighter"
    advanced_labor_collective = "advanced_labor_collective"
    advanced_laborer = "advanced_laborer"
    certificate_of_commendation = "certificate_of_commendation"
    commemorative_medal = "commemorative_medal"
    other = "other"


AWARD_RANK: dict[str, int] = {a.value: i for i, a in enumerate(AwardType)}


class Grade(str, Enum):
    first = "first"
    second = "second"
    third = "third"


class RecipientKind(str, Enum):
    collective = "collective"
    individual = "individual"


class AwardStatus(str, Enum):
    """Given, or only proposed ("đề nghị"): a proposal is kept but never counted as given."""

    conferred = "conferred"
    proposed = "proposed"


class EventKind(str, Enum):
    conference = "conference"
    congress = "congress"
    ceremony = "ceremony"
    meeting = "meeting"
    training = "training"
    other = "other"


class Record(_Model):
    evidence: Evidence


class Unit(Record):
    name: str = Field(min_length=1)
    kind: UnitKind = UnitKind.other
    mentions: list[str] = Field(default_factory=list)
    parent: str | None = None
    members: list[str] = Field(default_factory=list)
    role: str | None = None


class Person(Record):
    name: str = Field(min_length=1)
    title: str | None = None
    unit: str | None = None


class Figure(Record):
    metric: Metric = Metric.other
    value: int | float
    unit: FigureUnit = FigureUnit.count
    qualifier: Qualifier | None = None
    kind: FigureKind = FigureKind.actual
    as_of: DateLike | None = None
    period: str | None = None
    scope: str | None = None
    raw: str | None = Field(default=None, description="the number as written, e.g. 'VND 92.3 trillion'")


class Award(Record):
    award_type: AwardType
    grade: Grade | None = None
    recipient: str | None = None
    recipient_kind: RecipientKind | None = None
    count: int | None = Field(default=None, ge=0)
    conferred_by: str | None = None
    presented_by: str | None = None
    year: str | None = None
    status: AwardStatus = AwardStatus.conferred


class Movement(Record):
    name: str = Field(min_length=1)
    launched_by: str | None = None
    period: str | None = None


class Event(Record):
    kind: EventKind
    name: str | None = None
    date: DateLike | None = None
    location: str | None = None
    organizer: str | None = None
    period_reviewed: str | None = None


class Document(_Model):
    id: str
    source: str
    title: str | None = None
    published: DateLike | None = None
    language: str = "en"
    text: str

    @staticmethod
    def make_id(text: str) -> str:
        """Content address of the cleaned text: the same text is the same document."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


RECORD_TYPES: dict[str, type[Record]] = {
    "events": Event,
    "units": Unit,
    "people": Person,
    "figures": Figure,
    "awards": Award,
    "movements": Movement,
}


class Records(_Model):
    """One document and everything extracted from it."""

    schema_version: str = SCHEMA_VERSION
    document: Document
    events: list[Event] = Field(default_factory=list)
    units: list[Unit] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    movements: list[Movement] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _evidence_quotes_text(self) -> Records:
        text = self.document.text
        for kind, record in self.iter_records():
            ev = record.evidence
            if ev.end > len(text) or text[ev.start : ev.end] != ev.text:
                raise ValueError(f"{kind} evidence [{ev.start}:{ev.end}] does not quote the document text: {ev.text!r}")
        return self

    def iter_records(self) -> Iterator[tuple[str, Record]]:
        for kind in RECORD_TYPES:
            for record in getattr(self, kind):
                yield kind, record

    def to_json(self, **kwargs: Any) -> str:
        return self.model_dump_json(indent=2, **kwargs)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a records file, as `pipeline schema` prints it."""
    schema = Records.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"Records (schema version {SCHEMA_VERSION})"
    return schema


class TextSpan(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class IngestedDocument(_Model):
    """What ingest hands to extraction: cleaned text plus what the reader learnt.

    `captions` mark photo captions inside `text` (kept, because they name
    people and photographers, but a reviewer should know they are captions).
    """

    source: str
    text: str
    title: str | None = None
    published: DateLike | None = None
    language: str = "en"
    format: str = "txt"
    captions: list[TextSpan] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def id(self) -> str:
        return Document.make_id(self.text)
