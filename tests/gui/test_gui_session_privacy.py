"""A whole GUI session leaves no case content outside the vault and never touches the network.

Home and temp point into the test's own folders; the session opens the practice, shows a case,
previews an annual report, exports nothing and locks. Afterwards every file that appeared under
home or temp is read: only the encrypted vault (and its companions) may exist with case data, and
no file, log record or QSettings value holds a canary. Every socket use fails the test.

A second session views attachments and exports through the real buttons and file dialog (the
caseload, the annual report, the overview, an offboarding) while the temporary folder is watched
(`tests/support/privacy_watch.py`): no canary there at any moment, nothing left behind, and each
export holds only the canaries it is for. The process side (core dumps, the X11 selection) is in
`test_session_privacy_process.py`.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import socket
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.gui.conftest import ScriptedPrompts
from tests.support.privacy_watch import TempWatch, canaries_in, files_under
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.casework import attachments, cases, contacts
from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import vaults
from vp_desktop.services.signals import advice
from vp_desktop.store.vault import Vault
from vp_desktop.ui.app import Shell
from vp_desktop.ui.caseload_io.export_dialog import ExportDialog
from vp_desktop.ui.data_safety.offboard_dialog import OffboardDialog
from vp_desktop.ui.shared.prompts import Prompts

CANARIES = ("Kanarie7719meldernaam", "Kanarie7719notitie", "Kanarie7719gesprek")
TODAY = dt.date.today()


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    yield home, temp


@pytest.fixture
def network_refused(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., NoReturn]:
        def fail(*args: object, **kwargs: object) -> NoReturn:
            attempts.append(name)
            raise OSError(f"network use during a GUI session: {name}")

        return fail

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


@pytest.fixture
def session_log() -> Iterator[list[str]]:
    """Every log line of the session, at every level."""
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler, root = Keep(logging.DEBUG), logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield lines
    root.removeHandler(handler)
    root.setLevel(old_level)


def _files(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*") if p.is_file()}


def test_a_whole_session_keeps_everything_inside_the_vault(
    qtbot: QtBot,
    sandbox: tuple[Path, Path],
    network_refused: list[str],
    session_log: list[str],
    screenshot_dir: Path,
) -> None:
    home, temp = sandbox
    before = _files(home, temp)
    settings_file = home / ".config" / "vp-desktop.ini"
    settings_file.parent.mkdir()
    qsettings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    prompts = ScriptedPrompts()
    shell = Shell(qsettings, prompts=prompts, idle_ms=600_000)
    qtbot.addWidget(shell.start_screen)

    # Create the practice, as the start screen does, in the user's data folder.
    vault_path = vaults.default_vault_path()
    vault_path.parent.mkdir(parents=True)
    vault = vaults.create_vault(vault_path, PASSPHRASE, PASSPHRASE)
    with vault.transaction() as s:
        client = clients.create_client(s, clients.ClientData(code="ACME", name="Acme Zorg"))
        case = cases.create_case(
            s,
            client.id,
            cases.CaseData(
                opened_on=dt.date(TODAY.year, 1, 2),
                track="unwanted_behaviour",
                categories=["bullying"],
                melder_name=CANARIES[0],
                notes=CANARIES[1],
            ),
        )
        contacts.add_contact(
            s,
            client.id,
            case.id,
            contacts.ContactData(dt.date(TODAY.year, 1, 2), 45, "phone", CANARIES[2]),
        )
        report_texts.save_texts(
            s, client.id, TODAY.year, report_texts.ReportTexts(introduction="Inleiding")
        )

    shell.open_vault(vault)
    window = shell.window
    assert window is not None
    qtbot.addWidget(window, before_close_func=lambda w: w.close_without_asking())
    window.request_client(client.id)
    window.show_section("cases")
    window.navigate("cases", client.id, {"case_id": case.id})
    window.show_section("reports")
    reports = window.sections["reports"]
    reports.update_preview()  # type: ignore[attr-defined]
    qtbot.wait(50)
    window.grab().save(str(screenshot_dir / "privacy_session.png"))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked and not vault.is_open
    qsettings.sync()

    created = _files(home, temp) - before
    vault_files = {vault_path, *(Path(f"{vault_path}{s}") for s in ("-wal", "-shm", ".lock"))}
    assert created - vault_files <= {settings_file}, sorted(map(str, created))
    for path in created:
        data = path.read_bytes()
        for canary in CANARIES:
            assert canary.encode() not in data, f"{canary} in {path}"
            assert canary.encode("utf-16-le") not in data, f"{canary} in {path}"
    for canary in CANARIES:
        assert all(canary not in line for line in session_log)
        for key in qsettings.allKeys():
            assert canary not in str(qsettings.value(key))
    assert network_refused == []
    assert "PySide6.QtNetwork" not in sys.modules


# -- exports, the attachment viewer and the temporary folder ------------------------------

MELDER, NOTE, TALK = CANARIES
CLIENT = "Kanarie7719klant"  # in the name of the client the session works for
OTHER_CLIENT = "Kanarie7719andereklant"
OTHER_NOTE = "Kanarie7719anderenotitie"  # a case of the other client
ATTACHED = "Kanarie7719bijlage"  # inside a text attachment
ATTACHED_PDF = "Kanarie7719pdfbijlage"  # inside a PDF attachment
ADVICE = "Kanarie7719advies"  # the advice log of the other client, handed over at offboarding
CASE_TEXT = (MELDER, NOTE, TALK, OTHER_NOTE, ATTACHED, ATTACHED_PDF)
ACME_ONLY = {MELDER, NOTE, TALK, ATTACHED, ATTACHED_PDF, CLIENT}
EVERY_CANARY = (*CASE_TEXT, ADVICE, CLIENT, OTHER_CLIENT)


class FileDialogPrompts(ScriptedPrompts):
    """Scripted answers to questions; files are chosen through the app's own file dialog."""

    open_file = Prompts.open_file
    save_file = Prompts.save_file
    folder = Prompts.folder


