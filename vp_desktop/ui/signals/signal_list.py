"""The signals of one client and year as a tree: each signal with the cases behind it beneath.

Activating a case (double-click, Enter, or the button) emits `case_requested` with its id.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.signals.rules import Signal as PatternSignal
from vp_desktop.services.signals.rules import SignalKind
from vp_desktop.services.signals.wording import describe, kind_name

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_QUIET = QColor("#616e7c")


class SignalList(QWidget):
    case_requested = Signal(int)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Signaal"), self.tr("Soort")])
        self.tree.setAccessibleName(self.tr("Signalen van deze opdrachtgever"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda item, _column: self._open(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #52606d;")
        self.open_button = QPushButton(self.tr("Casus openen"))
        self.open_button.setAccessibleName(self.tr("Casus openen"))
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_button()

    def set_signals(self, signals: Sequence[PatternSignal], year: int) -> None:
        self.tree.clear()
        for signal in signals:
            text = describe(signal, year, self._lang)
            top = QTreeWidgetItem([text.title, kind_name(signal.kind, self._lang)])
            top.setToolTip(0, text.detail)
            if signal.kind is SignalKind.TOO_FEW:
                for column in (0, 1):
                    top.setForeground(column, QBrush(_QUIET))
            else:
                font = QFont(top.font(0))
                font.setBold(True)
                top.setFont(0, font)
            detail = QTreeWidgetItem([text.detail, ""])
            detail.setForeground(0, QBrush(_QUIET))
            detail.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.addChild(detail)
            for case, line in zip(signal.cases, text.case_lines, strict=True):
                child = QTreeWidgetItem([line, ""])
                child.setData(0, CASE_ID_ROLE, case.case_id)
                child.setToolTip(0, line + "\n" + self.tr("Dubbelklik om de casus te openen"))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            # What asks for attention opens; falls and small numbers stay folded.
            top.setExpanded(signal.kind not in (SignalKind.TOO_FEW, SignalKind.FALLING))
        self.empty.setText(
            self.tr("Geen signalen in %1.").replace("%1", str(year)) if not signals else ""
        )
        self._update_button()

    def clear(self) -> None:
        self.tree.clear()
        self.empty.clear()
        self._update_button()

    def case_ids_shown(self) -> list[int]:
        ids: list[int] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                value = top.child(j).data(0, CASE_ID_ROLE)
                if isinstance(value, int):
                    ids.append(value)
        return ids

    def _open(self, item: QTreeWidgetItem | None) -> None:
        value = item.data(0, CASE_ID_ROLE) if item is not None else None
        if isinstance(value, int):
            self.case_requested.emit(value)

    def _update_button(self) -> None:
        item = self.tree.currentItem()
        self.open_button.setEnabled(
            item is not None and isinstance(item.data(0, CASE_ID_ROLE), int)
        )
