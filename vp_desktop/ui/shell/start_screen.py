"""The first window: open the vault, create one, or look around in the fictional demo practice.

Only the location of the last vault is remembered (in QSettings); never a passphrase or case data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vp_desktop.services.data_safety import vaults
from vp_desktop.services.data_safety.restore_recovery import restore_was_interrupted
from vp_desktop.store.vault import Vault
from vp_desktop.ui.data_safety.interrupted_restore_dialog import InterruptedRestoreDialog
from vp_desktop.ui.shared.passphrase_widgets import DemoBuilder, Progress, UnlockDialog, VaultOpener
from vp_desktop.ui.shared.prompts import Prompts
from vp_desktop.ui.shared.style import Role, apply_style, text_role
from vp_desktop.ui.shell.create_vault_dialog import CreateVaultDialog

LAST_VAULT_KEY = "vault/last_path"
DEMO_FILE_NAME = "demopraktijk.vpvault"
VAULT_FILTER = "*.vpvault"


def default_demo_builder() -> DemoBuilder:
    def build(path: Path, passphrase: str, progress: Progress) -> object:
        from vp_desktop.services.demo.practice_vault import DemoSpec, create_demo_vault

        return create_demo_vault(path, passphrase, DemoSpec(), progress=progress)

    return build


def free_path(path: Path) -> Path:
    """`path`, or the first `name-2`, `name-3` … next to it that does not exist yet."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


