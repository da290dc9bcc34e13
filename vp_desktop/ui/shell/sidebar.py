"""The sidebar: the sections of the app and the client organisations with their open cases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.services.clients.clients import ClientSummary
from vp_desktop.ui.shared.style import Role, apply_style, colour, text_role

Index = QModelIndex | QPersistentModelIndex


class ClientListModel(QAbstractListModel):
    """One row per client: its name (display), id, code and number of open cases."""

    ClientIdRole = Qt.ItemDataRole.UserRole + 1
    CodeRole = Qt.ItemDataRole.UserRole + 2
    OpenCasesRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clients: list[ClientSummary] = []

    def set_clients(self, clients: Sequence[ClientSummary]) -> None:
        self.beginResetModel()
        self._clients = list(clients)
        self.endResetModel()

    def clear(self) -> None:
        self.set_clients([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._clients)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._clients):
            return None
        client = self._clients[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return client.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(client)
        if role == self.ClientIdRole:
            return client.id
        if role == self.CodeRole:
            return client.code
        if role == self.OpenCasesRole:
            return client.open_cases
        return None

    def describe(self, client: ClientSummary) -> str:
        if client.open_cases == 1:
            text = self.tr("%1 (%2): 1 open casus")
        else:
            text = self.tr("%1 (%2): %3 open casussen").replace("%3", str(client.open_cases))
        return text.replace("%1", client.name).replace("%2", client.code)

    def row_of(self, client_id: int | None) -> int:
        for row, client in enumerate(self._clients):
            if client.id == client_id:
                return row
        return -1

    def client(self, row: int) -> ClientSummary:
        return self._clients[row]


#: the badge's distance from the item's right edge, and the gap between name and badge
BADGE_MARGIN, BADGE_GAP = 8, 6
#: the widest the sidebar grows for a long client name (beyond it the name is shortened, its
#: tooltip names it whole): with the cases section beside it, the window and its frame still fit
#: a 1280 px screen
MAX_WIDTH = 300


def badge_width(metrics: QFontMetrics, count: int) -> int:
    return max(22, metrics.horizontalAdvance(str(count)) + 12)


class ClientDelegate(QStyledItemDelegate):
    """The client's name with its open-case count as a quiet badge on the right.

    The name is shortened before the badge, never drawn under it; the tooltip names it whole.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(ClientListModel.OpenCasesRole)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = self.shown_text(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        metrics = item.fontMetrics
        rect: QRect = item.rect
        if not count:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        width = badge_width(metrics, count)
        badge = QRect(rect.right() - width - BADGE_MARGIN, rect.center().y() - 9, width, 18)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(Role.SELECTED_TEXT if selected else Role.BADGE))
        painter.drawRoundedRect(badge, 9, 9)
        painter.setPen(colour(Role.SELECTED if selected else Role.BADGE_TEXT))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.restore()

    def shown_text(self, option: QStyleOptionViewItem, index: Index) -> str:
        """The name as it fits before the badge in `option.rect`."""
        item, reserved, text_left = self._layout(option, index)
        room = item.rect.right() - reserved - text_left
        if item.fontMetrics.horizontalAdvance(item.text) <= room:
            return item.text
        return item.fontMetrics.elidedText(item.text, Qt.TextElideMode.ElideRight, room)

    def whole_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        """The row width at which the whole name fits before the badge."""
        item, reserved, text_left = self._layout(option, index)
        left_margin = text_left - item.rect.left()
        # the same margin on the right, plus one for QRect's inclusive right edge
        return item.fontMetrics.horizontalAdvance(item.text) + reserved + 2 * left_margin + 1

    def _layout(
        self, option: QStyleOptionViewItem, index: Index
    ) -> tuple[QStyleOptionViewItem, int, int]:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        count = index.data(ClientListModel.OpenCasesRole)
        reserved = badge_width(item.fontMetrics, count) + BADGE_MARGIN + BADGE_GAP if count else 0
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        return item, reserved, text_rect.left()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Each row is as wide as the list, never wider: a wider row put its badge out of sight
        # and let the list scroll sideways. The sidebar makes the list wide enough instead.
        size = super().sizeHint(option, index)
        return QSize(0, max(size.height(), 30))


