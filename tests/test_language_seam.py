"""The language seam: a document is read with the rules of its language, and a
language is nothing but a data pack (`pipeline/extract/data/<lang>/`).

The Vietnamese sentences here are written for these tests (no text from the
dev articles).
"""

from __future__ import annotations

import io
import json
from importlib import resources
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import PipelineError
from pipeline.extract import NO_PACK_WARNING, build_nlp, extract_documents, lexicon, load_nlp
from pipeline.extract.lexicon_models import PACK_FILES, AwardsData
from pipeline.extract.nlp import RULE_PIPES
from pipeline.models import IngestedDocument
from pipeline.progress import ProgressView
from pipeline.settings import Settings

VI_TEXT = (
    "BHXH tỉnh Nghệ An tổ chức hội nghị tổng kết năm 2025\n"
    "Ngày 15 tháng 1 năm 2026, BHXH tỉnh Nghệ An tổ chức hội nghị tổng kết phong trào thi đua "
    "“Chung tay vì an sinh” giai đoạn 2021 - 2025. Ông Trần Quốc Bảo, Giám đốc BHXH tỉnh Nghệ An, "
    "được tặng Huân chương Lao động hạng Nhì. Số người tham gia BHXH bắt buộc đạt 1.234.567 người, "
    "tăng 5,2% so với cùng kỳ; số thu đạt 2.500 tỷ đồng.\nẢnh: Lê Hoa"
)
EN_TEXT = "Dong Nai Social Security held a conference on January 10, 2025 to review 2024."
DATA = resources.files("pipeline.extract.data")


def pack_keys(lang: str, name: str) -> set[str]:
    data = yaml.safe_load(DATA.joinpath(lang).joinpath(f"{name}.yml").read_text(encoding="utf-8"))
    keys = set(data)
    for section in ("grammar", "coverage_cues"):
        keys |= {f"{section}.{k}" for k in data.get(section) or {}}
    return keys


@pytest.mark.parametrize("name", sorted(PACK_FILES))
def test_vietnamese_pack_mirrors_english_key_for_key(name: str) -> None:
    assert pack_keys("vi", name) == pack_keys("en", name)


@pytest.fixture(scope="module")
def vi_nlp():
    return build_nlp(Settings(profile="default"), "vi")


def test_vietnamese_pipeline_is_built_from_data_alone(vi_nlp) -> None:
    """spacy.blank("vi") with the rule-based tokenizer (no pyvi, no model), every rule
    component configured with lang "vi"."""
    from spacy.tokenizer import Tokenizer

    assert vi_nlp.lang == "vi"
    assert isinstance(vi_nlp.tokenizer, Tokenizer)
    assert [t.text for t in vi_nlp.make_doc("Nghệ An, ngày 26/6/2025.")] == [
        "Nghệ",
        "An",
        ",",
        "ngày",
        "26/6/2025",
        ".",
    ]
    for name in ("pr_layout", *RULE_PIPES):
        assert vi_nlp.get_pipe_config(name)["lang"] == "vi", name


def test_every_component_runs_on_vietnamese_text(vi_nlp) -> None:
    doc = IngestedDocument(source="vi.txt", text=VI_TEXT, language="vi")
    (records,) = extract_documents([doc], vi_nlp)
    assert not [w for w in records.warnings if "extraction step" in w]  # no component failed
    assert "Nghe An Social Security" in {u.name for u in records.units}
    assert records.figures and records.awards and records.events and records.movements and records.people


def test_each_document_is_read_with_its_own_language() -> None:
    settings = Settings(profile="fast")
    docs = [
        IngestedDocument(source="en.txt", text=EN_TEXT, language="en"),
        IngestedDocument(source="vi.txt", text=VI_TEXT, language="vi"),
        IngestedDocument(source="fr.txt", text="La Sécurité sociale a tenu une conférence.", language="fr"),
        IngestedDocument(source="en2.txt", text=EN_TEXT, language="en"),
    ]
    out = list(extract_documents(docs, settings=settings))
    assert [r.document.source for r in out] == ["en.txt", "vi.txt", "fr.txt", "en2.txt"]
    en, vi, fr, en2 = out
    assert en.model_dump(exclude={"document"}) == en2.model_dump(exclude={"document"})
    assert "Dong Nai Social Security" in {u.name for u in en.units}
    assert "Nghe An Social Security" in {u.name for u in vi.units}
    assert not any("extraction rules are for" in w for w in en.warnings + vi.warnings)
    assert not any(fr.model_dump()[kind] for kind in ("units", "people", "figures", "awards", "movements", "events"))
    assert fr.warnings and fr.warnings[-1].startswith(NO_PACK_WARNING + " 'fr'")


