"""Table columns that keep their header readable, with the spare width for one column.

Qt's own `Stretch` mode shrinks a stretched column to the header's minimum section size when the
other columns need the room, so a header such as "Thema" reads "hem". `StretchColumn` gives the
view's spare width to one column itself and never makes any column narrower than its header
text (with the sort indicator); when the columns do not fit, the view scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


def header_width(view: QTableView, column: int) -> int:
    """The width the header of `column` needs to show its whole text."""
    return view.horizontalHeader().sectionSizeHint(column)


class StretchColumn(QObject):
    """Keeps every column of `view` at least its header's width; `column` takes what is left.

    `capped` columns fit their contents while there is room, and give way down to their cap
    when the stretched column would get less than `least` (the rest is elided, the model's
    tooltip shows it); the other columns keep the resize mode the view gave them. `least` is
    the width the stretched column keeps even when the view must scroll for it.
    """

    def __init__(
        self,
        view: QTableView,
        column: int,
        capped: dict[int, int] | None = None,
        least: int = 0,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        self._least = least
        self._capped = dict(capped or {})
        self._content: dict[int, int] = {}  # a capped column's width for its whole contents
        self._busy = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for capped_column in self._capped:
            header.setSectionResizeMode(capped_column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._section_resized)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.fit)
        model.dataChanged.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._stretch()
        return False

    def fit(self) -> None:
        """Measure the capped columns' contents, then share out the width."""
        for column in self._capped:
            self._content[column] = self._view.sizeHintForColumn(column)
        self._stretch()

    def _section_resized(self, logical: int, _old: int, _new: int) -> None:
        if not self._busy and logical != self._column:
            self._stretch()

    def _stretch(self) -> None:
        header = self._view.horizontalHeader()
        view = self._view
        least = max(self._least, header_width(view, self._column))
        self._busy = True
        try:
            fixed = 0
            for column in range(header.count()):
                if column == self._column or header.isSectionHidden(column):
                    continue
                needed = header_width(view, column)
                if column not in self._capped and header.sectionSize(column) < needed:
                    header.resizeSection(column, needed)
                if column not in self._capped:
                    fixed += header.sectionSize(column)
            if self._capped:
                share = (view.viewport().width() - fixed - least) // len(self._capped)
                for column, cap in self._capped.items():
                    content = self._content.get(column, cap)
                    width = min(content, max(cap, share))
                    header.resizeSection(column, max(width, header_width(view, column)))
            others = sum(
                header.sectionSize(column)
                for column in range(header.count())
                if column != self._column and not header.isSectionHidden(column)
            )
            spare = view.viewport().width() - others
            header.resizeSection(self._column, max(spare, least))
        finally:
            self._busy = False
