"""Making a backup and restoring one.

Both dialogs are shown with `open()`, do the slow work (copying, verifying) in a background
thread, keep their window open with a clear sentence after every failure, and report what they did
through a signal. The restore dialog verifies first and shows what the backup holds; only after
the adviser's confirmation does the backup replace the (locked) vault.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.services import backup
from vp_desktop.services import settings as settings_service
from vp_desktop.services.backup import BackupReport, PreparedRestore, RestoreReport
from vp_desktop.services.errors import NotFound, ValidationError
from vp_desktop.store.errors import VaultError
from vp_desktop.store.vault import Vault
from vp_desktop.ui.passphrase_widgets import language, vault_error_text
from vp_desktop.ui.prompts import Prompts

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b5e20;"
NOTE_STYLE = (
    "background: #fdf6e3; border: 1px solid #e6d8a8; border-radius: 6px; padding: 10px;"
    "color: #4a3f1c;"
)
BACKUP_FILTER = "VP Desktop (*.vpvault)"


def safety_error_text(error: BaseException) -> str:
    """The adviser's sentence for what went wrong in a backup, restore, purge or offboarding."""
    t = QCoreApplication.translate
    if isinstance(error, ValidationError):
        return error.describe(language())
    if isinstance(error, NotFound):
        return t("SafetyErrors", "Dit item bestaat niet (meer).")
    if isinstance(error, VaultError):
        own = {
            "backup_mismatch": t(
                "SafetyErrors",
                "De controle van de back-up klopte niet; hij is niet bewaard. Probeer het opnieuw.",
            ),
            "backup_target_is_vault": t(
                "SafetyErrors", "Dat bestand is de kluis zelf. Kies een ander bestand."
            ),
            "backup_damaged": t(
                "SafetyErrors", "Deze back-up is beschadigd en kan niet worden gebruikt."
            ),
            "wrong_passphrase": t(
                "SafetyErrors", "Deze wachtzin past niet bij de kluis of de back-up."
            ),
        }
        return own.get(error.code) or vault_error_text(error)
    return t(
        "SafetyErrors", "Het bestand kon niet worden gelezen of geschreven. Er is niets gewist."
    )


def date_time_text(moment: dt.datetime) -> str:
    return moment.strftime("%d-%m-%Y %H:%M")


class BackgroundTask(QThread):
    """Runs one service call off the UI thread; reports its result or the error it raised."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except (VaultError, ValidationError, NotFound, OSError) as error:
            self.failed.emit(error)
            return
        except Exception as error:  # a bug: say so plainly, log only its kind (never content)
            log.error("background task failed: %s", type(error).__name__)
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def say(label: QLabel, text: str, *, done: bool = False) -> None:
    label.setStyleSheet(DONE_STYLE if done else ERROR_STYLE)
    label.setText(text)
    label.setHidden(not text)


def busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # busy: copying and checking have no meaningful percentage
    bar.setAccessibleName(name)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def passphrase_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(320)
    return edit


class TaskDialog(QDialog):
    """A dialog that runs one background task at a time and cannot be closed while it runs."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(
        self,
        work: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        # No Qt parent: the dialog holds the only reference and drops it once the thread has
        # really ended, so the QThread is never deleted while it still runs.
        task = BackgroundTask(work)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        task.finished.connect(self._task_finished)
        self._task = task
        self.set_busy(True)
        task.start()

    def _task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.wait()  # `finished` comes a moment before the thread has really ended
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """Subclasses disable their inputs and show progress."""

    def wait_until_idle(self) -> None:
        if self._task is not None:
            self._task.wait()

    def reject(self) -> None:
        if not self.busy:  # a backup or restore half done is never abandoned
            super().reject()


