"""The main window: a thin assembly of the sidebar, the sections, the active-client header and
the lock. Sections do the work; this window decides which client and section are showing.

It never shows one client's data under another's name: on a switch the sections get the new
client before the header changes, and a cancelled switch leaves the old client selected.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.services import settings as settings_service
from vp_desktop.services.clients import clients as client_service
from vp_desktop.store.errors import VaultError
from vp_desktop.store.vault import Vault
from vp_desktop.ui.data_safety.data_menu import DataMenu
from vp_desktop.ui.shared.background import running_operations
from vp_desktop.ui.shared.passphrase_widgets import VaultOpener
from vp_desktop.ui.shared.prompts import Choice
from vp_desktop.ui.shared.style import Role, apply_style, text_role
from vp_desktop.ui.shell import window_state
from vp_desktop.ui.shell.changes import EVERYTHING, Change, DataKind
from vp_desktop.ui.shell.help_menu import HelpMenu
from vp_desktop.ui.shell.lock_controller import LockController
from vp_desktop.ui.shell.locked_page import LockedPage
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.sidebar import Sidebar
from vp_desktop.ui.shell.window_menus import build_menus
from vp_desktop.ui.shell.workspace import Workspace


class MainWindow(QMainWindow):
    lock: LockController  # made once the window's parts exist; its buttons are wired before
    # made by `build_menus`
    lock_action: QAction
    close_vault_action: QAction
    search_action: QAction
    data_menu: DataMenu
    help_menu: HelpMenu
    go_menu: QMenu
    #: the adviser chose another language; the app rebuilds the window (state is kept)
    language_change_requested = Signal(str)
    #: "Kluis sluiten": the app shows the start screen, then closes this window and its vault
    close_vault_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        sections: Sequence[Section],
        qsettings: QSettings,
        *,
        language: str = "nl",
        idle_ms: int | None = None,
        opener: VaultOpener = Vault.open,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.prompts = workspace.prompts
        self.qsettings = qsettings
        self.language = language
        self.sections: dict[str, Section] = {s.key: s for s in sections}
        self._client_id: int | None = None
        self._closing_without_asking = False
        self._closing_title = ""  # set while "Kluis sluiten" closes the window
        self.search_dialog: Any = None  # PeopleSearchDialog, made when first opened
        self.setWindowTitle(self._title())

        self.sidebar = Sidebar()
        self.client_name = QLabel()
        self.client_name.setAccessibleName(self.tr("Actieve opdrachtgever"))
        text_role(self.client_name, Role.TEXT, "font-size: 13pt; font-weight: 600;")
        self.client_details = QLabel()
        self.client_details.setAccessibleName(self.tr("Gegevens van de actieve opdrachtgever"))
        text_role(self.client_details, Role.MUTED)
        header = QFrame()
        header.setObjectName("clientHeader")
        apply_style(
            header, "#clientHeader { background: $surface; border-bottom: 1px solid $border; }"
        )
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(24, 12, 24, 12)
        header_layout.setSpacing(2)
        header_layout.addWidget(self.client_name)
        header_layout.addWidget(self.client_details)
        self.stack = QStackedWidget()
        for section in self.sections.values():
            self.stack.addWidget(section)
            self.sidebar.add_section(section.key, section.title())
            section.navigate_requested.connect(self.navigate)
            section.data_changed.connect(lambda change, s=section: self._section_changed(s, change))
            saved = getattr(section, "settings_saved", None)
            if saved is not None:
                saved.connect(self._settings_saved)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(header)
        content_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 950])
        self.splitter.setChildrenCollapsible(False)

        self.locked_page = LockedPage()
        self.locked_page.unlock_button.clicked.connect(lambda: self.lock.ask_passphrase())
        self.locked_page.quit_button.clicked.connect(self.close)
        self.unlock_button = self.locked_page.unlock_button
        self.quit_button = self.locked_page.quit_button
        self.lock_waiting = self.locked_page.waiting
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.locked_page)
        self.setCentralWidget(self.pages)

        self.sidebar.section_requested.connect(self.show_section)
        self.sidebar.client_requested.connect(self.request_client)
        self.sidebar.new_client_requested.connect(lambda: self.edit_client(None))
        self.sidebar.edit_client_requested.connect(self.edit_client)

        settings = workspace.settings()
        if idle_ms is None:
            idle_ms = settings.auto_lock_minutes * 60_000
        self.lock = LockController(
            self,
            workspace,
            idle_ms=idle_ms,
            opener=opener,
            clipboard_seconds=settings.clipboard_clear_seconds,
        )
        self._build_menus()
        self.statusBar().showMessage(
            self.tr("Kluis: %1").replace("%1", workspace.vault.path.name if workspace.vault else "")
        )
        self.resize(1200, 780)
        window_state.restore_geometry(self)

    def _title(self) -> str:
        """The demo practice says so in the title bar, so it is never taken for a real vault."""
        try:
            with self.workspace.session() as session:
                demo = settings_service.is_demo_practice(session)
        except VaultError:
            demo = False
        if not demo:
            return "VP Desktop"
        # The desktop adds " — VP Desktop" (the application's display name) itself.
        return self.tr("DEMOPRAKTIJK — verzonnen gegevens")

    # -- building ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        build_menus(self)

    # -- start ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Fill the window from the vault: drafts left at a lock come back first."""
        first = self.qsettings.value(window_state.SECTION_KEY)
        self.show_section(str(first) if first in self.sections else next(iter(self.sections)))
        self.restore_state()

    # -- clients -------------------------------------------------------------------------------

    def current_client_id(self) -> int | None:
        return self._client_id

    def reload_clients(self) -> None:
        with self.workspace.session() as session:
            summaries = client_service.list_clients(session)
        self.sidebar.set_clients(summaries, self._client_id)
        self._update_header()

    def request_client(self, client_id: int | None) -> bool:
        """Switch to another client, after settling unsaved changes; False when cancelled."""
        if client_id == self._client_id:
            return True
        if not self.settle_unsaved_changes(self.tr("Andere opdrachtgever")):
            self.sidebar.show_client(self._client_id)
            return False
        self._set_client(client_id)
        return True

    def set_client_now(self, client_id: int | None) -> None:
        """Show this client without asking about unsaved changes (after unlock, a save)."""
        self._set_client(client_id)

    def _set_client(self, client_id: int | None) -> None:
        for section in self.sections.values():  # first the data, then the name above it
            section.set_client(client_id)
        self._client_id = client_id
        self.sidebar.show_client(client_id)
        self._update_header()

    def _update_header(self) -> None:
        row = self.sidebar.model.row_of(self._client_id)
        if row < 0:
            self.client_name.setText(self.tr("Geen opdrachtgever gekozen"))
            self.client_details.setText(self.tr("Kies links een opdrachtgever."))
            return
        client = self.sidebar.model.client(row)
        self.client_name.setText(client.name)
        self.client_details.setText(self.sidebar.model.describe(client))

    def edit_client(self, client_id: int | None) -> None:
        from vp_desktop.ui.clients.client_dialog import ClientDialog

        dialog = ClientDialog(self.workspace, client_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._client_saved)
        dialog.open()

    def _client_saved(self, client_id: int) -> None:
        self.apply_change(Change(DataKind.CLIENTS, client_id))  # the dashboard shows it too
        if client_id != self._client_id:
            self.request_client(client_id)
        else:
            self._set_client(client_id)  # name or code changed: sections show it anew

    # -- sections ------------------------------------------------------------------------------

    def current_section_key(self) -> str:
        widget = self.stack.currentWidget()
        return widget.key if isinstance(widget, Section) else ""

    def show_section(self, key: str) -> None:
        section = self.sections.get(key)
        if section is None:
            self.statusBar().showMessage(self.tr("Dit onderdeel is nog niet beschikbaar."), 5000)
            return
        self.stack.setCurrentWidget(section)
        self.sidebar.show_section(key)
        section.refresh_if_stale()  # a section changed while hidden reloads now it is seen

    def navigate(self, key: str, client_id: object, target: object) -> None:
        if isinstance(target, dict) and target.get("backup"):
            self.data_menu.open_backup()  # the dashboard's backup reminder leads to the backup
            return
        if isinstance(target, dict) and target.get("retention"):
            self.data_menu.open_retention()  # "… en nog N dossiers" leads to all of them
            return
        if (
            isinstance(client_id, int)
            and client_id != self._client_id
            and not self.request_client(client_id)
        ):
            return
        self.show_section(key)
        if key in self.sections and isinstance(target, dict) and target:
            self.sections[key].navigate(target)

    def open_people_search(self) -> None:
        from vp_desktop.ui.casework.people_search_dialog import PeopleSearchDialog

        if self.search_dialog is None:
            self.search_dialog = PeopleSearchDialog(self.workspace, self)
            self.search_dialog.open_requested.connect(
                lambda client_id, case_id: self.navigate("cases", client_id, {"case_id": case_id})
            )
        self.search_dialog.show()
        self.search_dialog.activateWindow()

    def _section_changed(self, changed: Section, change: object) -> None:
        if not isinstance(change, Change):
            change = EVERYTHING  # a section that cannot say what changed reloads everything
        self.apply_change(change, source=changed)

    def apply_change(self, change: Change, source: Section | None = None) -> None:
        """Refresh what shows the changed data: on screen now, a hidden section when shown."""
        if self.lock.is_locked:
            return  # work that ended behind the lock screen shows nothing; unlock reloads
        if change.kinds & (DataKind.CLIENTS | DataKind.CASES):
            self.reload_clients()  # the sidebar's open-case counts
        for section in self.sections.values():
            scope = self._client_id if section.client_scoped else None
            if section is not source and change.concerns(section.depends_on, scope):
                self.refresh_or_defer(section)

    def refresh_or_defer(self, section: Section) -> None:
        """Reload a section on screen; a hidden one only marks itself stale (reloads when shown)."""
        if section is self.stack.currentWidget() and not self.lock.is_locked:
            section.refresh_now()
        else:
            section.mark_stale()

    def _data_imported(self) -> None:
        if self.lock.is_locked:
            return  # the sections are reloaded after unlock
        self.reload_clients()
        if self.sidebar.model.row_of(self._client_id) < 0:
            self._set_client(None)  # the client was handed over and deleted
        self.apply_change(EVERYTHING)

    def _settings_saved(self, settings: Any) -> None:
        self.lock.set_idle_minutes(settings.auto_lock_minutes)
        self.lock.set_clipboard_seconds(settings.clipboard_clear_seconds)
        if settings.language != self.language:
            self.language_change_requested.emit(settings.language)

    def settle_unsaved_changes(self, title: str) -> bool:
        """Ask about each section with unsaved changes; False when the adviser cancels."""
        for section in self.sections.values():
            if not section.has_unsaved_changes():
                continue
            self.show_section(section.key)
            choice = self.prompts.save_discard_cancel(
                title,
                self.tr("Er zijn niet-opgeslagen wijzigingen in %1. Wilt u ze opslaan?").replace(
                    "%1", section.title()
                ),
            )
            if choice is Choice.CANCEL or (choice is Choice.SAVE and not section.save_changes()):
                return False
            if choice is Choice.DISCARD:
                section.discard_changes()
        return True

    # -- state kept across a lock or a language switch -----------------------------------------

    def take_state(self) -> dict[str, dict[str, Any]]:
        """Every pending edit by section key, plus where the adviser was (ids only)."""
        return window_state.take_state(self)

    def restore_state(self, state: dict[str, dict[str, Any]] | None = None) -> None:
        """Put back a `take_state` result; without one, the drafts kept in the vault."""
        window_state.restore_state(self, state)

    def clear_all(self) -> None:
        self.data_menu.close_dialog()
        if self.search_dialog is not None:
            self.search_dialog.clear()
            self.search_dialog.reject()
        for section in self.sections.values():
            section.clear()
        self.sidebar.clear()
        self._client_id = None
        self.client_name.clear()
        self.client_details.clear()

    def show_lock_waiting(self, titles: list[str]) -> None:
        self.locked_page.show_waiting(titles)

    def show_locked(self, locked: bool) -> None:
        self.pages.setCurrentWidget(self.locked_page if locked else self.splitter)
        self.go_menu.setEnabled(not locked)
        self.lock_action.setEnabled(not locked)
        self.data_menu.menuAction().setEnabled(not locked)  # its dialogs need the open vault
        self.statusBar().setVisible(not locked)

    # -- closing -------------------------------------------------------------------------------

    def close_vault(self) -> None:
        """Close this vault (unsaved changes asked about first) and go back to the start screen,
        where another vault can be opened."""
        self._closing_title = self.tr("Kluis sluiten")  # the question names what was chosen
        try:
            self.close_vault_requested.emit()
        finally:
            self._closing_title = ""

    def close_without_asking(self) -> None:
        """Close for a rebuild (language switch): the vault stays open for the new window."""
        self._closing_without_asking = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        asking = not self._closing_without_asking and not self.lock.is_locked
        title = self._closing_title or self.tr("Afsluiten")
        if asking and not self.settle_unsaved_changes(title):
            event.ignore()
            return
        window_state.save_geometry(self)
        self.lock.finish_now()  # a lock waiting for work: the work ends, the edits are kept
        running_operations().wait_all()  # a backup or import half done is never abandoned
        self.lock.stop()
        if not self._closing_without_asking:
            self.clear_all()
            if self.workspace.vault is not None:
                self.workspace.vault.close()
        event.accept()
