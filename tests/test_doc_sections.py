"""Where a document sets targets: `DocSections.targets_at`, the one question figures ask of a heading
that names targets, in each language pack.

The texts are written for these tests (provinces and numbers are made up); none comes from the dev
articles or the blind sets.
"""

from __future__ import annotations

from real_texts import texts

from pipeline.extract.doc_sections import SectionReader
from pipeline.extract.lexicon import compile_grammar, load_data
from pipeline.extract.lexicon_models import SectionsData
from pipeline.extract.regex_start import NEVER_ANCHORED

ENGLISH_PLAN = (
    "Quang Tri Social Security: work plan\n"
    "I. RESULTS IN 2027\n"
    "Voluntary members reached 31,400.\n"
    "II. TARGETS FOR 2028\n"
    "1. Voluntary members: 34,000.\n"
    "2. Health insurance coverage: 95.1 per cent.\n"
    "III. SOLUTIONS\n"
    "Offices will visit 120 employers.\n"
)

VIETNAMESE_PLAN = (
    "Kế hoạch phát triển người tham gia BHXH tỉnh Quảng Trị\n"
    "II. NHIỆM VỤ NĂM 2028\n"
    "1. Tình hình chung\n"
    "Năm 2027 có 31.400 người tham gia BHXH tự nguyện.\n"
    "2. Chỉ tiêu chủ yếu năm 2028\n"
    "- Số người tham gia BHXH tự nguyện đạt 34.000 người;\n"
    "- Tỷ lệ bao phủ BHYT đạt 95,1%.\n"
    "3. Giải pháp thực hiện\n"
    "Làm việc với 120 doanh nghiệp.\n"
)


def test_an_english_section_heading_naming_targets_sets_them_up_to_the_next_section_with_its_year() -> None:
    sections = SectionReader("en").read(ENGLISH_PLAN)
    for figure in ("34,000", "95.1"):
        found = sections.targets_at(ENGLISH_PLAN.index(figure))
        assert found is not None and found.year == "2028", figure
    assert sections.targets_at(ENGLISH_PLAN.index("31,400")) is None  # a results section before it
    assert sections.targets_at(ENGLISH_PLAN.index("120 employers")) is None  # the next section closes it


def test_a_vietnamese_numbered_line_naming_targets_sets_them_up_to_its_next_sibling_with_its_year() -> None:
    sections = SectionReader("vi").read(VIETNAMESE_PLAN)
    for figure in ("34.000", "95,1"):
        found = sections.targets_at(VIETNAMESE_PLAN.index(figure))
        assert found is not None and found.year == "2028", figure
    assert sections.targets_at(VIETNAMESE_PLAN.index("31.400")) is None  # the sibling before it
    assert sections.targets_at(VIETNAMESE_PLAN.index("120 doanh")) is None  # "3. ..." closes it


def test_a_line_about_the_targets_results_or_a_long_sentence_naming_targets_heads_none() -> None:
    results = "II. KẾT QUẢ NĂM 2027\n1. Kết quả thực hiện chỉ tiêu năm 2027\n- Tỷ lệ bao phủ BHYT đạt 94,2%.\n"
    assert SectionReader("vi").read(results).targets_at(results.index("94,2")) is None
    prose = (
        "Goals set by the province for the coming year were discussed at length by the board and then "
        "adopted without change.\nCoverage reached 94.2 per cent.\n"
    )
    assert SectionReader("en").read(prose).targets_at(prose.index("94.2")) is None


def test_the_start_gated_grammar_reads_the_sections_the_plain_grammar_reads() -> None:
    """Every line of a document is asked about: the reader's patterns carry their start gates (a pattern a
    language has not gives up at once). The sections, lists, targets and title years are the ones the
    plain patterns read, on the bundled real texts of both languages."""
    read = 0
    for lang in ("en", "vi"):
        gated, plain = SectionReader(lang), SectionReader(lang)
        plain.g = compile_grammar(load_data(lang, "sections", SectionsData).grammar)
        assert any(p.pattern == NEVER_ANCHORED for p in vars(gated.g).values()) or lang == "vi"
        for text in [*texts(lang), ENGLISH_PLAN, VIETNAMESE_PLAN]:
            assert vars(gated.read(text)) == vars(plain.read(text))
            read += 1
    assert read > 30
