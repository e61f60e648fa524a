"""The documentation matches the program: every command and option is in docs/cli.md and the other way round;
every setting is in docs/settings.md; the README is a short staff guide whose set-up commands are CI's."""

from __future__ import annotations

import re
from pathlib import Path

import click

from pipeline.cli import cli
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CLI_MD = ROOT / "docs" / "cli.md"


def commands(cmd: click.Command = cli, path: str = "pipeline") -> dict[str, set[str]]:
    """Every command path with its long and short options (help excluded)."""
    out = {path: {o for p in cmd.params if isinstance(p, click.Option) for o in p.opts + p.secondary_opts}}
    if isinstance(cmd, click.Group):
        for name, sub in cmd.commands.items():
            out.update(commands(sub, f"{path} {name}"))
    return out


def documented() -> dict[str, set[str]]:
    """`## pipeline ...` sections and the options in the first column of their tables."""
    out: dict[str, set[str]] = {}
    current = None
    for line in CLI_MD.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (pipeline(?: [a-z]+)*)\s*$", line)
        if heading:
            current = heading.group(1)
            out[current] = set()
        elif current and line.startswith("| `-"):
            first_cell = line.split("|")[1]
            out[current] |= set(re.findall(r"`(--?[a-z][a-z-]*)", first_cell))
    return out


def test_every_command_and_option_is_documented_and_nothing_else() -> None:
    program, docs = commands(), documented()
    assert set(docs) == set(program), "commands: docs/cli.md sections against the program"
    for command, options in program.items():
        assert docs[command] == options, f"{command}: documented {sorted(docs[command])}, program {sorted(options)}"


def test_every_setting_is_documented() -> None:
    text = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z_]+)`", text, re.M))
    assert listed == set(Settings.model_fields)


def test_readme_is_a_short_staff_guide() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = readme.splitlines()
    assert len(lines) <= 150, len(lines)
    for words in ("Windows", "macOS", "Linux", "outputs/report.docx", "errors.jsonl", "sign", "docs/cli.md"):
        assert words in readme, words
    assert "../shared" not in readme, "staff do not have the developers' shared folder"
    # exactly two set-up commands, the second being the one CI runs
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```(?:bash|sh)?\n(.*?)```", setup, re.S)
    assert len(blocks) == 2, blocks
    install, test = (b.strip() for b in blocks)
    assert "pipeline run corpus/" in install and "pip install" in install
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines(), f"{test!r} must be the command .ci/run runs"
    for doc in re.findall(r"\(docs/([a-z-]+\.md)", readme):
        assert (ROOT / "docs" / doc).is_file(), doc
