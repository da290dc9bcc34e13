"""The one place modal questions are asked, so tests can answer them without blocking on exec()."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from vp_desktop.ui.shared.file_dialogs import Pick, choose_path


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


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
        if destructive:
            accept = QCoreApplication.translate("Prompts", "Doorgaan")
            reject = QCoreApplication.translate("Prompts", "Annuleren")
        else:
            accept = QCoreApplication.translate("Prompts", "Ja")
            reject = QCoreApplication.translate("Prompts", "Nee")
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def save_discard_cancel(self, title: str, text: str) -> Choice:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        save = box.addButton(
            QCoreApplication.translate("Prompts", "Opslaan"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("Prompts", "Niet opslaan"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("Prompts", "Annuleren"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return Choice.SAVE
        if clicked is discard:
            return Choice.DISCARD
        return Choice.CANCEL

    def text(self, title: str, label: str, *, secret: bool = False) -> str | None:
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(QCoreApplication.translate("Prompts", "OK"))
        dialog.setCancelButtonText(QCoreApplication.translate("Prompts", "Annuleren"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.textValue()
        dialog.deleteLater()
        return value if accepted else None

    # File dialogs keep no history (see ui/file_dialogs).
    def open_file(self, title: str, filters: str = "", start: Path | None = None) -> Path | None:
        return choose_path(self.parent, Pick.OPEN, title, start, filters)

    def save_file(self, title: str, suggested: Path, filters: str = "") -> Path | None:
        return choose_path(self.parent, Pick.SAVE, title, suggested, filters)

    def folder(self, title: str, start: Path | None = None) -> Path | None:
        return choose_path(self.parent, Pick.FOLDER, title, start)
