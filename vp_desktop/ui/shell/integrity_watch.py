"""The integrity check an unlock left for later, run in the background while the adviser works.

The store decides when a check is due (after an unclean shutdown, once a week) and runs it on a
read-only connection of its own (`store.integrity.run_pending_check`); this module only starts it
on a worker thread and, when it finds damage, tells the adviser what to do. From then on the
vault takes no more writes.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vp_desktop.store import integrity
from vp_desktop.store.vault import Vault
from vp_desktop.ui.shared.prompts import Prompts


class IntegrityWatch(QObject):
    """Emits `finished(sound)` on the GUI thread when the background check is done."""

    finished = Signal(bool)

    def __init__(self, vault: Vault, prompts: Prompts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._prompts = prompts
        self.finished.connect(self._report)

    def start(self) -> bool:
        """Start the check if one is pending; False when there is nothing to check."""
        if not self._vault.integrity_check_pending:
            return False
        worker = threading.Thread(target=self._run, name="vp-integrity-check", daemon=True)
        worker.start()
        return True

    def _run(self) -> None:
        self.finished.emit(integrity.run_pending_check(self._vault))

    def _report(self, sound: bool) -> None:
        if sound:
            return
        self._prompts.warn(
            self.tr("De kluis is beschadigd"),
            self.tr(
                "De controle na het ontgrendelen heeft schade in de kluis gevonden. Om niets "
                "erger te maken slaat VP Desktop niets meer op. U kunt nog lezen en exporteren. "
                "Zet de meest recente back-up terug: Gegevens → Back-up terugzetten."
            ),
        )


def check_after_unlock(vault: Vault, prompts: Prompts, parent: QWidget | None) -> None:
    """The one call an unlock makes: start the pending check, if any, in the background."""
    IntegrityWatch(vault, prompts, parent).start()
