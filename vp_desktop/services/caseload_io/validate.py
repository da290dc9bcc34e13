"""Checking a whole caseload file before anything is imported.

Every row is parsed and held to the same rules as the case form (`cases.validate_case_data`);
every problem is collected with its row, column and value. Case numbers are checked against each
other and against the vault; rows without a number get the next free ones, in order of opening.
The result is an `ImportPlan`: either problems, or cases ready to be written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.reports.spreadsheet import from_csv_text
from vp_desktop.services.caseload_io.cells import cell_text, display, parse_date
from vp_desktop.services.caseload_io.columns import (
    COLUMNS,
    REQUIRED,
    Column,
    Kind,
    code_for,
    column_for_header,
    split_values,
)
from vp_desktop.services.caseload_io.plan import (
    ImportPlan,
    PlannedCase,
    check_clients,
    check_numbers,
)
from vp_desktop.services.caseload_io.problems import ImportProblem
from vp_desktop.services.caseload_io.readers import Cell, RawRow, RawTable
from vp_desktop.services.casework.cases import CaseData, validate_case_data
from vp_desktop.services.casework.contacts import MAX_MINUTES
from vp_desktop.services.clients.clients import CODE_PATTERN
from vp_desktop.services.errors import ValidationError

Progress = Callable[[int, int], None]

MAX_CONTACTS = 500
_NUMBER = re.compile(r"^(?:([A-Z0-9]{2,12})-)?(\d{4})-(\d{1,6})$")
# Case-form field names that differ from the file's column names.
_FIELD_TO_COLUMN = {"opened_on": "opened", "closed_on": "closed", "follow_up_on": "follow_up"}


def plan_import(
    session: Session,
    table: RawTable,
    *,
    create_clients: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Check every row of `table` against the rules and the vault; number what has no number."""
    today = today or dt.date.today()
    plan = ImportPlan()
    columns, ignored = _map_headers(table.headers, plan.problems)
    if any(p.code == "column_missing" for p in plan.problems):
        return plan  # every row would miss it too: the header problem says it once
    total = len(table.rows)
    for done, raw in enumerate(table.rows, start=1):
        planned = _RowReader(raw, columns, ignored, plan.problems).parse(today)
        if planned is not None:
            plan.cases.append(planned)
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)
    check_clients(session, plan, create_clients)
    check_numbers(session, plan)
    return plan


def _map_headers(
    headers: tuple[str, ...], problems: list[ImportProblem]
) -> tuple[list[Column | None], frozenset[int]]:
    """The column of each header, and the positions whose cells are ignored because their
    header was already reported (unknown, or twice). An unnamed column must be empty."""
    columns: list[Column | None] = []
    ignored: set[int] = set()
    seen: dict[str, str] = {}
    for index, header in enumerate(headers):
        column = column_for_header(header) if header else None
        if header and column is None:
            problems.append(ImportProblem(1, header, header, "column_unknown"))
            ignored.add(index)
        elif column is not None and column.name in seen:
            twin: dict[str, object] = {"value": seen[column.name]}
            problems.append(ImportProblem(1, header, header, "column_twice", twin))
            ignored.add(index)
            column = None
        elif column is not None:
            seen[column.name] = header
        columns.append(column)
    for required in REQUIRED:
        if required.name not in seen:
            problems.append(ImportProblem(1, required.name, "", "column_missing"))
    return columns, frozenset(ignored)


