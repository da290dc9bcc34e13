"""How the case list looks: whole-row single selection, sortable columns of sensible width, and
fixed row heights so the view stays quick with 10,000 cases."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from vp_desktop.domain import vocab
from vp_desktop.ui.casework import case_table_model as columns
from vp_desktop.ui.shared.column_fit import StretchColumn, header_width

# Text as wide as a column usually gets, to size the columns before any case is loaded (the
# model formats a line only when it is shown, so the view never measures 10,000 rows).
_WIDTH_SAMPLES = (
    (columns.NUMBER, "ACME-2026-0000"),
    (columns.OPENED, "00-00-00000"),
    (columns.LAST_CONTACT, "00-00-00000"),
    (columns.FOLLOW_UP, "00-00-00000"),
)


class CaseListView(QTableView):
    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Lijst van casussen"))
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(columns.NUMBER, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures 10,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        samples = [*_WIDTH_SAMPLES, (columns.TRACK, _longest(metrics, _track_labels()))]
        samples.append((columns.STATUS, _longest(metrics, columns.status_texts())))
        for column, sample in samples:
            # Never narrower than the header with its sort indicator.
            width = max(metrics.horizontalAdvance(sample) + 24, header_width(self, column))
            header.resizeSection(column, width)
        # The categories take the spare width, at least their header's.
        self.column_fit = StretchColumn(
            self, columns.CATEGORIES, least=metrics.averageCharWidth() * 16
        )


def _track_labels() -> list[str]:
    return [term.label(lang) for term in vocab.TRACKS for lang in ("nl", "en")]


def _longest(metrics: QFontMetrics, texts: Sequence[str]) -> str:
    return max(texts, key=metrics.horizontalAdvance)
