"""The case editor's row of file actions: the melder's own file (inzage), the destroy-by date,
and destroying the file now. Each button calls one use case of services/casework."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vp_desktop.services.casework import destroy_by, melder_file
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.errors import VaultClosed, VaultError
from vp_desktop.store.vault import Vault
from vp_desktop.ui.casework.destroy_by_dialog import DestroyByDialog
from vp_desktop.ui.shared.background import BackgroundOperation, error_text
from vp_desktop.ui.shared.code_pickers import lang_of
from vp_desktop.ui.shell.workspace import Workspace

PDF_FILTER = "PDF (*.pdf)"


class CaseFileActions(QWidget):
    """Buttons under a stored case; `changed` tells the editor to load the case anew."""

    changed = Signal(int)  # case id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id: int | None = None
        self._case_id: int | None = None
        self._closed = False
        self._destroy_by: dt.date | None = None
        self._operation: BackgroundOperation | None = None
        #: the destroy-by dialog while it is open (tests fill it in)
        self.dialog: DestroyByDialog | None = None
        self.melder_file_button = QPushButton(self.tr("Dossier voor de melder…"))
        self.melder_file_button.setToolTip(
            self.tr("Alles over deze casus als PDF, voor een inzageverzoek van de melder")
        )
        self.destroy_by_button = QPushButton(self.tr("Vernietigingsdatum…"))
        self.destroy_now_button = QPushButton(self.tr("Nu vernietigen…"))
        for button, name in (
            (self.melder_file_button, self.tr("Dossier voor de melder opslaan")),
            (self.destroy_by_button, self.tr("Vernietigingsdatum wijzigen")),
            (self.destroy_now_button, self.tr("Dossier nu vernietigen")),
        ):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
        self.melder_file_button.clicked.connect(self.save_melder_file)
        self.destroy_by_button.clicked.connect(self.change_destroy_by)
        self.destroy_now_button.clicked.connect(self.destroy_now)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Melding bij het dossier"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.melder_file_button)
        row.addWidget(self.destroy_by_button)
        row.addWidget(self.destroy_now_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.show_case(None, None)

    def show_case(
        self,
        client_id: int | None,
        case_id: int | None,
        *,
        closed: bool = False,
        purged: bool = False,
        destroy_by: dt.date | None = None,
    ) -> None:
        self._client_id, self._case_id = client_id, case_id
        self._closed, self._destroy_by = closed, destroy_by
        stored = case_id is not None
        self.setVisible(stored)
        self.melder_file_button.setVisible(stored)
        self.destroy_by_button.setVisible(stored and closed and not purged)
        self.destroy_now_button.setVisible(stored and closed and not purged)
        self._tell("")

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.setHidden(not text)

    def _vault(self) -> Vault:
        vault = self._workspace.vault
        if vault is None:
            raise VaultClosed()
        return vault

    def _ids(self) -> tuple[int, int] | None:
        if self._client_id is None or self._case_id is None or self._operation is not None:
            return None
        return self._client_id, self._case_id

    # -- the melder's file ----------------------------------------------------------------------

    def save_melder_file(self) -> None:
        ids = self._ids()
        if ids is None:
            return
        try:
            suggested = melder_file.suggested_path(self._vault(), *ids, Path.home())
        except (NotFound, VaultError) as error:
            self._tell(error_text(error))
            return
        prompts = self._workspace.prompts
        if not prompts.confirm(
            self.tr("Dossier voor de melder opslaan"),
            self.tr(
                "Het dossier komt als PDF buiten de kluis te staan en is niet versleuteld. "
                "Iedereen die bij die map kan, kan het lezen. Bewaar het alleen zo lang als nodig."
            )
            + "\n\n"
            + self.tr(
                "Het kan ook namen en gegevens van anderen bevatten (andere betrokkenen, "
                "beklaagden, aantekeningen, gesprekken). Lees het na en maak die onleesbaar waar "
                "nodig voordat u het aan de melder geeft: inzage mag de rechten van anderen niet "
                "schaden (AVG art. 15 lid 4)."
            ),
            destructive=True,
        ):
            return
        target = prompts.save_file(self.tr("Dossier voor de melder opslaan"), suggested, PDF_FILTER)
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            path = melder_file.export_melder_file(
                self._vault(), *ids, target, lang=lang_of(self._workspace)
            )
        except (NotFound, VaultError, ValidationError, OSError) as error:
            self._tell(error_text(error))
            return
        self._tell(
            self.tr("Het dossier is opgeslagen in %1. Geef het de melder zelf; het staat ook in "
                    "het logboek.").replace("%1", str(path))
        )  # fmt: skip

    # -- the destroy-by date --------------------------------------------------------------------

    def change_destroy_by(self) -> None:
        ids = self._ids()
        if ids is None or not self._closed:
            return
        dialog = DestroyByDialog(self._destroy_by or dt.date.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda day, reason: self._store_destroy_by(ids, day, reason))
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _store_destroy_by(self, ids: tuple[int, int], day: dt.date, reason: str) -> None:
        dialog = self.dialog
        try:
            destroy_by.change_destroy_by(self._vault(), *ids, day, reason)
        except ValidationError as error:
            if dialog is not None:
                dialog.say(error_text(error))
            return
        except (NotFound, VaultError) as error:
            if dialog is not None:
                dialog.say(error_text(error))
            return
        if dialog is not None:
            dialog.accept()
        self.changed.emit(ids[1])

    # -- destroying now -------------------------------------------------------------------------

    def destroy_now(self) -> None:
        ids = self._ids()
        if ids is None or not self._closed:
            return
        if not self._workspace.prompts.confirm(
            self.tr("Dossier nu vernietigen"),
            self.tr(
                "De persoonsgegevens, notities, gespreksverslagen en bijlagen van deze casus "
                "worden nu voorgoed vernietigd, ook uit het kluisbestand zelf. Alleen de anonieme "
                "registratie voor de jaarverslagen blijft. Dit kan niet ongedaan worden gemaakt."
            ),
            destructive=True,
        ):
            return
        vault = self._vault()
        operation = BackgroundOperation(
            self.tr("Dossier vernietigen"),
            lambda _reporter: destroy_by.destroy_now(vault, *ids),
            self,
        )
        operation.succeeded.connect(lambda _result: self._destroyed(ids[1]))
        operation.failed.connect(lambda error: self._tell(error_text(error)))
        operation.finished.connect(self._operation_ended)
        self._operation = operation
        self._tell(self.tr("Het dossier wordt vernietigd…"))
        for button in (self.melder_file_button, self.destroy_by_button, self.destroy_now_button):
            button.setEnabled(False)
        operation.start()

    def _operation_ended(self, _outcome: object) -> None:
        self._operation = None
        for button in (self.melder_file_button, self.destroy_by_button, self.destroy_now_button):
            button.setEnabled(True)

    def _destroyed(self, case_id: int) -> None:
        if self._workspace.is_open:
            self.changed.emit(case_id)  # the editor loads the case anew (this clears the row)
            self._tell(self.tr("Het dossier is vernietigd."))

    @property
    def busy(self) -> bool:
        return self._operation is not None
