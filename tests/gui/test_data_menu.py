"""The "Gegevens" menu opens the import and export dialogs for the active client, and a lock
takes an open dialog away with the vault."""

from __future__ import annotations

from tests.gui.test_lock import practice, window  # noqa: F401 - shared fixtures
from vp_desktop.ui.export_dialog import ExportDialog
from vp_desktop.ui.import_wizard import ImportWizard


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
