"""What the main window keeps across a lock or a language switch: each section's pending edit
(its draft) and where the adviser was, as ids and section keys only; and the window's geometry
in the desktop settings.

Restoring drafts kept in the vault deletes only the drafts a section took back, so an error in one
section never throws away the edits of the others (nor its own); the error is raised afterwards,
for the error guard to tell the adviser.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray

from vp_desktop.services import drafts as drafts_service
from vp_desktop.store.errors import VaultError

if TYPE_CHECKING:
    from vp_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

GEOMETRY_KEY = "main_window/geometry"
SPLITTER_KEY = "main_window/splitter"
SECTION_KEY = "main_window/section"
SHELL_KEY = "_shell"  # where the window keeps its own place among the drafts


def take_state(window: MainWindow) -> dict[str, dict[str, Any]]:
    """Every pending edit by section key, plus where the adviser was (ids only)."""
    state: dict[str, dict[str, Any]] = {}
    targets: dict[str, Any] = {}
    for key, section in window.sections.items():
        draft = section.take_draft()
        if draft is not None:
            state[key] = draft
        target = section.current_target()
        if target:
            targets[key] = target
    state[SHELL_KEY] = {
        "section": window.current_section_key(),
        "client_id": window.current_client_id(),
        "targets": targets,
    }
    return state


def restore_state(window: MainWindow, state: dict[str, dict[str, Any]] | None = None) -> None:
    """Put back a `take_state` result; without one, the drafts kept in the vault.

    A draft kept in the vault is deleted only once its section has taken it back, so an
    error in one section never throws away the edits of the others (nor its own).
    """
    kept = state is None
    if state is None:
        try:
            with window.workspace.session() as session:
                state = drafts_service.load_drafts(session)
        except VaultError:
            state = {}
    errors: list[Exception] = []

    def attempt(what: str, action: Any) -> bool:
        try:
            action()
        except Exception as error:  # one section's bug must not cost the others their edits
            log.error("%s failed after unlock: %s", what, type(error).__name__)
            errors.append(error)
            return False
        return True

    shell = state.get(SHELL_KEY, {})
    window.reload_clients()
    client_id = shell.get("client_id")
    if window.sidebar.model.row_of(client_id) < 0:
        client_id = None
        if window.sidebar.model.rowCount() > 0:
            client_id = window.sidebar.model.client(0).id
    attempt("choosing the client", lambda: window.set_client_now(client_id))
    targets = shell.get("targets", {})
    for key, section in window.sections.items():
        # A draft or an open item is put back on current data; any other section hidden at
        # unlock reloads only when the adviser looks at it (the PE log is not read for nothing).
        if key in state or key in targets:
            attempt(f"refreshing {key}", section.refresh_now)
        else:
            attempt(f"refreshing {key}", lambda s=section: window.refresh_or_defer(s))
    restored = {SHELL_KEY}
    for key, section in window.sections.items():
        if isinstance(targets.get(key), dict):
            attempt(f"reopening {key}", lambda s=section, t=targets[key]: s.navigate(t))
        draft = state.get(key)
        if isinstance(draft, dict) and attempt(
            f"restoring {key}", lambda s=section, d=draft: s.restore_draft(d)
        ):
            restored.add(key)
    if shell.get("section") in window.sections:
        window.show_section(shell["section"])
    if kept:
        try:
            with window.workspace.transaction() as session:
                drafts_service.discard_drafts(session, keys=restored)
        except VaultError:
            log.warning("restored drafts could not be removed from the vault")
    if errors:
        raise errors[0]  # the error guard tells the adviser; the edits are safe


def save_geometry(window: MainWindow) -> None:
    """Where the window was and how big, kept in the desktop settings (never case data)."""
    window.qsettings.setValue(GEOMETRY_KEY, window.saveGeometry())
    window.qsettings.setValue(SPLITTER_KEY, window.splitter.saveState())
    if window.current_section_key():
        window.qsettings.setValue(SECTION_KEY, window.current_section_key())
    window.qsettings.sync()


def restore_geometry(window: MainWindow) -> None:
    geometry = window.qsettings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    splitter = window.qsettings.value(SPLITTER_KEY)
    if isinstance(splitter, QByteArray):
        window.splitter.restoreState(splitter)
