"""The benchmark harness runs end to end on a tiny batch (no timing is asserted: it is a report)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks" / "bench.py"
HEADERS = ("machine", "workload", "throughput", "workers", "memory", "pdf ingestion", "accuracy", "profile", "targets")
JSON_KEYS = (
    "machine",
    "params",
    "workload",
    "throughput",
    "workers",
    "memory",
    "pdf",
    "accuracy",
    "profile",
    "targets",
    "errors",
)


@pytest.mark.slow
def test_bench_small_n_prints_every_section_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "--n",
            "5",
            "--warmup",
            "1",
            "--memory-n",
            "5",
            "--memory-configs",
            "fast",
            "--pdf-pages",
            "2",
            "--profile-n",
            "5",
            "--runs",
            "1",
            "--workers-n",
            "4",
            "--memory-words",
            "600",
            "--skip",
            "accuracy",  # the gold-set tests score both profiles already
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for title in HEADERS:
        assert f"\n== {title}" in proc.stdout, f"section {title!r} missing"

    res = json.loads(out.read_text(encoding="utf-8"))
    assert set(JSON_KEYS) <= set(res)
    assert res["errors"] == []
    assert res["workload"]["docs"] == res["workload"]["distinct"] == 5
    for config in ("baseline", "default", "fast", "run"):
        assert res["throughput"][config]["docs_per_s"] > 0, config
    assert res["throughput"]["default"]["ratio_to_baseline"] is not None
    assert res["workers"]["speedup"] is not None and res["workers"]["mode"]
    assert res["workers"]["fast"]["speedup_min_median_max"]
    assert res["memory"]["by_length"]["fast"]["600"]["peak_mb"] > 0
    assert res["memory"]["fast"]["5"]["peak_mb"] > 0
    assert res["pdf"]["pages"] >= 2 and res["pdf"]["recommendation"]
    acc = res["accuracy"]
    assert acc.get("skipped") or 0.0 <= acc["default"]["micro"]["f1"] <= 1.0
    assert res["profile"]["default"]["components_ms_per_doc"] and res["profile"]["fast"]["components_ms_per_doc"]
    assert {row["status"] for row in res["targets"]} <= {"PASS", "MISS", "N/A"}
    assert len(res["targets"]) >= 6


def test_generated_documents_are_distinct_and_deterministic() -> None:
    sys.path.insert(0, str(BENCH.parent))
    try:
        import workload
    finally:
        sys.path.remove(str(BENCH.parent))
    texts = list(workload.generate(list(workload.SYNTHETIC), 50, seed=3))
    assert len(set(texts)) == 50
    assert texts == list(workload.generate(list(workload.SYNTHETIC), 50, seed=3))
    assert texts[0] != workload.SYNTHETIC[0]  # numbers and names were perturbed
