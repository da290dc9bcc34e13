"""The lifecycle of an inline edit form under a list (advice, the year plan, activities, a
case's conversations), written once: open it for a new or an existing row, tell whether the
adviser changed it, keep it as a draft through a lock and put it back, save it in one
transaction with the problems next to their fields, and close it.

The widget that shows the form keeps its own fields, texts and use case; this object only knows
the form's state as a dict (`read` / `write_fields`), the group box and the messages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from vp_desktop.services.errors import NotFound
from vp_desktop.store.errors import VaultError
from vp_desktop.ui.shared.code_pickers import DateEdit
from vp_desktop.ui.shared.error_texts import vault_error_text
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage

if TYPE_CHECKING:
    from vp_desktop.ui.shell.workspace import Workspace

T = TypeVar("T")
D = TypeVar("D")


def save_and_cancel_row(save: QPushButton, cancel: QPushButton) -> QHBoxLayout:
    """The buttons under a form in a panel, right-aligned with the save button last."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in (cancel, save):
        button.setAccessibleName(button.text())
        row.addWidget(button)
    return row


def fill_form(
    form: QFormLayout,
    messages: FieldMessages,
    rows: Iterable[tuple[str, str, QWidget]],
    buttons: tuple[QPushButton, QPushButton],
    on_save: Callable[[], object],
    on_cancel: Callable[[], object],
) -> None:
    """Lay out (field, label, widget) rows with a message line under each (a date is checked
    as it is typed), and the save and cancel buttons under them."""
    for field, label, widget in rows:
        messages.add_row(form, field, label, widget)
        if isinstance(widget, DateEdit):
            messages.watch_date(field, widget)
    save, cancel = buttons
    save.clicked.connect(on_save)
    cancel.clicked.connect(on_cancel)
    form.addRow(save_and_cancel_row(save, cancel))


def stack_panel(
    panel: QWidget, toolbar: QLayout, table: QWidget, problem: InlineMessage, box: QGroupBox
) -> None:
    """A panel with an inline form, top to bottom: the toolbar, the table (which takes the spare
    height), the problem line and the form."""
    layout = QVBoxLayout(panel)
    layout.addLayout(toolbar)
    layout.addWidget(table, 1)
    layout.addWidget(problem)
    layout.addWidget(box)


