"""Qt models of the import wizard: the file as read (problem cells marked) and the problem list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.caseload_io import ImportProblem, RawTable
from vp_desktop.services.caseload_io.cells import cell_text
from vp_desktop.services.caseload_io.columns import column_for_header
from vp_desktop.ui.shared.style import Role, brush

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole


def headers_by_column(table: RawTable) -> dict[str, str]:
    """Column name -> the header the adviser's own file uses for it."""
    result: dict[str, str] = {}
    for header in table.headers:
        column = column_for_header(header) if header else None
        if column is not None:
            result.setdefault(column.name, header)
    return result


class PreviewModel(QAbstractTableModel):
    """The file as read, with the cells that have a problem marked (tooltip: the reason)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: RawTable | None = None
        self._marks: dict[tuple[int, int], str] = {}

    def set_table(
        self, table: RawTable | None, problems: tuple[ImportProblem, ...], lang: Lang
    ) -> None:
        self.beginResetModel()
        self._table = table
        self._marks = {}
        if table is not None:
            columns = {
                c.name: i for i, h in enumerate(table.headers) if (c := column_for_header(h))
            }
            columns |= {h: i for i, h in enumerate(table.headers) if h}
            row_index = {raw.number: i for i, raw in enumerate(table.rows)}
            for p in problems:
                key = (row_index.get(p.row or 0, -1), columns.get(p.column or "", -1))
                if key[0] >= 0 and key[1] >= 0:
                    self._marks[key] = "\n".join(
                        filter(None, (self._marks.get(key), p.describe(lang)))
                    )
        self.endResetModel()

    def cell_index(self, problem: ImportProblem) -> QModelIndex:
        """Where a problem is in the preview (invalid when it is about the file as a whole)."""
        if self._table is None or problem.row is None:
            return QModelIndex()
        for row, raw in enumerate(self._table.rows):
            if raw.number == problem.row:
                for column, header in enumerate(self._table.headers):
                    found = column_for_header(header)
                    if header == problem.column or (found and found.name == problem.column):
                        return self.index(row, column)
                return self.index(row, 0)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else len(self._table.headers)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or self._table is None:
            return None
        cells = self._table.rows[index.row()].cells
        if role == _DISPLAY:
            return cell_text(cells[index.column()]) if index.column() < len(cells) else ""
        mark = self._marks.get((index.row(), index.column()))
        if mark and role == Qt.ItemDataRole.BackgroundRole:
            return brush(Role.PROBLEM_ROW)
        if mark and role == Qt.ItemDataRole.ToolTipRole:
            return mark
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self._table.headers
            return (headers[section] or f"#{section + 1}") if section < len(headers) else None
        rows = self._table.rows
        return str(rows[section].number) if section < len(rows) else None


class ProblemModel(QAbstractTableModel):
    """Every problem: row, column (as the file names it), value, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[ImportProblem, ...] = ()
        self._headers: dict[str, str] = {}
        self._lang: Lang = "nl"

    def set_problems(
        self, problems: tuple[ImportProblem, ...], headers: dict[str, str], lang: Lang
    ) -> None:
        self.beginResetModel()
        self._problems, self._headers, self._lang = problems, headers, lang
        self.endResetModel()

    def problem(self, row: int) -> ImportProblem:
        return self._problems[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        p = self._problems[index.row()]
        column = self._headers.get(p.column or "", p.column or "")
        return (str(p.row or ""), column, p.value, p.describe(self._lang))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal or not 0 <= section < 4:
            return None
        return (self.tr("Rij"), self.tr("Kolom"), self.tr("Waarde"), self.tr("Probleem"))[section]
