"""One cell of an imported sheet: as text, for a problem list, and as a date.

The caseload import and the PE log import read their cells the same way, with these helpers.
"""

from __future__ import annotations

import datetime as dt
import re

from vp_desktop.services.caseload_io.readers import Cell

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def cell_text(cell: Cell) -> str:
    """A cell as text, the way a spreadsheet shows it (dates as dd-mm-jjjj, 3.0 as 3)."""
    if cell is None:
        return ""
    if isinstance(cell, dt.date):
        return cell.strftime("%d-%m-%Y")
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def display(cell: Cell) -> str:
    """A cell for a problem list: long text shortened."""
    text = cell_text(cell)
    return text if len(text) <= 80 else text[:77] + "…"


def parse_date(cell: Cell) -> dt.date | None:
    """A cell as a date: a date cell, an unformatted Excel date number, dd-mm-jjjj (also with /
    or .) or an ISO date (a time after it is ignored); None when it is none of these."""
    try:
        if isinstance(cell, dt.date):
            return cell
        if isinstance(cell, int | float) and 1 <= cell <= 73_050:  # an unformatted Excel date
            return _EXCEL_EPOCH + dt.timedelta(days=int(cell))
        text = str(cell).strip()
        if match := _DMY.match(text):
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        if match := _ISO.match(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except (ValueError, OverflowError):
        return None
    return None
