"""Award counts in head-first word order (Vietnamese): how many prizes or recipients a mention gives.

A part of `HeadFirstAwardFinder` (`awards_vi.py`, which sets the attributes below): a count right
before the form counts the prizes ("02 Huân chương Lao động hạng Nhì", "4 giải A"); a count after
the form and its giving verb or "cho" counts the recipients ("Bằng khen cho 01 tập thể và 17 cá
nhân"); a count as the clause's subject ("103 doanh nghiệp ... được trao tặng Bằng khen") too.
Each number read as a count is claimed, so `pr_figures` does not read it as a figure. The grade
an order's listed classes or a prize's own words name is read here too.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from .award_parts import CountReader

RATIO_BEFORE = re.compile(r"\d+/$")


class HeadFirstCounts:
    """The head-first award reader's count and grade questions."""

    g: SimpleNamespace
    grades: list[tuple[str, re.Pattern[str]]]
    count_right_before: re.Pattern[str]
    count_after_re: re.Pattern[str]
    receiving_re: re.Pattern[str]
    kind_words: list[tuple[str, re.Pattern[str]]]
    counts: CountReader

    def listed_grades(self, text: str, mentions: list[tuple]) -> dict[int, tuple[tuple, str]]:
        """Earlier classes of an order listed with their years after it ("Huân chương Lao động hạng Ba
        (2010), hạng Nhì (2015)"): each class is a mention of the same form, keyed by where it starts.
        Classes without years of their own ("hạng Nhất, Nhì, Ba") are a range, not a list."""
        out: dict[int, tuple[tuple, str]] = {}
        for _s, e, award_type, authority, graded in mentions:
            if not graded:
                continue
            first = self.g.grade_window.match(text[e : e + 60])
            pos = e + (first.end() if first else 0)
            while m := self.g.grade_continued.match(text, pos):
                grade = [g for g, regex in self.grades if regex.fullmatch(m.group("grade"))]
                if len(grade) != 1:
                    break
                gs, ge = m.span("grade")
                out[gs] = ((gs, ge, award_type, authority, graded), grade[0])
                pos = ge
        return out

    def own_grade(self, form: str) -> str | None:
        """A prize that names its place in its own words ("giải Nhất", "giải Ba"): that grade."""
        found = {grade for grade, regex in self.grades if regex.search(form)}
        return found.pop() if len(found) == 1 else None

    def counted(
        self, before: str, after: str, left: str, base: dict, offsets: tuple[int, int, int], rest: str = ""
    ) -> list[dict]:
        """Count records; `offsets` are where `before`, `after` and `left` start in the text (`rest`: the
        sentence after the award's form, past the next award)."""
        m = self.count_right_before.search(before)
        if m:  # "02 Huân chương Lao động", "4 giải A", "4 giải tập thể"
            kind = self.kind_after(base["evidence"]["text"])
            if kind is None and (run := self.g.count_run_to.match(rest)):
                # "1 giải Nhất, 2 giải Nhì và 10 giải Khuyến khích cho các cá nhân": the run's recipients
                kind = self.kind_after(rest[: run.end() + 40])
            self.claim(base, offsets[0] + m.start(1), offsets[0] + m.end(1))
            if total := self.g.prize_total_before.search(before, 0, m.start()):
                self.claim(base, offsets[0] + total.start(1), offsets[0] + total.end(1))  # "14 tác phẩm trao giải"
            return [{**base, "recipient": None, "recipient_kind": kind, "count": int(m.group(1))}]
        out: list[dict] = []
        head = re.match(r"^[^.;]{0,80}?(?:\b(?:cho|tặng|tới|đến)\b|:)\s*", after)
        if head:
            tail = after[head.end() : head.end() + 240]
            last = self.members_named_after(tail, base, offsets[1] + head.end())
            for cm in self.count_after_re.finditer(tail, last):
                if not cm.group(1)[0].isdigit():
                    break  # "Huân chương Lao động cho hai đơn vị" heads a list naming them: a number word only as a subject
                gap = tail[last : cm.start()]
                # "cho Phòng Chế độ và 4 cá nhân": a name, then the count joined to it
                named_first = not out and cm.start() > 12 and self.g.name_before_count.fullmatch(gap)
                if not out and last:  # "cho 3 tập thể là A, B và C, cùng 5 cá nhân": the names, then the next count
                    named_first = bool(self.g.named_members_then_count.fullmatch(gap))
                if not out and not named_first and self.g.subject_then_count.fullmatch(gap):
                    base["_subject_too"] = named_first = True  # "được ... tặng Bằng khen cho tập thể cùng 3 cá nhân"
                # "03 tập thể gồm: A, B, C và 06 cá nhân": the members of the count before sit between the counts
                joined = (
                    re.fullmatch(r"[\s,]*(?:và)?[\s,]*", gap)
                    or self.g.members_then_count.match(gap)
                    or self.g.count_modifier_then_count.fullmatch(gap)
                )
                if (out and not joined) or (not out and cm.start() > 12 and not named_first):
                    break  # counts follow the form directly and are joined by "và" or commas
                if named_first:
                    base["_named_first"] = True
                out.append(self.count_record(base, cm, offsets[1] + head.end()))
                last = cm.end()
            if out:
                return out
        # the clause's subject: "103 doanh nghiệp ... đã được trao tặng Bằng khen"
        received = [m for m in self.receiving_re.finditer(left) if len(left) - m.end() <= 40]
        subject = (
            re.search(r"\bđược\b[^.;]{0,60}$", left)
            or (received[-1] if received else None)
            or self.g.proposed_subject.search(left)  # "1 đơn vị dẫn đầu để đề nghị Chính phủ tặng ..."
        )
        if subject:
            counts = list(self.count_after_re.finditer(left[: subject.start()]))
            if counts and len(left[counts[-1].end() : subject.start()].split()) <= 15:
                run = [counts[-1]]  # "02 tập thể và 05 cá nhân được tặng ...": every count of the subject
                for earlier in reversed(counts[:-1]):
                    if not re.fullmatch(r"[\s,]*(?:và)?[\s,]*", left[earlier.end() : run[0].start()]):
                        break
                    run.insert(0, earlier)
                if part := self.g.part_count_after.match(rest):  # "..., có 2 cán bộ của BHXH tỉnh"
                    self.claim(base, offsets[1] + part.start(1), offsets[1] + part.end(1))
                return [self.count_record(base, m, offsets[2]) for m in run]
        return []

    def members_named_after(self, tail: str, base: dict, offset: int) -> int:
        """ "cho 3 tập thể là Phòng A và BHXH huyện B": a count whose members are then named is no record of its
        own (the names are the recipients); where the names start, else 0. A description after "là" ("7 cá nhân
        là cán bộ thu") names no one: a name opens with a capital."""
        members = self.g.recipient_apposition.match(tail)
        first = self.count_after_re.match(tail) if members else None
        if members is None or first is None or not tail[members.end() : members.end() + 1].isupper():
            return 0
        self.claim(base, offset + first.start(1), offset + first.end(1))
        base["_named_first"] = True
        return members.end()

    def count_record(self, base: dict, m: re.Match, offset: int) -> dict:
        kind = "individual" if m.group("i") else ("collective" if m.group("c") else None)
        # "5/5 đơn vị đạt danh hiệu": the whole share is the count's, no figure or date
        ratio = RATIO_BEFORE.search(m.string, max(0, m.start(1) - 6), m.start(1))
        self.claim(base, offset + (ratio.start() if ratio else m.start(1)), offset + m.end(1))
        raw = m.group(1)
        count = int(raw.replace(".", "")) if raw[0].isdigit() else self.counts.value(raw)  # "Hai cán bộ"
        return {**base, "recipient": None, "recipient_kind": kind, "count": count}

    @staticmethod
    def claim(base: dict, start: int, end: int) -> None:
        """Mark a number as an award count, so `pr_figures` does not read it as a figure."""
        base.setdefault("_claims", []).append((start, end))

    def kind_after(self, text: str) -> str | None:
        """Who the award is for when no one is named: "... cho các cá nhân", "giải tập thể"."""
        m = re.search(r"\b(?:cho|tặng|tới)\s+(?:các|những)?\s*(.{0,30})", text) or re.match(r"(.*)", text)
        hits = [(rx.search(m.group(1)), kind) for kind, rx in self.kind_words] if m else []
        found = [(hit.start(), kind) for hit, kind in hits if hit]
        return min(found)[1] if found else None
