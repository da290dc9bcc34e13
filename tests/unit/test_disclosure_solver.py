"""The joint suppression model and its solver on small, hand-checked problems."""

from __future__ import annotations

import pytest

from vp_desktop.domain.disclosure import Visibility
from vp_desktop.domain.disclosure.model import Cell, Problem, Role, equal
from vp_desktop.domain.disclosure.reader import Reader
from vp_desktop.domain.disclosure.solver import protect


def _key(h: int, n: int, c: int) -> Problem:
    cells = (Cell("H", h, weight=1000), Cell("N", n, weight=8), Cell("C", c, weight=5))
    return Problem(cells, (equal("H", ["N", "C"]),), 5, omittable=(("N", "C"),))


def test_a_small_component_hides_its_partner_and_keeps_the_headline() -> None:
    protection = protect(_key(13, 3, 10))
    assert protection is not None
    assert protection.visibility == {
        "H": Visibility.SHOWN,
        "N": Visibility.PRIMARY,
        "C": Visibility.SECONDARY,
    }


def test_two_small_components_are_left_out_rather_than_hiding_the_total() -> None:
    protection = protect(_key(6, 3, 3))
    assert protection is not None
    assert protection.visibility["H"] is Visibility.SHOWN
    assert protection.visibility["N"] is protection.visibility["C"] is Visibility.OMITTED


def test_every_hidden_small_figure_keeps_its_whole_range() -> None:
    problem = _key(13, 3, 10)
    protection = protect(problem)
    assert protection is not None
    reader = Reader(problem, protection.visibility)
    assert reader.range_of("N") == (1, 4)
    assert all(reader.possible("N", v) for v in range(1, 5))


def test_a_figure_printed_earlier_as_small_stays_open() -> None:
    # Last year's open "<5" is this year's carried over: printing carried over would pin it.
    cells = (
        Cell("O_prev", 3, Role.KNOWN_HIDDEN, lo=1, hi=4),
        Cell("H", 12, weight=1000),
        Cell("N", 9, weight=8),
        Cell("C", 3, weight=5),
    )
    problem = Problem(cells, (equal("H", ["N", "C"]), equal("C", ["O_prev"])), 5)
    protection = protect(problem)
    assert protection is not None
    reader = Reader(problem, protection.visibility)
    assert reader.range_of("O_prev") == (1, 4)


def test_relations_must_hold_for_the_true_values() -> None:
    with pytest.raises(ValueError, match="does not hold"):
        Problem((Cell("H", 5), Cell("N", 1), Cell("C", 1)), (equal("H", ["N", "C"]),), 5)
