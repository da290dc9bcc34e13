"""The editor of one case: its fields, closing and reopening, contacts and attachments.

Unsaved changes are the difference between the form's state and the state it was loaded with;
they are never dropped without asking, and on lock they leave as a JSON-able draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.casework import cases as case_service
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.casework.attachments_panel import AttachmentsPanel
from vp_desktop.ui.casework.case_editor_fields import CaseFields
from vp_desktop.ui.casework.case_editor_parts import (
    CaseHeader,
    CaseQuestions,
    CaseTabs,
    ClosureBox,
)
from vp_desktop.ui.casework.case_file_actions import CaseFileActions
from vp_desktop.ui.casework.contacts_panel import ContactsPanel
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.field_messages import InlineMessage
from vp_desktop.ui.shared.prompts import Choice
from vp_desktop.ui.shell.workspace import Workspace


class CaseEditor(QWidget):
    #: a case was created, changed, closed or reopened (its id)
    saved = Signal(int)
    #: a case was deleted (its id)
    deleted = Signal(int)

    def __init__(self, workspace: Workspace, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang: Lang = lang
        self._client_id: int | None = None
        self._case_id: int | None = None
        self._stored_closed = False
        self._purged = False
        self._closing = False
        self._snapshot: dict[str, Any] = {}
        self._destroy_by: dt.date | None = None
        self.fields = CaseFields(lang, self)
        self.contacts = ContactsPanel(workspace, lang)
        self.attachments = AttachmentsPanel(workspace, lang)
        self._build()
        self.contacts.changed.connect(self._panel_changed)
        self.attachments.changed.connect(self._panel_changed)
        self.fields.changed.connect(self._update_dirty_mark)
        self.clear()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = CaseHeader()
        self.save_button = self.header.save_button
        self.revert_button = self.header.revert_button
        self.close_button = self.header.close_button
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.close_button.clicked.connect(self._close_or_reopen)
        self.delete_button = QPushButton(self.tr("Verwijderen…"))
        self.delete_button.setAccessibleName(self.tr("Casus verwijderen"))
        self.delete_button.clicked.connect(self.delete_case)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.problem = InlineMessage(self.tr("Melding bij de casus"))

        self.tabs = CaseTabs(self.fields, self.contacts, self.attachments)
        self.closure = ClosureBox(self.fields.closure_widget)
        self.closure.confirm_button.clicked.connect(self.save)
        self.closure.cancel_button.clicked.connect(self.cancel_closing)

        self.file_actions = CaseFileActions(self._workspace)
        self.file_actions.changed.connect(self._file_changed)
        footer = QHBoxLayout()
        footer.addWidget(self.file_actions, 1)
        footer.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.closure)
        layout.addLayout(footer)

    # -- what is shown ----------------------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        return self._client_id

    @property
    def case_id(self) -> int | None:
        return self._case_id

    @property
    def is_active(self) -> bool:
        """A case (or a new one) is open in the editor."""
        return self._client_id is not None

    def show_case(self, client_id: int, case_id: int) -> None:
        """Load a stored case; raises NotFound when it is not this client's."""
        with self._workspace.session() as session:
            case = case_service.get_case(session, client_id, case_id)
            data = case_service.CaseData.of(case)
            number, destroy_by = case.number, case.destroy_by
            destroy_by_reason = case.destroy_by_reason
            purged_at = case.purged_at
        self._client_id, self._case_id = client_id, case_id
        self._stored_closed = data.closed_on is not None
        self._purged = purged_at is not None
        self._closing = False
        self._destroy_by = destroy_by
        self.fields.load(data)
        self._snapshot = self.state()
        self.header.show_case(
            number, data.opened_on, data.closed_on, destroy_by, purged_at, destroy_by_reason
        )
        self.contacts.load(client_id, case_id, read_only=self._purged)
        self.file_actions.show_case(
            client_id,
            case_id,
            closed=self._stored_closed,
            purged=self._purged,
            destroy_by=destroy_by,
        )
        self.attachments.load(client_id, case_id, read_only=self._purged)
        self._after_load()

    def new_case(self, client_id: int, track: str = "unwanted_behaviour") -> None:
        self._client_id, self._case_id = client_id, None
        self._stored_closed = self._purged = self._closing = False
        self.fields.load(case_service.CaseData(opened_on=dt.date.today(), track=track))
        self._snapshot = self.state()
        self._destroy_by = None
        self.header.show_title(
            self.tr("Nieuwe casus"), self.tr("Het nummer volgt bij het opslaan.")
        )
        self.contacts.clear()
        self.attachments.clear()
        self.file_actions.show_case(None, None)
        self._after_load()
        self.tabs.setCurrentIndex(0)
        self.fields.opened_on.setFocus()

    def clear(self) -> None:
        """Show nothing: every field, table and preview emptied (lock, other client)."""
        self._client_id = self._case_id = None
        self._stored_closed = self._purged = self._closing = False
        self.fields.set_state({})
        self.fields.messages.clear()
        self._snapshot = self.state()
        self.contacts.clear()
        self.attachments.clear()
        self.file_actions.show_case(None, None)
        self._destroy_by = None
        self.header.show_title(
            self.tr("Geen casus gekozen"), self.tr("Kies een casus in de lijst of maak een nieuwe.")
        )
        self._after_load()

    def _after_load(self) -> None:
        active = self.is_active
        stored = self._case_id is not None
        self.problem.say("")
        self.fields.messages.clear()
        for page in (
            self.fields.registration_page,
            self.fields.melder_page,
            self.fields.notes_page,
            self.fields.consent_page,
            self.fields.closure_widget,
        ):
            page.setEnabled(active and not self._purged)
        self.tabs.setEnabled(active)
        self.tabs.set_stored(stored)
        self.header.show_purged_note(self._purged)
        self.save_button.setVisible(active and not self._purged)
        self.revert_button.setVisible(active and not self._purged)
        self.close_button.setVisible(stored and not self._purged)
        self.delete_button.setVisible(stored)
        self._show_closure()
        self._update_tab_counts()
        self._update_dirty_mark()

    def _show_closure(self) -> None:
        self.closure.show_mode(
            closed=self._stored_closed, closing=self._closing, destroy_by=self._destroy_by
        )
        self.close_button.setText(
            self.tr("Heropenen…") if self._stored_closed else self.tr("Casus sluiten…")
        )
        self.close_button.setEnabled(not self._closing)

    def _update_tab_counts(self) -> None:
        self.tabs.show_counts(self.contacts.model.rowCount(), self.attachments.model.rowCount())

    def _update_dirty_mark(self) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty or self._case_id is None)
        self.revert_button.setEnabled(dirty)

    def _panel_changed(self) -> None:
        self._update_tab_counts()
        if self._case_id is not None:
            self.saved.emit(self._case_id)

    # -- unsaved changes and drafts ---------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {**self.fields.state(), "closing": self._closing}

    def has_unsaved_changes(self) -> bool:
        if not self.is_active or self._purged:
            return False
        return self.state() != self._snapshot or self.contacts.has_pending_edit()

    def take_draft(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        return {
            "client_id": self._client_id,
            "case_id": self._case_id,
            "fields": self.state(),
            "contact": self.contacts.pending_draft() if self.contacts.has_pending_edit() else None,
        }

    def restore_draft(self, draft: dict[str, Any]) -> bool:
        """Put a draft back; False when its case no longer exists (nothing is changed then)."""
        client_id, case_id = draft.get("client_id"), draft.get("case_id")
        if not isinstance(client_id, int):
            return False
        try:
            if isinstance(case_id, int):
                self.show_case(client_id, case_id)
            else:
                self.new_case(client_id)
        except NotFound:
            return False
        fields = dict(draft.get("fields") or {})
        self._closing = bool(fields.pop("closing", False)) and not self._stored_closed
        self.fields.set_state(fields)
        if isinstance(draft.get("contact"), dict) and self._case_id is not None:
            self.contacts.restore_pending(draft["contact"])
            self.tabs.setCurrentWidget(self.contacts)
        self._show_closure()
        self._update_dirty_mark()
        return True

    def revert(self) -> None:
        if self._case_id is not None and self._client_id is not None:
            self.show_case(self._client_id, self._case_id)
        elif self._client_id is not None:
            self.new_case(self._client_id)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the fields and an open contact form; False (with messages) when refused."""
        if not self.is_active or self._purged:
            return True
        if (self.state() != self._snapshot or self._case_id is None) and not self._save_fields():
            return False
        if not self.contacts.save_pending():
            self.tabs.setCurrentWidget(self.contacts)
            return False
        return True

    def _save_fields(self) -> bool:
        assert self._client_id is not None
        messages = self.fields.messages
        self.problem.say("")
        with_closure = self._stored_closed or self._closing
        if not self.fields.check_before_save(with_closure=with_closure):
            self.tabs.show_first_problem()
            return False
        data = self.fields.to_data(with_closure=with_closure)
        retention = self._workspace.settings().retention_months
        try:
            with self._workspace.transaction() as session:
                if self._case_id is None:
                    case = case_service.create_case(
                        session, self._client_id, data, retention_months=retention
                    )
                else:
                    case = case_service.update_case(
                        session, self._client_id, self._case_id, data, retention_months=retention
                    )
                case_id = case.id
        except ValidationError as error:
            unplaced = messages.show(error)
            self.problem.say("\n".join(p.describe(self._lang) for p in unplaced))
            self.tabs.show_first_problem()
            return False
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        self.show_case(self._client_id, case_id)
        self.saved.emit(case_id)
        return True

    # -- closing, reopening, deleting -------------------------------------------------------

    def _close_or_reopen(self) -> None:
        if self._stored_closed:
            self.reopen()
        else:
            self.begin_closing()

    def begin_closing(self) -> None:
        if self._case_id is None or self._stored_closed or self._purged:
            return
        self._closing = True
        self.fields.closed_on.set_date(dt.date.today())
        self.fields.outcome.set_code(None)
        self._show_closure()
        self._update_dirty_mark()
        self.fields.outcome.setFocus()

    def cancel_closing(self) -> None:
        self._closing = False
        self.fields.closed_on.set_date(None)
        self.fields.outcome.set_code(None)
        self.fields.messages.label("closed_on").say("")
        self.fields.messages.label("outcome").say("")
        self._show_closure()
        self._update_dirty_mark()

    def reopen(self) -> bool:
        if self._case_id is None or self._client_id is None or not self._stored_closed:
            return False
        questions = CaseQuestions(self._workspace.prompts)
        if self.has_unsaved_changes():
            choice = questions.save_before_reopening()
            if choice == Choice.CANCEL or (choice == Choice.SAVE and not self.save()):
                return False
        if not questions.reopen(self.header.number_label.text()):
            return False
        client_id, case_id = self._client_id, self._case_id
        if not self._change_stored(lambda s: case_service.reopen_case(s, client_id, case_id)):
            return False
        self.show_case(self._client_id, self._case_id)
        self.saved.emit(self._case_id)
        return True

    def _file_changed(self, case_id: int) -> None:
        """A file action changed the stored case (its date, or its file destroyed)."""
        if self._client_id is not None and case_id == self._case_id:
            self.show_case(self._client_id, case_id)
            self.saved.emit(case_id)

    def delete_case(self) -> bool:
        if self._case_id is None or self._client_id is None:
            return False
        questions = CaseQuestions(self._workspace.prompts)
        if not questions.delete(self.header.number_label.text()):
            return False
        client_id, case_id = self._client_id, self._case_id
        if not self._change_stored(lambda s: case_service.delete_case(s, client_id, case_id)):
            return False
        self.clear()
        self.deleted.emit(case_id)
        return True

    def _change_stored(self, change: Callable[[Session], object]) -> bool:
        """Run one change of the stored case in a transaction; False (said) when it failed."""
        try:
            with self._workspace.transaction() as session:
                change(session)
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        return True
