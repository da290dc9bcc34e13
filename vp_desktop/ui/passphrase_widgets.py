"""Asking for the passphrase: creating a vault (or the demo practice) and unlocking one.

The dialogs are shown with `open()` (never `exec()`), report a ready `Vault` through a signal, and
keep their window open with a clear message after every failure, so the adviser can try again.
"""

from __future__ import annotations

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

from vp_desktop.domain.messages import message
from vp_desktop.domain.passphrase import Strength, assess
from vp_desktop.domain.vocab import Lang
from vp_desktop.services import vaults
from vp_desktop.services.errors import ValidationError
from vp_desktop.store.errors import LocationUnwritable, VaultError, VaultExists
from vp_desktop.store.vault import Vault
from vp_desktop.ui import i18n
from vp_desktop.ui.prompts import Prompts

VaultOpener = Callable[[Path, str], Vault]
Progress = Callable[[int, int], None]  # (done, total)
DemoBuilder = Callable[[Path, str, Progress], object]

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = (
    "background: #fdf6e3; border: 1px solid #e6d8a8; border-radius: 6px; padding: 10px;"
    "color: #4a3f1c;"
)
STRENGTH_COLOURS = {
    Strength.TOO_WEAK: "#b3261e",
    Strength.WEAK: "#c26a00",
    Strength.FAIR: "#8a8a00",
    Strength.STRONG: "#2e7d32",
    Strength.VERY_STRONG: "#1b5e20",
}


def language() -> Lang:
    return "en" if i18n.current_language() == "en" else "nl"


def vault_error_text(error: VaultError) -> str:
    """The adviser's sentence for a store error, chosen by its stable code."""
    translate = QCoreApplication.translate  # lupdate reads the "translate(" calls
    texts = {
        "wrong_passphrase": translate(
            "VaultErrors", "Deze wachtzin klopt niet. Probeer het opnieuw."
        ),
        "not_a_vault": translate("VaultErrors", "Dit bestand is geen kluis van VP Desktop."),
        "corrupt": translate("VaultErrors", "De kluis is beschadigd. Zet een back-up terug."),
        "newer_schema": translate(
            "VaultErrors",
            "Deze kluis is gemaakt met een nieuwere versie van VP Desktop. "
            "Werk de app bij om hem te openen.",
        ),
        "missing": translate(
            "VaultErrors", "Op deze plek staat geen kluis (meer). Kies het bestand."
        ),
        "exists": translate(
            "VaultErrors", "Op deze plek staat al een bestand. Kies een andere naam of map."
        ),
        "unwritable": translate(
            "VaultErrors",
            "Op deze plek kan VP Desktop niet schrijven (alleen-lezen of geen toegang).",
        ),
        "disk_full": translate(
            "VaultErrors",
            "De schijf is vol. Er is niets nieuws bewaard; maak ruimte vrij en probeer het "
            "opnieuw.",
        ),
        "in_use": translate(
            "VaultErrors",
            "Deze kluis is al geopend in een ander venster van VP Desktop. Sluit dat venster "
            "eerst, of ga daar verder.",
        ),
        "migration_failed": translate(
            "VaultErrors",
            "Het bijwerken van de kluis naar deze versie is mislukt; de kluis is ongewijzigd.",
        ),
        "closed": translate("VaultErrors", "De kluis is vergrendeld."),
    }
    return texts.get(error.code, translate("VaultErrors", "De kluis kan niet worden gebruikt."))


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setHidden(not text)


def _field_text(error: ValidationError, field: str, lang: Lang) -> str:
    return "\n".join(p.describe(lang) for p in error.for_field(field))


def _passphrase_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(320)
    return edit


