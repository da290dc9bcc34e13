"""The signals of one client and year as a tree (a `QStandardItemModel` in a `QTreeView`): each
signal with the cases behind it beneath.

Activating a case (double-click, Enter, or the button) emits `case_requested` with its id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.signals.rules import Signal as PatternSignal
from vp_desktop.services.signals.rules import SignalKind
from vp_desktop.services.signals.wording import describe, kind_name
from vp_desktop.ui.shared.style import Role, brush, text_role

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUIET_ROLE = Qt.ItemDataRole.UserRole + 2  # a line in the muted colour


class _SignalModel(QStandardItemModel):
    """Colours quiet lines when painted, so they follow a switch between light and dark."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and super().data(index, QUIET_ROLE):
            return brush(Role.MUTED)
        return super().data(index, role)


class SignalList(QWidget):
    case_requested = Signal(int)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self.model = _SignalModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Signaal"), self.tr("Soort")])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Signalen van deze opdrachtgever"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._open)
        self.tree.doubleClicked.connect(self._open)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_button())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        text_role(self.empty, Role.MUTED)
        self.open_button = QPushButton(self.tr("Casus openen"))
        self.open_button.setAccessibleName(self.tr("Casus openen"))
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_button()

    def set_signals(self, signals: Sequence[PatternSignal], year: int) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for signal in signals:
            text = describe(signal, year, self._lang)
            top = QStandardItem(text.title)
            kind = QStandardItem(kind_name(signal.kind, self._lang))
            top.setToolTip(text.detail)
            if signal.kind is SignalKind.TOO_FEW:
                for item in (top, kind):
                    item.setData(True, QUIET_ROLE)
            else:
                font = QFont(top.font())
                font.setBold(True)
                top.setFont(font)
            detail = QStandardItem(text.detail)
            detail.setData(True, QUIET_ROLE)
            top.appendRow([detail, QStandardItem()])
            for case, line in zip(signal.cases, text.case_lines, strict=True):
                child = QStandardItem(line)
                child.setData(case.case_id, CASE_ID_ROLE)
                child.setToolTip(line + "\n" + self.tr("Dubbelklik om de casus te openen"))
                top.appendRow([child, QStandardItem()])
            for item in (top, kind, detail):
                item.setEditable(False)
            self.model.appendRow([top, kind])
            # What asks for attention opens; falls and small numbers stay folded.
            expanded = signal.kind not in (SignalKind.TOO_FEW, SignalKind.FALLING)
            self.tree.setExpanded(top.index(), expanded)
        self.empty.setText(
            self.tr("Geen signalen in %1.").replace("%1", str(year)) if not signals else ""
        )
        self._update_button()

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.empty.clear()
        self._update_button()

    def case_ids_shown(self) -> list[int]:
        ids: list[int] = []
        for row in range(self.model.rowCount()):
            top = self.model.item(row, 0)
            for child_row in range(top.rowCount()):
                value = top.child(child_row, 0).data(CASE_ID_ROLE)
                if isinstance(value, int):
                    ids.append(value)
        return ids

    def select_case_line(self, signal_row: int, line: int) -> None:
        """Make one case line of a signal current (lines count after the detail line)."""
        top = self.model.index(signal_row, 0)
        self.tree.setCurrentIndex(self.model.index(line + 1, 0, top))

    def _open(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(CASE_ID_ROLE) if index.isValid() else None
        if isinstance(value, int):
            self.case_requested.emit(value)

    def _update_button(self) -> None:
        index = self.tree.currentIndex()
        value = index.siblingAtColumn(0).data(CASE_ID_ROLE) if index.isValid() else None
        self.open_button.setEnabled(isinstance(value, int))
