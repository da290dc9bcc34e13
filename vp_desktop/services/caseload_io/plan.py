"""The import plan: the cases a file would add, and the checks that need the vault (which clients
exist, which case numbers are taken), including numbering the rows that have no number."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.services.caseload_io.problems import ImportProblem
from vp_desktop.services.casework.cases import CaseData
from vp_desktop.store.models import Case, Client


@dataclass(slots=True)
class PlannedCase:
    row: int
    client_code: str
    year: int
    seq: int | None  # None until numbered
    data: CaseData
    contact_minutes: tuple[int, ...]


@dataclass(slots=True)
class ImportPlan:
    cases: list[PlannedCase] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    new_clients: list[str] = field(default_factory=list)
    unknown_clients: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, dict[int, int]]:
        """Cases per client code per year of opening."""
        result: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for case in self.cases:
            result[case.client_code][case.year] += 1
        return {code: dict(sorted(years.items())) for code, years in sorted(result.items())}

    @property
    def contact_count(self) -> int:
        return sum(len(c.contact_minutes) for c in self.cases)


def check_clients(session: Session, plan: ImportPlan, create_clients: bool) -> None:
    """Unknown client codes: a problem once per code, or clients to create."""
    known = set(session.scalars(select(Client.code)))
    first_row: dict[str, int] = {}
    rows_per_code: dict[str, int] = defaultdict(int)
    for case in plan.cases:
        if case.client_code not in known:
            first_row.setdefault(case.client_code, case.row)
            rows_per_code[case.client_code] += 1
    if create_clients:
        plan.new_clients = sorted(first_row)
        return
    plan.unknown_clients = sorted(first_row)
    for code, row in first_row.items():
        plan.problems.append(
            ImportProblem(row, "client", code, "client_unknown", {"rows": rows_per_code[code]})
        )
    plan.cases = [c for c in plan.cases if c.client_code in known]


def check_numbers(session: Session, plan: ImportPlan) -> None:
    """Numbers may occur once, in the file and in the vault; rows without one get the next free
    numbers of their client and year, in order of opening."""
    ids = dict(session.execute(select(Client.code, Client.id)).all())
    client_ids = {ids[c.client_code] for c in plan.cases if c.client_code in ids}
    taken: dict[tuple[str, int], set[int]] = defaultdict(set)
    codes_by_id = {v: k for k, v in ids.items()}
    if client_ids:
        for client_id, year, seq in session.execute(
            select(Case.client_id, Case.year, Case.seq).where(Case.client_id.in_(client_ids))
        ):
            taken[(codes_by_id[client_id], year)].add(seq)
    in_file: dict[tuple[str, int, int], int] = {}
    for case in plan.cases:
        if case.seq is None:
            continue
        key = (case.client_code, case.year, case.seq)
        if key in in_file:
            plan.problems.append(_number_problem(case, "case_number_twice", other=in_file[key]))
        elif case.seq in taken[(case.client_code, case.year)]:
            plan.problems.append(_number_problem(case, "case_number_exists"))
        else:
            in_file[key] = case.row
    if plan.problems:
        return
    for case in plan.cases:
        if case.seq is not None:
            taken[(case.client_code, case.year)].add(case.seq)
    unnumbered = sorted(
        (c for c in plan.cases if c.seq is None), key=lambda c: (c.data.opened_on, c.row)
    )
    highest: dict[tuple[str, int], int] = {}  # kept as we go: max() per row was quadratic
    for case in unnumbered:
        group = (case.client_code, case.year)
        if group not in highest:
            highest[group] = max(taken[group], default=0)
        highest[group] += 1
        case.seq = highest[group]
        taken[group].add(case.seq)


def _number_problem(case: PlannedCase, code: str, **params: object) -> ImportProblem:
    number = f"{case.client_code}-{case.year}-{case.seq:03d}"
    return ImportProblem(case.row, "case_number", number, code, dict(params))
