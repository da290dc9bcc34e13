"""Locking in a working day: the real, full set of sections, drafts that survive a failing
section, Esc on the lock screen, a lock during a running backup, and the clipboard."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.cases_helpers import add_case, add_client
from vp_desktop.services import drafts as drafts_service
from vp_desktop.services import settings as settings_service
from vp_desktop.services.data_safety import backup
from vp_desktop.store.vault import Vault
from vp_desktop.ui.app import SECTIONS
from vp_desktop.ui.casework.cases_section import CasesSection
from vp_desktop.ui.data_safety.backup_dialogs import BackupDialog
from vp_desktop.ui.professional_development.pe_section import PeSection
from vp_desktop.ui.shared.background import running_operations
from vp_desktop.ui.shell.main_window import MainWindow

SIGNAL_TIMEOUT = 20_000


@pytest.fixture
def practice(vault) -> dict[str, int]:
    client = add_client(vault, "ACME", "Acme Zorg")
    case = add_case(vault, client, notes="eerste gesprek")
    return {"client": client, "case": case}


def build_window(qtbot, workspace, qsettings, sections) -> MainWindow:
    window = MainWindow(workspace, sections, qsettings, idle_ms=600_000)

    def discard(w: MainWindow) -> None:
        if w.workspace.is_open:
            for section in w.sections.values():
                section.discard_changes()

    qtbot.addWidget(window, before_close_func=discard)
    window.start()
    window.show()
    return window


@pytest.fixture
def window(qtbot, workspace, qsettings, practice) -> MainWindow:
    """The window as the app builds it: every section of the sidebar, on a new vault (no PE
    cycle start set yet)."""
    window = build_window(qtbot, workspace, qsettings, [make(workspace) for make in SECTIONS])
    window.request_client(practice["client"])
    return window


@pytest.fixture
def work_window(qtbot, workspace, qsettings, practice) -> MainWindow:
    """The window without the PE section, whose progress panel has its own widget-lifetime
    tests: this one is about the lock and the background work only."""
    sections = [make(workspace) for make in SECTIONS if make is not PeSection]
    window = build_window(qtbot, workspace, qsettings, sections)
    window.request_client(practice["client"])
    return window


def cases_of(window: MainWindow) -> CasesSection:
    section = window.sections["cases"]
    assert isinstance(section, CasesSection)
    return section


def unlock(qtbot, window: MainWindow, passphrase: str) -> None:
    dialog = window.lock.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.lock.unlocked):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_every_section_survives_lock_and_unlock_with_the_edit_kept(
    qtbot, window, workspace, passphrase, practice
) -> None:
    for key in window.sections:  # each section has been on screen, the PE section last
        window.show_section(key)
    window.show_section("cases")
    cases = cases_of(window)
    cases.navigate({"case_id": practice["case"]})
    cases.editor.fields.notes.setPlainText("nog niet opgeslagen zin")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked and not workspace.is_open

    unlock(qtbot, window, passphrase)
    assert cases.editor.fields.notes.toPlainText() == "nog niet opgeslagen zin"
    assert window.current_section_key() == "cases"
    assert window.lock.idle_timer.isActive()
    with workspace.session() as session:
        assert drafts_service.load_drafts(session) == {}  # restored once, then gone


def test_a_section_that_fails_after_unlock_keeps_its_draft_and_auto_lock_stays_on(
    qtbot, window, workspace, passphrase, practice, monkeypatch
) -> None:
    cases = cases_of(window)
    window.show_section("cases")
    cases.navigate({"case_id": practice["case"]})
    cases.editor.fields.notes.setPlainText("zin die niet verloren mag gaan")
    settings = window.sections["settings"]
    window.lock.lock()

    def broken(_draft: dict[str, Any]) -> None:
        raise RuntimeError("a bug in one section")

    monkeypatch.setattr(cases, "restore_draft", broken)
    dialog = window.lock.dialog
    assert dialog is not None
    dialog.passphrase.setText(passphrase)
    with qtbot.capture_exceptions() as raised, qtbot.waitSignal(window.lock.unlocked):
        dialog.try_unlock()
    assert [kind for kind, *_ in raised] == [RuntimeError]  # the error guard says so
    assert window.lock.idle_timer.isActive()  # auto-lock did not silently switch off
    with workspace.session() as session:
        kept = drafts_service.load_drafts(session)
    assert "zin die niet verloren mag gaan" in json.dumps(kept["cases"], ensure_ascii=False)
    assert "_shell" not in kept and settings.key not in kept

    monkeypatch.undo()  # the next unlock (the bug fixed) gives the edit back
    window.lock.lock()
    unlock(qtbot, window, passphrase)
    assert cases.editor.fields.notes.toPlainText() == "zin die niet verloren mag gaan"


def test_escape_on_the_lock_screen_never_ends_the_app(qtbot, window, passphrase) -> None:
    window.lock.lock()
    dialog = window.lock.dialog
    assert dialog is not None
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.lock.dialog is None)
    assert window.isVisible() and window.lock.is_locked
    assert window.unlock_button.isVisible()

    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)  # the dialog comes back
    dialog = window.lock.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)  # the explicit way out
    assert not window.isVisible()


def test_lock_during_a_backup_waits_for_it_and_reports_the_real_outcome(
    qtbot, work_window, workspace, vault, prompts, passphrase, practice, tmp_path: Path, monkeypatch
) -> None:
    release = threading.Event()
    real_backup = backup.make_backup

    def slow_backup(*args: Any, **kwargs: Any) -> Any:
        release.wait(SIGNAL_TIMEOUT / 1000)
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(backup, "make_backup", slow_backup)
    cases = cases_of(work_window)
    work_window.show_section("cases")
    cases.navigate({"case_id": practice["case"]})
    cases.editor.fields.notes.setPlainText("getypt tijdens de back-up")
    dialog = BackupDialog(vault, prompts, work_window, start_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.passphrase.setText(passphrase)
    dialog.make_button.click()
    assert dialog.busy and running_operations().running() == 1

    work_window.lock.lock()  # e.g. the idle timer, in the middle of the backup
    assert work_window.lock.is_locked and work_window.lock.is_closing
    assert not dialog.isVisible()  # nothing of the practice stays on screen
    assert cases.editor.fields.notes.toPlainText() == ""
    assert workspace.is_open  # the vault is not pulled away from under the backup
    assert work_window.lock.dialog is None and not work_window.unlock_button.isEnabled()
    assert "Back-up maken" in work_window.lock_waiting.text()

    with qtbot.waitSignal(work_window.lock.locked, timeout=SIGNAL_TIMEOUT):
        release.set()
    assert not workspace.is_open and work_window.lock.dialog is not None
    assert running_operations().running() == 0

    unlock(qtbot, work_window, passphrase)
    assert cases.editor.fields.notes.toPlainText() == "getypt tijdens de back-up"
    with workspace.session() as session:
        assert settings_service.load(session).last_backup_at is not None
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _t, _x in prompts.asked))
    told = [text for kind, _title, text in prompts.asked if kind == "info"]
    assert "Back-up maken: gelukt." in told[-1]
    assert work_window.lock.dialog is None  # the unlock dialog is gone before the message


def test_copied_text_leaves_the_clipboard_after_the_set_time(qtbot, window) -> None:
    window.lock.set_clipboard_seconds(1)
    window.activateWindow()
    QApplication.clipboard().setText("tekst uit een casus")
    assert window.lock.clipboard_timer.isActive()
    assert window.lock.clipboard_timer.interval() == 1000
    with qtbot.waitSignal(window.lock.clipboard_timer.timeout, timeout=5000):
        pass
    assert QApplication.clipboard().text() == ""


def test_the_clipboard_time_is_a_setting(qtbot, window) -> None:
    window.show_section("settings")
    settings = window.sections["settings"]
    spin = settings.numbers["clipboard_clear_seconds"]
    spin.setValue(45)
    assert settings.save_changes()
    assert window.lock.clipboard_timer.interval() == 45_000
    spin.setValue(0)
    assert spin.text() == "bij vergrendelen"


def test_the_open_case_comes_back_after_unlock_without_an_edit(
    qtbot, window, passphrase, practice, vault
) -> None:
    closed = add_case(
        vault,
        practice["client"],
        closed_on=dt.date.today() - dt.timedelta(days=3),
        outcome="referred",
    )
    cases = cases_of(window)
    window.show_section("cases")
    cases.navigate({"case_id": closed})
    sizes = cases.splitter.sizes()
    cases.navigate({"case_id": practice["case"]})  # an open case: the divider stays put
    assert cases.splitter.sizes() == sizes
    window.lock.lock()
    unlock(qtbot, window, passphrase)
    assert cases.editor.case_id == practice["case"]
    assert not cases.has_unsaved_changes()
    assert cases.splitter.sizes() == sizes


def test_ctrl_l_locks_over_a_modal_dialog_too(qtbot, window, workspace, vault, prompts) -> None:
    dialog = BackupDialog(vault, prompts, window)
    qtbot.addWidget(dialog)
    dialog.open()  # window-modal: Qt gives the main window's shortcuts no keys now
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked and not workspace.is_open
    assert not dialog.isVisible()


def test_quitting_while_the_lock_waits_finishes_the_work_and_keeps_the_edit(
    qtbot, work_window, workspace, vault, prompts, passphrase, practice, tmp_path, monkeypatch
) -> None:
    release = threading.Event()
    real_backup = backup.make_backup

    def slow_backup(*args: Any, **kwargs: Any) -> Any:
        release.wait(SIGNAL_TIMEOUT / 1000)
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(backup, "make_backup", slow_backup)
    cases = cases_of(work_window)
    work_window.show_section("cases")
    cases.navigate({"case_id": practice["case"]})
    cases.editor.fields.notes.setPlainText("nog te bewaren")
    dialog = BackupDialog(vault, prompts, work_window, start_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.passphrase.setText(passphrase)
    dialog.make_button.click()
    work_window.lock.lock()
    assert work_window.lock.is_closing
    threading.Timer(0.2, release.set).start()
    qtbot.mouseClick(work_window.quit_button, Qt.MouseButton.LeftButton)  # "App afsluiten"
    assert not work_window.isVisible() and work_window.lock.dialog is None
    assert not workspace.is_open and running_operations().running() == 0
    with Vault.open(vault.path, passphrase) as reopened, reopened.session() as session:
        kept = drafts_service.load_drafts(session)
        assert settings_service.load(session).last_backup_at is not None
    assert "nog te bewaren" in json.dumps(kept["cases"], ensure_ascii=False)


def test_a_backup_failing_while_the_lock_waits_is_reported_after_unlock(
    qtbot, work_window, workspace, vault, prompts, passphrase, practice, tmp_path: Path, monkeypatch
) -> None:
    release = threading.Event()
    real_backup = backup.make_backup

    def slow_backup(*args: Any, **kwargs: Any) -> Any:
        release.wait(SIGNAL_TIMEOUT / 1000)
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(backup, "make_backup", slow_backup)
    dialog = BackupDialog(vault, prompts, work_window, start_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.target.setText(str(tmp_path / "x-nonexistent" / "sub" / "backup.vpvault"))
    dialog.passphrase.setText(passphrase)
    dialog.make_button.click()
    work_window.lock.lock()
    with qtbot.waitSignal(work_window.lock.locked, timeout=SIGNAL_TIMEOUT):
        release.set()

    unlock(qtbot, work_window, passphrase)
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _t, _x in prompts.asked))
    told = [text for kind, _title, text in prompts.asked if kind == "info"][-1]
    assert told.startswith("Terwijl de kluis vergrendeld was, is dit afgerond:")
    assert "Back-up maken: niet gelukt." in told
    assert "bestaat niet" in told  # the backup's own sentence, not a generic one
    with workspace.session() as session:
        assert settings_service.load(session).last_backup_at is None


def test_a_backup_that_failed_just_before_the_lock_is_still_reported_after_unlock(
    qtbot, work_window, workspace, vault, prompts, passphrase, practice, tmp_path: Path
) -> None:
    dialog = BackupDialog(vault, prompts, work_window, start_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.target.setText(str(tmp_path / "x-nonexistent" / "sub" / "backup.vpvault"))
    dialog.passphrase.setText(passphrase)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and running_operations().running() == 0)
    work_window.lock.lock()  # Ctrl+L at once: the failure was on screen only for a moment
    assert not dialog.isVisible()

    unlock(qtbot, work_window, passphrase)
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _t, _x in prompts.asked))
    told = [text for kind, _title, text in prompts.asked if kind == "info"][-1]
    assert "Back-up maken: niet gelukt." in told
    assert "bestaat niet" in told
