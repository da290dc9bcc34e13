"""The contacts (gesprekken) of one case: a table, and a form below it to add or change one."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vp_desktop.domain import vocab
from vp_desktop.domain.hours import hours_label
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.casework import contacts as contact_service
from vp_desktop.services.casework.contacts import MAX_MINUTES, ContactData
from vp_desktop.ui.shared.code_pickers import CodeCombo, DateEdit, format_date
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage
from vp_desktop.ui.shared.inline_form import InlineEditForm, stack_panel
from vp_desktop.ui.shared.passphrase_widgets import language
from vp_desktop.ui.shared.row_buttons import RowButtons
from vp_desktop.ui.shared.row_table_model import RowTableModel, row_table_view
from vp_desktop.ui.shell.workspace import Workspace

DATE, MINUTES, MODE, NOTES = range(4)


def duration_text(minutes: int) -> str:
    """Time spent, written as everywhere in the app and the reports: "0,5 u", "1,25 u", "8 u"
    (one helper, `hours_label`, for contacts, activities, the dashboard and PE)."""
    return hours_label(minutes, language())


def minutes_spin_box() -> QSpinBox:
    """Time spent, in minutes, stepped by the quarter of an hour."""
    box = QSpinBox()
    box.setRange(1, MAX_MINUTES)
    box.setSingleStep(15)
    box.setSuffix(QCoreApplication.translate("ContactsPanel", " min"))
    return box


_EMPTY_FORM = {"occurred_on": "", "minutes": 60, "mode": "in_person", "notes": ""}


class ContactRow(NamedTuple):
    contact_id: int
    occurred_on: dt.date
    minutes: int
    mode: str
    notes: str


class ContactTableModel(RowTableModel):
    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(
            (self.tr("Datum"), self.tr("Duur"), self.tr("Vorm"), self.tr("Notitie")), parent
        )
        self._lang: Lang = lang

    def total_minutes(self) -> int:
        return sum(row.minutes for row in self._rows)

    def display(self, row: ContactRow, column: int) -> str:
        if column == DATE:
            return format_date(row.occurred_on)
        if column == MINUTES:
            return duration_text(row.minutes)
        if column == MODE:
            return vocab.CONTACT_MODES.label(row.mode, self._lang)
        return row.notes.split("\n", 1)[0]  # the first line; the form shows all of it

    def tooltip(self, row: ContactRow, column: int) -> str | None:
        return (row.notes or None) if column == NOTES else None


class ContactsPanel(QWidget):
    """Saves each contact straight away; an open form counts as a pending edit of the case."""

    #: a contact was added, changed or deleted (the case list shows the last contact date)
    changed = Signal()

    def __init__(self, workspace: Workspace, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id: int | None = None
        self._case_id: int | None = None
        self._read_only = False
        self.model = ContactTableModel(lang, self)
        self._build(lang)

    def _build(self, lang: Lang) -> None:
        self.table = row_table_view(self.model, self.tr("Gesprekken"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Totale tijd"))

        self.add_button = QPushButton(self.tr("Nieuw gesprek"))
        self.edit_button = QPushButton(self.tr("Wijzigen"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.row_buttons = RowButtons(
            self.table,
            (self.add_button, self.edit_button, self.delete_button),
            on_add=self.start_new,
            on_edit=self.edit_row,
            on_delete=self.delete_row,
            editable=lambda: self._case_id is not None and not self._read_only,
        )
        buttons = QHBoxLayout()
        self.row_buttons.add_to(buttons)
        buttons.addStretch(1)
        buttons.addWidget(self.total)

        self.form = QGroupBox(self.tr("Gesprek"))
        self.messages = FieldMessages(lang)
        self.occurred_on = DateEdit()
        self.minutes = minutes_spin_box()
        self.mode = CodeCombo(vocab.CONTACT_MODES, lang, optional=False)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Wat is er besproken en afgesproken?"))
        self.save_button = QPushButton(self.tr("Gesprek opslaan"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        rows = (
            ("occurred_on", self.tr("Datum"), self.occurred_on),
            ("minutes", self.tr("Duur"), self.minutes),
            ("mode", vocab.CONTACT_MODES.title(lang), self.mode),
            ("notes", self.tr("Notitie"), self.notes),
        )
        self.problem = InlineMessage(self.tr("Melding bij gesprek"))
        self.form.hide()
        stack_panel(self, buttons, self.table, self.problem, self.form)
        self.edit_form = InlineEditForm.laid_out(
            self.form,
            self.messages,
            self.problem,
            rows,
            (self.save_button, self.cancel_button),
            on_save=self.save_pending,
            on_cancel=self.discard_pending,
            read=self.form_state,
            write_fields=self._set_form_state,
            empty=_EMPTY_FORM,
            title_for=lambda contact_id: (
                self.tr("Nieuw gesprek") if contact_id is None else self.tr("Gesprek")
            ),
            on_stored=self._stored,
        )
        self.row_buttons.update()

    # -- loading ----------------------------------------------------------------------------

    def load(self, client_id: int, case_id: int, *, read_only: bool = False) -> None:
        self._client_id, self._case_id, self._read_only = client_id, case_id, read_only
        self.edit_form.close()
        with self._workspace.session() as session:
            rows = [
                ContactRow(c.id, c.occurred_on, c.minutes, c.mode, c.notes or "")
                for c in contact_service.list_contacts(session, client_id, case_id)
            ]
        self.model.set_rows(rows)
        self._show_total()
        self.row_buttons.update()

    def clear(self) -> None:
        self._client_id = self._case_id = None
        self.edit_form.close()
        self.model.clear()
        self.total.clear()
        self.problem.say("")
        self.row_buttons.update()

    def _show_total(self) -> None:
        count = self.model.rowCount()
        if not count:
            self.total.setText(self.tr("Nog geen gesprekken"))
            return
        counted = (
            self.tr("1 gesprek")
            if count == 1
            else self.tr("%1 gesprekken").replace("%1", str(count))
        )
        self.total.setText(
            self.tr("%1, samen %2")
            .replace("%1", counted)
            .replace("%2", duration_text(self.model.total_minutes()))
        )

    # -- the form ---------------------------------------------------------------------------

    def start_new(self) -> None:
        if self._case_id is None or self._read_only:
            return
        self.edit_form.open(
            None,
            {
                "occurred_on": format_date(dt.date.today()),
                "minutes": 60,
                "mode": "in_person",
                "notes": "",
            },
        )

    def edit_row(self, row: int) -> None:
        if self._case_id is None or self._read_only or not 0 <= row < self.model.rowCount():
            return
        contact = self.model.row_at(row)
        self.edit_form.open(
            contact.contact_id,
            {
                "occurred_on": format_date(contact.occurred_on),
                "minutes": contact.minutes,
                "mode": contact.mode,
                "notes": contact.notes,
            },
        )

    def form_state(self) -> dict[str, Any]:
        return {
            "occurred_on": self.occurred_on.text(),
            "minutes": self.minutes.value(),
            "mode": self.mode.code(),
            "notes": self.notes.toPlainText(),
        }

    def _set_form_state(self, state: dict[str, Any]) -> None:
        self.occurred_on.setText(str(state.get("occurred_on") or ""))
        self.minutes.setValue(int(state.get("minutes") or 60))
        self.mode.set_code(state.get("mode") or "in_person")
        self.notes.setPlainText(str(state.get("notes") or ""))

    # -- pending edit (part of the case editor's unsaved changes) ---------------------------

    def has_pending_edit(self) -> bool:
        return self.edit_form.has_unsaved_changes()

    def pending_draft(self) -> dict[str, Any] | None:
        return self.edit_form.draft("contact_id", even_unchanged=True)

    def restore_pending(self, draft: dict[str, Any]) -> None:
        # A restored draft is unsaved by definition: compare it with a form nobody filled in.
        nobody = {"occurred_on": "", "minutes": 0, "mode": None, "notes": ""}
        self.edit_form.restore(draft, "contact_id", unchanged=nobody)

    def discard_pending(self) -> None:
        self.edit_form.close()

    def save_pending(self) -> bool:
        """Save the open form; True when saved or when nothing was open."""
        client_id, case_id = self._client_id, self._case_id
        if client_id is None or case_id is None:
            return True
        return self.edit_form.save(
            self._workspace,
            self._form_data,
            lambda session, data: contact_service.add_contact(session, client_id, case_id, data),
            lambda session, contact_id, data: contact_service.update_contact(
                session, client_id, contact_id, data
            ),
        )

    def _form_data(self) -> ContactData:
        return ContactData(
            occurred_on=self.occurred_on.date(),  # type: ignore[arg-type]
            minutes=self.minutes.value(),
            mode=self.mode.code() or "",
            notes=self.notes.toPlainText(),
        )

    def _stored(self) -> None:
        if self._client_id is not None and self._case_id is not None:
            self.load(self._client_id, self._case_id, read_only=self._read_only)
        self.changed.emit()

    def delete_selected(self) -> None:
        self.delete_row(self.row_buttons.selected())

    def delete_row(self, row: int) -> None:
        if self._client_id is None or self._case_id is None or not 0 <= row < self.model.rowCount():
            return
        contact = self.model.row_at(row)
        client_id = self._client_id
        question = (
            self.tr("Gesprek verwijderen"),
            self.tr(
                "Het gesprek van %1 met de notitie erbij verwijderen? "
                "Dit kan niet ongedaan worden gemaakt."
            ).replace("%1", format_date(contact.occurred_on)),
        )
        self.edit_form.delete(
            self._workspace,
            contact.contact_id,
            question,
            lambda session: contact_service.delete_contact(session, client_id, contact.contact_id),
        )
