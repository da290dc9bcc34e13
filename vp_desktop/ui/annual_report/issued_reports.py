"""The record of issued annual reports of the active client: what left the vault, and when.

Later reports protect their figures against these, so an entry is withdrawn only explicitly
(a report that was never handed over), after a confirmation.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from vp_desktop.services.annual_report.issued import list_issued, withdraw_issue
from vp_desktop.services.errors import NotFound
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shell.workspace import Workspace


def _local(utc: dt.datetime) -> dt.datetime:
    """The vault stores UTC; the adviser reads their own clock."""
    return utc.replace(tzinfo=dt.UTC).astimezone()


_ID, _YEAR, _WHEN, _FORMAT = 256, 257, 258, 259  # item data roles (Qt.UserRole onwards)


class IssuedReports(QGroupBox):
    #: A report was taken out of the record: what the page's status line should say now.
    withdrawn = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setTitle(self.tr("Uitgebrachte jaarverslagen"))
        self._workspace = workspace
        self._client_id: int | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Uitgebrachte jaarverslagen"))
        self.list.setMaximumHeight(110)
        self.list.currentItemChanged.connect(self._selection_changed)
        self.withdraw_button = QPushButton(self.tr("Uit de registratie halen…"))
        self.withdraw_button.setAccessibleName(
            self.tr("Uitgebracht jaarverslag uit de registratie halen")
        )
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.withdraw_button)

    def show_client(self, client_id: int | None) -> None:
        self._client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self._client_id is None or not self._workspace.is_open:
            return
        try:
            with self._workspace.session() as session:
                issued = list_issued(session, self._client_id)
        except VaultError as error:
            self.list.addItem(vault_error_text(error))
            return
        line = self.tr("%1 · %2 · uitgebracht op %3 · k = %4 · %5")
        for entry in issued:
            when = _local(entry.issued_at).strftime("%d-%m-%Y %H:%M")
            text = (
                line.replace("%1", entry.client_code)
                .replace("%2", str(entry.year))
                .replace("%3", when)
                .replace("%4", str(entry.threshold))
                .replace("%5", entry.format.upper())
            )
            item = QListWidgetItem(text)
            item.setToolTip(entry.client_name)
            item.setData(_ID, entry.id)
            item.setData(_YEAR, entry.year)
            item.setData(_WHEN, when)
            item.setData(_FORMAT, entry.format.upper())
            self.list.addItem(item)
        if not issued:
            self.list.addItem(self.tr("Nog geen jaarverslag van deze opdrachtgever uitgebracht."))
        self._selection_changed()

    def _selection_changed(self) -> None:
        item = self.list.currentItem()
        self.withdraw_button.setEnabled(item is not None and item.data(_ID) is not None)

    def withdraw_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(_ID) is None:
            return
        year, when, fmt = str(item.data(_YEAR)), str(item.data(_WHEN)), str(item.data(_FORMAT))
        title = self.tr("Uit de registratie halen")
        # A year may have been issued several times: name the one that goes.
        question = (
            self.tr(
                "Het jaarverslag over %1, uitgebracht op %2 als %3, wordt uit de registratie van "
                "uitgebrachte verslagen gehaald. Latere verslagen houden er dan geen rekening "
                "meer mee. Doe dit alleen als dit verslag nooit aan de opdrachtgever is "
                "gegeven. Doorgaan?"
            )
            .replace("%1", year)
            .replace("%2", when)
            .replace("%3", fmt)
        )
        if not self._workspace.prompts.confirm(title, question, destructive=True):
            return
        try:
            with self._workspace.transaction() as session:
                withdraw_issue(session, int(item.data(_ID)))
        except (VaultError, NotFound) as error:
            self._workspace.prompts.error(title, vault_error_text(error))
            return
        self.refresh()
        self.withdrawn.emit(
            self.tr("Het jaarverslag over %1, uitgebracht op %2 als %3, is uit de registratie "
                    "gehaald.")
            .replace("%1", year)
            .replace("%2", when)
            .replace("%3", fmt)
        )  # fmt: skip
