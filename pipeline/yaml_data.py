"""One way to read the package's YAML data: with libyaml's C loader when PyYAML has it.

The language packs, unit names and report labels are YAML, read at start-up by every worker
process and by the report. PyYAML's pure-Python safe loader spends about half a second on
them; its C loader (`CSafeLoader`, built into PyYAML's wheels) builds the same Python values
about ten times faster. A PyYAML built without libyaml falls back to the Python loader.

A key written twice in one mapping is an error, not "the last one wins": two rules added to a
language pack under the same grammar key would otherwise leave one of them silently unread.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

try:
    _LOADER: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _LOADER = yaml.SafeLoader


@cache
def unique_key_loader(base: type) -> type:
    """`base` (a safe loader) refusing a mapping that names a key twice."""

    class UniqueKeyLoader(base):
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping", node.start_mark, f"found the key {key!r} twice", key_node.start_mark
                    )
                seen.add(key)
            return super().construct_mapping(node, deep)

    return UniqueKeyLoader


def load_yaml(text: str) -> Any:
    """`yaml.safe_load(text)`, through the C loader when there is one; a key written twice in one
    mapping raises `yaml.constructor.ConstructorError`."""
    return yaml.load(text, Loader=unique_key_loader(_LOADER))  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)
