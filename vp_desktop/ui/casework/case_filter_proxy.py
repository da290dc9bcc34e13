"""What the case list shows of the client's cases: the rows matching the search box.

A `QSortFilterProxyModel` asks `filterAcceptsRow` once per row from C++, which for 10,000 cases
cost more than a frame on every keystroke, and then emits a signal per run of hidden rows. Here
one keystroke is a few set operations over the model's precomputed search keys and one layout
change for the view; the view's selection is carried over as the sort filter proxy does it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vp_desktop.ui.casework.case_table_model import COLUMN_COUNT, CaseTableModel

Index = QModelIndex | QPersistentModelIndex
_CELL_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class CaseFilterProxy(QAbstractProxyModel):
    """The rows of a `CaseTableModel` matching the search, in the model's order.

    A case matches when its number contains the typed text or the vault's notes index found the
    words in its notes or contact notes (`set_search`). Sorting is the model's own.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._note_hits: frozenset[int] = frozenset()
        self._source: CaseTableModel | None = None
        self._rows: list[int] = []  # proxy row -> source row
        self._proxy_rows: list[int] | None = None  # source row -> proxy row (-1: hidden)
        # During a layout change of the source: our persistent indexes, and theirs in the source.
        self._persistent: list[QModelIndex] = []
        self._kept: list[QPersistentModelIndex] = []

    # -- the search -------------------------------------------------------------------------

    def set_search(self, text: str, note_hits: set[int] | frozenset[int]) -> None:
        folded, hits = text.strip().casefold(), frozenset(note_hits)
        if (folded, hits) == (self._text, self._note_hits):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        shown = [(self._rows[index.row()], index.column()) for index in persistent]
        self._text, self._note_hits = folded, hits
        self._refilter()
        self._move_persistent(persistent, shown)
        self.layoutChanged.emit()

    def search_text(self) -> str:
        return self._text

    def _refilter(self) -> None:
        source = self._source
        count = source.rowCount() if source is not None else 0
        if not self._text or source is None:
            self._rows = list(range(count))
        else:
            self._rows = source.rows_matching(self._text, self._note_hits)
        self._proxy_rows = None

    def _proxy_row_of(self, source_row: int) -> int:
        if self._proxy_rows is None:
            count = self._source.rowCount() if self._source is not None else 0
            proxy_rows = [-1] * count
            for proxy_row, row in enumerate(self._rows):
                proxy_rows[row] = proxy_row
            self._proxy_rows = proxy_rows
        if 0 <= source_row < len(self._proxy_rows):
            return self._proxy_rows[source_row]
        return -1

    def _move_persistent(
        self, persistent: list[QModelIndex], source_cells: list[tuple[int, int]]
    ) -> None:
        """Point the view's persistent indexes (selection, current row) at the rows' new places,
        or at nothing when the row is no longer shown."""
        moved = []
        for row, column in source_cells:
            proxy_row = self._proxy_row_of(row)
            moved.append(self.createIndex(proxy_row, column) if proxy_row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)

    # -- following the source ---------------------------------------------------------------

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        if not isinstance(source, CaseTableModel) or self._source is not None:
            raise TypeError("CaseFilterProxy shows one CaseTableModel, set once")
        self.beginResetModel()
        super().setSourceModel(source)
        self._source = source
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.layoutAboutToBeChanged.connect(self._source_layout_about_to_change)
        source.layoutChanged.connect(self._source_layout_changed)
        source.dataChanged.connect(self._source_data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)
        # The model only resets and sorts; anything else is followed by starting over.
        for about, done in (
            (source.rowsAboutToBeInserted, source.rowsInserted),
            (source.rowsAboutToBeRemoved, source.rowsRemoved),
            (source.rowsAboutToBeMoved, source.rowsMoved),
            (source.columnsAboutToBeInserted, source.columnsInserted),
            (source.columnsAboutToBeRemoved, source.columnsRemoved),
            (source.columnsAboutToBeMoved, source.columnsMoved),
        ):
            about.connect(self.beginResetModel)
            done.connect(self._source_reset)
        self._refilter()
        self.endResetModel()

    def _source_reset(self, *_args: Any) -> None:
        self._refilter()
        self.endResetModel()

    def _source_layout_about_to_change(self, *_args: Any) -> None:
        self.layoutAboutToBeChanged.emit()
        # The source moves its own persistent indexes as it sorts; ours follow them.
        self._persistent = self.persistentIndexList()
        self._kept = [QPersistentModelIndex(self.mapToSource(index)) for index in self._persistent]

    def _source_layout_changed(self, *_args: Any) -> None:
        self._refilter()
        cells = [(kept.row(), kept.column()) for kept in self._kept]
        self._move_persistent(self._persistent, cells)
        self._persistent, self._kept = [], []
        self.layoutChanged.emit()

    def _source_data_changed(self, *_args: Any) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- Qt model ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if self._source is None or not proxy_index.isValid():
            return QModelIndex()
        return self._source.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        proxy_row = self._proxy_row_of(source_index.row())
        if proxy_row < 0:
            return QModelIndex()
        return self.createIndex(proxy_row, source_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Straight to the model's cell: no source index made per painted cell and role.
        if self._source is None or not index.isValid():
            return None
        return self._source.cell(self._rows[index.row()], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._source is None:
            return None
        return self._source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)
