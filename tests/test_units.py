"""The cross-document unit key: names the scorer treats as one unit are one unit in the archive."""

from __future__ import annotations

import pytest

from pipeline.units import UnitResolver, display_name, norm, successor_key, unit_key

SAME = [
    (
        "Dong Nai Provincial Social Security",
        "Social Security of Dong Nai province",
        "Đồng Nai Social Security",
        "Dong Nai Social Insurance",
        "the social security agency of Dong Nai province",
    ),
    ("Social Security Office of Nam Dinh Province", "Nam Dinh Provincial Social Security"),
    ("Hanoi City Social Security Office", "Ha Noi Social Security", "Hanoi Social Insurance"),
    ("HCMC Social Security", "Ho Chi Minh City Social Security"),
    ("Vietnam Social Security", "Viet Nam Social Security", "Vietnam Social Insurance", "VSS"),
    ("Social Insurance Region IV", "Region IV Social Insurance"),
    ("Emulation Cluster No. 8", "emulation cluster number 8", "Cluster 8"),
    ("Song Hinh District Social Insurance", "Social Insurance of Song Hinh district"),
    ("Hanoi City People's Committee", "People's Committee of Hanoi"),
]

DIFFERENT = [
    ("Emulation Cluster No. 8", "Emulation Cluster No. 9"),
    ("Social Insurance Region IV", "Social Insurance Region VI"),
    ("Ha Nam Social Security", "Ha Tinh Social Security"),
    ("Dong Nai Social Security", "Dong Thap Social Security"),
    ("Binh Duong Social Security", "Ho Chi Minh City Social Security"),  # merged in 2025, still two units
]


@pytest.mark.parametrize("names", SAME)
def test_one_key_for_every_name_of_a_unit(names):
    keys = {unit_key(n) for n in names}
    assert len(keys) == 1, keys


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_different_units_keep_different_keys(a, b):
    assert unit_key(a) != unit_key(b)
    resolver = UnitResolver([unit_key(a)])
    assert resolver.resolve(b) != unit_key(a)


def test_norm_matches_the_scorer():
    # the folding rules of ../shared/eval/score.py norm(), spot-checked
    assert norm("The Viet Nam Social Insurance Agency") == "vietnam social security"
    assert norm("Social Security Office of Đồng Nai Province") == "social security dong nai"
    assert norm("Emulation Cluster Number 8") == "emulation cluster no 8"
    assert norm(None) == ""


def test_display_names_follow_the_records_contract():
    assert display_name(unit_key("Social Security of Dong Nai province"), "x") == "Dong Nai Social Security"
    assert display_name(unit_key("VSS"), "VSS") == "Vietnam Social Security"
    assert display_name(unit_key("Cluster 8"), "Cluster 8") == "Emulation Cluster No. 8"
    assert display_name(unit_key("Region iv social insurance"), "x") == "Social Insurance Region IV"
    assert display_name(unit_key("Ministry of Finance"), "Ministry of Finance") == "Ministry of Finance"


def test_successor_of_a_merged_province():
    assert successor_key(unit_key("Tien Giang Social Security")) == unit_key("Dong Thap Social Security")
    assert successor_key(unit_key("Dong Thap Social Security")) is None


def test_fuzzy_step_joins_spelling_slips_only():
    resolver = UnitResolver({unit_key("Dong Nai Social Security")})
    assert resolver.resolve("Dong Nai Social Securty") == "dong nai social security"
    assert resolver.resolve("Hanoi Social Security") == "hanoi social security"
    assert "hanoi social security" in resolver.known


def test_a_local_body_named_without_its_place_stays_in_its_document(tmp_path):
    from archive_helpers import records_for

    from pipeline.archive import Archive
    from pipeline.archive.queries import list_units
    from pipeline.units import is_generic_local

    assert is_generic_local("City People's Committee", unit_key("City People's Committee"))
    assert is_generic_local("Provincial Party Committee", unit_key("Provincial Party Committee"))
    assert not is_generic_local("Hanoi City People's Committee", unit_key("Hanoi City People's Committee"))
    assert not is_generic_local("Song Hinh District Social Insurance", unit_key("Song Hinh District Social Insurance"))

    with Archive(tmp_path / "a.sqlite") as arc:
        for i, place in enumerate(["Hue", "Hanoi"]):
            text = f"In {place}, the City People's Committee praised {place} Social Security."
            rec = records_for(
                text,
                source=f"{place}.txt",
                units=[
                    {"name": "City People's Committee", "quote": "City People's Committee"},
                    {"name": f"{place} Social Security", "quote": f"{place} Social Security"},
                ],
            )
            arc.store(rec, file_hash=str(i), source_key=f"/{place}.txt")
        units = list_units(arc)
    committees = [u for u in units if u["name"] == "City People's Committee"]
    assert len(committees) == 2 and all(u["documents"] == 1 for u in committees)
