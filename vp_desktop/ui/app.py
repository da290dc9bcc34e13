"""Starting the app: the QApplication, the language, the start screen and then the main window.

`SECTIONS` is the assembly of the main window, in sidebar order: a new feature slots in by adding
its `Section` class here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from vp_desktop import __version__
from vp_desktop.resources import resource_path
from vp_desktop.services.data_safety import vaults
from vp_desktop.store.vault import Vault
from vp_desktop.ui import i18n
from vp_desktop.ui.activities.activities_section import ActivitiesSection
from vp_desktop.ui.annual_report.reports_section import ReportsSection
from vp_desktop.ui.casework.cases_section import CasesSection
from vp_desktop.ui.clients.dashboard_section import DashboardSection
from vp_desktop.ui.professional_development.pe_section import PeSection
from vp_desktop.ui.shared.passphrase_widgets import DemoBuilder, VaultOpener
from vp_desktop.ui.shared.prompts import Prompts
from vp_desktop.ui.shared.style import follow_platform_scheme
from vp_desktop.ui.shell.error_guard import ErrorGuard
from vp_desktop.ui.shell.integrity_watch import check_after_unlock
from vp_desktop.ui.shell.main_window import MainWindow
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.settings_section import SettingsSection
from vp_desktop.ui.shell.start_screen import StartScreen
from vp_desktop.ui.shell.workspace import Workspace
from vp_desktop.ui.signals.signals_section import SignalsSection

APP_NAME = "VP Desktop"
LANGUAGE_KEY = "ui/language"  # the start screen speaks it before any vault is open

SectionFactory = Callable[[Workspace], Section]
SECTIONS: tuple[SectionFactory, ...] = (
    DashboardSection,
    CasesSection,
    ActivitiesSection,
    SignalsSection,
    PeSection,
    ReportsSection,
    SettingsSection,
)


class Shell(QObject):
    """Start screen first; after unlocking, the main window (rebuilt on a language switch)."""

    def __init__(
        self,
        qsettings: QSettings,
        *,
        prompts: Prompts | None = None,
        sections: Sequence[SectionFactory] = SECTIONS,
        idle_ms: int | None = None,
        demo_builder: DemoBuilder | None = None,
        opener: VaultOpener = Vault.open,
        default_path: Callable[[], Path] | None = None,
        translations: Path | None = None,
    ) -> None:
        super().__init__()
        self.qsettings = qsettings
        self.prompts = prompts or Prompts()
        self._sections = tuple(sections)
        self._idle_ms = idle_ms
        self._opener = opener
        self._translations = translations
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self.start_screen = StartScreen(
            self.prompts,
            qsettings,
            default_path=default_path or vaults.default_vault_path,
            demo_builder=demo_builder,
            opener=opener,
        )
        self.start_screen.vault_opened.connect(self.open_vault)

    def start(self, vault_path: Path | None = None) -> None:
        """Show the start screen; with `vault_path` (a double-clicked vault file, or
        `vp-desktop PATH`) its unlock dialog opens at once."""
        i18n.install_language(str(self.qsettings.value(LANGUAGE_KEY, "nl")), self._translations)
        self.prompts.parent = self.start_screen
        self.start_screen.show()
        if vault_path is not None:
            self.start_screen.unlock(vault_path)

    def close_vault(self) -> None:
        """Back to the start screen: it shows first, so closing the window never ends the app."""
        window = self.window
        if window is None:
            return
        self.start_screen.refresh()
        self.start_screen.show()
        self.prompts.parent = self.start_screen
        if not window.close():  # the adviser cancelled at a question about unsaved changes
            self.start_screen.hide()
            self.prompts.parent = window
            return
        self.window = None
        self.workspace = None

    def open_vault(self, vault: Vault) -> None:
        self.workspace = Workspace(vault, self.prompts)
        language = self.workspace.settings().language
        self._use_language(language)
        self.window = self._build_window(language)
        self.window.start()
        self.window.show()
        self.start_screen.hide()
        check_after_unlock(vault, self.prompts, self.window)

    def _use_language(self, language: str) -> None:
        i18n.install_language(language, self._translations)
        self.qsettings.setValue(LANGUAGE_KEY, language)

    def _build_window(self, language: str) -> MainWindow:
        assert self.workspace is not None
        sections = [make(self.workspace) for make in self._sections]
        window = MainWindow(
            self.workspace,
            sections,
            self.qsettings,
            language=language,
            idle_ms=self._idle_ms,
            opener=self._opener,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.language_change_requested.connect(self.change_language)
        window.close_vault_requested.connect(self.close_vault)
        self.prompts.parent = window
        return window

    def change_language(self, language: str) -> None:
        """Rebuild the window in the new language, with every section's state carried over."""
        old = self.window
        if old is None:
            return
        state = old.take_state()
        geometry = old.saveGeometry()
        old.close_without_asking()
        self._use_language(language)
        self.window = self._build_window(language)
        self.window.restoreGeometry(geometry)
        self.window.restore_state(state)
        self.window.show()


def run_app(argv: Sequence[str], vault_path: Path | None = None) -> int:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(list(argv))
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName("nl.vpdesktop.VPDesktop")  # matches the .desktop entry
    icon = resource_path("icons", "vp-desktop.svg")
    if icon.exists():
        QGuiApplication.setWindowIcon(QIcon(str(icon)))
    follow_platform_scheme(app)  # light or dark, as the desktop is, also when it switches
    Vault.defer_integrity_checks = True  # unlock at once; the check runs in the background
    shell = Shell(QSettings())
    guard = ErrorGuard(Prompts(None).error)
    guard.install()
    shell.start(vault_path)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(run_app(sys.argv))
