"""Creating a new vault, or the fictional demo practice, behind a new passphrase.

The demo is built on a worker thread with a progress bar; the dialog stays open (and cannot be
closed half-way) until the vault is ready or a clear message says what went wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
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

from vp_desktop.services.data_safety import vaults
from vp_desktop.services.errors import ValidationError
from vp_desktop.store.errors import LocationUnwritable, VaultError, VaultExists
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shared.background import BackgroundOperation, Outcome, error_text
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.passphrase_widgets import (
    DemoBuilder,
    StrengthMeter,
    VaultOpener,
    field_text,
    language,
    message_label,
    passphrase_edit,
    say,
)
from vp_desktop.ui.shared.prompts import Prompts
from vp_desktop.ui.shared.style import NOTE_BOX, apply_style


class CreateVaultDialog(QDialog):
    """A new vault (or, with `demo_builder`, the fictional demo practice) behind a passphrase."""

    created = Signal(object)  # the open Vault

    def __init__(
        self,
        prompts: Prompts,
        default_path: Path,
        parent: QWidget | None = None,
        *,
        demo_builder: DemoBuilder | None = None,
        opener: VaultOpener = Vault.open,
    ) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._demo_builder = demo_builder
        self._opener = opener
        self._worker: BackgroundOperation | None = None
        demo = demo_builder is not None
        self.setWindowTitle(self.tr("Demopraktijk maken") if demo else self.tr("Nieuwe kluis"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "De demopraktijk is verzonnen: opdrachtgevers en casussen om VP Desktop mee te "
                "leren kennen. Ook deze kluis krijgt een eigen wachtzin."
            )
            if demo
            else self.tr(
                "Al uw gegevens komen versleuteld in één kluisbestand op deze computer. "
                "Alleen met uw wachtzin is het te openen."
            )
        )
        intro.setWordWrap(True)

        self.location = QLineEdit(str(default_path))
        self.location.setAccessibleName(self.tr("Locatie van de kluis"))
        self.browse = QPushButton(self.tr("Bladeren…"))
        self.browse.setAccessibleName(self.tr("Locatie kiezen"))
        self.browse.clicked.connect(self._choose_location)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.browse)
        self.location_message = message_label(self.tr("Melding bij locatie"))

        self.passphrase = passphrase_edit(self.tr("Wachtzin"))
        self.repeat = passphrase_edit(self.tr("Wachtzin herhalen"))
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.show_passphrase)
        self.passphrase_message = message_label(self.tr("Melding bij wachtzin"))
        self.repeat_message = message_label(self.tr("Melding bij herhaalde wachtzin"))
        # An error about the previous passphrase must not stand next to the new one's verdict.
        self.passphrase.textChanged.connect(lambda _text: self._clear_passphrase_messages())
        self.passphrase.textChanged.connect(lambda _text: self._fit())
        self.repeat.textChanged.connect(lambda _text: say(self.repeat_message, ""))

        self.warning = QLabel(
            self.tr(
                "<b>Let op:</b> een vergeten wachtzin kan niemand herstellen, ook de makers van "
                "VP Desktop niet. Zonder wachtzin blijven uw gegevens voorgoed onleesbaar. "
                "Schrijf hem op en bewaar hem op een veilige plek."
            )
        )
        self.warning.setWordWrap(True)
        apply_style(self.warning, NOTE_BOX)
        self.warning.setAccessibleName(self.tr("Waarschuwing over de wachtzin"))

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.setFormat(self.tr("Demopraktijk wordt gemaakt…"))
        self.progress.hide()
        self.message = message_label(self.tr("Melding bij aanmaken"))

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("Demopraktijk maken") if demo else self.tr("Kluis maken"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.create_button.setAccessibleName(self.create_button.text())
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.try_create)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        location_label = QLabel(self.tr("&Locatie:"))
        location_label.setBuddy(self.location)  # a row holding a layout gets no buddy by itself
        form.addRow(location_label, where)
        form.addRow("", self.location_message)
        form.addRow(self.tr("&Wachtzin:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.passphrase_message)
        form.addRow(self.tr("&Herhaal wachtzin:"), self.repeat)
        form.addRow("", self.repeat_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        # The dialog grows with its messages (the strength hint, an error) instead of clipping.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.location, self.browse)
        self.setTabOrder(self.browse, self.passphrase)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setTabOrder(self.repeat, self.create_button)
        self.passphrase.setFocus()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _choose_location(self) -> None:
        chosen = self._prompts.save_file(
            self.tr("Waar komt de kluis?"),
            Path(self.location.text() or vaults.default_vault_path()),
            self.tr("Kluis van VP Desktop (*.vpvault)"),
        )
        if chosen is not None:
            if chosen.suffix != ".vpvault":
                chosen = chosen.with_name(chosen.name + ".vpvault")
            self.location.setText(str(chosen))

    def _fit(self) -> None:
        """Grow (or shrink) to the wrapped messages once they are laid out: a form's wrapped
        lines need their width before their height is known."""
        QTimer.singleShot(0, self.adjustSize)

    def _clear_passphrase_messages(self) -> None:
        say(self.passphrase_message, "")
        say(self.repeat_message, "")

    def _clear_messages(self) -> None:
        for label in (
            self.location_message,
            self.passphrase_message,
            self.repeat_message,
            self.message,
        ):
            say(label, "")

    def try_create(self) -> None:
        if self.busy:
            return
        self._fit()  # whatever is said below, the dialog makes room for it
        self._clear_messages()
        text = self.location.text().strip()
        if not text:
            say(self.location_message, self.tr("Kies waar de kluis komt."))
            return
        path = Path(text).expanduser()
        passphrase, repeated = self.passphrase.text(), self.repeat.text()
        try:
            vaults.check_new_passphrase(passphrase, repeated)
        except ValidationError as error:
            lang = language()
            say(self.passphrase_message, field_text(error, "passphrase", lang))
            say(self.repeat_message, field_text(error, "passphrase_repeat", lang))
            if self.passphrase_message.text() == self.meter.hint.text():
                self.meter.hint.hide()  # the same sentence once, in red, is enough
            return
        if path.exists():
            say(self.location_message, vault_error_text(VaultExists()))
            return
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            say(self.location_message, vault_error_text(LocationUnwritable()))
            return
        if self._demo_builder is None:
            self._create_empty(path, passphrase, repeated)
        else:
            self._start_demo(path, passphrase)

    def _create_empty(self, path: Path, passphrase: str, repeated: str) -> None:
        try:
            vault = vaults.create_vault(path, passphrase, repeated)
        except VaultError as error:
            say(self.message, vault_error_text(error))
            return
        self._finish(vault)

    def _start_demo(self, path: Path, passphrase: str) -> None:
        builder = self._demo_builder
        assert builder is not None
        self._set_working(True)
        worker = BackgroundOperation(
            self.windowTitle(), lambda reporter: builder(path, passphrase, reporter.step), self
        )
        worker.progressed.connect(lambda _phase, done, total: self._progressed(done, total))
        worker.finished.connect(lambda outcome: self._demo_done(outcome, path, passphrase))
        self._worker = worker
        worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _demo_done(self, outcome: Outcome, path: Path, passphrase: str) -> None:
        self._worker = None  # the operation stays a child of this dialog
        self._set_working(False)
        error = outcome.error
        if isinstance(error, ValidationError):
            say(self.message, error.describe(language()))
            return
        if isinstance(error, VaultError):
            say(self.message, vault_error_text(error))
            return
        if isinstance(error, OSError):
            say(self.message, vault_error_text(LocationUnwritable()))
            return
        if error is not None:
            say(self.message, error_text(error))
            return
        try:
            vault = self._opener(path, passphrase)
        except VaultError as open_error:
            say(self.message, vault_error_text(open_error))
            return
        self._finish(vault)

    def _set_working(self, working: bool) -> None:
        self.progress.setRange(0, 0)  # busy until the builder reports its first step
        self.progress.setVisible(working)
        for widget in (self.location, self.browse, self.passphrase, self.repeat, self.buttons):
            widget.setEnabled(not working)

    def _finish(self, vault: Vault) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit(vault)
        self.accept()

    def reject(self) -> None:
        if self.busy:  # the demo is half-built; closing now would leave a broken file behind
            return
        super().reject()
