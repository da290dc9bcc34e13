"""The suppression pattern that hides least, chosen by integer programming (HiGHS).

Primary cells (a non-zero figure below k) are always hidden as ``"<k"``. The solver then picks
which other figures to hide (``"x"``) so that, for every small hidden or never-printed figure,
the reader of `model` can still believe both 1 and k-1: for each such figure and each of those
two values there must be a whole integer table, consistent with every relation and every claimed
range, in which the figure has that value (the idea of the classic cell-suppression model of
Fischetti and Salazar, as in τ-ARGUS: one "attacker" table per protected figure and direction,
allowed to differ from the truth only in hidden cells). Among all patterns that achieve this, it
takes the one whose hidden figures weigh least (`Cell.weight`).

A key-figure pair may instead be left out altogether (`Problem.omittable`), which tells the
reader less than two markers. Hidden ``"x"`` figures that the others pin down exactly are shown
afterwards: printing them changes nothing a reader can work out.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from dataclasses import dataclass

from vp_desktop.domain.disclosure.integer_program import INFINITY, IntegerProgram
from vp_desktop.domain.disclosure.model import Cell, Problem, Role
from vp_desktop.domain.disclosure.reader import Reader, unbounded
from vp_desktop.domain.disclosure.table import Visibility

#: Leaving a pair out costs a little more than hiding both its figures.
OMISSION_PENALTY = 1.5
TIME_LIMIT_SECONDS = 20.0


@dataclass(frozen=True, slots=True)
class Protection:
    """The chosen pattern: the visibility of every publishable cell, and what it costs."""

    visibility: dict[str, Visibility]
    cost: float

    def hidden(self, cell_id: str) -> bool:
        return self.visibility[cell_id] is not Visibility.SHOWN


def protected_targets(cell: Cell, k: int, *, keep_x_open: bool = True) -> tuple[int, ...]:
    """The values a reader must still find possible for this cell (none when it needs none).

    Every small figure of this report, printed or not, must keep 1 and k-1 possible; a figure
    printed earlier as "<k" keeps its whole range, and one printed as "x" must not become exact
    (``keep_x_open``: it must be able to be one more).
    """
    if cell.role is Role.KNOWN_HIDDEN:
        if cell.hi is not None:
            return tuple(t for t in (cell.lo, cell.hi) if t != cell.value)
        return (cell.value + 1,) if keep_x_open else ()
    small = 0 < cell.value < k
    if not small or cell.role not in (Role.PUBLISH, Role.UNPUBLISHED):
        return ()
    return tuple(t for t in (1, k - 1) if t != cell.value)


class _Builder:
    """The integer program for one choice of omitted pairs."""

    def __init__(self, problem: Problem, omitted: Collection[str], keep_x_open: bool) -> None:
        self.problem = problem
        self.keep_x_open = keep_x_open
        self.k = problem.k
        self.big = unbounded(problem)
        self.omitted = set(omitted)
        self.candidates = [
            c
            for c in problem.cells
            if c.role is Role.PUBLISH and c.value >= self.k and c.id not in self.omitted
        ]
        self.program = IntegerProgram()
        # Variable s of a candidate: 1 when it is hidden (forced ones are always hidden).
        self.s_index = {
            c.id: self.program.variable(1.0 if c.force_hidden else 0.0, 1.0)
            for c in self.candidates
        }

    def _shift_range(self, cell: Cell) -> tuple[int, int] | None:
        """How far an attacker table may move this cell from the truth; None: not at all."""
        v, k, big = cell.value, self.k, self.big
        if cell.role is Role.KNOWN:
            return None
        if cell.role is Role.KNOWN_HIDDEN:
            return cell.lo - v, (big if cell.hi is None else cell.hi) - v
        if cell.role is Role.UNPUBLISHED or cell.id in self.omitted:
            return -v, big - v
        if v == 0:
            return None  # zeros are always shown
        if v < k:
            return 1 - v, k - 1 - v
        return k - v, big - v  # a candidate: only when hidden (linked below)

    def attacker(self, target_cell: Cell, target: int) -> None:
        """One attacker table in which `target_cell` has the value `target`."""
        shift: dict[str, int] = {}
        for cell in self.problem.cells:
            bounds = self._shift_range(cell)
            if bounds is None:
                continue
            lo, hi = bounds
            if cell.id == target_cell.id:
                lo = hi = target - cell.value
            col = self.program.variable(lo, hi)
            shift[cell.id] = col
            s = self.s_index.get(cell.id)
            if s is not None:
                # shown (s = 0): no shift; hidden (s = 1): anything from k up.
                self.program.row([(col, 1.0), (s, -float(self.big))], -INFINITY, 0.0)
                self.program.row([(col, 1.0), (s, float(cell.value - self.k))], 0.0, INFINITY)
        values = {c.id: c.value for c in self.problem.cells}
        for relation in self.problem.relations:
            terms = [(shift[i], float(c)) for i, c in relation.terms if i in shift]
            if not terms:
                continue
            slack = relation.rhs - sum(c * values[i] for i, c in relation.terms)
            self.program.row(terms, 0.0 if relation.sense == "==" else -INFINITY, float(slack))

    def solve(self) -> tuple[float, set[str]] | None:
        for cell in self.problem.cells:
            for target in protected_targets(cell, self.k, keep_x_open=self.keep_x_open):
                self.attacker(cell, target)
        if self.program.variables == 0:
            return 0.0, set()  # nothing to choose and nothing to protect
        cost = {self.s_index[c.id]: c.weight for c in self.candidates}
        solution = self.program.minimise(cost, time_limit=TIME_LIMIT_SECONDS)
        if solution is None:
            return None
        hidden = {c.id for c in self.candidates if solution.values[self.s_index[c.id]] > 0.5}
        return solution.objective, hidden


def _pattern(problem: Problem, omitted: set[str], secondary: set[str]) -> dict[str, Visibility]:
    visibility: dict[str, Visibility] = {}
    for cell in problem.cells:
        if cell.role is not Role.PUBLISH:
            continue
        if cell.id in omitted:
            visibility[cell.id] = Visibility.OMITTED
        elif 0 < cell.value < problem.k:
            visibility[cell.id] = Visibility.PRIMARY
        elif cell.id in secondary:
            visibility[cell.id] = Visibility.SECONDARY
        else:
            visibility[cell.id] = Visibility.SHOWN
    return visibility


def protect(problem: Problem) -> Protection | None:
    """The least costly safe pattern, or None when no pattern can protect every small figure."""
    if not any(protected_targets(cell, problem.k) for cell in problem.cells):
        # Nothing small to protect: every figure is shown (the common case of a large year).
        return Protection(_pattern(problem, set(), set()), 0.0)
    groups = problem.omittable
    choices = sorted(
        (
            sum(OMISSION_PENALTY * problem.cell(i).weight for group in chosen for i in group),
            chosen,
        )
        for size in range(len(groups) + 1)
        for chosen in itertools.combinations(groups, size)
    )
    best: tuple[float, set[str], set[str]] | None = None
    # An earlier "x" made exact is a broken promise but no small number: given up only when
    # nothing else can protect the small figures.
    for keep_x_open in (True, False):
        for omission_cost, chosen in choices:
            if best is not None and best[0] <= omission_cost:
                break
            omitted = {i for group in chosen for i in group}
            solved = _Builder(problem, omitted, keep_x_open).solve()
            if solved is None:
                continue
            cost = solved[0] + omission_cost
            if best is None or cost < best[0]:
                best = (cost, omitted, solved[1])
        if best is not None:
            break
    if best is None:
        return None
    cost, omitted, secondary = best
    visibility = _pattern(problem, omitted, secondary)
    # An "x" that the other figures pin down exactly hides nothing: show it.
    reader = Reader(problem, visibility) if secondary else None
    pinned = [i for i in secondary if reader and len(set(reader.range_of(i))) == 1]
    for cell_id in pinned:
        visibility[cell_id] = Visibility.SHOWN
    return Protection(visibility, cost)
