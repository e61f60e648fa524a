"""The records contract: schema generation, evidence offsets, codes as enums."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from pipeline.cli import cli
from pipeline.models import Document, Records

TEXT = "Director of Hue Social Security Tran Van Binh opened the conference."


def make(**records) -> Records:
    doc = Document(id=Document.make_id(TEXT), source="t.txt", text=TEXT)
    return Records.model_validate({"document": doc, **records})


def test_evidence_must_quote_the_text() -> None:
    ok = make(people=[{"name": "Tran Van Binh", "evidence": {"start": 32, "end": 45, "text": "Tran Van Binh"}}])
    assert ok.people[0].name == "Tran Van Binh"
    with pytest.raises(ValidationError, match="does not quote"):
        make(people=[{"name": "Tran Van Binh", "evidence": {"start": 30, "end": 43, "text": "Tran Van Binh"}}])


def test_codes_are_enums_and_unknown_fields_are_rejected() -> None:
    ev = {"start": 0, "end": 8, "text": "Director"}
    with pytest.raises(ValidationError):
        make(awards=[{"award_type": "golden_medal", "evidence": ev}])
    with pytest.raises(ValidationError):
        make(units=[{"name": "X", "colour": "red", "evidence": ev}])
    with pytest.raises(ValidationError):
        make(figures=[{"value": 1, "as_of": "June 2025", "evidence": ev}])


def test_schema_command_prints_a_schema_that_names_every_record_type() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert {"events", "units", "people", "figures", "awards", "movements", "warnings"} <= set(schema["properties"])
    assert "labor_order" in json.dumps(schema)


def test_awards_carry_a_status_conferred_by_default_and_the_schema_names_it() -> None:
    from pipeline.models import Award

    ev = {"start": 0, "end": 4, "text": "flag"}
    assert Award(award_type="ministry_emulation_flag", evidence=ev).status == "conferred"
    proposed = Award(award_type="labor_order", status="proposed", evidence=ev)
    assert Award.model_validate_json(proposed.model_dump_json()).status == "proposed"
    with pytest.raises(ValueError):
        Award(award_type="labor_order", status="maybe", evidence=ev)
    schema = json.loads(CliRunner().invoke(cli, ["schema"]).output)
    status = schema["$defs"]["Award"]["properties"]["status"]
    assert status["default"] == "conferred" and schema["$defs"]["AwardStatus"]["enum"] == ["conferred", "proposed"]


def test_extracted_records_round_trip_through_json(tmp_path) -> None:
    src = tmp_path / "note.txt"
    src.write_text(TEXT + "\nMore than 1.2 million people joined health insurance.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(src), "--out", str(out), "--profile", "fast"])
    assert result.exit_code == 0, result.output
    records = Records.model_validate_json((out / "note.json").read_text(encoding="utf-8"))
    assert records.schema_version == "1"
    assert any(f.value == 1200000 and f.metric == "hi_participants" for f in records.figures)
    for _, record in records.iter_records():
        assert records.document.text[record.evidence.start : record.evidence.end] == record.evidence.text


def test_a_reader_crash_is_one_failed_file_not_a_crashed_batch(tmp_path, monkeypatch) -> None:
    import pipeline.ingest as ingest

    good = tmp_path / "good.txt"
    good.write_text("Director of Hue Social Security Tran Van Binh opened the conference.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("anything\n", encoding="utf-8")
    real = ingest.read_document

    def flaky(path, settings=None):
        if str(path).endswith("bad.txt"):
            raise RuntimeError("parser bug")
        return real(path, settings)

    monkeypatch.setattr(ingest, "read_document", flaky)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(good), str(bad), "--out", str(out), "--profile", "fast"])
    assert result.exit_code == 1
    assert (out / "good.json").exists()
    rows = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert rows == [{"file": str(bad), "error": "unreadable", "reason": "could not be read (RuntimeError: parser bug)"}]


def test_a_vietnamese_document_is_read_with_the_vietnamese_rules(tmp_path) -> None:
    src = tmp_path / "tin.txt"
    src.write_text(
        "Bảo hiểm xã hội tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 "
        "và triển khai nhiệm vụ năm 2026 tại thành phố Biên Hòa.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(src), "--out", str(out), "--profile", "fast"])
    assert result.exit_code == 0, result.output
    records = Records.model_validate_json((out / "tin.json").read_text(encoding="utf-8"))
    assert records.document.language == "vi"
    assert not any("rules are for" in w for w in records.warnings)
    assert "Dong Nai Social Security" in {u.name for u in records.units}
    forced = tmp_path / "forced"
    result = CliRunner().invoke(cli, ["extract", str(src), "--out", str(forced), "--profile", "fast", "--lang", "en"])
    assert result.exit_code == 0, result.output
    records = Records.model_validate_json((forced / "tin.json").read_text(encoding="utf-8"))
    assert any("rules are for 'en'" in w for w in records.warnings)  # read with other rules: flagged for review
