"""A body's owner named in full only inside the body's own name.

"the Standing Board of the Hoa Son Provincial Party Committee ... the Provincial Party Committee ... the
Standing Board of the Provincial Party Committee": the document names the place's party committee in full
once, as the owner in another body's name, and afterwards by its level alone. The bare committee is that
owner (a unit of its own, named the fuller way), and the owned body written with the bare owner is the one
written with the full owner. Without this the bare names stay two extra units and the party committee the
document is about is never named. The fuller name must be the only one of its kind the document embeds
(two provinces' committees stay apart), and it must begin with a place, not with a level word.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

Rename = Callable[[dict[str, dict], list[Span], str, str], None]


def name_embedded_owners(
    units: dict[str, dict],
    resolved: list[Span],
    joint: str | None,
    generic_words: set[str],
    rename: Rename,
    merge_into: Rename,
) -> None:
    """Rename each generic body ("Provincial Party Committee") that exactly one owner embedded after
    `joint` (" of the ") in another unit's name ends with to that owner's full name, and merge the owned
    body written with the generic owner into the one written with the full owner."""
    if not joint:
        return
    fuller: dict[str, set[str]] = {}
    owned: dict[str, list[str]] = {}
    for name in units:
        head, sep, owner = name.partition(joint)
        if not sep or not owner or owner.split()[0] in generic_words:
            continue
        for generic in units:
            if generic.split()[0] in generic_words and owner.endswith(" " + generic):
                fuller.setdefault(generic, set()).add(owner)
                owned.setdefault(generic, []).append(name)
    for generic, owners in fuller.items():
        if len(owners) != 1 or generic not in units:
            continue
        full = next(iter(owners))
        for name in owned[generic]:
            bare = name.replace(joint + full, joint + generic, 1)
            if bare != name and bare in units and name in units:
                merge_into(units, resolved, bare, name)
        rename(units, resolved, generic, full)
