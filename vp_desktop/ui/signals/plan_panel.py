"""The jaarplan of the active client for one year: planned activities with their target dates,
each marked done by choosing the activity that was held for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from vp_desktop.domain import vocab
from vp_desktop.domain.vocab import Lang
from vp_desktop.services.activities import activities as activity_service
from vp_desktop.services.signals import plan as plan_service
from vp_desktop.services.signals.plan import PlanItemData, PlanLine
from vp_desktop.store.models import PlanItem
from vp_desktop.ui.shared.code_pickers import CodeCombo, DateEdit, format_date
from vp_desktop.ui.shared.column_fit import StretchColumn
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage
from vp_desktop.ui.shared.inline_form import InlineEditForm, stack_panel
from vp_desktop.ui.shared.row_buttons import RowButtons
from vp_desktop.ui.shared.row_table_model import RowTableModel, row_table_view
from vp_desktop.ui.shell.workspace import Workspace

_EMPTY = {"kind": "information_session", "target_on": "", "description": "", "activity_id": None}


class PlanTableModel(RowTableModel):
    """Rows are `PlanLine`s; the first field is the plan item's id."""

    def __init__(
        self, lang: Lang, parent: Any = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self._today = today
        titles = (
            self.tr("Streefdatum"),
            self.tr("Activiteit"),
            self.tr("Omschrijving"),
            self.tr("Stand"),
        )
        super().__init__(titles, parent)
        self._lang: Lang = lang

    def display(self, row: PlanLine, column: int) -> str:
        if column == 0:
            return format_date(row.target_on)
        if column == 1:
            return vocab.ACTIVITY_KINDS.label(row.kind, self._lang)
        if column == 2:
            return row.description.split("\n", 1)[0]
        if row.done_on is not None:
            return self.tr("gedaan op %1").replace("%1", format_date(row.done_on))
        if row.state(self._today()) == "not_realised":
            return self.tr("niet gerealiseerd")
        return self.tr("gepland")

    def tooltip(self, row: PlanLine, column: int) -> str | None:
        if column == 1:  # a long kind is shortened when room is short
            return vocab.ACTIVITY_KINDS.label(row.kind, self._lang)
        return (row.description or None) if column == 2 else None


class PlanPanel(QWidget):
    """Edits one client's plan of one year; `changed` after every save or delete."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        lang: Lang,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang: Lang = lang
        self._client_id: int | None = None
        self._year = today().year
        self.model = PlanTableModel(lang, self, today)
        self.messages = FieldMessages(lang)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Stand van het jaarplan"))
        self.add_button = QPushButton(self.tr("Activiteit plannen"))
        self.edit_button = QPushButton(self.tr("Wijzigen"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.table = row_table_view(self.model, self.tr("Jaarplan"))
        # The description takes the spare width (its tooltip has it whole); a long activity kind
        # gives way when room is short, so the state column stays in view.
        chars = self.table.fontMetrics().averageCharWidth()
        self.column_fit = StretchColumn(self.table, 2, capped={1: chars * 32}, least=chars * 20)
        self.row_buttons = RowButtons(
            self.table,
            (self.add_button, self.edit_button, self.delete_button),
            on_add=self.start_new,
            on_edit=self.edit_row,
            on_delete=self.delete_row,
            editable=lambda: self._client_id is not None,
        )
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.summary, 1)
        self.row_buttons.add_to(toolbar)

        self.form = QGroupBox(self.tr("Geplande activiteit"))
        self.kind = CodeCombo(vocab.ACTIVITY_KINDS, lang, optional=False)
        self.target_on = DateEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 3 + 12)
        self.held = QComboBox()
        self.save_button = QPushButton(self.tr("Plan opslaan"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        rows = (
            ("kind", vocab.ACTIVITY_KINDS.title(lang), self.kind),
            ("target_on", self.tr("Streefdatum"), self.target_on),
            ("description", self.tr("Omschrijving"), self.description),
            ("activity_id", self.tr("Gehouden als"), self.held),
        )
        self.problem = InlineMessage(self.tr("Melding bij het jaarplan"))
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
            title_for=self._form_title,
            on_stored=self._stored,
        )
        self.clear()

    @property
    def year(self) -> int:
        return self._year

    # -- client, year and rows ------------------------------------------------------------------

    def set_client(self, client_id: int | None, year: int) -> None:
        self.clear()
        self._client_id = client_id
        self._year = year
        self.refresh()

    def refresh(self) -> None:
        client_id, year = self._client_id, self._year
        if client_id is None:
            return

        def read(session: Session) -> tuple[list[PlanLine], list[tuple[int, dt.date, str]]]:
            held = activity_service.list_activities(session, client_id, year)
            return (
                plan_service.plan_lines(session, client_id, year),
                [(a.id, a.occurred_on, a.kind) for a in held],
            )

        found = self.edit_form.fetch(self._workspace, read)
        if found is None:
            return
        lines, held = found
        self.model.set_rows(lines)
        self._fill_held(held)
        done = sum(1 for line in lines if line.done)
        if not lines:
            text = self.tr("Nog geen jaarplan voor %1.").replace("%1", str(self._year))
        else:
            text = (
                self.tr("Jaarplan %1: %2 van %3 gedaan")
                .replace("%1", str(self._year))
                .replace("%2", str(done))
                .replace("%3", str(len(lines)))
            )
        self.summary.setText(text)
        self.row_buttons.update()

    def _stored(self) -> None:
        self.refresh()
        self.changed.emit()

    def _fill_held(self, held: list[tuple[int, dt.date, str]]) -> None:
        keep = self.held.currentData()
        self.held.blockSignals(True)
        self.held.clear()
        self.held.addItem(self.tr("Nog niet gehouden"), None)
        for activity_id, occurred_on, kind in held:
            label = f"{format_date(occurred_on)} · {vocab.ACTIVITY_KINDS.label(kind, self._lang)}"
            self.held.addItem(label, activity_id)
        self.held.setCurrentIndex(max(self.held.findData(keep), 0))
        self.held.blockSignals(False)

    def clear(self) -> None:
        self._client_id = None
        self.edit_form.close()
        self.model.clear()
        self.held.clear()
        self.summary.clear()
        self.problem.say("")
        self.row_buttons.update()

    # -- the form -------------------------------------------------------------------------------

    def start_new(self) -> None:
        if self._client_id is not None:
            self.edit_form.open(None, _EMPTY)

    def edit_row(self, row: int) -> None:
        if self._client_id is None or not 0 <= row < self.model.rowCount():
            return
        line: PlanLine = self.model.row_at(row)
        self.edit_form.open(
            line.item_id,
            {
                "kind": line.kind,
                "target_on": format_date(line.target_on),
                "description": line.description,
                "activity_id": line.activity_id,
            },
        )

    def delete_row(self, row: int) -> bool:
        if self._client_id is None or not 0 <= row < self.model.rowCount():
            return False
        line: PlanLine = self.model.row_at(row)
        label = vocab.ACTIVITY_KINDS.label(line.kind, self._lang)
        client_id = self._client_id
        question = (
            self.tr("Uit het jaarplan halen"),
            self.tr("“%1” uit het jaarplan halen? De gehouden activiteit blijft bestaan.").replace(
                "%1", label
            ),
        )
        return self.edit_form.delete(
            self._workspace,
            line.item_id,
            question,
            lambda session: plan_service.delete_plan_item(session, client_id, line.item_id),
        )

    def has_unsaved_changes(self) -> bool:
        return self.edit_form.has_unsaved_changes()

    def discard_changes(self) -> None:
        self.edit_form.close()

    def save_changes(self) -> bool:
        client_id = self._client_id
        if client_id is None:
            return True
        held = self.held.currentData()
        activity_id = held if isinstance(held, int) else None

        def held_as(session: Session, item: PlanItem) -> PlanItem:
            return plan_service.link_activity(session, client_id, item.id, activity_id)

        return self.edit_form.save(
            self._workspace,
            self._form_data,
            lambda session, data: held_as(
                session, plan_service.add_plan_item(session, client_id, data)
            ),
            lambda session, item_id, data: held_as(
                session, plan_service.update_plan_item(session, client_id, item_id, data)
            ),
        )

    def _form_data(self) -> PlanItemData:
        return PlanItemData(
            year=self._year,
            kind=self.kind.code() or "",
            target_on=self.target_on.date(),
            description=self.description.toPlainText(),
        )

    def draft(self) -> dict[str, Any] | None:
        return self.edit_form.draft("item_id", year=self._year)

    def restore(self, draft: dict[str, Any]) -> None:
        if self._client_id is not None and draft.get("year") == self._year:
            self.edit_form.restore(draft, "item_id")

    def _form_title(self, item_id: int | None) -> str:
        if item_id is not None:
            return self.tr("Geplande activiteit")
        return self.tr("Activiteit plannen voor %1").replace("%1", str(self._year))

    def form_state(self) -> dict[str, Any]:
        return {
            "kind": self.kind.code(),
            "target_on": self.target_on.text(),
            "description": self.description.toPlainText(),
            "activity_id": self.held.currentData(),
        }

    def set_form_state(self, state: dict[str, Any]) -> None:
        self.kind.set_code(state.get("kind") or "information_session")
        self.target_on.setText(str(state.get("target_on") or ""))
        self.description.setPlainText(str(state.get("description") or ""))
        self.held.setCurrentIndex(max(self.held.findData(state.get("activity_id")), 0))
