"""`event_hits.TriggerHits`: every kind's event words from one scan, the matches each kind's own scan finds.

`pr_events` asked each kind of event word for its matches with its own `WordScan` (a word gate and a
regex pass each); `TriggerHits` scans a text once for every kind's words and asks each kind's pattern
only where one starts. Checked against each kind's `finditer_lowered` on invented sentences and on the
bundled real texts of both languages, whole and in pieces.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.event_hits import TriggerHits, prefix_tree
from pipeline.extract.word_gate import lowered
from tests.real_texts import texts


def plain_by_kind(events: Any, text: str) -> list[list[tuple[int, int]]]:
    low = lowered(text)
    return [[m.span() for m in scan.finditer_lowered(text, low)] for _, scan in events.triggers]


def spans(found: list[list[re.Match[str]]] | None) -> list[list[tuple[int, int]]] | None:
    return None if found is None else [[m.span() for m in kind] for kind in found]


def test_a_prefix_tree_matches_where_one_of_its_words_starts() -> None:
    words = ["talk", "talks", "talk show", "tea", "x-ray", "a b"]
    tree = re.compile(prefix_tree(words))
    for text in ["talk", "talks", "talk sho", "te", "tea party", "x-ra", "x-rays", "a b", "ab", "a  b", ""]:
        assert bool(tree.match(text)) == any(text.startswith(w) for w in words), text


def test_the_english_kinds_are_read_from_one_scan(nlp) -> None:
    """Invented sentences: words nested in longer ones, a word opening the text, a word inside a word,
    overlapping words of one kind, and one kind's word inside another kind's."""
    events = nlp.get_pipe("pr_events")
    hits = events.trigger_hits
    assert hits.usable
    for text in [
        "Conference on pensions opened in the town.",
        "The board held a review session and an online dialogue conference.",
        "Generally, the course of the talks was calm; a rally followed.",
        "A livestream dialogue, then a launch ceremony and the signing ceremony.",
        "Officials met at noon (meeting) and met to discuss the forum's workshop.",
        "No event words here at all.",
        "",
    ]:
        low = lowered(text)
        assert spans(hits.by_kind(text, low)) == plain_by_kind(events, text), text
        expected = sorted(
            (s, e, kind) for (kind, _), found in zip(events.triggers, plain_by_kind(events, text)) for s, e in found
        )
        assert hits.hits(text, low) == expected


def test_a_text_that_does_not_lower_case_letter_for_letter_is_left_to_the_kinds_own_scans(nlp) -> None:
    hits = nlp.get_pipe("pr_events").trigger_hits
    text = "İstanbul hosted a conference."
    assert lowered(text) is None
    assert hits.by_kind(text, None) is None and hits.hits(text, None) is None


def test_every_kind_finds_on_real_texts_what_its_own_scan_finds(lang_nlp) -> None:
    lang, nlp = lang_nlp
    events = nlp.get_pipe("pr_events")
    assert events.trigger_hits.usable
    found = 0
    for text in texts(lang):
        pieces = [text] + [text[start : start + size] for size in (60, 250) for start in range(0, len(text), 41)]
        for piece in pieces:
            expected = plain_by_kind(events, piece)
            assert spans(events.trigger_hits.by_kind(piece, lowered(piece))) == expected
            found += sum(map(len, expected))
    assert found > 100


def test_a_scan_that_is_not_the_kinds_phrase_pattern_is_not_read_from_the_tree(nlp) -> None:
    """A kind whose scan is not its words' phrase pattern: `TriggerHits` says it cannot tell."""
    from pipeline.extract.cue_sites import WordScan
    from pipeline.extract.lexicon import phrase_regex

    odd = [("meeting", WordScan(re.compile(r"meet\w*", re.IGNORECASE)))]
    assert not TriggerHits(odd, {"meeting": ["meeting"]}).usable
    plain = [("meeting", WordScan(phrase_regex(["meeting", "session"])))]
    hits = TriggerHits(plain, {"meeting": ["meeting", "session"]})
    assert hits.usable
    assert hits.hits("A session, then the meeting.", lowered("A session, then the meeting.")) == [
        (2, 9, "meeting"),
        (20, 27, "meeting"),
    ]


def test_a_day_of_awards_is_found_from_its_first_letter_as_the_plain_pattern_finds_it(nlp) -> None:
    """`awarding_scan`: the day-of-awards pattern tried only where its first letter is (`AsciiStartScan`)."""
    from pipeline.extract.cue_sites import plain

    events = nlp.get_pipe("pr_events")
    pattern = plain(events.g.awarding_day)
    invented = [
        "On March 3, the Chairman of the board awarded certificates to two offices.",
        "It rained. On June 9, the director presented a flag to the team.\nOn May 2, the minister awarded medals.",
        "Once, On July 4 the office awarded nothing. ON May 5, the chief awarded a prize.",
        "The deputy director said on May 6, the province awarded five collectives.",
    ]
    found = 0
    for text in invented + texts("en"):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in events.awarding_scan.finditer(text)] == expected
        found += len(expected)
    assert found >= 3
