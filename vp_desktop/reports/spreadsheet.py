"""Spreadsheet cells that stay what they were: text is never run as a formula, and a workbook is
built wholly in memory.

A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
formula: a name like ``=HYPERLINK(…)`` would become a link. In csv such text gets a leading
apostrophe, which spreadsheets show as typed and `from_csv_text` removes again on import. In
xlsx every string is written as a text cell; characters XML cannot hold are left out. The
workbook lives in memory until it is written as a private file: openpyxl's writer would put each
sheet in a temporary folder in plain text, so workbooks are written with xlsxwriter.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, BinaryIO

#: What a spreadsheet runs as a formula when a text cell starts with it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML (and so XLSX) cannot hold: control characters other than tab and newlines.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

Cell = str | int | float | dt.date | None


def csv_text(value: str) -> str:
    """Text a spreadsheet shows as typed: a leading apostrophe stops it being a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def from_csv_text(value: str) -> str:
    """The text `csv_text` was given: its apostrophe before a formula start removed."""
    return value[1:] if value.startswith("'") and value[1:2] in FORMULA_START else value


def xlsx_text(value: str) -> str:
    """Text an xlsx file can hold (the XML-illegal control characters left out)."""
    return _XML_ILLEGAL.sub("", value)


def new_workbook(stream: BinaryIO) -> Any:
    """An xlsxwriter workbook that is built in memory and written to `stream` when closed, and
    that never turns a string into a formula."""
    import xlsxwriter  # only needed for workbooks

    return xlsxwriter.Workbook(stream, {"in_memory": True, "strings_to_formulas": False})


def write_cell(
    sheet: Any, row: int, column: int, value: Cell, *, date_format: Any = None, fmt: Any = None
) -> None:
    """One cell: a string always as text, a date with `date_format`, a number (with `fmt`);
    None leaves the cell empty."""
    if value is None:
        return
    if isinstance(value, str):
        sheet.write_string(row, column, xlsx_text(value), fmt)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, column, value, date_format)
    else:
        sheet.write_number(row, column, value, fmt)
