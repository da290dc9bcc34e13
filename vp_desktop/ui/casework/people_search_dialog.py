"""One search across every client for the people in the cases: melder name, alias, department,
others involved and the notes. Each hit names its client and case number and where the words
were found, never the text itself; opening a hit switches to its client and shows the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from vp_desktop.services.casework import people_search
from vp_desktop.services.casework.people_search import PersonHit
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.wording import count_text
from vp_desktop.ui.shell.workspace import Workspace

SEARCH_PAUSE_MS = 250
AnyIndex = QModelIndex | QPersistentModelIndex


class PersonHitModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[PersonHit] = []
        self._field_words: dict[str, str] = {}

    def set_hits(self, hits: list[PersonHit], field_words: dict[str, str]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self._field_words = field_words
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            where = ", ".join(self._field_words.get(f, f) for f in hit.fields)
            return f"{hit.number} · {hit.client_name} — {where}"
        if role == Qt.ItemDataRole.UserRole:
            return hit.case_id
        return None


class PeopleSearchDialog(QDialog):
    #: open this case at its own client: (client id, case id)
    open_requested = Signal(int, int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Zoeken in alle opdrachtgevers"))
        intro = QLabel(
            self.tr(
                "Zoek op naam of roepnaam van de melder, afdeling, andere betrokkenen of een "
                "woord uit uw notities. U ziet bij welke opdrachtgever en casus het staat."
            )
        )
        intro.setWordWrap(True)
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Zoeken naar"))
        self.query.setPlaceholderText(self.tr("Bijvoorbeeld een naam of afdeling"))
        self.query.setClearButtonEnabled(True)
        self.model = PersonHitModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Gevonden casussen"))
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Aantal gevonden casussen"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(intro)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.resize(620, 460)
        self.query.setFocus()

    def field_words(self) -> dict[str, str]:
        return {
            "melder_name": self.tr("naam melder"),
            "melder_alias": self.tr("roepnaam"),
            "department": self.tr("afdeling"),
            "others_involved": self.tr("andere betrokkenen"),
            "notes": self.tr("notities"),
        }

    def search(self) -> None:
        self._timer.stop()
        text = self.query.text()
        if not text.strip() or not self._workspace.is_open:
            self.model.set_hits([], {})
            self.count.clear()
            return
        try:
            with self._workspace.session() as session:
                hits = people_search.search_people(session, text)
        except VaultError:
            hits = []
        self.model.set_hits(hits, self.field_words())
        self.count.setText(
            count_text(
                len(hits),
                self.tr("1 casus gevonden."),
                self.tr("%1 casussen gevonden.") if hits else self.tr("Geen casus gevonden."),
            )
        )
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _enter(self) -> None:
        if self._timer.isActive() or not self.model.hits:
            self.search()
            return
        self._open(self.results.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hits[index.row()]
        self.open_requested.emit(hit.client_id, hit.case_id)
        self.accept()

    def clear(self) -> None:
        """On lock: nothing of the search stays."""
        self.query.clear()
        self.model.set_hits([], {})
        self.count.clear()
