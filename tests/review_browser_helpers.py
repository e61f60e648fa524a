"""Helpers for the review app's browser tests: the distribution's Chromium, a served app, an action counter."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("REVIEW_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TYPICAL = "can_tho_labor_order.txt"  # a typical press release: about 20 records
OTHER = "quang_tri_voluntary_si.txt"


def launch_browser() -> Any:
    """Chromium from the distribution (no browser download is possible here), or a skip saying why."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it when it can)")
    pw = sync_api.sync_playwright().start()
    try:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as exc:  # a broken browser install is a skip with its reason, not an error in every test
        pw.stop()
        pytest.skip(f"Chromium at {CHROMIUM} does not start: {exc}")
    return pw, browser


def pipeline(*args: str, cwd: Path, check: bool = True, input: str | None = None) -> Any:
    """`pipeline ARGS` run in `cwd`, in this process (the spaCy pipeline is loaded once per test worker)."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    finally:
        os.chdir(old)
    if check and result.exit_code != 0:
        raise AssertionError(f"pipeline {' '.join(args)} failed: {result.output[-2000:]}")
    return result


def build_archive(folder: Path) -> Path:
    """A two-document archive made by `pipeline run` (fast profile) from the project's own corpus."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    for name in (TYPICAL, OTHER):
        shutil.copy(CORPUS / name, corpus / name)
    pipeline("run", "corpus", "--out", "out", "--profile", "fast", "--workers", "1", cwd=folder)
    return folder / "out" / "archive.sqlite"


@contextmanager
def served(db: Path, require_login: bool | None = None) -> Iterator[str]:
    """The review app on `db`, on a free port of 127.0.0.1, in a thread; yields its base URL."""
    from waitress import create_server

    from pipeline.review import create_app

    app = create_app(f"sqlite:///{db}", require_login=require_login)
    server = create_server(app, host="127.0.0.1", port=0, threads=4)

    def run() -> None:
        try:
            server.run()
        except OSError:  # the test closed the server under the loop's select: that is its end
            pass

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
        app.extensions["archive"].close()


class Counter:
    """Clicks and keystrokes a person would make: a click is 1, choosing from a list 2 (open, pick),
    replacing a field's text 1 (select all) + one per character typed."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.count = 0

    def click(self, target: Any) -> None:
        self.count += 1
        target.click()

    def choose(self, target: Any, value: str) -> None:
        self.count += 2
        target.select_option(value)

    def type_into(self, target: Any, text: str) -> None:
        self.count += 1 + 1 + len(text)  # click into the field, select all, type
        target.fill(text)


def select_words(page: Any, words: str) -> None:
    """Drag the mouse across `words` in the document text, as a person selects them."""
    box = page.evaluate(
        """(words) => {
            const root = document.getElementById('doctext');
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const i = node.data.indexOf(words);
                if (i < 0) continue;
                const r = document.createRange();
                r.setStart(node, i); r.setEnd(node, i + 1);
                const a = r.getBoundingClientRect();
                r.setStart(node, i + words.length - 1); r.setEnd(node, i + words.length);
                const b = r.getBoundingClientRect();
                return {x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2};
            }
            return null;
        }""",
        words,
    )
    assert box, f"{words!r} is not in one piece of the document text"
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=5)
    page.mouse.up()


def screenshot(page: Any, name: str) -> None:
    """Saved only when REVIEW_SCREENSHOTS names a folder (for people to look at, not for asserts)."""
    folder = os.environ.get("REVIEW_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"review-{name}.png"), full_page=False)
