"""Client activities: add, change, delete, year filter, drafts, client separation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.gui.cases_helpers import add_client, controls_without_name, model_strings, widget_strings
from vp_desktop.services.activities import activities as activity_service
from vp_desktop.services.activities.activities import ActivityData
from vp_desktop.store.vault import Vault
from vp_desktop.ui.activities.activities_section import ActivitiesSection
from vp_desktop.ui.shell.workspace import Workspace

LAST_YEAR = dt.date.today().year - 1


@pytest.fixture
def clients(vault: Vault) -> tuple[int, int]:
    return add_client(vault, "ACME", "Acme"), add_client(vault, "BETA", "Beta")


@pytest.fixture
def section(qtbot, workspace: Workspace) -> ActivitiesSection:
    widget = ActivitiesSection(workspace)
    qtbot.addWidget(widget)
    return widget


def add_activity(vault: Vault, client_id: int, when: dt.date, description: str) -> int:
    with vault.transaction() as session:
        data = ActivityData("information_session", when, 90, description)
        return activity_service.add_activity(session, client_id, data).id


def stored(vault: Vault, client_id: int) -> list[ActivityData]:
    with vault.session() as session:
        return [ActivityData.of(a) for a in activity_service.list_activities(session, client_id)]


def test_add_change_and_delete(section, vault, clients, prompts, qtmodeltester):
    section.set_client(clients[0])
    section.start_new()
    section.kind.set_code("annual_meeting")
    section.occurred_on.setText(f"15-03-{LAST_YEAR}")
    section.minutes.setValue(75)
    section.description.setPlainText("Jaargesprek met de directie")
    assert section.has_unsaved_changes()
    assert section.save_changes()
    assert stored(vault, clients[0]) == [
        ActivityData("annual_meeting", dt.date(LAST_YEAR, 3, 15), 75, "Jaargesprek met de directie")
    ]
    assert section.model.index(0, 1).data() == "Jaargesprek"
    assert section.total.text() == "1 activiteit, samen 1,25 u"
    qtmodeltester.check(section.model, force_py=True)

    section.edit_row(0)
    section.minutes.setValue(60)
    assert section.save_changes()
    assert stored(vault, clients[0])[0].minutes == 60

    prompts.queue(True)
    assert section.delete_row(0)
    assert stored(vault, clients[0]) == []


def test_validation_keeps_the_form(section, vault, clients):
    section.set_client(clients[0])
    section.start_new()
    section.occurred_on.setText("")
    assert not section.save_changes()
    assert section.messages.text_of("occurred_on") == "Dit veld is verplicht."
    section.occurred_on.setText("32-01-2026")
    assert not section.save_changes()
    assert "geen geldige datum" in section.messages.text_of("occurred_on")
    assert not section.form.isHidden()
    assert stored(vault, clients[0]) == []


def test_year_filter(section, vault, clients):
    add_activity(vault, clients[0], dt.date(LAST_YEAR, 5, 1), "Voorlichting team zorg")
    add_activity(vault, clients[0], dt.date(LAST_YEAR - 1, 5, 1), "Voorlichting oud")
    section.set_client(clients[0])
    assert section.model.rowCount() == 2
    section.year_filter.setCurrentIndex(section.year_filter.findData(LAST_YEAR))
    assert section.model.rowCount() == 1
    assert section.model.index(0, 3).data() == "Voorlichting team zorg"


def test_draft_round_trip(qtbot, section, workspace, vault, clients):
    section.set_client(clients[0])
    section.start_new()
    section.description.setPlainText("Half af")
    draft = section.take_draft()
    section.clear()
    other = ActivitiesSection(workspace)
    qtbot.addWidget(other)
    other.set_client(clients[0])
    assert draft is not None
    other.restore_draft(draft)
    assert other.description.toPlainText() == "Half af" and other.has_unsaved_changes()
    other.discard_changes()
    assert not other.has_unsaved_changes()


def test_other_client_and_clear_show_nothing_of_the_first(section, vault, clients):
    add_activity(vault, clients[0], dt.date(LAST_YEAR, 5, 1), "Training leidinggevenden Acme")
    section.set_client(clients[0])
    section.edit_row(0)
    section.set_client(clients[1])
    assert not any("Acme" in t for t in model_strings(section.model) + widget_strings(section))
    section.set_client(clients[0])
    section.clear()
    assert not any("Acme" in t for t in widget_strings(section))
    assert controls_without_name(section) == []


def test_the_description_and_the_jaarplan_column_stay_in_view(
    qtbot, workspace: Workspace, vault: Vault, clients, screenshot_dir
) -> None:
    with vault.transaction() as session:
        data = ActivityData("partner_consultation", dt.date(LAST_YEAR, 3, 4), 45, "Overleg OR")
        activity_service.add_activity(session, clients[0], data)
    widget = ActivitiesSection(workspace)
    qtbot.addWidget(widget)
    widget.resize(930, 700)  # what the 1200 px window leaves beside the sidebar
    widget.show()
    widget.set_client(clients[0])
    table = widget.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(3) > 0)
    # every column fits: no sideways scrolling hides the description or the jaarplan
    assert header.length() <= table.viewport().width()
    metrics = header.fontMetrics()
    for column in range(widget.model.columnCount()):
        title = widget.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 8, title
    kind = widget.model.index(0, 1)
    assert kind.data(Qt.ItemDataRole.ToolTipRole) == kind.data()  # shortened, named whole
    widget.grab().save(str(screenshot_dir / "activities_columns.png"))
