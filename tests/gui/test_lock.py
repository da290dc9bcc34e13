"""Locking: after idle time or Ctrl+L nothing of the vault stays anywhere in the window, and
unlocking brings back where the adviser was, unsaved edit included."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from vp_desktop.services.casework import cases
from vp_desktop.services.clients import clients
from vp_desktop.store.models import Draft
from vp_desktop.ui.clients.dashboard_section import DashboardSection
from vp_desktop.ui.shell.main_window import MainWindow
from vp_desktop.ui.shell.settings_section import SettingsSection

CANARY = "Kanarie-9731-geheim"
TODAY = dt.date(2026, 6, 15)
ROLES = [*range(0, 14), *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 10)]


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    found = []
    try:
        columns = max(1, model.columnCount(parent))
    except TypeError:  # list models keep columnCount private in PySide6
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            found += [repr(index.data(role)) for role in ROLES]
            if column == 0 and model.rowCount(index) > 0:
                found += model_texts(model, index)
    return found


def everything_shown(window: QWidget) -> str:
    """Every text of every widget and every value of every model under the window."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
    for model in window.findChildren(QAbstractItemModel):
        texts += model_texts(model)
    return "\n".join(texts)


@pytest.fixture
def practice(vault) -> dict[str, int]:
    with vault.transaction() as s:
        acme = clients.create_client(s, clients.ClientData(code="ACME", name="Acme BV"))
        bolt = clients.create_client(s, clients.ClientData(code="BOLT", name="Bolt NV"))
        case = cases.create_case(
            s,
            bolt.id,
            cases.CaseData(
                opened_on=TODAY,
                track="unwanted_behaviour",
                categories=["bullying"],
                notes=f"melder vertelt: {CANARY}",
            ),
            today=TODAY,
        )
        return {"acme": acme.id, "bolt": bolt.id, "case": case.id}


@pytest.fixture
def window(qtbot, workspace, qsettings, practice, notes_section) -> MainWindow:
    sections = [DashboardSection(workspace), notes_section, SettingsSection(workspace)]
    # A long idle time while the window is built: a slow machine must not lock it half-way.
    window = MainWindow(workspace, sections, qsettings, idle_ms=600_000)
    qtbot.addWidget(window, before_close_func=lambda _w: notes_section.discard_changes())
    window.start()
    window.show()
    window.request_client(practice["bolt"])
    window.show_section("cases")
    return window


def test_idle_lock_leaves_nothing_behind_and_unlock_brings_the_edit_back(
    qtbot, window, notes_section, workspace, vault, passphrase, practice, screenshot_dir
) -> None:
    assert CANARY in everything_shown(window)  # the walk does see the case text
    notes_section.edit.setText(f"{CANARY} plus nieuwe zin")
    window.activateWindow()
    QApplication.clipboard().setText(CANARY)  # as if the adviser copied it from the case
    window.lock.set_idle_ms(150)

    qtbot.waitUntil(lambda: window.lock.is_locked, timeout=3000)

    assert not workspace.is_open
    assert CANARY not in everything_shown(window)
    assert QApplication.clipboard().text() == ""
    assert window.sidebar.model.rowCount() == 0
    dialog = window.lock.dialog
    assert dialog is not None and dialog.isVisible()
    window.grab().save(str(screenshot_dir / "locked_window.png"))

    dialog.passphrase.setText("verkeerde wachtzin hier")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert window.lock.is_locked and "klopt niet" in dialog.message.text()

    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.lock.unlocked):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert workspace.is_open
    assert window.current_client_id() == practice["bolt"]
    assert window.client_name.text() == "Bolt NV"
    assert window.current_section_key() == "cases"
    assert notes_section.edit.text() == f"{CANARY} plus nieuwe zin"
    assert ("navigate", {"case_id": practice["case"]}) in notes_section.calls
    with workspace.session() as session:
        assert session.query(Draft).count() == 0  # restored once, then gone


def test_ctrl_l_locks_at_once_and_keeps_the_unsaved_edit(
    qtbot, window, notes_section, prompts, workspace, vault_path, passphrase
) -> None:
    window.lock.idle_timer.stop()
    window.lock.set_idle_ms(600_000)
    notes_section.edit.setText("half af")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # No question in between: the screen is cleared immediately.
    assert prompts.asked == []
    assert window.lock.is_locked and not workspace.is_open
    assert notes_section.edit.text() == ""
    # The locked page says it once; the unlock dialog over it does not repeat it.
    shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    shown += [label.text() for label in window.lock.dialog.findChildren(QLabel)]
    assert sum("vergrendeld" in text for text in shown) == 1

    window.lock.dialog.passphrase.setText(passphrase)
    window.lock.dialog.try_unlock()
    assert not window.lock.is_locked
    assert notes_section.edit.text() == "half af"
    assert notes_section.has_unsaved_changes()
    assert "nog niet opgeslagen" in window.statusBar().currentMessage()


def test_user_input_postpones_the_auto_lock(qtbot, window) -> None:
    # No clock in the test: a keystroke must start the countdown afresh, and a countdown that
    # runs out locks. (Waiting less than the idle time between keystrokes depends on how busy
    # the machine is.)
    window.lock.set_idle_ms(60_000)
    window.lock.idle_timer.stop()
    qtbot.keyClick(window.sidebar.clients, Qt.Key.Key_Shift)
    assert window.lock.idle_timer.isActive()
    assert window.lock.idle_timer.remainingTime() > 50_000
    assert not window.lock.is_locked
    window.lock.set_idle_ms(1)
    qtbot.waitUntil(lambda: window.lock.is_locked, timeout=5000)


def test_auto_lock_closes_an_open_question_first(qtbot, window) -> None:
    window.lock.set_idle_ms(150)
    question = QDialog(window)
    question.setModal(True)
    question.open()
    assert QApplication.activeModalWidget() is question
    qtbot.waitUntil(lambda: window.lock.is_locked, timeout=3000)
    assert not question.isVisible()
