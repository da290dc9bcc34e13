"""Changing the passphrase: the current one, the new one twice with the strength meter, and a
backup offered first (made with the current passphrase, which older backups keep)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from vp_desktop.services.data_safety import backup, vaults
from vp_desktop.services.errors import ValidationError
from vp_desktop.store.vault import Vault
from vp_desktop.ui.data_safety.backup_dialogs import (
    BACKUP_FILTER,
    suggested_backup_path,
    with_backup_suffix,
)
from vp_desktop.ui.shared.passphrase_widgets import StrengthMeter, language
from vp_desktop.ui.shared.prompts import Prompts
from vp_desktop.ui.shared.style import NOTE_BOX, apply_style
from vp_desktop.ui.shared.task_dialog import (
    TaskDialog,
    busy_bar,
    message_label,
    passphrase_edit,
    safety_error_text,
)


class PassphraseChangeDialog(TaskDialog):
    passphrase_changed = Signal()

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
        self._start_folder = start_folder or Path.home()
        self._today = today or dt.date.today()
        self.setWindowTitle(self.tr("Wachtzin wijzigen"))

        self.current = passphrase_edit(self.tr("Huidige wachtzin"))
        self.new = passphrase_edit(self.tr("Nieuwe wachtzin"))
        self.repeat = passphrase_edit(self.tr("Nieuwe wachtzin herhalen"))
        self.meter = StrengthMeter()
        self.meter.personal_words = vaults.personal_words(vault)
        self.new.textChanged.connect(self.meter.show_passphrase)
        self.current_message = message_label(self.tr("Melding bij huidige wachtzin"))
        self.new_message = message_label(self.tr("Melding bij nieuwe wachtzin"))
        self.repeat_message = message_label(self.tr("Melding bij herhaalde wachtzin"))
        self.backup_first = QCheckBox(self.tr("Eerst een back-up maken (aanbevolen)"))
        self.backup_first.setChecked(True)
        self.backup_first.setAccessibleName(self.tr("Eerst een back-up maken"))
        note = QLabel(
            self.tr(
                "Back-ups die u al hebt gemaakt, blijven met de oude wachtzin te openen. "
                "Een vergeten wachtzin kan niemand herstellen."
            )
        )
        note.setWordWrap(True)
        apply_style(note, NOTE_BOX)
        note.setAccessibleName(self.tr("Let op bij het wijzigen"))

        self.progress = busy_bar(self.tr("Voortgang van het wijzigen"))
        self.message = message_label(self.tr("Melding bij wijzigen"))
        self.change_button, self.close_button = self.accept_and_close_buttons(
            self.tr("Wachtzin wijzigen"), self.tr("Annuleren"), self.change
        )

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("&Huidige wachtzin:"), self.current)
        form.addRow("", self.current_message)
        form.addRow(self.tr("&Nieuwe wachtzin:"), self.new)
        form.addRow("", self.meter)
        form.addRow("", self.new_message)
        form.addRow(self.tr("&Herhaal nieuwe:"), self.repeat)
        form.addRow("", self.repeat_message)
        form.addRow("", self.backup_first)
        self.lay_out(form, note)
        self.tab_order((self.current, self.new, self.repeat, self.backup_first, self.change_button))
        self.current.setFocus()

    def change(self) -> None:
        if self.busy:
            return
        for label in (self.current_message, self.new_message, self.repeat_message, self.message):
            self.tell(label, "")
        current, new, repeated = self.current.text(), self.new.text(), self.repeat.text()
        try:
            vaults.check_new_passphrase(new, repeated, self.meter.personal_words)
        except ValidationError as error:
            lang = language()
            for label, field in (
                (self.new_message, "passphrase"),
                (self.repeat_message, "passphrase_repeat"),
            ):
                self.tell(label, "\n".join(p.describe(lang) for p in error.for_field(field)))
            return
        if not current or not self._vault.passphrase_matches(current):
            self.tell(self.current_message, self.tr("Dit is niet de huidige wachtzin."))
            self.current.clear()
            self.current.setFocus()
            return
        if new == current:
            self.tell(self.new_message, self.tr("Kies een andere wachtzin dan de huidige."))
            return
        target = self._backup_target() if self.backup_first.isChecked() else None
        if self.backup_first.isChecked() and target is None:
            return  # the adviser cancelled choosing a place for the backup

        def work() -> None:
            if target is not None:
                backup.make_backup(self._vault, target, current)
            vaults.change_passphrase(self._vault, new, repeated)

        self.start(work, self._changed, self._failed)

    def _backup_target(self) -> Path | None:
        suggested = suggested_backup_path(self._start_folder, self._vault.path, self._today)
        chosen: Path | None = self._prompts.save_file(
            self.tr("Waar komt de back-up?"), suggested, BACKUP_FILTER
        )
        return None if chosen is None else with_backup_suffix(chosen)

    def _changed(self, _result: object) -> None:
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.change_button.hide()
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        self.tell(
            self.message,
            self.tr("Uw wachtzin is gewijzigd. Gebruik vanaf nu de nieuwe wachtzin."),
            done=True,
        )
        self.passphrase_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.tell(
            self.message,
            safety_error_text(error)
            + " "
            + self.tr("De wachtzin is niet gewijzigd; de huidige blijft geldig."),
        )

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.current, self.new, self.repeat, self.backup_first):
            widget.setEnabled(not busy)
        self.change_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
