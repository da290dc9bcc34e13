"""Validation messages shown right next to the field they are about."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from vp_desktop.domain.vocab import Lang
from vp_desktop.services.errors import NotFound, Problem, ValidationError
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.code_pickers import DateEdit
from vp_desktop.ui.shared.style import Role, text_role

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vp_desktop.ui.shell.workspace import Workspace

T = TypeVar("T")


def invalid_date_text() -> str:
    return QCoreApplication.translate(
        "FieldMessages", "Dit is geen geldige datum; schrijf hem als dd-mm-jjjj."
    )


class InlineMessage(QLabel):
    """A red line under a field; hidden while there is nothing to say."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text_role(self, Role.ERROR)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setHidden(not text)


class FieldMessages:
    """Maps service field names to their inline message labels."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self._labels: dict[str, InlineMessage] = {}
        self._dates: dict[str, DateEdit] = {}

    def add(self, field: str, label_text: str, parent: QWidget | None = None) -> InlineMessage:
        label = InlineMessage(
            QCoreApplication.translate("FieldMessages", "Melding bij %1").replace("%1", label_text),
            parent,
        )
        self._labels[field] = label
        return label

    def add_row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        """A form row: the caption (naming `widget` for screen readers), the widget, and the
        message line under it."""
        widget.setAccessibleName(label)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.add(field, label))
        caption = QLabel(label + ":")
        caption.setBuddy(widget)
        form.addRow(caption, box)

    def watch_date(self, field: str, edit: DateEdit) -> None:
        """Dates are read by the form itself: this field's text must be a real date."""
        self._dates[field] = edit

    def label(self, field: str) -> InlineMessage:
        return self._labels[field]

    def clear(self) -> None:
        for label in self._labels.values():
            label.say("")

    def begin_save(self, elsewhere: InlineMessage) -> bool:
        """Before a save: clear what the last attempt said (beside the fields and in
        `elsewhere`); False when a date is not a real date (said beside it)."""
        self.clear()
        elsewhere.say("")
        return self.check_dates()

    def check_dates(self) -> bool:
        """Say so next to every date that is not a real date; True when all dates are fine."""
        ok = True
        for field, edit in self._dates.items():
            if not edit.is_valid():
                self.say(field, [invalid_date_text()])
                ok = False
        return ok

    def show(self, error: ValidationError) -> list[Problem]:
        """Put each problem next to its field; returns the problems that have no field here."""
        self.clear()
        unplaced: list[Problem] = []
        by_field: dict[str, list[str]] = {}
        for problem in error.problems:
            if problem.field in self._labels:
                by_field.setdefault(problem.field, []).append(problem.describe(self.lang))
            else:
                unplaced.append(problem)
        for field, texts in by_field.items():
            self.say(field, texts)
        return unplaced

    def show_all(self, error: ValidationError, elsewhere: InlineMessage) -> None:
        """Put each problem next to its field, and those without a field here in `elsewhere`."""
        unplaced = self.show(error)
        elsewhere.say("\n".join(problem.describe(self.lang) for problem in unplaced))

    def store(
        self, workspace: Workspace, write: Callable[[Session], T], elsewhere: InlineMessage
    ) -> T | None:
        """Run `write` in one transaction. Validation problems go next to their fields, a vault
        error becomes one sentence in `elsewhere`; None then, and nothing was saved. `write`
        returns what it stored (never None)."""
        from vp_desktop.ui.shared.error_texts import vault_error_text

        try:
            with workspace.transaction() as session:
                return write(session)
        except ValidationError as error:
            self.show_all(error, elsewhere)
        except (NotFound, VaultError) as error:
            elsewhere.say(vault_error_text(error))
        return None

    def say(self, field: str, texts: Iterable[str]) -> None:
        """Add texts to the field's message (a field can have more than one problem)."""
        label = self._labels[field]
        shown = [label.text()] if not label.isHidden() and label.text() else []
        label.say("\n".join(dict.fromkeys([*shown, *texts])))

    def text_of(self, field: str) -> str:
        label = self._labels[field]
        return label.text() if not label.isHidden() else ""
