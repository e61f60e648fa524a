"""`pipeline run --workers 2` renders its report in the idle workers: the same files as one worker.

The runs happen in a fresh interpreter: the workers are forked only from a
process without other threads (`forked_pool`), and the point is the path a
real run takes. A spy on `render_formats` says whether a pool was handed to it.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from archive_helpers import write_corpus

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="this platform cannot fork"),
]

SCRIPT = textwrap.dedent(
    """
    import io, json, sys
    from pathlib import Path
    import pipeline.report as report
    from pipeline.corpus_run import run_corpus
    from pipeline.settings import Settings

    pools = []
    real = report.render_formats
    def spy(ctx, formats, settings, pool=None):
        pools.append(pool is not None)
        return real(ctx, formats, settings, pool)
    report.render_formats = spy

    corpus, out, workers, templates = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    settings = Settings(profile="fast", workers=workers, templates_dir=templates or None)
    summary = run_corpus(corpus, out, settings, force=True, stream=io.StringIO())
    print(json.dumps({"pools": pools, "report_error": summary.report_error, "processed": summary.processed}))
    """
)


def run(corpus: Path, out: Path, workers: int, templates: Path | None = None) -> dict:
    cmd = [sys.executable, "-c", SCRIPT, str(corpus), str(out), str(workers), str(templates or "")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report_files(out: Path) -> dict[str, object]:
    """report.md and report.html as bytes, report.docx as its parts (the zip's timestamps aside)."""
    files: dict[str, object] = {name: (out / name).read_bytes() for name in ("report.md", "report.html")}
    with zipfile.ZipFile(io.BytesIO((out / "report.docx").read_bytes())) as z:
        files["report.docx"] = {name: z.read(name) for name in z.namelist()}
    return files


def test_two_workers_write_the_reports_one_worker_writes_and_keep_them_on_a_template_error(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 5)
    one = run(corpus, tmp_path / "one", 1)
    two = run(corpus, tmp_path / "two", 2)
    assert one == {"pools": [False], "report_error": None, "processed": 5}
    assert two == {"pools": [True], "report_error": None, "processed": 5}, "the report went to the workers"
    before = report_files(tmp_path / "two")
    assert before == report_files(tmp_path / "one")

    # a template that fails in a worker: the run says so, as one worker does, and the old reports stay
    broken = tmp_path / "templates"
    broken.mkdir()
    for name in ("report.docx", "report.md.j2"):
        (broken / name).write_bytes((Path(__file__).parents[1] / "pipeline" / "templates" / name).read_bytes())
    (broken / "report.html.j2").write_text("A title\n{{ no_such_value }}\n", encoding="utf-8")
    failed_two = run(corpus, tmp_path / "two", 2, broken)
    failed_one = run(corpus, tmp_path / "one", 1, broken)
    assert failed_two["pools"] == [True]
    assert failed_two["report_error"] == failed_one["report_error"]
    assert "report.html.j2, line 2" in failed_two["report_error"]
    assert report_files(tmp_path / "two") == before
