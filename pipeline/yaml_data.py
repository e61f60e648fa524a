"""One way to read the package's YAML data: with libyaml's C loader when PyYAML has it.

The language packs, unit names and report labels are YAML, read at start-up by every worker
process and by the report. PyYAML's pure-Python safe loader spends about half a second on
them; its C loader (`CSafeLoader`, built into PyYAML's wheels) builds the same Python values
about ten times faster. A PyYAML built without libyaml falls back to the Python loader.
"""

from __future__ import annotations

from typing import Any

import yaml

try:
    _LOADER: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _LOADER = yaml.SafeLoader


def load_yaml(text: str) -> Any:
    """`yaml.safe_load(text)`, through the C loader when there is one."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)
