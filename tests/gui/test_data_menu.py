"""The "Gegevens" menu opens the import and export dialogs for the active client, and a lock
takes an open dialog away with the vault."""

from __future__ import annotations

import pytest

from tests.gui.test_lock import practice  # noqa: F401 - shared fixture
from vp_desktop.ui.caseload_io.export_dialog import ExportDialog
from vp_desktop.ui.caseload_io.import_wizard import ImportWizard
from vp_desktop.ui.clients.dashboard_section import DashboardSection
from vp_desktop.ui.shell.main_window import MainWindow
from vp_desktop.ui.shell.settings_section import SettingsSection


@pytest.fixture
def window(qtbot, workspace, qsettings, practice, notes_section) -> MainWindow:  # noqa: F811
    """The main window with an idle time long enough never to lock during a test."""
    sections = [DashboardSection(workspace), notes_section, SettingsSection(workspace)]
    window = MainWindow(workspace, sections, qsettings, idle_ms=600_000)
    qtbot.addWidget(window, before_close_func=lambda _w: notes_section.discard_changes())
    window.start()
    window.show()
    window.request_client(practice["bolt"])
    return window


def test_import_action_opens_the_wizard(qtbot, window) -> None:  # noqa: F811
    window.data_menu.import_action.trigger()
    assert isinstance(window.data_menu.active_dialog, ImportWizard)
    assert window.data_menu.active_dialog.isVisible()


def test_export_action_preselects_the_active_client(qtbot, window, practice) -> None:  # noqa: F811
    window.request_client(practice["acme"])
    window.data_menu.export_action.trigger()
    dialog = window.data_menu.active_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.client.currentData() == practice["acme"]


def test_lock_closes_an_open_data_dialog(qtbot, window) -> None:  # noqa: F811
    window.data_menu.import_action.trigger()
    dialog = window.data_menu.active_dialog
    assert dialog is not None
    window.lock.lock()
    assert not dialog.isVisible()
    assert window.lock.is_locked


def test_safety_actions_open_their_dialogs(qtbot, window, practice) -> None:  # noqa: F811
    from vp_desktop.ui.data_safety.backup_dialogs import BackupDialog
    from vp_desktop.ui.data_safety.offboard_dialog import OffboardDialog
    from vp_desktop.ui.data_safety.passphrase_change_dialog import PassphraseChangeDialog
    from vp_desktop.ui.data_safety.retention_dialog import RetentionDialog

    menu = window.data_menu
    for action, kind in [
        (menu.backup_action, BackupDialog),
        (menu.passphrase_action, PassphraseChangeDialog),
        (menu.retention_action, RetentionDialog),
        (menu.offboard_action, OffboardDialog),
    ]:
        action.trigger()
        assert isinstance(menu.active_dialog, kind)
        menu.close_dialog()


def test_offboarding_needs_a_chosen_client(qtbot, window, prompts) -> None:  # noqa: F811
    window.request_client(None)
    window.data_menu.offboard_action.trigger()
    assert prompts.kinds() == ["info"]
    assert window.data_menu.active_dialog is None


def test_restore_locks_the_vault_first(qtbot, window, prompts, workspace) -> None:  # noqa: F811
    from vp_desktop.ui.data_safety.backup_dialogs import RestoreDialog

    prompts.queue(False)
    window.data_menu.restore_action.trigger()
    assert workspace.is_open and window.data_menu.active_dialog is None

    prompts.queue(True)
    window.data_menu.restore_action.trigger()
    assert window.lock.is_locked and not workspace.is_open
    assert isinstance(window.data_menu.active_dialog, RestoreDialog)
    window.data_menu.close_dialog()


def test_dashboard_backup_reminder_opens_the_backup_dialog(qtbot, window) -> None:  # noqa: F811
    from vp_desktop.ui.data_safety.backup_dialogs import BackupDialog

    window.navigate("settings", None, {"backup": True})
    assert isinstance(window.data_menu.active_dialog, BackupDialog)
    window.data_menu.close_dialog()
