"""The import wizard: choose a caseload file, see it with every problem, import it all at once.

Reading, checking and importing run on a worker thread (the window never freezes on a big file);
the import is one transaction, so cancelling or failing leaves the vault as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QProgressBar, QWidget, QWizard

from vp_desktop.services import caseload_io
from vp_desktop.services.caseload_io import ImportPlan, ImportRefused, ImportResult, RawTable
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.code_pickers import lang_of
from vp_desktop.ui.import_pages import CheckPage, ChoosePage, ImportPage
from vp_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)


class _Worker(QThread):
    """Runs one job off the GUI thread; its signals arrive on the GUI thread."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[caseload_io.Progress], object], parent: QWidget) -> None:
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit)
        except (ImportRefused, VaultError, OSError) as error:
            self.failed.emit(error)
            return
        except Exception as error:  # a bug; its message could quote the file, so log only the type
            log.error("import job failed (%s)", type(error).__name__)
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


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
    ) -> _Worker:
        """Run `job` on a worker thread, showing its progress in `bar`."""
        worker = _Worker(job, self)
        worker.progressed.connect(lambda _phase, done, total: _show_progress(bar, done, total))
        worker.succeeded.connect(on_success)
        worker.failed.connect(on_failure)
        worker.finished.connect(worker.deleteLater)
        bar.setRange(0, 0)  # busy until the first progress report
        bar.show()
        worker.start()
        return worker

    def done(self, result: int) -> None:
        # Never close under a running job: an import finishes (or rolls back) first.
        for worker in self.findChildren(_Worker):
            worker.wait()
        super().done(result)


def _show_progress(bar: QProgressBar, done: int, total: int) -> None:
    bar.setMaximum(total)
    bar.setValue(done)
