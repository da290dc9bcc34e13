"""An overview across all clients for the adviser's own records: cases and hours per client per
year, as csv or xlsx.

This is the adviser's own administration (for invoicing and planning), not something to hand to
a client: it holds exact counts without disclosure control and is written, like any export, as
a private file.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import Lang
from vp_desktop.store.models import Activity, Case, Client, Contact

_HEADINGS: dict[str, tuple[str, str]] = {
    "client": ("Opdrachtgever", "Client"),
    "code": ("Code", "Code"),
    "year": ("Jaar", "Year"),
    "new": ("Nieuwe meldingen", "New cases"),
    "handled": ("Behandelde meldingen", "Cases handled"),
    "closed": ("Afgesloten", "Closed"),
    "contacts": ("Gesprekken", "Contacts"),
    "case_hours": ("Uren meldingen", "Hours on cases"),
    "activity_hours": ("Uren activiteiten", "Hours on activities"),
    "total_hours": ("Uren totaal", "Hours in total"),
}


@dataclass(frozen=True, slots=True)
class OverviewRow:
    client_code: str
    client_name: str
    year: int
    new: int
    handled: int
    closed: int
    contacts: int
    case_minutes: int
    activity_minutes: int

    @property
    def total_minutes(self) -> int:
        return self.case_minutes + self.activity_minutes


def _by_client_year(
    session: Session, model: type[Contact] | type[Activity]
) -> dict[tuple[int, int], tuple[int, int]]:
    """(client id, year) -> (number, minutes) of contacts or activities."""
    year = func.strftime("%Y", model.occurred_on)
    rows = session.execute(
        select(model.client_id, year, func.count(), func.sum(model.minutes)).group_by(
            model.client_id, year
        )
    )
    return {(cid, int(y)): (n, minutes or 0) for cid, y, n, minutes in rows}


def build_overview(session: Session) -> list[OverviewRow]:
    """Per client (by name) and year (ascending): every year with a case, contact or activity."""
    clients = {c.id: c for c in session.scalars(select(Client))}
    contacts = _by_client_year(session, Contact)
    activities = _by_client_year(session, Activity)
    years: dict[int, set[int]] = defaultdict(set)
    for cid, year in (*contacts, *activities):
        years[cid].add(year)
    cases: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
    for cid, opened, closed in session.execute(
        select(Case.client_id, Case.opened_on, Case.closed_on)
    ):
        cases[cid].append((opened.year, closed.year if closed else None))
        years[cid].add(opened.year)
    rows: list[OverviewRow] = []
    for cid in sorted(clients, key=lambda i: clients[i].name.lower()):
        for year in sorted(years[cid]):
            spans = cases[cid]
            handled = [(o, c) for o, c in spans if o <= year and (c is None or c >= year)]
            n_contacts, case_minutes = contacts.get((cid, year), (0, 0))
            rows.append(
                OverviewRow(
                    client_code=clients[cid].code,
                    client_name=clients[cid].name,
                    year=year,
                    new=sum(1 for o, _ in handled if o == year),
                    handled=len(handled),
                    closed=sum(1 for _, c in handled if c == year),
                    contacts=n_contacts,
                    case_minutes=case_minutes,
                    activity_minutes=activities.get((cid, year), (0, 0))[1],
                )
            )
    return rows


def _headings(lang: Lang) -> list[str]:
    return [pair[0 if lang == "nl" else 1] for pair in _HEADINGS.values()]


def _values(row: OverviewRow) -> list[object]:
    return [
        row.client_name,
        row.client_code,
        row.year,
        row.new,
        row.handled,
        row.closed,
        row.contacts,
        round(row.case_minutes / 60, 2),
        round(row.activity_minutes / 60, 2),
        round(row.total_minutes / 60, 2),
    ]


def overview_csv(rows: list[OverviewRow], lang: Lang = "nl") -> bytes:
    """csv with hours as decimal numbers (a point as separator, for any spreadsheet to read)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_headings(lang))
    writer.writerows(_values(row) for row in rows)
    return out.getvalue().encode("utf-8")


def overview_xlsx(rows: list[OverviewRow], lang: Lang = "nl") -> bytes:
    """An xlsx workbook with one sheet, built in memory (no temporary file)."""
    # Imported here: openpyxl takes a tenth of a second to load, and most starts never use it.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "Overzicht" if lang == "nl" else "Overview"
    sheet.append(_headings(lang))
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F5F73")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        sheet.append(_values(row))
    for column, width in zip("ABCDEFGHIJ", (32, 10, 8, 12, 12, 12, 12, 12, 12, 12), strict=True):
        sheet.column_dimensions[column].width = width
    for row_cells in sheet.iter_rows(min_row=2, min_col=8, max_col=10):
        for cell in row_cells:
            cell.number_format = "0.00"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
