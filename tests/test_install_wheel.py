"""A non-editable install works away from the source tree: the wheel carries its templates and data.

The wheel is built without network (`--no-build-isolation`) and installed into a
fresh virtual environment with `--no-deps`; the dependencies come from this
test run's own environment through a `.pth` line, so nothing is downloaded.
The report is then drafted from a folder that has no `templates/` beside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from archive_helpers import records_for

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def _fresh_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIPELINE_") and k != "PYTHONPATH"}
    env["PIPELINE_CONFIG_DIR"] = str(tmp / "config")
    return env


def test_wheel_in_a_fresh_venv_drafts_every_report_format(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0 and "No module named" in build.stderr:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip().splitlines()[-1]}")
    assert build.returncode == 0, build.stderr
    (wheel,) = dist.glob("*.whl")

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # this environment's pip installs into the fresh one (`--python`), so no pip is bootstrapped there
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(_bin(venv, "python")), "install", "-q", "--no-deps"]
        + ["--no-index", str(wheel)],
        check=True,
        env=_fresh_env(tmp_path),
    )
    # the dependencies (spaCy, docxtpl, ...) from this environment, after the wheel's own site-packages
    site = Path(
        subprocess.run(
            [str(_bin(venv, "python")), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "zz_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    work = tmp_path / "elsewhere"
    work.mkdir()
    text = "Dong Nai Social Security held its review conference.\n\nIt was awarded the Labor Order, third class."
    rec = records_for(text, "a.txt", units=[{"name": "Dong Nai Social Security", "quote": "Dong Nai Social Security"}])
    (work / "a.json").write_text(rec.to_json(), encoding="utf-8")

    where = subprocess.run(
        [str(_bin(venv, "python")), "-c", "import pipeline; print(pipeline.__file__)"],
        cwd=work,
        capture_output=True,
        text=True,
        env=_fresh_env(tmp_path),
    )
    assert str(venv) in where.stdout, "the wheel, not the source tree, must be imported"
    for suffix in ("docx", "html", "md"):
        done = subprocess.run(
            [str(_bin(venv, "pipeline")), "report", "a.json", "--out", f"report.{suffix}"],
            cwd=work,
            capture_output=True,
            text=True,
            env=_fresh_env(tmp_path),
        )
        assert done.returncode == 0, done.stderr
        assert (work / f"report.{suffix}").stat().st_size > 1000
