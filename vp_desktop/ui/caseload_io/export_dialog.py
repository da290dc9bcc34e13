"""Exporting a client's caseload (or every client's) to CSV or Excel, in the import format."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.services import caseload_io
from vp_desktop.services.caseload_io import ExportFormat, ExportResult
from vp_desktop.services.clients import clients as client_service
from vp_desktop.services.errors import NotFound
from vp_desktop.store.errors import DiskFull, FolderMissing, LocationUnwritable, VaultError
from vp_desktop.ui.shared.code_pickers import lang_of
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.style import BANNER_BOX, apply_style
from vp_desktop.ui.shared.wording import count_text
from vp_desktop.ui.shell.workspace import Workspace

_CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ExportDialog(QDialog):
    """Choose the client (or all), the format and whether identifying data goes along."""

    #: a file was written
    exported = Signal(object)  # ExportResult

    def __init__(
        self, workspace: Workspace, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang = lang_of(workspace)
        self.setWindowTitle(self.tr("Casussen exporteren"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._load_clients(client_id)

    def _build(self) -> None:
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Opdrachtgever"))
        self.csv = QRadioButton(self.tr("CSV (opent in Excel)"))
        self.xlsx = QRadioButton(self.tr("Excel-werkmap (.xlsx)"))
        self.csv.setChecked(True)
        formats = QButtonGroup(self)
        formats_box = QWidget()
        row = QHBoxLayout(formats_box)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.csv, self.xlsx):
            button.setAccessibleName(button.text())
            formats.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.identifying = QCheckBox(
            self.tr("Ook namen, contactgegevens, afdelingen, beklaagden en notities")
        )
        self.identifying.setAccessibleName(self.tr("Identificerende gegevens meenemen"))
        self.warning = QLabel(
            self.tr(
                "Let op: het bestand bevat dan gegevens waarmee melders te herkennen zijn. Het "
                "wordt niet versleuteld. Bewaar het veilig en verwijder het zodra het niet meer "
                "nodig is."
            )
        )
        self.warning.setWordWrap(True)
        apply_style(self.warning, BANNER_BOX)
        self.warning.setAccessibleName(self.tr("Waarschuwing bij identificerende gegevens"))
        self.warning.hide()
        self.identifying.toggled.connect(self._show_warning)

        form = QFormLayout()
        for label, widget in (
            (self.tr("Opdrachtgever"), self.client),
            (self.tr("Bestandsformaat"), formats_box),
            (self.tr("Identificerende gegevens"), self.identifying),
        ):
            caption = QLabel(label + ":")
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Exporteren…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.export_button.setAccessibleName(self.tr("Exporteren"))
        cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        intro = QLabel(
            self.tr(
                "Eén casus per rij, in hetzelfde formaat als de import, zodat het bestand later "
                "weer kan worden ingelezen. Zonder identificerende gegevens bevat het alleen de "
                "registratie: datums, spoor, onderwerpen, afloop en gesprekken."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("Uitleg"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.client, self.csv)
        self.setTabOrder(self.csv, self.xlsx)
        self.setTabOrder(self.xlsx, self.identifying)
        self.setTabOrder(self.identifying, self.export_button)
        self.setMinimumWidth(520)

    def _show_warning(self, visible: bool) -> None:
        self.warning.setVisible(visible)
        self.adjustSize()  # grow to fit the warning instead of squeezing the form

    def _load_clients(self, selected: int | None) -> None:
        with self._workspace.session() as session:
            summaries = client_service.list_clients(session)
        self.client.addItem(self.tr("Alle opdrachtgevers"), None)
        for summary in summaries:
            self.client.addItem(f"{summary.name} ({summary.code})", summary.id)
            self.client.setItemData(self.client.count() - 1, summary.code, _CODE_ROLE)
            if summary.id == selected:
                self.client.setCurrentIndex(self.client.count() - 1)

    def selected_client(self) -> tuple[int | None, str | None]:
        """The chosen client's id and code; (None, None) for all clients."""
        client_id = self.client.currentData()
        if client_id is None:
            return None, None
        return int(client_id), str(self.client.currentData(_CODE_ROLE))

    def format(self) -> ExportFormat:
        return "xlsx" if self.xlsx.isChecked() else "csv"

    def export(self) -> ExportResult | None:
        """Ask where to save, then write the file; None when cancelled or refused."""
        prompts = self._workspace.prompts
        client_id, code = self.selected_client()
        fmt = self.format()
        name = caseload_io.suggested_file_name(code, fmt, dt.date.today())
        filters = (
            self.tr("Excel-werkmap (*.xlsx)") if fmt == "xlsx" else self.tr("CSV-bestand (*.csv)")
        )
        target = prompts.save_file(self.tr("Casussen exporteren"), Path.home() / name, filters)
        if target is None:
            return None
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        try:
            with self._workspace.transaction() as session:
                result = caseload_io.export_caseload(
                    session,
                    target,
                    client_id=client_id,
                    fmt=fmt,
                    with_identifying=self.identifying.isChecked(),
                    values=self._lang,
                )
        except (VaultError, NotFound, OSError) as error:
            prompts.error(self.tr("Exporteren niet gelukt"), self._failure_text(error))
            return None
        prompts.info(
            self.tr("Export klaar"),
            count_text(
                result.cases,
                self.tr("1 casus geëxporteerd naar %2."),
                self.tr("%1 casussen geëxporteerd naar %2."),
            ).replace("%2", str(result.path)),
        )
        self.exported.emit(result)
        return result

    def _failure_text(self, error: VaultError | NotFound | OSError) -> str:
        if isinstance(error, DiskFull):
            return self.tr("De schijf is vol; er is geen bestand geschreven. Maak ruimte vrij.")
        if isinstance(error, FolderMissing):
            return str(vault_error_text(error))
        if isinstance(error, LocationUnwritable | PermissionError):
            return self.tr("Op deze plek kan niet worden geschreven. Kies een andere map.")
        if isinstance(error, VaultError | NotFound):
            return str(vault_error_text(error))
        return self.tr("Het bestand kon niet worden geschreven. Kies een andere plek.")

    def accept(self) -> None:
        if self.export() is not None:
            super().accept()
