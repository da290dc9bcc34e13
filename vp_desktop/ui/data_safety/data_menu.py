"""The "Gegevens" menu: moving data in and out of the vault and looking after it.

Each action opens its dialog non-modally (never `exec()`), so the lock can still clear the screen
while a dialog is open; the window refreshes its clients and sections when data changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from vp_desktop.store.errors import VaultClosed
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shell.workspace import Workspace


class DataMenu(QMenu):
    def __init__(
        self,
        workspace: Workspace,
        current_client: Callable[[], int | None],
        data_changed: Callable[[], None],
        lock: Callable[[], bool],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Gegevens"))
        self._workspace = workspace
        self._current_client = current_client
        self._data_changed = data_changed
        self._lock = lock
        #: the dialog an action opened last (tests drive it without exec())
        self.active_dialog: QDialog | None = None
        self.import_action = self._action(self.tr("Casussen &importeren…"), self.open_import)
        self.export_action = self._action(self.tr("Casussen &exporteren…"), self.open_export)
        self.addSeparator()
        self.backup_action = self._action(self.tr("&Back-up maken…"), self.open_backup)
        self.restore_action = self._action(self.tr("Back-up &terugzetten…"), self.open_restore)
        self.passphrase_action = self._action(
            self.tr("&Wachtzin wijzigen…"), self.open_passphrase_change
        )
        self.addSeparator()
        self.retention_action = self._action(
            self.tr("Te &vernietigen dossiers…"), self.open_retention
        )
        self.offboard_action = self._action(
            self.tr("Opdrachtgever &overdragen en verwijderen…"), self.open_offboard
        )

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
        from vp_desktop.ui.caseload_io.import_wizard import ImportWizard

        wizard = ImportWizard(self._workspace, self.parentWidget())
        wizard.data_changed.connect(self._data_changed)
        self._show(wizard)

    def open_export(self) -> None:
        from vp_desktop.ui.caseload_io.export_dialog import ExportDialog

        self._show(ExportDialog(self._workspace, self._current_client(), self.parentWidget()))

    def _vault(self) -> Vault:
        vault = self._workspace.vault
        if vault is None:
            raise VaultClosed()
        return vault

    def open_backup(self) -> None:
        from vp_desktop.ui.data_safety.backup_dialogs import BackupDialog

        dialog = BackupDialog(self._vault(), self._workspace.prompts, self.parentWidget())
        dialog.backup_made.connect(lambda _report: self._data_changed())
        self._show(dialog)

    def open_restore(self) -> None:
        """Restoring replaces the vault file: lock first (pending edits are kept as drafts of the
        old vault), restore on top of the unlock screen, then unlock the restored vault."""
        from vp_desktop.ui.data_safety.backup_dialogs import RestoreDialog

        answer = self._workspace.prompts.confirm(
            self.tr("Back-up terugzetten"),
            self.tr(
                "Om een back-up terug te zetten wordt de kluis eerst vergrendeld. Alles wat na die "
                "back-up is ingevoerd, gaat verloren; de huidige kluis wordt apart bewaard. "
                "Doorgaan?"
            ),
            destructive=True,
        )
        vault = self._workspace.vault
        if not answer or vault is None:
            return
        path = vault.path
        if not self._lock():
            return
        self._show(RestoreDialog(path, self._workspace.prompts, self.parentWidget()))

    def open_passphrase_change(self) -> None:
        from vp_desktop.ui.data_safety.passphrase_change_dialog import PassphraseChangeDialog

        self._show(
            PassphraseChangeDialog(self._vault(), self._workspace.prompts, self.parentWidget())
        )

    def open_retention(self) -> None:
        from vp_desktop.ui.data_safety.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self._vault(), self._workspace.prompts, self.parentWidget())
        dialog.purged.connect(lambda _result: self._data_changed())
        self._show(dialog)

    def open_offboard(self) -> None:
        from vp_desktop.ui.data_safety.offboard_dialog import OffboardDialog

        client_id = self._current_client()
        if client_id is None:
            self._workspace.prompts.info(
                self.tr("Opdrachtgever overdragen"),
                self.tr("Kies eerst links de opdrachtgever die u wilt overdragen."),
            )
            return
        dialog = OffboardDialog(
            self._vault(), self._workspace.prompts, client_id, self.parentWidget()
        )
        dialog.offboarded.connect(lambda _result: self._data_changed())
        self._show(dialog)
