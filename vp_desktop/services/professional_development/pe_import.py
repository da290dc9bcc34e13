"""Importing the PE log from CSV or XLSX, all or nothing, like the caseload import.

The format is in docs/pe-import-format.md. Reading the file and describing its problems are the
caseload import's (`caseload_io.readers`, `caseload_io.problems`, `caseload_io.cells`);
each row is held to the rules of the activity form (`pe.validate_pe_data`). Typical use:

    table = read_pe_log(path)                   # ImportRefused when unreadable
    plan = check_pe_log(session, table)         # dry run: plan.problems or plan.activities
    count = import_pe_log(session, table)       # all or nothing; ImportRefused on problems
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import PE_KINDS
from vp_desktop.services import audit
from vp_desktop.services.caseload_io.cells import cell_text, display, parse_date
from vp_desktop.services.caseload_io.columns import normalise
from vp_desktop.services.caseload_io.problems import ImportProblem, ImportRefused
from vp_desktop.services.caseload_io.readers import Cell, RawRow, RawTable, ReadFailed, read_table
from vp_desktop.services.errors import ValidationError
from vp_desktop.services.professional_development.pe import (
    MAX_PE_MINUTES,
    PeData,
    add_pe_activity,
    validate_pe_data,
)
from vp_desktop.store.models import PeActivity

#: Column name -> the headers accepted for it (English name first, then Dutch).
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("date", "datum"),
    "kind": ("kind", "soort", "type"),
    "hours": ("hours", "uren", "uur", "duur"),
    "provider": ("provider", "aanbieder", "aanbieder of groep", "opleider", "groep"),
    "theme": ("theme", "thema", "onderwerp"),
    "accreditation_number": (
        "accreditation_number",
        "accreditation number",
        "accreditatienummer",
        "accreditatienr",
        "accreditatie",
    ),
    "accredited": ("accredited", "geaccrediteerd"),
}
REQUIRED = ("date", "kind", "hours")
_YES = {"ja", "j", "yes", "y", "x", "1", "waar", "true"}
_NO = {"nee", "n", "no", "0", "onwaar", "false", ""}
_HOURS = re.compile(r"^\d+(?:[.,]\d+)?$")


@dataclass(slots=True)
class PeImportPlan:
    activities: list[PeData] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)


def _header_lookup() -> dict[str, str]:
    return {normalise(h): name for name, headers in COLUMNS.items() for h in headers}


def _kind_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for term in PE_KINDS:
        for text in (term.code, term.label("nl"), term.label("en")):
            lookup[normalise(text)] = term.code
    # The words advisers write in their own spreadsheets.
    lookup.update(
        {
            normalise("bijscholing"): "course",
            normalise("cursus"): "course",
            normalise("extra activiteit"): "extra",
            normalise("extra activiteiten"): "extra",
            normalise("congres"): "congress",
            normalise("studiedag"): "congress",
        }
    )
    return lookup


#: The words the refusal message offers (and docs/pe-import-format.md lists), per language;
#: every one of them is accepted (a test holds `_kind_lookup` to this).
ALLOWED_KINDS: dict[str, tuple[str, ...]] = {
    "nl": ("bijscholing", "intervisie", "supervisie", "congres", "extra activiteit"),
    "en": ("course", "intervision", "supervision", "congress", "extra"),
}


def allowed_kinds(lang: str = "nl") -> str:
    return ", ".join(ALLOWED_KINDS["en" if lang == "en" else "nl"])


def read_pe_log(path: Path) -> RawTable:
    """Read a CSV or XLSX file; an unreadable file raises `ImportRefused` with its one problem."""
    try:
        return read_table(path)
    except ReadFailed as failure:
        problem = failure.problem
        if problem.code == "file_no_rows":
            problem = ImportProblem(None, None, "", "pe_import_no_rows")
        raise ImportRefused([problem]) from None


def _hours_minutes(cell: Cell) -> int | None:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        value = Decimal(str(cell))
    else:
        text = cell_text(cell).replace(" ", "").removesuffix("u").removesuffix("h")
        if not _HOURS.match(text):
            return None
        try:
            value = Decimal(text.replace(",", "."))
        except InvalidOperation:
            return None
    minutes = value * 60
    return int(minutes) if minutes == minutes.to_integral_value() else None


def _text(cell: Cell) -> str | None:
    return cell_text(cell) or None


class _Rows:
    def __init__(self, table: RawTable, plan: PeImportPlan) -> None:
        self.plan = plan
        self.columns: list[str | None] = []
        headers = _header_lookup()
        seen: set[str] = set()
        for header in table.headers:
            name = headers.get(normalise(header)) if header else None
            if header and name is None:
                plan.problems.append(ImportProblem(1, header, header, "column_unknown"))
            elif name is not None and name in seen:
                plan.problems.append(ImportProblem(1, header, header, "column_twice"))
                name = None
            elif name is not None:
                seen.add(name)
            self.columns.append(name)
        for name in REQUIRED:
            if name not in seen:
                plan.problems.append(ImportProblem(1, name, "", "column_missing"))
        self.kinds = _kind_lookup()

    def read(self, row: RawRow) -> PeData | None:
        values: dict[str, Cell] = {}
        for index, cell in enumerate(row.cells):
            name = self.columns[index] if index < len(self.columns) else None
            if name is not None:
                values[name] = cell
        problems = self.plan.problems
        before = len(problems)

        def problem(column: str, cell: Cell, code: str, **params: object) -> None:
            problems.append(ImportProblem(row.number, column, display(cell), code, dict(params)))

        on = parse_date(values.get("date")) if cell_text(values.get("date")) else None
        if on is None:
            code = "date_format" if cell_text(values.get("date")) else "required"
            problem("date", values.get("date"), code)
        kind = self.kinds.get(normalise(cell_text(values.get("kind"))))
        if kind is None:
            problem(
                "kind",
                values.get("kind"),
                "pe_import_kind",
                allowed=allowed_kinds("nl"),
                allowed_en=allowed_kinds("en"),
            )
        minutes = _hours_minutes(values.get("hours"))
        if minutes is not None and (minutes % 15 or not 0 < minutes <= MAX_PE_MINUTES):
            minutes = None
        if minutes is None:
            problem("hours", values.get("hours"), "pe_import_hours")
        marked = normalise(cell_text(values.get("accredited")))
        if marked not in _YES | _NO:
            problem("accredited", values.get("accredited"), "pe_import_yes_no")
        if len(problems) > before or on is None or kind is None or minutes is None:
            return None
        data = PeData(
            kind,
            on,
            minutes,
            provider=_text(values.get("provider")),
            accreditation_number=_text(values.get("accreditation_number")),
            theme=_text(values.get("theme")),
            accredited=marked in _YES,
        )
        try:
            validate_pe_data(data)
        except ValidationError as error:
            for p in error.problems:
                column = "hours" if p.field == "minutes" else p.field
                cell = values.get(column)
                problems.append(
                    ImportProblem(row.number, column, display(cell), p.code, dict(p.params))
                )
            return None
        return data


def _identity(data: PeData) -> tuple[object, ...]:
    return (data.occurred_on, data.kind, data.minutes, data.provider or "", data.theme or "")


def check_pe_log(session: Session, table: RawTable) -> PeImportPlan:
    """The dry run: every problem, or the activities that would be imported. Writes nothing."""
    plan = PeImportPlan()
    rows = _Rows(table, plan)
    if plan.problems:  # a wrong header makes every row's problems noise
        return plan
    existing = {_identity(PeData.of(a)) for a in session.scalars(select(PeActivity))}
    first_row: dict[tuple[object, ...], int] = {}
    for row in table.rows:
        data = rows.read(row)
        if data is None:
            continue
        key = _identity(data)
        if key in existing:
            plan.problems.append(ImportProblem(row.number, None, "", "pe_import_exists"))
        elif key in first_row:
            other: dict[str, object] = {"other": first_row[key]}
            plan.problems.append(ImportProblem(row.number, None, "", "pe_import_twice", other))
        else:
            first_row[key] = row.number
            plan.activities.append(data)
    return plan


def import_pe_log(session: Session, table: RawTable) -> int:
    """Import every activity of `table`, or none: `ImportRefused` lists the problems. The caller
    commits (or rolls back) the session. Returns the number of activities imported."""
    plan = check_pe_log(session, table)
    if plan.problems:
        raise ImportRefused(plan.problems)
    for data in plan.activities:
        add_pe_activity(session, data)
    audit.record(session, "import_done", detail=f"pe {len(plan.activities)} activities")
    return len(plan.activities)
