"""Locking: after a quiet spell (or Ctrl+L) the vault closes and nothing of it stays on screen.

On lock every section hands over its pending edit, which is kept *inside the vault* (as a draft)
with where the adviser was; then every section empties itself, every other window of the app is
hidden, text copied from the app leaves the clipboard and the X11 selection, and the vault closes.
Work running in the background (a backup, an import, a passphrase change) is never pulled away
from under: the screen is cleared at once, but the vault closes only when that work has ended,
and its real outcome is told after unlock. Unlocking reopens the vault and puts everything back.
Only ids and section keys are kept in memory while locked.
"""

from __future__ import annotations

import hashlib
import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from vp_desktop.services import drafts as drafts_service
from vp_desktop.services.data_safety.restore_recovery import restore_was_interrupted
from vp_desktop.store.errors import VaultError
from vp_desktop.store.vault import Vault
from vp_desktop.ui.data_safety.interrupted_restore_dialog import InterruptedRestoreDialog
from vp_desktop.ui.shared.background import Outcome, running_operations
from vp_desktop.ui.shared.passphrase_widgets import UnlockDialog, VaultOpener
from vp_desktop.ui.shared.task_dialog import TaskDialog
from vp_desktop.ui.shell.integrity_watch import check_after_unlock
from vp_desktop.ui.shell.session_watch import SessionWatch
from vp_desktop.ui.shell.workspace import Workspace

