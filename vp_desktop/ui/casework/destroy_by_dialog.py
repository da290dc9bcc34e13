"""Choosing another destroy-by date for one closed case, with the reason (kept with the case)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.ui.shared.passphrase_widgets import message_label, say


class DestroyByDialog(QDialog):
    chosen = Signal(object, str)  # (date, reason): the caller stores it, then accepts

    def __init__(self, current: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vernietigingsdatum"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "Na deze datum staat het dossier bij de te vernietigen dossiers. Zeg waarom u "
                "afwijkt van de bewaartermijn; dat blijft bij de casus bewaard."
            )
        )
        intro.setWordWrap(True)
        self.date = QDateEdit(QDate(current.year, current.month, current.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setAccessibleName(self.tr("Vernietigen vóór"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reden"))
        self.reason.setMinimumWidth(320)
        self.message = message_label(self.tr("Melding bij de vernietigingsdatum"))
        # A refusal ("verplicht") no longer applies once the adviser changes the input.
        self.reason.textEdited.connect(lambda _text: self.say(""))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setAccessibleName(self.tr("Opslaan"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Vernietigen vóór:"), self.date)
        form.addRow(self.tr("&Reden:"), self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _save(self) -> None:
        day = self.date.date()
        self.chosen.emit(dt.date(day.year(), day.month(), day.day()), self.reason.text())

    def say(self, text: str) -> None:
        say(self.message, text)
        self.adjustSize()
