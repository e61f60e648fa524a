"""Benchmark workload: N distinct VSS-style press releases.

Templates come from the sample texts in `corpus/` (read through the project's
own ingest, so what is benchmarked is what the pipeline would see). While the
corpus is empty, the built-in synthetic paragraphs below are used instead;
they were written for this harness and quote no real article.

Every generated document is a template with its province names swapped, its
person names re-drawn and every number perturbed, so no two documents are
equal and nothing can be served from a cache keyed on text. The generator is
deterministic for a given seed, so a child process can rebuild exactly the
texts its parent timed.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO / "corpus"

PROVINCES = (
    "Ha Noi",
    "Hue",
    "Lai Chau",
    "Dien Bien",
    "Son La",
    "Lang Son",
    "Quang Ninh",
    "Thanh Hoa",
    "Nghe An",
    "Ha Tinh",
    "Cao Bang",
    "Tuyen Quang",
    "Lao Cai",
    "Thai Nguyen",
    "Phu Tho",
    "Bac Ninh",
    "Hung Yen",
    "Hai Phong",
    "Ninh Binh",
    "Quang Tri",
    "Da Nang",
    "Quang Ngai",
    "Gia Lai",
    "Khanh Hoa",
    "Lam Dong",
    "Dak Lak",
    "Ho Chi Minh City",
    "Dong Nai",
    "Tay Ninh",
    "Can Tho",
    "Vinh Long",
    "Dong Thap",
    "Ca Mau",
    "An Giang",
    "Ha Giang",
    "Yen Bai",
    "Bac Kan",
    "Vinh Phuc",
    "Hoa Binh",
    "Bac Giang",
    "Thai Binh",
    "Hai Duong",
    "Ha Nam",
    "Nam Dinh",
    "Quang Binh",
    "Quang Nam",
    "Kon Tum",
    "Binh Dinh",
    "Ninh Thuan",
    "Dak Nong",
    "Binh Thuan",
    "Phu Yen",
    "Binh Duong",
    "Ba Ria-Vung Tau",
    "Binh Phuoc",
    "Long An",
    "Soc Trang",
    "Hau Giang",
    "Ben Tre",
    "Tra Vinh",
    "Tien Giang",
    "Bac Lieu",
    "Kien Giang",
)
SURNAMES = ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong", "Dinh", "Trinh")
GIVEN = (
    "Van",
    "Thi",
    "Minh",
    "Duc",
    "Thanh",
    "Hong",
    "Quang",
    "Anh",
    "Hai",
    "Lan",
    "Tuan",
    "Huong",
    "Son",
    "Ngoc",
    "Dung",
    "Phuong",
    "Hieu",
    "Trung",
    "Mai",
    "Long",
    "Binh",
    "Thu",
    "Khanh",
    "Nam",
    "Ha",
)

_PROVINCE_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(PROVINCES, key=len, reverse=True)) + r")\b")
# "Nguyen Van Hung": a surname and one or two capitalised given names.
_PERSON_RE = re.compile(r"\b(" + "|".join(SURNAMES) + r")((?: [A-Z][a-z]+){1,2})\b")
_NUMBER_RE = re.compile(r"\d+")

# Written for this harness: the shape of a VSS press release (cluster
# conference, awards, figures, movements), not the words of any real one.
SYNTHETIC = (
    """Emulation Cluster No. 5 reviews 2024 and sets tasks for 2025

On January 17, 2025, Emulation Cluster No. 5 under Vietnam Social Security held a conference in Nghe An to review emulation and commendation work in 2024. The cluster has seven members: Nghe An Provincial Social Security, the cluster leader, and the social security offices of Thanh Hoa, Ha Tinh, Quang Binh, Quang Tri, Hue and Ninh Binh.
Deputy General Director Tran Dinh Lieu attended and spoke at the conference. In 2024 the member units had 2,315,402 people participating in social insurance, up 8.6% on 2023, and 9,870,113 health insurance card holders, covering 94.2% of the population. Total revenue reached VND 31,254 billion, or 101.3% of the plan assigned by Vietnam Social Security. Late payment fell to 2.1% of the amount receivable.
The units carried out the movement "For the poor - No one is left behind" and donated 1,240 health insurance cards and 312 voluntary social insurance books to disadvantaged people.
On this occasion, the General Director awarded the Emulation Flag of Vietnam Social Security to Ha Tinh Provincial Social Security and Certificates of Merit to 4 collectives and 11 individuals. Nghe An was elected cluster leader for 2025, with Quang Tri as deputy leader.""",
    """Dong Nai Social Security receives the Labor Order, second class

