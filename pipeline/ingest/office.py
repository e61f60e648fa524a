"""Old office formats (.doc, .odt, .rtf) through LibreOffice: converted to .docx, then read as one.

Vietnamese offices still send Word 97-2003 files. LibreOffice converts them
reliably, and a converted file goes through the same .docx reader (and its
zip-bomb guard) as any other. The conversion runs headless, with its own
throwaway LibreOffice profile (so a LibreOffice window the user has open is
not disturbed), in a temporary folder that is removed afterwards, and is
stopped after `settings.convert_timeout_s`. Without LibreOffice the file is
refused with a message that says how to convert it by hand.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..errors import CorruptFile, IngestError, UnsupportedFormat
from ..settings import Settings
from .base import RawText

CONVERTIBLE = (".doc", ".odt", ".rtf")

_USUAL_PLACES = {
    "win32": [
        Path(os.environ.get("ProgramFiles", r"C:\Program Files")) / "LibreOffice" / "program" / "soffice.exe",
        Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
        / "LibreOffice"
        / "program"
        / "soffice.exe",
    ],
    "darwin": [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")],
}

HOW_TO_CONVERT = (
    "old office format: install LibreOffice (https://www.libreoffice.org) and it is converted automatically, "
    "or open the file in Word or LibreOffice and save it as .docx"
)


def find_soffice(settings: Settings | None = None) -> str | None:
    """LibreOffice's `soffice`: the `soffice` setting, else on PATH, else its usual install folder."""
    if settings is not None and settings.soffice:
        return settings.soffice if Path(settings.soffice).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for place in _USUAL_PLACES.get(sys.platform, []):
        if place.is_file():
            return str(place)
    return None


def read(path: Path, settings: Settings) -> RawText:
    from . import docx

    exe = find_soffice(settings)
    if exe is None:
        raise UnsupportedFormat(path, HOW_TO_CONVERT)
    with tempfile.TemporaryDirectory(prefix="pipeline-convert-") as tmp:
        work = Path(tmp)
        source = work / ("input" + path.suffix.lower())  # a plain name: LibreOffice mangles some others
        shutil.copyfile(path, source)
        out_dir = work / "out"
        cmd = [
            exe,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--convert-to",
            "docx",
            "--outdir",
            str(out_dir),
            str(source),
        ]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=settings.convert_timeout_s)
        except subprocess.TimeoutExpired as exc:
            raise CorruptFile(
                path, f"LibreOffice did not convert it within {settings.convert_timeout_s:g} s (convert_timeout_s)"
            ) from exc
        except OSError as exc:
            raise UnsupportedFormat(path, f"LibreOffice could not be started ({exc}); {HOW_TO_CONVERT}") from exc
        converted = out_dir / "input.docx"
        if not converted.is_file():
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise CorruptFile(path, "LibreOffice could not convert it" + (f" ({detail[-1]})" if detail else ""))
        try:
            raw = docx.read(converted, settings)
        except IngestError as exc:
            raise type(exc)(path, exc.reason) from exc
    raw.format = path.suffix.lower().lstrip(".")
    return raw
