"""Cells of an imported sheet read as dates the same way for the caseload and the PE log."""

from __future__ import annotations

import datetime as dt

import pytest

from vp_desktop.services.caseload_io.cells import cell_text, parse_date
from vp_desktop.services.caseload_io.readers import Cell


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (dt.date(2025, 3, 1), dt.date(2025, 3, 1)),
        ("1-3-2025", dt.date(2025, 3, 1)),
        ("01/03/2025", dt.date(2025, 3, 1)),
        ("1.3.2025", dt.date(2025, 3, 1)),
        ("2025-03-01", dt.date(2025, 3, 1)),
        ("2025-03-01 10:30:00", dt.date(2025, 3, 1)),
        (45717, dt.date(2025, 3, 1)),  # an unformatted Excel date
        ("31-02-2025", None),
        ("maart", None),
        (0, None),
        ("", None),
    ],
)
def test_a_cell_as_a_date(cell: Cell, expected: dt.date | None) -> None:
    assert parse_date(cell) == expected


def test_a_cell_as_text_as_a_spreadsheet_shows_it() -> None:
    assert cell_text(dt.date(2025, 3, 1)) == "01-03-2025"
    assert cell_text(3.0) == "3"
    assert cell_text("  Acme ") == "Acme"
    assert cell_text(None) == ""
