"""Asking for the passphrase: the strength meter, the shared pieces of the passphrase dialogs and
unlocking a vault (creating one is in `create_vault_dialog`).

The dialogs are shown with `open()` (never `exec()`), report a ready `Vault` through a signal, and
keep their window open with a clear message after every failure, so the adviser can try again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.messages import message
from vp_desktop.domain.passphrase import Strength, assess
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.data_safety.restore_recovery import restore_was_interrupted
from vp_desktop.services.errors import ValidationError
from vp_desktop.store.errors import RestoreInterrupted, VaultError
from vp_desktop.store.vault import Vault
from vp_desktop.ui import i18n
from vp_desktop.ui.shared.caps_lock import CapsLockWarning
from vp_desktop.ui.shared.error_texts import vault_error_text as vault_error_text  # re-exported
from vp_desktop.ui.shared.style import Role, apply_style, text_role

VaultOpener = Callable[[Path, str], Vault]
Progress = Callable[[int, int], None]  # (done, total)
DemoBuilder = Callable[[Path, str, Progress], object]

STRENGTH_ROLES = {
    Strength.TOO_WEAK: Role.ERROR,
    Strength.WEAK: Role.WARNING,
    Strength.FAIR: Role.CAUTION,
    Strength.STRONG: Role.SUCCESS,
    Strength.VERY_STRONG: Role.SUCCESS,
}


def language() -> Lang:
    """The UI language as a vocabulary language."""
    return "en" if i18n.current_language() == "en" else "nl"


def message_label(name: str) -> QLabel:
    """A red message line under a field or a form; hidden while there is nothing to say."""
    label = QLabel()
    text_role(label, Role.ERROR)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    """Show `text` in a message line, or hide the line when `text` is empty."""
    label.setText(text)
    label.setHidden(not text)


def field_text(error: ValidationError, field: str, lang: Lang) -> str:
    """The problems `error` has with one field, one per line."""
    return "\n".join(p.describe(lang) for p in error.for_field(field))


def passphrase_edit(name: str) -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(320)
    edit.caps_lock = CapsLockWarning(edit)  # type: ignore[attr-defined]
    return edit


class StrengthMeter(QWidget):
    """A bar and a word for how strong the passphrase is, plus what to improve."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the vault's own names (adviser, practice, clients), which make a passphrase guessable
        self.personal_words: list[str] = []
        self.bar = QProgressBar()
        self.bar.setRange(0, len(Strength) - 1)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Sterkte van de wachtzin"))
        self.verdict = QLabel()
        self.verdict.setAccessibleName(self.tr("Oordeel over de wachtzin"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Tip voor de wachtzin"))
        text_role(self.hint, Role.MUTED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.verdict)
        layout.addWidget(self.hint)
        self.show_passphrase("")

    def strength_word(self, strength: Strength) -> str:
        return {
            Strength.TOO_WEAK: self.tr("Te zwak"),
            Strength.WEAK: self.tr("Zwak"),
            Strength.FAIR: self.tr("Redelijk"),
            Strength.STRONG: self.tr("Sterk"),
            Strength.VERY_STRONG: self.tr("Zeer sterk"),
        }[strength]

    def show_passphrase(self, passphrase: str) -> None:
        assessment = assess(passphrase, self.personal_words)
        chunk = STRENGTH_ROLES[assessment.strength].value
        self.bar.setValue(int(assessment.strength))
        apply_style(
            self.bar,
            "QProgressBar { border: none; background: $track; border-radius: 4px; }"
            f"QProgressBar::chunk {{ background: ${chunk}; border-radius: 4px; }}",
        )
        self.verdict.setText(
            self.tr("Sterkte: %1").replace("%1", self.strength_word(assessment.strength))
            if passphrase
            else self.tr("Kies een zin van vier of meer woorden die alleen u kent.")
        )
        problems = [message(code, language()) for code in assessment.problems]
        self.hint.setText(problems[0] if passphrase and problems else "")
        self.hint.setHidden(not self.hint.text())


class UnlockDialog(QDialog):
    """Ask for the passphrase of one vault; a wrong one gets a message and another try."""

    unlocked = Signal(object)  # the open Vault
    #: on the lock screen: the adviser chose to end the app (Esc only closes this dialog)
    quit_requested = Signal()
    # The vault is not at its place because a restore stopped between its renames; the dialog
    # closed so that its owner can offer to finish or undo that restore
    restore_interrupted = Signal()

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        opener: VaultOpener = Vault.open,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._opener = opener
        self.setWindowTitle(self.tr("Kluis ontgrendelen"))
        self.setModal(True)
        intro = QLabel(
            # The locked page behind already says that the vault is locked.
            self.tr("Vul uw wachtzin in om verder te werken.")
            if locked
            else self.tr("Vul de wachtzin van deze kluis in.")
        )
        intro.setWordWrap(True)
        self.location = QLabel(str(self.path))
        self.location.setAccessibleName(self.tr("Kluisbestand"))
        text_role(self.location, Role.MUTED)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = passphrase_edit(self.tr("Wachtzin"))
        self.message = message_label(self.tr("Melding bij ontgrendelen"))
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("Ontgrendelen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setAccessibleName(self.tr("Ontgrendelen"))
        self.unlock_button.setDefault(True)
        if locked:
            # Ending the app from the lock screen is a deliberate click, never Esc.
            self.quit_button = self.buttons.addButton(
                self.tr("App afsluiten"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.quit_button.setAutoDefault(False)
            self.quit_button.setAccessibleName(self.quit_button.text())
            self.quit_button.clicked.connect(self._quit)
        else:
            cancel = self.buttons.addButton(
                self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
            )
            cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Kluis:"), self.location)
        form.addRow(self.tr("&Wachtzin:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows with a message
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _quit(self) -> None:
        self.passphrase.clear()
        self.quit_requested.emit()
        self.reject()

    def try_unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            say(self.message, self.tr("Vul uw wachtzin in."))
            return
        try:
            vault = self._opener(self.path, passphrase)
        except VaultError as error:
            if isinstance(error, RestoreInterrupted) and restore_was_interrupted(self.path):
                self.passphrase.clear()
                self.reject()
                self.restore_interrupted.emit()
                return
            say(self.message, vault_error_text(error))
            QTimer.singleShot(0, self.adjustSize)  # room for the message ("in use" is long)
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        finally:
            passphrase = ""
        self.passphrase.clear()
        say(self.message, "")
        self.unlocked.emit(vault)
        self.accept()
