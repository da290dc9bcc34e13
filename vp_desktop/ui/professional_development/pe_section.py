"""The adviser's own professional development: the log, its evidence, progress and the report.

Not tied to a client: the section shows the same log whichever client is active. The evidence of
the chosen activity shows beside the log (`PeEvidencePanel`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.errors import NotFound
from vp_desktop.services.professional_development import pe as pe_service
from vp_desktop.services.professional_development import pe_progress
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.professional_development.credentials_panel import CredentialsPanel
from vp_desktop.ui.professional_development.dossier_flow import export_dossier_to_folder
from vp_desktop.ui.professional_development.import_flow import import_pe_log
from vp_desktop.ui.professional_development.pe_dialogs import PeActivityDialog, RuleSetDialog
from vp_desktop.ui.professional_development.pe_evidence_panel import PeEvidencePanel
from vp_desktop.ui.professional_development.pe_progress_view import ProgressPanel
from vp_desktop.ui.professional_development.pe_report_flow import CYCLE, export_overview
from vp_desktop.ui.professional_development.pe_table_model import (
    DATE,
    KIND,
    PROVIDER,
    THEME,
    PeTableModel,
    make_row,
)
from vp_desktop.ui.shared.code_pickers import lang_of
from vp_desktop.ui.shared.column_fit import StretchColumn
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.field_messages import InlineMessage
from vp_desktop.ui.shell.changes import DataKind
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.workspace import Workspace


class PeSection(Section):
    key = "pe"
    # the log is the adviser's own: no client, and only PE or settings (language) change it
    depends_on = DataKind.PE | DataKind.SETTINGS
    _needs_refresh = True  # read when first shown, not when the window is built

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today
        self._lang: Lang = "nl"
        #: the open activity or standards dialog, if any (tests fill it in)
        self.active_dialog: PeActivityDialog | RuleSetDialog | None = None
        self.model = PeTableModel(self)
        self._build()

    def title(self) -> str:
        return self.tr("Deskundigheidsbevordering")

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(f"<h2>{self.title()}</h2>")
        self.progress = ProgressPanel()
        self.progress.settings_requested.connect(self.open_rule_sets)

        self.add_button = QPushButton(self.tr("Activiteit toevoegen…"))
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.rules_button = QPushButton(self.tr("Normen instellen…"))
        self.import_button = QPushButton(self.tr("Importeren…"))
        self.import_button.setToolTip(
            self.tr("Uw logboek uit een spreadsheet (CSV of XLSX) overnemen, alles of niets")
        )
        # `clicked` sends the checked flag; the slot must not take it for the file path.
        self.import_button.clicked.connect(lambda: self.import_log())
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_activity)
        self.delete_button.clicked.connect(self.delete_activity)
        self.rules_button.clicked.connect(self.open_rule_sets)

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Periode van het overzicht"))
        #: the period the adviser chose, kept through refreshes and a lock (None: the default)
        self._chosen_period: int | str | None = None
        self._filling_periods = False
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.report_lang = QComboBox()
        # Each language by its own name, so it can be found whatever the UI language is.
        self.report_lang.addItem("Nederlands", "nl")
        self.report_lang.addItem("English", "en")
        self.report_lang.setAccessibleName(self.tr("Taal van het overzicht"))
        self.with_evidence = QCheckBox(self.tr("met bewijsstukken"))
        self.with_evidence.setAccessibleName(self.tr("Bewijsstukken meeleveren"))
        self.report_button = QPushButton(self.tr("Overzicht opslaan…"))
        self.report_button.clicked.connect(self.export_report)
        self.dossier_button = QPushButton(self.tr("Herregistratiedossier…"))
        self.dossier_button.setToolTip(
            self.tr("Per onderdeel van de lopende cyclus de activiteiten met de bewijsstukken")
        )
        self.dossier_button.clicked.connect(self.export_dossier)

        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.import_button)
        tools.addWidget(self.rules_button)
        report = QHBoxLayout()
        report.addWidget(QLabel(self.tr("Overzicht voor het herregistratiedossier:")))
        for widget in (self.period, self.report_lang, self.with_evidence, self.report_button):
            report.addWidget(widget)
        report.addStretch(1)
        report.addWidget(self.dossier_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Activiteiten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The theme takes the spare width; a long provider is shortened (its tooltip shows it);
        # no column gets narrower than its header.
        chars = self.table.fontMetrics().averageCharWidth()
        self.column_fit = StretchColumn(
            self.table, THEME, capped={PROVIDER: chars * 24}, least=chars * 14
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_activity())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # The evidence below the log: beside it, its buttons took the room the log's columns
        # need at the window's default size, and the log scrolled sideways.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        self.evidence = PeEvidencePanel(self._workspace)
        self.evidence.changed.connect(self._evidence_changed)
        splitter.addWidget(self.evidence)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 300])

        self.problem = InlineMessage(self.tr("Melding bij deskundigheidsbevordering"))
        log_page = QWidget()
        page = QVBoxLayout(log_page)
        page.addWidget(self.progress)
        page.addLayout(tools)
        page.addWidget(self.problem)
        page.addWidget(splitter, 1)
        page.addLayout(report)
        self.credentials = CredentialsPanel(self._workspace, self._today)
        self.credentials.changed.connect(lambda: self.announce(DataKind.PE))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van deskundigheidsbevordering"))
        self.tabs.addTab(log_page, self.tr("Activiteiten en normen"))
        self.tabs.addTab(self.credentials, self.tr("Registratie en VOG"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.import_button,
            self.rules_button,
            self.report_button,
            self.dossier_button,
        ):
            button.setAccessibleName(button.text().rstrip("…"))
        # Reading order: the log and its evidence first, the report controls last.
        chain = (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.import_button,
            self.rules_button,
            self.table,
            self.evidence.files,
            *self.evidence.buttons(),
            self.period,
            self.report_lang,
            self.with_evidence,
            self.report_button,
            self.dossier_button,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    # -- Section contract -------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._workspace.is_open:
            return
        self._lang = lang_of(self._workspace)
        keep = self.selected_activity_id()
        today = self._today()
        with self._workspace.session() as session:
            activities = pe_service.list_pe_activities(session)
            rows = [make_row(a, self._lang, today) for a in activities]
            years = sorted({a.occurred_on.year for a in activities} | {today.year}, reverse=True)
            setup = pe_progress.load_setup(session)
            evaluations = pe_progress.progress(session, today)
        self.model.set_rows(rows)
        self.progress.show_progress(evaluations, setup.needs_cycle_start, self._lang)
        self._fill_periods(years, today.year)
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.selectRow(row)
        else:
            self.evidence.load(None, self._lang)
        # The overview needs a period, not a selected row.
        self._update_buttons()
        self.credentials.refresh()

    def navigate(self, target: dict[str, Any]) -> None:
        if target.get("tab") == "credentials":
            self.tabs.setCurrentWidget(self.credentials)

    def clear(self) -> None:
        if self.active_dialog is not None:
            self.active_dialog.reject()
            self.active_dialog = None
        self.model.clear()
        self.evidence.clear()
        self.progress.clear()
        self.credentials.clear()
        self._filling_periods = True  # emptying the box on a lock is no choice of the adviser
        self.period.clear()
        self._filling_periods = False
        self.problem.say("")
        self._update_buttons()

    # -- selection --------------------------------------------------------------------------

    def selected_activity_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.activity_id(rows[0].row()) if rows else None

    def select_activity(self, activity_id: int) -> None:
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self.evidence.load(self.selected_activity_id(), self._lang)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_activity = self.selected_activity_id() is not None
        self.edit_button.setEnabled(has_activity)
        self.delete_button.setEnabled(has_activity)
        self.report_button.setEnabled(self.period.count() > 0)

    def _evidence_changed(self) -> None:
        # Only the activity's number of files changed: no reload, the panel stays as it is.
        activity_id = self.selected_activity_id()
        if activity_id is not None:
            self.model.set_evidence_count(activity_id, self.evidence.files.count())

    def _fill_periods(self, years: list[int], this_year: int) -> None:
        # The adviser's choice survives refreshes and a lock; otherwise this year, never a
        # later year only because an activity is planned in it.
        self._filling_periods = True
        try:
            self.period.clear()
            self.period.addItem(self.tr("Lopende cyclus"), CYCLE)
            for year in years:
                self.period.addItem(str(year), year)
            chosen = self._chosen_period
            index = self.period.findData(chosen) if chosen is not None else -1
            if index < 0:
                index = self.period.findData(this_year)
            self.period.setCurrentIndex(max(index, 0))
        finally:
            self._filling_periods = False

    def _period_chosen(self) -> None:
        if not self._filling_periods:
            self._chosen_period = self.period.currentData()

    # -- activities -------------------------------------------------------------------------

    def add_activity(self) -> PeActivityDialog:
        return self._open_activity(None)

    def edit_activity(self) -> PeActivityDialog | None:
        activity_id = self.selected_activity_id()
        return None if activity_id is None else self._open_activity(activity_id)

    def _open_activity(self, activity_id: int | None) -> PeActivityDialog:
        dialog = PeActivityDialog(self._workspace, activity_id, self._today(), self)
        dialog.saved.connect(self._activity_saved)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _activity_saved(self, activity_id: int) -> None:
        self.refresh()
        self.select_activity(activity_id)
        self.announce(DataKind.PE)

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def delete_activity(self) -> bool:
        activity_id = self.selected_activity_id()
        if activity_id is None:
            return False
        row = self.model.row_of(activity_id)
        when = self.model.index(row, DATE).data()
        what = self.model.index(row, KIND).data()
        question = self.tr("%1 van %2 voorgoed verwijderen, met de bewijsstukken erbij?")
        if not self._workspace.prompts.confirm(
            self.tr("Activiteit verwijderen"),
            question.replace("%1", what).replace("%2", when),
            destructive=True,
        ):
            return False
        try:
            with self._workspace.transaction() as session:
                pe_service.delete_pe_activity(session, activity_id)
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        self.problem.say("")
        self.refresh()
        self.announce(DataKind.PE)
        return True

    def import_log(self, path: Path | None = None) -> int | None:
        """Import the PE log from a spreadsheet (asks for the file when `path` is None)."""
        imported = import_pe_log(self._workspace, path)
        if imported:
            self.refresh()
            self.announce(DataKind.PE)
        return imported

    def open_rule_sets(self) -> RuleSetDialog:
        dialog = RuleSetDialog(self._workspace, self)
        dialog.saved.connect(self.refresh)
        dialog.saved.connect(lambda: self.announce(DataKind.PE))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    # -- report -----------------------------------------------------------------------------

    def export_report(self) -> Path | None:
        """The PE overview of the chosen period as a PDF (None: cancelled or refused)."""
        choice = self.period.currentData()
        if choice is None:
            return None
        lang: Lang = "en" if self.report_lang.currentData() == "en" else "nl"
        return export_overview(
            self._workspace,
            choice,
            self._today(),
            ui_lang=self._lang,
            lang=lang,
            with_evidence=self.with_evidence.isChecked(),
        )

    def export_dossier(self) -> Path | None:
        """The recertification dossier of the running cycle, into a folder the adviser picks."""
        lang: Lang = "en" if self.report_lang.currentData() == "en" else "nl"
        return export_dossier_to_folder(self._workspace, self._today(), self._lang, lang)
