"""The office a document is about (`doc_subject.most_named`) and the walk over people still lacking a
field (`person_roles.people_lacking`), on sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract import extract_text
from pipeline.extract.doc_subject import most_named
from pipeline.extract.extensions import set_span_unit
from pipeline.extract.person_roles import people_lacking
from pipeline.models import LOCAL_OFFICES, TOP_LOCAL_OFFICES, VSS_OFFICES


def labelled(doc, spans: list[tuple[str, str, str]]) -> list[Span]:
    """Spans over the words given, each with a label and a canonical unit name."""
    text = doc.text
    out = []
    for words, label, unit in spans:
        start = text.index(words, out[-1].end_char if out and words in text[out[-1].end_char :] else 0)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        set_span_unit(span, unit)
        out.append(span)
    return out


def test_the_office_named_most_among_the_kinds_asked(nlp) -> None:
    doc = nlp.make_doc("Ha Tinh office, VSS, Nghe An office, Nghe An office again, VSS, VSS, district office.")
    units = labelled(
        doc,
        [
            ("Ha Tinh office", "provincial_office", "Ha Tinh Social Security"),
            ("VSS", "agency", "Vietnam Social Security"),
            ("Nghe An office", "provincial_office", "Nghe An Social Security"),
            ("Nghe An office again", "provincial_office", "Nghe An Social Security"),
            ("VSS", "agency", "Vietnam Social Security"),
            ("VSS", "agency", "Vietnam Social Security"),
            ("district office", "district_office", "Do Luong District Social Security"),
        ],
    )
    assert most_named(units, TOP_LOCAL_OFFICES) == "Nghe An Social Security"
    assert most_named(units, VSS_OFFICES) == "Vietnam Social Security"  # the agency counts here
    assert most_named(units, ("district_office",)) == "Do Luong District Social Security"
    assert most_named(units, ("cluster",)) is None


def test_offices_named_equally_often_the_first_named_wins(nlp) -> None:
    doc = nlp.make_doc("Ca Mau office and Bac Lieu office; then Ca Mau office and Bac Lieu office.")
    units = labelled(
        doc,
        [
            ("Ca Mau office", "provincial_office", "Ca Mau Social Security"),
            ("Bac Lieu office", "provincial_office", "Bac Lieu Social Security"),
            ("Ca Mau office", "provincial_office", "Ca Mau Social Security"),
            ("Bac Lieu office", "provincial_office", "Bac Lieu Social Security"),
        ],
    )
    assert most_named(units, LOCAL_OFFICES) == "Ca Mau Social Security"
    assert most_named(list(reversed(units)), LOCAL_OFFICES) == "Bac Lieu Social Security"


def test_people_lacking_yields_each_mention_until_the_field_is_filled(nlp) -> None:
    doc = nlp.make_doc("Tran Van Khoa spoke. Le Thi Hoa agreed. Tran Van Khoa closed.")
    text = doc.text
    starts = [0, text.index("Le Thi Hoa"), text.rindex("Tran Van Khoa")]
    names = [doc.char_span(s, s + (10 if s == starts[1] else 13)) for s in starts]
    assert all(s is not None for s in names)
    people = [{"name": "Tran Van Khoa", "unit": None}, {"name": "Le Thi Hoa", "unit": "Hue Social Security"}]
    seen = []
    for span, person in people_lacking(doc.text, names, people, "unit"):
        seen.append(span.start_char)
        person["unit"] = "Da Nang Social Security"  # filled at the first mention: the second is not asked
    assert seen == [0]
    assert list(people_lacking(doc.text, names, people, "unit")) == []


def test_its_director_and_a_lower_case_role_fill_what_the_titles_left(nlp) -> None:
    records = extract_text(
        "Quang Tri Provincial Social Security held its review on Monday. Its Director, Hoang Minh Duc, said "
        "collection had grown. Ms. Vo Thi Lan, an official of the Dong Ha Town Social Security, spoke next.",
        nlp=nlp,
    )
    people = {p.name: p for p in records.people}
    assert people["Hoang Minh Duc"].unit == "Quang Tri Social Security"
    assert people["Vo Thi Lan"].title is not None and "official" in people["Vo Thi Lan"].title
