"""`pipeline run`'s writer: archive rows one transaction per chunk, records files in the background."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from archive_helpers import press_release, records_for
from sqlalchemy import event

from pipeline.archive import Archive
from pipeline.run_writer import RunWriter


@dataclass
class FakeTask:
    name: str
    file_hash: str
    source_key: str


def test_documents_are_committed_in_chunks_and_reported_after_commit(tmp_path: Path) -> None:
    commits: list[int] = []
    stored: list[tuple[str, str]] = []
    with Archive(tmp_path / "archive.sqlite") as archive:
        event.listen(archive.engine, "commit", lambda conn: commits.append(len(stored)))
        writer = RunWriter(
            archive,
            tmp_path / "records",
            office="test",
            profile="fast",
            stored=lambda task, records, vid: stored.append((task.name, vid)),
            chunk_docs=4,
            chunk_seconds=3600,
        )
        with writer:
            for i in range(10):
                text = press_release(i)
                records = records_for(text, f"release_{i}.txt")
                writer.add(FakeTask(f"release_{i}.json", f"hash{i}", f"/in/release_{i}.txt"), records.to_json())
                assert len(stored) == 4 * ((i + 1) // 4)  # reported only once its chunk is committed
        assert commits == [0, 4, 8]  # three transactions for ten documents (4 + 4 + the last 2)
        assert archive.counts()["documents"] == 10
    assert len(stored) == 10
    assert sorted(p.name for p in writer.outputs) == sorted(f"release_{i}.json" for i in range(10))
    assert all((tmp_path / "records" / f"release_{i}.json").read_text(encoding="utf-8") for i in range(10))


def test_chunks_shrink_towards_the_end_so_no_worker_waits_alone() -> None:
    from pipeline.workers import chunked

    tasks = list(range(150))
    chunks = chunked(tasks, 16, 2)
    assert [t for c in chunks for t in c] == tasks  # every task once, in order
    assert max(map(len, chunks)) == 16  # the model's batch size
    assert [len(c) for c in chunks[-4:]] == [1, 1, 1, 1]
    sizes = [len(c) for c in chunks]
    assert sizes == sorted(sizes, reverse=True)
    assert {len(c) for c in chunked(tasks, 16, 1)} == {16, 150 % 16}  # one worker: full batches


def test_the_main_process_of_a_run_does_not_load_spacy() -> None:
    """With workers, `pipeline run`'s main process reads results, writes the archive and the
    records files: importing spaCy there (2.7 s of CPU the workers need) is a regression."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from pipeline import batch, corpus_run, run_writer\n"
        "from pipeline.models import Records\n"
        "from pipeline.archive import Archive\n"
        "from pipeline.report import write_reports\n"
        "batch.no_rules_warning(Records.model_validate_json(sys.stdin.read()))\n"
        "print('spacy' in sys.modules)\n"
    )
    records = records_for(press_release(1), "release_1.txt").to_json()
    out = subprocess.run([sys.executable, "-c", probe], input=records, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_worker_leaves_without_tearing_down_its_modules(tmp_path: Path) -> None:
    """A spawned worker's interpreter shutdown took a second with spaCy loaded, and `pipeline run`
    waited for it; the worker now flushes its streams and exits (status 0) before module teardown."""
    import subprocess
    import sys

    marker = tmp_path / "torn_down"
    probe = (
        "import sys\n"
        "from pipeline.workers import _worker_init\n"
        "from pipeline.settings import Settings\n"
        "class Module:\n"
        f"    def __del__(self, _open=open): _open({str(marker)!r}, 'w').close()\n"
        "kept = Module()\n"
        "_worker_init(Settings().model_dump_json(), load=False)\n"
        "print('done', flush=False)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.strip() == "done"  # output flushed, success status
    assert not marker.exists()  # no module teardown