class InlineEditForm:
    """One inline form's open/close/draft/restore/save lifecycle."""

    def __init__(
        self,
        box: QGroupBox,
        messages: FieldMessages,
        problem: InlineMessage,
        *,
        read: Callable[[], dict[str, Any]],
        write_fields: Callable[[dict[str, Any]], None],
        empty: dict[str, Any],
        title_for: Callable[[int | None], str],
        first_field: QWidget,
        on_stored: Callable[[], object] = lambda: None,
    ) -> None:
        self.box = box
        self.messages = messages
        self.problem = problem
        self._read = read
        self._write_fields = write_fields
        self._empty = empty
        self._title_for = title_for
        self._first_field = first_field
        self._on_stored = on_stored
        #: the id of the row being edited; None for a new one (or when closed)
        self.editing_id: int | None = None
        self._snapshot: dict[str, Any] | None = None

    @classmethod
    def laid_out(
        cls,
        box: QGroupBox,
        messages: FieldMessages,
        problem: InlineMessage,
        rows: Iterable[tuple[str, str, QWidget]],
        buttons: tuple[QPushButton, QPushButton],
        *,
        on_save: Callable[[], object],
        on_cancel: Callable[[], object],
        read: Callable[[], dict[str, Any]],
        write_fields: Callable[[dict[str, Any]], None],
        empty: dict[str, Any],
        title_for: Callable[[int | None], str],
        on_stored: Callable[[], object] = lambda: None,
    ) -> InlineEditForm:
        """Lay `rows` and the save and cancel `buttons` out in `box` (see `fill_form`) and keep
        the form's lifecycle; the first row's widget has the focus when the form opens."""
        rows = tuple(rows)
        fill_form(QFormLayout(box), messages, rows, buttons, on_save, on_cancel)
        return cls(
            box,
            messages,
            problem,
            read=read,
            write_fields=write_fields,
            empty=empty,
            title_for=title_for,
            first_field=rows[0][2],
            on_stored=on_stored,
        )

    @property
    def is_open(self) -> bool:
        return self._snapshot is not None

    def open(self, item_id: int | None, state: dict[str, Any]) -> None:
        """Show the form for row `item_id` (None: a new one) filled with `state`."""
        self.editing_id = item_id
        self.messages.clear()
        self._write_fields(state)
        self._snapshot = self._read()  # what "unchanged" means
        self.box.setTitle(self._title_for(item_id))
        self.box.show()
        self._first_field.setFocus()

    def close(self) -> None:
        """Hide the form and forget what it held."""
        self.editing_id = None
        self._snapshot = None
        self._write_fields(self._empty)
        self.messages.clear()
        self.box.hide()

    def close_if_editing(self, item_id: int) -> None:
        """The row was deleted: a form still editing it has nothing left to save."""
        if self.editing_id == item_id:
            self.close()

    def has_unsaved_changes(self) -> bool:
        return self._snapshot is not None and self._read() != self._snapshot

    def draft(
        self, id_key: str, *, even_unchanged: bool = False, **extra: Any
    ) -> dict[str, Any] | None:
        """The changed form (or with `even_unchanged`, the open one) as JSON-able data
        (`id_key`: the row id, plus `extra`), or None."""
        if not (self.is_open if even_unchanged else self.has_unsaved_changes()):
            return None
        return {id_key: self.editing_id, **extra, "fields": self._read()}

    def restore(
        self, draft: dict[str, Any], id_key: str, *, unchanged: dict[str, Any] | None = None
    ) -> None:
        """Open the form again as the draft left it. `unchanged`: the state that counts as not
        changed from now on (default: the empty form the draft was opened in)."""
        item_id = draft.get(id_key)
        self.open(item_id if isinstance(item_id, int) else None, self._empty)
        if unchanged is not None:
            self._snapshot = unchanged
        self._write_fields(dict(draft.get("fields") or {}))

    def begin_save(self) -> bool:
        """Clear the old messages and check the dates; False when a date is not a real date."""
        return self.messages.begin_save(self.problem)

    def store(self, workspace: Workspace, write: Callable[[Session], T]) -> T | None:
        """Run `write` in one transaction; on success close the form, run `on_stored` and return
        what was stored, otherwise None with the problems shown (the form stays as typed)."""
        stored = self.messages.store(workspace, write, self.problem)
        if stored is not None:
            self.close()
            self._on_stored()
        return stored

    def save(
        self,
        workspace: Workspace,
        data: Callable[[], D],
        add: Callable[[Session, D], object],
        update: Callable[[Session, int, D], object],
    ) -> bool:
        """Save the open form: check its dates, then store `data()` as a new row (`add`) or over
        the row being edited (`update`). True when stored or when nothing was open."""
        if not self.is_open:
            return True
        if not self.begin_save():
            return False
        values, editing_id = data(), self.editing_id

        def write(session: Session) -> bool:
            if editing_id is None:
                add(session, values)
            else:
                update(session, editing_id, values)
            return True  # stored, whatever `add` or `update` give back

        return self.store(workspace, write) is not None

    def delete(
        self,
        workspace: Workspace,
        item_id: int,
        question: tuple[str, str],
        delete: Callable[[Session], object],
    ) -> bool:
        """Ask (`question`: title and text), then delete row `item_id` in one transaction and run
        `on_stored`; False when the adviser declined or the vault refused (said in the problem
        line)."""
        if not workspace.prompts.confirm(*question, destructive=True):
            return False
        try:
            with workspace.transaction() as session:
                delete(session)
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return False
        self.close_if_editing(item_id)
        self._on_stored()
        return True

    def fetch(self, workspace: Workspace, read: Callable[[Session], T]) -> T | None:
        """What `read` finds in the vault, or None with the reason in the problem line."""
        try:
            with workspace.session() as session:
                return read(session)
        except (NotFound, VaultError) as error:
            self.problem.say(vault_error_text(error))
            return None
