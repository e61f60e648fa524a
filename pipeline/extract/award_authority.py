"""Who confers an award: the authority a mention names or implies.

Read around each award mention (`AwardFinder.read_clause`), in this order: one of the language's
fixed authorities named right at the award ("... by the General Director of VSS"), the issuer the
award is "of" ("Certificate of Merit of the Chairman of ..."), the authority acting as the subject
("the Prime Minister awarded ..."), the owner in the possessive ("the Minister of Health's
Certificate"), a fixed authority further on or delegated ("on behalf of the State President").
The patterns are the language's (`data/<lang>/awards.yml`, `AwardFinder.__init__`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from types import SimpleNamespace

from .cue_sites import WordScan, plain
from .word_gate import WordGate


class AuthorityReading:
    """The award reader's authority questions (a part of `AwardFinder`, which sets these attributes)."""

    g: SimpleNamespace
    authorities: list[tuple[str, WordScan]]
    issuer_titles: dict[str, str]
    possessive_gate: WordGate
    possessive_tail: re.Pattern[str] | None  # `end_anchored.after_leading_group` of `g.issuer_possessive`

    def conferred_by(
        self,
        text: str,
        s: int,
        e: int,
        people: list[str],
        named: set[int] | None = None,
        low: str | None = None,
    ) -> str | None:
        """The authority: one of the data's fixed names right at the award, else the
        issuer the award is "of", else a fixed name further on or delegated (`named`: as for `authority`)."""
        fixed = self.authority(text, s, e, named, low)
        if fixed and fixed[0] <= 8:
            return fixed[1]
        # "... of the Chairman of ..." after the award, or inside it ("Emulation Flag of the Ministry of ...")
        inside = plain(self.g.issuer_inside)  # its word ("the") is in nearly every award's name: no gate
        starts = sorted({s + m.start() for m in inside.finditer(text[s : e + 8])} | {e})
        issued = next(
            (who for p in starts if (who := issuer_of(text[p:], self.g.issuer, self.issuer_titles, self.g.article))),
            None,
        )
        if issued:
            return issued  # the first of the readings below that names one wins: read them in that order
        acting = self.acting_authority(text, s, people)
        if acting:
            return acting
        owner = self.possessive_owner(text, s)
        if owner or fixed:
            return owner or (fixed[1] if fixed else None)
        # "Authorized by the Chairman of the Provincial People's Committee, ... presented ..."
        for m in self.g.delegation.finditer(text):
            who = issuer_of(text[m.start("lead") :], self.g.issuer, self.issuer_titles, self.g.article)
            if who:
                return who
        return None

    def acting_authority(self, text: str, s: int, people: list[str]) -> str | None:
        """The authority that is the subject before the award ("the Prime Minister awarded ..."), or the
        head of the body that is ("the Ministry of Finance presented ..." -> its Minister)."""
        # "the Prime Minister awarded ...", "the General Director of X awarded <the recipient> a ..."
        subject = self.g.authority_subject.search(text[max(0, s - 140) : s])
        if subject and any(subject.group("who").endswith(name) for name in people):
            subject = None  # "Chairman of the Council Dinh Tien Dung presented ...": a presenter's title
        acting = (
            self.g.article.sub(
                "",
                " ".join(
                    w if self.g.lower_name_words.match(w) or not w.islower() else w.capitalize()
                    for w in subject.group("who").split()
                ),
            )
            if subject
            else None
        )
        if acting:
            # "the General Director of Vietnam Social Security": the data's fixed name when it is one
            return next((who for who, scan in self.authorities if scan.pattern.fullmatch(acting)), acting)
        body = self.g.issuer_subject.search(text[max(0, s - 90) : s])
        return head_of(self.g.article.sub("", body.group("who")), self.issuer_titles) if body else acting

    def possessive_owner(self, text: str, s: int) -> str | None:
        """ "the Minister of Health's Certificate" names the authority; "the Ministry of Finance's Flag" its body."""
        window = text[max(0, s - 90) : s]
        if not self.possessive_gate.may_hold_after_deletions(window):  # dropping the articles adds no character
            return None
        window = self.g.article.sub("", window)
        possessive = (
            self.possessive_gate.may_match(window)
            and (self.possessive_tail is None or self.possessive_tail.search(window) is not None)
            and self.g.issuer_possessive.search(window)
        )
        if not possessive:
            return None
        who = self.g.article.sub("", possessive.group("who"))
        return who if possessive.groupdict().get("title") else head_of(who, self.issuer_titles)

    def authority(
        self, text: str, s: int, e: int, named: set[int] | None = None, low: str | None = None
    ) -> tuple[int, str] | None:
        """An authority named right after the award ("... by the General Director of VSS")
        or as the one acting for ("on behalf of", "authorized by"); a title such
        as "Deputy Minister of Finance" elsewhere in the sentence is not one. `named`, when given: the
        only authorities (by their place in the data) whose words `text` holds (`DocCueSites.cues_in`);
        `low`: `text` lower-cased, when known."""
        best: tuple[int, str] | None = None
        ks: Iterable[int] = range(len(self.authorities)) if named is None else sorted(named)
        for k in ks:
            who, scan = self.authorities[k]
            for m in scan.finditer_lowered(text, low if named is not None else None, known=named is not None):
                if s <= m.start() < e:
                    distance = -1  # "Emulation Flag of Vietnam Social Security": named in the award itself
                    if best is None or distance < best[0]:
                        best = (distance, who)
                    continue
                if m.start() >= e and m.start() - e <= 60:
                    distance = m.start() - e
                elif m.end() <= s and self.g.acting_for_before.search(text, max(0, m.start() - 25), m.start()):
                    # "Thừa ủy quyền của Tổng Giám đốc ..., ông X trao Kỷ niệm chương ...": the one the presenter
                    # acts for confers it, whatever body the award's own name holds
                    distance = -2
                elif self.g.delegated_before.search(
                    text[max(0, m.start() - 25) : m.start()]
                ) or self.g.delegated_start.match(m.group()):
                    distance = 500 + abs(s - m.end())
                else:
                    continue
                if best is None or distance < best[0]:
                    best = (distance, who)
        return best


def issuer_of(after: str, issuer: re.Pattern[str], org_titles: dict[str, str], article: re.Pattern[str]) -> str | None:
    """ "of the Chairman of the Ninh Binh Provincial People's Committee" right after the
    award -> "Chairman of Ninh Binh Provincial People's Committee"; an organisation
    alone ("of the Ministry of National Defence") -> its head's title."""
    m = issuer.match(after)
    if not m:
        return None
    who = article.sub("", m.group("who")).strip(" ,")
    return who if m.groupdict().get("title") else head_of(who, org_titles)


def head_of(organisation: str, org_titles: dict[str, str]) -> str | None:
    """The authority an organisation's award is given by ("Ministry of X" -> "Minister of X")."""
    for pattern, title in org_titles.items():
        hit = caseless(pattern).match(organisation)
        if hit:
            return hit.expand(title)
    return None


@cache
def caseless(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern, re.IGNORECASE)`, kept: `re.match` looks its pattern up again on every call."""
    return re.compile(pattern, re.IGNORECASE)
