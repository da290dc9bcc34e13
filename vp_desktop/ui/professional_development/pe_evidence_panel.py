"""The evidence of one development activity (certificates, attendance proof), kept in the vault.

Choosing a file shows it from memory (`AttachmentViewer`); a copy leaves the vault only when the
adviser exports it, written privately and recorded in the audit log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.services.professional_development import pe as pe_service
from vp_desktop.services.professional_development import pe_export
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.casework.attachment_viewer import AttachmentViewer
from vp_desktop.ui.casework.attachments_panel import read_file_for_vault
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.field_messages import InlineMessage
from vp_desktop.ui.shell.workspace import Workspace

_EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PeEvidencePanel(QWidget):
    #: evidence was added or deleted (the activity list shows how many files each activity has)
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang: Lang = "nl"
        self._activity_id: int | None = None
        self.setAccessibleName(self.tr("Bewijsstukken"))
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Bewijsstukken van de activiteit"))
        self.files.setMaximumHeight(110)
        self.files.currentRowChanged.connect(self._current_changed)
        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.view_button = QPushButton(self.tr("Bekijken"))
        self.export_button = QPushButton(self.tr("Exporteren…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.add_button.clicked.connect(self.add_from_file)
        self.view_button.clicked.connect(self.view)
        self.export_button.clicked.connect(self.export)
        self.delete_button.clicked.connect(self.delete)
        names = (
            self.tr("Bewijs toevoegen"),
            self.tr("Bewijs bekijken"),
            self.tr("Bewijs exporteren"),
            self.tr("Bewijs verwijderen"),
        )
        buttons = QHBoxLayout()
        for button, name in zip(self.buttons(), names, strict=True):
            button.setAccessibleName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.problem = InlineMessage(self.tr("Melding bij bewijsstukken"))
        self.viewer = AttachmentViewer(
            placeholder=self.tr("Kies een bewijsstuk om het hier te bekijken."),
            save_action=self.tr("Exporteren"),
        )
        # The list and its buttons beside the viewer: the panel sits below the activity log,
        # which keeps the window's whole width for its columns.
        column = QVBoxLayout()
        column.addWidget(QLabel(f"<b>{self.tr('Bewijsstukken')}</b>"))
        column.addWidget(self.files)
        column.addLayout(buttons)
        column.addWidget(self.problem)
        column.addStretch(1)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(column)
        box.addWidget(self.viewer, 1)
        self._update_buttons()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_button, self.view_button, self.export_button, self.delete_button)

    # -- loading ----------------------------------------------------------------------------

    def load(self, activity_id: int | None, lang: Lang) -> None:
        """Show the evidence of this activity (None: no activity chosen); the first file shows."""
        self._activity_id, self._lang = activity_id, lang
        self.files.clear()
        self.viewer.clear()
        self.problem.say("")
        items: list[tuple[int, str]] = []
        if activity_id is not None:
            try:
                with self._workspace.session() as session:
                    activity = pe_service.get_pe_activity(session, activity_id)
                    items = [(e.id, e.filename) for e in activity.evidence]
            except (NotFound, VaultError) as error:
                self.problem.say(vault_error_text(error))
        for evidence_id, filename in items:
            item = QListWidgetItem(filename, self.files)
            item.setData(_EVIDENCE_ID_ROLE, evidence_id)
        if items:
            self.files.setCurrentRow(0)
        self._update_buttons()

    def clear(self) -> None:
        self.load(None, self._lang)

    def selected_id(self) -> int | None:
        item = self.files.currentItem()
        return None if item is None else int(item.data(_EVIDENCE_ID_ROLE))

    def select(self, evidence_id: int) -> None:
        for row in range(self.files.count()):
            if self.files.item(row).data(_EVIDENCE_ID_ROLE) == evidence_id:
                self.files.setCurrentRow(row)

    def _current_changed(self, row: int) -> None:
        # Choosing a certificate shows it: that is what the adviser picks it for.
        self._update_buttons()
        if row >= 0:
            self.view()
        else:
            self.viewer.clear()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._activity_id is not None)
        for button in self.buttons()[1:]:
            button.setEnabled(self.selected_id() is not None)

    # -- actions ----------------------------------------------------------------------------

    def add_from_file(self) -> None:
        path = self._workspace.prompts.open_file(
            self.tr("Bewijsstuk toevoegen"), self.tr("Certificaten (*.pdf *.png *.jpg *.jpeg)")
        )
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> bool:
        if self._activity_id is None:
            return False
        data = read_file_for_vault(path, self.problem, self._lang)
        if data is None:
            return False
        try:
            with self._workspace.transaction() as session:
                evidence = pe_service.add_evidence(session, self._activity_id, path.name, data)
                evidence_id = evidence.id
        except ValidationError as error:
            self.problem.say(error.describe(self._lang))
            return False
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        self.load(self._activity_id, self._lang)
        self.select(evidence_id)  # shows it
        self.changed.emit()
        return True

    def view(self) -> bool:
        evidence_id = self.selected_id()
        if evidence_id is None:
            return False
        try:
            with self._workspace.session() as session:
                evidence = pe_service.get_evidence(session, evidence_id)
                media_type, data = evidence.media_type, evidence.data
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        return self.viewer.show_attachment(media_type, data)

    def export(self) -> Path | None:
        evidence_id = self.selected_id()
        if evidence_id is None:
            return None
        try:
            with self._workspace.session() as session:
                name = pe_export.suggested_evidence_name(session, evidence_id, self._lang)
            target = self._workspace.prompts.save_file(
                self.tr("Bewijsstuk exporteren"), Path.home() / name
            )
            if target is None:
                return None
            with self._workspace.transaction() as session:
                pe_export.export_one_evidence(session, evidence_id, target)
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return None
        self.problem.say("")
        return target

    def delete(self) -> bool:
        evidence_id = self.selected_id()
        item = self.files.currentItem()
        if evidence_id is None or item is None:
            return False
        if not self._workspace.prompts.confirm(
            self.tr("Bewijsstuk verwijderen"),
            self.tr("“%1” voorgoed uit de kluis verwijderen?").replace("%1", item.text()),
            destructive=True,
        ):
            return False
        try:
            with self._workspace.transaction() as session:
                pe_service.delete_evidence(session, evidence_id)
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        self.load(self._activity_id, self._lang)
        self.changed.emit()
        return True
