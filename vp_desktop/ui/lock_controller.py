"""Locking: after a quiet spell (or Ctrl+L) the vault closes and nothing of it stays on screen.

On lock every section hands over its pending edit, which is kept *inside the vault* (as a draft)
with where the adviser was; then every section empties itself, the sidebar empties, text copied
from the app leaves the clipboard, and the vault closes. Unlocking reopens the vault and puts
everything back. Only ids and section keys are kept in memory while locked.
"""

from __future__ import annotations

import hashlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from vp_desktop.services import drafts as drafts_service
from vp_desktop.store.errors import VaultError
from vp_desktop.store.vault import Vault
from vp_desktop.ui.integrity_watch import check_after_unlock
from vp_desktop.ui.passphrase_widgets import UnlockDialog, VaultOpener
from vp_desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from vp_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

LOCK_SHORTCUT = QKeySequence("Ctrl+L")
USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class LockController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        workspace: Workspace,
        *,
        idle_ms: int,
        opener: VaultOpener = Vault.open,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._opener = opener
        self._vault_path = workspace.vault.path if workspace.vault is not None else None
        self.is_locked = False
        #: the unlock dialog while it is shown (tests fill it in)
        self.dialog: UnlockDialog | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle)
        self.set_idle_ms(idle_ms)
        # Only a fingerprint of what the app copied is kept, never the text itself.
        self._copied: bytes | None = None
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- idle ----------------------------------------------------------------------------------

    def set_idle_ms(self, idle_ms: int) -> None:
        self.idle_timer.setInterval(max(1, idle_ms))
        if not self.is_locked:
            self.idle_timer.start()

    def set_idle_minutes(self, minutes: int) -> None:
        self.set_idle_ms(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT and not self.is_locked:
            self.idle_timer.start()  # restarts the countdown
        return False

    def _idle(self) -> None:
        if self.is_locked:
            return
        # A question left open must not keep case data on screen: answer it with "cancel".
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal is not self.dialog:
            modal.reject()
            QTimer.singleShot(0, lambda: self.lock(ask=False))
            return
        self.lock(ask=False)

    # -- clipboard -----------------------------------------------------------------------------

    def _clipboard_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        ours = clipboard.ownsClipboard() or active
        self._copied = _digest(clipboard.text()) if ours and clipboard.text() else None

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if clipboard.ownsClipboard() or (text and _digest(text) == self._copied):
            clipboard.clear()
        self._copied = None

    # -- lock and unlock -----------------------------------------------------------------------

    def lock(self, *, ask: bool = False) -> bool:
        """Lock now. Pending edits are kept as drafts inside the vault, so locking never waits on
        a question (a panic lock must clear the screen at once); with `ask`, unsaved changes are
        first offered for saving (Cancel: stay) — used when the adviser chooses a calm exit."""
        if self.is_locked or not self._workspace.is_open:
            return False
        if ask and not self._window.settle_unsaved_changes(self.tr("Vergrendelen")):
            return False
        self.idle_timer.stop()
        pending = self._window.take_state()
        vault = self._workspace.vault
        assert vault is not None
        try:
            with vault.transaction() as session:
                drafts_service.save_drafts(session, pending)
        except VaultError:
            log.warning("pending edits could not be kept in the vault on lock")
        self._window.clear_all()
        self._clear_clipboard()
        vault.close()
        self.is_locked = True
        self._window.show_locked(True)
        self.locked.emit()
        self.ask_passphrase()
        return True

    def ask_passphrase(self) -> None:
        if not self.is_locked or self._vault_path is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = UnlockDialog(self._vault_path, self._window, opener=self._opener, locked=True)
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self._window.close)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _unlocked(self, vault: Vault) -> None:
        self._workspace.vault = vault
        check_after_unlock(vault, self._workspace.prompts, self._window)
        self.is_locked = False
        self._window.show_locked(False)
        self._window.restore_state()
        if any(s.has_unsaved_changes() for s in self._window.sections.values()):
            self._window.statusBar().showMessage(
                self.tr(
                    "Uw wijzigingen van vóór het vergrendelen staan weer klaar; "
                    "ze zijn nog niet opgeslagen."
                ),
                15_000,
            )
        self.idle_timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        """The window is closing: no more locking, and let go of the application."""
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        QGuiApplication.clipboard().dataChanged.disconnect(self._clipboard_changed)
