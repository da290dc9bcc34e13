"""A Caps Lock warning on passphrase fields: a passphrase typed in capitals fails without a word
of why. Qt cannot read the Caps Lock state itself, so the typed letters tell it: a capital
without Shift (or a small letter with Shift) means Caps Lock is on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolTip


class CapsLockWarning(QObject):
    """Watches one field's keys; while Caps Lock seems on, the field says so beneath it."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self.caps_on = False
        edit.installEventFilter(self)

    def text(self) -> str:
        return self.tr("Caps Lock staat aan.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            typed = event.text()
            if event.key() == Qt.Key.Key_CapsLock:
                self._set(not self.caps_on)
            elif len(typed) == 1 and typed.isalpha() and typed.lower() != typed.upper():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._set(typed.isupper() != shift)
        elif watched is self._edit and event.type() == QEvent.Type.FocusOut:
            QToolTip.hideText()
        return False

    def _set(self, on: bool) -> None:
        self.caps_on = on
        self._edit.setToolTip(self.text() if on else "")
        if on:
            below = self._edit.mapToGlobal(QPoint(0, self._edit.height()))
            QToolTip.showText(below, self.text(), self._edit)
        else:
            QToolTip.hideText()
