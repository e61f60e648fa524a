"""The people step reads tokens from a word table and tries its credit regexes only where a cue
opens; each is checked against the plain form it replaces (Token attributes, `finditer`) on the
bundled real texts, English and Vietnamese."""

from __future__ import annotations

import re

import pytest
from real_texts import laid_out, texts

from pipeline.extract.doc_words import DocWords, WordFacts
from pipeline.extract.extensions import place_tokens, sentence_of
from pipeline.extract.text_scan import lines_from_end, matches_starting_with, openings


def test_the_word_table_answers_as_the_tokens_do(lang_nlp) -> None:
    lang, nlp = lang_nlp
    facts = WordFacts(nlp.vocab, lambda text, lower: int(text.istitle()), len)
    checked = 0
    for text in texts(lang)[:15]:
        doc = laid_out(nlp, text)
        w = DocWords(doc, facts)
        assert w.places == place_tokens(doc) == {t.i: t._.place for t in doc if t._.is_place}
        for tok in doc:
            word = w.words[tok.i]
            assert word.traits == len(tok.text)
            assert (word.text, word.lower, word.is_title, word.is_upper, word.like_num, word.is_space) == (
                tok.text,
                tok.lower_,
                tok.is_title,
                tok.is_upper,
                tok.like_num,
                tok.is_space,
            )
            sent = sentence_of(doc, tok.i)
            assert w.sentence(tok.i) == (sent.start, sent.end)
            assert (tok.i in w.sentence_starts) == bool(tok.is_sent_start)
            assert (w.start_char(tok.i), w.end_char(tok.i)) == (tok.idx, tok.idx + len(tok))
            assert w.span_text(tok.i, min(tok.i + 3, len(doc))) == doc[tok.i : tok.i + 3].text
        assert w.marked() == [(t.i, 1) for t in doc if t.text.istitle()]
        checked += len(doc)
    assert checked > 2000


def test_credit_regexes_tried_at_their_cues_find_what_finditer_finds(lang_nlp) -> None:
    lang, nlp = lang_nlp
    people = nlp.get_pipe("pr_people")
    found = 0
    samples = [
        *texts(lang),
        "By Tran Van A and Le Thi B | Photo: Nguyen Van C. (By) Photos by Ho Thi D, Photo by X Y",
        "Bài và ảnh: Nguyễn Văn An, Lê Bình (Ảnh: Trần Thị Bình) Tác giả: Hà Thu Bài: Lê Văn Tám",
    ]
    for text in samples:
        for _, regex, cues in people.credit_res:
            plain = [(m.span(), m.group()) for m in regex.finditer(text)]
            assert [(m.span(), m.group()) for m in matches_starting_with(regex, text, cues)] == plain
            found += len(plain)
    assert found >= 3


def test_openings_cover_every_cue() -> None:
    cues = ["Photo:", "Photo by", "Photos:", "By", "Written by", "Ảnh:"]
    heads = openings(cues)
    assert heads == ("By", "Phot", "Writ", "Ảnh:")
    assert all(any(c.startswith(h) for h in heads) for c in cues)


@pytest.mark.parametrize("text", ["", "\n", "a", "a\nb", "a\n\nb\n", "\n\nlast line\n", "x\ny\nz"])
def test_lines_from_the_end_are_the_lines_reversed(text: str) -> None:
    assert list(lines_from_end(text)) == [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)][::-1]
