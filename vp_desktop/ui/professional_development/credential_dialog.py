"""Adding or changing one of the adviser's credentials (registration, certification, VOG,
insurance). Like the other forms it stores itself (`save()`), so tests drive it without exec()."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vp_desktop.services.professional_development import credentials as service
from vp_desktop.services.professional_development.credentials import CredentialData
from vp_desktop.ui.shared.code_pickers import DateEdit, lang_of
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage
from vp_desktop.ui.shell.workspace import Workspace


class CredentialDialog(QDialog):
    saved = Signal(int)

    def __init__(
        self, workspace: Workspace, credential_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._credential_id = credential_id
        self._lang = lang_of(workspace)
        self.messages = FieldMessages(self._lang)
        self.setWindowTitle(
            self.tr("Nieuwe registratie of verklaring")
            if credential_id is None
            else self.tr("Registratie of verklaring")
        )
        self.setAccessibleName(self.windowTitle())
        self.kind = QComboBox()
        for code in service.KINDS:
            self.kind.addItem(service.kind_label(code, self._lang), code)
        self.number = QLineEdit()
        self.body = QLineEdit()
        self.body.setPlaceholderText(self.tr("bijv. LVV, Justis of de verzekeraar"))
        self.issued_on = DateEdit()
        self.valid_until = DateEdit()
        self.recertify_on = DateEdit()
        self.screening_profile = QLineEdit()
        self.screening_profile.setPlaceholderText(self.tr("bij een VOG, bijv. 45 (Zorg)"))
        self.note = QLineEdit()
        form = QFormLayout()
        for field, label, widget in (
            ("kind", self.tr("Soort"), self.kind),
            ("number", self.tr("Nummer"), self.number),
            ("body", self.tr("Instantie"), self.body),
            ("issued_on", self.tr("Afgegeven op"), self.issued_on),
            ("valid_until", self.tr("Geldig tot en met"), self.valid_until),
            ("recertify_on", self.tr("Herregistratie op"), self.recertify_on),
            ("screening_profile", self.tr("Screeningsprofiel"), self.screening_profile),
            ("note", self.tr("Opmerking"), self.note),
        ):
            self.messages.add_row(form, field, label, widget)
        for field, edit in (
            ("issued_on", self.issued_on),
            ("valid_until", self.valid_until),
            ("recertify_on", self.recertify_on),
        ):
            self.messages.watch_date(field, edit)
        self.problem = InlineMessage(self.tr("Melding bij registratie of verklaring"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        if credential_id is not None:
            with workspace.session() as session:
                self.set_data(CredentialData.of(service.get_credential(session, credential_id)))

    def set_data(self, data: CredentialData) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.number.setText(data.number or "")
        self.body.setText(data.body or "")
        self.issued_on.set_date(data.issued_on)
        self.valid_until.set_date(data.valid_until)
        self.recertify_on.set_date(data.recertify_on)
        self.screening_profile.setText(data.screening_profile or "")
        self.note.setText(data.note or "")

    def data(self) -> CredentialData:
        return CredentialData(
            kind=str(self.kind.currentData()),
            number=self.number.text(),
            body=self.body.text(),
            issued_on=self.issued_on.date(),
            valid_until=self.valid_until.date(),
            recertify_on=self.recertify_on.date(),
            screening_profile=self.screening_profile.text(),
            note=self.note.text(),
        )

    def save(self) -> int | None:
        if not self.messages.begin_save(self.problem):
            return None
        data = self.data()

        def write(session: Session) -> int:
            if self._credential_id is None:
                return service.add_credential(session, data).id
            return service.update_credential(session, self._credential_id, data).id

        credential_id = self.messages.store(self._workspace, write, self.problem)
        if credential_id is None:
            return None
        self._credential_id = credential_id
        self.saved.emit(credential_id)
        return credential_id

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()