On the morning of March 8, 2024, Dong Nai Provincial Social Security held a ceremony to mark 29 years of its establishment and to receive the Labor Order, second class, conferred by the State President.
Speaking at the ceremony, Director Nguyen Thi Thu Hien said the province now has 1,186,530 compulsory social insurance participants and 58,927 voluntary participants, while 3,021,448 people hold health insurance cards. The unit paid pensions and monthly allowances to 96,305 people, and 98.7% of benefits in urban areas are paid without cash.
Vice Chairman of the Provincial People's Committee Vo Van Phi presented the Labor Order and praised the staff for the digital transformation of public services: 100% of administrative procedures can now be completed online, and the satisfaction rate of people and businesses reached 91.4%.
At the ceremony, 6 collectives received the Excellent Labor Collective title and 23 officials were recognised as Grassroots Emulation Fighters for the 2019-2023 period.""",
    """Vietnam Social Security honours advanced examples of the 2020-2025 period

Vietnam Social Security held its Patriotic Emulation Congress for the 2020-2025 period in Ha Noi on September 26, 2025, with 350 delegates representing more than 20,000 officials and employees of the sector.
Over five years the sector mobilised 14,200 emulation initiatives. By the end of 2024 the country had 19,880,000 people participating in social insurance, about 42.3% of the working-age labour force, 15,540,000 unemployment insurance participants and 95.5 million health insurance participants, a coverage rate of 94.3% of the population.
Authorized by the Prime Minister, Deputy Minister of Finance Do Thanh Trung presented the Government Emulation Flag to three units: Hai Phong, Can Tho and Dak Lak Provincial Social Security. Prime Minister's Certificates of Merit went to 5 collectives and 18 individuals, and 2 officials were named National Emulation Fighters.
The congress also launched the movement "Vietnam Social Security joins hands in digital transformation for people and businesses" for the 2025-2030 period.""",
    """Lam Dong reviews the first six months of 2025

Lam Dong Provincial Social Security held a meeting on July 9, 2025 to review its work in the first six months of the year. Director Pham Quang Huy chaired the meeting.
As of June 30, 2025, the province had 512,346 social insurance participants, reaching 96.8% of the annual target, including nearly 87,000 voluntary participants. The number of unemployment insurance participants was 401,772. Revenue from social, health and unemployment insurance was VND 4,382 billion, equal to 48.9% of the plan; late payment stood at VND 96 billion.
The office settled benefits for 61,309 people and answered 2,804 calls on its hotline. To reach the target of 100,000 voluntary participants by 2026, the province will organise 350 communication conferences in communes and work with the post office to reach informal workers.
Certificates of Commendation were given to 3 collectives and 9 individuals with outstanding results in the emulation movement of the first half of the year.""",
    """Emulation Cluster No. 2 signs its 2026 emulation pledge

On February 12, 2026, in Hai Phong, the eight member units of Emulation Cluster No. 2 signed the emulation pledge for 2026. The cluster is led by Quang Ninh Provincial Social Security, with Bac Ninh as deputy leader; the other members are Hai Phong, Hung Yen, Lang Son, Cao Bang, Thai Nguyen and Tuyen Quang.
In 2025 the cluster's members collected VND 52,610 billion, 102.4% of the plan, and covered 3,914,705 people with social insurance. The rate of health insurance coverage reached at least 95% in every member province.
Deputy Director Le Hung Son of Vietnam Social Security asked the units to keep late payment below 1.5% and to finish the digitisation of 2,400,000 records before the end of the year.
Quang Ninh and Hai Phong were proposed for the Emulation Flag of the Ministry of Finance, and 7 individuals were proposed for the title of Ministerial-level Emulation Fighter.""",
    """Ho Chi Minh City Social Security presents 1,500 health insurance cards

