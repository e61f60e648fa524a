"""One settings object, overlaid on packaged defaults.

Defaults live here only (not repeated in function signatures). Every setting
can be given, lowest to highest precedence, in `pipeline.toml` in the user's
config folder, `pipeline.toml` in the working folder, the `--config FILE`
(or `$PIPELINE_CONFIG`), a `PIPELINE_<NAME>` environment variable, or a
command-line option; each layer overrides only the keys it names
(`pipeline.config` finds the files and names the layer a bad value came from).
Pass the object explicitly; change a copy with `settings.model_copy(update={...})`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_LANG = "en"
"""The language assumed where none is known (ingest guesses one per document)."""


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # ingest limits: refuse before reading a hostile file into memory
    max_file_mb: float = Field(50.0, gt=0, description="files larger than this are refused")
    max_pdf_pages: int = Field(300, gt=0, description="PDF pages read at most; the rest is skipped with a warning")
    max_docx_unpacked_mb: float = Field(200.0, gt=0, description="a .docx that unpacks larger is refused (zip bomb)")
    max_text_chars: int = Field(2_000_000, gt=0, description="cleaned text is cut here, with a warning")
    soffice: str | None = Field(None, description="LibreOffice's soffice, for .doc/.odt/.rtf; none = search for it")
    convert_timeout_s: float = Field(120.0, gt=0, description="a LibreOffice conversion is stopped after this")
    # extraction
    lang: str | None = Field(
        None,
        pattern=r"^[a-z]{2,3}$",
        description="language of every document's extraction rules (data/<lang>/); none = the language ingest detects",
    )
    profile: Literal["default", "fast"] = "default"
    model: str = "en_core_web_sm"
    batch_size: int = Field(16, gt=0)
    # batch
    workers: int = Field(0, ge=0, description="0 = one per core")
    # report
    report_lang: Literal["vi", "en"] = "vi"
    report_max_documents: int = Field(
        100,
        gt=0,
        description="`pipeline run` drafts its report from at most this many documents (the most recent), "
        "so a backlog of thousands keeps memory bounded; `pipeline report --from-archive --unit/--period` reports on any subset",
    )
    issuing_body: str = "BẢO HIỂM XÃ HỘI VIỆT NAM"
    issuing_unit: str = "CỤM THI ĐUA"
    place: str = "Hà Nội"
    signer_title: str = "TRƯỞNG CỤM"
    signer_name: str = ""
    signer_on_behalf: str = Field(
        "",
        description='the "TM./KT." line over the signer\'s title ("TM. CỤM THI ĐUA", "KT. TRƯỞNG CỤM"); '
        'empty = "TM." and the issuing unit, marked as a placeholder',
    )
    # the same header texts for `--lang en`
    issuing_body_en: str = "VIETNAM SOCIAL SECURITY"
    issuing_unit_en: str = "EMULATION CLUSTER"
    place_en: str = "Ha Noi"
    signer_title_en: str = "HEAD OF THE CLUSTER"
    signer_on_behalf_en: str = ""
    report_number: str = Field(
        "      /BC-TĐKT", description='printed after "Số:"; the number is given when the report is issued'
    )
    report_date: date | None = Field(None, description="date line of the report; none = today")
    report_briefs: bool = Field(
        False, description="add the machine summary of every source document (an appendix for reviewers)"
    )
    recipients: list[str] | None = Field(None, description='the "Nơi nhận" list; none = the labels file\'s default')
    report_labels: Path | None = Field(None, description="YAML file overriding entries of pipeline/report/labels.yml")
    templates_dir: Path | None = Field(
        None, description="folder of report templates; none = the templates inside the package"
    )
    # archive
    db: str | None = Field(
        None,
        description="archive: a SQLite path or database URL; none = OUT/archive.sqlite for `run`, else last_archive",
    )
    last_archive: str | None = Field(None, description="the archive of the last `pipeline run`, recorded by it")
    office: str | None = Field(None, description="this office's name in a shared archive; none = the host name")
    figure_tolerance: float = Field(
        0.005, ge=0, description="relative difference under which two values are one figure"
    )


def load_settings(path: str | Path | None = None, **overrides: object) -> Settings:
    """Defaults, then the config files and environment (`pipeline.config`), then explicit overrides."""
    from .config import load_layers, validate_layers

    layers = load_layers(Path(path) if path is not None else None)
    layers.append(("the command line", {k: v for k, v in overrides.items() if v is not None}))
    return validate_layers(Settings, layers)
