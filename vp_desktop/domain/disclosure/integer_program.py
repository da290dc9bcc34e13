"""An integer program and its solution by HiGHS (through highspy): the one place the disclosure
code talks to the solver.

Every variable is an integer between its bounds; rows are linear constraints ``lo <= a·x <= hi``
(``-inf``/``inf`` for an open side). highspy is imported on the first solve, so opening the
app or a command that writes no annual report never loads it.
"""

from __future__ import annotations

import math
import os
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import highspy

INFINITY = math.inf
_first_solver = threading.Lock()
_banner_done = False


@dataclass(frozen=True, slots=True)
class Solution:
    objective: float
    values: Sequence[float]


@dataclass
class IntegerProgram:
    """Integer variables with bounds, and linear rows over them (stored row by row)."""

    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    row_lower: list[float] = field(default_factory=list)
    row_upper: list[float] = field(default_factory=list)
    _starts: list[int] = field(default_factory=lambda: [0])
    _columns: list[int] = field(default_factory=list)
    _values: list[float] = field(default_factory=list)

    @property
    def variables(self) -> int:
        return len(self.lower)

    def variable(self, lo: float, hi: float) -> int:
        """A new integer variable in [lo, hi]; returns its index."""
        self.lower.append(lo)
        self.upper.append(hi)
        return len(self.lower) - 1

    def row(self, terms: Sequence[tuple[int, float]], lo: float, hi: float) -> None:
        """The constraint lo <= sum(coefficient * x[column]) <= hi."""
        for column, coefficient in terms:
            self._columns.append(column)
            self._values.append(coefficient)
        self._starts.append(len(self._columns))
        self.row_lower.append(lo)
        self.row_upper.append(hi)

    def minimise(
        self,
        cost: Mapping[int, float],
        *,
        fixed: Mapping[int, float] | None = None,
        time_limit: float | None = None,
    ) -> Solution | None:
        """The integer point of least cost (columns not in `cost` cost nothing), with some
        variables fixed for this solve only; None when there is none. When the time limit
        stops the search, the best point found so far (if any)."""
        import highspy

        solver = _new_solver()
        solver.setOptionValue("output_flag", False)
        if time_limit is not None:
            solver.setOptionValue("time_limit", time_limit)
        solver.passModel(self._lp(cost, fixed or {}))
        solver.run()
        status = solver.getModelStatus()
        info = solver.getInfo()
        found = info.primal_solution_status == highspy.SolutionStatus.kSolutionStatusFeasible.value
        stopped = status == highspy.HighsModelStatus.kTimeLimit
        if status != highspy.HighsModelStatus.kOptimal and not (stopped and found):
            return None
        return Solution(info.objective_function_value, solver.getSolution().col_value)

    def _lp(self, cost: Mapping[int, float], fixed: Mapping[int, float]) -> highspy.HighsLp:
        import highspy as hs

        lp = hs.HighsLp()
        n = self.variables
        lp.num_col_ = n
        lp.num_row_ = len(self.row_lower)
        costs = [0.0] * n
        for column, value in cost.items():
            costs[column] = value
        lower, upper = list(self.lower), list(self.upper)
        for column, value in fixed.items():
            lower[column] = upper[column] = value
        lp.col_cost_ = costs
        lp.col_lower_ = lower
        lp.col_upper_ = upper
        lp.row_lower_ = self.row_lower
        lp.row_upper_ = self.row_upper
        lp.integrality_ = [hs.HighsVarType.kInteger] * n
        matrix = lp.a_matrix_
        matrix.format_ = hs.MatrixFormat.kRowwise
        matrix.num_col_ = n
        matrix.num_row_ = len(self.row_lower)
        matrix.start_ = self._starts
        matrix.index_ = self._columns
        matrix.value_ = self._values
        lp.a_matrix_ = matrix
        return lp


def _new_solver() -> highspy.Highs:
    """A HiGHS instance. The first one of a process writes HiGHS's banner to standard output
    before any option can silence it; a command's output must stay the app's own, so that one
    is made with standard output pointed at the null device."""

    global _banner_done
    with _first_solver:
        if _banner_done:
            return _highs()
        _banner_done = True
        try:
            sys.stdout.flush()
            saved = os.dup(1)
        except (OSError, ValueError):  # no standard output at all (a windowed app)
            return _highs()
        try:
            with open(os.devnull, "wb") as null:
                os.dup2(null.fileno(), 1)
            return _highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)


def _highs() -> highspy.Highs:
    import highspy

    return highspy.Highs()  # type: ignore[no-untyped-call]  # its __init__ has no annotations
