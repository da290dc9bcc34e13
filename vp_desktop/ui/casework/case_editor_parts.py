"""The case editor's header (number, status, main buttons) and its "Afloop" box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vp_desktop.ui.shared.code_pickers import format_date
from vp_desktop.ui.shared.style import BANNER_BOX, apply_style


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number_label = QLabel()
        self.number_label.setAccessibleName(self.tr("Casusnummer"))
        font = QFont(self.number_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.number_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status van de casus"))
        self.status_label.setWordWrap(True)  # a long reason for the destroy-by date wraps
        self.close_button = QPushButton(self.tr("Casus sluiten…"))
        self.revert_button = QPushButton(self.tr("Ongedaan maken"))
        self.revert_button.setToolTip(self.tr("Wijzigingen sinds het laatste opslaan weggooien"))
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        for button, name in (
            (self.close_button, self.tr("Casus sluiten of heropenen")),
            (self.revert_button, self.tr("Wijzigingen ongedaan maken")),
            (self.save_button, self.tr("Casus opslaan")),
        ):
            button.setAccessibleName(name)
        self.banner = QLabel()
        self.banner.setAccessibleName(self.tr("Melding"))
        self.banner.setWordWrap(True)
        apply_style(self.banner, BANNER_BOX)

        title = QVBoxLayout()
        title.setSpacing(0)
        title.addWidget(self.number_label)
        title.addWidget(self.status_label)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(title, 1)
        for button in (self.close_button, self.revert_button, self.save_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.banner)

    def show_case(
        self,
        number: str,
        opened_on: dt.date,
        closed_on: dt.date | None,
        destroy_by: dt.date | None,
        purged_at: dt.datetime | None,
        destroy_by_reason: str | None = None,
    ) -> None:
        self.number_label.setText(number)
        if purged_at is not None:
            text = self.tr("Vernietigd op %1").replace("%1", format_date(purged_at.date()))
        elif closed_on is not None:
            text = self.tr("Gesloten op %1").replace("%1", format_date(closed_on))
            if destroy_by is not None:
                text += " · " + self.tr("vernietigen vóór %1").replace(
                    "%1", format_date(destroy_by)
                )
                if destroy_by_reason:  # a date moved by hand shows why, wherever it is seen
                    text += " " + self.tr("(reden: %1)").replace("%1", destroy_by_reason)
        else:
            text = self.tr("Open sinds %1").replace("%1", format_date(opened_on))
        self.status_label.setText(text)

    def show_title(self, number: str, status: str) -> None:
        self.number_label.setText(number)
        self.status_label.setText(status)

    def show_purged_note(self, purged: bool) -> None:
        self.banner.setText(
            self.tr(
                "Deze casus is vernietigd volgens de bewaartermijn. Alleen de anonieme "
                "gegevens voor de jaarverslagen zijn bewaard; niets kan nog worden gewijzigd."
            )
            if purged
            else ""
        )
        self.banner.setHidden(not purged)


class ClosureBox(QGroupBox):
    """Closing date and outcome: asked for while closing, editable once the case is closed."""

    def __init__(self, fields_widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Afloop"), parent)
        self.destroy_by_label = QLabel()
        self.destroy_by_label.setAccessibleName(self.tr("Vernietigen vóór"))
        self.confirm_button = QPushButton(self.tr("Casus sluiten"))
        self.confirm_button.setAccessibleName(self.tr("Sluiten bevestigen"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setAccessibleName(self.tr("Sluiten annuleren"))
        side = QVBoxLayout()
        side.addWidget(self.destroy_by_label)
        side.addStretch(1)
        side.addWidget(self.cancel_button)
        side.addWidget(self.confirm_button)
        layout = QHBoxLayout(self)
        layout.addWidget(fields_widget, 1)
        layout.addLayout(side)

    def show_mode(self, *, closed: bool, closing: bool, destroy_by: dt.date | None) -> None:
        self.setVisible(closed or closing)
        self.confirm_button.setVisible(closing)
        self.cancel_button.setVisible(closing)
        self.destroy_by_label.setVisible(closed and destroy_by is not None)
        self.destroy_by_label.setText(
            self.tr("Vernietigen vóór: %1").replace("%1", format_date(destroy_by))
            if destroy_by
            else ""
        )
