"""The advice log of the active client: a table of the advice given, and a form to add or change
one (date, asked for or not, theme, the adviser's own short text, follow-up)."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from vp_desktop.domain.advice_themes import ADVICE_THEMES
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.signals import advice as advice_service
from vp_desktop.services.signals.advice import AdviceData
from vp_desktop.ui.shared.code_pickers import CodeCombo, DateEdit, format_date
from vp_desktop.ui.shared.column_fit import StretchColumn
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage
from vp_desktop.ui.shared.inline_form import InlineEditForm, stack_panel
from vp_desktop.ui.shared.row_buttons import RowButtons
from vp_desktop.ui.shared.row_table_model import RowTableModel, row_table_view
from vp_desktop.ui.shell.workspace import Workspace

_EMPTY = {
    "given_on": "",
    "solicited": False,
    "theme": ADVICE_THEMES.codes[0],
    "summary": "",
    "follow_up_on": "",
    "follow_up_done": False,
}


class AdviceRow(NamedTuple):
    advice_id: int
    given_on: dt.date
    solicited: bool
    theme: str
    summary: str
    follow_up_on: dt.date | None
    follow_up_done: bool


class AdviceTableModel(RowTableModel):
    def __init__(self, lang: Lang, parent: Any = None) -> None:
        titles = (
            self.tr("Datum"),
            self.tr("Gevraagd"),
            self.tr("Thema"),
            self.tr("Advies"),
            self.tr("Opvolgen"),
        )
        super().__init__(titles, parent)
        self._lang: Lang = lang

    def display(self, row: AdviceRow, column: int) -> str:
        if column == 0:
            return format_date(row.given_on)
        if column == 1:
            return self.tr("gevraagd") if row.solicited else self.tr("ongevraagd")
        if column == 2:
            return ADVICE_THEMES.label(row.theme, self._lang)
        if column == 3:
            return row.summary.split("\n", 1)[0]
        if row.follow_up_on is None:
            return ""
        return self.tr("gedaan") if row.follow_up_done else format_date(row.follow_up_on)

    def tooltip(self, row: AdviceRow, column: int) -> str | None:
        return row.summary if column == 3 else None


class AdvicePanel(QWidget):
    """Edits one client's advice log; `changed` after every save or delete."""

    changed = Signal()

    def __init__(self, workspace: Workspace, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang: Lang = lang
        self._client_id: int | None = None
        self.model = AdviceTableModel(lang, self)
        self.messages = FieldMessages(lang)
        self.add_button = QPushButton(self.tr("Nieuw advies"))
        self.edit_button = QPushButton(self.tr("Wijzigen"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.table = row_table_view(self.model, self.tr("Gegeven adviezen"))
        # The advice takes the spare width (its tooltip has it whole); every column stays in view.
        chars = self.table.fontMetrics().averageCharWidth()
        self.column_fit = StretchColumn(self.table, 3, least=chars * 20)
        self.row_buttons = RowButtons(
            self.table,
            (self.add_button, self.edit_button, self.delete_button),
            on_add=self.start_new,
            on_edit=self.edit_row,
            on_delete=self.delete_row,
            editable=lambda: self._client_id is not None,
        )
        toolbar = QHBoxLayout()
        toolbar.addStretch(1)
        self.row_buttons.add_to(toolbar)

        self.form = QGroupBox(self.tr("Advies"))
        self.given_on = DateEdit()
        self.solicited = QCheckBox(self.tr("Gevraagd door de organisatie"))
        self.theme = CodeCombo(ADVICE_THEMES, lang, optional=False)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            self.tr("Kort, in uw eigen woorden; geen namen of details van casussen.")
        )
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 4 + 12)
        self.follow_up_on = DateEdit()
        self.follow_up_done = QCheckBox(self.tr("Opvolging gedaan"))
        self.save_button = QPushButton(self.tr("Advies opslaan"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        rows = (
            ("given_on", self.tr("Datum"), self.given_on),
            ("solicited", self.tr("Gevraagd"), self.solicited),
            ("theme", ADVICE_THEMES.title(lang), self.theme),
            ("summary", self.tr("Advies"), self.summary),
            ("follow_up_on", self.tr("Opvolgen op"), self.follow_up_on),
            ("follow_up_done", self.tr("Opvolging"), self.follow_up_done),
        )
        self.problem = InlineMessage(self.tr("Melding bij adviezen"))
        stack_panel(self, toolbar, self.table, self.problem, self.form)
        self.edit_form = InlineEditForm.laid_out(
            self.form,
            self.messages,
            self.problem,
            rows,
            (self.save_button, self.cancel_button),
            on_save=self.save_changes,
            on_cancel=self.discard_changes,
            read=self.form_state,
            write_fields=self.set_form_state,
            empty=_EMPTY,
            title_for=lambda advice_id: (
                self.tr("Nieuw advies") if advice_id is None else self.tr("Advies")
            ),
            on_stored=self._stored,
        )
        self.clear()

    # -- client and rows ------------------------------------------------------------------------

    def set_client(self, client_id: int | None) -> None:
        self.clear()
        self._client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        rows = self.edit_form.fetch(
            self._workspace,
            lambda session: [
                AdviceRow(
                    e.id,
                    e.given_on,
                    e.solicited,
                    e.theme,
                    e.summary,
                    e.follow_up_on,
                    e.follow_up_done,
                )
                for e in advice_service.list_advice(session, client_id)
            ],
        )
        if rows is None:
            return
        self.model.set_rows(rows)
        self.row_buttons.update()

    def _stored(self) -> None:
        self.refresh()
        self.changed.emit()

    def clear(self) -> None:
        self._client_id = None
        self.edit_form.close()
        self.model.clear()
        self.problem.say("")
        self.row_buttons.update()

    # -- the form -------------------------------------------------------------------------------

    def start_new(self) -> None:
        if self._client_id is not None:
            self.edit_form.open(None, {**_EMPTY, "given_on": format_date(dt.date.today())})

    def edit_row(self, row: int) -> None:
        if self._client_id is None or not 0 <= row < self.model.rowCount():
            return
        entry: AdviceRow = self.model.row_at(row)
        self.edit_form.open(
            entry.advice_id,
            {
                "given_on": format_date(entry.given_on),
                "solicited": entry.solicited,
                "theme": entry.theme,
                "summary": entry.summary,
                "follow_up_on": format_date(entry.follow_up_on),
                "follow_up_done": entry.follow_up_done,
            },
        )

    def delete_row(self, row: int) -> bool:
        if self._client_id is None or not 0 <= row < self.model.rowCount():
            return False
        entry: AdviceRow = self.model.row_at(row)
        client_id = self._client_id
        question = (
            self.tr("Advies verwijderen"),
            self.tr("Het advies van %1 verwijderen?").replace("%1", format_date(entry.given_on)),
        )
        return self.edit_form.delete(
            self._workspace,
            entry.advice_id,
            question,
            lambda session: advice_service.delete_advice(session, client_id, entry.advice_id),
        )

    def has_unsaved_changes(self) -> bool:
        return self.edit_form.has_unsaved_changes()

    def discard_changes(self) -> None:
        self.edit_form.close()

    def save_changes(self) -> bool:
        client_id = self._client_id
        if client_id is None:
            return True
        return self.edit_form.save(
            self._workspace,
            self._form_data,
            lambda session, data: advice_service.add_advice(session, client_id, data),
            lambda session, advice_id, data: advice_service.update_advice(
                session, client_id, advice_id, data
            ),
        )

    def _form_data(self) -> AdviceData:
        return AdviceData(
            given_on=self.given_on.date(),  # type: ignore[arg-type]
            theme=self.theme.code() or "",
            summary=self.summary.toPlainText(),
            solicited=self.solicited.isChecked(),
            follow_up_on=self.follow_up_on.date(),
            follow_up_done=self.follow_up_done.isChecked(),
        )

    def draft(self) -> dict[str, Any] | None:
        return self.edit_form.draft("advice_id")

    def restore(self, draft: dict[str, Any]) -> None:
        if self._client_id is not None:
            self.edit_form.restore(draft, "advice_id")

    def form_state(self) -> dict[str, Any]:
        return {
            "given_on": self.given_on.text(),
            "solicited": self.solicited.isChecked(),
            "theme": self.theme.code(),
            "summary": self.summary.toPlainText(),
            "follow_up_on": self.follow_up_on.text(),
            "follow_up_done": self.follow_up_done.isChecked(),
        }

    def set_form_state(self, state: dict[str, Any]) -> None:
        self.given_on.setText(str(state.get("given_on") or ""))
        self.solicited.setChecked(bool(state.get("solicited")))
        self.theme.set_code(state.get("theme") or ADVICE_THEMES.codes[0])
        self.summary.setPlainText(str(state.get("summary") or ""))
        self.follow_up_on.setText(str(state.get("follow_up_on") or ""))
        self.follow_up_done.setChecked(bool(state.get("follow_up_done")))
