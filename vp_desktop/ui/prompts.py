"""The one place modal questions are asked, so tests can answer them without blocking on exec()."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Prompts:
    """Real dialogs. Tests pass a `ScriptedPrompts` (tests/gui) with canned answers instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def confirm(self, title: str, text: str, *, destructive: bool = False) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
            title,
            text,
            parent=self.parent,
        )
        yes = box.addButton(
            tr("Doorgaan") if destructive else tr("Ja"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            tr("Annuleren") if destructive else tr("Nee"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is yes

    def save_discard_cancel(self, title: str, text: str) -> Choice:
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return Choice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Choice.DISCARD
        return Choice.CANCEL

    def text(self, title: str, label: str, *, secret: bool = False) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(self.parent, title, label, mode)
        return value if ok else None

    def open_file(self, title: str, filters: str = "", start: Path | None = None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(start or ""), filters)
        return Path(name) if name else None

    def save_file(self, title: str, suggested: Path, filters: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filters)
        return Path(name) if name else None

    def folder(self, title: str, start: Path | None = None) -> Path | None:
        name = QFileDialog.getExistingDirectory(self.parent, title, str(start or ""))
        return Path(name) if name else None
