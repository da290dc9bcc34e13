"""The add, change and delete buttons over a table with an inline form: what they act on and
when they can be pressed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QWidget

from vp_desktop.ui.shared.row_buttons import RowButtons


def test_change_and_delete_act_on_the_selected_row_and_only_with_one(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    model = QStandardItemModel(3, 1)
    for row in range(3):
        model.setItem(row, 0, QStandardItem(f"regel {row}"))
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    buttons = (QPushButton("Nieuw"), QPushButton("Wijzigen"), QPushButton("Verwijderen"))
    editable = [True]
    done: list[tuple[str, int]] = []
    row_buttons = RowButtons(
        table,
        buttons,
        on_add=lambda: done.append(("add", -1)),
        on_edit=lambda row: done.append(("edit", row)),
        on_delete=lambda row: done.append(("delete", row)),
        editable=lambda: editable[0],
    )
    toolbar = QHBoxLayout(host)
    toolbar.addWidget(table)
    row_buttons.add_to(toolbar)
    host.show()
    add, edit, delete = buttons
    row_buttons.update()
    assert add.isEnabled() and not edit.isEnabled() and not delete.isEnabled()
    assert edit.accessibleName() == "Wijzigen"

    table.selectionModel().select(
        model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert edit.isEnabled() and delete.isEnabled()  # follows the selection
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    table.doubleClicked.emit(model.index(1, 0))
    assert done == [("edit", 2), ("delete", 2), ("add", -1), ("edit", 1)]

    editable[0] = False  # e.g. no client chosen, or a read-only case
    row_buttons.update()
    assert not add.isEnabled() and not edit.isEnabled() and not delete.isEnabled()
