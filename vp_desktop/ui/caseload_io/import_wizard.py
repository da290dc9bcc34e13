"""The import wizard: choose a caseload file, see it with every problem, import it all at once.

Reading, checking and importing run on a worker thread (the window never freezes on a big file);
the import is one transaction, so cancelling or failing leaves the vault as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QWidget, QWizard

from vp_desktop.services import caseload_io
from vp_desktop.services.caseload_io import ImportPlan, ImportResult, RawTable
from vp_desktop.ui.caseload_io.import_pages import CheckPage, ChoosePage, ImportPage
from vp_desktop.ui.shared.background import BackgroundOperation
from vp_desktop.ui.shared.code_pickers import lang_of
from vp_desktop.ui.shell.workspace import Workspace


class ImportWizard(QWizard):
    """Choose file → check (preview, problems, dry-run counts) → import."""

    #: cases were imported: the main window refreshes its sections
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.lang = lang_of(workspace)
        self.path: Path | None = None
        self.table: RawTable | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("Casussen importeren"))
        self.setAccessibleName(self.windowTitle())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        button = QWizard.WizardButton
        for which, text in (
            (button.CommitButton, self.tr("Importeren")),
            (button.NextButton, self.tr("Volgende")),
            (button.BackButton, self.tr("Vorige")),
            (button.CancelButton, self.tr("Annuleren")),
            (button.FinishButton, self.tr("Sluiten")),
        ):
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(text)
        self.choose_page = ChoosePage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.choose_page, self.check_page, self.import_page):
            self.addPage(page)
        self.resize(900, 640)

    def start(
        self,
        job: Callable[[caseload_io.Progress], object],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        bar: QProgressBar,
    ) -> BackgroundOperation:
        """Run `job` in the background (the lock waits for it), showing its progress in `bar`."""
        operation = BackgroundOperation(
            self.windowTitle(), lambda reporter: job(reporter.phase_step), self
        )
        operation.progressed.connect(lambda _phase, done, total: _show_progress(bar, done, total))
        operation.succeeded.connect(on_success)
        operation.failed.connect(on_failure)
        bar.setRange(0, 0)  # busy until the first progress report
        bar.show()
        operation.start()
        return operation

    def done(self, result: int) -> None:
        # Never close under a running job: cancelling asks the check or import to stop at its
        # next row (the import's transaction rolls back), then the window waits for it.
        for operation in self.findChildren(BackgroundOperation):
            if result == QWizard.DialogCode.Rejected:
                operation.cancel()
            operation.wait()
        super().done(result)


def _show_progress(bar: QProgressBar, done: int, total: int) -> None:
    bar.setMaximum(total)
    bar.setValue(done)
