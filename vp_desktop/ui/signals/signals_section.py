"""The "Signalen" section: the adviser's own view of the active client's patterns, next to its
RI&E and MTO dates, with the advice log and the jaarplan. Never part of a report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.services.casework.case_list import case_years
from vp_desktop.services.errors import NotFound
from vp_desktop.services.signals import client_signals
from vp_desktop.services.signals import plan as plan_service
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.code_pickers import DateEdit, format_date, lang_of
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage
from vp_desktop.ui.shared.style import Role, text_role
from vp_desktop.ui.shell.changes import DataKind
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.workspace import Workspace
from vp_desktop.ui.signals.advice_panel import AdvicePanel
from vp_desktop.ui.signals.plan_panel import PlanPanel
from vp_desktop.ui.signals.signal_list import SignalList

SIGNALS_TAB, ADVICE_TAB, PLAN_TAB = range(3)


class SignalsSection(Section):
    key = "signals"
    # signals are read from the cases; the plan counts the activities done
    depends_on = (
        DataKind.SIGNALS
        | DataKind.CASES
        | DataKind.ACTIVITIES
        | DataKind.CLIENTS
        | DataKind.SETTINGS
    )
    client_scoped = True

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self._lang = lang = lang_of(workspace)
        self._client_id: int | None = None
        self._survey_saved: tuple[str, str] = ("", "")
        self._stale = False
        self.messages = FieldMessages(lang)

        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Jaar"))
        self.year.currentIndexChanged.connect(lambda _index: self._year_changed())
        self.rie_on = DateEdit()
        self.mto_on = DateEdit()
        self.rie_on.setAccessibleName(self.tr("Datum laatste RI&E"))
        self.mto_on.setAccessibleName(self.tr("Datum laatste MTO"))
        self.rie_on.setToolTip(self.tr("Risico-inventarisatie en -evaluatie"))
        self.mto_on.setToolTip(self.tr("Medewerkerstevredenheidsonderzoek"))
        self.messages.watch_date("rie_on", self.rie_on)
        self.messages.watch_date("mto_on", self.mto_on)
        self.save_surveys = QPushButton(self.tr("Data opslaan"))
        self.save_surveys.setAccessibleName(self.tr("RI&E- en MTO-datum opslaan"))
        self.save_surveys.clicked.connect(self.save_survey_dates)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jaar:")))
        top.addWidget(self.year)
        top.addSpacing(24)
        # "&&": a single ampersand would make the E a keyboard mnemonic.
        for caption, edit in (("RI&&E:", self.rie_on), ("MTO:", self.mto_on)):
            label = QLabel(caption)
            label.setBuddy(edit)
            top.addWidget(label)
            top.addWidget(edit)
        top.addWidget(self.save_surveys)
        top.addStretch(1)
        note = QLabel(
            self.tr(
                "Alleen voor uzelf: signalen komen nooit in een rapportage. Wat u de organisatie "
                "wilt laten weten, schrijft u in eigen woorden bij het jaarverslag."
            )
        )
        note.setWordWrap(True)
        text_role(note, Role.MUTED)
        self.problem = InlineMessage(self.tr("Melding bij signalen"))
        self.survey_messages = QVBoxLayout()
        for field, label_text in (("rie_on", "RI&E"), ("mto_on", "MTO")):
            self.survey_messages.addWidget(self.messages.add(field, label_text))

        self.signal_list = SignalList(lang)
        self.signal_list.case_requested.connect(self.open_case)
        self.advice = AdvicePanel(workspace, lang)
        self.advice.changed.connect(lambda: self.announce(DataKind.SIGNALS, self._client_id))
        self.plan = PlanPanel(workspace, lang, today=today)
        self.plan.changed.connect(lambda: self.announce(DataKind.SIGNALS, self._client_id))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.signal_list, self.tr("Signalen"))
        self.tabs.addTab(self.advice, self.tr("Adviezen"))
        self.tabs.addTab(self.plan, self.tr("Jaarplan"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.survey_messages)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        self.clear()

    def title(self) -> str:
        return self.tr("Signalen")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- the Section contract -------------------------------------------------------------------

    def set_client(self, client_id: int | None) -> None:
        self.clear()
        self._client_id = client_id
        if client_id is not None:
            self._fill_years()
            self.advice.set_client(client_id)
            self.plan.set_client(client_id, self.selected_year())
            self.refresh()

    def refresh(self) -> None:
        if self._client_id is None:
            return
        if not self.isVisible():
            self._stale = True  # reading every case of a large client waits until it is seen
            return
        self._stale = False
        year = self.selected_year()
        try:
            with self._workspace.session() as session:
                overview = client_signals(session, self._client_id, year)
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return
        self.problem.say("")
        self.signal_list.set_signals(overview.signals, year)
        self.tabs.setTabText(
            SIGNALS_TAB, self.tr("Signalen (%1)").replace("%1", str(len(overview.signals)))
        )
        if not self.has_unsaved_survey_dates():
            self._survey_saved = (format_date(overview.rie_on), format_date(overview.mto_on))
            self.rie_on.setText(self._survey_saved[0])
            self.mto_on.setText(self._survey_saved[1])
        if not self.advice.has_unsaved_changes():
            self.advice.refresh()
        if not self.plan.has_unsaved_changes():
            self.plan.refresh()

    def clear(self) -> None:
        self._client_id = None
        self.signal_list.clear()
        self.advice.clear()
        self.plan.clear()
        self.rie_on.clear()
        self.mto_on.clear()
        self._survey_saved = ("", "")
        self.messages.clear()
        self.problem.say("")
        self.tabs.setTabText(SIGNALS_TAB, self.tr("Signalen"))
        self.year.blockSignals(True)
        self.year.clear()
        self.year.blockSignals(False)
        for widget in (self.year, self.rie_on, self.mto_on, self.save_surveys):
            widget.setEnabled(False)

    def has_unsaved_changes(self) -> bool:
        return (
            self.advice.has_unsaved_changes()
            or self.plan.has_unsaved_changes()
            or self.has_unsaved_survey_dates()
        )

    def save_changes(self) -> bool:
        if self.has_unsaved_survey_dates() and not self.save_survey_dates():
            return False
        return self.advice.save_changes() and self.plan.save_changes()

    def discard_changes(self) -> None:
        self.advice.discard_changes()
        self.plan.discard_changes()
        self.rie_on.setText(self._survey_saved[0])
        self.mto_on.setText(self._survey_saved[1])

    def take_draft(self) -> dict[str, Any] | None:
        advice, plan = self.advice.draft(), self.plan.draft()
        if advice is None and plan is None:
            return None
        return {"client_id": self._client_id, "advice": advice, "plan": plan}

    def restore_draft(self, draft: dict[str, Any]) -> None:
        if self._client_id is None or draft.get("client_id") != self._client_id:
            return
        if isinstance(draft.get("advice"), dict):
            self.advice.restore(draft["advice"])
            self.tabs.setCurrentIndex(ADVICE_TAB)
        plan = draft.get("plan")
        if isinstance(plan, dict):
            self.select_year(int(plan.get("year") or self.selected_year()))
            self.plan.restore(plan)
            self.tabs.setCurrentIndex(PLAN_TAB)

    def navigate(self, target: dict[str, Any]) -> None:
        """{"tab": "advice"} opens the advice log (the dashboard's follow-up reminder)."""
        tab = {"signals": SIGNALS_TAB, "advice": ADVICE_TAB, "plan": PLAN_TAB}.get(
            str(target.get("tab"))
        )
        if tab is not None:
            self.tabs.setCurrentIndex(tab)

    # -- years ----------------------------------------------------------------------------------

    def selected_year(self) -> int:
        value = self.year.currentData()
        return value if isinstance(value, int) else self._today().year

    def select_year(self, year: int) -> None:
        index = self.year.findData(year)
        if index >= 0:
            self.year.setCurrentIndex(index)

    def _fill_years(self) -> None:
        assert self._client_id is not None
        this_year = self._today().year
        try:
            with self._workspace.session() as session:
                years = set(case_years(session, self._client_id))
        except (NotFound, VaultError):
            years = set()
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted(years | {this_year, this_year + 1}, reverse=True):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(this_year), 0))
        self.year.blockSignals(False)
        for widget in (self.year, self.rie_on, self.mto_on, self.save_surveys):
            widget.setEnabled(True)

    def _year_changed(self) -> None:
        if self._client_id is None:
            return
        if self.plan.has_unsaved_changes() and not self.plan.save_changes():
            # The plan being edited stays, and so does the year it belongs to.
            self.year.blockSignals(True)
            self.year.setCurrentIndex(max(self.year.findData(self.plan.year), 0))
            self.year.blockSignals(False)
            return
        self.plan.set_client(self._client_id, self.selected_year())
        self.refresh()

    # -- the RI&E and MTO dates -----------------------------------------------------------------

    def has_unsaved_survey_dates(self) -> bool:
        if self._client_id is None:
            return False
        return (self.rie_on.text().strip(), self.mto_on.text().strip()) != self._survey_saved

    def save_survey_dates(self) -> bool:
        if self._client_id is None:
            return True
        self.messages.clear()
        if not self.messages.check_dates():
            return False
        client_id, rie_on, mto_on = self._client_id, self.rie_on.date(), self.mto_on.date()

        def write(session: Any) -> bool:
            plan_service.set_survey_dates(session, client_id, rie_on, mto_on)
            return True

        if self.messages.store(self._workspace, write, self.problem) is None:
            return False
        self._survey_saved = (format_date(rie_on), format_date(mto_on))
        self.rie_on.setText(self._survey_saved[0])
        self.mto_on.setText(self._survey_saved[1])
        return True

    # -- leading to the cases -------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        """Open a case behind a signal in the Cases section."""
        self.navigate_requested.emit("cases", self._client_id, {"case_id": case_id})
