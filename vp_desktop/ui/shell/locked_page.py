"""What the window shows while the vault is locked: nothing of the practice, a way to unlock,
an explicit way to end the app, and, while locking waits for running work, which work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from vp_desktop.ui.shared.style import HEADING, apply_style


class LockedPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("De kluis is vergrendeld"))
        apply_style(title, HEADING)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(self.tr("Niets van uw praktijk staat nog op het scherm."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Ontgrendelen…"))
        self.unlock_button.setAccessibleName(self.tr("Ontgrendelen"))
        self.quit_button = QPushButton(self.tr("App afsluiten"))
        self.quit_button.setAccessibleName(self.tr("App afsluiten"))
        self.quit_button.setAutoDefault(False)
        self.waiting = QLabel()
        self.waiting.setAccessibleName(self.tr("Werk dat nog loopt"))
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.waiting)
        layout.addSpacing(12)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def show_waiting(self, titles: list[str]) -> None:
        """While locking waits for running work: say which, and offer no unlock yet."""
        self.waiting.setText(
            self.tr("De kluis sluit zodra dit werk klaar is: %1").replace("%1", ", ".join(titles))
            if titles
            else ""
        )
        self.waiting.setVisible(bool(titles))
        self.unlock_button.setEnabled(not titles)
