"""The attachments of one case, kept inside the vault and viewed inside the app.

A copy outside the vault is made only when the adviser asks for one, after a warning that the copy
is no longer encrypted; it is written privately and atomically, and recorded in the audit log.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.vocab import Lang
from vp_desktop.services import audit
from vp_desktop.services.casework import attachments as attachment_service
from vp_desktop.services.casework.cases import get_case
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.services.safe_files import write_private_file
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.casework.attachment_viewer import AttachmentViewer
from vp_desktop.ui.shared.code_pickers import format_date
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.field_messages import InlineMessage
from vp_desktop.ui.shared.row_table_model import RowTableModel, row_table_view, selected_row
from vp_desktop.ui.shell.workspace import Workspace

NAME, KIND, SIZE, ADDED = range(4)


def read_file_for_vault(path: Path, problem: InlineMessage, lang: Lang) -> bytes | None:
    """The content of a regular file, read with the attachment limit (a pipe or a device is
    refused before anything is read), or None after saying in `problem` why it cannot be kept."""
    unreadable = QCoreApplication.translate(
        "AttachmentsPanel", "Het bestand kan niet worden gelezen."
    )
    try:
        return attachment_service.read_attachment_file(path)
    except ValidationError as invalid:
        problem.say(invalid.describe(lang))
    except OSError:
        problem.say(unreadable)
    return None


class AttachmentRow(NamedTuple):
    attachment_id: int
    filename: str
    media_type: str
    size: int
    added_on: dt.date


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class AttachmentTableModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        titles = (self.tr("Bestand"), self.tr("Soort"), self.tr("Grootte"), self.tr("Toegevoegd"))
        super().__init__(titles, parent)

    def kind_text(self, media_type: str) -> str:
        kinds = {
            "application/pdf": self.tr("PDF"),
            "image/png": self.tr("Afbeelding"),
            "image/jpeg": self.tr("Afbeelding"),
            "text/plain": self.tr("Tekst"),
            "message/rfc822": self.tr("E-mail"),
        }
        return kinds.get(media_type, self.tr("Document"))

    def display(self, row: AttachmentRow, column: int) -> str:
        return (
            row.filename,
            self.kind_text(row.media_type),
            size_text(row.size),
            format_date(row.added_on),
        )[column]


class AttachmentsPanel(QWidget):
    #: an attachment was added or deleted
    changed = Signal()

    def __init__(self, workspace: Workspace, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang: Lang = lang
        self._client_id: int | None = None
        self._case_id: int | None = None
        self._read_only = False
        self.model = AttachmentTableModel(self)
        self.viewer = AttachmentViewer()
        self._build()

    def _build(self) -> None:
        self.table = row_table_view(self.model, self.tr("Bijlagen"))
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.view_row(index.row()))

        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.view_button = QPushButton(self.tr("Bekijken"))
        self.save_copy_button = QPushButton(self.tr("Kopie opslaan…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.save_copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        for button in (
            self.add_button,
            self.view_button,
            self.save_copy_button,
            self.delete_button,
        ):
            button.setAccessibleName(button.text().rstrip("…"))
        self.add_button.clicked.connect(self.add_from_file)
        self.view_button.clicked.connect(lambda: self.view_row(self._selected_row()))
        self.save_copy_button.clicked.connect(lambda: self.save_copy(self._selected_row()))
        self.delete_button.clicked.connect(lambda: self.delete_row(self._selected_row()))
        self.problem = InlineMessage(self.tr("Melding bij bijlagen"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------

    def load(self, client_id: int, case_id: int, *, read_only: bool = False) -> None:
        self._client_id, self._case_id, self._read_only = client_id, case_id, read_only
        self.viewer.clear()
        self.problem.say("")
        with self._workspace.session() as session:
            rows = [
                AttachmentRow(a.id, a.filename, a.media_type, a.size, a.added_at.date())
                for a in attachment_service.list_attachments(session, client_id, case_id)
            ]
        self.model.set_rows(rows)
        self._update_buttons()

    def clear(self) -> None:
        self._client_id = self._case_id = None
        self.viewer.clear()
        self.model.clear()
        self.problem.say("")
        self._update_buttons()

    def _selected_row(self) -> int:
        return selected_row(self.table)

    def _update_buttons(self) -> None:
        has_case = self._case_id is not None
        selected = self._selected_row() >= 0
        self.add_button.setEnabled(has_case and not self._read_only)
        self.view_button.setEnabled(selected)
        self.save_copy_button.setEnabled(selected)
        self.delete_button.setEnabled(selected and not self._read_only)

    # -- actions ----------------------------------------------------------------------------

    def add_from_file(self) -> None:
        path = self._workspace.prompts.open_file(
            self.tr("Bijlage toevoegen"),
            self.tr(
                "Documenten en afbeeldingen (*.pdf *.png *.jpg *.jpeg *.txt *.docx *.doc "
                "*.eml);;Alle bestanden (*)"
            ),
        )
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> bool:
        if self._client_id is None or self._case_id is None:
            return False
        data = read_file_for_vault(path, self.problem, self._lang)
        if data is None:
            return False
        return self.add_bytes(path.name, data)

    def add_bytes(self, filename: str, data: bytes) -> bool:
        if self._client_id is None or self._case_id is None:
            return False
        try:
            with self._workspace.transaction() as session:
                attachment_service.add_attachment(
                    session, self._client_id, self._case_id, filename, data
                )
        except ValidationError as error:
            self.problem.say(error.describe(self._lang))
            return False
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        self.load(self._client_id, self._case_id, read_only=self._read_only)
        self.changed.emit()
        return True

    def _read(self, row: int) -> tuple[AttachmentRow, bytes] | None:
        if self._client_id is None or not 0 <= row < self.model.rowCount():
            return None
        meta = self.model.row_at(row)
        try:
            with self._workspace.session() as session:
                data = attachment_service.get_attachment(
                    session, self._client_id, meta.attachment_id
                ).data
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return None
        return meta, data

    def view_row(self, row: int) -> bool:
        found = self._read(row)
        if found is None:
            return False
        meta, data = found
        return self.viewer.show_attachment(meta.media_type, data)

    def save_copy(self, row: int) -> Path | None:
        found = self._read(row)
        if found is None or self._client_id is None or self._case_id is None:
            return None
        meta, data = found
        prompts = self._workspace.prompts
        if not prompts.confirm(
            self.tr("Kopie opslaan"),
            self.tr(
                "De kopie van “%1” staat buiten de kluis en is niet meer versleuteld. Iedereen "
                "die bij die map kan, kan hem lezen. Bewaar hem alleen zo lang als nodig."
            ).replace("%1", meta.filename),
            destructive=True,
        ):
            return None
        target = prompts.save_file(self.tr("Kopie opslaan als"), Path.home() / meta.filename)
        if target is None:
            return None
        try:
            write_private_file(target, data)
            with self._workspace.transaction() as session:
                case = get_case(session, self._client_id, self._case_id)
                audit.record(
                    session,
                    "attachment_exported",
                    client_code=case.client.code,
                    case_number=case.number,
                )
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return None
        self.problem.say("")
        return target

    def delete_row(self, row: int) -> bool:
        if self._client_id is None or self._case_id is None:
            return False
        if not 0 <= row < self.model.rowCount():
            return False
        meta = self.model.row_at(row)
        if not self._workspace.prompts.confirm(
            self.tr("Bijlage verwijderen"),
            self.tr("“%1” voorgoed uit de kluis verwijderen?").replace("%1", meta.filename),
            destructive=True,
        ):
            return False
        try:
            with self._workspace.transaction() as session:
                attachment_service.delete_attachment(session, self._client_id, meta.attachment_id)
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        self.load(self._client_id, self._case_id, read_only=self._read_only)
        self.changed.emit()
        return True