class _RowReader:
    """Parses one row, adding a problem for every cell it cannot use."""

    def __init__(
        self,
        raw: RawRow,
        columns: list[Column | None],
        ignored: frozenset[int],
        problems: list[ImportProblem],
    ) -> None:
        self.row = raw.number
        self.problems = problems
        self.bad: set[str] = set()
        self.cells: dict[str, Cell] = {}
        for index, cell in enumerate(raw.cells):
            column = columns[index] if index < len(columns) else None
            if column is not None:
                self.cells[column.name] = cell
            elif index not in ignored and cell is not None and str(cell).strip():
                self.problems.append(
                    ImportProblem(self.row, f"#{index + 1}", display(cell), "cell_outside_header")
                )

    def problem(self, column: str, code: str, **params: object) -> None:
        self.bad.add(column)
        value = display(self.cells.get(column))
        self.problems.append(ImportProblem(self.row, column, value, code, dict(params)))

    def parse(self, today: dt.date) -> PlannedCase | None:
        before = len(self.problems)
        values = {c.name: self._value(c) for c in COLUMNS}
        client, number = values["client"], values["case_number"]
        opened, track, categories = values["opened"], values["track"], values["categories"]
        if not client and "client" not in self.bad:
            self.problem("client", "required")
        if opened is None and "opened" not in self.bad:
            self.problem("opened", "required")
        if track is None and "track" not in self.bad:
            self.problem("track", "required")
        if not isinstance(opened, dt.date) or not isinstance(track, str) or not categories:
            if not categories and "categories" not in self.bad:
                self.problem("categories", "category_required")
            return None
        data = CaseData(
            opened_on=opened,
            track=track,
            categories=_codes(categories),
            closed_on=_date(values["closed"]),
            support=_codes(values["support"]),
            referrals=_codes(values["referrals"]),
            follow_up_on=_date(values["follow_up"]),
        )
        for column in _SINGLE_VALUE_COLUMNS:
            value = values[column.name]
            setattr(data, column.name, value if isinstance(value, str) else None)
        self._check_case_rules(data, today)
        minutes = self._contact_minutes(values["contacts"], values["minutes"])
        if len(self.problems) > before:
            return None
        seq = number[1] if isinstance(number, tuple) else None
        return PlannedCase(self.row, str(client), opened.year, seq, data, minutes)

    def _value(self, column: Column) -> object:
        cell = self.cells.get(column.name)
        if cell is None or (isinstance(cell, str) and not cell):
            return [] if column.kind is Kind.CODES else None
        parse = _PARSERS[column.kind]
        return parse(self, column, cell)

    def _check_case_rules(self, data: CaseData, today: dt.date) -> None:
        try:
            validate_case_data(data, today)
        except ValidationError as error:
            for p in error.problems:
                column = _FIELD_TO_COLUMN.get(p.field, p.field)
                if column not in self.bad:
                    self.problem(column, p.code, **p.params)

    def _contact_minutes(self, contacts: object, minutes: object) -> tuple[int, ...]:
        """`contacts` contacts sharing `minutes`, spread as evenly as whole minutes allow."""
        if "contacts" in self.bad or "minutes" in self.bad:
            return ()
        count = contacts if isinstance(contacts, int) else None
        total = minutes if isinstance(minutes, int) else None
        if count is None:
            count = 1 if total else 0
        if count == 0:
            if total:
                self.problem("minutes", "minutes_need_contacts")
            return ()
        if total is None:
            self.problem("minutes", "contacts_need_minutes", contacts=count)
            return ()
        if not count <= total <= count * MAX_MINUTES:
            column = "minutes" if contacts is None else "contacts"
            self.problem(column, "minutes_per_contact", contacts=count)
            return ()
        share, extra = divmod(total, count)
        return tuple(share + 1 if i < extra else share for i in range(count))

    # -- cell parsers (each returns None after adding a problem) -------------------------------

    def _client(self, column: Column, cell: Cell) -> str | None:
        code = cell_text(cell).upper()
        if not CODE_PATTERN.match(code):
            self.problem(column.name, "client_code_format")
            return None
        return code

    def _case_number(self, column: Column, cell: Cell) -> tuple[int, int] | None:
        match = _NUMBER.match(cell_text(cell).upper())
        if match is None or int(match[3]) < 1:
            self.problem(column.name, "case_number_format")
            return None
        client = self.cells.get("client")
        if match[1] and client is not None and match[1] != cell_text(client).upper():
            self.problem(column.name, "case_number_client")
            return None
        opened = self._opened_date()
        if isinstance(opened, dt.date) and opened.year != int(match[2]):
            self.problem(column.name, "case_number_year")
            return None
        return int(match[2]), int(match[3])

    def _opened_date(self) -> dt.date | None:
        # Only to compare the number's year with; the opened column reports its own problems.
        cell = self.cells.get("opened")
        return parse_date(cell) if cell is not None else None

    def _date(self, column: Column, cell: Cell) -> dt.date | None:
        parsed = parse_date(cell)
        if parsed is None:
            self.problem(column.name, "date_format")
        return parsed

    def _count(self, column: Column, cell: Cell) -> int | None:
        if isinstance(cell, float) and cell.is_integer():
            cell = int(cell)
        if isinstance(cell, str) and cell.isascii() and cell.isdigit():
            cell = int(cell)
        if not isinstance(cell, int) or cell < 0:
            self.problem(column.name, "whole_number")
            return None
        if column.name == "contacts" and cell > MAX_CONTACTS:
            self.problem(column.name, "contacts_range", limit=MAX_CONTACTS)
            return None
        return cell

    def _code(self, column: Column, cell: Cell) -> str | None:
        code = code_for(column.vocabulary, cell_text(cell))
        if code is None:
            self.problem(column.name, "value_not_allowed", **allowed_values(column.vocabulary))
        return code

    def _codes(self, column: Column, cell: Cell) -> list[str | None]:
        codes: list[str | None] = []
        for part in split_values(cell_text(cell)):
            code = code_for(column.vocabulary, part)
            if code is None:
                self.bad.add(column.name)
                self.problems.append(
                    ImportProblem(
                        self.row,
                        column.name,
                        part,
                        "value_not_allowed",
                        {"value": part, **allowed_values(column.vocabulary)},
                    )
                )
            codes.append(code)
        return codes

    def _text(self, column: Column, cell: Cell) -> str | None:
        text = cell_text(cell)
        # Exports put an apostrophe before text that spreadsheets would run as a formula.
        text = from_csv_text(text)
        if len(text) > column.max_length:
            self.problem(column.name, "too_long", limit=column.max_length)
            return None
        return text or None


# Vocabulary and text columns that map one to one onto a case field of the same name.
_SINGLE_VALUE_COLUMNS = tuple(
    c for c in COLUMNS if (c.kind is Kind.CODE and c.name != "track") or c.kind is Kind.TEXT
)

_PARSERS: dict[Kind, Callable[[_RowReader, Column, Cell], object]] = {
    Kind.CLIENT: _RowReader._client,
    Kind.CASE_NUMBER: _RowReader._case_number,
    Kind.DATE: _RowReader._date,
    Kind.COUNT: _RowReader._count,
    Kind.CODE: _RowReader._code,
    Kind.CODES: _RowReader._codes,
    Kind.TEXT: _RowReader._text,
}


def _codes(values: object) -> list[str]:
    """Codes in file order, each once."""
    assert isinstance(values, list)
    return list(dict.fromkeys(v for v in values if isinstance(v, str)))


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def allowed_values(vocabulary: str) -> dict[str, object]:
    """The values a cell of this vocabulary may hold, in both languages (for the message)."""
    terms = list(vocab.ALL[vocabulary])
    return {
        "allowed_nl": "; ".join(term.nl for term in terms),
        "allowed_en": "; ".join(term.en for term in terms),
    }
