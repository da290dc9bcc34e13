"""The add, change and delete buttons over a table that has an inline form, written once: change
and delete act on the selected row (a double-click changes it too) and can be pressed only with
a row selected; none of them while the table has nothing to edit (no client, a read-only case)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QPushButton, QTableView

from vp_desktop.ui.shared.row_table_model import selected_row


class RowButtons:
    def __init__(
        self,
        table: QTableView,
        buttons: tuple[QPushButton, QPushButton, QPushButton],
        *,
        on_add: Callable[[], object],
        on_edit: Callable[[int], object],
        on_delete: Callable[[int], object],
        editable: Callable[[], bool],
    ) -> None:
        self.table = table
        self.add, self.edit, self.delete = buttons
        self._editable = editable
        for button in buttons:
            button.setAccessibleName(button.text())
        self.add.clicked.connect(on_add)
        self.edit.clicked.connect(lambda: on_edit(self.selected()))
        self.delete.clicked.connect(lambda: on_delete(self.selected()))
        table.doubleClicked.connect(lambda index: on_edit(index.row()))
        table.selectionModel().selectionChanged.connect(self.update)

    def add_to(self, toolbar: QBoxLayout) -> None:
        for button in (self.add, self.edit, self.delete):
            toolbar.addWidget(button)

    def selected(self) -> int:
        """The selected row, or -1."""
        return selected_row(self.table)

    def update(self) -> None:
        editable = self._editable()
        chosen = editable and self.selected() >= 0
        self.add.setEnabled(editable)
        self.edit.setEnabled(chosen)
        self.delete.setEnabled(chosen)
