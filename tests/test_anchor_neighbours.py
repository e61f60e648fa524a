"""The anchored matcher asks an anchor's neighbours before following a pattern outwards (`first_need`).

Where the token next to an anchor lacks the bits the pattern's nearest step needs (and that step takes
at least one word), `reach` finds no edge, so the matcher skips the place without calling it. Checked
on every place of invented bit rows, for steps of every repeat kind.
"""

from __future__ import annotations

import itertools

from pipeline.extract.anchored import Step, first_need, reach


def test_a_neighbour_without_the_nearest_steps_bits_leaves_nothing_to_reach() -> None:
    rows = [list(row) for row in itertools.product([0, 1, 2, 3], repeat=4)]
    step_sets = [
        (),
        (Step(1, 1, 1),),
        (Step(2, 0, 1),),
        (Step(1, 1, None), Step(2, 1, 1)),
        (Step(3, 2, 3),),
        (Step(2, 0, None), Step(1, 1, 1)),
    ]
    for bits, steps in itertools.product(rows, step_sets):
        n = len(bits)
        need = first_need(steps)
        for at in range(n):
            before_fails = need and (at == 0 or bits[at - 1] & need != need)
            after_fails = need and (at + 1 >= n or bits[at + 1] & need != need)
            if before_fails:
                assert reach(bits, at, steps, -1, n) == []
            if after_fails:
                assert reach(bits, at + 1, steps, 1, n) == []
    assert first_need((Step(2, 0, 1),)) == 0 and first_need(()) == 0 and first_need((Step(3, 2, 3),)) == 3
