"""A headline's counted award that the body gives out in counted groups: the groups' total, no award of its own.

"Đảng bộ X trao Huy hiệu Đảng cho 9 đảng viên" over a body that gives the badge of 50 years to 3 members and
that of 30 years to 6: the headline adds up the body's groups. `drop_summary_counts` (award_lists.py) drops
a count whose recipients the body names one by one; a headline's total over counts only is left to this
module. The headline's count stays an award only when the body's counts of the same award do not add up to it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .doc_lists import doc_list, set_doc_list
from .extensions import doc_meta, text_of


def headline_end(doc: Doc) -> int:
    """Where the document's headline ends: its title's end when the text holds it, else its first line's."""
    text = text_of(doc)
    title = (doc_meta(doc) or {}).get("title") or ""
    at = text.find(title) if title else -1
    return at + len(title) if at >= 0 else text.find("\n")


def drop_headline_sums(doc: Doc) -> None:
    """Drop a headline's count record (no named recipient) when two or more count records of the body, of the
    same form, class, kind and status and with no named recipient, add up to its count."""
    awards = doc_list(doc, "awards")
    if sum(1 for a in awards if a.get("count") and not a.get("recipient")) < 3:
        return  # a total needs a headline count and two body counts
    end = headline_end(doc)

    def key(a: dict) -> tuple:
        return (a["award_type"], a.get("grade"), a.get("recipient_kind"), a.get("status"))

    heads = [a for a in awards if a.get("count") and not a.get("recipient") and a["evidence"]["start"] < end]
    totals = [a for a in heads if summed(a, [b for b in awards if b["evidence"]["start"] >= end], key)]
    if totals:
        set_doc_list(doc, "awards", [a for a in awards if not any(a is t for t in totals)])


def summed(head: dict, body: list[dict], key: Callable[[dict], tuple]) -> bool:
    """Whether the body's count records of `head`'s key (two or more) add up to its count."""
    counts = [b["count"] for b in body if key(b) == key(head) and b.get("count") and not b.get("recipient")]
    return len(counts) >= 2 and sum(counts) == head["count"]
