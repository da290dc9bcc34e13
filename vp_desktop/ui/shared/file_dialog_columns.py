"""The file list of Qt's own file dialog in the app's language: size, type and date.

Qt's file model writes sizes and dates in the operating system's locale (often C or US English
on a Linux laptop, "3.88 KiB", "12/2/26") and asks for the type in its background thread. This
proxy writes them with the app's QLocale (Dutch: "3,88 kB", "02-12-2026 15:41") and the type
from the shared MIME database in the app's language. Sorting stays with the file model, by the
real size and date, not by these texts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QFileInfo,
    QLocale,
    QMimeDatabase,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView

NAME, SIZE, TYPE, MODIFIED = range(4)  # the columns of QFileSystemModel
Index = QModelIndex | QPersistentModelIndex


class LocalFileColumns(QSortFilterProxyModel):
    """Passes the file model through, with size, type and date in the app's locale."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mime = QMimeDatabase()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() in (SIZE, TYPE, MODIFIED):
            source = self.sourceModel()
            if isinstance(source, QFileSystemModel):
                info = source.fileInfo(self.mapToSource(index))
                # a folder has no size, and Qt's own "Map" as its type
                if index.column() == MODIFIED or not info.isDir():
                    return self._text(info, index.column())
        return super().data(index, role)

    def _text(self, info: QFileInfo, column: int) -> str:
        locale = QLocale()  # the app's language (i18n sets the default)
        if column == MODIFIED:
            return locale.toString(info.lastModified(), QLocale.FormatType.ShortFormat)
        if column == SIZE:
            return locale.formattedDataSize(
                info.size(), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
        return self._mime.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The file model sorts by the real size and date (and folders first); this proxy keeps
        # its order.
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


def use_local_columns(dialog: QFileDialog) -> None:
    """Size, type and date in the app's locale, each column wide enough for its values."""
    dialog.setProxyModel(LocalFileColumns(dialog))
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    metrics = view.fontMetrics()
    samples = {SIZE: "1.023,9 MB", TYPE: "Excel 2007-rekenblad", MODIFIED: "00-00-0000 00:00"}
    for column, sample in samples.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        wanted = max(metrics.horizontalAdvance(sample), header.sectionSizeHint(column)) + 24
        header.resizeSection(column, wanted)
