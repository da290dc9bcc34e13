"""Exporting one client's caseload (or every client's) in the import format, as CSV or XLSX.

The file reads back with the importer: English headers, one row per case, contacts as a count and
total minutes. Identifying and free-text columns are written only when asked. CSV is
semicolon-separated UTF-8 with a BOM, so Dutch Excel opens it as it is. The file is written with
`safe_files`: owner-only from the first byte and moved into place atomically. Every export is
recorded in the audit log per client (without any case content); the caller commits.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.spreadsheet import csv_text, new_workbook, write_cell
from vp_desktop.services import audit
from vp_desktop.services.caseload_io.columns import COLUMNS, Column, Kind
from vp_desktop.services.errors import NotFound
from vp_desktop.services.safe_files import private_writer
from vp_desktop.store.models import Case, CaseCode, Client, Contact, case_number

ExportFormat = Literal["csv", "xlsx"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "xlsx")
ExportCell = str | int | dt.date | None

_MULTI_VOCABULARY = {"categories": "category", "support": "support", "referrals": "referral"}


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    cases: int
    clients: tuple[str, ...]


def export_columns(with_identifying: bool) -> tuple[Column, ...]:
    return tuple(c for c in COLUMNS if with_identifying or not c.identifying)


def suggested_file_name(client_code: str | None, fmt: ExportFormat, today: dt.date) -> str:
    who = client_code or "alle-opdrachtgevers"
    return f"{who}-casussen-{today.isoformat()}.{fmt}"


def caseload_rows(
    session: Session,
    client_id: int | None,
    *,
    with_identifying: bool = False,
    values: Lang | None = "nl",
) -> tuple[tuple[Column, ...], list[list[ExportCell]], tuple[str, ...]]:
    """The export's columns, its rows (oldest case first) and the client codes it covers.

    `values`: vocabulary values as Dutch or English labels, or as codes (None)."""
    query = select(Case, Client.code).join(Client, Client.id == Case.client_id)
    if client_id is not None:
        code = session.scalar(select(Client.code).where(Client.id == client_id))
        if code is None:
            raise NotFound("client")
        query = query.where(Case.client_id == client_id)
        covered: tuple[str, ...] = (code,)
    else:
        covered = tuple(session.scalars(select(Client.code).order_by(Client.code)))
    query = query.order_by(Client.code, Case.year, Case.seq)
    columns = export_columns(with_identifying)
    codes = _codes_by_case(session, client_id)
    contacts = _contacts_by_case(session, client_id)
    rows: list[list[ExportCell]] = []
    for case, code in session.execute(query):
        count, minutes = contacts.get(case.id, (0, 0))
        fields: dict[str, ExportCell] = {
            "client": code,
            "case_number": case_number(code, case.year, case.seq),
            "opened": case.opened_on,
            "closed": case.closed_on,
            "follow_up": case.follow_up_on,
            "contacts": count,
            "minutes": minutes,
        }
        for column in columns:
            if column.kind is Kind.CODE:
                fields[column.name] = _value(column.vocabulary, getattr(case, column.name), values)
            elif column.kind is Kind.CODES:
                vocabulary = _MULTI_VOCABULARY[column.name]
                items = codes[case.id].get(vocabulary, [])
                fields[column.name] = ", ".join(_label(vocabulary, c, values) for c in items)
            elif column.kind is Kind.TEXT:
                fields[column.name] = getattr(case, column.name)
        rows.append([fields[c.name] for c in columns])
    return columns, rows, covered


def export_caseload(
    session: Session,
    target: Path,
    *,
    client_id: int | None,
    fmt: ExportFormat = "csv",
    with_identifying: bool = False,
    values: Lang | None = "nl",
) -> ExportResult:
    """Write one client's caseload (all clients: None) to `target`, privately and atomically."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    columns, rows, covered = caseload_rows(
        session, client_id, with_identifying=with_identifying, values=values
    )
    with private_writer(Path(target)) as stream:
        if fmt == "csv":
            stream.write(_csv_bytes(columns, rows))
        else:
            _write_xlsx(stream, columns, rows)
    per_client: dict[str, int] = defaultdict(int)
    for row in rows:
        per_client[str(row[0])] += 1
    extent = "with identifying data" if with_identifying else "statistical columns only"
    for code in covered:
        detail = f"{per_client[code]} cases, {fmt}, {extent}"
        audit.record(session, "client_exported", client_code=code, detail=detail)
    session.flush()
    return ExportResult(Path(target), len(rows), covered)


def _value(vocabulary: str, code: str | None, values: Lang | None) -> str | None:
    return None if code is None else _label(vocabulary, code, values)


def _label(vocabulary: str, code: str, values: Lang | None) -> str:
    return code if values is None else vocab.ALL[vocabulary].label(code, values)


def _codes_by_case(session: Session, client_id: int | None) -> dict[int, dict[str, list[str]]]:
    query = select(CaseCode.case_id, CaseCode.vocabulary, CaseCode.code).join(
        Case, Case.id == CaseCode.case_id
    )
    if client_id is not None:
        query = query.where(Case.client_id == client_id)
    result: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for case_id, vocabulary, code in session.execute(query):
        result[case_id][vocabulary].append(code)
    # Vocabulary order, as the adviser sees them in the case form.
    for by_vocabulary in result.values():
        for vocabulary, items in by_vocabulary.items():
            order = vocab.ALL[vocabulary].codes
            items.sort(key=lambda c: order.index(c) if c in order else len(order))
    return result


def _contacts_by_case(session: Session, client_id: int | None) -> dict[int, tuple[int, int]]:
    query = select(Contact.case_id, func.count(), func.sum(Contact.minutes)).group_by(
        Contact.case_id
    )
    if client_id is not None:
        query = query.where(Contact.client_id == client_id)
    return {case_id: (count, total or 0) for case_id, count, total in session.execute(query)}


def _text_cell(cell: ExportCell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, dt.date):
        return cell.strftime("%d-%m-%Y")
    return str(cell)


def _csv_bytes(columns: tuple[Column, ...], rows: list[list[ExportCell]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    for row in rows:
        cells = [_text_cell(cell) for cell in row]
        for index, column in enumerate(columns):
            # Never run as a formula; the importer removes the apostrophe again.
            if column.kind is Kind.TEXT:
                cells[index] = csv_text(cells[index])
        writer.writerow(cells)
    return buffer.getvalue().encode("utf-8-sig")


def _write_xlsx(
    stream: BinaryIO, columns: tuple[Column, ...], rows: list[list[ExportCell]]
) -> None:
    """The workbook is built wholly in memory (`spreadsheet.new_workbook`) and written to
    `stream` (the private `.part` beside the target)."""
    buffer = io.BytesIO()
    workbook = new_workbook(buffer)
    date_format = workbook.add_format({"num_format": "DD-MM-YYYY"})
    sheet = workbook.add_worksheet("Casussen")
    for index, column in enumerate(columns):
        sheet.write_string(0, index, column.name)
    for row_index, row in enumerate(rows, start=1):
        for index, value in enumerate(row):
            write_cell(sheet, row_index, index, value, date_format=date_format)
    workbook.close()
    stream.write(buffer.getvalue())
