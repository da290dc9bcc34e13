"""The professional-development log as a Qt model: one row per activity, newest first.

A planned activity (dated after today) says so beside its date; a done activity without
evidence says "ontbreekt" in the evidence column, so the adviser sees what the dossier lacks.
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
    Qt,
)

from vp_desktop.domain.hours import hours_label
from vp_desktop.domain.vocab import PE_KINDS, Lang
from vp_desktop.ui.shared.code_pickers import format_date

DATE, KIND, HOURS, PROVIDER, ACCREDITATION, THEME, EVIDENCE = range(7)
COLUMN_COUNT = 7
#: the activity id of a row
ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class PeRow(NamedTuple):
    activity_id: int
    display: tuple[str, ...]
    planned: bool = False


class PeTableModel(QAbstractTableModel):
    """The logged activities, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PeRow] = []
        self._titles = (
            self.tr("Datum"),
            self.tr("Soort"),
            self.tr("Uren"),
            self.tr("Aanbieder of groep"),
            self.tr("Accreditatienummer"),
            self.tr("Thema"),
            self.tr("Bewijs"),
        )

    def set_rows(self, rows: Sequence[PeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def activity_id(self, row: int) -> int:
        return self._rows[row].activity_id

    def row_of(self, activity_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.activity_id == activity_id), -1)

    def set_evidence_count(self, activity_id: int, count: int) -> None:
        row = self.row_of(activity_id)
        if row < 0:
            return
        display = list(self._rows[row].display)
        display[EVIDENCE] = _count_text(count, self._rows[row].planned)
        self._rows[row] = self._rows[row]._replace(display=tuple(display))
        cell = self.index(row, EVIDENCE)
        self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (PROVIDER, THEME):
            return row.display[index.column()] or None  # the whole text of a shortened cell
        if role == ACTIVITY_ID_ROLE:
            return row.activity_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (HOURS, EVIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._titles[section]
        return None


def make_row(activity: Any, lang: Lang, today: dt.date) -> PeRow:
    planned = activity.occurred_on > today
    when = format_date(activity.occurred_on)
    if planned:
        when = QCoreApplication.translate("PeTableModel", "%1 (gepland)").replace("%1", when)
    accreditation = activity.accreditation_number or (
        QCoreApplication.translate("PeTableModel", "geaccrediteerd") if activity.accredited else ""
    )
    return PeRow(
        activity.id,
        (
            when,
            PE_KINDS.label(activity.kind, lang),
            hours_label(activity.minutes, lang),
            activity.provider or "",
            accreditation,
            activity.theme or "",
            _count_text(len(activity.evidence), planned),
        ),
        planned,
    )


def _count_text(count: int, planned: bool) -> str:
    if count:
        return str(count)
    return "" if planned else QCoreApplication.translate("PeTableModel", "ontbreekt")
