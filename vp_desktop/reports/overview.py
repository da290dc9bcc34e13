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
import re
from dataclasses import dataclass

from vp_desktop.domain.vocab import Lang

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


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _as_text(value: str) -> str:
    """Text a spreadsheet shows as typed: a leading apostrophe stops it being a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _values(row: OverviewRow) -> list[object]:
    return [
        _as_text(row.client_name),
        _as_text(row.client_code),
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
        for cell, text in zip(sheet[sheet.max_row][:2], (row.client_name, row.client_code),
                              strict=True):  # fmt: skip
            # Names are text, never a formula, whatever they start with.
            cell.value = _XML_ILLEGAL.sub("", text)
            cell.data_type = "s"
    for column, width in zip("ABCDEFGHIJ", (32, 10, 8, 12, 12, 12, 12, 12, 12, 12), strict=True):
        sheet.column_dimensions[column].width = width
    for row_cells in sheet.iter_rows(min_row=2, min_col=8, max_col=10):
        for cell in row_cells:
            cell.number_format = "0.00"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