if TYPE_CHECKING:
    from vp_desktop.ui.shell.main_window import MainWindow

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
    #: the vault is closed (after any running work ended)
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        workspace: Workspace,
        *,
        idle_ms: int,
        opener: VaultOpener = Vault.open,
        clipboard_seconds: int = 30,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._opener = opener
        self._vault_path = workspace.vault.path if workspace.vault is not None else None
        #: the screen is locked (the vault may still be closing behind it)
        self.is_locked = False
        #: the unlock dialog while it is shown (tests fill it in)
        self.dialog: UnlockDialog | None = None
        # the way out of a restore that stopped at the vault's place, while it is shown
        self.recovery_dialog: InterruptedRestoreDialog | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle)
        self.set_idle_ms(idle_ms)
        # Text the app put on the clipboard leaves it again after a while, as in a password
        # manager. Only a fingerprint of it is kept, never the text itself.
        self.clipboard_timer = QTimer(self)
        self.clipboard_timer.setSingleShot(True)
        self.clipboard_timer.timeout.connect(self._clear_clipboard)
        self.set_clipboard_seconds(clipboard_seconds)
        self._copied: bytes | None = None
        # Between clearing the screen and closing the vault (work still running): the edits.
        self._pending: dict[str, dict[str, Any]] | None = None
        # Edits the vault could not take at lock: kept here rather than lost.
        self._unstored: dict[str, dict[str, Any]] | None = None
        self._hidden: list[QWidget] = []
        self._finished_while_locked: list[Outcome] = []
        self._stopped = False
        self._ending = False
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)
        operations = running_operations()
        operations.operation_finished.connect(self._operation_finished)
        operations.all_finished.connect(self._operations_ended)
        # The screen locks or the laptop sleeps: the vault locks with it.
        self.session_watch = SessionWatch(self)
        self.session_watch.lock_requested.connect(lambda: self.lock(ask=False))
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
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not self.is_locked
            and QKeySequence(event.keyCombination()) == LOCK_SHORTCUT
        ):
            # Over a modal dialog (a backup running) Qt delivers no window shortcut: Ctrl+L
            # locks from anywhere all the same.
            self.lock(ask=False)
            return True
        return False

    def _idle(self) -> None:
        if self.is_locked:
            return
        # A question left open must not keep case data on screen: answer it with "cancel".
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal is not self.dialog and not _busy(modal):
            modal.reject()
            QTimer.singleShot(0, lambda: self.lock(ask=False))
            return
        self.lock(ask=False)

    # -- clipboard -----------------------------------------------------------------------------

    def set_clipboard_seconds(self, seconds: int) -> None:
        """How long copied text stays on the clipboard (0: until the lock)."""
        self._clipboard_seconds = max(0, seconds)
        self.clipboard_timer.setInterval(self._clipboard_seconds * 1000)
        if not self._clipboard_seconds:
            self.clipboard_timer.stop()

    def _clipboard_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        ours = clipboard.ownsClipboard() or active
        self._copied = _digest(clipboard.text()) if ours and clipboard.text() else None
        if self._copied is not None and self._clipboard_seconds:
            self.clipboard_timer.start()

    def _clear_clipboard(self) -> None:
        self.clipboard_timer.stop()
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if clipboard.ownsClipboard() or (text and _digest(text) == self._copied):
            clipboard.clear()
        self._copied = None

    def _clear_selection(self) -> None:
        """The X11 primary selection holds whatever text was last selected in the app."""
        clipboard = QGuiApplication.clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    # -- lock ----------------------------------------------------------------------------------

    @property
    def is_closing(self) -> bool:
        """The screen is locked but the vault waits for running work before it closes."""
        return self._pending is not None

    def lock(self, *, ask: bool = False) -> bool:
        """Lock now. Pending edits are kept as drafts inside the vault, so locking never waits on
        a question (a panic lock must clear the screen at once); with `ask`, unsaved changes are
        first offered for saving (Cancel: stay) — used when the adviser chooses a calm exit."""
        if self.is_locked or not self._workspace.is_open:
            return False
        if ask and not self._window.settle_unsaved_changes(self.tr("Vergrendelen")):
            return False
        self.idle_timer.stop()
        self._pending = self._window.take_state()
        self.is_locked = True
        self._window.clear_all()
        self._hide_other_windows()
        self._clear_clipboard()
        self._clear_selection()
        self._window.show_locked(True)
        operations = running_operations()
        if operations.running():
            self._window.show_lock_waiting(operations.titles())
        else:
            self._close_vault()
        return True

    def finish_now(self) -> None:
        """The app is closing during a deferred lock: wait for the work, then close the vault."""
        self._ending = True  # the app is ending: no passphrase question any more
        if self._pending is not None:
            running_operations().wait_all()
            if self._pending is not None:
                self._close_vault()

    def _operations_ended(self) -> None:
        if self._pending is not None:
            self._close_vault()

    def _operation_finished(self, outcome: Outcome) -> None:
        if self.is_locked:
            self._finished_while_locked.append(outcome)

    def _hide_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or widget is self.dialog or not widget.isVisible():
                continue
            if widget.isWindow() and widget.windowType() != Qt.WindowType.ToolTip:
                if isinstance(widget, TaskDialog) and widget.failure_on_screen is not None:
                    # A failure that ended just before the lock was hardly on screen: tell it
                    # again after unlock, as if it had ended while locked.
                    self._finished_while_locked.append(widget.failure_on_screen)
                    widget.failure_on_screen = None
                widget.hide()
                self._hidden.append(widget)

    def _close_hidden_windows(self) -> None:
        """Dialogs hidden at lock go away once their work is done (they may show case data)."""
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if shiboken6.isValid(widget) and isinstance(widget, QDialog):
                widget.reject()

    def _close_vault(self) -> None:
        pending, self._pending = self._pending, None
        vault = self._workspace.vault
        if vault is not None and vault.is_open:
            try:
                with vault.transaction() as session:
                    drafts_service.save_drafts(session, pending or {})
            except VaultError:
                # Never lose what was typed: keep it in memory until the next unlock instead.
                log.warning("pending edits could not be kept in the vault on lock")
                self._unstored = pending
            self._window.data_menu.close_dialog()  # a dialog whose work just ended closes now
            self._close_hidden_windows()
            vault.close()
        self._window.show_lock_waiting([])
        self.locked.emit()
        self.ask_passphrase()

    # -- unlock --------------------------------------------------------------------------------

    def ask_passphrase(self) -> None:
        if not self.is_locked or self._vault_path is None or self._pending is not None:
            return
        if self._ending:
            return
        shown = self.dialog or self.recovery_dialog
        if shown is not None:
            shown.raise_()
            return
        if restore_was_interrupted(self._vault_path):
            self._offer_recovery()
            return
        dialog = UnlockDialog(self._vault_path, self._window, opener=self._opener, locked=True)
        dialog.unlocked.connect(self._unlocked)
        dialog.restore_interrupted.connect(self._offer_recovery)
        # Esc or closing the dialog leaves the locked window; only "Afsluiten" ends the app.
        dialog.quit_requested.connect(self._window.close)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if self.recovery_dialog is dialog:
            self.recovery_dialog = None
        dialog.deleteLater()

    def _offer_recovery(self) -> None:
        """A restore stopped at the vault's place (while locked, from another window or the
        command line): finish or undo it first, then the passphrase as always."""
        if self._vault_path is None or self.recovery_dialog is not None:
            return
        dialog = InterruptedRestoreDialog(self._vault_path, self._window)
        dialog.resolved.connect(lambda _outcome: self.ask_passphrase())
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.recovery_dialog = dialog
        dialog.open()

    def _unlocked(self, vault: Vault) -> None:
        self._workspace.vault = vault
        check_after_unlock(vault, self._workspace.prompts, self._window)
        self.is_locked = False
        self._window.show_locked(False)
        try:
            state, self._unstored = self._unstored, None
            self._window.restore_state(state)
            if any(s.has_unsaved_changes() for s in self._window.sections.values()):
                self._window.statusBar().showMessage(
                    self.tr(
                        "Uw wijzigingen van vóór het vergrendelen staan weer klaar; "
                        "ze zijn nog niet opgeslagen."
                    ),
                    15_000,
                )
        finally:
            self.idle_timer.start()  # auto-lock stays on, whatever went wrong above
            self.unlocked.emit()
            # After the unlock dialog has closed: a message box now would hold it on screen.
            QTimer.singleShot(0, self._tell_finished_work)

    def _tell_finished_work(self) -> None:
        finished, self._finished_while_locked = self._finished_while_locked, []
        if not finished:
            return
        lines = []
        for outcome in finished:
            if outcome.ok:
                lines.append(self.tr("%1: gelukt.").replace("%1", outcome.title))
            elif outcome.cancelled:
                lines.append(
                    self.tr("%1: afgebroken. %2")
                    .replace("%1", outcome.title)
                    .replace("%2", outcome.error_sentence())
                )
            else:
                lines.append(
                    self.tr("%1: niet gelukt. %2")
                    .replace("%1", outcome.title)
                    .replace("%2", outcome.error_sentence())
                )
        self._workspace.prompts.info(
            self.tr("Afgerond tijdens het vergrendelen"),
            self.tr("Terwijl de kluis vergrendeld was, is dit afgerond:") + "\n" + "\n".join(lines),
        )

    def stop(self) -> None:
        """The window is closing: no more locking, and let go of the application."""
        if self._stopped:
            return
        self._stopped = True
        self.idle_timer.stop()
        self.clipboard_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        QGuiApplication.clipboard().dataChanged.disconnect(self._clipboard_changed)
        operations = running_operations()
        operations.operation_finished.disconnect(self._operation_finished)
        operations.all_finished.disconnect(self._operations_ended)


def _busy(dialog: QDialog) -> bool:
    """A dialog whose work is running is hidden at lock, never cancelled under its work."""
    return bool(getattr(dialog, "busy", False))
