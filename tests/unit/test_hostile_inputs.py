"""Hostile import and attachment files: a FIFO, a device, XLSX bombs, overlong cells, terminal
escape codes and impossible dates are refused with a clear message, quickly, reading little."""

from __future__ import annotations

import io
import os
import threading
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vp_desktop.cli import main
from vp_desktop.services.caseload_io import ImportRefused, import_caseload, read_caseload
from vp_desktop.services.caseload_io.readers import MAX_CELL_CHARS
from vp_desktop.services.casework import attachments
from vp_desktop.services.clients import clients
from vp_desktop.services.errors import ValidationError
from vp_desktop.store.vault import Vault

HEADER = "client;case_number;opened;closed;track;categories;outcome;contacts;minutes"
ROW = "ACME;;05-01-2026;;unwanted_behaviour;pesten;;1;30"


def _refused(path: Path) -> ImportRefused:
    with pytest.raises(ImportRefused) as raised:
        read_caseload(path)
    return raised.value


def _code(path: Path) -> str:
    (problem,) = _refused(path).problems
    return problem.code


def _without_hanging(function, *args):  # type: ignore[no-untyped-def]
    """Run `function` in a thread; fail (instead of hanging the suite) if it never returns."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(function(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(30)
    assert outcome, f"{function.__name__} hung"
    return outcome[0]


# -- not a regular file -----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_as_import_and_as_attachment(tmp_path: Path) -> None:
    fifo = tmp_path / "casussen.csv"
    os.mkfifo(fifo)
    refused = _without_hanging(read_caseload, fifo)
    assert isinstance(refused, ImportRefused)
    assert [p.code for p in refused.problems] == ["file_not_regular"]
    assert "not a regular file" in refused.problems[0].describe("en")
    failed = _without_hanging(attachments.read_attachment_file, fifo)
    assert isinstance(failed, ValidationError)
    assert [p.code for p in failed.problems] == ["file_not_regular"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_being_read() -> None:
    assert _code(Path("/dev/zero")) == "file_not_regular"
    with pytest.raises(ValidationError):
        attachments.read_attachment_file(Path("/dev/zero"))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert _code(tmp_path) in ("file_not_regular", "file_unreadable")


# -- XLSX bombs -------------------------------------------------------------------------------

_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_PKG = "http://schemas.openxmlformats.org/package/2006/"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_PKG}content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_TYPE}sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    f'ContentType="{_SHEET_TYPE}worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    f'ContentType="{_SHEET_TYPE}sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}relationships">'
    f'<Relationship Id="rId1" Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    f'xmlns:r="{_DOC_RELS}">'
    '<sheets><sheet name="Casussen" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}relationships">'
    f'<Relationship Id="rId1" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def _workbook(sheet_body: bytes | str, shared: bytes | str = "", dimension: str = "") -> bytes:
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    if isinstance(sheet_body, str):
        sheet_body = sheet_body.encode()
    if isinstance(shared, str):
        shared = shared.encode()
    dim = f'<dimension ref="{dimension}"/>'.encode() if dimension else b""
    sheet = b'<?xml version="1.0"?><worksheet ' + ns.encode() + b">" + dim
    sheet += b"<sheetData>" + sheet_body + b"</sheetData></worksheet>"
    strings = b'<?xml version="1.0"?><sst ' + ns.encode() + b">" + shared + b"</sst>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/sharedStrings.xml", strings)
    return buffer.getvalue()


def _inline_row(number: int, *values: str) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def test_a_shared_string_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = b"<si><t>" + b"A" * (300 * 1024 * 1024) + b"</t></si>"  # 300 MiB unpacked
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_workbook(_inline_row(1, "client"), shared=huge))
    huge = b""
    assert path.stat().st_size < 2 * 1024 * 1024

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    assert _code(path) == "xlsx_too_big"


def test_a_row_number_used_again_is_refused(tmp_path: Path) -> None:
    body = _inline_row(1, *HEADER.split(";")) + _inline_row(2, *ROW.split(";")) * 200_000
    path = tmp_path / "rows.xlsx"
    path.write_bytes(_workbook(body))
    (problem,) = _refused(path).problems  # at the first row number that comes again
    assert (problem.code, problem.row) == ("xlsx_row_order", 2)


def test_a_sheet_that_claims_every_column_is_not_padded_to_them(tmp_path: Path) -> None:
    rows = [_inline_row(1, *HEADER.split(";"))]
    rows += [_inline_row(n, *ROW.split(";")) for n in range(2, 2002)]
    path = tmp_path / "wide.xlsx"
    path.write_bytes(_workbook("".join(rows), dimension="A1:XFD1048576"))
    table = read_caseload(path)
    assert len(table.rows) == 2000
    assert {len(row.cells) for row in table.rows} == {9}  # not 16,384
    wide = '<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>'
    path.write_bytes(_workbook(wide))
    assert _code(path) == "too_many_columns"


def test_too_many_rows_are_counted_as_they_are_read(tmp_path: Path) -> None:
    body = _inline_row(1, "client") + "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>A</t></is></c></row>'
        for n in range(2, 100_004)
    )
    path = tmp_path / "many.xlsx"
    path.write_bytes(_workbook(body))
    assert _code(path) == "too_many_rows"


# -- overlong cells, escape codes, impossible dates -------------------------------------------


def test_an_overlong_csv_cell_is_named_with_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    long_row = ROW.replace("pesten", "p" * (MAX_CELL_CHARS + 1))
    path.write_text("\n".join([HEADER, ROW, long_row]), encoding="utf-8")
    (problem,) = _refused(path).problems
    assert (problem.code, problem.row, problem.column) == ("cell_too_long", 3, "F")
    assert "131072" in problem.describe("en")


def test_an_overlong_xlsx_cell_is_named_with_its_limit(tmp_path: Path) -> None:
    body = _inline_row(1, *HEADER.split(";")) + _inline_row(
        2, "ACME", "", "05-01-2026", "", "x" * (MAX_CELL_CHARS + 5)
    )
    path = tmp_path / "long.xlsx"
    path.write_bytes(_workbook(body))
    (problem,) = _refused(path).problems
    assert (problem.code, problem.row, problem.column) == ("cell_too_long", 2, "E")


def test_terminal_escape_codes_from_a_file_are_printed_escaped(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    path = tmp_path / "escape.csv"
    evil = "\x1b]0;pwned\x07\x1b[2J\x1b[31mROOD"
    path.write_text("\n".join([HEADER, ROW.replace("ACME", evil)]), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(["import", "--db", str(vault_path), "--file", str(path), "--passphrase-stdin"])
    assert code != 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b" in err and "ROOD" in err


def test_a_case_opened_before_1990_is_refused(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction() as s:
        clients.create_client(s, clients.ClientData(code="ACME", name="Acme"))
    path = tmp_path / "old.csv"
    path.write_text("\n".join([HEADER, ROW.replace("05-01-2026", "05-01-1000")]), "utf-8")
    table = read_caseload(path)
    with pytest.raises(ImportRefused) as raised, vault.transaction() as s:
        import_caseload(s, table)
    (problem,) = raised.value.problems
    assert (problem.code, problem.column) == ("date_too_early", "opened")
    assert "1990" in problem.describe("en")
