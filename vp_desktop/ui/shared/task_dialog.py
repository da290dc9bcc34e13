"""What the data-safety dialogs share: a background task for the slow work (copying, checking,
rewriting the vault), a dialog that runs one such task at a time, small widget helpers, and the
adviser's sentences for what can go wrong."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.background import BackgroundOperation, Outcome, error_text
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.passphrase_widgets import language
from vp_desktop.ui.shared.passphrase_widgets import (
    passphrase_edit as passphrase_edit,  # one for all
)
from vp_desktop.ui.shared.style import Role, text_role


def safety_error_text(error: BaseException) -> str:
    """The adviser's sentence for what went wrong in a backup, restore, purge or offboarding."""
    if isinstance(error, ValidationError):
        return error.describe(language())
    if isinstance(error, NotFound):
        text: str = vault_error_text(error)
        return text
    if isinstance(error, VaultError):
        own = {
            "backup_mismatch": QCoreApplication.translate(
                "SafetyErrors",
                "De controle van de back-up klopte niet; hij is niet bewaard. Probeer het opnieuw.",
            ),
            "backup_target_is_vault": QCoreApplication.translate(
                "SafetyErrors", "Dat bestand is de kluis zelf. Kies een ander bestand."
            ),
            "backup_damaged": QCoreApplication.translate(
                "SafetyErrors",
                "Deze back-up is beschadigd of onvolledig en kan niet worden teruggezet. "
                "Probeer een andere back-up.",
            ),
            "wrong_passphrase": QCoreApplication.translate(
                "SafetyErrors", "Deze wachtzin past niet bij de kluis of de back-up."
            ),
        }
        return own.get(error.code) or str(vault_error_text(error))
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "SafetyErrors",
            "Het bestand kon niet worden gelezen of geschreven. Er is niets gewist.",
        )
    return error_text(error)


def date_time_text(moment: dt.datetime) -> str:
    return moment.strftime("%d-%m-%Y %H:%M")


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def say(label: QLabel, text: str, *, done: bool = False) -> None:
    text_role(label, Role.SUCCESS if done else Role.ERROR)
    label.setText(text)
    label.setHidden(not text)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose &-shortcut moves the focus to `buddy` (rows holding a layout)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # busy: copying and checking have no meaningful percentage
    bar.setAccessibleName(name)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def dialog_button(
    box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole, name: str | None = None
) -> QPushButton:
    """A button added to `box`, announced by `name` (by its own text when no name is given)."""
    button = box.addButton(text, role)
    button.setAccessibleName(name or text)
    return button


def dialog_layout(dialog: QDialog) -> QVBoxLayout:
    """The column every data-safety dialog is laid out in, with room around its edges."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(12)
    return layout


def with_choose_button(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    """A path field with its "Kiezen…" button beside it; the field takes the width."""
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class TaskDialog(QDialog):
    """A dialog that runs one background task at a time and cannot be closed while it runs."""

    # made by each dialog before `lay_out`: its progress bar, its message, its button row
    progress: QProgressBar
    message: QLabel
    buttons: QDialogButtonBox

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._task: BackgroundOperation | None = None
        # the last task's failure while its sentence is still on screen (cleared by a new task);
        # a lock that closes this dialog tells it again after unlock, so it is never lost
        self.failure_on_screen: Outcome | None = None
        self.setModal(True)
        self.setMinimumWidth(520)

    def accept_and_close_buttons(
        self,
        accept_text: str,
        close_text: str,
        on_accept: Callable[[], None],
        *,
        default: bool = True,
    ) -> tuple[QPushButton, QPushButton]:
        """The dialog's button row: one action and a button that closes it. A destructive action
        passes `default=False`, so Enter never sets it off."""
        self.buttons = QDialogButtonBox()
        accept = dialog_button(self.buttons, accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        accept.setDefault(default)
        close = dialog_button(self.buttons, close_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(on_accept)
        self.buttons.rejected.connect(self.reject)
        return accept, close

    def lay_out(self, *parts: QWidget | QLayout | tuple[QWidget, int]) -> QVBoxLayout:
        """The dialog's column: `parts` from the top (a (widget, stretch) pair grows), then the
        progress bar, the message and the button row every task dialog ends with."""
        layout = dialog_layout(self)
        for part in parts:
            if isinstance(part, tuple):
                layout.addWidget(*part)
            elif isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        for widget in (self.progress, self.message, self.buttons):
            layout.addWidget(widget)
        return layout

    def tab_order(self, widgets: Sequence[QWidget]) -> None:
        """Tab goes through `widgets` in this order."""
        for first, second in zip(widgets, widgets[1:], strict=False):
            self.setTabOrder(first, second)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(
        self,
        work: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run `work` in the background (the lock waits for it); the outcome comes back here."""
        task = BackgroundOperation(
            self.windowTitle(),
            lambda _reporter: work(),
            self,
            describe_error=self.error_sentence,
        )
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        task.finished.connect(self._task_finished)
        self._task = task
        self.failure_on_screen = None
        self.set_busy(True)
        task.start()

    def error_sentence(self, error: BaseException) -> str:
        """The sentence this dialog shows for a failed task (also told after an unlock)."""
        return safety_error_text(error)

    def _task_finished(self, outcome: Outcome) -> None:
        self._task = None  # the operation stays a child of the dialog until the dialog goes
        self.failure_on_screen = None if outcome.ok else outcome
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """Subclasses disable their inputs and show progress."""

    def tell(self, label: QLabel, text: str, *, done: bool = False) -> None:
        """Show (or hide) a message and let the dialog grow so no line is cut off."""
        say(label, text, done=done)
        self.adjustSize()

    def wait_until_idle(self) -> None:
        if self._task is not None:
            self._task.wait()

    def reject(self) -> None:
        if not self.busy:  # a backup or restore half done is never abandoned
            super().reject()
