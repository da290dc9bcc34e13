"""The figures a client receives, and what a reader knows about how they hang together.

A `Problem` is everything one report would publish, plus what the client already has: the figures
of reports issued earlier, and figures that are never printed but that the published ones could
imply (carried over of an earlier year, closed in an earlier year). Each figure is a `Cell` with
its true value; each identity or inequality a reader knows ("handled = new + carried over", "a
category ≤ its track", "the outcomes add up to closed") is a `Relation` over cells.

The reader model. A reader knows every relation, the value of every shown cell, and for each
hidden cell the range its marker claims: ``"<k"`` is 1..k-1, ``"x"`` is k or more (zeros are
always shown, and every non-zero figure below k is "<k"). A figure that is left out or never
printed may be any number from 0 up. A figure published in an earlier report carries the range
of its own marker and threshold (`Cell.lo`/`Cell.hi`), so a later change of k changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

Sense = Literal["==", "<="]


class Role(StrEnum):
    PUBLISH = "publish"  # printed in this report: the solver chooses shown or hidden
    UNPUBLISHED = "unpublished"  # never printed; must not be derivable when it is small
    KNOWN = "known"  # printed earlier as a number: the reader knows it
    KNOWN_HIDDEN = "known_hidden"  # printed earlier as a marker: the reader knows [lo, hi]


@dataclass(frozen=True, slots=True)
class Cell:
    """One figure: ``value`` is the true count; ``weight`` what hiding it costs the reader.

    ``force_hidden`` keeps a publishable figure hidden whatever it is (a figure hidden in an
    earlier issue of the same year); ``lo``/``hi`` are the claimed range of a `Role.KNOWN_HIDDEN`
    figure (``hi`` None: no upper bound).
    """

    id: str
    value: int
    role: Role = Role.PUBLISH
    weight: float = 1.0
    force_hidden: bool = False
    lo: int = 0
    hi: int | None = None

    def __post_init__(self) -> None:
        if isinstance(self.value, bool) or not isinstance(self.value, int) or self.value < 0:
            raise ValueError(f"cell {self.id!r}: a count of at least 0, not {self.value!r}")


@dataclass(frozen=True, slots=True)
class Relation:
    """``Σ coefficient × cell  (== or <=)  rhs``: something every reader knows to be true."""

    terms: tuple[tuple[str, int], ...]
    sense: Sense = "=="
    rhs: int = 0

    def holds(self, values: Mapping[str, int]) -> bool:
        total = sum(c * values[i] for i, c in self.terms)
        return total == self.rhs if self.sense == "==" else total <= self.rhs


def equal(left: str, right: Iterable[str]) -> Relation:
    """``left = Σ right``."""
    return Relation(((left, 1), *((r, -1) for r in right)), "==")


def at_most(parts: Iterable[str], whole: str) -> Relation:
    """``Σ parts <= whole``."""
    return Relation((*((p, 1) for p in parts), (whole, -1)), "<=")


def at_least(parts: Iterable[str], whole: str) -> Relation:
    """``Σ parts >= whole``."""
    return Relation((*((p, -1) for p in parts), (whole, 1)), "<=")


@dataclass(frozen=True, slots=True)
class Problem:
    """Cells, relations and the threshold; ``omittable`` are groups of publishable cells that the
    report may leave out together (a key-figure pair) instead of hiding something costlier."""

    cells: tuple[Cell, ...]
    relations: tuple[Relation, ...]
    k: int
    omittable: tuple[tuple[str, ...], ...] = field(default=())

    def __post_init__(self) -> None:
        ids = [c.id for c in self.cells]
        if len(set(ids)) != len(ids):
            raise ValueError("duplicate cell id")
        known = set(ids)
        values = {c.id: c.value for c in self.cells}
        for relation in self.relations:
            missing = [i for i, _ in relation.terms if i not in known]
            if missing:
                raise ValueError(f"relation over unknown cells {missing}")
            if not relation.holds(values):
                raise ValueError(f"relation does not hold for the true values: {relation}")
        for group in self.omittable:
            for i in group:
                if i not in known:
                    raise ValueError(f"omittable cell {i!r} unknown")

    def cell(self, cell_id: str) -> Cell:
        for c in self.cells:
            if c.id == cell_id:
                return c
        raise KeyError(cell_id)
