"""What the figures component knows of a language, read once from its pack.

`FigureRules` loads the numbers, metrics and awards data and builds every reader the figures step asks
(the grammar with its start gates, the date reader, the scanner of number expressions, the readers of
meaning, periods and scope); `figures.FigureFinder` inherits it and only reads documents. Kept apart so
the component's module holds the reading and this one the assembling.
"""

from __future__ import annotations

from spacy.language import Language

from ..settings import DEFAULT_LANG
from .dates import date_reader
from .doc_sections import SectionReader
from .end_anchored import EndAnchored
from .figure_arrears import ArrearsShares
from .figure_context import FigureContext, TargetCues
from .figure_meaning import FigureMeaning
from .figure_not_measures import NotMeasures
from .figure_partitive_nouns import PartitiveNouns
from .figure_partners import PartnerSubject
from .figure_periods import FigurePeriods
from .figure_scan import NumberScanner
from .figure_scheme_nouns import SchemeNouns
from .figure_scope import FigureScope
from .lexicon import compile_grammar, load_data
from .lexicon_models import AwardsData, MetricsData, NumbersData
from .regex_start import cue_scan, start_gated_grammar

# grammar patterns only searched (never matched, split or substituted), over sentences or long pieces
SCANNED_CUES = (
    "next_year",
    "participation",
    "coverage",
    "persons_before",
    "total_before",
    "same_measure_before",
    "from_before",
    "target_change_before",
    "held_now",
    "respectively",
    "place_anaphor",
)


class FigureRules:
    """The figures step's readers, built from one language pack."""

    def __init__(self, nlp: Language, name: str = "pr_figures", lang: str = DEFAULT_LANG) -> None:
        self.name = name
        self.sections = SectionReader(lang)  # "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026": the year of its undated figures
        num = load_data(lang, "numbers", NumbersData)
        met = load_data(lang, "metrics", MetricsData)
        awards = load_data(lang, "awards", AwardsData)
        plain_grammar = compile_grammar(met.grammar)
        self.g = start_gated_grammar(plain_grammar)
        # the cues asked of whole sentences or long pieces, only ever searched: over the lower-cased
        # text, behind the words they need (`CaselessSearch`: the same matches)
        for name in SCANNED_CUES:
            setattr(self.g, name, cue_scan(getattr(plain_grammar, name)))
        # "Quyết định số 128/QĐ-TTg ngày 14/3/2021": a cited document's date is no figure's date
        self.cited = EndAnchored(plain_grammar.cited_document_before)
        # "up from 21% in 2019", "..., which in June 2025 covered ...": dates no later sentence holds at
        self.not_carried_before = (plain_grammar.base_value_before, plain_grammar.history_before)
        self.dates = date_reader(lang)
        self.award_header = compile_grammar(awards.grammar).award_header
        self.context = FigureContext(num, met, self.g)
        self.scan = NumberScanner(num, self.g, self.context, {w.lower() for w in awards.collective_words})
        self.partitive_nouns = PartitiveNouns(num, plain_grammar.partitive_after)  # "agents, 870 of whom"
        self.meaning = FigureMeaning(num, met, self.g, self.context, self.scan)
        self.periods = FigurePeriods(self.g, self.context, met.date_after_chars)
        self.arrears = ArrearsShares(self.g)  # "2.8 per cent of the revenue plan" said of late payment
        # a paragraph that opens on the whole sector ("cả nước") keeps its figures there (sector_wide)
        # (the "nationwide" phrases the clauses are read for: searched only in a paragraph that holds one)
        paragraph_sector = self.context.sector_wide_re if met.sector_wide and met.sector_paragraph else None
        self.scope = FigureScope(
            self.g, met.scope_offices_only, met.place_means_office, paragraph_sector, met.sector_unit
        )
        # "hệ thống bưu điện ... đã phát triển mới N người": a partner's figure, not the office's
        self.partners = (
            PartnerSubject(self.g, met.partner_nouns, met.grammar.person_subject) if met.scope_offices_only else None
        )
        self.target_re = TargetCues(met.target_cues, self.g.target_compared_before, self.g.assigned_to_reach)
        self.bare_counts = num.bare_counts
        self.not_measures = NotMeasures(self.g)
        self.scheme_nouns = SchemeNouns(self.g, met.participants_metric)  # "chủ hộ kinh doanh": compulsory
        self.headline_takes_body_date = met.headline_takes_body_date
        self.to_date = cue_scan(self.dates.to_date)
