"""An overview across all clients for the adviser's own records: cases and hours per client per
year, as csv or xlsx.

This is the adviser's own administration (for invoicing and planning), not something to hand to
a client: it holds exact counts without disclosure control and is written, like any export, as
a private file. The rows come from `vp_desktop.services.annual_report.overview`; a client name
that a spreadsheet would run as a formula ("=HYPERLINK(…)") is written as text.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.spreadsheet import Cell, csv_text, new_workbook, write_cell

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


def _headings(lang: Lang) -> list[str]:
    return [pair[0 if lang == "nl" else 1] for pair in _HEADINGS.values()]


def _values(row: OverviewRow) -> list[Cell]:
    return [
        csv_text(row.client_name),
        csv_text(row.client_code),
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
    """An xlsx workbook with one sheet, built wholly in memory (`spreadsheet.new_workbook`)."""
    buffer = io.BytesIO()
    book = new_workbook(buffer)
    sheet = book.add_worksheet("Overzicht" if lang == "nl" else "Overview")
    heading = book.add_format(
        {"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F5F73", "text_wrap": True,
         "valign": "vcenter"}
    )  # fmt: skip
    hours = book.add_format({"num_format": "0.00"})
    for column, text in enumerate(_headings(lang)):
        sheet.write_string(0, column, text, heading)
    for number, row in enumerate(rows, start=1):
        # Names are text, never a formula, whatever they start with.
        write_cell(sheet, number, 0, row.client_name)
        write_cell(sheet, number, 1, row.client_code)
        for column, value in enumerate(_values(row)[2:], start=2):
            write_cell(sheet, number, column, value, fmt=hours if column >= 7 else None)
    for column, width in enumerate((32, 10, 8, 12, 12, 12, 12, 12, 12, 12)):
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)
    book.close()
    return buffer.getvalue()
