"""Adding or changing a client organisation (opdrachtgever)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.services.clients import clients as client_service
from vp_desktop.services.clients.clients import ClientData
from vp_desktop.ui.professional_development.client_fields import ClientPeFields
from vp_desktop.ui.shared.code_pickers import CodeCombo, DateEdit, lang_of
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage
from vp_desktop.ui.shell.workspace import Workspace

MAX_HEADCOUNT = 10_000_000


class ClientDialog(QDialog):
    """Every field of a client. `save()` stores without closing, so tests can drive it."""

    #: the client was stored (its id)
    saved = Signal(int)

    def __init__(
        self, workspace: Workspace, client_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id = client_id
        self._lang = lang_of(workspace)
        self.messages = FieldMessages(self._lang)
        self.setWindowTitle(
            self.tr("Nieuwe opdrachtgever") if client_id is None else self.tr("Opdrachtgever")
        )
        self.setAccessibleName(self.windowTitle())
        self._build()
        if client_id is not None:
            self._load(client_id)

    def _build(self) -> None:
        lang = self._lang
        self.code = QLineEdit()
        self.code.setMaxLength(12)
        self.code.setPlaceholderText(self.tr("bijv. ACME"))
        self.code.setToolTip(self.tr("Korte code voor de casusnummers, zoals ACME-2026-001"))
        self.name = QLineEdit()
        self.sector = CodeCombo(vocab.SECTORS, lang)
        self.size_band = CodeCombo(vocab.SIZE_BANDS, lang)
        self.headcount = QLineEdit()
        self.headcount.setValidator(QIntValidator(0, MAX_HEADCOUNT, self))
        self.headcount.setPlaceholderText(self.tr("ongeveer"))
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_email.setPlaceholderText(self.tr("naam@organisatie.nl"))
        self.contract_start = DateEdit()
        self.contract_end = DateEdit()
        self.role_unwanted_behaviour = QCheckBox(vocab.ROLES.label("unwanted_behaviour", lang))
        self.role_integrity = QCheckBox(vocab.ROLES.label("integrity", lang))
        roles = QWidget()
        roles_box = QVBoxLayout(roles)
        roles_box.setContentsMargins(0, 0, 0, 0)
        roles_box.addWidget(self.role_unwanted_behaviour)
        roles_box.addWidget(self.role_integrity)
        self.role_unwanted_behaviour.setAccessibleName(self.role_unwanted_behaviour.text())
        self.role_integrity.setAccessibleName(self.role_integrity.text())
        self.role_unwanted_behaviour.setChecked(True)

        form = QFormLayout()
        for field, label, widget in (
            ("code", self.tr("Code"), self.code),
            ("name", self.tr("Naam"), self.name),
            ("sector", vocab.SECTORS.title(lang), self.sector),
            ("size_band", vocab.SIZE_BANDS.title(lang), self.size_band),
            ("headcount", self.tr("Aantal medewerkers"), self.headcount),
            ("contact_name", self.tr("Contactpersoon jaarverslag"), self.contact_name),
            ("contact_email", self.tr("E-mail contactpersoon"), self.contact_email),
            ("contract_start", self.tr("Contract vanaf"), self.contract_start),
            ("contract_end", self.tr("Contract tot en met"), self.contract_end),
            ("roles", self.tr("Rollen"), roles),
        ):
            self.messages.add_row(form, field, label, widget)
        self.pe_fields = ClientPeFields(lang, self)
        self.pe_fields.add_rows(self.messages, form)
        self.messages.watch_date("contract_start", self.contract_start)
        self.messages.watch_date("contract_end", self.contract_end)
        self.problem = InlineMessage(self.tr("Melding bij opdrachtgever"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(480)

    def _load(self, client_id: int) -> None:
        with self._workspace.session() as session:
            data = ClientData.of(client_service.get_client(session, client_id))
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.sector.set_code(data.sector)
        self.size_band.set_code(data.size_band)
        self.headcount.setText(str(data.headcount) if data.headcount else "")
        self.contact_name.setText(data.contact_name or "")
        self.contact_email.setText(data.contact_email or "")
        self.contract_start.set_date(data.contract_start)
        self.contract_end.set_date(data.contract_end)
        self.role_unwanted_behaviour.setChecked(data.role_unwanted_behaviour)
        self.role_integrity.setChecked(data.role_integrity)
        self.pe_fields.set_from(data)

    @property
    def client_id(self) -> int | None:
        return self._client_id

    def data(self) -> ClientData:
        headcount = self.headcount.text().strip()
        data = ClientData(
            code=self.code.text(),
            name=self.name.text(),
            sector=self.sector.code(),
            size_band=self.size_band.code(),
            headcount=int(headcount) if headcount else None,
            contact_name=self.contact_name.text().strip() or None,
            contact_email=self.contact_email.text().strip() or None,
            contract_start=self.contract_start.date(),
            contract_end=self.contract_end.date(),
            role_unwanted_behaviour=self.role_unwanted_behaviour.isChecked(),
            role_integrity=self.role_integrity.isChecked(),
        )
        return self.pe_fields.apply(data)

    def save(self) -> int | None:
        """Store the client; its id, or None when refused (the messages say why)."""
        if not self.messages.begin_save(self.problem):
            return None
        data = self.data()

        def write(session: Session) -> int:
            if self._client_id is None:
                return client_service.create_client(session, data).id
            return client_service.update_client(session, self._client_id, data).id

        client_id = self.messages.store(self._workspace, write, self.problem)
        if client_id is None:
            return None
        self._client_id = client_id
        self.code.setText(data.code)
        self.saved.emit(client_id)
        return client_id

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()