def test_the_lang_setting_overrides_the_detected_language() -> None:
    doc = IngestedDocument(source="vi.txt", text=VI_TEXT, language="vi")
    (records,) = extract_documents([doc], settings=Settings(profile="fast", lang="en"))
    assert any("the extraction rules are for 'en'" in w for w in records.warnings)


def test_one_pipeline_per_language_built_once() -> None:
    settings = Settings(profile="fast")
    assert load_nlp(settings, "vi") is load_nlp(settings, "vi")
    assert load_nlp(settings, "vi") is not load_nlp(settings, "en")
    assert load_nlp(settings).lang == "en"


def test_a_loaded_pipeline_is_out_of_the_collectors_reach() -> None:
    # its tries and cue tables live as long as the process: full collections must not walk them
    import gc

    from pipeline.extract.nlp import _cached

    _cached.cache_clear()
    gc.unfreeze()
    nlp = load_nlp(Settings(profile="fast"), "vi")
    tables = nlp.get_pipe("pr_figures")
    assert gc.get_freeze_count() > 10_000
    assert not any(obj is tables for obj in gc.get_objects())  # frozen objects are not tracked for collection
    assert extract_documents([IngestedDocument(source="a.txt", text="Năm 2024, 15.000 người tham gia.")], nlp)


def test_a_misspelt_key_names_the_file_and_the_key(monkeypatch) -> None:
    good = lexicon.load("en", "awards")
    broken = {("presenting_verb" if k == "presenting_verbs" else k): v for k, v in good.items()}
    monkeypatch.setattr(lexicon, "load", lambda lang, name: broken)
    lexicon.load_data.cache_clear()
    try:
        with pytest.raises(PipelineError) as err:
            lexicon.load_data("xx", "awards", AwardsData)
    finally:
        lexicon.load_data.cache_clear()
    message = str(err.value)
    assert "pipeline/extract/data/xx/awards.yml" in message
    assert "presenting_verbs: Field required" in message
    assert "presenting_verb: Extra inputs are not permitted" in message


def test_a_bad_grammar_pattern_names_the_file_and_the_key(monkeypatch) -> None:
    good = lexicon.load("en", "awards")
    broken = {**good, "grammar": {**good["grammar"], "count_to": "(unclosed"}}
    monkeypatch.setattr(lexicon, "load", lambda lang, name: broken)
    lexicon.load_data.cache_clear()
    try:
        with pytest.raises(PipelineError, match=r"data/xx/awards.yml: grammar.count_to: .*does not compile"):
            lexicon.load_data("xx", "awards", AwardsData)
    finally:
        lexicon.load_data.cache_clear()


def test_extract_says_when_a_language_has_no_rules(tmp_path: Path) -> None:
    src = tmp_path / "note.txt"
    src.write_text("Dong Nai Social Security held a conference on January 10, 2025.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(src), "--lang", "fr", "--out", str(out), "--profile", "fast"])
    assert result.exit_code == 0, result.output
    assert f"warning: {src}: {NO_PACK_WARNING} 'fr'" in result.output
    records = json.loads((out / "note.json").read_text(encoding="utf-8"))
    assert records["units"] == [] and records["warnings"][-1].startswith(NO_PACK_WARNING)


def test_a_malformed_lang_is_a_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "note.txt"
    src.write_text("text\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(src), "--lang", "French", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "not a language code" in result.output


def test_the_run_line_of_a_file_without_rules_is_a_warning_not_ok() -> None:
    stream = io.StringIO()
    with ProgressView(stream, 2, tty=False) as view:
        view.advance("a.txt", n_records=3)
        view.advance("b.txt", n_records=0, warning=f"{NO_PACK_WARNING} 'fr'")
    ok_line, warned_line = stream.getvalue().splitlines()
    assert ok_line.startswith("[1/2] ok a.txt")
    assert warned_line.startswith("[2/2] warning: b.txt") and "'fr'" in warned_line and " ok " not in warned_line
