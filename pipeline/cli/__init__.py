"""The `pipeline` command: thin click commands that parse options and call a stage.

Every user mistake surfaces as a `PipelineError` and is printed as one line
(click's `ClickException`) with its `exit_code` (2 for a usage mistake);
click's own usage errors (an unknown option, a missing argument) are one line
with exit status 2 too. So is a failure of the machine (a full or read-only
disk, a lost database: `errors.describe_failure`); anything else is a bug and
keeps its traceback. Ctrl-C and SIGTERM exit with status 130 and say what was
saved.
"""

from __future__ import annotations

import click

from ..lifecycle import terminate_on_sigterm
from .archive_cmds import archive
from .documents import extract, run, schema
from .options import CONTEXT_SETTINGS, PipelineGroup
from .report_cmd import report
from .review_cmds import review, users


@click.group(cls=PipelineGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="vss-emulation-pipeline")
def cli() -> None:
    """Turn VSS emulation and commendation press releases into records, reports and an archive.

    \b
    Example:
        pipeline run corpus/
        pipeline extract article.txt --out records/
    """


for command in (extract, schema, run, archive, report, review, users):
    cli.add_command(command)


def main() -> None:
    with terminate_on_sigterm():  # a scheduler's SIGTERM stops a run the way Ctrl-C does
        cli(prog_name="pipeline")


if __name__ == "__main__":
    main()
