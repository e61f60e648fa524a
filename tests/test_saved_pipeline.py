"""A built extraction pipeline saved with `nlp.to_disk()` loads with `spacy.load()` and gives
the same records: the factories are registered as spaCy entry points, the unit ruler rebuilds
its patterns from the package's data (their lexeme flags cannot be saved), and the model
wrapper finds the model pipes after they are loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.extract import extract_documents
from pipeline.extract.nlp import build_nlp
from pipeline.ingest import read_document
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def records_json(nlp, docs) -> list[str]:
    records = list(extract_documents(docs, nlp))
    assert any(r.units for r in records)  # the texts do name units
    return [r.to_json() for r in records]


@pytest.mark.parametrize("profile, lang", [("fast", "en"), ("fast", "vi"), ("default", "en")])
def test_a_saved_pipeline_loads_and_extracts_the_same_records(tmp_path: Path, profile: str, lang: str) -> None:
    settings = Settings(profile=profile)
    nlp = build_nlp(settings, lang)
    if lang == "en":
        docs = [read_document(p, settings) for p in sorted((ROOT / "corpus").glob("*.txt"))]
        docs = [d for d in docs if d.language == "en"]
    else:
        text = (
            "Ngày 5/3/2025, BHXH tỉnh Hòa Bình tổ chức hội nghị tổng kết. Giám đốc Nguyễn Văn Tâm cho biết "
            "toàn tỉnh có 98.300 người tham gia BHXH, tăng 6,2% so với cùng kỳ. BHXH huyện Lạc Sơn được tặng "
            "Bằng khen của Tổng Giám đốc BHXH Việt Nam."
        )
        path = tmp_path / "vi.txt"
        path.write_text(text, encoding="utf-8")
        docs = [read_document(path, settings)]
    assert docs
    before = records_json(nlp, docs)
    nlp.to_disk(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.pipe_names == nlp.pipe_names
    assert records_json(loaded, docs) == before
