"""The case list as a Qt model: plain row tuples, built once per load, cheap for 10,000 cases.

Rows carry no free text (the service's `CaseRow` has none), only numbers, dates and vocabulary
labels. Sorting happens here with Python's sort on precomputed keys: the proxy's own sort would
call `data()` from C++ for every comparison, which takes about half a second for 10,000 rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from vp_desktop.domain import vocab
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.case_list import CaseRow
from vp_desktop.ui.code_pickers import format_date

NUMBER, OPENED, STATUS, TRACK, CATEGORIES, LAST_CONTACT, FOLLOW_UP = range(7)
COLUMN_COUNT = 7

#: the key the model sorts a column by (ints and strings, never None)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the case id of a row
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2

STATUS_OPEN, STATUS_CLOSED, STATUS_PURGED = 0, 1, 2
_NO_DATE = dt.date.max.toordinal()  # rows without a date sort after those with one
_MUTED = QBrush(QColor("#6b6b6b"))
_OVERDUE = QBrush(QColor("#b3261e"))

Index = QModelIndex | QPersistentModelIndex


def column_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("CaseTableModel", "Nummer"),
        QCoreApplication.translate("CaseTableModel", "Geopend"),
        QCoreApplication.translate("CaseTableModel", "Status"),
        QCoreApplication.translate("CaseTableModel", "Spoor"),
        QCoreApplication.translate("CaseTableModel", "Onderwerp"),
        QCoreApplication.translate("CaseTableModel", "Laatste gesprek"),
        QCoreApplication.translate("CaseTableModel", "Opvolging"),
    )


class Row(NamedTuple):
    case_id: int
    status: int
    follow_up_overdue: bool
    display: tuple[str, ...]
    sort_keys: tuple[int | str, ...]


def _ordinal(value: dt.date | None) -> int:
    return value.toordinal() if value else _NO_DATE


def _number_key(number: str) -> int:
    # "ACME-2026-003" -> 2026_00003: numbers past 999 still sort after 999.
    _code, year, seq = number.rsplit("-", 2)
    return int(year) * 100_000 + int(seq)


def status_texts() -> tuple[str, str, str]:
    """Open, closed and purged, in the current language (looked up once per load)."""
    return (
        QCoreApplication.translate("CaseTableModel", "Open"),
        QCoreApplication.translate("CaseTableModel", "Gesloten"),
        QCoreApplication.translate("CaseTableModel", "Vernietigd"),
    )


def make_row(
    case: CaseRow, lang: Lang, today: dt.date, statuses: Sequence[str] | None = None
) -> Row:
    status = STATUS_PURGED if case.purged else STATUS_CLOSED if case.is_closed else STATUS_OPEN
    status_text = (statuses or status_texts())[status]
    track = vocab.TRACKS.label(case.track, lang) if case.track in vocab.TRACKS else case.track
    categories = ", ".join(
        vocab.CATEGORIES.label(code, lang) if code in vocab.CATEGORIES else code
        for code in case.categories
    )
    overdue = status == STATUS_OPEN and case.follow_up_on is not None and case.follow_up_on < today
    return Row(
        case_id=case.id,
        status=status,
        follow_up_overdue=overdue,
        display=(
            case.number,
            format_date(case.opened_on),
            status_text,
            track,
            categories,
            format_date(case.last_contact),
            format_date(case.follow_up_on),
        ),
        sort_keys=(
            _number_key(case.number),
            _ordinal(case.opened_on),
            status,
            track.casefold(),
            categories.casefold(),
            _ordinal(case.last_contact),
            _ordinal(case.follow_up_on),
        ),
    )


class CaseTableModel(QAbstractTableModel):
    def __init__(self, lang: Lang = "nl", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._rows: list[Row] = []
        self._row_of: dict[int, int] = {}
        self._titles = column_titles()
        self._sort_column = NUMBER
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- filling ----------------------------------------------------------------------------

    def set_rows(self, cases: Sequence[CaseRow], today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        statuses = status_texts()
        rows = [make_row(case, self._lang, today, statuses) for case in cases]
        self.beginResetModel()
        self._set(self._sorted(rows))
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._set([])
        self.endResetModel()

    def _set(self, rows: list[Row]) -> None:
        self._rows = rows
        # Finding a case's row (selection after every keystroke) without a walk over 10,000.
        self._row_of = {row.case_id: number for number, row in enumerate(rows)}

    def case_id_at(self, row: int) -> int:
        return self._rows[row].case_id

    def row_of(self, case_id: int) -> int | None:
        return self._row_of.get(case_id)

    def case_ids(self) -> list[int]:
        return [row.case_id for row in self._rows]

    def number_at(self, row: int) -> str:
        return self._rows[row].display[NUMBER]

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[column]
        if role == SORT_ROLE:
            return row.sort_keys[column]
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == Qt.ItemDataRole.ToolTipRole and column == CATEGORIES:
            return row.display[CATEGORIES] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == FOLLOW_UP and row.follow_up_overdue:
                return _OVERDUE
            return _MUTED if row.status != STATUS_OPEN else None
        if role == Qt.ItemDataRole.FontRole and row.status == STATUS_PURGED:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMN_COUNT:
            return self._titles[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._rows[index.row()].case_id, index.column()) for index in persistent]
        self._set(self._sorted(self._rows))
        self.changePersistentIndexList(
            persistent,
            [self.index(self._row_of[case_id], column) for case_id, column in remembered],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Row]) -> list[Row]:
        column = self._sort_column
        return sorted(
            rows,
            key=lambda row: row.sort_keys[column],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )


class CaseFilterProxy(QSortFilterProxyModel):
    """What the view shows: rows matching the search box, sorted by the source model.

    A case matches when its number contains the typed text or the vault's notes index found the
    words in its notes or contact notes (`set_search`).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._note_hits: frozenset[int] = frozenset()
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str, note_hits: set[int] | frozenset[int]) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self._note_hits = frozenset(note_hits)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def search_text(self) -> str:
        return self._text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        source = self.sourceModel()
        if not isinstance(source, CaseTableModel):
            return True
        if source.case_id_at(source_row) in self._note_hits:
            return True
        return self._text in source.number_at(source_row).casefold()
