"""Spreadsheet cells: text never runs as a formula, and reads back as it was written."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from vp_desktop.reports.spreadsheet import (
    FORMULA_START,
    csv_text,
    from_csv_text,
    new_workbook,
    write_cell,
)


@pytest.mark.parametrize("start", FORMULA_START)
def test_text_a_spreadsheet_would_run_gets_an_apostrophe_that_import_removes(start: str) -> None:
    value = f"{start}HYPERLINK(1)"
    assert csv_text(value) == "'" + value
    assert from_csv_text(csv_text(value)) == value


@pytest.mark.parametrize("value", ["Acme", "'quoted", "'", "", "a=b", "O'Brien"])
def test_ordinary_text_is_left_alone_both_ways(value: str) -> None:
    assert csv_text(value) == value
    assert from_csv_text(value) == value


def test_an_xlsx_cell_is_text_without_the_characters_xml_cannot_hold() -> None:
    buffer = io.BytesIO()
    book = new_workbook(buffer)
    sheet = book.add_worksheet("Blad")
    write_cell(sheet, 0, 0, "=1+1\x00\x0b")
    write_cell(sheet, 0, 1, None)
    write_cell(sheet, 0, 2, 2.5)
    book.close()
    row = [c for c in load_workbook(buffer).active[1]]
    assert row[0].value == "=1+1" and row[0].data_type == "s"
    assert row[1].value is None
    assert row[2].value == 2.5
