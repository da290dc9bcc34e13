"""Making a backup and restoring one.

Both dialogs are shown with `open()`, do the slow work (copying, verifying) in a background
thread, keep their window open with a clear sentence after every failure, and report what they did
through a signal. The restore dialog verifies first and shows what the backup holds; only after
the adviser's confirmation does the backup replace the (locked) vault.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vp_desktop.services import settings as settings_service
from vp_desktop.services.data_safety import backup
from vp_desktop.services.data_safety.backup import BackupReport, PreparedRestore, RestoreReport
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shared.prompts import Prompts
from vp_desktop.ui.shared.style import NOTE_BOX, Role, apply_style, text_role
from vp_desktop.ui.shared.task_dialog import (
    TaskDialog,
    buddy_label,
    busy_bar,
    date_time_text,
    dialog_button,
    message_label,
    passphrase_edit,
    safety_error_text,
    with_choose_button,
)
from vp_desktop.ui.shared.wording import count_text

BACKUP_FILTER = "VP Desktop (*.vpvault)"
BACKUP_SUFFIX = ".vpvault"


def suggested_backup_path(folder: Path, vault_path: Path, day: dt.date) -> Path:
    """Where a backup goes unless the adviser chooses otherwise: named after the vault and day."""
    return folder / f"{vault_path.stem}-backup-{day.isoformat()}{BACKUP_SUFFIX}"


def with_backup_suffix(path: Path) -> Path:
    """The chosen file, ending in .vpvault so that VP Desktop can open it again."""
    return path if path.suffix == BACKUP_SUFFIX else path.with_name(path.name + BACKUP_SUFFIX)


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

        suggested = suggested_backup_path(
            start_folder or Path.home(), vault.path, today or dt.date.today()
        )
        self.target = QLineEdit(str(suggested))
        self.target.setAccessibleName(self.tr("Bestand voor de back-up"))
        self.browse = QPushButton(self.tr("Kiezen…"))
        self.browse.setAccessibleName(self.tr("Plek voor de back-up kiezen"))
        self.browse.clicked.connect(self._choose_target)
        self.passphrase = passphrase_edit(self.tr("Wachtzin ter controle"))
        passphrase_note = QLabel(
            self.tr("De back-up wordt na het schrijven met deze wachtzin geopend en gecontroleerd.")
        )
        passphrase_note.setWordWrap(True)
        text_role(passphrase_note, Role.MUTED)

        self.progress = busy_bar(self.tr("Voortgang van de back-up"))
        self.message = message_label(self.tr("Melding bij de back-up"))
        self.make_button, self.close_button = self.accept_and_close_buttons(
            self.tr("Back-up maken"), self.tr("Sluiten"), self.make_backup
        )

        form = QFormLayout()
        form.addRow(
            buddy_label(self.tr("&Bestand:"), self.target),
            with_choose_button(self.target, self.browse),
        )
        form.addRow(self.tr("&Wachtzin:"), self.passphrase)
        form.addRow("", passphrase_note)
        self.lay_out(intro, self.last_backup, form)
        self.tab_order((self.target, self.browse, self.passphrase, self.make_button))
        self.passphrase.setFocus()

    def _choose_target(self) -> None:
        chosen = self._prompts.save_file(
            self.tr("Waar komt de back-up?"), Path(self.target.text()), BACKUP_FILTER
        )
        if chosen is not None:
            self.target.setText(str(with_backup_suffix(chosen)))

    def make_backup(self) -> None:
        if self.busy:
            return
        target_text = self.target.text().strip()
        passphrase = self.passphrase.text()
        if not target_text:
            self.tell(self.message, self.tr("Kies waar de back-up komt."))
            return
        if not passphrase:
            self.tell(self.message, self.tr("Vul uw wachtzin in."))
            return
        target = Path(target_text).expanduser()
        self.tell(self.message, "")
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
        self.tell(
            self.message,
            self.tr("Back-up gemaakt en gecontroleerd: %1 (%2, %3).")
            .replace("%1", str(report.path))
            .replace("%2", self._clients_text(counts.get("clients", 0)))
            .replace("%3", self._cases_text(counts.get("cases", 0))),
            done=True,
        )
        self.last_backup.setText(
            self.tr("Laatste back-up: %1").replace("%1", date_time_text(report.made_at))
        )
        self.backup_made.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.tell(self.message, safety_error_text(error))
        self.passphrase.clear()
        self.passphrase.setFocus()

    def _clients_text(self, count: int) -> str:
        return count_text(count, self.tr("1 opdrachtgever"), self.tr("%1 opdrachtgevers"))

    def _cases_text(self, count: int) -> str:
        return count_text(count, self.tr("1 casus"), self.tr("%1 casussen"))


class RestoreDialog(TaskDialog):
    """Check a backup, show what it holds, and let it replace the locked vault on confirmation."""

    restored = Signal(object)  # RestoreReport

    def __init__(self, vault_path: Path, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self._prompts = prompts
        self._prepared: PreparedRestore | None = None
        self.setWindowTitle(self.tr("Back-up terugzetten"))
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
        self.passphrase = passphrase_edit(self.tr("Wachtzin van de back-up"))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        apply_style(self.summary, NOTE_BOX)
        self.summary.setAccessibleName(self.tr("Inhoud van de back-up"))
        self.summary.hide()
        self.progress = busy_bar(self.tr("Voortgang van de controle"))
        self.message = message_label(self.tr("Melding bij terugzetten"))

        self.buttons = QDialogButtonBox()
        self.check_button = dialog_button(
            self.buttons,
            self.tr("Controleren"),
            QDialogButtonBox.ButtonRole.ActionRole,
            self.tr("Back-up controleren"),
        )
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check_backup)
        self.restore_button = dialog_button(
            self.buttons,
            self.tr("Terugzetten"),
            QDialogButtonBox.ButtonRole.AcceptRole,
            self.tr("Back-up terugzetten"),
        )
        self.restore_button.setEnabled(False)
        self.close_button = dialog_button(
            self.buttons, self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(
            buddy_label(self.tr("&Back-up:"), self.source),
            with_choose_button(self.source, self.browse),
        )
        form.addRow(self.tr("&Wachtzin:"), self.passphrase)
        self.lay_out(intro, form, self.summary)
        self.tab_order(
            (self.source, self.browse, self.passphrase, self.check_button, self.restore_button)
        )
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
        self.adjustSize()

    def check_backup(self) -> None:
        if self.busy:
            return
        self._forget_check()
        source_text, passphrase = self.source.text().strip(), self.passphrase.text()
        if not source_text:
            self.tell(self.message, self.tr("Kies eerst een back-upbestand."))
            return
        if not passphrase:
            self.tell(self.message, self.tr("Vul de wachtzin van de back-up in."))
            return
        self.tell(self.message, "")
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
            self.tr("%1, %2, waarvan %3 lopend.")
            .replace(
                "%1",
                count_text(s.clients, self.tr("1 opdrachtgever"), self.tr("%1 opdrachtgevers")),
            )
            .replace("%2", count_text(s.cases, self.tr("1 casus"), self.tr("%1 casussen")))
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
        self.adjustSize()
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
        self.tell(self.message, text, done=True)
        self.restored.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._discard_prepared()
        self.restore_button.setEnabled(False)
        self.tell(self.message, safety_error_text(error))

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
