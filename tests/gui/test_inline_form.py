"""The inline edit form's lifecycle, once for every panel that has one: open, changed or not,
a draft through a lock, restore, a refused date, close."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPushButton

from vp_desktop.services.errors import NotFound, Problem, ValidationError
from vp_desktop.ui.shared.code_pickers import DateEdit
from vp_desktop.ui.shared.field_messages import FieldMessages, InlineMessage
from vp_desktop.ui.shared.inline_form import InlineEditForm

EMPTY = {"name": "", "on": ""}


@pytest.fixture
def stored() -> list[bool]:
    """One entry each time the form reports a row stored or deleted."""
    return []


@pytest.fixture
def parts(qtbot, stored) -> tuple[InlineEditForm, QGroupBox, QLineEdit, DateEdit]:
    box = QGroupBox()
    qtbot.addWidget(box)
    name, on = QLineEdit(), DateEdit()
    messages = FieldMessages("nl")
    layout = QFormLayout(box)
    messages.add_row(layout, "name", "Naam", name)
    messages.add_row(layout, "on", "Datum", on)
    messages.watch_date("on", on)
    problem = InlineMessage("Melding")

    def read() -> dict[str, Any]:
        return {"name": name.text(), "on": on.text()}

    def write(state: dict[str, Any]) -> None:
        name.setText(str(state.get("name") or ""))
        on.setText(str(state.get("on") or ""))

    form = InlineEditForm(
        box,
        messages,
        problem,
        read=read,
        write_fields=write,
        empty=EMPTY,
        title_for=lambda item_id: "Nieuw" if item_id is None else f"Regel {item_id}",
        first_field=name,
        on_stored=lambda: stored.append(True),
    )
    box.show()
    return form, box, name, on


def test_an_opened_form_is_unchanged_until_the_adviser_types(parts) -> None:
    form, box, name, _on = parts
    assert not form.is_open and form.draft("row_id") is None
    form.open(7, {"name": "Teamoverleg", "on": "01-03-2026"})
    assert form.is_open and box.isVisible() and box.title() == "Regel 7"
    assert not form.has_unsaved_changes() and form.draft("row_id") is None
    name.setText("Teamoverleg en lunch")
    assert form.has_unsaved_changes()
    assert form.draft("row_id", year=2026) == {
        "row_id": 7,
        "year": 2026,
        "fields": {"name": "Teamoverleg en lunch", "on": "01-03-2026"},
    }


def test_a_draft_comes_back_as_it_was_left_and_still_counts_as_changed(parts) -> None:
    form, box, name, on = parts
    form.open(None, EMPTY)
    name.setText("half af")
    draft = form.draft("row_id")
    form.close()
    assert not box.isVisible() and name.text() == "" and form.editing_id is None
    assert draft is not None
    form.restore(draft, "row_id")
    assert box.title() == "Nieuw" and name.text() == "half af" and on.text() == ""
    assert form.has_unsaved_changes()  # restored, not saved


def test_a_wrong_date_is_refused_before_anything_is_written(parts) -> None:
    form, _box, _name, on = parts
    form.open(3, {"name": "x", "on": ""})
    on.setText("31-02-2026")
    assert form.begin_save() is False
    assert form.is_open  # the form stays as typed


def test_deleting_the_row_being_edited_closes_the_form(parts) -> None:
    form, box, _name, _on = parts
    form.open(4, {"name": "y", "on": ""})
    form.close_if_editing(5)
    assert form.is_open
    form.close_if_editing(4)
    assert not form.is_open and not box.isVisible()


def test_a_delete_asks_first_and_closes_the_form_of_the_deleted_row(parts, workspace, prompts):
    form, _box, _name, _on = parts
    form.open(4, {"name": "y", "on": ""})
    deleted: list[int] = []
    prompts.queue(False)
    assert not form.delete(workspace, 4, ("Weg?", "Echt weg?"), lambda _s: deleted.append(4))
    assert deleted == [] and form.is_open  # declined: nothing happened
    prompts.queue(True)
    assert form.delete(workspace, 4, ("Weg?", "Echt weg?"), lambda _s: deleted.append(4))
    assert deleted == [4] and not form.is_open


def test_a_delete_reports_the_row_gone_only_when_it_is(parts, workspace, prompts, stored):
    form, _box, _name, _on = parts
    prompts.queue(False)
    form.delete(workspace, 4, ("Weg?", "Echt weg?"), lambda _s: None)
    assert stored == []
    prompts.queue(True)
    form.delete(workspace, 4, ("Weg?", "Echt weg?"), lambda _s: None)
    assert stored == [True]


def test_saving_adds_a_new_row_and_updates_an_edited_one(parts, workspace, stored) -> None:
    form, box, name, _on = parts
    written: list[tuple[str, int | None, str]] = []

    def save() -> bool:
        return form.save(
            workspace,
            name.text,
            lambda _s, data: written.append(("add", None, data)),
            lambda _s, row_id, data: written.append(("update", row_id, data)),
        )

    assert save() and written == []  # nothing open: nothing to save
    form.open(None, EMPTY)
    name.setText("Nieuw overleg")
    assert save()
    form.open(9, {"name": "Oud", "on": ""})
    name.setText("Oud, gewijzigd")
    assert save()
    assert written == [("add", None, "Nieuw overleg"), ("update", 9, "Oud, gewijzigd")]
    assert stored == [True, True] and not form.is_open and not box.isVisible()


def test_a_refused_save_keeps_the_form_as_typed(parts, workspace, stored) -> None:
    form, _box, name, on = parts
    written: list[str] = []

    def refuse(_session: object, _row_id: int, data: str) -> None:
        raise ValidationError([Problem("name", "required")])

    form.open(2, {"name": "x", "on": ""})
    on.setText("31-02-2026")
    assert not form.save(workspace, name.text, lambda _s, d: written.append(d), refuse)
    assert written == [] and form.is_open  # the date was refused before anything ran
    on.setText("")
    assert not form.save(workspace, name.text, lambda _s, d: written.append(d), refuse)
    assert form.is_open and name.text() == "x" and stored == []
    assert form.messages.text_of("name")


def test_a_read_that_fails_is_said_in_the_problem_line(parts, workspace) -> None:
    form, _box, _name, _on = parts
    assert form.fetch(workspace, lambda _s: [1, 2]) == [1, 2]
    assert not form.problem.text()

    def gone(_session: object) -> list[int]:
        raise NotFound("client")

    assert form.fetch(workspace, gone) is None
    assert form.problem.text()


def test_a_refused_delete_is_said_in_the_problem_line(parts, workspace, prompts):
    form, _box, _name, _on = parts
    form.open(4, {"name": "y", "on": ""})

    def gone(_session: object) -> None:
        raise NotFound("activity")

    prompts.queue(True)
    assert not form.delete(workspace, 4, ("Weg?", "Echt weg?"), gone)
    assert form.problem.text() and form.is_open


def test_a_laid_out_form_has_its_rows_and_buttons_and_opens_on_the_first_row(qtbot) -> None:
    box = QGroupBox()
    qtbot.addWidget(box)
    name, on = QLineEdit(), DateEdit()
    save, cancel = QPushButton("Opslaan"), QPushButton("Annuleren")
    pressed: list[str] = []
    form = InlineEditForm.laid_out(
        box,
        FieldMessages("nl"),
        InlineMessage("Melding"),
        (("name", "Naam", name), ("on", "Datum", on)),
        (save, cancel),
        on_save=lambda: pressed.append("save"),
        on_cancel=lambda: pressed.append("cancel"),
        read=lambda: {"name": name.text(), "on": on.text()},
        write_fields=lambda state: name.setText(str(state.get("name") or "")),
        empty=EMPTY,
        title_for=lambda _item_id: "Regel",
    )
    box.show()
    form.open(None, EMPTY)
    qtbot.waitUntil(name.hasFocus)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert pressed == ["cancel", "save"]
    assert save.accessibleName() == "Opslaan"
    on.setText("31-02-2026")  # the date row is checked before a save
    assert not form.begin_save() and form.messages.text_of("on")
