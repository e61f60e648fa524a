"""Roles written in lower case beside a name: "Ms. X, an official of the Y Centre", "retired teacher X".

Titles are read from capitalised heads ("Director of ..."); a role in lower case is read here, from
the language's patterns (`data/<lang>/people.yml` grammar `role_apposition`, `role_before`): after the
name, an article, the role and "of"/"at" with the body right after it (the person's unit); before the
name, the role words themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from .extensions import span_unit, text_of

TITLE_GAP_CHARS = 12  # how far before a name the comma after the body of a title written before it may be
TITLE_ROLE_CHARS = 50  # how far before that body its post may start


def people_lacking(text: str, names: list[Span], people: list[dict], field: str) -> Iterator[tuple[Span, dict]]:
    """Each name span whose person still has no `field`, with that person (asked again at each name,
    since filling the first mention of a person fills them all).

    The later readers of a person's title or unit (a lower-case role, an owner pronoun) fill only
    what the title reader left empty; they walk the names the same way, so the walk lives here."""
    by_name = {p["name"]: p for p in people if p[field] is None}
    if not by_name:
        return
    for span in names:
        person = by_name.get(text[span.start_char : span.end_char])
        if person is not None and person[field] is None:
            yield span, person


def lower_case_roles(
    doc: Doc, names: list[Span], people: list[dict], apposition: re.Pattern[str], before: re.Pattern[str]
) -> None:
    """Fill the title (and unit) of each person without a title from a lower-case role beside the name."""
    text = text_of(doc)
    for span, person in people_lacking(text, names, people, "title"):
        m = apposition.match(text, span.end_char)
        if m:
            body = next((u for u in doc.spans.get("units", []) if u.start_char == m.end()), None)
            if body is not None:
                person["title"] = f"{m.group('role')}{text[m.end('role') : body.end_char]}"
                person["unit"] = person["unit"] or span_unit(body)
                continue
            if m.groupdict().get("whole") is not None:
                person["title"] = m.group("role")  # "anh X, công nhân một doanh nghiệp may tại ...": no body named
                continue
        role = before.search(text, max(0, span.start_char - 40), span.start_char)
        if role:
            person["title"] = role.group("role")


def pronoun_titles(doc: Doc, names: list[Span], people: list[dict], pattern: re.Pattern[str]) -> None:
    """A title a personal pronoun holds ("Thirty years later she is Deputy Director of the X office"):
    the title, up to the end of the body right after it, and that body as the unit, of the person the
    pronoun stands for: the only person its paragraph named before it. Fills only a person the title
    reader left without one."""
    text = text_of(doc)
    for m in pattern.finditer(text):
        body = next((u for u in doc.spans.get("units", []) if u.start_char == m.end()), None)
        if body is None:
            continue
        paragraph_start = text.rfind("\n", 0, m.start()) + 1
        named = {text[n.start_char : n.end_char] for n in names if paragraph_start <= n.start_char < m.start()}
        if len(named) != 1:
            continue
        person = next((p for p in people if p["name"] == next(iter(named))), None)
        if person is None or person["title"] is not None:
            continue
        person["title"] = f"{m.group('role')}{text[m.end('role') : body.end_char]}"
        person["unit"] = person["unit"] or span_unit(body)


def appointed_posts(doc: Doc, names: list[Span], people: list[dict], pattern: re.Pattern[str], form: str) -> None:
    """A person appointed or moved to a new post ("Mr. X, Director of A, was transferred to the post of
    Director of B"): the new post is the title, the old one said after it (`form`: "{new} (formerly
    {old})"), and the unit is the body the new post names (else the one the title reader found)."""
    text = text_of(doc)
    units = doc.spans.get("units", [])
    for name in names:
        m = pattern.match(text, name.end_char)
        if m is None:
            continue
        person = next((p for p in people if p["name"] == text[name.start_char : name.end_char]), None)
        if person is None:
            continue
        person["title"] = form.format(new=m.group("new"), old=m.group("old"))
        body = next((u for u in units if m.start("new") <= u.start_char and u.end_char <= m.end("new")), None)
        if body is not None:
            person["unit"] = span_unit(body)


def titles_before_name(
    doc: Doc, names: list[Span], people: list[dict], gap: re.Pattern[str], role: re.Pattern[str]
) -> None:
    """A title written before the name, the body closing it and a comma between ("the Director of X
    Provincial Social Security, Mr. Y, awarded ..."): the title and that body, for a person without one.
    `gap`: the words between the body and the name; `role`: the post right before the body."""
    text = text_of(doc)
    units = doc.spans.get("units", [])
    for span, person in people_lacking(text, names, people, "title"):
        between = gap.search(text, max(0, span.start_char - TITLE_GAP_CHARS), span.start_char)
        body = next((u for u in units if between and u.end_char == between.start()), None) if between else None
        post = role.search(text, max(0, body.start_char - TITLE_ROLE_CHARS), body.start_char) if body else None
        if body is not None and post is not None:
            person["title"] = f"{post.group('role')}{text[post.end('role') : body.end_char]}"
            person["unit"] = person["unit"] or span_unit(body)


def units_after_names(doc: Doc, names: list[Span], people: list[dict], pattern: re.Pattern[str]) -> None:
    """ "Mr. X of Y District Social Insurance, for ...": a body right after the name and "of" is the unit of a
    person no title gave one (a title's own body was read with the title)."""
    text = text_of(doc)
    units = doc.spans.get("units", [])
    for span, person in people_lacking(text, names, people, "unit"):
        m = pattern.match(text, span.end_char)
        body = next((u for u in units if u.start_char == m.end()), None) if m else None
        if body is not None:
            person["unit"] = span_unit(body)