class StartScreen(QWidget):
    vault_opened = Signal(object)  # the open Vault

    def __init__(
        self,
        prompts: Prompts,
        qsettings: QSettings,
        *,
        default_path: Callable[[], Path] = vaults.default_vault_path,
        demo_builder: DemoBuilder | None = None,
        opener: VaultOpener = Vault.open,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._qsettings = qsettings
        self._default_path = default_path
        self._demo_builder = demo_builder or default_demo_builder()
        self._opener = opener
        #: the dialog currently shown (tests fill it in)
        self.dialog: QDialog | None = None
        self.setWindowTitle("VP Desktop")
        self.setObjectName("startScreen")
        apply_style(
            self,
            "#startScreen { background: $sidebar; }"
            "#startCard { background: $surface; border: 1px solid $border; border-radius: 10px; }"
            "QCommandLinkButton { padding: 10px; }",
        )

        title = QLabel("VP Desktop")
        text_role(title, Role.TEXT, "font-size: 24pt; font-weight: 600;")
        title.setAccessibleName(self.tr("Naam van de app"))
        subtitle = QLabel(
            self.tr(
                "Uw vertrouwelijke praktijk, versleuteld op deze computer. "
                "Niets verlaat de laptop zonder dat u het zelf exporteert."
            )
        )
        subtitle.setWordWrap(True)
        text_role(subtitle, Role.MUTED, "font-size: 11pt;")
        subtitle.setAccessibleName(self.tr("Uitleg"))

        self.open_button = QCommandLinkButton(self.tr("Kluis openen"))
        self.open_button.setAccessibleName(self.tr("Kluis openen"))
        self.open_button.clicked.connect(self.open_last)
        self.other_button = QPushButton(self.tr("Andere kluis openen…"))
        self.other_button.setAccessibleName(self.tr("Andere kluis openen"))
        self.other_button.setFlat(True)
        self.other_button.setCursor(Qt.CursorShape.PointingHandCursor)
        text_role(self.other_button, Role.LINK, "text-align: left; padding: 2px 12px;")
        self.other_button.clicked.connect(self.open_other)
        self.create_button = QCommandLinkButton(
            self.tr("Nieuwe kluis maken"),
            self.tr("Begin met een lege, versleutelde kluis voor uw praktijk."),
        )
        self.create_button.setAccessibleName(self.tr("Nieuwe kluis maken"))
        self.create_button.clicked.connect(self.create_new)
        self.demo_button = QCommandLinkButton(
            self.tr("Demopraktijk bekijken"),
            self.tr("Een verzonnen praktijk om VP Desktop rustig te leren kennen."),
        )
        self.demo_button.setAccessibleName(self.tr("Demopraktijk bekijken"))
        self.demo_button.clicked.connect(self.open_demo)

        card = QFrame()
        card.setObjectName("startCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 20, 20, 20)
        card_layout.setSpacing(6)
        for widget in (self.open_button, self.other_button, self.create_button, self.demo_button):
            card_layout.addWidget(widget)

        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(8)
        column.addWidget(card)
        holder = QWidget()
        holder.setFixedWidth(580)
        holder.setLayout(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addStretch(1)
        layout.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.resize(760, 560)
        self.refresh()

    # -- state ---------------------------------------------------------------------------------

    def last_vault(self) -> Path | None:
        value = self._qsettings.value(LAST_VAULT_KEY)
        return Path(str(value)) if value else None

    def demo_path(self) -> Path:
        return self._default_path().with_name(DEMO_FILE_NAME)

    def _can_open(self, path: Path | None) -> bool:
        """A vault is there, or a restore of it stopped halfway (opening offers to resolve it)."""
        return path is not None and (path.exists() or restore_was_interrupted(path))

    def refresh(self) -> None:
        last = self.last_vault()
        if last is not None and self._can_open(last):
            self.open_button.setDescription(self.tr("Laatst gebruikt: %1").replace("%1", last.name))
            self.open_button.setToolTip(str(last))
        else:
            self.open_button.setDescription(self.tr("Kies het kluisbestand van uw praktijk."))
            self.open_button.setToolTip("")
        self.open_button.setFocus()

    # -- actions -------------------------------------------------------------------------------

    def open_last(self) -> None:
        last = self.last_vault()
        if last is not None and self._can_open(last):
            self.unlock(last)
        else:
            self.open_other()

    def open_other(self) -> None:
        last = self.last_vault()
        chosen = self._prompts.open_file(
            self.tr("Kluis openen"),
            self.tr("Kluis van VP Desktop (%1)").replace("%1", VAULT_FILTER),
            last.parent if last else self._default_path().parent,
        )
        if chosen is not None:
            self.unlock(chosen)

    def unlock(self, path: Path, *, remember: bool = True) -> None:
        """The passphrase dialog of `path`; first the way out of an interrupted restore when
        one stopped there."""
        if restore_was_interrupted(path):
            self.resolve_interrupted_restore(path, remember=remember)
            return
        dialog = UnlockDialog(path, self, opener=self._opener)
        dialog.unlocked.connect(lambda vault: self._opened(vault, remember=remember))
        dialog.restore_interrupted.connect(
            lambda: self.resolve_interrupted_restore(path, remember=remember)
        )
        self._show(dialog)

    def resolve_interrupted_restore(self, path: Path, *, remember: bool = True) -> None:
        """Finish or undo the restore that stopped at `path`, then unlock the vault there."""
        dialog = InterruptedRestoreDialog(path, self)
        dialog.resolved.connect(lambda _outcome: self.unlock(path, remember=remember))
        self._show(dialog)

    def create_new(self) -> None:
        dialog = CreateVaultDialog(self._prompts, free_path(self._default_path()), self)
        dialog.created.connect(lambda vault: self._opened(vault, remember=True))
        self._show(dialog)

    def open_demo(self) -> None:
        path = self.demo_path()
        if self._can_open(path):  # made before: open it rather than build another
            self.unlock(path, remember=False)
            return
        create = CreateVaultDialog(
            self._prompts, path, self, demo_builder=self._demo_builder, opener=self._opener
        )
        create.created.connect(lambda vault: self._opened(vault, remember=False))
        self._show(create)

    def _show(self, dialog: QDialog) -> None:
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _opened(self, vault: Vault, *, remember: bool) -> None:
        # The demo practice never replaces the adviser's own vault as "last used".
        if remember:
            self._qsettings.setValue(LAST_VAULT_KEY, str(vault.path))
            self._qsettings.sync()
        self.vault_opened.emit(vault)
