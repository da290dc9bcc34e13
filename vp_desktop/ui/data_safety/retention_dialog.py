"""Case files due for destruction, by client, and destroying them after confirmation.

The list shows no identifying data: only the client, the case number and the dates. Destroying
runs in the background (the vault file is rewritten afterwards) and keeps the anonymous record.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from vp_desktop.services.data_safety import retention
from vp_desktop.services.data_safety.retention import DueCase, PurgeResult
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shared.column_fit import StretchColumn
from vp_desktop.ui.shared.error_texts import wipe_pending_text
from vp_desktop.ui.shared.prompts import Prompts
from vp_desktop.ui.shared.style import NOTE_BOX, apply_style
from vp_desktop.ui.shared.task_dialog import (
    TaskDialog,
    busy_bar,
    dialog_button,
    message_label,
    safety_error_text,
)
from vp_desktop.ui.shared.wording import count_text

ModelIndex = QModelIndex | QPersistentModelIndex


class DueCasesModel(QAbstractTableModel):
    CLIENT, NUMBER, CLOSED_ON, DESTROY_BY = range(4)
    DueCaseRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DueCase] = []

    def set_rows(self, rows: list[DueCase]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def due_case(self, row: int) -> DueCase:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Opdrachtgever"),
            self.tr("Casus"),
            self.tr("Gesloten op"),
            self.tr("Vernietigen op"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        due = self._rows[index.row()]
        if role == self.DueCaseRole:
            return due
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.CLIENT:
            return f"{due.client_name} ({due.client_code})"
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.CLIENT:
                return f"{due.client_name} ({due.client_code})"
            if column == self.NUMBER:
                return due.number
            if column == self.CLOSED_ON:
                return due.closed_on.strftime("%d-%m-%Y")
            if column == self.DESTROY_BY:
                return due.destroy_by.strftime("%d-%m-%Y")
        return None


class RetentionDialog(TaskDialog):
    """The adviser picks due cases (or all) and destroys their files after one confirmation."""

    purged = Signal(object)  # PurgeResult

    def __init__(
        self,
        vault: Vault,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._prompts = prompts
        self._today = today
        self.setWindowTitle(self.tr("Te vernietigen dossiers"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Van deze gesloten casussen is de bewaartermijn verstreken. Vernietigen wist "
                "namen, contactgegevens, afdeling, aantekeningen, gespreksnotities, "
                "toestemmingsnotities en bijlagen voorgoed. De anonieme gegevens (data, "
                "onderwerpen, minuten) blijven, zodat eerdere jaarverslagen blijven kloppen."
            )
        )
        intro.setWordWrap(True)
        apply_style(intro, NOTE_BOX)

        self.model = DueCasesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Casussen die vernietigd moeten worden"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The case number and the dates read whole; the client takes what is left (its whole
        # name in the tooltip) and never gets narrower than its header.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.column_fit = StretchColumn(
            self.table,
            DueCasesModel.CLIENT,
            least=self.table.fontMetrics().averageCharWidth() * 16,
        )
        self.empty = QLabel(self.tr("Er zijn geen dossiers die vernietigd moeten worden."))
        self.empty.setAccessibleName(self.tr("Geen te vernietigen dossiers"))
        self.empty.hide()
        self.progress = busy_bar(self.tr("Voortgang van het vernietigen"))
        self.message = message_label(self.tr("Melding bij vernietigen"))

        self.buttons = QDialogButtonBox()
        self.purge_selected_button = dialog_button(
            self.buttons,
            self.tr("Geselecteerde vernietigen"),
            QDialogButtonBox.ButtonRole.ActionRole,
            self.tr("Geselecteerde dossiers vernietigen"),
        )
        self.purge_selected_button.clicked.connect(self.purge_selected)
        self.purge_all_button = dialog_button(
            self.buttons,
            self.tr("Alle vernietigen"),
            QDialogButtonBox.ButtonRole.ActionRole,
            self.tr("Alle dossiers vernietigen"),
        )
        self.purge_all_button.clicked.connect(self.purge_all)
        self.close_button = dialog_button(
            self.buttons, self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.rejected.connect(self.reject)

        self.lay_out(intro, (self.table, 1), self.empty)
        self.tab_order(
            (self.table, self.purge_selected_button, self.purge_all_button, self.close_button)
        )
        self.refresh()

    def refresh(self) -> None:
        with self._vault.session() as session:
            rows = retention.due_for_destruction(session, self._today)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._update_buttons()

    def selected_cases(self) -> list[DueCase]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.due_case(row) for row in rows]

    def _update_buttons(self) -> None:
        # Not tied to the selection: a Python slot on selectionChanged would run while the view
        # is being destroyed. Clicking without a selection says what to do instead.
        can_purge = not self.busy and self.model.rowCount() > 0
        self.purge_selected_button.setEnabled(can_purge)
        self.purge_all_button.setEnabled(can_purge)

    def purge_selected(self) -> None:
        chosen = self.selected_cases()
        if not chosen:
            self.tell(self.message, self.tr("Kies eerst een of meer casussen in de lijst."))
            return
        self._purge(chosen)

    def purge_all(self) -> None:
        self._purge([self.model.due_case(row) for row in range(self.model.rowCount())])

    def _purge(self, chosen: list[DueCase]) -> None:
        if self.busy or not chosen:
            return
        question = (
            self.tr(
                "Het dossier van %1 wordt voorgoed vernietigd. Dit kan niet ongedaan worden."
            ).replace("%1", chosen[0].number)
            if len(chosen) == 1
            else self.tr(
                "De dossiers van %1 casussen worden voorgoed vernietigd. Dit kan niet ongedaan "
                "worden."
            ).replace("%1", str(len(chosen)))
        )
        if not self._prompts.confirm(self.tr("Dossiers vernietigen"), question, destructive=True):
            return
        self.tell(self.message, "")
        pairs = [(due.client_id, due.case_id) for due in chosen]
        self.start(lambda: retention.purge_cases(self._vault, pairs), self._done, self._failed)

    def _done(self, result: object) -> None:
        assert isinstance(result, PurgeResult)
        self.refresh()
        self.tell(
            self.message,
            count_text(
                result.count,
                self.tr(
                    "1 dossier is vernietigd. De anonieme gegevens blijven bewaard voor de "
                    "jaarverslagen."
                ),
                self.tr(
                    "%1 dossiers zijn vernietigd. De anonieme gegevens blijven bewaard voor de "
                    "jaarverslagen."
                ),
            )
            + ("" if result.wipe_pending is None else " " + wipe_pending_text()),
            done=True,
        )
        self.purged.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.refresh()
        self.tell(self.message, safety_error_text(error))

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.table.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self._update_buttons()
