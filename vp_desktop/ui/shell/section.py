"""The contract between the main window and each feature widget (a sidebar section)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from vp_desktop.ui.shell.changes import Change, DataKind


class Section(QWidget):
    """A feature widget of the main window.

    The main window tells it which client is active and when the vault locks; the section never
    reaches for global state. Sections override what applies to them.
    """

    #: stable key, used for drafts and remembering the last section (never case data)
    key = "section"

    #: the kinds of data this section shows: a `Change` of other kinds leaves it alone
    depends_on: ClassVar[DataKind] = DataKind.ALL
    #: True when it shows one client's data (a change for another client leaves it alone)
    client_scoped: ClassVar[bool] = False

    #: ask the main window to open (section key, client id or None, target dict)
    navigate_requested = Signal(str, object, object)
    #: a `Change`: data changed that other sections or the sidebar (open-case counts) show
    data_changed = Signal(object)

    _needs_refresh = False  # set while hidden: reload when shown

    def announce(self, kinds: DataKind, client_id: int | None = None) -> None:
        """Tell the window what a save here changed (for one client, or None: for all)."""
        self.data_changed.emit(Change(kinds, client_id))

    def mark_stale(self) -> None:
        """The data shown is out of date: reload when next shown."""
        self._needs_refresh = True

    def is_stale(self) -> bool:
        return self._needs_refresh

    def refresh_now(self) -> None:
        self._needs_refresh = False
        self.refresh()

    def refresh_if_stale(self) -> None:
        if self._needs_refresh:
            self.refresh_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    def title(self) -> str:  # translated title for the sidebar
        return self.key

    def set_client(self, client_id: int | None) -> None:
        """Show this client's data (None: no client selected). Must drop the previous client's."""

    def refresh(self) -> None:
        """Reload from the vault (after another section changed data)."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save pending edits; False when validation refused them (the section shows why)."""
        return True

    def discard_changes(self) -> None:
        """Drop pending edits."""

    def take_draft(self) -> dict[str, Any] | None:
        """On lock: the pending edit as JSON-able data (kept inside the vault), or None."""
        return None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """After unlock: put a pending edit back where it was."""

    def clear(self) -> None:
        """On lock: empty every model and widget that showed case data."""

    def navigate(self, target: dict[str, Any]) -> None:
        """Open an item (e.g. {"case_id": 3}) — used by the dashboard's links."""

    def current_target(self) -> dict[str, Any] | None:
        """The open item as a `navigate` target (ids only), so it reopens after unlock."""
        return None
