"""The Reports section: the active client's annual report, with the adviser's own texts, the
identifier warnings, a live preview and the export; plus the overview across all clients.

The preview is rendered from the texts as typed (a short pause after the last keystroke), so the
adviser sees what the report will say before saving. Rendering takes a while, so it happens only
while the section is on screen; what changed while it was hidden is rendered when it is shown.
Export asks for the file, requires "Ik heb de tekst gecontroleerd" when the texts match
identifying data, and always asks to confirm.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.data import AnnualReport
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.annual_report.identifiers import IdentifierHit, find_identifiers
from vp_desktop.services.annual_report.report_texts import ReportTexts
from vp_desktop.services.casework.case_list import case_years
from vp_desktop.services.clients.clients import get_client
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.annual_report.export_steps import ExportSteps
from vp_desktop.ui.annual_report.issued_reports import IssuedReports
from vp_desktop.ui.annual_report.report_preview import ReportPreview
from vp_desktop.ui.annual_report.report_texts_editor import ReportTextsEditor
from vp_desktop.ui.shared.code_pickers import lang_of
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.identifier_check import IdentifierCheck
from vp_desktop.ui.shell.section import Section
from vp_desktop.ui.shell.workspace import Workspace

DEBOUNCE_MS = 400


class ReportsSection(Section):
    key = "reports"
    # the report draws on cases, activities, signals, PE and what was issued before
    client_scoped = True
    #: The year the adviser last chose, for this run of the app: kept when the window is
    #: rebuilt for another language, and when another client is chosen.
    remembered_year: int | None = None

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id: int | None = None
        self._client_code = ""
        self._year: int | None = None
        self._saved = ReportTexts()
        self._preview_outdated = False  # set while hidden; showEvent renders it
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._preview_when_visible)
        self._export = ExportSteps(workspace)
        self.issued = IssuedReports(workspace)
        self.issued.withdrawn.connect(self._show_status)
        self._build()
        self.set_client(None)

    def title(self) -> str:
        return str(self.tr("Jaarverslag"))

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Verslagjaar"))
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem(self.tr("Nederlands"), "nl")
        self.lang_combo.addItem(self.tr("Engels"), "en")
        self.lang_combo.setAccessibleName(self.tr("Taal van het verslag"))
        self.lang_combo.currentIndexChanged.connect(self._schedule)
        form = QFormLayout()
        form.addRow(self.tr("&Jaar"), self.year_combo)
        form.addRow(self.tr("&Taal"), self.lang_combo)

        self.texts = ReportTextsEditor(self._workspace)
        self.texts.edited.connect(self._schedule)
        self.introduction_edit = self.texts.introduction_edit
        self.signals_edit = self.texts.signals_edit
        self.save_button = self.texts.save_button
        self.save_button.clicked.connect(self.save_changes)
        self.template_button = self.texts.template_button
        self.template_button.clicked.connect(self.insert_template)
        self.reuse_button = self.texts.reuse_button
        self.reuse_button.clicked.connect(self.reuse_previous_texts)

        self.check = IdentifierCheck()

        self.export_button = QPushButton(self.tr("Jaarverslag &exporteren…"))
        self.export_button.setAccessibleName(self.tr("Jaarverslag exporteren"))
        self.export_button.clicked.connect(self.export_report)
        self.overview_button = QPushButton(self.tr("Overzicht van alle opdrachtgevers exporteren…"))
        self.overview_button.setAccessibleName(
            self.tr("Overzicht van alle opdrachtgevers exporteren")
        )
        self.overview_button.clicked.connect(self.export_overview)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        # Two lines kept free: on a smaller window the layout would otherwise squeeze it away.
        self.status_label.setMinimumHeight(2 * self.status_label.fontMetrics().lineSpacing())
        self.status_label.setAccessibleName(self.tr("Status van het jaarverslag"))

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addLayout(form)
        column.addWidget(self.texts, 1)
        column.addWidget(self.check)
        column.addWidget(self.export_button)
        column.addWidget(self.issued)
        column.addWidget(self.overview_button)
        column.addWidget(self.status_label)

        # The column scrolls rather than setting the window's height: on a 1280x800 screen the
        # window must fit above the taskbar, and the texts, checks and buttons need more.
        self.controls_scroll = QScrollArea()
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_scroll.setWidget(controls)
        scrollbar = self.controls_scroll.verticalScrollBar().sizeHint().width()
        self.controls_scroll.setMinimumWidth(controls.minimumSizeHint().width() + scrollbar)

        self.preview = ReportPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.controls_scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for first, second in (
            (self.year_combo, self.lang_combo),
            (self.lang_combo, self.introduction_edit),
            (self.introduction_edit, self.signals_edit),
            (self.signals_edit, self.save_button),
            (self.save_button, self.check.hits_list),
            (self.check.hits_list, self.check.checked_box),
            (self.check.checked_box, self.export_button),
            (self.export_button, self.overview_button),
        ):
            QWidget.setTabOrder(first, second)

    # -- Section contract --------------------------------------------------------------------

    def set_client(self, client_id: int | None) -> None:
        self._debounce.stop()
        self.clear()
        self._client_id = client_id
        enabled = client_id is not None and self._workspace.is_open
        for widget in (self.year_combo, self.introduction_edit, self.signals_edit,
                       self.save_button, self.export_button, self.lang_combo,
                       self.template_button, self.reuse_button):  # fmt: skip
            widget.setEnabled(enabled)
        self.overview_button.setEnabled(self._workspace.is_open)
        self.issued.show_client(client_id if enabled else None)
        if not enabled or client_id is None:
            self.status_label.setText(
                self.tr("Kies een opdrachtgever om het jaarverslag te maken.")
            )
            return
        self.status_label.clear()
        try:
            with self._workspace.session() as session:
                self._client_code = get_client(session, client_id).code
                years = set(case_years(session, client_id))
        except (VaultError, NotFound) as error:
            self._workspace.prompts.error(self.tr("Jaarverslag"), vault_error_text(error))
            return
        this_year = dt.date.today().year
        years |= {this_year, this_year - 1}
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted(years, reverse=True):
            self.year_combo.addItem(str(year), year)
        # The year last chosen, else the last complete year: an annual report is usually
        # written in the first months of the following year.
        chosen = ReportsSection.remembered_year
        year = chosen if chosen in years else this_year - 1
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        self.year_combo.blockSignals(False)
        self._load_year(year)

    def refresh(self) -> None:
        if self._client_id is not None:
            self._schedule()

    def has_unsaved_changes(self) -> bool:
        return self._year is not None and self._typed() != self._saved

    def save_changes(self) -> bool:
        if self._client_id is None or self._year is None:
            return True
        try:
            with self._workspace.transaction() as session:
                self._saved = report_texts.save_texts(
                    session, self._client_id, self._year, self._typed()
                )
        except ValidationError as error:
            self._workspace.prompts.error(self.tr("Teksten opslaan"), error.describe(self._lang()))
            return False
        except (VaultError, NotFound) as error:
            self._workspace.prompts.error(self.tr("Teksten opslaan"), vault_error_text(error))
            return False
        self.status_label.setText(self.tr("De teksten zijn opgeslagen in de kluis."))
        return True

    def discard_changes(self) -> None:
        self._show_texts(self._saved)

    def take_draft(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        typed = self._typed()
        return {"client_id": self._client_id, "year": self._year,
                "introduction": typed.introduction, "signals": typed.signals}  # fmt: skip

    def restore_draft(self, draft: dict[str, Any]) -> None:
        if draft.get("client_id") != self._client_id:
            return
        index = self.year_combo.findData(draft.get("year"))
        if index >= 0:
            self.year_combo.setCurrentIndex(index)
            self._show_texts(ReportTexts(draft.get("introduction", ""), draft.get("signals", "")))

    def clear(self) -> None:
        self._debounce.stop()
        self._year = None
        self._saved = ReportTexts()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.blockSignals(False)
        self._show_texts(ReportTexts())
        self.check.reset()
        self.preview.clear()
        self._preview_outdated = False

    # -- behaviour ---------------------------------------------------------------------------

    def _lang(self) -> Lang:
        return lang_of(self._workspace)

    def _report_lang(self) -> Lang:
        chosen: Lang = "en" if self.lang_combo.currentData() == "en" else "nl"
        return chosen

    def _typed(self) -> ReportTexts:
        return self.texts.typed()

    def _show_texts(self, texts: ReportTexts) -> None:
        self.texts.show_texts(texts)

    def insert_template(self) -> None:
        """Put a first introduction in the editor for the adviser to edit (not yet saved)."""
        if self._client_id is not None and self._year is not None:
            self.texts.insert_template(self._client_id, self._year, self._lang())

    def reuse_previous_texts(self) -> None:
        """Start from the texts of the latest earlier year that has any (not yet saved)."""
        if self._client_id is None or self._year is None:
            return
        status = self.texts.reuse_previous_texts(self._client_id, self._year)
        if status is not None:
            self.status_label.setText(status)

    def _schedule(self) -> None:
        if self._client_id is not None and self._year is not None:
            self._debounce.start()

    def _year_changed(self) -> None:
        year = self.year_combo.currentData()
        if year is None or year == self._year:
            return
        if self.has_unsaved_changes() and not self.save_changes():
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(self.year_combo.findData(self._year))
            self.year_combo.blockSignals(False)
            return
        ReportsSection.remembered_year = int(year)
        self._load_year(int(year))

    def _load_year(self, year: int) -> None:
        assert self._client_id is not None
        try:
            with self._workspace.session() as session:
                self._saved = report_texts.get_texts(session, self._client_id, year)
        except (VaultError, NotFound) as error:
            self._workspace.prompts.error(self.tr("Jaarverslag"), vault_error_text(error))
            return
        self._year = year
        self.check.checked_box.setChecked(False)
        self._show_texts(self._saved)
        self._preview_when_visible()

    def _build_report(self) -> tuple[AnnualReport, list[IdentifierHit]]:
        """The report with the texts as typed (saved or not), and where they match case data."""
        assert self._client_id is not None and self._year is not None
        typed = self._typed()
        with self._workspace.session() as session:
            report = build_annual_report(
                session, self._client_id, self._year, lang=self._report_lang()
            )
            hits = find_identifiers(session, self._client_id, typed)
        typed_report = dataclasses.replace(
            report, introduction=typed.introduction, signals=typed.signals
        )
        return typed_report, hits

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview_outdated:
            self.update_preview()

    def _preview_when_visible(self) -> None:
        if self.isVisible():
            self.update_preview()
        else:
            self._preview_outdated = True

    def update_preview(self) -> None:
        """Aggregate, check the texts and render the preview now (normally after a pause)."""
        self._debounce.stop()
        self._preview_outdated = False
        if self._client_id is None or self._year is None:
            return
        from vp_desktop.reports.pdf import render_annual_report  # reportlab: loaded on first use

        try:
            report, hits = self._build_report()
            pdf = render_annual_report(report)
        except (VaultError, NotFound) as error:
            self.status_label.setText(vault_error_text(error))
            return
        self.preview.show_pdf(pdf)
        self.check.show_hits(hits, self._lang())

    def export_report(self) -> None:
        if self._client_id is None or self._year is None:
            return
        if self.has_unsaved_changes() and not self.save_changes():
            return
        self.update_preview()
        if self.check.needs_confirmation():
            self._workspace.prompts.warn(
                self.tr("Jaarverslag exporteren"),
                self.tr(
                    "De teksten bevatten gegevens die iemand herkenbaar kunnen maken. Controleer "
                    "de gevonden woorden en vink daarna “Ik heb de tekst gecontroleerd” aan."
                ),
            )
            return
        status = self._export.export_report(
            self._client_id, self._client_code, self._year, self._report_lang(),
            accepted=self.check.checked_box.isChecked(),
        )  # fmt: skip
        if status is not None:
            self.status_label.setText(status)
            self.issued.refresh()

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def export_overview(self) -> None:
        status = self._export.export_overview(self._lang())
        if status is not None:
            self.status_label.setText(status)
