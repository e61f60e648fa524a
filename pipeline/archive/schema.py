"""The archive's tables, as SQLAlchemy Core metadata (SQLite and PostgreSQL alike).

`build_v1(metadata)` is the schema migration 1 creates; `METADATA` is the
current schema the queries use: version 1 plus whatever later migrations add
(extend the tables here with `Table(..., extend_existing=True)` when a
migration adds a column). `tests/test_archive_store.py` checks that a migrated
database and `METADATA` agree.

One `documents` row is one *version* of a source file: its `id` is derived
from (office, path, file hash), so re-storing the same file is an upsert.
When a file changes, the new version gets a new row and the old row is kept
with `superseded = true` and `superseded_by` pointing at the new one. Record
rows belong to one document version (`document_id`, deleted with it) and
carry their evidence (`evidence_start`, `evidence_end`, `evidence_text`)
plus `data`, the record exactly as the records file has it (JSON), so the
archive gives back the same `Records` even for fields added to the contract
after the table was made. List fields (`mentions`, `members`) are JSON text.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

RECORD_TABLES = {  # records field -> table
    "units": "unit_mentions",
    "people": "people",
    "figures": "figures",
    "awards": "awards",
    "movements": "movements",
    "events": "events",
}


def _record_table(metadata: MetaData, name: str, *columns: Column) -> Table:
    """Columns every record table shares: identity, document, order, evidence, raw JSON."""
    return Table(
        name,
        metadata,
        Column("id", String(64), primary_key=True),
        Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        Column("ordinal", Integer, nullable=False),
        *columns,
        Column("evidence_start", Integer, nullable=False),
        Column("evidence_end", Integer, nullable=False),
        Column("evidence_text", Text, nullable=False),
        Column("data", Text, nullable=False),
    )


def build_v1(metadata: MetaData) -> MetaData:
    Table(
        "documents",
        metadata,
        Column("id", String(32), primary_key=True),
        Column("doc_id", String(64), nullable=False, index=True),
        Column("source", Text, nullable=False),
        Column("source_key", Text, nullable=False, index=True),
        Column("office", String(200), nullable=False),
        Column("file_hash", String(64), nullable=False, index=True),
        Column("title", Text),
        Column("published", String(10)),
        Column("language", String(8), nullable=False),
        Column("text", Text, nullable=False),
        Column("schema_version", String(8), nullable=False),
        Column("ingested_at", String(32), nullable=False),
        Column("pipeline_version", String(32), nullable=False),
        Column("profile", String(16), nullable=False),
        Column("version", Integer, nullable=False),
        Column("superseded", Boolean, nullable=False, default=False),
        Column("superseded_by", String(32)),
        Column("superseded_at", String(32)),
    )
    Table(
        "units",
        metadata,
        Column("key", String(300), primary_key=True),
        Column("name", Text, nullable=False),
        Column("kind", String(32), nullable=False),
        Column("province", String(100)),
        Column("successor_key", String(300)),
    )
    _record_table(
        metadata,
        "unit_mentions",
        Column("unit_key", String(300), ForeignKey("units.key"), nullable=False, index=True),
        Column("name", Text, nullable=False),
        Column("kind", String(32), nullable=False),
        Column("mentions", Text, nullable=False),
        Column("parent", Text),
        Column("parent_key", String(300)),
        Column("members", Text, nullable=False),
        Column("role", Text),
    )
    _record_table(
        metadata,
        "people",
        Column("name", Text, nullable=False),
        Column("title", Text),
        Column("unit", Text),
        Column("unit_key", String(300), index=True),
    )
    _record_table(
        metadata,
        "figures",
        Column("metric", String(64), nullable=False, index=True),
        Column("value", Float, nullable=False),
        Column("unit", String(16), nullable=False),
        Column("qualifier", String(16)),
        Column("kind", String(32), nullable=False),
        Column("as_of", String(10)),
        Column("period", String(32)),
        Column("scope", Text),
        Column("scope_key", String(300), index=True),
        Column("raw", Text),
    )
    _record_table(
        metadata,
        "awards",
        Column("award_type", String(64), nullable=False, index=True),
        Column("grade", String(8)),
        Column("recipient", Text),
        Column("recipient_key", String(300), index=True),
        Column("recipient_kind", String(16)),
        Column("count", Integer),
        Column("conferred_by", Text),
        Column("presented_by", Text),
        Column("year", String(32)),
    )
    _record_table(
        metadata,
        "movements",
        Column("name", Text, nullable=False),
        Column("launched_by", Text),
        Column("period", String(32)),
    )
    _record_table(
        metadata,
        "events",
        Column("kind", String(32), nullable=False),
        Column("name", Text),
        Column("date", String(10)),
        Column("location", Text),
        Column("organizer", Text),
        Column("organizer_key", String(300)),
        Column("period_reviewed", String(32)),
    )
    Table(
        "warnings",
        metadata,
        Column("id", String(64), primary_key=True),
        Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        Column("ordinal", Integer, nullable=False),
        Column("text", Text, nullable=False),
    )
    Index("ix_documents_current", metadata.tables["documents"].c.superseded, metadata.tables["documents"].c.source_key)
    return metadata


def build_v2(metadata: MetaData) -> MetaData:
    """Review tables (migration 2): staff corrections as a layer over the extractor's records.

    Corrections belong to a source file (`office`, `source_key`), not to one
    document version, so they outlive re-extraction; `document_id` is the
    version they currently apply to and `ref` the record in it (`x:<ordinal>`
    for an extractor record, `a:<correction id>` for a record a person added).
    The evidence columns are the anchor: where the record's words are, so a
    changed file can be searched for them again. `state` is `active` or
    `attention` (could not be carried over); `note` says why, or what changed.
    """
    Table(
        "corrections",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("office", String(200), nullable=False),
        Column("source_key", Text, nullable=False),
        Column("document_id", String(32), nullable=False, index=True),
        Column("kind", String(32), nullable=False),
        Column("ref", String(40), nullable=False),
        Column("anchor_nth", Integer, nullable=False, default=0),
        Column("action", String(16), nullable=False),
        Column("field", String(64)),
        Column("before", Text),
        Column("after", Text),
        Column("reason", Text),
        Column("user", String(100), nullable=False),
        Column("created_at", String(32), nullable=False),
        Column("evidence_start", Integer, nullable=False),
        Column("evidence_end", Integer, nullable=False),
        Column("evidence_text", Text, nullable=False),
        Column("state", String(16), nullable=False, default="active"),
        Column("note", Text),
    )
    Index("ix_corrections_source", metadata.tables["corrections"].c.office, metadata.tables["corrections"].c.source_key)
    Table(
        "review_state",
        metadata,
        Column("document_id", String(32), primary_key=True),
        Column("records", Integer, nullable=False),
        Column("reviewed", Integer, nullable=False),
        Column("attention", Integer, nullable=False),
        Column("updated_at", String(32), nullable=False),
    )
    Table(
        "unit_overrides",
        metadata,
        Column("key", String(300), primary_key=True),
        Column("name", Text),
        Column("merged_into", String(300)),
        Column("user", String(100), nullable=False),
        Column("updated_at", String(32), nullable=False),
    )
    Table(
        "users",
        metadata,
        Column("name", String(100), primary_key=True),
        Column("role", String(16), nullable=False),
        Column("password_hash", Text, nullable=False),
        Column("created_at", String(32), nullable=False),
    )
    return metadata


METADATA = build_v2(build_v1(MetaData()))
T = METADATA.tables
documents = T["documents"]
units = T["units"]
unit_mentions = T["unit_mentions"]
people = T["people"]
figures = T["figures"]
awards = T["awards"]
movements = T["movements"]
events = T["events"]
warnings = T["warnings"]
corrections = T["corrections"]
review_state = T["review_state"]
unit_overrides = T["unit_overrides"]
users = T["users"]

CHILD_TABLES = [unit_mentions, people, figures, awards, movements, events, warnings]
