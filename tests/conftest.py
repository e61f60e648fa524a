"""Every test runs with its own user config folder and no PIPELINE_* settings from the machine;
rule tests share one fast (rules-only) pipeline per test process.

`pipeline run` records the archive it wrote in the user's pipeline.toml; a
test must neither read the developer's file nor write into it.
"""

from __future__ import annotations

import os
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("PIPELINE_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("PIPELINE_CONFIG_DIR", str(tmp_path_factory.mktemp("user-config")))


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The rules-only pipeline: the rules are the same in both profiles, and the blank pipeline
    keeps component tests fast. Built once per test process."""
    from pipeline.extract.nlp import build_nlp
    from pipeline.settings import Settings

    return build_nlp(Settings(profile="fast"), "en")  # English, whatever PIPELINE_LANG the machine sets


@pytest.fixture(scope="session")
def vi_nlp() -> Any:
    """The rules-only pipeline with the Vietnamese pack, built once per test process (as `nlp`)."""
    from pipeline.extract.nlp import build_nlp
    from pipeline.settings import Settings

    return build_nlp(Settings(profile="fast"), "vi")


@pytest.fixture(scope="module", params=["en", "vi"])
def lang_nlp(request: pytest.FixtureRequest) -> tuple[str, Any]:
    """(language, its fast pipeline), for each language: the speed rewrites' equivalence tests."""
    from pipeline.extract.nlp import build_nlp
    from pipeline.settings import Settings

    return request.param, build_nlp(Settings(profile="fast"), request.param)
