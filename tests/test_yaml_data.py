"""The package's YAML data reads the same through libyaml's C loader as through PyYAML's Python one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline import yaml_data

PACKAGE = Path(yaml_data.__file__).resolve().parent
DATA_FILES = sorted(PACKAGE.rglob("*.yml")) + sorted(PACKAGE.rglob("*.yaml"))


def test_there_is_data_to_check() -> None:
    assert len(DATA_FILES) >= 20  # the language packs, unit names, report labels ...


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_data_file_loads_to_the_same_values(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert yaml_data.load_yaml(text) == yaml.safe_load(text)


def test_without_libyaml_the_python_loader_reads_it(monkeypatch) -> None:
    monkeypatch.setattr(yaml_data, "_LOADER", yaml.SafeLoader)
    assert yaml_data.load_yaml("a: [1, two]\nb: {c: null}\n") == {"a": [1, "two"], "b": {"c": None}}


@pytest.mark.parametrize("loader", [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)])
def test_a_key_written_twice_is_an_error_not_the_last_one(monkeypatch, loader) -> None:
    # two rules added under one grammar key: the first would be silently lost
    monkeypatch.setattr(yaml_data, "_LOADER", loader)
    text = "grammar:\n  appointed: 'a'\n  other: 'b'\n  appointed: 'c'\n"
    with pytest.raises(yaml.constructor.ConstructorError, match="'appointed' twice"):
        yaml_data.load_yaml(text)
    assert yaml_data.load_yaml("grammar:\n  appointed: 'a'\nother:\n  appointed: 'c'\n") == {
        "grammar": {"appointed": "a"},
        "other": {"appointed": "c"},
    }
