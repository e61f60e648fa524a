"""The collector paused around the report: resumed after, also on an error, and left as found when nested."""

from __future__ import annotations

import gc

import pytest

from pipeline.collector import collector_paused


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