On December 3, 2025, Ho Chi Minh City Social Security and the city's Fatherland Front presented 1,500 health insurance cards and 220 voluntary social insurance books to poor and near-poor households in Thu Duc.
The gifts, worth VND 2.6 billion, were funded by 41 businesses and the staff of the city's social security offices, who contributed one day's salary under the movement "The whole country joins hands for the poor".
Deputy Director Ngo Minh Khanh said the city has 2,710,530 compulsory social insurance participants, more than 180,000 voluntary participants and 9.1 million health insurance card holders. At the event, the Chairman of the City People's Committee presented Certificates of Merit to 12 businesses and 5 individuals for their contributions to social welfare in 2025.""",
)


def _surname_swap(rng: random.Random) -> Callable[[re.Match[str]], str]:
    def swap(m: re.Match[str]) -> str:
        given = m.group(2).split()
        if m.group(1) == "Ho" and given[:1] == ["Chi"]:  # Ho Chi Minh (City, Order) is not a person here
            return m.group(0)
        return m.group(1) + "".join(" " + rng.choice(GIVEN) for _ in given)

    return swap


def _number_swap(rng: random.Random) -> Callable[[re.Match[str]], str]:
    def swap(m: re.Match[str]) -> str:
        digits = m.group(0)
        value = int(digits)
        if len(digits) == 4 and 1990 <= value <= 2039:  # a year: stay a plausible year
            return str(min(2039, max(1990, value + rng.randint(-3, 3))))
        if len(digits) <= 2 and value <= 31:  # day, month, class number, small count
            return str(rng.randint(1, 28)).zfill(len(digits))
        first = digits[0] if digits[0] == "0" else str(rng.randint(1, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return swap


def perturb(text: str, rng: random.Random) -> str:
    """Swap provinces, re-draw person names, change every number (keeping its shape)."""
    text = _PROVINCE_RE.sub(lambda m: rng.choice(PROVINCES), text)
    text = _PERSON_RE.sub(_surname_swap(rng), text)
    return _NUMBER_RE.sub(_number_swap(rng), text)


def load_templates(corpus_dir: Path = CORPUS_DIR, synthetic: bool = False) -> tuple[list[str], str]:
    """Sample texts from `corpus/` through the project's ingest, else (or if asked) the synthetic ones.

    Returns the texts and a one-line description of where they came from.
    """
    if synthetic:
        return list(SYNTHETIC), f"built-in synthetic paragraphs ({len(SYNTHETIC)}; --synthetic)"
    from pipeline.errors import IngestError
    from pipeline.files import iter_input_files
    from pipeline.ingest import SUPPORTED_SUFFIXES, read_document

    texts, failed = [], 0
    if corpus_dir.is_dir():
        for path in iter_input_files([corpus_dir], SUPPORTED_SUFFIXES):
            try:
                text = read_document(path).text
            except IngestError:
                failed += 1
                continue
            if len(text.split()) >= 30:  # skip stubs and fragments
                texts.append(text)
    if texts:
        note = f", {failed} unreadable skipped" if failed else ""
        return texts, f"corpus/ ({len(texts)} sample texts{note})"
    return list(SYNTHETIC), f"built-in synthetic paragraphs ({len(SYNTHETIC)}; corpus/ has no readable sample text yet)"


def generate(templates: list[str], n: int, seed: int = 0) -> Iterator[str]:
    """N distinct perturbed documents, round-robin over the templates, deterministic for `seed`.

    A generator, so a memory probe never holds the whole batch.
    """
    rng = random.Random(seed)
    seen: set[bytes] = set()
    for i in range(n):
        template = templates[i % len(templates)]
        for _ in range(100):
            text = perturb(template, rng)
            key = hashlib.blake2b(text.encode("utf-8"), digest_size=12).digest()
            if key not in seen:
                break
        else:  # a template with no number, province or name: make it unique anyway
            text = f"{text}\n(Bench document {i}.)"
            key = hashlib.blake2b(text.encode("utf-8"), digest_size=12).digest()
        seen.add(key)
        yield text


def write_files(texts: Iterator[str] | list[str], folder: Path) -> int:
    """One UTF-8 .txt per document (names sort in generation order); returns the count."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for i, text in enumerate(texts):
        (folder / f"bench_{i:05d}.txt").write_text(text, encoding="utf-8")
        count += 1
    return count


def word_count(text: str) -> int:
    """Whitespace-separated words: the unit of words/s (independent of any tokenizer)."""
    return len(text.split())
