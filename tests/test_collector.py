"""The collector paused around the report: resumed after, also on an error, and left as found when nested."""

from __future__ import annotations

import gc

import pytest

from pipeline.collector import PAUSE_MAX_DOCUMENTS, collector_paused


def test_paused_inside_resumed_after_even_on_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the inner block does not resume what the outer one paused"
        raise ValueError("a failing render")
    assert gc.isenabled()


def test_a_collector_paused_by_someone_else_stays_paused() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_report_of_more_documents_than_the_limit_keeps_the_collector() -> None:
    with collector_paused(PAUSE_MAX_DOCUMENTS):
        assert not gc.isenabled()
    with collector_paused(PAUSE_MAX_DOCUMENTS + 1):
        assert gc.isenabled(), "its cyclic garbage grows with the documents: collected as usual"
    assert gc.isenabled()
