"""The "Registratie en VOG" tab of the PE section: the adviser's credentials with their dates,
what expires soon, the evidence files (kept in the vault), and how early the dashboard warns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.services import settings as settings_service
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.services.professional_development import credentials as service
from vp_desktop.services.safe_files import write_private_file
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.casework.attachments_panel import read_file_for_vault
from vp_desktop.ui.professional_development.credential_dialog import CredentialDialog
from vp_desktop.ui.professional_development.dashboard_lines import warning_text
from vp_desktop.ui.shared.code_pickers import format_date, lang_of
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.field_messages import InlineMessage
from vp_desktop.ui.shared.style import Role, text_role
from vp_desktop.ui.shell.workspace import Workspace

_ID = Qt.ItemDataRole.UserRole + 1


class CredentialsPanel(QWidget):
    changed = Signal()

    def __init__(
        self, workspace: Workspace, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self.active_dialog: CredentialDialog | None = None
        intro = QLabel(
            self.tr(
                "Uw registratie, certificering, verklaring omtrent het gedrag (VOG) en "
                "beroepsaansprakelijkheidsverzekering, met de bewijsstukken. Het dashboard "
                "waarschuwt op tijd voordat iets verloopt."
            )
        )
        intro.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        text_role(self.warnings, Role.ERROR)
        self.warnings.setAccessibleName(self.tr("Wat binnenkort verloopt"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Soort"),
                self.tr("Nummer"),
                self.tr("Instantie"),
                self.tr("Geldig tot en met"),
                self.tr("Herregistratie"),
            ]
        )
        self.table.setAccessibleName(self.tr("Registraties en verklaringen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Bewijsstukken van de registratie"))
        self.files.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.add_file_button = QPushButton(self.tr("Bewijsstuk toevoegen…"))
        self.export_file_button = QPushButton(self.tr("Bewijsstuk opslaan…"))
        self.delete_file_button = QPushButton(self.tr("Bewijsstuk verwijderen"))
        for button, slot in (
            (self.add_button, self.add),
            (self.edit_button, self.edit),
            (self.delete_button, self.delete),
            (self.add_file_button, self.add_file_from_disk),
            (self.export_file_button, self.export_file),
            (self.delete_file_button, self.delete_file),
        ):
            button.clicked.connect(slot)
            button.setAccessibleName(button.text().rstrip("…"))
        self.warn_months = QSpinBox()
        self.warn_months.setRange(1, 24)
        self.warn_months.valueChanged.connect(self._months_suffix)
        self._months_suffix(self.warn_months.value())
        self.warn_months.setAccessibleName(self.tr("Zo lang van tevoren waarschuwen"))
        self.warn_months.editingFinished.connect(self.save_warning_months)
        self.problem = InlineMessage(self.tr("Melding bij registratie en VOG"))

        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        caption = QLabel(self.tr("Waarschuwen vanaf"))
        caption.setBuddy(self.warn_months)
        tools.addWidget(caption)
        tools.addWidget(self.warn_months)
        tools.addWidget(QLabel(self.tr("voor het verlopen")))
        file_tools = QHBoxLayout()
        for button in (self.add_file_button, self.export_file_button, self.delete_file_button):
            file_tools.addWidget(button)
        file_tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warnings)
        layout.addLayout(tools)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Bewijsstukken")))
        layout.addWidget(self.files, 1)
        layout.addLayout(file_tools)
        self._update_buttons()

    def _months_suffix(self, value: int) -> None:
        self.warn_months.setSuffix(self.tr(" maand") if value == 1 else self.tr(" maanden"))

    # -- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        lang = lang_of(self._workspace)
        keep = self.selected_id()
        with self._workspace.session() as session:
            rows = [
                (c.id, service.kind_label(c.kind, lang), c.number, c.body, c.valid_until,
                 c.recertify_on)
                for c in service.list_credentials(session)
            ]  # fmt: skip
            warnings = service.credential_warnings(session, self._today())
            months = settings_service.load(session).credential_warning_months
        self.table.setRowCount(len(rows))
        for row, (credential_id, *cells) in enumerate(rows):
            for column, value in enumerate(cells):
                text = format_date(value) if isinstance(value, dt.date) else (value or "")
                item = QTableWidgetItem(str(text))
                item.setData(_ID, credential_id)
                self.table.setItem(row, column, item)
        self.warnings.setText("\n".join(warning_text(w, lang) for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.warn_months.setValue(months)
        if keep is not None:
            self.select(keep)
        self._load_files()

    def clear(self) -> None:
        if self.active_dialog is not None:
            self.active_dialog.reject()
            self.active_dialog = None
        self.table.setRowCount(0)
        self.files.clear()
        self.warnings.clear()
        self.problem.say("")

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(_ID)) if items else None

    def select(self, credential_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(_ID) == credential_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self._load_files()
        self._update_buttons()

    def _load_files(self) -> None:
        self.files.clear()
        credential_id = self.selected_id()
        if credential_id is None:
            return
        try:
            with self._workspace.session() as session:
                evidence = [
                    (e.id, e.filename)
                    for e in service.get_credential(session, credential_id).evidence
                ]
        except (NotFound, VaultError):
            return
        for evidence_id, name in evidence:
            item = QListWidgetItem(name)
            item.setData(_ID, evidence_id)
            self.files.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.edit_button, self.delete_button, self.add_file_button):
            button.setEnabled(has)
        has_file = self.files.currentItem() is not None and bool(self.files.selectedItems())
        self.export_file_button.setEnabled(has_file)
        self.delete_file_button.setEnabled(has_file)

    # -- credentials --------------------------------------------------------------------------

    def add(self) -> CredentialDialog:
        return self._open(None)

    def edit(self) -> CredentialDialog | None:
        credential_id = self.selected_id()
        return None if credential_id is None else self._open(credential_id)

    def _open(self, credential_id: int | None) -> CredentialDialog:
        dialog = CredentialDialog(self._workspace, credential_id, self)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, credential_id: int) -> None:
        self.refresh()
        self.select(credential_id)
        self.changed.emit()

    def _closed(self, dialog: CredentialDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def delete(self) -> bool:
        credential_id = self.selected_id()
        if credential_id is None or not self._workspace.prompts.confirm(
            self.tr("Registratie verwijderen"),
            self.tr("Deze registratie of verklaring voorgoed verwijderen, met de bewijsstukken?"),
            destructive=True,
        ):
            return False
        return self._write(lambda s: service.delete_credential(s, credential_id))

    def save_warning_months(self) -> bool:
        months = self.warn_months.value()
        return self._write(lambda s: settings_service.update(s, credential_warning_months=months))

    # -- evidence -----------------------------------------------------------------------------

    def add_file_from_disk(self) -> None:
        path = self._workspace.prompts.open_file(
            self.tr("Bewijsstuk toevoegen"), self.tr("Documenten (*.pdf *.png *.jpg *.jpeg)")
        )
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> bool:
        credential_id = self.selected_id()
        if credential_id is None:
            return False
        data = read_file_for_vault(path, self.problem, lang_of(self._workspace))
        if data is None:
            return False
        return self._write(
            lambda s: service.add_credential_evidence(s, credential_id, path.name, data)
        )

    def export_file(self) -> Path | None:
        item = self.files.currentItem()
        if item is None:
            return None
        target = self._workspace.prompts.save_file(
            self.tr("Bewijsstuk opslaan"), Path.home() / item.text()
        )
        if target is None:
            return None
        try:
            with self._workspace.session() as session:
                data = service.get_credential_evidence(session, int(item.data(_ID))).data
            write_private_file(target, data)
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return None
        return target

    def delete_file(self) -> bool:
        item = self.files.currentItem()
        if item is None or not self._workspace.prompts.confirm(
            self.tr("Bewijsstuk verwijderen"),
            self.tr("“%1” voorgoed uit de kluis verwijderen?").replace("%1", item.text()),
            destructive=True,
        ):
            return False
        evidence_id = int(item.data(_ID))
        return self._write(lambda s: service.delete_credential_evidence(s, evidence_id))

    def _write(self, action: Callable[..., object]) -> bool:
        try:
            with self._workspace.transaction() as session:
                action(session)
        except ValidationError as error:
            self.problem.say(error.describe(lang_of(self._workspace)))
            return False
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        self.problem.say("")
        self.refresh()
        self.changed.emit()
        return True
