"""Helpers for the caseload GUI tests: test data, and walkers that collect every string a model
or a widget tree holds (to prove case text is gone, or was never shown)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from vp_desktop.services.casework import cases as case_service
from vp_desktop.services.casework import contacts as contact_service
from vp_desktop.services.casework.cases import CaseData
from vp_desktop.services.casework.contacts import ContactData
from vp_desktop.services.clients import clients as client_service
from vp_desktop.services.clients.clients import ClientData
from vp_desktop.store.vault import Vault

SCREENSHOTS = Path(__file__).resolve().parents[1] / "_artifacts" / "screenshots"
TODAY = dt.date.today()
THIS_YEAR = TODAY.year


def add_client(vault: Vault, code: str, name: str, **fields: Any) -> int:
    with vault.transaction() as session:
        return client_service.create_client(session, ClientData(code=code, name=name, **fields)).id


def add_case(
    vault: Vault,
    client_id: int,
    *,
    opened_on: dt.date | None = None,
    track: str = "unwanted_behaviour",
    categories: Iterable[str] = ("bullying",),
    **fields: Any,
) -> int:
    data = CaseData(
        opened_on=opened_on or TODAY - dt.timedelta(days=30),
        track=track,
        categories=list(categories),
        **fields,
    )
    with vault.transaction() as session:
        return case_service.create_case(session, client_id, data).id


def add_contact(
    vault: Vault, client_id: int, case_id: int, notes: str, *, days_ago: int = 1, minutes: int = 45
) -> int:
    data = ContactData(TODAY - dt.timedelta(days=days_ago), minutes, "in_person", notes)
    with vault.transaction() as session:
        return contact_service.add_contact(session, client_id, case_id, data).id


ROLES_TO_READ = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    *(Qt.ItemDataRole.UserRole + n for n in range(0, 8)),
)


def model_strings(model: QAbstractItemModel) -> list[str]:
    """Every value of every cell and role (the models here are flat), and the headers, as text."""
    found: list[str] = []
    columns = model.columnCount(QModelIndex())
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            for role in ROLES_TO_READ:
                value = model.data(index, role)
                if value is not None:
                    found.append(str(value))
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal)
        if value is not None:
            found.append(str(value))
    return found


def tab_chain(start: QWidget, count: int) -> list[QWidget]:
    """The next `count` widgets the Tab key reaches from `start`."""
    chain: list[QWidget] = []
    widget = start
    while len(chain) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        tab_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tab_focus and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
    return chain


def widget_strings(root: QWidget) -> list[str]:
    """Every text a widget tree holds: labels, edits, combo items, lists, and its views' models."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
            found += [str(widget.itemData(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractSpinBox):
            found.append(widget.text())
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            found += model_strings(widget.model())
        found.append(widget.toolTip())
        found.append(widget.windowTitle())
    return found


def _inside_qt_internals(widget: QWidget) -> bool:
    """Parts Qt builds and names itself: combo-box pop-ups, table headers, scroll bars, and the
    buttons a line edit makes for its actions (named by the action's text)."""
    if isinstance(widget, QHeaderView | QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QCalendarWidget | QAbstractSpinBox | QTabBar | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def controls_without_name(root: QWidget) -> list[str]:
    """Controls a screen reader could not name (a button's own text counts as its name)."""
    kinds = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        QPlainTextEdit,
    )
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or _inside_qt_internals(widget):
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            continue
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return missing


def screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path))
    return path
