"""Awards in head-first languages (Vietnamese): counts, recipients and status by Vietnamese word order.

The forms, grades and authorities come from `data/<lang>/awards.yml` as for
English (`AwardFinder`); what differs is where the recipients stand:

- a count right before the form counts the prizes: "02 Huân chương Lao động
  hạng Nhì", "4 giải A";
- a count after the form and its giving verb or "cho": "Kỷ niệm chương ...
  tặng 15 cá nhân", "Bằng khen cho 01 tập thể và 17 cá nhân";
- a count as the clause's subject: "103 doanh nghiệp ... được trao tặng Bằng khen";
- recipients listed after a colon: "Huân chương Lao động hạng Nhất: BHXH tỉnh X";
- recipients after "cho" / "tặng": "tặng Bằng khen cho BHXH tỉnh X", or as
  the subject: "BHXH tỉnh X đón nhận Huân chương ...".

A proposal cue before the form ("đề nghị", "trình ... xét tặng") makes the
record `proposed`. A form with no recipient, no count and no giving verb
(a movement's aims, a list of award types) is no award.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .award_decisions import issuer_line
from .award_headline_sums import drop_headline_sums
from .award_list_leads import ListLead, ListLeads
from .award_lists import drop_summary_counts, year_spoken_of
from .award_parts import grade_of
from .award_report_subject import report_subject, row_year
from .award_vi_count_names import named_count
from .award_vi_counts import HeadFirstCounts
from .award_vi_givers import HeadFirstGivers
from .award_vi_prize_each import HeadFirstPrizeEach
from .award_vi_prize_owners import HeadFirstPrizeOwners
from .award_vi_recipients import HeadFirstRecipients
from .award_vi_teams import team_records
from .award_vi_voted import voted_up_record
from .award_vi_years import HeadFirstYears, proposals_share_year
from .awards import AwardFinder
from .doc_sections import SectionReader
from .extensions import text_of
from .lexicon import load_data, phrase_regex
from .lexicon_models import AwardsData
from .recipient_units import add_recipient_unit
from .sentence_chars import doc_sentences

# an award's own name in quotes right after its form (Kỷ niệm chương "..."): words in it imply a giver, name none
QUOTED_NAME = re.compile(r"\s*[\"“][^\"”\n]{1,120}[\"”]")


class HeadFirstAwardFinder(
    HeadFirstCounts,
    HeadFirstRecipients,
    HeadFirstPrizeEach,
    HeadFirstPrizeOwners,
    HeadFirstGivers,
    HeadFirstYears,
    AwardFinder,
):
    """Award records in head-first word order: `AwardFinder`'s forms, grades and authorities, read with the
    counts (`award_vi_counts.py`), recipients (`award_vi_recipients.py`), givers (`award_vi_givers.py`) and
    years (`award_vi_years.py`) of Vietnamese word order."""

    def __init__(self, nlp: Language, name: str = "pr_awards", lang: str = "vi") -> None:
        super().__init__(nlp, name, lang)
        data = load_data(lang, "awards", AwardsData)
        self.proposal_re = phrase_regex(data.proposal_cues)
        self.sections = SectionReader(lang)
        self.giving_re = phrase_regex(data.conferring_verbs)
        self.receiving_re = phrase_regex(data.receiving_verbs)
        self.head_by_authority = data.head_by_authority
        counted_collectives = [*data.collective_words, *data.counted_collective_words]
        self.kind_words = [
            ("collective", phrase_regex(counted_collectives)),
            ("individual", phrase_regex(data.individual_words)),
        ]
        coll = "|".join(sorted(map(re.escape, counted_collectives), key=len, reverse=True))
        indiv = "|".join(sorted(map(re.escape, data.individual_words), key=len, reverse=True))
        other = "|".join(sorted(map(re.escape, data.other_count_words), key=len, reverse=True)) or "(?!)"
        number_words = "".join(
            rf"|(?<!\w)(?<!thứ ){re.escape(w)}" for w in sorted(self.counts.word_numbers, key=len, reverse=True)
        )
        self.count_after_re = re.compile(
            # a collective word that opens an individual one ("đoàn" of "đoàn viên") is the individual one; a
            # plain four-digit 19xx/20xx is a year before the subject, not a count (thousands take a dot)
            # ... and a number word as the subject ("Hai cán bộ ... được tặng"; not an ordinal "lần thứ hai"), the
            # language's own (`numbers.yml`)
            rf"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))(\d{{1,3}}(?:\.\d{{3}})+|\d+{number_words})\s+(?:lượt\s+)?"
            rf"(?:(?P<c>(?!(?:{indiv})(?!\w))(?:{coll}))|(?P<i>{indiv})|(?P<o>{other}))(?!\w)",
            re.IGNORECASE,
        )
        self.count_right_before = re.compile(r"(?<![\d.,/])(\d+)\s+$")
        # "bà X đã được tặng nhiều phần thưởng:\n- Huân chương ... (năm 2019);": the lead's recipient, each item's
        self.list_leads = ListLeads(self.g.list_item, self.g.received_list_lead)
        # where the award read last in the current sentence ends (sentence offsets): a date between it and the
        # next clause break is its own (`earlier_awards_dates_blanked`)
        self.award_end_in_sentence: int | None = None
        # who gave the sentence's last award, as named in its own clause: a clause that opens on the next award
        # with no giver of its own shares it ("Bộ trưởng X tặng Cờ thi đua cho A; danh hiệu Y cho 02 cá nhân")
        self.giver_in_sentence: str | None = None
        self.individual_set = {w.lower() for w in data.individual_words}
        self.subject_authorities = [
            (who, re.compile("|".join(p), re.IGNORECASE)) for who, p in data.subject_authorities.items()
        ]
        # "cho tập thể BHXH tỉnh X và ông Y": a recipient word before a named recipient
        self.recipient_word = "|".join(
            sorted(
                map(re.escape, [*data.collective_words, *data.individual_words, *data.other_count_words]),
                key=len,
                reverse=True,
            )
        )
        # what may stand between two named recipients: "cho A và chị B", "cho tập thể A, ông B", "cho anh A
        # (thành phố X) và chị B" (where the first lives or works, in brackets)
        honorific = self.g.recipient_honorific.pattern
        self.recipient_gap = re.compile(
            rf"(?:\s*\([^()]{{1,60}}\))?[\s,;]*(?:và|,|{honorific})?[\s,]*(?:{honorific}|{self.recipient_word})?\s*"
            rf"(?:{self.g.recipient_apposition.pattern}(?:(?:{honorific})\s*)?)?",  # "cho 2 cá nhân là ông A"
            re.IGNORECASE,
        )

    def process(self, doc: Doc) -> None:
        sites = self.cue_sites.of_doc(doc)
        sents = doc_sentences(doc)
        starts, ends = sents.starts, sents.ends
        for i, cues in sites.ranges_with_cues(starts, ends, self.form_range):  # the sentences holding a form's word
            if not self.holds_form(sites, starts[i], ends[i], cues):
                continue
            sent = sents.span(i)
            self.award_end_in_sentence = None
            self.giver_in_sentence = None
            shared: list[dict] = []  # the named recipients of the sentence's last award
            hands: str | None = None  # who handed its last award over
            listed: dict | None = None  # the last recipient of a list after a colon, which goes on past ";"
            for start, end in self.clauses(sent, self.g.clause_break):
                forms = sites.cues_in(start, end)
                if listed is not None and not any(c in self.form_range for c in forms):
                    listed = self.next_listed(doc, start, end, listed)
                    continue
                shared, hands = self.read_vi_clause(doc, sent, start, end, shared, hands, forms)
                listed = shared[-1] if shared and ":" in text_of(doc)[start:end] else None
        self.drop_vague_repeats(doc)
        # a headline's "Cờ thi đua cho 3 đơn vị" over the three flags the body names: the count is their sum
        drop_summary_counts(doc)
        drop_headline_sums(doc)  # "trao Huy hiệu cho 9 đảng viên" over the body's 3 and 6: their total
        proposals_share_year(doc)  # the proposal told beside a drive's awards is for the drive's year too

    def read_vi_clause(
        self,
        doc: Doc,
        sent: Span,
        start: int,
        end: int,
        shared: list[dict],
        hands: str | None,
        forms: set[int] | None = None,
    ) -> tuple[list[dict], str | None]:
        """Award records of one clause; returns the named recipients of its last award, which the next
        award of the sentence shares when it has no recipient of its own ("X được tặng A năm 2010 và B
        năm 2020; được Chính phủ tặng C"), and its presenter, whose hands a clause that opens on the
        handing-over verb shares ("X trao A cho 2 cá nhân; trao B cho ...")."""
        text = text_of(doc)[start:end]
        mentions = self.mentions(text, forms)
        listed = self.listed_grades(text, mentions)
        mentions = sorted([*mentions, *(m for m, _ in listed.values())])
        units = [u for u in doc.spans.get("units", []) if start <= u.start_char and u.end_char <= end]
        people = [p for p in doc.spans.get("people", []) if start <= p.start_char and p.end_char <= end]
        for k, (s, e, award_type, default_authority, graded) in enumerate(mentions):
            nxt = mentions[k + 1][0] if k + 1 < len(mentions) else len(text)
            prev_end = mentions[k - 1][1] if k else 0
            before, after = text[prev_end:s], text[e:nxt]
            if self.g.retold_after.match(after):
                continue  # the award the text told before, pointed back to: no award of its own
            proposed = (
                bool(self.proposal_re.search(text[:s]))
                or bool(self.proposal_re.search(text_of(doc)[sent.start_char : start]))
                or self.sections.of_doc(doc).proposal_at(start + s)  # "IV. ĐỀ XUẤT, KIẾN NGHỊ", "... đề nghị:\n1. ..."
            )
            stop = self.g.next_passive.search(text, e, nxt)  # nor past the next giving clause
            scope = text[: stop.start() if stop else nxt]  # not past the next award
            if k and self.g.own_receipt_before.search(before):
                # "được A tặng Bằng khen năm 2021 và đạt danh hiệu ...": received by a verb of its own, not given by A
                scope = " " * prev_end + scope[prev_end:]
            found = self.authority(scope, s, e)
            named = found[1] if found else None
            quoted = QUOTED_NAME.match(text, e)  # the award's own name in quotes after its form
            in_name = found is not None and (found[0] < 0 or (quoted is not None and found[0] < quoted.end() - e))
            in_quotes = in_name and found is not None and found[0] >= 0  # the body the quoted name holds
            subject = None if named and not in_quotes else self.giver_subject(scope[:s] if k else text[:s])
            if subject and in_quotes:
                # "được Tổng Giám đốc ... tặng Kỷ niệm chương “Vì sự nghiệp BHXH Việt Nam”": the giver before
                named = None
            if (named or subject) and not in_name:
                self.giver_in_sentence = named or subject
            elif self.giver_in_sentence and (
                self.g.shared_giver_opening.match(text[text.rfind(";", 0, s) + 1 : s])
                or (k and self.g.shared_giver_opening.match(before))  # "“A” cho 9 cá nhân và “B” ..."
            ):
                # the giver named in the clause before, over one the award's own name implies
                named = self.giver_in_sentence
            if not named and not subject and proposed:
                named = self.asked_in_lead(doc, start + s)  # "... đề nghị Giám đốc BHXH tỉnh X:\n- Công nhận ..."
            authority = named or subject or self.decision_issuer(doc, start + s) or default_authority
            if authority and "{" in authority:
                authority = self.filled(doc, authority, start, text[:nxt], s)
            # "trình Thủ tướng Chính phủ tặng Bằng khen": the authority sets the award's level
            award_type = self.level_by_authority.get(authority or "", {}).get(award_type, award_type)
            # "đề nghị BHXH Việt Nam tặng Bằng khen": the body's certificate is its head's
            authority = self.head_by_authority.get(authority or "", {}).get(award_type, authority)
            # "trao A cho X và trao B cho 02 cá nhân ... giai đoạn 2019-2023": the words after the next award
            # given by a verb of its own are that award's
            own_end = nxt if k + 1 < len(mentions) and self.giving_re.search(text, e, nxt) else len(text)
            own_end = stop.start() if stop else own_end  # "A, năm 2021 được Y tặng B": that year is B's
            own_text = sent.text[: start - sent.start_char + own_end]
            achieved = self.achieved_year(own_text, start - sent.start_char + e)
            base: dict[str, Any] = {
                "award_type": award_type,
                "grade": listed[s][1]
                if s in listed
                else (grade_of(text, s, e, self.grades, self.g.grade_window) if graded else self.own_grade(text[s:e])),
                "conferred_by": authority,
                "presented_by": self.presenter(doc, people, start, s, text)
                or (hands if self.verbs.match(text.lstrip()) else None),
                "year": achieved
                or self.year(own_text, start - sent.start_char + s, start - sent.start_char + e)
                or self.reviewed_period(doc)
                or self.undated_year(doc, start + s)
                or year_spoken_of(doc, sent.text, self.g.this_year_achievement),
                "status": "proposed" if proposed else "conferred",
                "evidence": {"start": start + s, "end": start + e, "text": text[s:e]},
                "_achieved": achieved is not None,
            }
            self.award_end_in_sentence = start - sent.start_char + e
            records = self.counted(
                before,
                after,
                text[:s],
                base,
                (start + prev_end, start + e, start),
                sent.text[start - sent.start_char + e :],
            )
            if base.pop("_subject_too", False):  # "được ... tặng Bằng khen cho tập thể cùng 3 cá nhân"
                for record in records:
                    record.pop("_subject_too", None)
                    record.pop("_named_first", None)
                base.pop("_named_first", None)
                records = self.named(doc, units, people, start, s, e, nxt, award_type, base) + records
            if base.pop("_named_first", False):  # the recipients named before the count are given it too
                for record in records:
                    record.pop("_named_first", None)
                records = self.named(doc, units, people, start, s, e, nxt, award_type, base, after_only=True) + records
            # "02 giải Nhì cho đội A và đội B": one prize to each recipient named
            records = self.one_prize_each(records, before, (doc, units, people, start, s, e, nxt, award_type, base))
            # "cho 2 cá nhân là ông A và bà B": the count, and the two named, one record each
            records = named_count(
                doc,
                records,
                text[e:nxt],
                self.g.recipient_apposition,
                partial(self.named, doc, units, people, start, s, e, nxt, award_type, base, after_only=True),
            )
            # "X được tặng 02 Bằng khen ...": the prizes a count before the form counts are the subject's
            records = self.prize_owners(
                records, before, k, shared, (doc, units, people, start, s, e, nxt, award_type, base)
            )
            if not records and shared and self.g.on_behalf_subject.search(text, 0, s):
                # "ông X thay mặt tập thể đón nhận Bằng khen": the collective given it before, not the person
                records = [
                    {**base, "recipient": r["recipient"], "recipient_kind": r["recipient_kind"], "count": None}
                    for r in shared
                ]
            records = records or self.named(doc, units, people, start, s, e, nxt, award_type, base)
            records = records or team_records(base, text[e:nxt], self.g.team_after)  # "giải Nhất cho đội ấp X"
            voted = (self.g.voted_up_before, self.g.voted_up_after)  # "Cụm suy tôn X ..., đề nghị ... tặng Cờ"
            records = records or voted_up_record(doc, sent.start_char, start + s, base, *voted)
            if not any(r["recipient"] or (r["count"] and r["recipient_kind"]) for r in records):
                lead = self.list_leads.lead_of(doc, start + s)
                if lead is not None:
                    records = [self.lead_record(base, lead, text[e:nxt])]
            if (
                not records
                and shared
                and (
                    bool(self.g.award_joiner.fullmatch(before) or self.g.elided_subject_passive.fullmatch(before))
                    if k
                    else self.g.shared_subject.match(text[:s])
                )
            ):
                records = [
                    {**base, "recipient": r["recipient"], "recipient_kind": r["recipient_kind"], "count": None}
                    for r in shared
                ]
            if (
                not records
                and not self.giving_re.search(text)
                and (reported := report_subject(doc, self.g.report_subject))
            ):
                # "2020 | Lao động tiên tiến | ...", "- Bằng khen của ... năm 2021": an achievement report's own list
                year = row_year(text_of(doc), start + s) or base["year"]
                records = [
                    {**base, "recipient": reported[0], "recipient_kind": reported[1], "count": None, "year": year}
                ]
            if not records and self.giving_re.search(text):
                subject = self.g.plural_subject.search(text, 0, s)  # "Nhiều cá nhân được tặng ...": their kind
                kind = self.kind_after(text[s:nxt]) or (self.kind_after(subject.group("who")) if subject else None)
                # "91% đoàn viên đạt danh hiệu Lao động tiên tiến": a title only people (or only bodies) hold
                kind = kind or self.only_kind(award_type)
                records = [{**base, "recipient": None, "recipient_kind": kind, "count": None}]
            records += self.other_years(text, e, nxt, records)
            records += self.named_among(doc, people, start, e, nxt, base, records)
            for claim in base.pop("_claims", []):
                doc._.meta.setdefault("award_counts", []).append(claim)
            for record in records:
                record.pop("_claims", None)
                organisation = record.pop("_organisation", None)
                if organisation is not None:
                    add_recipient_unit(doc, record["recipient"], *organisation)
            doc._.awards.extend(records)
            shared = [r for r in records if r["recipient"]]
            hands = base["presented_by"] or hands
        return shared, hands

    def only_kind(self, award_type: str) -> str | None:
        """The recipient kind a title fixes by itself: people only (emulation fighters, advanced laborers),
        bodies only (flags, collective titles), else None."""
        if award_type in self.individual_only:
            return "individual"
        return "collective" if award_type in self.collective_only else None

    def decision_issuer(self, doc: Doc, at: int) -> str | None:
        """The authority a decision's issuer line above `at` names ("GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH X"),
        giving the awards its articles decide with no giver of their own."""
        line = issuer_line(doc, self.g.decision_grounds)
        if line is None or line[0] > at:
            return None
        start, text = line
        authorities: list[tuple[str, Any]] = [*self.authorities, *self.subject_authorities]  # regexes, caseless scans
        # the line is the post alone: the authority whose words open it, not a deputy's
        who = next(
            (who for who, regex in authorities if (m := regex.search(text)) and not text[: m.start()].strip()), None
        )
        if who and "{" in who:
            who = self.filled(doc, who, start, text, len(text))
        return who

    def lead_record(self, base: dict, lead: ListLead, after: str) -> dict:
        """An item of a list of one recipient's awards: the lead's recipient; "3 Bằng khen ... (các năm
        2008, 2015, 2021)" is three prizes to it, one record with every year the item names."""
        years = list(dict.fromkeys(self.year_digits.findall(after)))
        year = ", ".join(years) if len(years) > 1 else base["year"]
        return {**base, "recipient": lead.recipient, "recipient_kind": lead.kind, "count": None, "year": year}

    def asked_in_lead(self, doc: Doc, at: int) -> str | None:
        """The authority a proposal list's lead line asks ("Hội đồng thống nhất đề nghị Giám đốc BHXH tỉnh X:"):
        the giver of the awards listed under it."""
        lead = self.sections.of_doc(doc).lead_at(at)
        if lead is None:
            return None
        text = text_of(doc)[lead[0] : lead[1]]
        asks = list(self.proposal_re.finditer(text))
        if not asks:
            return None
        at = asks[-1].end()
        found = self.authority(text, at, at)
        who = found[1] if found else None
        if who is None:  # the one asked, named as a subject gives ("đề nghị Giám đốc BHXH tỉnh X")
            lowered = text.lower()
            who = next(
                (w for w, scan in self.subject_authorities for m in scan.finditer(lowered) if 0 <= m.start() - at <= 2),
                None,
            )
        if who is None:
            return None
        return self.filled(doc, who, lead[0], text, at) if "{" in who else who

    def year(self, text: str, s: int, e: int) -> str | None:
        """ "... vì đã có thành tích từ năm 2019 đến năm 2023": a span of years after the award is its period;
        a date past the next clause break is the next clause's ("...(2023-2025) đạt danh hiệu X; năm 2024, ...");
        a year inside the award's own words is its year ("danh hiệu “Nữ công chức xuất sắc năm 2025”")."""
        own = self.year_digits.findall(text, s, e)
        if own:
            return own[-1]
        span = self.g.year_range.search(text, e)
        if span:
            return f"{span.group(1)}-{span.group(2)}"
        cut = self.g.clause_break.search(text, e)
        text = text[: cut.start()] if cut else text
        return super().year(self.earlier_awards_dates_blanked(self.bracketed_years_blanked(text, s), s), s, e)
