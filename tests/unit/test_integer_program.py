"""The disclosure code's one door to HiGHS: integer answers, infeasibility, fixed variables and a
quiet standard output."""

from __future__ import annotations

import subprocess
import sys

from vp_desktop.domain.disclosure.integer_program import INFINITY, IntegerProgram


def test_the_least_cost_integer_point_is_found() -> None:
    # x + y >= 3.5 over integers: the cheapest is x = 0, y = 4 (y costs less than x).
    program = IntegerProgram()
    x, y = program.variable(0, 10), program.variable(0, 10)
    program.row([(x, 1.0), (y, 1.0)], 3.5, INFINITY)
    solution = program.minimise({x: 2.0, y: 1.0})
    assert solution is not None
    assert [round(v) for v in solution.values] == [0, 4]
    assert solution.objective == 4.0


def test_fixing_a_variable_holds_for_that_solve_only() -> None:
    program = IntegerProgram()
    x, y = program.variable(0, 10), program.variable(0, 10)
    program.row([(x, 1.0), (y, 1.0)], 5, 5)
    fixed = program.minimise({y: 1.0}, fixed={x: 2})
    assert fixed is not None and [round(v) for v in fixed.values] == [2, 3]
    free = program.minimise({y: 1.0})
    assert free is not None and [round(v) for v in free.values] == [5, 0]


def test_an_infeasible_program_has_no_solution() -> None:
    program = IntegerProgram()
    x = program.variable(0, 3)
    program.row([(x, 2.0)], 3, 3)  # 2x = 3 has no integer answer
    assert program.minimise({x: 1.0}) is None


def test_solving_writes_nothing_to_standard_output() -> None:
    code = (
        "from vp_desktop.domain.disclosure.integer_program import IntegerProgram\n"
        "p = IntegerProgram(); x = p.variable(0, 1)\n"
        "for _ in range(2): p.minimise({x: 1.0})\n"
        "print('done')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout == "done\n"
