"""Organisation names read head first: companies by their legal form, associations by their head noun.

Vietnamese opens a company's name with its legal form ("Công ty TNHH", "Công ty Cổ phần"), then its trade
("May", "Thủy sản") and its proper name in capitals, which closes the name: "Công ty Cổ phần Thủy sản Phú
Lâm, đơn vị ..." is "Phu Lam Seafood Joint Stock Company". The English pack reads the same companies by the
suffix that closes them (`org_names.py`, `company_suffixes`). An association ("Hội ...") has no English
name the data knows: it keeps the name it is written with, and only a name closed by its own ending words
("... Việt Nam") is read, so "Hội nghị", "Hội đồng" or "Hội trường" never open one.

The forms, trade words and endings are data (`head_first_orgs`, `trade_words` in `data/<lang>/units.yml`).
One regular-expression search of the text per document finds the heads, so a text without one costs
nothing more.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..folding import ascii_name
from .extensions import text_of
from .lexicon_models import HeadFirstOrg, UnitsData

MAX_NAME_WORDS = 8
"""A proper name after the trade words, or an association's whole name, is never longer."""
WORD = re.compile(r"[^\W\d_]+")
WORDS_READ = MAX_NAME_WORDS + 4
"""How many words after a head are read at most (a trade, a proper name and what may follow)."""


class HeadFirstOrgReader:
    """`spans(doc)`: the companies and associations of a document, labelled with their kind and carrying
    their canonical name (`named:<name>`; unlike a gazetteer body's, it may open in lower case)."""

    def __init__(self, data: UnitsData) -> None:
        self.forms: list[tuple[str, HeadFirstOrg]] = [
            (head.lower(), form) for form in data.head_first_orgs for head in form.heads
        ]
        self.trades = sorted(((k.split(), v) for k, v in data.trade_words.items()), key=lambda kv: -len(kv[0]))
        # as written or lower case in running text ("công ty TNHH"); never in capitals ("XÃ HỘI")
        written = {
            w for form in data.head_first_orgs for head in form.heads for w in (head, head[0].lower() + head[1:])
        }
        heads = sorted((re.escape(w) for w in written), key=len, reverse=True)
        self.head_regex = re.compile(rf"(?<!\w)(?:{'|'.join(heads)})(?=\s)") if heads else None

    def spans(self, doc: Doc) -> list[Span]:
        if self.head_regex is None:
            return []
        text = text_of(doc)
        out: list[Span] = []
        for match in self.head_regex.finditer(text):
            form = self.form_of(match.group(0))
            if form is None:
                continue
            words = self.words_after(text, match.end())
            found = self.name_of(form, words, match.group(0).strip())
            if found is None:
                continue
            canonical, end = found
            span = doc.char_span(match.start(), end, alignment_mode="expand")
            if span is not None:
                out.append(Span(doc, span.start, span.end, label=form.kind, span_id=f"named:{canonical}"))
        return out

    def form_of(self, head: str) -> HeadFirstOrg | None:
        lowered = " ".join(head.lower().split())
        return next((form for written, form in self.forms if written == lowered), None)

    @staticmethod
    def words_after(text: str, at: int) -> list[re.Match[str]]:
        """The words right after a head, up to the first mark that is no space (a comma, a bracket)."""
        words: list[re.Match[str]] = []
        for word in WORD.finditer(text, at):
            if text[at : word.start()].strip() or "\n" in text[at : word.start()]:
                break
            words.append(word)
            at = word.end()
            if len(words) == WORDS_READ:
                break
        return words

    def name_of(self, form: HeadFirstOrg, words: list[re.Match[str]], head: str) -> tuple[str, int] | None:
        """The canonical name and where the name ends, or None when the words after the head name nothing."""
        if not words or not words[0].group(0)[0].isupper():
            return None
        if form.ends:
            return self.closed_name(form, words, head)
        lowered = [w.group(0).lower() for w in words]
        trades: list[str] = []  # head first: "Dịch vụ Thu hộ" is "Collection Services"
        at = 0
        while (found := self.trade_at(lowered, at)) is not None:
            trades.insert(0, found[0])
            at += found[1]
        trade_en = " ".join(trades)
        proper: list[re.Match[str]] = []
        for word in words[at:]:
            if not word.group(0)[0].isupper() or len(proper) == MAX_NAME_WORDS:
                break
            proper.append(word)
        if not proper:
            return None
        name = " ".join(p for p in (ascii_name(" ".join(w.group(0) for w in proper)), trade_en) if p)
        return form.name.format(name=name, written=""), proper[-1].end()

    def trade_at(self, lowered: list[str], at: int) -> tuple[str, int] | None:
        """The English of the trade words at `at` and how many words they take, longest first."""
        for trade, english in self.trades:
            if lowered[at : at + len(trade)] == trade:
                return english, len(trade)
        return None

    @staticmethod
    def closed_name(form: HeadFirstOrg, words: list[re.Match[str]], head: str) -> tuple[str, int] | None:
        """A name that must end with one of its form's endings, within the longest name."""
        lowered = [w.group(0).lower() for w in words[:MAX_NAME_WORDS]]
        for ending in form.ends:
            closing = ending.lower().split()
            for at in range(1, len(lowered) - len(closing) + 1):
                if lowered[at : at + len(closing)] == closing:
                    last = words[at + len(closing) - 1]
                    written = " ".join([head, *(w.group(0) for w in words[: at + len(closing)])])
                    return form.name.format(written=written, name=""), last.end()
        return None
