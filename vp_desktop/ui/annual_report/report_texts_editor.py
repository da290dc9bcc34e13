"""The adviser's own texts of an annual report: the introduction and the signals, as typed.

Besides the two edits it offers a first introduction to start from and the texts of an earlier
year; neither is saved until the section saves the texts. Replacing typed text is asked first.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.annual_report import report_texts
from vp_desktop.services.annual_report.report_texts import ReportTexts
from vp_desktop.services.errors import NotFound
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shell.workspace import Workspace


class ReportTextsEditor(QWidget):
    #: the typed text changed
    edited = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.introduction_edit = self._text_edit(self.tr("Inleiding"))
        self.signals_edit = self._text_edit(self.tr("Signalen en aanbevelingen"))
        self.save_button = QPushButton(self.tr("Teksten &opslaan"))
        self.save_button.setAccessibleName(self.tr("Teksten opslaan"))
        self.template_button = QPushButton(self.tr("Voorbeeldtekst invoegen"))
        self.reuse_button = QPushButton(self.tr("Teksten van vorig jaar overnemen"))

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for label_text, edit in (
            (self.tr("&Inleiding (rol en reikwijdte)"), self.introduction_edit),
            (self.tr("&Signalen en aanbevelingen"), self.signals_edit),
        ):
            label = QLabel(label_text)
            label.setBuddy(edit)
            column.addWidget(label)
            column.addWidget(edit, 1)
        buttons = QHBoxLayout()
        for button in (self.template_button, self.reuse_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self.edited)
        return edit

    def typed(self) -> ReportTexts:
        return ReportTexts(self.introduction_edit.toPlainText(), self.signals_edit.toPlainText())

    def show_texts(self, texts: ReportTexts) -> None:
        for edit, value in ((self.introduction_edit, texts.introduction),
                            (self.signals_edit, texts.signals)):  # fmt: skip
            if edit.toPlainText() != value:
                edit.setPlainText(value)

    def _replace_allowed(self, edit: QPlainTextEdit) -> bool:
        return not edit.toPlainText().strip() or self._workspace.prompts.confirm(
            self.tr("Tekst vervangen"),
            self.tr("De tekst die er nu staat, wordt vervangen. Doorgaan?"),
        )

    def insert_template(self, client_id: int, year: int, lang: Lang) -> None:
        """Put a first introduction in the editor for the adviser to edit (not yet saved)."""
        if not self._replace_allowed(self.introduction_edit):
            return
        try:
            with self._workspace.session() as session:
                template = report_texts.introduction_template(session, client_id, year, lang)
        except (VaultError, NotFound) as error:
            self._workspace.prompts.error(self.tr("Jaarverslag"), vault_error_text(error))
            return
        self.introduction_edit.setPlainText(template)

    def reuse_previous_texts(self, client_id: int, year: int) -> str | None:
        """Start from the texts of the latest earlier year that has any (not yet saved); a
        status line when there are none."""
        try:
            with self._workspace.session() as session:
                earlier = report_texts.previous_texts(session, client_id, year)
        except (VaultError, NotFound) as error:
            self._workspace.prompts.error(self.tr("Jaarverslag"), vault_error_text(error))
            return None
        if earlier is None:
            return str(self.tr("Er zijn geen teksten van een eerder jaar."))
        if self.typed() != ReportTexts() and not self._replace_allowed(self.introduction_edit):
            return None
        self.show_texts(earlier)
        return None
