#!/usr/bin/env python
"""Speed of the review app on a large archive: queue page, document page, accepting a record.

A report, not a test: each target is printed as PASS or MISS; the exit status
is 0 unless the benchmark could not run.

\b
Example:
    .venv/bin/python benchmarks/review_bench.py                       # 5,000 documents, 20 requests each
    .venv/bin/python benchmarks/review_bench.py --docs 500 --json benchmarks/results-review.json

The archive (SQLite, in a temp folder, or --db PATH to keep and reuse it) is
filled with synthetic press releases of about 20 records each (units, people,
figures, awards, a movement, events), every document different. The app is
served by waitress on 127.0.0.1 as `pipeline review` serves it, and timed
over real HTTP: wall-clock per request, median of N. Targets: queue and
document page under 300 ms, accepting one record under 100 ms.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import random
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.archive import Archive  # noqa: E402
from pipeline.archive.queries import current_ids  # noqa: E402
from pipeline.models import Document, Records  # noqa: E402

PROVINCES = [
    "Dong Nai",
    "Ha Noi",
    "Can Tho",
    "Quang Tri",
    "Gia Lai",
    "Nghe An",
    "Hue",
    "Dak Lak",
    "Binh Duong",
    "Lao Cai",
]
SURNAMES = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"]
GIVEN = ["Van An", "Thi Lan", "Minh Duc", "Thanh Ha", "Quoc Bao", "Ngoc Mai", "Huu Phuoc", "Thu Trang"]
TARGETS_MS = {"queue": 300.0, "queue_filtered": 300.0, "document": 300.0, "accept": 100.0}


def synthetic(i: int, rng: random.Random) -> Records:
    """One press release of ~20 records; the text is built first and every record quotes it."""
    prov, other = rng.sample(PROVINCES, 2)
    unit, unit2 = f"{prov} Social Security", f"{other} Social Security"
    people = [f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}" for _ in range(3)]
    numbers = [f"{rng.randint(100, 999)},{rng.randint(100, 999)}", f"{rng.randint(80, 99)}.{rng.randint(0, 9)}%"]
    year = 2015 + i % 11
    parts: list[tuple[str, str, dict[str, Any]]] = []  # (sentence, quoted words, record)
    text = f"{unit} reviews emulation work in {year} (release {i})\n\n"

    def add(sentence: str, quote: str, kind: str, record: dict[str, Any]) -> None:
        nonlocal text
        start = len(text) + sentence.index(quote)
        record["evidence"] = {"start": start, "end": start + len(quote), "text": quote}
        parts.append((kind, quote, record))
        text += sentence + " "

    add(f"On 12 January {year + 1}, {unit} held a conference.", "conference", "events", {"kind": "conference"})
    add(f"The unit leads its cluster with {unit2}.", unit2, "units", {"name": unit2, "kind": "provincial_office"})
    add(f"{unit} served the province well.", unit, "units", {"name": unit, "kind": "provincial_office"})
    add(
        "Vietnam Social Security sent a delegation.",
        "Vietnam Social Security",
        "units",
        {"name": "Vietnam Social Security", "kind": "agency"},
    )
    add(
        f"The {prov} People's Committee attended.",
        f"{prov} People's Committee",
        "units",
        {"name": f"{prov} People's Committee"},
    )
    for n, person in enumerate(people):
        add(f"Director {person} spoke ({n}).", person, "people", {"name": person, "title": "Director"})
    add(
        f"Participants reached {numbers[0]} people.",
        numbers[0],
        "figures",
        {"metric": "si_participants", "value": int(numbers[0].replace(",", "")), "unit": "persons", "scope": unit},
    )
    add(
        f"Coverage reached {numbers[1]} of the population.",
        numbers[1],
        "figures",
        {"metric": "hi_coverage_rate", "value": float(numbers[1][:-1]), "unit": "percent", "scope": unit},
    )
    for k in range(4):
        v = rng.randint(10, 99)
        add(f"Indicator {k} stood at {v} units.", f"{v} units", "figures", {"value": v, "unit": "units", "scope": unit})
    add(
        f"{unit} received the Labor Order, third class.",
        "Labor Order",
        "awards",
        {"award_type": "labor_order", "grade": "third", "recipient": unit},
    )
    add(
        f"{people[0]} received a Certificate of Merit.",
        "Certificate of Merit",
        "awards",
        {"award_type": "pm_certificate_of_merit", "recipient": people[0]},
    )
    add(
        f"{unit2} received the Emulation Flag.",
        "Emulation Flag",
        "awards",
        {"award_type": "government_emulation_flag", "recipient": unit2},
    )
    add(
        "Twelve collectives were named Excellent Labor Collectives.",
        "Excellent Labor Collectives",
        "awards",
        {"award_type": "excellent_labor_collective", "count": 12},
    )
    add(
        "The movement 'Digital transformation' was launched.",
        "Digital transformation",
        "movements",
        {"name": "Digital transformation"},
    )
    add(f"A ceremony followed on 13 January {year + 1}.", "ceremony", "events", {"kind": "ceremony"})
    data: dict[str, Any] = {
        "document": Document(
            id=Document.make_id(text),
            source=f"bench/release_{i:05d}.txt",
            text=text,
            published=f"{year + 1}-01-{1 + i % 28:02d}",
            title=text.split("\n")[0],
        ),
        "warnings": ["date inferred"] if i % 7 == 0 else [],
    }
    for kind, _, rec in parts:
        data.setdefault(kind, []).append(rec)
    return Records.model_validate(data)


def build(db: Path, n: int) -> None:
    rng = random.Random(7)
    with Archive(f"sqlite:///{db}") as arc:
        have = len(current_ids(arc))
        t0 = time.perf_counter()
        for i in range(have, n):
            arc.store(synthetic(i, rng), file_hash=f"h{i}", source_key=f"/bench/release_{i:05d}.txt", office="bench")
            if i and i % 1000 == 0:
                print(f"  archived {i} documents ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the action's own time: its 303 is the answer


class Client:
    def __init__(self, base: str) -> None:
        self.base = base
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        self.actions = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect())

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path) as r:
            return r.read().decode()

    def post(self, path: str, data: dict[str, str]) -> int:
        req = urllib.request.Request(self.base + path, data=urllib.parse.urlencode(data).encode(), method="POST")
        try:
            with self.actions.open(req) as r:
                r.read()
                return int(r.status)
        except urllib.error.HTTPError as exc:
            if exc.code != 303:
                raise
            return 303


def timed(fn: Any, n: int) -> list[float]:
    out = []
    for i in range(n):
        t0 = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--n", type=int, default=20, help="requests per measurement (median reported)")
    ap.add_argument("--db", type=Path, default=None, help="archive file to build or reuse")
    ap.add_argument("--json", type=Path, default=None, help="write the results here")
    args = ap.parse_args()

    db = args.db or Path(tempfile.mkdtemp(prefix="review-bench")) / "archive.sqlite"
    t0 = time.perf_counter()
    build(db, args.docs)
    print(f"archive: {args.docs} documents at {db} (built in {time.perf_counter() - t0:.0f} s)")

    from waitress import create_server

    from pipeline.review import create_app

    app = create_app(f"sqlite:///{db}")
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    client = Client(f"http://127.0.0.1:{server.effective_port}")
    with Archive(f"sqlite:///{db}") as arc:
        ids = current_ids(arc)
    rng = random.Random(11)
    sample = rng.sample(ids, args.n)
    client.get("/")  # warm up: templates compiled, connection pool open
    page = client.get(f"/doc/{sample[0]}")
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]

    results: dict[str, list[float]] = {}
    results["queue"] = timed(lambda i: client.get(f"/?page={1 + i}"), args.n)
    filters = ["/?status=unreviewed", "/?q=Labor+Order", "/?unit=Dong+Nai", "/?period=2020"]
    # the first request with a unit or period filter computes which documents are about it (cached
    # until a document is archived): reported, not a target
    first = timed(lambda i: client.get(filters[i]), len(filters))
    results["queue_filtered"] = timed(lambda i: client.get(filters[i % len(filters)]), args.n)
    results["document"] = timed(lambda i: client.get(f"/doc/{sample[i]}"), args.n)
    accept_path = "/doc/{vid}/rec/figures/x{k}/accept"
    results["accept"] = timed(
        lambda i: client.post(accept_path.format(vid=sample[i], k=i % 6), {"csrf": token}),
        args.n,
    )
    # the server thread is a daemon: it ends with this process (closing it under a live thread makes waitress complain)

    summary = {}
    print(f"\n{'measurement':<16}{'median ms':>10}{'p90 ms':>9}{'target':>9}  verdict")
    for name, times in results.items():
        med = statistics.median(times)
        p90 = sorted(times)[int(0.9 * (len(times) - 1))]
        ok = med < TARGETS_MS[name]
        summary[name] = {"median_ms": round(med, 1), "p90_ms": round(p90, 1), "target_ms": TARGETS_MS[name], "pass": ok}
        print(f"{name:<16}{med:>10.1f}{p90:>9.1f}{TARGETS_MS[name]:>9.0f}  {'PASS' if ok else 'MISS'}")
    print("first filtered queue requests (uncached), ms: " + ", ".join(f"{f} {t:.0f}" for f, t in zip(filters, first)))
    summary["queue_filtered_first_ms"] = {f: round(t, 1) for f, t in zip(filters, first)}  # type: ignore[assignment]
    if args.json:
        args.json.write_text(json.dumps({"docs": args.docs, "n": args.n, "results": summary}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
