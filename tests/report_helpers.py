"""Records for the report tests, built directly with the pydantic models.

Each record names a `q`: the exact text its evidence quotes (the first
occurrence at or after `at`, when given); `records()` turns it into offsets,
so the samples stay valid whatever the extraction does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.models import Document, Records

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def evidence(text: str, quote: str, at: int = 0) -> dict[str, Any]:
    start = text.index(quote, at)
    return {"start": start, "end": start + len(quote), "text": quote}


def records(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    source: str = "doc.txt",
    warnings: list[str] | None = None,
    **kinds: list[dict[str, Any]],
) -> Records:
    data: dict[str, Any] = {
        "document": {
            "id": Document.make_id(text),
            "source": source,
            "title": title,
            "published": published,
            "language": "en",
            "text": text,
        },
        "warnings": warnings or [],
    }
    for kind, items in kinds.items():
        data[kind] = []
        for item in items:
            fields = {k: v for k, v in item.items() if k not in ("q", "at")}
            data[kind].append({**fields, "evidence": evidence(text, item["q"], item.get("at", 0))})
    return Records.model_validate(data)


CLUSTER_TEXT = (
    "Emulation Cluster No. 8, one of the emulation clusters of Vietnam Social Security, held a conference on "
    "the morning of January 23 to take stock of its emulation and commendation work in 2025 and to agree on the "
    "tasks for 2026.\n"
    "Six units make up the cluster: Dong Nai Provincial Social Security, the cluster leader, and the social "
    "security offices of Vinh Long, An Giang, Ca Mau, Tay Ninh and Dong Thap. Each of them built the Prime "
    "Minister's movement \u201cFor the Poor \u2013 Leaving No One Behind\u201d into its yearly plan.\n"
    "At the close of 2025, the six offices together counted more than 3.2 million people paying social insurance "
    "and over 2.6 million covered by unemployment insurance, while health insurance reached 95.2% of residents. "
    "Collections passed VND 92.3 trillion.\n"
    "The report was read by Pham Minh Thanh, the cluster's head, who directs the Dong Nai office.\n"
    "By Thu Ha"
)


def cluster_doc() -> Records:
    t = CLUSTER_TEXT
    members = [
        "Dong Nai Social Security",
        "Vinh Long Social Security",
        "Tay Ninh Social Security",
        "Dong Thap Social Security",
        "An Giang Social Security",
        "Ca Mau Social Security",
    ]
    return records(
        t,
        title="Emulation Cluster No. 8 reviews 2025",
        published="2026-01-23",
        source="corpus/cluster8.txt",
        events=[
            {
                "q": "held a conference",
                "kind": "conference",
                "date": "2026-01-23",
                "organizer": "Emulation Cluster No. 8",
                "period_reviewed": "2025",
            }
        ],
        units=[
            {"q": "Emulation Cluster No. 8", "name": "Emulation Cluster No. 8", "kind": "cluster", "members": members},
            {"q": "Vietnam Social Security", "name": "Vietnam Social Security", "kind": "agency"},
            {
                "q": "Dong Nai Provincial Social Security",
                "name": "Dong Nai Social Security",
                "kind": "provincial_office",
                "role": "cluster leader",
                "mentions": ["Dong Nai Provincial Social Security"],
            },
            {"q": "Vinh Long", "name": "Vinh Long Social Security", "kind": "provincial_office"},
        ],
        people=[
            {
                "q": "Pham Minh Thanh",
                "name": "Pham Minh Thanh",
                "title": "Director of Dong Nai Social Security; Head of Emulation Cluster No. 8",
                "unit": "Dong Nai Social Security",
            },
            {"q": "Thu Ha", "name": "Thu Ha", "title": "author"},
        ],
        figures=[
            {
                "q": "more than 3.2 million",
                "metric": "si_participants",
                "value": 3200000,
                "unit": "persons",
                "qualifier": "more than",
                "as_of": "2025",
                "scope": "Emulation Cluster No. 8",
                "raw": "3.2 million",
            },
            {
                "q": "over 2.6 million",
                "metric": "ui_participants",
                "value": 2600000,
                "unit": "persons",
                "qualifier": "more than",
                "as_of": "2025",
                "scope": "Emulation Cluster No. 8",
            },
            {
                "q": "95.2%",
                "metric": "hi_coverage_rate",
                "value": 95.2,
                "unit": "percent",
                "as_of": "2025",
                "scope": "Emulation Cluster No. 8",
            },
            {
                "q": "VND 92.3 trillion",
                "metric": "revenue",
                "value": 92300000000000,
                "unit": "VND",
                "qualifier": "more than",
                "as_of": "2025",
                "scope": "Emulation Cluster No. 8",
            },
        ],
        movements=[
            {
                "q": "For the Poor \u2013 Leaving No One Behind",
                "name": "For the Poor \u2013 Leaving No One Behind",
                "launched_by": "Prime Minister",
            }
        ],
    )


AWARDS_TEXT = (
    "At the Congress, Vice President Dang Thi Ngoc Thinh, acting for the State President, presented the Labor Order "
    "to 11 collectives as well as six individuals for their results over 2021-2025. Dinh Tien Dung, on the Prime "
    "Minister's authority, handed eight collectives the Emulation Flags of the Government. Dong Nai Social "
    "Security received the Emulation Flag of the Government for 2025. Pham Minh Thanh was awarded the Labor Order, "
    "third class. The Certificate of Merit of the General Director went to Ca Mau Social Security.\n"
    "By the end of 2025, Emulation Cluster No. 8 had 3.4 million social insurance participants. In 2026 the cluster "
    "aims at a health insurance coverage rate of 96% and at 3.5 million social insurance participants."
)


def awards_doc() -> Records:
    t = AWARDS_TEXT
    return records(
        t,
        title="Congress honours collectives and individuals",
        published="2025-12-20",
        source="https://example.org/congress",
        warnings=["year of 'January 23' inferred"],
        events=[
            {
                "q": "Congress",
                "kind": "congress",
                "name": "Patriotic Emulation Congress",
                "period_reviewed": "2021-2025",
            }
        ],
        units=[
            {"q": "Dong Nai Social", "name": "Dong Nai Social Security", "kind": "provincial_office"},
            {"q": "Ca Mau Social Security", "name": "Ca Mau Social Security", "kind": "provincial_office"},
            {"q": "Emulation Cluster No. 8", "name": "Emulation Cluster No. 8", "kind": "cluster"},
        ],
        people=[
            {"q": "Dang Thi Ngoc Thinh", "name": "Dang Thi Ngoc Thinh", "title": "Vice President"},
            {"q": "Dinh Tien Dung", "name": "Dinh Tien Dung", "title": "Minister of Finance"},
            {"q": "Pham Minh Thanh", "name": "Pham Minh Thanh", "unit": "Dong Nai Social Security"},
        ],
        awards=[
            {
                "q": "Labor Order to 11 collectives",
                "award_type": "labor_order",
                "recipient_kind": "collective",
                "count": 11,
                "conferred_by": "State President",
                "presented_by": "Dang Thi Ngoc Thinh",
                "year": "2021-2025",
            },
            {
                "q": "six individuals",
                "award_type": "labor_order",
                "recipient_kind": "individual",
                "count": 6,
                "conferred_by": "State President",
                "presented_by": "Dang Thi Ngoc Thinh",
                "year": "2021-2025",
            },
            {
                "q": "eight collectives the Emulation Flags of the Government",
                "award_type": "government_emulation_flag",
                "recipient_kind": "collective",
                "count": 8,
                "conferred_by": "Prime Minister",
                "presented_by": "Dinh Tien Dung",
            },
            {
                "q": "Emulation Flag of the Government for 2025",
                "award_type": "government_emulation_flag",
                "recipient": "Dong Nai Social Security",
                "recipient_kind": "collective",
                "year": "2025",
            },
            {
                "q": "Labor Order, third class",
                "award_type": "labor_order",
                "grade": "third",
                "recipient": "Pham Minh Thanh",
                "year": "2025",
            },
            {
                "q": "Certificate of Merit of the General Director",
                "award_type": "ministry_certificate_of_merit",
                "recipient": "Ca Mau Social Security",
                "recipient_kind": "collective",
                "conferred_by": "VSS General Director",
                "year": "2025",
            },
        ],
        figures=[
            {
                "q": "3.4 million",
                "metric": "si_participants",
                "value": 3400000,
                "unit": "persons",
                "as_of": "2025",
                "scope": "Emulation Cluster No. 8",
            },
            {
                "q": "96%",
                "metric": "hi_coverage_rate",
                "value": 96,
                "unit": "percent",
                "kind": "target",
                "as_of": "2026",
                "scope": "Emulation Cluster No. 8",
            },
            {
                "q": "3.5 million",
                "metric": "si_participants",
                "value": 3500000,
                "unit": "persons",
                "kind": "target",
                "as_of": "2026",
                "scope": "Emulation Cluster No. 8",
            },
        ],
    )


def undated_doc() -> Records:
    """No dates anywhere: no published date, no as_of, no event."""
    t = "Tay Ninh Social Security mobilised VND 3.8 billion for the poor. The author is unknown."
    return records(
        t,
        source="notes/undated.txt",
        units=[{"q": "Tay Ninh Social Security", "name": "Tay Ninh Social Security", "kind": "provincial_office"}],
        figures=[
            {
                "q": "VND 3.8 billion",
                "metric": "mobilised_funds",
                "value": 3800000000,
                "unit": "VND",
                "scope": "Tay Ninh Social Security",
            }
        ],
    )


def sample_records() -> list[Records]:
    return [cluster_doc(), awards_doc(), undated_doc()]


HOSTILE = '<script>alert("x")</script> & <b>bold</b> | *star* \x0b'


def hostile_doc() -> Records:
    t = f"The movement {HOSTILE} was launched by <img src=x onerror=alert(1)>. It reached 12% coverage."
    return records(
        t,
        title="<script>alert('title')</script>",
        published="2025-05-01",
        source="evil.html",
        movements=[{"q": HOSTILE, "name": HOSTILE, "launched_by": "<img src=x onerror=alert(1)>"}],
        figures=[
            {
                "q": "12%",
                "metric": "si_coverage_rate",
                "value": 12,
                "unit": "percent",
                "as_of": "2025",
                "scope": "<i>Evil</i> Social Security",
            }
        ],
        units=[{"q": "<img src=x onerror=alert(1)>", "name": "<img src=x onerror=alert(1)>", "kind": "other"}],
    )
