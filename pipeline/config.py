"""Where settings come from: config files, the environment, and the archive the last run used.

Layers, lowest precedence first (each overrides only the keys it names):

1. `pipeline.toml` in the user's config folder (`user_config_dir()`);
2. `pipeline.toml` in the working folder;
3. the file given with `--config FILE` or `$PIPELINE_CONFIG`;
4. `PIPELINE_<NAME>` environment variables (`PIPELINE_WORKERS=2`, `PIPELINE_DB=...`);
5. command-line options.

A bad value is one line naming the key and the layer it came from (a
`SettingsError`, exit status 2), never a pydantic dump. `pipeline run`
records the archive it wrote in `last_archive`, so the archive commands find
it without `--db` whatever `--out` was.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import sys
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import SettingsError

CONFIG_NAME = "pipeline.toml"
ENV_PREFIX = "PIPELINE_"
APP_DIR = "vss-pipeline"
DEFAULT_ARCHIVE = "outputs/archive.sqlite"

Layer = tuple[str, dict[str, Any]]
M = TypeVar("M", bound=BaseModel)


def user_config_dir() -> Path:
    """The per-user config folder: `$PIPELINE_CONFIG_DIR`, else the platform's usual place."""
    if os.environ.get("PIPELINE_CONFIG_DIR"):
        return Path(os.environ["PIPELINE_CONFIG_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / APP_DIR


def config_files(explicit: Path | None = None) -> list[Path]:
    """The config files that apply here, lowest precedence first."""
    found = [p for p in (user_config_dir() / CONFIG_NAME, Path.cwd() / CONFIG_NAME) if p.is_file()]
    explicit = explicit or (Path(os.environ["PIPELINE_CONFIG"]) if os.environ.get("PIPELINE_CONFIG") else None)
    if explicit is not None:
        if not explicit.is_file():
            raise SettingsError(f"settings file not found: {explicit}")
        found.append(explicit)
    unique: dict[Path, Path] = {}
    for p in found:
        unique.setdefault(p.resolve(), p)
    return list(unique.values())


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot be read: {exc}") from exc


def env_layer(fields: dict[str, Any]) -> Layer:
    """`PIPELINE_<NAME>` for every setting; a list setting is given as a JSON list."""
    data: dict[str, Any] = {}
    for name, info in fields.items():
        raw = os.environ.get(ENV_PREFIX + name.upper())
        if raw is None or raw == "":
            continue
        if "list" in str(info.annotation):
            try:
                data[name] = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise SettingsError(
                    f'environment {ENV_PREFIX + name.upper()}: give a JSON list, e.g. ["a", "b"]'
                ) from exc
        else:
            data[name] = raw
    return "environment", data


def load_layers(explicit: Path | None = None) -> list[Layer]:
    """Every layer below the command line, lowest precedence first."""
    from .settings import Settings

    layers: list[Layer] = [(str(p), _read_toml(p)) for p in config_files(explicit)]
    layers.append(env_layer(Settings.model_fields))
    return layers


def validate_layers(model: type[M], layers: list[Layer]) -> M:
    """Merge the layers and validate; the first bad key is reported with the layer that set it."""
    data: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for source, values in layers:
        for key, value in values.items():
            data[key] = value
            origin[key] = source
    try:
        return model(**data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0]) if err["loc"] else "?"
        where = origin.get(key, "settings")
        if where == "environment":
            where = f"environment {ENV_PREFIX + key.upper()}"
        if err["type"] == "extra_forbidden":
            close = difflib.get_close_matches(key, list(model.model_fields), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise SettingsError(f"{where}: unknown setting {key!r}{hint}") from None
        raise SettingsError(f"{where}: {key}: {err['msg'].rstrip('.')} (got {err.get('input')!r})") from None


def record_last_archive(url: str) -> Path:
    """Write `last_archive` into the working folder's pipeline.toml if there is one, else the user's.

    Only that one line is touched: comments and other settings stay as written.
    """
    local = Path.cwd() / CONFIG_NAME
    path = local if local.is_file() else user_config_dir() / CONFIG_NAME
    line = f"last_archive = {json.dumps(url, ensure_ascii=False)}\n"
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    pattern = re.compile(r"^last_archive\s*=.*\n?", re.M)
    # at the top, so it never lands inside a [table] a user may have added
    new = pattern.sub(line, old, count=1) if pattern.search(old) else line + old
    if new != old:
        from .files import atomic_write_text

        atomic_write_text(path, new)
    return path


def archive_url(db: str | None, settings: Any) -> str:
    """The archive a query reads: `--db`/`PIPELINE_DB`, else the `db` setting, else the last run's, else the default."""
    value = str(db or settings.db or settings.last_archive or DEFAULT_ARCHIVE)
    return value if "://" in value else f"sqlite:///{value}"  # a bare path is a SQLite file
