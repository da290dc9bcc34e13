"""The case list as a Qt model: the service's rows as they are, each line's texts made when it
is first shown, cheap for 10,000 cases.

Rows carry no free text (the service's `CaseRow` has none), only numbers, dates and vocabulary
labels. Filling the model formats nothing: a view shows a few dozen lines, so a line's texts are
made (and kept) the first time the view asks for them. Sorting happens here with Python's sort:
the number column by the number's parts, the others by keys made only when that column is
chosen. A proxy's own sort would call `data()` from C++ for every comparison, about half a
second for 10,000 rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from operator import attrgetter
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from vp_desktop.domain import vocab
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.casework.case_list import CaseRow
from vp_desktop.ui.shared.code_pickers import format_date
from vp_desktop.ui.shared.style import Role, brush

NUMBER, OPENED, STATUS, TRACK, CATEGORIES, LAST_CONTACT, FOLLOW_UP = range(7)
COLUMN_COUNT = 7

#: the key the model sorts a column by (ints and strings, never None)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the case id of a row
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2

STATUS_OPEN, STATUS_CLOSED, STATUS_PURGED = 0, 1, 2
_NO_DATE = dt.date.max.toordinal()  # rows without a date sort after those with one
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
# A painted cell is asked for about seven roles; the others are answered without a lookup.
_ANSWERED = frozenset({_DISPLAY, _FOREGROUND, _FONT, _TOOLTIP, SORT_ROLE, CASE_ID_ROLE})
_BY_NUMBER = attrgetter("year", "seq")  # the same order as the numbers' (year, sequence)

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


def status_texts() -> tuple[str, str, str]:
    """Open, closed and purged, in the current language (looked up once per load)."""
    return (
        QCoreApplication.translate("CaseTableModel", "Open"),
        QCoreApplication.translate("CaseTableModel", "Gesloten"),
        QCoreApplication.translate("CaseTableModel", "Vernietigd"),
    )


def case_status(case: CaseRow) -> int:
    return STATUS_PURGED if case.purged else STATUS_CLOSED if case.is_closed else STATUS_OPEN


def _ordinal(value: dt.date | None) -> int:
    return value.toordinal() if value else _NO_DATE


def _track_label(case: CaseRow, lang: Lang) -> str:
    return vocab.TRACKS.label(case.track, lang) if case.track in vocab.TRACKS else case.track


def _category_labels(case: CaseRow, lang: Lang) -> str:
    return ", ".join(
        vocab.CATEGORIES.label(code, lang) if code in vocab.CATEGORIES else code
        for code in case.categories
    )


def line_texts(case: CaseRow, lang: Lang, statuses: Sequence[str]) -> tuple[str, ...]:
    """What a line of the list shows, column by column."""
    return (
        case.number,
        format_date(case.opened_on),
        statuses[case_status(case)],
        _track_label(case, lang),
        _category_labels(case, lang),
        format_date(case.last_contact),
        format_date(case.follow_up_on),
    )


def sort_key(case: CaseRow, column: int, lang: Lang) -> int | str:
    """The key a column sorts by: numbers by year and sequence (past 999 too), dates by day
    with no date last, texts case-insensitively."""
    if column == NUMBER:
        return case.year * 100_000 + case.seq
    if column == OPENED:
        return case.opened_on.toordinal()
    if column == STATUS:
        return case_status(case)
    if column == TRACK:
        return _track_label(case, lang).casefold()
    if column == CATEGORIES:
        return _category_labels(case, lang).casefold()
    return _ordinal(case.last_contact if column == LAST_CONTACT else case.follow_up_on)


class CaseTableModel(QAbstractTableModel):
    def __init__(self, lang: Lang = "nl", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._titles = column_titles()
        self._statuses = status_texts()
        self._today = dt.date.today()
        self._sort_column = NUMBER
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._set([])

    # -- filling ----------------------------------------------------------------------------

    def set_rows(self, cases: Sequence[CaseRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._today = today or dt.date.today()
        self._statuses = status_texts()
        self._set(self._sorted(cases))
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._set([])
        self.endResetModel()

    def _set(self, cases: list[CaseRow]) -> None:
        self._cases = cases
        # Made on first use and dropped with the rows: a line's texts once it is shown, the
        # row of each case (selection, search), the numbers as the search compares them.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._row_of: dict[int, int] | None = None
        self._folded_numbers: list[str] | None = None
        self._all_numbers = ""

    def case_id_at(self, row: int) -> int:
        return self._cases[row].id

    def row_of(self, case_id: int) -> int | None:
        return self._rows_by_case().get(case_id)

    def case_ids(self) -> list[int]:
        return [case.id for case in self._cases]

    def number_at(self, row: int) -> str:
        return self._cases[row].number

    def rows_matching(self, folded_text: str, case_ids: frozenset[int]) -> list[int]:
        """The rows, in order, of the cases in `case_ids` and of the cases whose number contains
        `folded_text` (case-folded): the search box's filter, in C-level steps where it can."""
        found: set[int | None] = set(map(self._rows_by_case().get, case_ids))
        found.discard(None)  # a case not in the list
        rows = cast(set[int], found)
        if self._folded_numbers is None:
            self._folded_numbers = [case.number.casefold() for case in self._cases]
            self._all_numbers = "\n".join(self._folded_numbers)
        if folded_text and folded_text in self._all_numbers:  # one scan of one text first
            numbers = self._folded_numbers
            rows.update(row for row, number in enumerate(numbers) if folded_text in number)
        return sorted(rows)

    def _rows_by_case(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {case.id: number for number, case in enumerate(self._cases)}
        return self._row_of

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """What `data()` answers for a valid cell (the filter proxy asks here directly)."""
        if role not in _ANSWERED:
            return None
        if role == _DISPLAY:
            return self._line(row)[column]
        case = self._cases[row]
        if role == _FOREGROUND:
            status = case_status(case)
            if status != STATUS_OPEN:
                return brush(Role.MUTED)
            follow_up = case.follow_up_on
            overdue = column == FOLLOW_UP and follow_up is not None and follow_up < self._today
            return brush(Role.ERROR) if overdue else None
        if role == _FONT:
            if not case.purged:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == _TOOLTIP:
            return (self._line(row)[CATEGORIES] or None) if column == CATEGORIES else None
        if role == SORT_ROLE:
            return sort_key(case, column, self._lang)
        if role == CASE_ID_ROLE:
            return case.id
        return None

    def _line(self, row: int) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = line_texts(self._cases[row], self._lang, self._statuses)
        return texts

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
        remembered = [(self._cases[index.row()].id, index.column()) for index in persistent]
        self._set(self._sorted(self._cases))
        row_of = {case.id: number for number, case in enumerate(self._cases)}
        self.changePersistentIndexList(
            persistent, [self.index(row_of[case_id], column) for case_id, column in remembered]
        )
        self.layoutChanged.emit()

    def _sorted(self, cases: Sequence[CaseRow]) -> list[CaseRow]:
        column, lang = self._sort_column, self._lang
        key: Any = _BY_NUMBER if column == NUMBER else (lambda case: sort_key(case, column, lang))
        return sorted(cases, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
