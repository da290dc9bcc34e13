"""The case editor's header (number, status, main buttons), its tabs and its "Afloop" box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.ui.casework.case_editor_fields import CaseFields
from vp_desktop.ui.shared.code_pickers import format_date
from vp_desktop.ui.shared.field_messages import InlineMessage
from vp_desktop.ui.shared.prompts import Choice, Prompts
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


class CaseTabs(QTabWidget):
    """The parts of a case: the field pages, then its conversations and attachments (counted)."""

    def __init__(
        self,
        fields: CaseFields,
        contacts: QWidget,
        attachments: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._field_pages = [
            fields.registration_page,
            fields.melder_page,
            fields.notes_page,
            fields.consent_page,
        ]
        self._contacts = contacts
        self._attachments = attachments
        self.setAccessibleName(self.tr("Onderdelen van de casus"))
        self.setUsesScrollButtons(False)  # every tab stays in sight, counts included
        titles = [self.tr("Registratie"), self.tr("Melder"), self.tr("Notities")]
        for page, title in zip(self._field_pages, [*titles, self.tr("Toestemming")], strict=True):
            self.addTab(page, title)
        self.addTab(contacts, self.tr("Gesprekken"))
        self.addTab(attachments, self.tr("Bijlagen"))

    def set_stored(self, stored: bool) -> None:
        """Conversations and attachments belong to a stored case only."""
        self.setTabEnabled(self.indexOf(self._contacts), stored)
        self.setTabEnabled(self.indexOf(self._attachments), stored)

    def show_counts(self, contacts: int, attachments: int) -> None:
        self.setTabText(
            self.indexOf(self._contacts),
            self.tr("Gesprekken (%1)").replace("%1", str(contacts))
            if contacts
            else self.tr("Gesprekken"),
        )
        self.setTabText(
            self.indexOf(self._attachments),
            self.tr("Bijlagen (%1)").replace("%1", str(attachments))
            if attachments
            else self.tr("Bijlagen"),
        )

    def show_first_problem(self) -> None:
        """Bring the page with the first message to the front, so the adviser sees why."""
        for page in self._field_pages:
            if any(not label.isHidden() for label in page.findChildren(InlineMessage)):
                self.setCurrentWidget(page)
                return


class CaseQuestions(QObject):
    """What the editor asks before a change of a stored case that cannot be taken back."""

    def __init__(self, prompts: Prompts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts

    def save_before_reopening(self) -> Choice:
        return self._prompts.save_discard_cancel(
            self.tr("Casus heropenen"),
            self.tr("Er zijn wijzigingen die nog niet zijn opgeslagen. Eerst opslaan?"),
        )

    def reopen(self, number: str) -> bool:
        return self._prompts.confirm(
            self.tr("Casus heropenen"),
            self.tr(
                "%1 weer openen? De sluitdatum, de afloop en de vernietigingsdatum vervallen."
            ).replace("%1", number),
        )

    def delete(self, number: str) -> bool:
        return self._prompts.confirm(
            self.tr("Casus verwijderen"),
            self.tr(
                "%1 met alle gesprekken, notities en bijlagen voorgoed verwijderen? De casus telt "
                "dan ook niet meer mee in de jaarverslagen. Dit kan niet ongedaan worden gemaakt."
            ).replace("%1", number),
            destructive=True,
        )


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
