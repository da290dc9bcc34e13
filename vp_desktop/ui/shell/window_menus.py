"""The main window's menus: Bestand, Gegevens, Ga naar and Help.

Their texts keep the "MainWindow" translation context they always had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from vp_desktop.ui.data_safety.data_menu import DataMenu
from vp_desktop.ui.shell.help_menu import HelpMenu
from vp_desktop.ui.shell.lock_controller import LOCK_SHORTCUT

if TYPE_CHECKING:
    from vp_desktop.ui.shell.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Add the menus to the window (their actions stay reachable as window attributes)."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Bestand"))
    window.lock_action = QAction(QCoreApplication.translate("MainWindow", "&Vergrendelen"), window)
    window.lock_action.setShortcut(LOCK_SHORTCUT)
    window.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.lock_action.triggered.connect(lambda: window.lock.lock())
    file_menu.addAction(window.lock_action)
    window.close_vault_action = QAction(
        QCoreApplication.translate("MainWindow", "Kluis &sluiten / andere kluis openen…"), window
    )
    window.close_vault_action.triggered.connect(lambda: window.close_vault())
    file_menu.addAction(window.close_vault_action)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Afsluiten"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    window.data_menu = DataMenu(
        window.workspace, window.current_client_id, window._data_imported, window.lock.lock, window
    )
    window.menuBar().addMenu(window.data_menu)
    window.help_menu = HelpMenu(window.workspace, window)
    window.go_menu = go_menu = window.menuBar().addMenu(
        QCoreApplication.translate("MainWindow", "&Ga naar")
    )
    for number, section in enumerate(window.sections.values(), start=1):
        action = QAction(section.title(), window)
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, k=section.key: window.show_section(k))
        go_menu.addAction(action)
    go_menu.addSeparator()
    window.search_action = QAction(
        QCoreApplication.translate("MainWindow", "&Zoeken in alle opdrachtgevers…"), window
    )
    window.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    window.search_action.triggered.connect(window.open_people_search)
    go_menu.addAction(window.search_action)
    window.menuBar().addMenu(window.help_menu)  # Help last, as on every desktop