@pytest.fixture
def chosen_files(monkeypatch: pytest.MonkeyPatch) -> deque[Path]:
    """The app's real file dialog is built and configured; only the adviser's pick is scripted."""
    picks: deque[Path] = deque()
    monkeypatch.setattr(QFileDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda _self: [str(picks.popleft())])
    return picks


def _pdf_with(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return out.getvalue()


def _practice(vault_path: Path) -> tuple[Vault, int, int, int]:
    vault = vaults.create_vault(vault_path, PASSPHRASE, PASSPHRASE)
    with vault.transaction() as s:
        acme = clients.create_client(s, clients.ClientData(code="ACME", name=f"{CLIENT} Zorg"))
        bolt = clients.create_client(s, clients.ClientData(code="BOLT", name=f"{OTHER_CLIENT} BV"))
        opened = dt.date(TODAY.year, 1, 2)
        case = cases.create_case(
            s,
            acme.id,
            cases.CaseData(opened_on=opened, track="unwanted_behaviour", categories=["bullying"],
                           melder_name=MELDER, notes=NOTE),
        )  # fmt: skip
        contacts.add_contact(s, acme.id, case.id, contacts.ContactData(opened, 45, "phone", TALK))
        attachments.add_attachment(s, acme.id, case.id, "gesprek.txt", ATTACHED.encode())
        attachments.add_attachment(s, acme.id, case.id, "verslag.pdf", _pdf_with(ATTACHED_PDF))
        cases.create_case(
            s,
            bolt.id,
            cases.CaseData(opened_on=opened, track="integrity", categories=["fraud"],
                           notes=OTHER_NOTE),
        )  # fmt: skip
        advice.add_advice(s, bolt.id, advice.AdviceData(opened, "policy", ADVICE))
        report_texts.save_texts(
            s, acme.id, TODAY.year, report_texts.ReportTexts(introduction="Inleiding")
        )
    return vault, acme.id, bolt.id, case.id


def test_exports_and_the_attachment_viewer_leave_nothing_in_the_temporary_folder(
    qtbot: QtBot,
    sandbox: tuple[Path, Path],
    network_refused: list[str],
    session_log: list[str],
    chosen_files: deque[Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    home, temp = sandbox
    state = tmp_path / "state"
    monkeypatch.setenv("VP_DESKTOP_STATE_DIR", str(state))
    out = tmp_path / "exports"
    out.mkdir()
    before = files_under(home, temp, out)
    watch = TempWatch(temp, EVERY_CANARY, monkeypatch)
    settings_file = home / ".config" / "vp-desktop.ini"
    settings_file.parent.mkdir()
    qsettings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    prompts = FileDialogPrompts()
    shell = Shell(qsettings, prompts=prompts, idle_ms=600_000)
    qtbot.addWidget(shell.start_screen)
    vault_path = vaults.default_vault_path()
    vault_path.parent.mkdir(parents=True)
    try:
        with watch.step_named("open the practice, view the attachments"):
            vault, acme, bolt, case_id = _practice(vault_path)
            shell.open_vault(vault)
            window = shell.window
            assert window is not None
            qtbot.addWidget(window, before_close_func=lambda w: w.close_without_asking())
            window.request_client(acme)
            window.show_section("cases")
            window.navigate("cases", acme, {"case_id": case_id})
            panel = window.sections["cases"].editor.attachments  # type: ignore[attr-defined]
            shown = {}
            for row in range(panel.model.rowCount()):
                panel.table.selectRow(row)
                qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
                shown[panel.viewer.shown_kind()] = row
            assert set(shown) == {"text", "pdf"}
            panel.table.selectRow(shown["text"])
            qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
            assert panel.viewer.text_view.toPlainText() == ATTACHED
            # The adviser copies from the case; the X11 selection follows what is selected.
            clipboard = QApplication.clipboard()
            clipboard.setText(NOTE)
            if clipboard.supportsSelection():
                clipboard.setText(MELDER, QClipboard.Mode.Selection)

        exported: dict[str, Path] = {}
        for name, fmt, identifying in (
            ("caseload.csv", "csv", True),
            ("caseload.xlsx", "xlsx", True),
            ("caseload-registratie.csv", "csv", False),
        ):
            with watch.step_named(f"caseload export {name}"):
                window.data_menu.export_action.trigger()
                dialog = window.data_menu.active_dialog
                assert isinstance(dialog, ExportDialog)
                assert dialog.selected_client()[0] == acme
                (dialog.xlsx if fmt == "xlsx" else dialog.csv).setChecked(True)
                dialog.identifying.setChecked(identifying)
                chosen_files.append(out / name)
                qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
                exported[name] = out / name
                assert exported[name].is_file(), prompts.asked[-1]

        window.show_section("reports")
        reports = window.sections["reports"]
        years = reports.year_combo  # type: ignore[attr-defined]
        years.setCurrentIndex(years.findData(TODAY.year))
        for name in ("jaarverslag.pdf", "jaarverslag.json", "jaarverslag.csv"):
            with watch.step_named(f"annual report {name}"):
                chosen_files.append(out / name)
                prompts.queue(True)  # yes, the file may stand outside the vault
                qtbot.mouseClick(reports.export_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
                exported[name] = out / name
                assert exported[name].is_file(), prompts.asked[-1]
        for name in ("overzicht.xlsx", "overzicht.csv"):
            with watch.step_named(f"overview {name}"):
                chosen_files.append(out / name)
                prompts.queue(True)
                qtbot.mouseClick(reports.overview_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
                exported[name] = out / name
                assert exported[name].is_file(), prompts.asked[-1]

        with watch.step_named("offboarding the other client"):
            window.request_client(bolt)
            window.data_menu.offboard_action.trigger()
            offboard = window.data_menu.active_dialog
            assert isinstance(offboard, OffboardDialog)
            handed_over = out / "overdracht"
            handed_over.mkdir()
            chosen_files.append(handed_over)
            qtbot.mouseClick(offboard.browse, Qt.MouseButton.LeftButton)
            offboard.code.setText("BOLT")
            prompts.queue(True)  # everything of BOLT goes, for good
            with qtbot.waitSignal(offboard.offboarded, timeout=20_000):
                qtbot.mouseClick(offboard.offboard_button, Qt.MouseButton.LeftButton)
            offboard.close()

        with watch.step_named("lock"):
            window.activateWindow()
            qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
            assert window.lock.is_locked and not vault.is_open
        qsettings.sync()
    finally:
        watch.close()

    # The temporary folder never held a canary, and nothing came and went there unread.
    assert watch.hits == []
    assert watch.left_behind() == set()
    assert watch.unseen() == set()
    assert watch.made == [], "temporary files were made during the session"

    # The exports hold what they are for, and nothing else.
    found = {name: canaries_in(path.read_bytes(), EVERY_CANARY) for name, path in exported.items()}
    for name in ("caseload.csv", "caseload.xlsx"):
        assert {MELDER, NOTE} <= found[name], name
        assert not found[name] & {OTHER_NOTE, OTHER_CLIENT, ATTACHED, ATTACHED_PDF}, name
    assert not found["caseload-registratie.csv"] & set(CASE_TEXT)
    for name in ("jaarverslag.pdf", "jaarverslag.json", "jaarverslag.csv"):
        assert not found[name] & {*CASE_TEXT, OTHER_CLIENT}, name
    for name in ("overzicht.xlsx", "overzicht.csv"):
        assert found[name] & {*CASE_TEXT, ADVICE} == set(), name
        assert {CLIENT, OTHER_CLIENT} <= found[name], name
    handover = {p: canaries_in(p.read_bytes(), EVERY_CANARY) for p in files_under(handed_over)}
    assert any(ADVICE in held for held in handover.values())  # the advice log went along
    for path, held in handover.items():
        assert not held & ACME_ONLY, path
    exported.update({p.name: p for p in handover})

    # Every other file the session wrote, anywhere it could write, holds no canary.
    vault_files = {vault_path, *(Path(f"{vault_path}{s}") for s in ("-wal", "-shm", ".lock"))}
    for path in files_under(home, temp, out, state) - before - vault_files - set(exported.values()):
        assert canaries_in(path.read_bytes(), EVERY_CANARY) == set(), path

    # After the lock the clipboard, and the X11 selection where there is one, hold no canary.
    clipboard = QApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        assert not any(c in clipboard.text(mode) for c in EVERY_CANARY), mode
    for canary in EVERY_CANARY:
        assert all(canary not in line for line in session_log)
    assert network_refused == []


def test_the_temporary_folder_watch_sees_plaintext_that_comes_and_goes(
    sandbox: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watch above is only worth something if it catches the leaks it is there for."""
    from openpyxl import Workbook
    from PySide6.QtCore import QTemporaryFile

    _home, temp = sandbox
    watch = TempWatch(temp, [NOTE, MELDER], monkeypatch)
    try:
        with watch.step_named("openpyxl"):  # its writer puts each sheet in a temporary file
            book = Workbook(write_only=True)
            book.create_sheet("casussen").append([NOTE])
            book.save(io.BytesIO())
        with watch.step_named("Qt"):  # written and removed by C++, out of Python's sight
            qt_file = QTemporaryFile()
            assert qt_file.open()
            assert qt_file.fileName()  # named now (Qt keeps an unnamed one out of every folder)
            qt_file.write(MELDER.encode("utf-16-le"))
            qt_file.close()
            del qt_file
    finally:
        watch.close()
    assert [(step, canary) for step, _path, canary in watch.hits] == [("openpyxl", NOTE)]
    assert [(step, made) for step, made, _caller in watch.made] == [
        ("openpyxl", "NamedTemporaryFile")
    ]
    assert len(watch.unseen()) == 1  # the Qt file, never read
    assert watch.left_behind() == set()
