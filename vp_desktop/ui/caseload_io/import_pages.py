"""The pages of the import wizard: choose the file, check it (preview, problems, dry-run counts),
import it. The wizard (`import_wizard`) holds what the pages share and runs their jobs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vp_desktop.services import caseload_io
from vp_desktop.services.caseload_io import (
    ImportPlan,
    ImportProblem,
    ImportRefused,
    ImportResult,
    RawTable,
)
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.caseload_io.import_models import PreviewModel, ProblemModel, headers_by_column
from vp_desktop.ui.shared.error_texts import vault_error_text

if TYPE_CHECKING:
    from vp_desktop.ui.caseload_io.import_wizard import ImportWizard


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Bestand kiezen"))
        self.setSubTitle(
            self.tr(
                "Kies een Excel-werkmap (.xlsx) of CSV-bestand met één casus per rij. Eerst wordt "
                "het hele bestand gecontroleerd; er wordt pas iets geïmporteerd als alles klopt."
            )
        )
        self.choose_button = QPushButton(self.tr("Bestand kiezen…"))
        self.choose_button.setAccessibleName(self.tr("Bestand kiezen"))
        self.choose_button.clicked.connect(self.choose)
        self.file_label = QLabel(self.tr("Nog geen bestand gekozen."))
        self.file_label.setAccessibleName(self.tr("Gekozen bestand"))
        self.file_label.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Kolomkoppen mogen Nederlands of Engels zijn, in elke volgorde: bijvoorbeeld "
                "opdrachtgever, casusnummer, geopend, gesloten, spoor, onderwerpen, afloop, "
                "gesprekken en minuten. Datums als dd-mm-jjjj."
            )
        )
        hint.setWordWrap(True)
        hint.setAccessibleName(self.tr("Uitleg over het bestand"))
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)

    def choose(self) -> None:
        path = self._wizard.workspace.prompts.open_file(
            self.tr("Casussen importeren"),
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;Alle bestanden (*)"),
        )
        if path is None:
            return
        self._wizard.path = path
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.path is not None


class CheckPage(QWizardPage):
    """Preview, problems and the dry-run counts. Importing is possible only without problems."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._busy = False
        self._stale = False
        self.setTitle(self.tr("Controleren"))
        self.setCommitPage(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang van de controle"))
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_clients = QCheckBox(self.tr("Onbekende opdrachtgevers aanmaken"))
        self.create_clients.setAccessibleName(self.create_clients.text())
        self.create_clients.setToolTip(
            self.tr("Nieuwe opdrachtgevers krijgen hun code als naam; pas die daarna aan.")
        )
        self.create_clients.toggled.connect(self.run_check)
        self.preview_model = PreviewModel(self)
        self.preview = self._table_view(self.preview_model, self.tr("Voorbeeld van het bestand"))
        self.problem_model = ProblemModel(self)
        self.problems = self._table_view(self.problem_model, self.tr("Problemen"))
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().hide()  # the first column already is the row
        self.problems.clicked.connect(self._show_problem)
        self.problems_label = QLabel()
        self.problems_label.setAccessibleName(self.tr("Aantal problemen"))
        problems_box = QWidget()
        box = QVBoxLayout(problems_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.problems_label)
        box.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        splitter.addWidget(problems_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.create_clients)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.create_clients, self.preview)
        self.setTabOrder(self.preview, self.problems)

    def _table_view(self, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setDefaultSectionSize(22)
        return view

    def initializePage(self) -> None:
        self._wizard.table = None
        self.run_check()

    def run_check(self) -> None:
        if self._busy:
            self._stale = True  # the adviser went back and chose again: check once more after
            return
        if self._wizard.path is None:
            return
        self._busy = True
        self._stale = False
        self._wizard.plan = None
        self.summary.setText(self.tr("Het bestand wordt gecontroleerd…"))
        self.create_clients.setEnabled(False)
        self.completeChanged.emit()
        path, create = self._wizard.path, self.create_clients.isChecked()
        cached = self._wizard.table

        def job(progress: caseload_io.Progress) -> tuple[RawTable, ImportPlan]:
            table = cached or caseload_io.read_caseload(path)
            with self._wizard.workspace.session() as session:
                plan = caseload_io.check_caseload(
                    session, table, create_clients=create, progress=progress
                )
            return table, plan

        self._wizard.start(job, self._checked, self._check_failed, self.progress)

    def _checked(self, outcome: tuple[RawTable, ImportPlan]) -> None:
        if self._rerun_if_stale():
            return
        table, plan = outcome
        self._wizard.table, self._wizard.plan = table, plan
        self._show(table, tuple(sorted(plan.problems, key=ImportProblem.sort_key)))
        self.create_clients.setEnabled(bool(plan.unknown_clients or plan.new_clients))
        if plan.ok:
            self.summary.setText(self._summary_text(plan))
        else:
            self.summary.setText(
                self.tr(
                    "Het bestand heeft problemen; er wordt pas iets geïmporteerd als alles klopt. "
                    "Verbeter het bestand en kies het opnieuw met Vorige."
                )
            )
        self._done()

    def _check_failed(self, error: BaseException) -> None:
        if self._rerun_if_stale():
            return
        problems = error.problems if isinstance(error, ImportRefused) else ()
        self._show(None, problems)
        self.summary.setText(
            self.tr("Dit bestand kan niet worden gelezen.") if problems else _failure_text(error)
        )
        self._done()

    def _rerun_if_stale(self) -> bool:
        if not self._stale:
            return False
        self._busy = False
        self._wizard.table = None
        self.run_check()
        return True

    def _done(self) -> None:
        self._busy = False
        self.progress.hide()
        self.completeChanged.emit()

    def _show(self, table: RawTable | None, problems: tuple[ImportProblem, ...]) -> None:
        lang = self._wizard.lang
        headers = headers_by_column(table) if table else {}
        self.preview_model.set_table(table, problems, lang)
        self.problem_model.set_problems(problems, headers, lang)
        self.problems_label.setText(
            self.tr("Gevonden problemen: %1").replace("%1", str(len(problems))) if problems else ""
        )
        self.problems_label.setHidden(not problems)
        self.problems.setHidden(not problems)
        self.preview.resizeColumnsToContents()
        self.problems.resizeColumnsToContents()

    def _summary_text(self, plan: ImportPlan) -> str:
        lines = [
            self.tr("Alles klopt. Bij importeren komen er %1 casussen en %2 gesprekken bij:")
            .replace("%1", str(len(plan.cases)))
            .replace("%2", str(plan.contact_count))
        ]
        for code, years in plan.counts().items():
            per_year = ", ".join(f"{year}: {count}" for year, count in years.items())
            new = self.tr(" (nieuwe opdrachtgever)") if code in plan.new_clients else ""
            lines.append(f"  {code}{new} — {per_year}")
        return "\n".join(lines)

    def _show_problem(self, index: QModelIndex) -> None:
        cell = self.preview_model.cell_index(self.problem_model.problem(index.row()))
        if cell.isValid():
            self.preview.setCurrentIndex(cell)
            self.preview.scrollTo(cell)

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return not self._busy and plan is not None and plan.ok


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._finished = False
        self.setTitle(self.tr("Importeren"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang van de import"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Resultaat van de import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self._finished = False
        self.message.setText(self.tr("Bezig met importeren… Sluit dit venster niet."))
        table = self._wizard.table
        create = self._wizard.check_page.create_clients.isChecked()
        assert table is not None

        def job(progress: caseload_io.Progress) -> ImportResult:
            with self._wizard.workspace.transaction() as session:
                return caseload_io.import_caseload(
                    session, table, create_clients=create, progress=progress
                )

        self._wizard.start(job, self._imported, self._failed, self.progress)

    def _imported(self, result: ImportResult) -> None:
        self._wizard.import_result = result
        text = (
            self.tr("Klaar: %1 casussen en %2 gesprekken geïmporteerd.")
            .replace("%1", str(result.cases))
            .replace("%2", str(result.contacts))
        )
        if result.new_clients:
            text += "\n" + self.tr(
                "Nieuwe opdrachtgevers: %1. Geef ze een naam bij Opdrachtgevers."
            ).replace("%1", ", ".join(result.new_clients))
        self.message.setText(text)
        self._end()
        self._wizard.data_changed.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportRefused):
            lang = self._wizard.lang
            lines = [f"{p.location(lang)}: {p.describe(lang)}" for p in error.problems[:20]]
            text = self.tr("Er is niets geïmporteerd; de kluis is veranderd sinds de controle:")
            self.message.setText("\n".join([text, *lines]))
        else:
            self.message.setText(self.tr("Er is niets geïmporteerd.") + " " + _failure_text(error))
        self._end()

    def _end(self) -> None:
        self._finished = True
        self.progress.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._finished


def _failure_text(error: BaseException) -> str:
    """What went wrong in a check or an import, without quoting the file or the error."""
    if isinstance(error, VaultError):
        return vault_error_text(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate("ImportWizard", "Het bestand kan niet worden gelezen.")
    return QCoreApplication.translate("ImportWizard", "Er ging iets mis. Er is niets veranderd.")