class StrengthMeter(QWidget):
    """A bar and a word for how strong the passphrase is, plus what to improve."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(Strength) - 1)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Sterkte van de wachtzin"))
        self.verdict = QLabel()
        self.verdict.setAccessibleName(self.tr("Oordeel over de wachtzin"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Tip voor de wachtzin"))
        self.hint.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.verdict)
        layout.addWidget(self.hint)
        self.show_passphrase("")

    def strength_word(self, strength: Strength) -> str:
        return {
            Strength.TOO_WEAK: self.tr("Te zwak"),
            Strength.WEAK: self.tr("Zwak"),
            Strength.FAIR: self.tr("Redelijk"),
            Strength.STRONG: self.tr("Sterk"),
            Strength.VERY_STRONG: self.tr("Zeer sterk"),
        }[strength]

    def show_passphrase(self, passphrase: str) -> None:
        assessment = assess(passphrase)
        colour = STRENGTH_COLOURS[assessment.strength]
        self.bar.setValue(int(assessment.strength))
        self.bar.setStyleSheet(
            "QProgressBar { border: none; background: #e8eaed; border-radius: 4px; }"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 4px; }}"
        )
        self.verdict.setText(
            self.tr("Sterkte: %1").replace("%1", self.strength_word(assessment.strength))
            if passphrase
            else self.tr("Kies een zin van vier of meer woorden die alleen u kent.")
        )
        problems = [message(code, language()) for code in assessment.problems]
        self.hint.setText(problems[0] if passphrase and problems else "")
        self.hint.setHidden(not self.hint.text())


class UnlockDialog(QDialog):
    """Ask for the passphrase of one vault; a wrong one gets a message and another try."""

    unlocked = Signal(object)  # the open Vault

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        opener: VaultOpener = Vault.open,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._opener = opener
        self.setWindowTitle(self.tr("Kluis ontgrendelen"))
        self.setModal(True)
        intro = QLabel(
            self.tr("De kluis is vergrendeld. Vul uw wachtzin in om verder te werken.")
            if locked
            else self.tr("Vul de wachtzin van deze kluis in.")
        )
        intro.setWordWrap(True)
        self.location = QLabel(str(self.path))
        self.location.setAccessibleName(self.tr("Kluisbestand"))
        self.location.setStyleSheet("color: #5f6368;")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = _passphrase_edit(self.tr("Wachtzin"))
        self.message = _message_label(self.tr("Melding bij ontgrendelen"))
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("Ontgrendelen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setAccessibleName(self.tr("Ontgrendelen"))
        self.unlock_button.setDefault(True)
        cancel = self.buttons.addButton(
            self.tr("Afsluiten") if locked else self.tr("Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Kluis:"), self.location)
        form.addRow(self.tr("&Wachtzin:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            _say(self.message, self.tr("Vul uw wachtzin in."))
            return
        try:
            vault = self._opener(self.path, passphrase)
        except VaultError as error:
            _say(self.message, vault_error_text(error))
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        finally:
            passphrase = ""
        self.passphrase.clear()
        _say(self.message, "")
        self.unlocked.emit(vault)
        self.accept()


class _DemoWorker(QThread):
    """Builds the demo practice off the UI thread; reports the error, or None when done."""

    finished_with = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, build: Callable[[Progress], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build

    def run(self) -> None:
        try:
            self._build(self.progressed.emit)
        except (VaultError, ValidationError, OSError) as error:
            self.finished_with.emit(error)
            return
        self.finished_with.emit(None)


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
        self._worker: _DemoWorker | None = None
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
        self.location_message = _message_label(self.tr("Melding bij locatie"))

        self.passphrase = _passphrase_edit(self.tr("Wachtzin"))
        self.repeat = _passphrase_edit(self.tr("Wachtzin herhalen"))
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.show_passphrase)
        self.passphrase_message = _message_label(self.tr("Melding bij wachtzin"))
        self.repeat_message = _message_label(self.tr("Melding bij herhaalde wachtzin"))

        self.warning = QLabel(
            self.tr(
                "<b>Let op:</b> een vergeten wachtzin kan niemand herstellen, ook de makers van "
                "VP Desktop niet. Zonder wachtzin blijven uw gegevens voorgoed onleesbaar. "
                "Schrijf hem op en bewaar hem op een veilige plek."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setAccessibleName(self.tr("Waarschuwing over de wachtzin"))

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.setFormat(self.tr("Demopraktijk wordt gemaakt…"))
        self.progress.hide()
        self.message = _message_label(self.tr("Melding bij aanmaken"))

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
        form.addRow(self.tr("&Locatie:"), where)
        form.addRow("", self.location_message)
        form.addRow(self.tr("&Wachtzin:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.passphrase_message)
        form.addRow(self.tr("&Herhaal wachtzin:"), self.repeat)
        form.addRow("", self.repeat_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
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

    def _clear_messages(self) -> None:
        for label in (
            self.location_message,
            self.passphrase_message,
            self.repeat_message,
            self.message,
        ):
            _say(label, "")

    def try_create(self) -> None:
        if self.busy:
            return
        self._clear_messages()
        text = self.location.text().strip()
        if not text:
            _say(self.location_message, self.tr("Kies waar de kluis komt."))
            return
        path = Path(text).expanduser()
        passphrase, repeated = self.passphrase.text(), self.repeat.text()
        try:
            vaults.check_new_passphrase(passphrase, repeated)
        except ValidationError as error:
            lang = language()
            _say(self.passphrase_message, _field_text(error, "passphrase", lang))
            _say(self.repeat_message, _field_text(error, "passphrase_repeat", lang))
            return
        if path.exists():
            _say(self.location_message, vault_error_text(VaultExists()))
            return
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            _say(self.location_message, vault_error_text(LocationUnwritable()))
            return
        if self._demo_builder is None:
            self._create_empty(path, passphrase, repeated)
        else:
            self._start_demo(path, passphrase)

    def _create_empty(self, path: Path, passphrase: str, repeated: str) -> None:
        try:
            vault = vaults.create_vault(path, passphrase, repeated)
        except VaultError as error:
            _say(self.message, vault_error_text(error))
            return
        self._finish(vault)

    def _start_demo(self, path: Path, passphrase: str) -> None:
        builder = self._demo_builder
        assert builder is not None
        self._set_working(True)
        worker = _DemoWorker(lambda report: builder(path, passphrase, report), self)
        worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        worker.finished_with.connect(
            lambda error: self._demo_done(error, path, passphrase),
            Qt.ConnectionType.QueuedConnection,
        )
        self._worker = worker
        worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _demo_done(self, error: object, path: Path, passphrase: str) -> None:
        if self._worker is not None:
            self._worker.wait()
            self._worker.deleteLater()
            self._worker = None
        self._set_working(False)
        if isinstance(error, VaultError):
            _say(self.message, vault_error_text(error))
            return
        if isinstance(error, ValidationError):
            _say(self.message, error.describe(language()))
            return
        if error is not None:
            _say(self.message, vault_error_text(LocationUnwritable()))
            return
        try:
            vault = self._opener(path, passphrase)
        except VaultError as open_error:
            _say(self.message, vault_error_text(open_error))
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
