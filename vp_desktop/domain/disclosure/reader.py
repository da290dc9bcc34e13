"""What a reader can work out: the exact range of one figure, by integer programming (HiGHS).

Given a `Problem` and what is printed of each cell, every integer assignment that respects the
relations and the claimed ranges is a table the reader cannot rule out. The smallest and largest
value of a cell over all of them is what the reader can learn about it.
"""

from __future__ import annotations

from collections.abc import Mapping

from vp_desktop.domain.disclosure.integer_program import INFINITY, IntegerProgram
from vp_desktop.domain.disclosure.model import Problem, Role
from vp_desktop.domain.disclosure.table import Visibility


def unbounded(problem: Problem) -> int:
    """A number larger than any figure could be: stands in for "no upper bound"."""
    return 10 * (sum(c.value for c in problem.cells) + problem.k) + 100


def claimed_range(
    problem: Problem, cell_id: str, visibility: Visibility | None
) -> tuple[int, int] | None:
    """The range a reader knows a cell lies in; None when the reader knows its value."""
    cell = problem.cell(cell_id)
    big = unbounded(problem)
    if cell.role is Role.KNOWN:
        return None
    if cell.role is Role.KNOWN_HIDDEN:
        return cell.lo, big if cell.hi is None else cell.hi
    if cell.role is Role.UNPUBLISHED or visibility is Visibility.OMITTED:
        return 0, big
    if visibility is Visibility.PRIMARY:
        return 1, problem.k - 1
    if visibility is Visibility.SECONDARY:
        return problem.k, big
    return None


class Reader:
    """The integer program of one reader; `range_of` asks it about one cell."""

    def __init__(self, problem: Problem, visibility: Mapping[str, Visibility]) -> None:
        self.problem = problem
        self.visibility = visibility
        self._ranges: dict[str, tuple[int, int]] = {}
        for cell in self.problem.cells:
            claimed = claimed_range(self.problem, cell.id, self.visibility.get(cell.id))
            if claimed is not None:
                self._ranges[cell.id] = claimed
        self._program = IntegerProgram()
        self._index = {
            cell_id: self._program.variable(lo, hi) for cell_id, (lo, hi) in self._ranges.items()
        }
        values = {c.id: c.value for c in self.problem.cells}
        for relation in self.problem.relations:
            constant = 0
            terms: list[tuple[int, float]] = []
            for cell_id, coefficient in relation.terms:
                if cell_id in self._index:
                    terms.append((self._index[cell_id], coefficient))
                else:
                    constant += coefficient * values[cell_id]
            if terms:
                bound = relation.rhs - constant
                self._program.row(terms, bound if relation.sense == "==" else -INFINITY, bound)

    def _extreme(self, cell_id: str, sign: float, fixed: int | None = None) -> float | None:
        column = self._index[cell_id]
        solution = self._program.minimise(
            {column: sign}, fixed=None if fixed is None else {column: fixed}
        )
        return None if solution is None else solution.values[column]

    def range_of(self, cell_id: str) -> tuple[int, int]:
        """The smallest and largest value the cell can have; its value when it is shown."""
        if cell_id not in self._index:
            value = self.problem.cell(cell_id).value
            return value, value
        low = self._extreme(cell_id, 1.0)
        high = self._extreme(cell_id, -1.0)
        if low is None or high is None:  # the true table is always possible
            raise RuntimeError("the published figures contradict the true values")
        return round(low), round(high)

    def possible(self, cell_id: str, value: int) -> bool:
        """Whether the cell can have this value with everything the reader knows."""
        if cell_id not in self._index:
            return self.problem.cell(cell_id).value == value
        return self._extreme(cell_id, 1.0, fixed=value) is not None
