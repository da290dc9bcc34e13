"""The "Gegevens" menu: moving data in and out of the vault and looking after it.

Each action opens its dialog non-modally (never `exec()`), so the lock can still clear the screen
while a dialog is open; the window refreshes its clients and sections when data changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from vp_desktop.ui.workspace import Workspace


class DataMenu(QMenu):
    def __init__(
        self,
        workspace: Workspace,
        current_client: Callable[[], int | None],
        data_changed: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Gegevens"))
        self._workspace = workspace
        self._current_client = current_client
        self._data_changed = data_changed
        #: the dialog an action opened last (tests drive it without exec())
        self.active_dialog: QDialog | None = None
        self.import_action = self._action(self.tr("Casussen &importeren…"), self.open_import)
        self.export_action = self._action(self.tr("Casussen &exporteren…"), self.open_export)

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None

    def close_dialog(self) -> None:
        """On lock: a dialog that may show case data goes away with the vault."""
        if self.active_dialog is not None:
            self.active_dialog.reject()

    def open_import(self) -> None:
        from vp_desktop.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self._workspace, self.parentWidget())
        wizard.data_changed.connect(self._data_changed)
        self._show(wizard)

    def open_export(self) -> None:
        from vp_desktop.ui.export_dialog import ExportDialog

        self._show(ExportDialog(self._workspace, self._current_client(), self.parentWidget()))