class Sidebar(QWidget):
    """Section buttons on top, the clients below. It asks; the main window decides.

    `client_requested` asks to switch clients; the main window answers with `show_client`
    (which may put the old client back when the adviser cancels).
    """

    section_requested = Signal(str)
    client_requested = Signal(object)  # client id
    new_client_requested = Signal()
    edit_client_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        apply_style(
            self,
            "#sidebar { background: $sidebar; }"
            "#sidebar QPushButton[section='true'] { text-align: left; padding: 7px 12px;"
            " border: none; border-radius: 6px; color: $text; font-size: 10.5pt; }"
            "#sidebar QPushButton[section='true']:hover { background: $hover; }"
            "#sidebar QPushButton[section='true']:checked { background: $checked;"
            " color: $text; font-weight: 600; }"
            "#sidebar QListView { border: none; background: transparent; font-size: 10.5pt; }"
            "#sidebar QListView::item { padding: 4px 8px; border-radius: 6px; }"
            "#sidebar QListView::item:selected { background: $selected; color: $selected_text; }",
        )
        self.model = ClientListModel(self)
        self._buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        self.sections_box = QVBoxLayout()
        self.sections_box.setSpacing(2)
        clients_title = QLabel(self.tr("Opdrachtgevers"))
        text_role(
            clients_title,
            Role.MUTED,
            "font-weight: 600; text-transform: uppercase; font-size: 8.5pt;",
        )
        clients_title.setAccessibleName(self.tr("Opdrachtgevers"))
        self.clients = QListView()
        self.clients.setModel(self.model)
        self.clients.setItemDelegate(ClientDelegate(self.clients))
        self.clients.setAccessibleName(self.tr("Lijst van opdrachtgevers"))
        self.clients.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clients.setUniformItemSizes(True)
        # Long names are elided by the delegate; a horizontal scrollbar only hid the last row.
        self.clients.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clients.selectionModel().currentRowChanged.connect(self._row_changed)
        self.clients.doubleClicked.connect(lambda _index: self._edit_current())
        clients_title.setBuddy(self.clients)

        self.new_client_button = QPushButton(self.tr("Nieuwe opdrachtgever"))
        self.new_client_button.setAccessibleName(self.tr("Nieuwe opdrachtgever"))
        self.new_client_button.clicked.connect(self.new_client_requested)
        self.edit_client_button = QPushButton(self.tr("Bewerken"))
        self.edit_client_button.setAccessibleName(self.tr("Opdrachtgever bewerken"))
        self.edit_client_button.setToolTip(self.tr("Opdrachtgever bewerken"))
        self.edit_client_button.clicked.connect(self._edit_current)
        client_buttons = QHBoxLayout()
        client_buttons.addWidget(self.new_client_button, 1)
        client_buttons.addWidget(self.edit_client_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 16, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(self.sections_box)
        layout.addSpacing(16)
        layout.addWidget(clients_title)
        layout.addWidget(self.clients, 1)
        layout.addLayout(client_buttons)
        self.setMinimumWidth(220)
        self._update_buttons()
        self.model.modelReset.connect(self._fit_width)

    # -- sections ------------------------------------------------------------------------------

    def add_section(self, key: str, title: str) -> None:
        button = QPushButton(title)
        button.setProperty("section", True)
        button.setCheckable(True)
        button.setAccessibleName(title)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self.section_requested.emit(key))
        self._group.addButton(button)
        self._buttons[key] = button
        self.sections_box.addWidget(button)
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for the longest section title in bold (as when it is chosen) and the
        longest client name with its badge; a very long client name is shortened instead."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        extra = margins.left() + margins.right() if margins is not None else 0
        needed = 220 - extra
        for button in self._buttons.values():
            button.ensurePolished()
            bold = QFont(button.font())
            bold.setWeight(QFont.Weight.DemiBold)
            # the style sheet's padding (12 px a side) and a little air for the frame
            text = QFontMetrics(bold).horizontalAdvance(button.text())
            needed = max(needed, text + 2 * 12 + 8, button.sizeHint().width())
        self.clients.ensurePolished()
        delegate = self.clients.itemDelegate()
        option = QStyleOptionViewItem()
        option.initFrom(self.clients)
        option.widget = self.clients
        option.rect = QRect(0, 0, 200, 30)
        frame = 2 * self.clients.frameWidth()
        for row in range(self.model.rowCount()):
            index = self.model.index(row)
            if isinstance(delegate, ClientDelegate):
                wanted = delegate.whole_width(option, index) + frame
                needed = max(needed, min(wanted, MAX_WIDTH - extra))
        self.setMinimumWidth(needed + extra)

    def section_button(self, key: str) -> QPushButton:
        return self._buttons[key]

    def show_section(self, key: str) -> None:
        if key in self._buttons:
            self._buttons[key].setChecked(True)

    # -- clients -------------------------------------------------------------------------------

    def set_clients(self, clients: Sequence[ClientSummary], current: int | None) -> None:
        """New client list (e.g. fresh counts), keeping `current` selected without asking."""
        self.model.set_clients(clients)
        self.show_client(current)

    def clear(self) -> None:
        self.model.clear()
        self._update_buttons()

    def current_client(self) -> int | None:
        index = self.clients.currentIndex()
        return index.data(ClientListModel.ClientIdRole) if index.isValid() else None

    def show_client(self, client_id: int | None) -> None:
        """Select `client_id` without emitting `client_requested` (the decision is made)."""
        row = self.model.row_of(client_id)
        selection = self.clients.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            if row < 0:
                selection.clearSelection()
                self.clients.setCurrentIndex(QModelIndex())
            else:
                self.clients.setCurrentIndex(self.model.index(row))
        finally:
            selection.blockSignals(blocked)
        self.clients.viewport().update()
        self._update_buttons()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.client_requested.emit(current.data(ClientListModel.ClientIdRole))

    def _edit_current(self) -> None:
        client_id = self.current_client()
        if client_id is not None:
            self.edit_client_requested.emit(client_id)

    def _update_buttons(self) -> None:
        self.edit_client_button.setEnabled(self.current_client() is not None)
