"""What the main window keeps across a lock or a language switch: each section's pending edit
(its draft) and where the adviser was, as ids and section keys only.

Restoring drafts kept in the vault deletes only the drafts a section took back, so an error in one
section never throws away the edits of the others (nor its own); the error is raised afterwards,
for the error guard to tell the adviser.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from vp_desktop.services import drafts as drafts_service
from vp_desktop.store.errors import VaultError

if TYPE_CHECKING:
    from vp_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

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
    for section in window.sections.values():
        attempt(f"refreshing {section.key}", section.refresh)
    restored = {SHELL_KEY}
    targets = shell.get("targets", {})
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
