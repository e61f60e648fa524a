"""Emulation clusters' structure: their members and their leaders, read from the sentences naming them.

"Cluster No. 5 consists of the Social Security offices of A, B and C": the units
named in a sentence with a cluster and a member cue (`member_cues` in
`data/<lang>/units.yml`) are its members. "... A Social Security, as cluster
leader for 2026": the unit a leader phrase (the `leader` grammar regex) follows
leads the cluster. The units component calls `read` once its units are built.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span

from .doc_reads import word_list
from .extensions import sentence_bounds, span_unit, text_of
from .lexicon import CaselessSearch
from .lexicon_models import UnitsData
from .word_gate import lowered

LEADER_REACH = 70
"""Characters after a unit where a leader phrase may start."""


class ClusterStructure:
    def __init__(self, data: UnitsData, leader: re.Pattern[str], agency: str) -> None:
        """`leader`: the leader phrase (matched right after a unit); `agency`: the parent of every office, never a member."""
        self.member_cues = [c.lower() for c in data.member_cues]
        # any one cue as a whole word, in one scan (an alternation backtracks to every cue at each
        # place); tried only where some cue is in the text at all, which plain substring tests tell fast
        self.member_cue = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in self.member_cues) + r")\b")
        self.leader = leader
        self.leader_scan = CaselessSearch(leader)
        self.agency = agency

    def read(self, doc: Doc, resolved: list[Span], units: dict[str, dict]) -> None:
        """Members from "Cluster X consists of ...", roles from "... as cluster leader for 2026"."""
        labels = [s.label_ for s in resolved]  # read once: each read decodes the label again
        if "cluster" not in labels:
            return
        text = text_of(doc)
        bounds = sentence_bounds(doc)
        starts = [start for start, _ in bounds]
        by_sentence: dict[int, list[tuple[str, str, int]]] = {}  # (label, unit, end_char) of the spans starting
        for span, label in zip(resolved, labels):  # in each sentence, in their order
            entry = (label, span_unit(span), span.end_char)
            by_sentence.setdefault(bisect_right(starts, span.start) - 1, []).append(entry)
        offsets = word_list(doc, IDX)
        for k in sorted(by_sentence):
            in_sent = by_sentence[k]
            start, end = bounds[k]
            last = doc[end - 1]  # the sentence's characters, without a `Span` (which reads three tokens)
            sent_start, sent_end = offsets[start], offsets[end - 1] + len(last)
            clusters = {unit for label, unit, _ in in_sent if label == "cluster"}
            lower = text[sent_start:sent_end].lower() if clusters else ""
            if clusters and any(cue in lower for cue in self.member_cues) and self.member_cue.search(lower):
                for cluster in clusters:
                    for _, name, _ in in_sent:
                        if name not in clusters and name != self.agency and name not in units[cluster]["members"]:
                            units[cluster]["members"].append(name)
            if not self.may_name_leader(text[sent_start:sent_end]):
                continue  # no span's next words can say it leads
            for label, name, end_char in in_sent:
                if label == "cluster":
                    continue
                m = self.leader.match(text[end_char : min(end_char + LEADER_REACH, sent_end)])
                if m:
                    role = "deputy cluster leader" if m.group("deputy") else "cluster leader"
                    year = m.group("year") or m.group("year2")
                    units[name]["role"] = f"{role} {year}" if year else role

    def may_name_leader(self, sentence: str) -> bool:
        """Whether a leader phrase may follow a unit in `sentence`: not when the lower-cased sentence
        lacks every word the phrase holds (`CaselessSearch`'s gate; the words after a unit are a
        part of its sentence)."""
        if self.leader_scan.lower is None:
            return True
        low = lowered(sentence)
        return low is None or not self.leader_scan.absent(low, 0, len(low))
