"""A restore that stopped between its two renames (the computer crashed or lost power): no vault
at its place, but the verified copy of the backup and the vault it was replacing beside it. The
adviser finishes the restore or undoes it here, instead of on the command line; afterwards the
vault opens as usual.

Both ways only rename files, so they are quick and run at once. When one fails (a file moved or
gone meanwhile, another window busy with the vault) nothing was moved: the dialog says so and
stays open.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from vp_desktop.services.data_safety import restore_recovery
from vp_desktop.services.data_safety.backup import replaced_copies
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.style import Role, text_role
from vp_desktop.ui.shared.task_dialog import (
    date_time_text,
    dialog_button,
    dialog_layout,
    message_label,
    safety_error_text,
)

FINISHED = "finished"
UNDONE = "undone"
_STAMP = re.compile(r"\.replaced-(\d{8}-\d{6})$")


def interrupted_at(vault_path: Path) -> dt.datetime | None:
    """When the interrupted restore began to replace the vault (from the replaced copy's name)."""
    copies = replaced_copies(vault_path)
    found = _STAMP.search(copies[0].name) if copies else None
    if found is None:
        return None
    try:
        return dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


class InterruptedRestoreDialog(QDialog):
    """Finish or undo the interrupted restore of one vault; `resolved` says which was done."""

    resolved = Signal(str)  # FINISHED or UNDONE

    def __init__(
        self,
        vault_path: Path,
        parent: QWidget | None = None,
        *,
        finish: Callable[[Path], object] = restore_recovery.finish_interrupted_restore,
        undo: Callable[[Path], object] = restore_recovery.undo_interrupted_restore,
    ) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self._finish = finish
        self._undo = undo
        self.setWindowTitle(self.tr("Terugzetten van een back-up onderbroken"))
        self.setModal(True)

        self.explanation = QLabel(self._explanation())
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumWidth(460)
        self.explanation.setAccessibleName(self.tr("Wat er is gebeurd"))
        self.location = QLabel(str(self.vault_path))
        self.location.setAccessibleName(self.tr("Kluisbestand"))
        self.location.setWordWrap(True)
        text_role(self.location, Role.MUTED)
        self.choices = QLabel(
            self.tr(
                "<p><b>Herstel afmaken</b>: de back-up komt op de plek van de kluis. De kluis "
                "die hij vervangt, blijft apart bewaard, zoals na elk terugzetten.</p>"
                "<p><b>Herstel ongedaan maken</b>: de kluis van vóór het terugzetten komt terug, "
                "precies zoals hij was; de kopie van de back-up wordt opgeruimd (de back-up zelf "
                "blijft bestaan).</p>"
                "<p>Daarna vult u zoals altijd uw wachtzin in.</p>"
            )
        )
        self.choices.setWordWrap(True)
        self.choices.setAccessibleName(self.tr("Wat u kunt kiezen"))
        self.message = message_label(self.tr("Melding bij het herstel"))
        text_role(self.message, Role.ERROR)

        self.buttons = QDialogButtonBox()
        self.finish_button = dialog_button(
            self.buttons, self.tr("Herstel afmaken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.finish_button.setDefault(True)
        self.undo_button = dialog_button(
            self.buttons,
            self.tr("Herstel ongedaan maken"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.undo_button.setAutoDefault(False)
        self.cancel_button = dialog_button(
            self.buttons, self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAutoDefault(False)
        self.finish_button.clicked.connect(lambda: self._run(FINISHED))
        self.undo_button.clicked.connect(lambda: self._run(UNDONE))
        self.buttons.rejected.connect(self.reject)

        layout = dialog_layout(self)
        layout.setSizeConstraint(layout.SizeConstraint.SetMinimumSize)  # grows with a message
        for widget in (self.explanation, self.location, self.choices, self.message, self.buttons):
            layout.addWidget(widget)
        self.finish_button.setFocus()

    def _explanation(self) -> str:
        when = interrupted_at(self.vault_path)
        text = self.tr(
            "Het terugzetten van een back-up is onderbroken, bijvoorbeeld doordat de computer "
            "uitviel. Daardoor staat er nu geen kluis op zijn plek. Er is niets verloren: de "
            "gecontroleerde kopie van de back-up en de kluis die hij zou vervangen, staan allebei "
            "naast die plek. Kies hoe u verder wilt."
        )
        if when is not None:
            text += " " + self.tr("Het terugzetten begon op %1.").replace(
                "%1", date_time_text(when)
            )
        return text

    def _run(self, outcome: str) -> None:
        step = self._finish if outcome == FINISHED else self._undo
        try:
            step(self.vault_path)
        except (VaultError, OSError) as error:
            self._failed(error)
            return
        self.accept()
        self.resolved.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        if restore_recovery.restore_was_interrupted(self.vault_path):
            text = (
                safety_error_text(error)
                + " "
                + self.tr("Er is niets verplaatst; u kunt het opnieuw proberen.")
            )
        elif self.vault_path.exists():
            text = self.tr(
                "Er staat inmiddels weer een kluis op zijn plek (het herstel is elders al "
                "afgemaakt of ongedaan gemaakt). Kies Annuleren en open de kluis opnieuw."
            )
            self._offer_only_cancel()
        else:
            text = self.tr(
                "Het herstel kan niet meer worden afgemaakt of ongedaan gemaakt: de kopie van de "
                "back-up of de vervangen kluis staat niet meer naast de kluis (verplaatst of "
                "verwijderd). Er is niets verplaatst of gewist. Zet het verplaatste bestand terug "
                "naast de kluis en probeer het opnieuw."
            )
            self._offer_only_cancel()
        self.message.setText(text)
        self.message.show()
        self.adjustSize()  # room for the message

    def _offer_only_cancel(self) -> None:
        self.finish_button.setEnabled(False)
        self.undo_button.setEnabled(False)
        self.cancel_button.setFocus()
