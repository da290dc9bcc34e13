"""Reading a caseload sheet into rows of cells: CSV (as Dutch Excel writes it) or XLSX.

CSV: comma, semicolon or tab, found from the header line; UTF-8 with or without BOM, UTF-16 with
BOM, or else cp1252 (what Excel's plain "CSV" gives on Dutch Windows). XLSX: the first worksheet,
read with openpyxl in read-only mode. Whatever is wrong with the file becomes a `ReadFailed` with
one problem; this module never lets a malformed file escape as another exception.

Hostile files are bounded as they are read, not after: only a regular file is opened (a FIFO
would hang, `/dev/zero` would fill memory), and it is read with the size limit; a workbook's
parts may not unpack beyond `MAX_XLSX_PART_MB` (the zip's declared sizes bind what zipfile
returns), its rows must come in order (a row number used again would bypass the row limit), and
every row, column and cell is counted as the sheet is parsed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vp_desktop.services.caseload_io.problems import ImportProblem
from vp_desktop.services.files import FileTooLarge, NotARegularFile, read_regular_file

Cell = str | int | float | dt.date | None

MAX_FILE_MB = 50
MAX_ROWS = 100_000
MAX_CELL_CHARS = 131_072
MAX_COLUMNS = 256  # far more than the format has: a wider sheet is not a caseload
MAX_XLSX_PART_MB = 200  # one unpacked part (the sheet, or the shared strings)
MAX_XLSX_TOTAL_MB = 400
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls
_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True, slots=True)
class RawRow:
    number: int  # the row number a spreadsheet shows (the header is row 1)
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class RawTable:
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    kind: str  # "csv" or "xlsx"


class ReadFailed(Exception):
    def __init__(
        self, code: str, *, row: int | None = None, column: str | None = None, **params: object
    ) -> None:
        super().__init__(code)
        self.problem = ImportProblem(row, column, "", code, dict(params))


def read_table(path: Path) -> RawTable:
    try:
        data = read_regular_file(Path(path), MAX_FILE_MB * 1024 * 1024)
    except NotARegularFile:
        raise ReadFailed("file_not_regular") from None
    except FileTooLarge:
        raise ReadFailed("file_too_big", limit=MAX_FILE_MB) from None
    except OSError:
        raise ReadFailed("file_unreadable") from None
    return read_table_bytes(data)


def read_table_bytes(data: bytes) -> RawTable:
    if len(data) > MAX_FILE_MB * 1024 * 1024:
        raise ReadFailed("file_too_big", limit=MAX_FILE_MB)
    if data.startswith(_ZIP_MAGIC):
        records: Iterable[tuple[int, list[Cell]]] = _xlsx_records(data)
        kind = "xlsx"
    elif data.startswith(_OLE_MAGIC):
        raise ReadFailed("file_xls")
    else:
        records = _csv_records(_decode(data))
        kind = "csv"
    return _table(records, kind)


def _table(records: Iterable[tuple[int, list[Cell]]], kind: str) -> RawTable:
    headers: tuple[str, ...] | None = None
    rows: list[RawRow] = []
    for number, cells in records:
        while cells and _blank(cells[-1]):
            cells.pop()
        if not cells:
            continue
        if headers is None:
            headers = tuple("" if c is None else str(c).strip() for c in cells)
            continue
        if len(rows) >= MAX_ROWS:
            raise ReadFailed("too_many_rows", limit=MAX_ROWS)
        rows.append(RawRow(number, tuple(cells)))
    if headers is None or not rows:
        raise ReadFailed("file_no_rows")
    return RawTable(headers, tuple(rows), kind)


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# -- CSV ------------------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReadFailed("file_encoding")


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most columns."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    best, best_count = _DELIMITERS[0], 0
    for delimiter in _DELIMITERS:
        try:
            count = len(next(csv.reader([first_line], delimiter=delimiter), []))
        except csv.Error:
            continue
        if count > best_count:
            best, best_count = delimiter, count
    return best


def _csv_records(text: str) -> Iterable[tuple[int, list[Cell]]]:
    if "\x00" in text:
        raise ReadFailed("file_unreadable")
    # csv's own field limit (131,072) would only say "unreadable"; the cell limit below says
    # which cell is too long.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_MB * 1024 * 1024))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    records: list[tuple[int, list[Cell]]] = []
    try:
        for number, fields in enumerate(reader, start=1):
            if len(fields) > MAX_COLUMNS:
                raise ReadFailed("too_many_columns", row=number, limit=MAX_COLUMNS)
            for index, field in enumerate(fields):
                _check_length(field, number, index)
            records.append((number, [f.strip() for f in fields]))
    except csv.Error:
        raise ReadFailed("file_unreadable") from None
    return records


def _check_length(value: str, row: int, index: int) -> None:
    if len(value) > MAX_CELL_CHARS:
        raise ReadFailed(
            "cell_too_long", row=row, column=_column_letter(index + 1), limit=MAX_CELL_CHARS
        )


def _column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- XLSX -----------------------------------------------------------------------------------------


def _xlsx_records(data: bytes) -> list[tuple[int, list[Cell]]]:
    import openpyxl  # only needed for workbooks

    _check_unpacked_sizes(data)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, Exception):
        # openpyxl raises many kinds of errors (zip, XML, KeyError …) on damaged parts.
        raise ReadFailed("file_unreadable") from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ReadFailed("file_no_rows")
        return _sheet_records(workbook, sheet)
    except ReadFailed:
        raise
    except Exception:  # damaged sheet XML surfaces only while iterating
        raise ReadFailed("file_unreadable") from None
    finally:
        workbook.close()


def _check_unpacked_sizes(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sizes = [info.file_size for info in archive.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ReadFailed("file_unreadable") from None
    if max(sizes, default=0) > MAX_XLSX_PART_MB * 1024 * 1024 or sum(sizes) > (
        MAX_XLSX_TOTAL_MB * 1024 * 1024
    ):
        raise ReadFailed("xlsx_too_big", limit=MAX_XLSX_PART_MB)


def _sheet_records(workbook: Any, sheet: Any) -> list[tuple[int, list[Cell]]]:
    """Every row element of the sheet as it is parsed, bounded as it goes.

    openpyxl's own row iterator pads every row to the width the sheet claims (up to 16,384
    columns) and silently skips a row number that comes again, so the sheet's XML is read here
    with openpyxl's parser (openpyxl 3.1's read-only internals)."""
    from openpyxl.worksheet._reader import WorkSheetParser

    records: list[tuple[int, list[Cell]]] = []
    previous = 0
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if number <= previous:
                raise ReadFailed("xlsx_row_order", row=number)
            previous = number
            if len(records) > MAX_ROWS:
                raise ReadFailed("too_many_rows", limit=MAX_ROWS)
            values: list[Cell] = []
            for cell in cells:
                column = cell["column"]
                if column > MAX_COLUMNS:
                    raise ReadFailed("too_many_columns", row=number, limit=MAX_COLUMNS)
                value = cell["value"]
                if isinstance(value, str):
                    _check_length(value, number, column - 1)
                values.extend([None] * (column - 1 - len(values)))
                values.append(_xlsx_cell(value))
            records.append((number, values))
    return records


def _xlsx_cell(value: object) -> Cell:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    text = str(value).strip()
    return text or None
