"""Working with the desktop: the vault locks with the screen and before sleep, Caps Lock is
said on passphrase fields, a Help menu, closing the vault to open another, and opening a vault
file given on the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.cases_helpers import add_client
from vp_desktop import __version__
from vp_desktop.cli import COMMANDS, build_parser
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shared.passphrase_widgets import UnlockDialog
from vp_desktop.ui.shell.main_window import MainWindow
from vp_desktop.ui.shell.session_watch import SessionWatch
from vp_desktop.ui.shell.settings_section import SettingsSection


@pytest.fixture
def window(qtbot, workspace, qsettings, vault) -> MainWindow:
    add_client(vault, "ACME", "Acme Zorg")
    window = MainWindow(workspace, [SettingsSection(workspace)], qsettings, idle_ms=600_000)
    qtbot.addWidget(window)
    window.start()
    window.show()
    return window


def test_the_vault_locks_when_the_screen_locks_or_the_laptop_sleeps(qtbot, window, passphrase):
    watch = window.lock.session_watch
    watch.screensaver_changed(False)  # the screensaver ending is no reason to lock
    assert not window.lock.is_locked
    watch.screensaver_changed(True)
    assert window.lock.is_locked
    dialog = window.lock.dialog
    assert dialog is not None
    dialog.passphrase.setText(passphrase)
    dialog.try_unlock()
    watch.sleep_coming(False)  # waking up
    assert not window.lock.is_locked
    watch.sleep_coming(True)
    assert window.lock.is_locked


def test_without_a_bus_the_watch_stays_quiet(qtbot) -> None:
    watch = SessionWatch()  # no session or system bus here: no error, no message
    assert isinstance(watch.listening, list)


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_caps_lock_is_said_on_a_passphrase_field(qtbot, vault_path: Path) -> None:
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.passphrase.caps_lock
    qtbot.keyClicks(dialog.passphrase, "wACHT")  # capitals typed without Shift
    assert warning.caps_on and dialog.passphrase.toolTip() == "Caps Lock staat aan."
    qtbot.keyClick(dialog.passphrase, "a")
    assert not warning.caps_on and dialog.passphrase.toolTip() == ""
    qtbot.keyClick(dialog.passphrase, "B", Qt.KeyboardModifier.ShiftModifier)
    assert not warning.caps_on  # Shift and a capital: as meant


def test_help_menu_has_the_guide_and_about(qtbot, window, prompts, vault_path) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    window.help_menu.about_action.trigger()
    kind, _title, text = prompts.asked[-1]
    assert kind == "info" and __version__ in text and "MIT" in text and str(vault_path) in text
    window.help_menu.guide_action.trigger()
    guide = window.help_menu.guide
    assert guide is not None and guide.isVisible()
    assert "VP Desktop" in guide.browser.toPlainText()
    # The Dutch UI opens the Dutch guide, in the formal "u".
    assert guide.browser.toPlainText().startswith("VP Desktop voor vertrouwenspersonen")
    assert "uw eigen laptop" in guide.browser.toPlainText()


def test_close_vault_goes_back_to_the_start_screen(qtbot, prompts, qsettings, passphrase,
                                                    vault_path, vault) -> None:  # fmt: skip
    from vp_desktop.ui.app import Shell

    vault.close()
    shell = Shell(qsettings, prompts=prompts, idle_ms=600_000)
    qtbot.addWidget(shell.start_screen)
    shell.start(vault_path)  # as `vp-desktop PATH` or a double-click does
    dialog = shell.start_screen.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.path == vault_path
    dialog.passphrase.setText(passphrase)
    dialog.try_unlock()
    window = shell.window
    assert window is not None and shell.workspace is not None
    workspace = shell.workspace
    assert window.isVisible() and not shell.start_screen.isVisible()

    window.close_vault_action.trigger()  # the window deletes itself on close
    assert shell.window is None and shell.workspace is None
    assert shell.start_screen.isVisible()
    assert not workspace.is_open


def test_unsaved_changes_at_close_vault_are_asked_under_that_name(
    qtbot, prompts, qsettings, passphrase, vault_path, vault, monkeypatch
) -> None:
    from vp_desktop.ui.app import Shell
    from vp_desktop.ui.shared.prompts import Choice

    vault.close()
    shell = Shell(qsettings, prompts=prompts, idle_ms=600_000)
    qtbot.addWidget(shell.start_screen)
    shell.start(vault_path)
    dialog = shell.start_screen.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(passphrase)
    dialog.try_unlock()
    window = shell.window
    assert window is not None
    section = next(iter(window.sections.values()))
    monkeypatch.setattr(section, "has_unsaved_changes", lambda: True)
    prompts.queue(Choice.CANCEL)
    window.close_vault_action.trigger()
    assert prompts.asked[-1][:2] == ("save_discard_cancel", "Kluis sluiten")
    assert shell.window is window and window.isVisible()  # cancelled: the vault stays open
    monkeypatch.undo()
    window.close()


def test_a_vault_file_on_the_command_line_opens_the_app(monkeypatch, vault_path) -> None:
    import vp_desktop.cli as cli

    opened: list[Path | None] = []
    monkeypatch.setattr(cli, "_run_gui", lambda path=None: opened.append(path) or 0)
    assert cli.main([str(vault_path)]) == 0
    assert opened == [vault_path]
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices  # noqa: SLF001
    assert set(commands) == set(COMMANDS)  # a vault file is never mistaken for a command


def test_the_demo_practice_says_so_in_the_window_title(qtbot, qsettings, prompts, tmp_path,
                                                       passphrase, workspace) -> None:  # fmt: skip
    from vp_desktop.services import settings as settings_service
    from vp_desktop.services.demo.practice_vault import DemoSpec, create_demo_vault
    from vp_desktop.ui.shell.workspace import Workspace

    with workspace.session() as session:  # an adviser's own vault is no demo
        assert not settings_service.is_demo_practice(session)
    path = tmp_path / "demo.vpvault"
    create_demo_vault(path, passphrase, DemoSpec(seed=3, clients=2, cases=6))
    with Vault.open(path, passphrase) as demo_vault:
        demo = Workspace(demo_vault, prompts)
        window = MainWindow(demo, [SettingsSection(demo)], qsettings, idle_ms=600_000)
        qtbot.addWidget(window)
        assert "DEMOPRAKTIJK" in window.windowTitle()
        with demo_vault.session() as session:
            assert settings_service.is_demo_practice(session)
        window.close()


def test_qts_own_file_dialog_speaks_dutch(qtbot) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    from vp_desktop.ui import i18n
    from vp_desktop.ui.i18n import compile_translations

    compile_translations()  # as set-up does: our words for what Qt's catalogue leaves out
    i18n.install_language("nl")
    dialog = QFileDialog(None, "Kluis openen", "", "Kluis van VP Desktop (*.vpvault)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestands&type:"
    assert labels["fileNameLabel"].replace("&", "") == "Bestandsnaam:"


DBUS_CHECK = """
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
assert bus.registerService("org.freedesktop.ScreenSaver")  # play the desktop's screensaver
from vp_desktop.ui.shell.session_watch import SessionWatch
watch = SessionWatch()
got = []
watch.lock_requested.connect(lambda: got.append(True))
signal = QDBusMessage.createSignal(
    "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
)
signal.setArguments([True])
bus.send(signal)
QTimer.singleShot(3000, app.quit)
watch.lock_requested.connect(app.quit)
app.exec()
print("LOCK" if got else "NO LOCK")
"""


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="no dbus-run-session")
def test_a_real_screensaver_signal_on_the_session_bus_asks_for_the_lock(tmp_path) -> None:
    script = tmp_path / "screensaver.py"
    script.write_text(DBUS_CHECK, encoding="utf-8")
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip().endswith("LOCK") and "NO LOCK" not in result.stdout, (
        result.stdout + result.stderr
    )
