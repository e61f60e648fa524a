"""`CaselessScan`: the name the figures' modules import `lexicon.CaselessSearch` by.

The cheaper lower-casing and the `in` tests of a few gate words this module used to add are now
every search's (`word_gate.lowered`, `word_gate.WordGate`).
"""

from __future__ import annotations

from .lexicon import CaselessSearch as CaselessScan

__all__ = ["CaselessScan"]
