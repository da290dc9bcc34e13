"""The active client's activities that are not cases (voorlichting, training, jaargesprek …).

A client has tens of activities a year, not thousands: all of them are loaded and the year filter
works on the loaded rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
from vp_desktop.services.activities.activities import ActivityData
from vp_desktop.services.signals.plan import plan_progress, planned_activity_ids
from vp_desktop.ui.casework.contacts_panel import duration_text, minutes_spin_box
from vp_desktop.ui.shared.code_pickers import CodeCombo, DateEdit, format_date, lang_of
from vp_desktop.ui.shared.column_fit import StretchColumn
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage
from vp_desktop.ui.shared.inline_form import InlineEditForm, stack_panel
from vp_desktop.ui.shared.row_buttons import RowButtons
from vp_desktop.ui.shared.row_table_model import RowTableModel, row_table_view
from vp_desktop.ui.shared.style import Role, text_role
from vp_desktop.ui.shell.changes import DataKind
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.workspace import Workspace

DATE, KIND, MINUTES, DESCRIPTION, PLANNED = range(5)
_EMPTY_FORM = {"kind": "information_session", "occurred_on": "", "minutes": 60, "description": ""}


class ActivityRow(NamedTuple):
    activity_id: int
    kind: str
    occurred_on: dt.date
    minutes: int
    description: str
    planned: bool = False  # realises an item of the client's jaarplan


class ActivityTableModel(RowTableModel):
    def __init__(self, lang: Lang, parent: Any = None) -> None:
        titles = (
            self.tr("Datum"),
            self.tr("Soort"),
            self.tr("Duur"),
            self.tr("Omschrijving"),
            self.tr("Jaarplan"),
        )
        super().__init__(titles, parent)
        self._lang: Lang = lang

    def total_minutes(self) -> int:
        return sum(row.minutes for row in self._rows)

    def display(self, row: ActivityRow, column: int) -> str:
        return (
            format_date(row.occurred_on),
            vocab.ACTIVITY_KINDS.label(row.kind, self._lang),
            duration_text(row.minutes),
            row.description.split("\n", 1)[0],
            self.tr("gepland") if row.planned else "",
        )[column]

    def tooltip(self, row: ActivityRow, column: int) -> str | None:
        if column == KIND:  # a long kind is shortened in its column
            return vocab.ACTIVITY_KINDS.label(row.kind, self._lang)
        return (row.description or None) if column == DESCRIPTION else None


class ActivitiesSection(Section):
    key = "activities"
    depends_on = DataKind.ACTIVITIES | DataKind.SIGNALS | DataKind.CLIENTS | DataKind.SETTINGS
    client_scoped = True

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lang = lang_of(workspace)
        self._client_id: int | None = None
        self._all: list[ActivityRow] = []
        self._plan_progress: dict[int, tuple[int, int]] = {}
        self.model = ActivityTableModel(self._lang, self)
        self.messages = FieldMessages(self._lang)
        self._build()
        self.clear()

    def title(self) -> str:
        return self.tr("Activiteiten")

    def _build(self) -> None:
        self.year_filter = QComboBox()
        self.year_filter.setAccessibleName(self.tr("Filter op jaar"))
        self.year_filter.currentIndexChanged.connect(self._show_rows)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Totale tijd"))
        self.plan_status = QLabel()  # signals feature: the chosen year's jaarplan, planned vs done
        self.plan_status.setAccessibleName(self.tr("Stand van het jaarplan"))
        text_role(self.plan_status, Role.MUTED)
        self.add_button = QPushButton(self.tr("Nieuwe activiteit"))
        self.add_button.setToolTip(self.tr("Nieuwe activiteit (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Wijzigen"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.start_new)

        self.table = row_table_view(self.model, self.tr("Activiteiten"))
        # The description takes the spare width; a long kind is shortened (its tooltip has it)
        # so the description and the jaarplan column stay in view.
        chars = self.table.fontMetrics().averageCharWidth()
        self.column_fit = StretchColumn(
            self.table, DESCRIPTION, capped={KIND: chars * 32}, least=chars * 20
        )
        self.row_buttons = RowButtons(
            self.table,
            (self.add_button, self.edit_button, self.delete_button),
            on_add=self.start_new,
            on_edit=self.edit_row,
            on_delete=self.delete_row,
            editable=lambda: self._client_id is not None,
        )
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.year_filter)
        toolbar.addWidget(self.total, 1)
        toolbar.addWidget(self.plan_status)
        self.row_buttons.add_to(toolbar)

        self.form = QGroupBox(self.tr("Activiteit"))
        self.kind = CodeCombo(vocab.ACTIVITY_KINDS, self._lang, optional=False)
        self.occurred_on = DateEdit()
        self.minutes = minutes_spin_box()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.save_button = QPushButton(self.tr("Activiteit opslaan"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        rows = (
            ("kind", vocab.ACTIVITY_KINDS.title(self._lang), self.kind),
            ("occurred_on", self.tr("Datum"), self.occurred_on),
            ("minutes", self.tr("Duur"), self.minutes),
            ("description", self.tr("Omschrijving"), self.description),
        )
        self.problem = InlineMessage(self.tr("Melding bij activiteiten"))
        stack_panel(self, toolbar, self.table, self.problem, self.form)
        self.edit_form = InlineEditForm.laid_out(
            self.form,
            self.messages,
            self.problem,
            rows,
            (self.save_button, self.cancel_button),
            on_save=self.save_changes,
            on_cancel=self.discard_changes,
            read=self._form_state,
            write_fields=self._set_form_state,
            empty=_EMPTY_FORM,
            title_for=lambda activity_id: (
                self.tr("Nieuwe activiteit") if activity_id is None else self.tr("Activiteit")
            ),
            on_stored=self._stored,
        )

    # -- the Section contract ---------------------------------------------------------------

    def set_client(self, client_id: int | None) -> None:
        self.clear()
        self._client_id = client_id
        if client_id is not None:
            self.refresh()

    def refresh(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return

        def read(session: Session) -> tuple[dict[int, tuple[int, int]], list[ActivityRow]]:
            planned = planned_activity_ids(session, client_id)  # signals feature
            return plan_progress(session, client_id), [
                ActivityRow(
                    a.id, a.kind, a.occurred_on, a.minutes, a.description or "", a.id in planned
                )
                for a in activity_service.list_activities(session, client_id)
            ]

        found = self.edit_form.fetch(self._workspace, read)
        if found is None:
            return
        self._plan_progress, self._all = found
        self._fill_years()
        self._show_rows()

    def clear(self) -> None:
        self._client_id = None
        self._all = []
        self._plan_progress = {}
        self.edit_form.close()
        self.model.clear()
        self.total.clear()
        self.plan_status.clear()
        self.problem.say("")
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Alle jaren"), None)
        self.year_filter.blockSignals(False)
        self._update_buttons()

    def has_unsaved_changes(self) -> bool:
        return self.edit_form.has_unsaved_changes()

    def discard_changes(self) -> None:
        self.edit_form.close()

    def take_draft(self) -> dict[str, Any] | None:
        return self.edit_form.draft("activity_id", client_id=self._client_id)

    def restore_draft(self, draft: dict[str, Any]) -> None:
        if draft.get("client_id") == self._client_id and self._client_id is not None:
            self.edit_form.restore(draft, "activity_id")

    def save_changes(self) -> bool:
        client_id = self._client_id
        if client_id is None:
            return True
        return self.edit_form.save(
            self._workspace,
            self._form_data,
            lambda session, data: activity_service.add_activity(session, client_id, data),
            lambda session, activity_id, data: activity_service.update_activity(
                session, client_id, activity_id, data
            ),
        )

    def _form_data(self) -> ActivityData:
        return ActivityData(
            kind=self.kind.code() or "",
            occurred_on=self.occurred_on.date(),  # type: ignore[arg-type]
            minutes=self.minutes.value(),
            description=self.description.toPlainText(),
        )

    def _stored(self) -> None:
        self.refresh()
        self.announce(DataKind.ACTIVITIES, self._client_id)

    # -- rows -------------------------------------------------------------------------------

    def _fill_years(self) -> None:
        chosen = self.year_filter.currentData()
        years = sorted(
            {row.occurred_on.year for row in self._all} | {dt.date.today().year}, reverse=True
        )
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Alle jaren"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(chosen), 0))
        self.year_filter.blockSignals(False)

    def _show_rows(self) -> None:
        year = self.year_filter.currentData()
        self.model.set_rows([r for r in self._all if year is None or r.occurred_on.year == year])
        count = self.model.rowCount()
        if not count:
            self.total.setText(self.tr("Geen activiteiten"))
        else:
            counted = (
                self.tr("1 activiteit")
                if count == 1
                else self.tr("%1 activiteiten").replace("%1", str(count))
            )
            self.total.setText(
                self.tr("%1, samen %2")
                .replace("%1", counted)
                .replace("%2", duration_text(self.model.total_minutes()))
            )
        done, planned = self._plan_progress.get(year, (0, 0)) if year is not None else (0, 0)
        self.plan_status.setText(
            self.tr("Jaarplan: %1 van %2 gedaan")
            .replace("%1", str(done))
            .replace("%2", str(planned))
            if planned
            else ""
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.row_buttons.update()
        self.year_filter.setEnabled(self._client_id is not None)

    # -- the form ---------------------------------------------------------------------------

    def start_new(self) -> None:
        if self._client_id is not None:
            self.edit_form.open(None, {**_EMPTY_FORM, "occurred_on": format_date(dt.date.today())})

    def edit_row(self, row: int) -> None:
        if self._client_id is None or not 0 <= row < self.model.rowCount():
            return
        activity = self.model.row_at(row)
        self.edit_form.open(
            activity.activity_id,
            {
                "kind": activity.kind,
                "occurred_on": format_date(activity.occurred_on),
                "minutes": activity.minutes,
                "description": activity.description,
            },
        )

    def delete_row(self, row: int) -> bool:
        if self._client_id is None or not 0 <= row < self.model.rowCount():
            return False
        activity = self.model.row_at(row)
        client_id = self._client_id
        question = (
            self.tr("Activiteit verwijderen"),
            self.tr("De activiteit van %1 verwijderen?").replace(
                "%1", format_date(activity.occurred_on)
            ),
        )
        return self.edit_form.delete(
            self._workspace,
            activity.activity_id,
            question,
            lambda session: activity_service.delete_activity(
                session, client_id, activity.activity_id
            ),
        )

    def _form_state(self) -> dict[str, Any]:
        return {
            "kind": self.kind.code(),
            "occurred_on": self.occurred_on.text(),
            "minutes": self.minutes.value(),
            "description": self.description.toPlainText(),
        }

    def _set_form_state(self, state: dict[str, Any]) -> None:
        self.kind.set_code(state.get("kind") or "information_session")
        self.occurred_on.setText(str(state.get("occurred_on") or ""))
        self.minutes.setValue(int(state.get("minutes") or 60))
        self.description.setPlainText(str(state.get("description") or ""))
