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
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.domain.vocab import Lang
from vp_desktop.reports.data import AnnualReport
from vp_desktop.reports.formats import to_csv, to_json
from vp_desktop.reports.overview import build_overview, overview_csv, overview_xlsx
from vp_desktop.services import audit, report_texts
from vp_desktop.services.annual_report.build import build_annual_report
from vp_desktop.services.case_list import case_years
from vp_desktop.services.clients import get_client
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.services.report_texts import IdentifierHit, ReportTexts
from vp_desktop.services.safe_files import write_private_file
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.code_pickers import lang_of
from vp_desktop.ui.error_texts import vault_error_text
from vp_desktop.ui.identifier_check import IdentifierCheck
from vp_desktop.ui.report_preview import ReportPreview
from vp_desktop.ui.section import Section
from vp_desktop.ui.workspace import Workspace

DEBOUNCE_MS = 400


class ReportsSection(Section):
    key = "reports"

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

        self.introduction_edit = self._text_edit(self.tr("Inleiding"))
        self.signals_edit = self._text_edit(self.tr("Signalen en aanbevelingen"))
        self.save_button = QPushButton(self.tr("Teksten &opslaan"))
        self.save_button.setAccessibleName(self.tr("Teksten opslaan"))
        self.save_button.clicked.connect(self.save_changes)

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
        self.status_label.setAccessibleName(self.tr("Status van het jaarverslag"))

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addLayout(form)
        for label_text, edit in (
            (self.tr("&Inleiding (rol en reikwijdte)"), self.introduction_edit),
            (self.tr("&Signalen en aanbevelingen"), self.signals_edit),
        ):
            label = QLabel(label_text)
            label.setBuddy(edit)
            column.addWidget(label)
            column.addWidget(edit, 1)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.check)
        column.addWidget(self.export_button)
        column.addWidget(self.overview_button)
        column.addWidget(self.status_label)

        self.preview = ReportPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(controls)
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

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._schedule)
        return edit

    # -- Section contract --------------------------------------------------------------------

    def set_client(self, client_id: int | None) -> None:
        self._debounce.stop()
        self.clear()
        self._client_id = client_id
        enabled = client_id is not None and self._workspace.is_open
        for widget in (self.year_combo, self.introduction_edit, self.signals_edit,
                       self.save_button, self.export_button, self.lang_combo):  # fmt: skip
            widget.setEnabled(enabled)
        self.overview_button.setEnabled(self._workspace.is_open)
        if not enabled or client_id is None:
            self.status_label.setText(
                self.tr("Kies een opdrachtgever om het jaarverslag te maken.")
            )
            return
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
        # An annual report is usually written in the first months of the following year.
        self.year_combo.setCurrentIndex(self.year_combo.findData(this_year - 1))
        self.year_combo.blockSignals(False)
        self._load_year(this_year - 1)

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
        return ReportTexts(self.introduction_edit.toPlainText(), self.signals_edit.toPlainText())

    def _show_texts(self, texts: ReportTexts) -> None:
        for edit, value in ((self.introduction_edit, texts.introduction),
                            (self.signals_edit, texts.signals)):  # fmt: skip
            if edit.toPlainText() != value:
                edit.setPlainText(value)

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
            hits = report_texts.find_identifiers(session, self._client_id, typed)
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
        prompts = self._workspace.prompts
        title = self.tr("Jaarverslag exporteren")
        if self.has_unsaved_changes() and not self.save_changes():
            return
        self.update_preview()
        if self.check.needs_confirmation():
            prompts.warn(
                title,
                self.tr(
                    "De teksten bevatten gegevens die iemand herkenbaar kunnen maken. Controleer "
                    "de gevonden woorden en vink daarna “Ik heb de tekst gecontroleerd” aan."
                ),
            )
            return
        suggested = Path.home() / f"Jaarverslag {self._client_code} {self._year}.pdf"
        target = prompts.save_file(
            title, suggested, self.tr("PDF (*.pdf);;JSON (*.json);;CSV (*.csv)")
        )
        if target is None:
            return
        fmt = target.suffix.lower().lstrip(".")
        if fmt not in {"pdf", "json", "csv"}:
            fmt, target = "pdf", target.with_name(target.name + ".pdf")
        question = self.tr(
            "Het jaarverslag %1 over %2 wordt opgeslagen als %3. Dit bestand staat daarna buiten "
            "de versleutelde kluis. Doorgaan?"
        )
        question = question.replace("%1", self._client_code).replace("%2", str(self._year))
        if not prompts.confirm(title, question.replace("%3", str(target))):
            return
        from vp_desktop.reports.pdf import render_annual_report  # reportlab: loaded on first use

        try:
            report, _hits = self._build_report()
            data = {"json": to_json, "csv": to_csv}.get(fmt, render_annual_report)(report)
            write_private_file(target, data)
            with self._workspace.transaction() as session:
                audit.record(session, "report_exported", client_code=self._client_code,
                             detail=f"{self._year} {fmt}")  # fmt: skip
        except (VaultError, NotFound) as error:
            prompts.error(title, vault_error_text(error))
            return
        self.status_label.setText(
            self.tr("Het jaarverslag is opgeslagen als %1.").replace("%1", str(target))
        )

    def export_overview(self) -> None:
        prompts = self._workspace.prompts
        title = self.tr("Overzicht exporteren")
        suggested = Path.home() / self.tr("Overzicht opdrachtgevers.xlsx")
        target = prompts.save_file(title, suggested, self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if target is None:
            return
        as_csv = target.suffix.lower() == ".csv"
        if not as_csv and target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        question = self.tr(
            "Het overzicht bevat per opdrachtgever en per jaar de exacte aantallen meldingen en "
            "uren, zonder afscherming van kleine aantallen. Het is bedoeld voor uw eigen "
            "administratie. Opslaan als %1?"
        ).replace("%1", str(target))
        if not prompts.confirm(title, question):
            return
        try:
            with self._workspace.session() as session:
                rows = build_overview(session)
            lang = self._lang()
            write_private_file(
                target, overview_csv(rows, lang) if as_csv else overview_xlsx(rows, lang)
            )
            with self._workspace.transaction() as session:
                audit.record(session, "report_exported", detail="overview")
        except VaultError as error:
            prompts.error(title, vault_error_text(error))
            return
        self.status_label.setText(
            self.tr("Het overzicht is opgeslagen als %1.").replace("%1", str(target))
        )
