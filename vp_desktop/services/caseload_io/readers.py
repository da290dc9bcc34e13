"""Reading a caseload sheet into rows of cells: CSV (as Dutch Excel writes it) or XLSX.

CSV: comma, semicolon or tab, found from the header line; UTF-8 with or without BOM, UTF-16 with
BOM, or else cp1252 (what Excel's plain "CSV" gives on Dutch Windows). XLSX: the first worksheet,
read with openpyxl in read-only mode. Whatever is wrong with the file becomes a `ReadFailed` with
one problem; this module never lets a malformed file escape as another exception.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from vp_desktop.services.caseload_io.problems import ImportProblem

Cell = str | int | float | dt.date | None

MAX_FILE_MB = 50
MAX_ROWS = 100_000
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
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.problem = ImportProblem(None, None, "", code, dict(params))


def read_table(path: Path) -> RawTable:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_MB * 1024 * 1024:
            raise ReadFailed("file_too_big", limit=MAX_FILE_MB)
        data = path.read_bytes()
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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    records: list[tuple[int, list[Cell]]] = []
    try:
        for number, fields in enumerate(reader, start=1):
            records.append((number, [f.strip() for f in fields]))
    except csv.Error:
        raise ReadFailed("file_unreadable") from None
    return records


# -- XLSX -----------------------------------------------------------------------------------------


def _xlsx_records(data: bytes) -> list[tuple[int, list[Cell]]]:
    import openpyxl  # only needed for workbooks

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, Exception):
        # openpyxl raises many kinds of errors (zip, XML, KeyError …) on damaged parts.
        raise ReadFailed("file_unreadable") from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ReadFailed("file_no_rows")
        records: list[tuple[int, list[Cell]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            records.append((number, [_xlsx_cell(v) for v in values]))
            if len(records) > MAX_ROWS + 1:
                raise ReadFailed("too_many_rows", limit=MAX_ROWS)
        return records
    except ReadFailed:
        raise
    except Exception:  # damaged sheet XML surfaces only while iterating
        raise ReadFailed("file_unreadable") from None
    finally:
        workbook.close()


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
