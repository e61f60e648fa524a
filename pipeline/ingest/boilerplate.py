"""Language data for cleaning: web-page debris seen in saved Vietnamese news pages.

Plain sets, like spaCy's `lang/*/stop_words.py`. A line is debris only when
the whole line (case-folded, trailing punctuation and spaces removed) is one
of `DEBRIS_LINES` or matches `DEBRIS_PATTERNS`; words inside a sentence are
never touched. `NAV_WORDS` are site menu entries: they are removed only as
part of a trailing block of short lines after the article (see
`clean._trailing_menu`).
"""

from __future__ import annotations

import re

DEBRIS_LINES = frozenset(
    """
    no data
    no videos available
    no comments yet
    be the first to comment
    related news
    related articles
    read more
    see more
    back to top
    share
    print
    loading
    advertisement
    thông tin bạn đọc
    đóng lưu thông tin
    đóng
    lưu thông tin
    gửi bình luận
    ý kiến bạn đọc
    bình luận
    viết bình luận
    bạn đọc bình luận
    tin liên quan
    tin cùng chuyên mục
    tin khác
    xem thêm
    chia sẻ
    in bài
    họ và tên
    họ tên
    mã xác nhận
    bình luận của bạn sẽ được biên tập trước khi đăng
    """.strip().splitlines()
)
DEBRIS_LINES = frozenset(line.strip() for line in DEBRIS_LINES)

DEBRIS_PATTERNS = (
    re.compile(r"^comments?\s*\(\d+\)$"),  # Comment (0)
    re.compile(r"^bình luận\s*\(\d+\)$"),
    re.compile(r"^(tối đa|bạn còn)\s*:?\s*\d+(/\d+)?\s*ký tự$"),
)

NAV_WORDS = frozenset(
    """
    home
    news
    heritage
    figure
    enterprise
    destination
    product
    political system
    politics
    economy
    business
    society
    social
    culture
    travel
    tourism
    world
    sports
    sport
    health
    education
    law
    lifestyle
    entertainment
    video
    videos
    photo
    photos
    multimedia
    opinion
    science
    technology
    environment
    trang chủ
    thời sự
    chính trị
    kinh tế
    xã hội
    văn hóa
    thể thao
    pháp luật
    giáo dục
    sức khỏe
    du lịch
    thế giới
    """.strip().splitlines()
)
NAV_WORDS = frozenset(word.strip() for word in NAV_WORDS)


def is_debris(line: str) -> bool:
    """Whether a whole (already whitespace-normalised) line is web-page debris."""
    key = line.casefold().rstrip(" .:…!").strip()
    if not key:
        return False
    return key in DEBRIS_LINES or any(p.match(key) for p in DEBRIS_PATTERNS)