class BackupDialog(TaskDialog):
    """Write a verified, encrypted backup of the open vault to a file the adviser chooses."""

    backup_made = Signal(object)  # BackupReport

    def __init__(
        self,
        vault: Vault,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        start_folder: Path | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._prompts = prompts
        self.setWindowTitle(self.tr("Back-up maken"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "Een back-up is een versleutelde kopie van uw hele kluis. Zet hem op een "
                "USB-stick of externe schijf en bewaar die op een andere plek dan deze laptop."
            )
        )
        intro.setWordWrap(True)
        with vault.session() as session:
            last = settings_service.load(session).last_backup_at
        self.last_backup = QLabel(
            self.tr("Laatste back-up: %1").replace("%1", date_time_text(last))
            if last
            else self.tr("Er is nog nooit een back-up gemaakt.")
        )
        self.last_backup.setAccessibleName(self.tr("Laatste back-up"))

        name = f"{vault.path.stem}-backup-{(today or dt.date.today()).isoformat()}.vpvault"
        self.target = QLineEdit(str((start_folder or Path.home()) / name))
        self.target.setAccessibleName(self.tr("Bestand voor de back-up"))
        self.browse = QPushButton(self.tr("Kiezen…"))
        self.browse.setAccessibleName(self.tr("Plek voor de back-up kiezen"))
        self.browse.clicked.connect(self._choose_target)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(self.browse)
        self.passphrase = passphrase_edit(self.tr("Wachtzin ter controle"))
        passphrase_note = QLabel(
            self.tr("De back-up wordt na het schrijven met deze wachtzin geopend en gecontroleerd.")
        )
        passphrase_note.setWordWrap(True)
        passphrase_note.setStyleSheet("color: #5f6368;")

        self.progress = busy_bar(self.tr("Voortgang van de back-up"))
        self.message = message_label(self.tr("Melding bij de back-up"))
        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton(
            self.tr("Back-up maken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setAccessibleName(self.tr("Back-up maken"))
        self.make_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        self.buttons.accepted.connect(self.make_backup)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Bestand:"), where)
        form.addRow(self.tr("&Wachtzin:"), self.passphrase)
        form.addRow("", passphrase_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.last_backup)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.target, self.browse)
        self.setTabOrder(self.browse, self.passphrase)
        self.setTabOrder(self.passphrase, self.make_button)
        self.passphrase.setFocus()

    def _choose_target(self) -> None:
        chosen = self._prompts.save_file(
            self.tr("Waar komt de back-up?"), Path(self.target.text()), BACKUP_FILTER
        )
        if chosen is not None:
            if chosen.suffix != ".vpvault":
                chosen = chosen.with_name(chosen.name + ".vpvault")
            self.target.setText(str(chosen))

    def make_backup(self) -> None:
        if self.busy:
            return
        target_text = self.target.text().strip()
        passphrase = self.passphrase.text()
        if not target_text:
            say(self.message, self.tr("Kies waar de back-up komt."))
            return
        if not passphrase:
            say(self.message, self.tr("Vul uw wachtzin in."))
            return
        target = Path(target_text).expanduser()
        say(self.message, "")
        self.start(
            lambda: backup.make_backup(self._vault, target, passphrase),
            self._made,
            self._failed,
        )

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.target, self.browse, self.passphrase, self.make_button):
            widget.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _made(self, report: object) -> None:
        assert isinstance(report, BackupReport)
        self.passphrase.clear()
        counts = report.row_counts
        say(
            self.message,
            self.tr("Back-up gemaakt en gecontroleerd: %1 (%2 opdrachtgevers, %3 casussen).")
            .replace("%1", str(report.path))
            .replace("%2", str(counts.get("clients", 0)))
            .replace("%3", str(counts.get("cases", 0))),
            done=True,
        )
        self.last_backup.setText(
            self.tr("Laatste back-up: %1").replace("%1", date_time_text(report.made_at))
        )
        self.backup_made.emit(report)

    def _failed(self, error: BaseException) -> None:
        say(self.message, safety_error_text(error))
        self.passphrase.clear()
        self.passphrase.setFocus()


class RestoreDialog(TaskDialog):
    """Check a backup, show what it holds, and let it replace the locked vault on confirmation."""

    restored = Signal(object)  # RestoreReport

    def __init__(self, vault_path: Path, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self._prompts = prompts
        self._prepared: PreparedRestore | None = None
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "Kies een back-up. VP Desktop controleert hem eerst en laat zien wat erin staat. "
                "Pas na uw bevestiging vervangt hij de huidige kluis; die blijft apart bewaard "
                "tot u hem zelf verwijdert."
            )
        )
        intro.setWordWrap(True)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Back-upbestand"))
        self.source.setPlaceholderText(self.tr("Kies een back-upbestand…"))
        self.browse = QPushButton(self.tr("Kiezen…"))
        self.browse.setAccessibleName(self.tr("Back-upbestand kiezen"))
        self.browse.clicked.connect(self._choose_source)
        where = QHBoxLayout()
        where.addWidget(self.source, 1)
        where.addWidget(self.browse)
        self.passphrase = passphrase_edit(self.tr("Wachtzin van de back-up"))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(NOTE_STYLE)
        self.summary.setAccessibleName(self.tr("Inhoud van de back-up"))
        self.summary.hide()
        self.progress = busy_bar(self.tr("Voortgang van de controle"))
        self.message = message_label(self.tr("Melding bij terugzetten"))

        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(
            self.tr("Controleren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setAccessibleName(self.tr("Back-up controleren"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check_backup)
        self.restore_button = self.buttons.addButton(
            self.tr("Terugzetten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Back-up terugzetten"))
        self.restore_button.setEnabled(False)
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Back-up:"), where)
        form.addRow(self.tr("&Wachtzin:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.source, self.browse)
        self.setTabOrder(self.browse, self.passphrase)
        self.setTabOrder(self.passphrase, self.check_button)
        self.setTabOrder(self.check_button, self.restore_button)
        self.source.textChanged.connect(self._forget_check)
        self.passphrase.textEdited.connect(self._forget_check)

    def _choose_source(self) -> None:
        chosen = self._prompts.open_file(self.tr("Welke back-up?"), BACKUP_FILTER)
        if chosen is not None:
            self.source.setText(str(chosen))

    def _forget_check(self) -> None:
        """Another file or passphrase: the earlier verification no longer counts."""
        self._discard_prepared()
        self.summary.hide()
        self.restore_button.setEnabled(False)

    def check_backup(self) -> None:
        if self.busy:
            return
        self._forget_check()
        source_text, passphrase = self.source.text().strip(), self.passphrase.text()
        if not source_text:
            say(self.message, self.tr("Kies eerst een back-upbestand."))
            return
        if not passphrase:
            say(self.message, self.tr("Vul de wachtzin van de back-up in."))
            return
        say(self.message, "")
        source = Path(source_text).expanduser()
        self.start(
            lambda: backup.prepare_restore(source, self.vault_path, passphrase),
            self._checked,
            self._failed,
        )

    def _checked(self, prepared: object) -> None:
        assert isinstance(prepared, PreparedRestore)
        self._prepared = prepared
        s = prepared.summary
        lines = [
            self.tr("<b>Deze back-up is in orde.</b>"),
            self.tr("Bestand van %1.").replace("%1", date_time_text(s.file_time)),
            self.tr("%1 opdrachtgevers, %2 casussen, waarvan %3 lopend.")
            .replace("%1", str(s.clients))
            .replace("%2", str(s.cases))
            .replace("%3", str(s.open_cases)),
        ]
        if s.migrated:
            lines.append(self.tr("De back-up is bijgewerkt naar deze versie van VP Desktop."))
        if self.vault_path.exists():
            lines.append(
                self.tr(
                    "Bij terugzetten wordt de huidige kluis vervangen; hij blijft apart bewaard."
                )
            )
        self.summary.setText("<br/>".join(lines))
        self.summary.show()
        self.restore_button.setEnabled(True)
        self.restore_button.setFocus()

    def restore(self) -> None:
        prepared = self._prepared
        if self.busy or prepared is None:
            return
        if not self._prompts.confirm(
            self.tr("Back-up terugzetten"),
            self.tr(
                "De huidige kluis wordt vervangen door deze back-up. Wat u na het maken van de "
                "back-up hebt ingevoerd, staat alleen nog in de apart bewaarde oude kluis. "
                "Doorgaan?"
            ),
            destructive=True,
        ):
            return
        self.start(prepared.commit, self._restored, self._failed)

    def _restored(self, report: object) -> None:
        assert isinstance(report, RestoreReport)
        self._prepared = None
        self.passphrase.clear()
        self.restore_button.setEnabled(False)
        self.check_button.setEnabled(False)
        text = self.tr("De back-up is teruggezet.")
        if report.replaced_path is not None:
            text += " " + self.tr("De vorige kluis staat apart als %1.").replace(
                "%1", report.replaced_path.name
            )
        say(self.message, text, done=True)
        self.restored.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._discard_prepared()
        self.restore_button.setEnabled(False)
        say(self.message, safety_error_text(error))

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.source, self.browse, self.passphrase, self.check_button):
            widget.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.restore_button.setEnabled(False)

    def _discard_prepared(self) -> None:
        if self._prepared is not None:
            self._prepared.discard()
            self._prepared = None

    def done(self, result: int) -> None:
        self._discard_prepared()  # closing without restoring changes nothing
        super().done(result)
