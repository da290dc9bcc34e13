"""Offboarding a client at contract end: choose a folder, type the client's code, confirm.

Everything of the client is exported to the folder first (annual reports, the caseload, the file
of each open case); only then is the client deleted with all its data. The button stays disabled
until a folder is chosen and the code typed matches exactly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vp_desktop.services.clients import clients
from vp_desktop.services.data_safety import offboarding
from vp_desktop.services.data_safety.offboarding import OffboardResult
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shared.error_texts import wipe_pending_text
from vp_desktop.ui.shared.passphrase_widgets import language
from vp_desktop.ui.shared.prompts import Prompts
from vp_desktop.ui.shared.style import NOTE_BOX, Role, apply_style, text_role
from vp_desktop.ui.shared.task_dialog import (
    TaskDialog,
    buddy_label,
    busy_bar,
    message_label,
    safety_error_text,
    with_choose_button,
)


class OffboardDialog(TaskDialog):
    offboarded = Signal(object)  # OffboardResult

    def __init__(
        self,
        vault: Vault,
        prompts: Prompts,
        client_id: int,
        parent: QWidget | None = None,
        *,
        start_folder: Path | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._prompts = prompts
        self._client_id = client_id
        self._today = today
        with vault.session() as session:
            client = clients.get_client(session, client_id)
            self.client_code, client_name = client.code, client.name
            case_count = clients.list_clients(session)
        open_cases = next((c.open_cases for c in case_count if c.id == client_id), 0)
        total_cases = next((c.total_cases for c in case_count if c.id == client_id), 0)

        self.setWindowTitle(self.tr("Opdrachtgever afsluiten"))
        title = QLabel(f"<b>{client_name}</b> ({self.client_code})")
        title.setAccessibleName(self.tr("Opdrachtgever"))
        intro = QLabel(
            self.tr(
                "Aan het einde van het contract zet VP Desktop alles van deze opdrachtgever in een "
                "map: de jaarverslagen, een overzicht van de casussen en het dossier van elke "
                "lopende casus (%1 van de %2). Daarna worden de opdrachtgever en al zijn "
                "gegevens voorgoed uit de kluis verwijderd."
            )
            .replace("%1", str(open_cases))
            .replace("%2", str(total_cases))
        )
        intro.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "De map bevat vertrouwelijke gegevens. Kies een versleutelde schijf of USB-stick "
                "en geef de bestanden alleen door aan wie ze mag ontvangen."
            )
        )
        warning.setWordWrap(True)
        apply_style(warning, NOTE_BOX)
        warning.setAccessibleName(self.tr("Waarschuwing over de export"))

        self.folder = QLineEdit(str(start_folder) if start_folder else "")
        self.folder.setAccessibleName(self.tr("Map voor de export"))
        self.folder.setPlaceholderText(self.tr("Kies een map…"))
        self.browse = QPushButton(self.tr("Kiezen…"))
        self.browse.setAccessibleName(self.tr("Map kiezen"))
        self.browse.clicked.connect(self._choose_folder)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Code van de opdrachtgever ter bevestiging"))
        self.code.setPlaceholderText(self.client_code)
        code_note = QLabel(
            self.tr("Typ ter bevestiging de code van de opdrachtgever: %1").replace(
                "%1", self.client_code
            )
        )
        code_note.setWordWrap(True)
        text_role(code_note, Role.MUTED)

        self.progress = busy_bar(self.tr("Voortgang van het afsluiten"))
        self.message = message_label(self.tr("Melding bij afsluiten"))
        self.offboard_button, self.close_button = self.accept_and_close_buttons(
            self.tr("Exporteren en verwijderen"),
            self.tr("Annuleren"),
            self.offboard,
            default=False,
        )

        form = QFormLayout()
        form.addRow(
            buddy_label(self.tr("&Map:"), self.folder), with_choose_button(self.folder, self.browse)
        )
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow("", code_note)
        self.lay_out(title, intro, warning, form)
        self.tab_order((self.folder, self.browse, self.code, self.offboard_button))
        self.folder.textChanged.connect(self._update_button)
        self.code.textChanged.connect(self._update_button)
        self._update_button()

    def _choose_folder(self) -> None:
        chosen = self._prompts.folder(
            self.tr("In welke map komt de export?"), Path(self.folder.text() or Path.home())
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _ready(self) -> bool:
        return bool(self.folder.text().strip()) and self.code.text().strip() == self.client_code

    def _update_button(self) -> None:
        self.offboard_button.setEnabled(not self.busy and self._ready())

    def offboard(self) -> None:
        if self.busy or not self._ready():
            return
        if not self._prompts.confirm(
            self.tr("Opdrachtgever afsluiten"),
            self.tr(
                "Alles van %1 wordt geëxporteerd en daarna voorgoed uit de kluis verwijderd. "
                "Dit kan niet ongedaan worden. Doorgaan?"
            ).replace("%1", self.client_code),
            destructive=True,
        ):
            return
        self.tell(self.message, "")
        folder = Path(self.folder.text().strip()).expanduser()
        typed, lang, today = self.code.text(), language(), self._today
        self.start(
            lambda: offboarding.offboard_client(
                self._vault, self._client_id, folder, typed, lang=lang, today=today
            ),
            self._done,
            self._failed,
        )

    def _done(self, result: object) -> None:
        assert isinstance(result, OffboardResult)
        for widget in (self.folder, self.browse, self.code):
            widget.setEnabled(False)
        self.offboard_button.hide()
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        self.tell(
            self.message,
            self.tr(
                "%1 bestanden staan in %2. De opdrachtgever %3 en al zijn gegevens zijn uit de "
                "kluis verwijderd."
            )
            .replace("%1", str(len(result.export.files)))
            .replace("%2", str(result.export.folder))
            .replace("%3", result.client_code)
            + ("" if result.wipe_pending is None else " " + wipe_pending_text()),
            done=True,
        )
        self.offboarded.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.tell(self.message, safety_error_text(error))

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.folder, self.browse, self.code):
            widget.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self._update_button()
