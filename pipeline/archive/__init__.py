"""The archive: every document version and its records in SQLite (default) or PostgreSQL.

- `store.Archive`: open (migrations applied), write one document per transaction, load `Records`;
- `queries`: search, figures, awards, units, and `load_records` for reports;
- `export`: CSV / JSONL / XLSX;
- `units`: the cross-document unit key.
"""

from __future__ import annotations

from .corrections import effective_records
from .queries import load_records
from .store import DEFAULT_URL, Archive, default_url_for, normalize_url, open_archive

__all__ = [
    "DEFAULT_URL",
    "Archive",
    "default_url_for",
    "effective_records",
    "load_records",
    "normalize_url",
    "open_archive",
]
