"""The dashboard's cards: a titled list of lines, each leading to its item, and the list's model
and delegate (long lines wrap at word boundaries; a number keeps its unit)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.ui.shared.style import Role, colour, text_role

Index = QModelIndex | QPersistentModelIndex
TONE_ROLES = {"alert": Role.ERROR, "good": Role.SUCCESS}


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    section_key: str | None = None  # None: a remark that leads nowhere
    client_id: int | None = None
    target: dict[str, Any] = field(default_factory=dict)
    tone: str = ""  # "", "alert" or "good"


class LineModel(QAbstractListModel):
    TargetRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[Line] = []

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> Line:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole line where a narrow card shortens it
        ):
            return line.text
        if role == Qt.ItemDataRole.ForegroundRole and line.tone:
            return colour(TONE_ROLES[line.tone])
        if role == self.TargetRole:
            return (line.section_key, line.client_id, dict(line.target))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._lines[index.row()].section_key is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


_UNIT = re.compile(r"(\d) (u|h)\b")  # "26 u", "8.25 h"
_OF = re.compile(r"(\d\u00a0[uh]|\d) (van|of) (\d)")  # "58 u van 24 u", "6 of 4"


def keep_together(text: str) -> str:
    """`text` with the phrases that must not break across lines joined by no-break spaces: a
    number with its unit, and the last part of a case line ("te laat, was 05-11-2026")."""
    text = _UNIT.sub("\\1\u00a0\\2", text)
    text = _OF.sub("\\1\u00a0\\2\u00a0\\3", text)
    head, dot, tail = text.rpartition(" · ")
    if dot and len(tail) <= 40:
        text = head + dot + tail.replace(" ", "\u00a0")
    return text


class LineDelegate(QStyledItemDelegate):
    """Wraps a line between its parts, never inside a date's phrase or between hours and "u"."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.text = keep_together(option.text)


class Card(QFrame):
    """A titled list of dashboard lines."""

    MAX_VISIBLE_ROWS = 8

    def __init__(self, key: str, on_activate: Callable[[Line], None]) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("dashboardCard")
        self.title = QLabel()
        text_role(self.title, Role.TEXT, "font-weight: 600; font-size: 11pt;")
        self.model = LineModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LineDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        # A line wraps at word boundaries rather than losing its middle; a card lists at most
        # LIST_LIMIT lines and a count, so measuring each line is cheap.
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Only a single word wider than the card is shortened; the tooltip has the whole line.
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.viewport().installEventFilter(self)
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view.activated.connect(lambda index: on_activate(self.model.line(index.row())))
        self.view.clicked.connect(lambda index: on_activate(self.model.line(index.row())))
        self.title.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addStretch(1)  # cards side by side keep their titles level

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.view.setAccessibleName(title)

    def set_lines(self, lines: list[Line]) -> None:
        self.model.set_lines(lines)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_height()  # a narrower card wraps more lines
        return False

    def line_height(self, row: int) -> int:
        """The height of line `row` wrapped to the list's present width."""
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        option.widget = self.view
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.rect = QRect(0, 0, max(self.view.viewport().width(), 1), 1)
        hint = self.view.itemDelegate().sizeHint(option, self.model.index(row))
        return max(hint.height(), 22)

    def _fit_height(self) -> None:
        rows = min(self.model.rowCount(), self.MAX_VISIBLE_ROWS)
        height = sum(self.line_height(row) for row in range(rows)) if rows else 22
        self.view.setFixedHeight(height + 6)
