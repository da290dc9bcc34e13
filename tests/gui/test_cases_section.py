"""The cases section: list, filters, search, client separation, lock, large caseloads, keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from tests.gui.cases_helpers import (
    TODAY,
    add_case,
    add_client,
    add_contact,
    controls_without_name,
    model_strings,
    screenshot,
    tab_chain,
    widget_strings,
)
from vp_desktop.services.casework import case_list
from vp_desktop.services.casework import cases as case_service
from vp_desktop.store.models import Case, CaseCode
from vp_desktop.store.vault import Vault
from vp_desktop.ui.casework import case_table_model as columns
from vp_desktop.ui.casework.cases_section import CasesSection
from vp_desktop.ui.shared.prompts import Choice
from vp_desktop.ui.shell.workspace import Workspace

SECRET_NOTE = "Jansen van de magazijnploeg"
SECRET_CONTACT = "Vertrouwelijk: pesterijen bij de kantine"


@pytest.fixture
def section(qtbot, workspace: Workspace) -> CasesSection:
    widget = CasesSection(workspace)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    return widget


@pytest.fixture
def clients(vault: Vault) -> tuple[int, int]:
    return add_client(vault, "ACME", "Acme Zorg"), add_client(vault, "BETA", "Beta Bouw")


def filled_client(vault: Vault, client_id: int) -> list[int]:
    year_ago = TODAY - dt.timedelta(days=400)
    ids = [
        add_case(vault, client_id, notes=SECRET_NOTE, melder_name="Piet Jansen"),
        add_case(
            vault,
            client_id,
            opened_on=year_ago,
            closed_on=year_ago + dt.timedelta(days=20),
            outcome="resolved_informally",
            track="integrity",
            categories=["fraud"],
        ),
        add_case(vault, client_id, follow_up_on=TODAY - dt.timedelta(days=2)),
    ]
    add_contact(vault, client_id, ids[2], SECRET_CONTACT)
    return ids


def shown_numbers(section: CasesSection) -> list[str]:
    proxy = section.proxy
    return [proxy.index(row, columns.NUMBER).data() for row in range(proxy.rowCount())]


def test_case_model_passes_the_model_tester(qtmodeltester, section, vault, clients):
    filled_client(vault, clients[0])
    section.set_client(clients[0])
    assert section.model.rowCount() == 3
    qtmodeltester.check(section.model, force_py=True)
    section.model.sort(columns.OPENED, Qt.SortOrder.AscendingOrder)
    section.model.set_rows([])


# One tester per test: it watches every model it was given, and the proxy echoes the source.
def test_filter_proxy_passes_the_model_tester(qtmodeltester, section, vault, clients):
    filled_client(vault, clients[0])
    section.set_client(clients[0])
    qtmodeltester.check(section.proxy, force_py=True)
    section.proxy.sort(columns.FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    section.search_box.setText("ACME")
    section.apply_search()
    section.clear()


def test_list_shows_the_columns_in_dutch(section, vault, clients):
    ids = filled_client(vault, clients[0])
    section.set_client(clients[0])
    row = section.model.row_of(ids[1])
    assert row is not None
    values = [section.model.index(row, c).data() for c in range(columns.COLUMN_COUNT)]
    opened = TODAY - dt.timedelta(days=400)
    assert values[columns.NUMBER] == f"ACME-{opened.year}-001"
    assert values[columns.OPENED] == opened.strftime("%d-%m-%Y")
    assert values[columns.STATUS] == "Gesloten"
    assert values[columns.TRACK] == "Integriteit"
    assert values[columns.CATEGORIES] == "Fraude"
    headers = [section.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == [
        "Nummer",
        "Geopend",
        "Status",
        "Spoor",
        "Onderwerp",
        "Laatste gesprek",
        "Opvolging",
    ]


def test_overdue_follow_up_is_marked(section, vault, clients):
    ids = filled_client(vault, clients[0])
    section.set_client(clients[0])
    row = section.model.row_of(ids[2])
    colour = section.model.index(row, columns.FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.color().red() > 150


def test_filters_on_status_year_and_track(section, vault, clients):
    filled_client(vault, clients[0])
    section.set_client(clients[0])
    section.status_filter.setCurrentIndex(section.status_filter.findData("closed"))
    assert section.model.rowCount() == 1
    section.status_filter.setCurrentIndex(section.status_filter.findData("open"))
    assert section.model.rowCount() == 2
    section.status_filter.setCurrentIndex(0)
    section.track_filter.setCurrentIndex(section.track_filter.findData("integrity"))
    assert section.model.rowCount() == 1
    section.track_filter.setCurrentIndex(0)
    section.year_filter.setCurrentIndex(section.year_filter.findData(TODAY.year))
    open_this_year = 2 if (TODAY - dt.timedelta(days=380)).year < TODAY.year else 3
    assert section.model.rowCount() == open_this_year


def test_search_matches_numbers_and_words_in_notes(section, vault, clients):
    ids = filled_client(vault, clients[0])
    section.set_client(clients[0])
    section.search_box.setText("magazijn")
    section.apply_search()
    assert section.proxy.rowCount() == 1
    assert section.proxy.index(0, 0).data(columns.CASE_ID_ROLE) == ids[0]
    section.search_box.setText("kantine")  # a word in a contact's note
    section.apply_search()
    assert [section.proxy.index(0, 0).data(columns.CASE_ID_ROLE)] == [ids[2]]
    section.search_box.setText("-001")
    section.apply_search()
    assert all(number.endswith("-001") for number in shown_numbers(section))
    assert "van 3 casussen" in section.count_label.text()
    section.search_box.setText("")
    section.apply_search()
    assert section.proxy.rowCount() == 3
    assert section.count_label.text() == "3 casussen"


def test_search_waits_for_typing_to_pause(qtbot, section, vault, clients):
    filled_client(vault, clients[0])
    section.set_client(clients[0])
    section.search_box.setText("magazijn")
    assert section.proxy.rowCount() == 3  # not yet: the search runs once typing pauses
    qtbot.waitUntil(lambda: section.proxy.rowCount() == 1, timeout=2000)


def test_nothing_of_client_a_in_any_model_of_client_b(section, vault, clients):
    client_a, client_b = clients
    ids = filled_client(vault, client_a)
    add_case(vault, client_b, notes="iets van Beta")
    section.set_client(client_a)
    section.navigate({"case_id": ids[2]})
    section.editor.tabs.setCurrentWidget(section.editor.contacts)
    assert SECRET_CONTACT in model_strings(section.editor.contacts.model)

    section.set_client(client_b)
    section.search_box.setText("magazijn")
    section.apply_search()

    models = [
        section.model,
        section.proxy,
        section.editor.contacts.model,
        section.editor.attachments.model,
    ]
    everything = [text for model in models for text in model_strings(model)]
    everything += widget_strings(section)
    for secret in (SECRET_NOTE, SECRET_CONTACT, "Piet Jansen", "ACME-"):
        assert not any(secret in text for text in everything), secret
    assert section.proxy.rowCount() == 0
    assert section.model.case_ids() and set(section.model.case_ids()).isdisjoint(ids)
    section.navigate({"case_id": ids[0]})  # another client's case cannot be opened here
    assert section.editor.case_id is None


def test_clear_leaves_no_case_text_anywhere(section, vault, clients):
    ids = filled_client(vault, clients[0])
    section.set_client(clients[0])
    section.navigate({"case_id": ids[2]})
    section.editor.contacts.edit_row(0)
    section.search_box.setText("magazijn")
    assert any(SECRET_CONTACT in t for t in widget_strings(section))

    section.clear()

    everything = widget_strings(section)
    for secret in (SECRET_NOTE, SECRET_CONTACT, "Piet Jansen", "ACME-", "magazijn"):
        assert not any(secret in text for text in everything), secret
    assert section.model.rowCount() == 0 and section.proxy.rowCount() == 0
    assert not section.has_unsaved_changes()


def test_switching_case_with_unsaved_changes_asks(section, vault, clients, prompts):
    ids = filled_client(vault, clients[0])
    section.set_client(clients[0])
    section.navigate({"case_id": ids[0]})
    section.editor.fields.department.setText("Magazijn")

    prompts.queue(Choice.CANCEL)
    section.navigate({"case_id": ids[1]})
    assert section.editor.case_id == ids[0]
    assert section.editor.fields.department.text() == "Magazijn"

    prompts.queue(Choice.SAVE)
    row = section.proxy.mapFromSource(section.model.index(section.model.row_of(ids[1]), 0))
    section.table.setCurrentIndex(row)
    assert section.editor.case_id == ids[1]
    with vault.session() as session:
        assert case_service.get_case(session, clients[0], ids[0]).department == "Magazijn"
    assert [kind for kind, *_ in prompts.asked] == ["save_discard_cancel"] * 2


def test_new_case_appears_in_the_list_and_the_year_filter(section, vault, clients):
    section.set_client(clients[0])
    assert section.model.rowCount() == 0
    section.start_new_case()
    section.editor.fields.categories.set_codes(["discrimination"])
    assert section.save_changes()
    assert section.model.rowCount() == 1
    assert section.year_filter.findData(TODAY.year) > 0
    assert section.table.selectionModel().selectedRows()[0].data() == f"ACME-{TODAY.year}-001"


def test_section_drafts_go_through_the_editor(qtbot, section, workspace, vault, clients):
    ids = filled_client(vault, clients[0])
    section.set_client(clients[0])
    section.navigate({"case_id": ids[0]})
    section.editor.fields.notes.setPlainText("onaf")
    draft = section.take_draft()
    section.clear()
    other = CasesSection(workspace)
    qtbot.addWidget(other)
    other.set_client(clients[0])
    assert draft is not None
    other.restore_draft(draft)
    assert other.editor.case_id == ids[0]
    assert other.editor.fields.notes.toPlainText() == "onaf"
    assert other.has_unsaved_changes()
    other.discard_changes()
    assert not other.has_unsaved_changes()


def test_ten_thousand_cases_load_into_the_model(section, vault, clients):
    client_id = clients[0]
    opened = dt.date(TODAY.year - 1, 1, 1)
    with vault.transaction() as session:
        session.execute(
            insert(Case),
            [
                {
                    "client_id": client_id,
                    "year": opened.year,
                    "seq": n,
                    "opened_on": opened + dt.timedelta(days=n % 300),
                    "track": "unwanted_behaviour",
                }
                for n in range(1, 10_001)
            ],
        )
        session.flush()
        case_ids = [r.id for r in case_list.list_cases(session, client_id)]
        session.execute(
            insert(CaseCode),
            [{"case_id": i, "vocabulary": "category", "code": "bullying"} for i in case_ids],
        )
    section.set_client(client_id)
    assert section.model.rowCount() == 10_000
    assert section.proxy.index(0, columns.NUMBER).data() == f"ACME-{opened.year}-10000"
    section.table.sortByColumn(columns.NUMBER, Qt.SortOrder.AscendingOrder)
    assert section.proxy.index(0, columns.NUMBER).data() == f"ACME-{opened.year}-001"
    section.search_box.setText("-1234")
    section.apply_search()
    assert section.proxy.rowCount() == 1
    assert section.count_label.text() == "1 van 10000 casussen"


def test_keyboard_shortcuts_and_tab_order(qtbot, section, vault, clients):
    filled_client(vault, clients[0])
    section.set_client(clients[0])
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is section.search_box
    qtbot.keyClick(section.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert section.editor.is_active and section.editor.case_id is None
    assert tab_chain(section.status_filter, 5) == [
        section.year_filter,
        section.track_filter,
        section.search_box,
        section.new_button,
        section.table,
    ]


def test_every_control_has_an_accessible_name(section, vault, clients):
    filled_client(vault, clients[0])
    section.set_client(clients[0])
    assert controls_without_name(section) == []


def test_screenshot_of_the_case_list(qtbot, section, vault, clients):
    ids = filled_client(vault, clients[0])
    for n in range(6):
        add_case(
            vault,
            clients[0],
            opened_on=TODAY - dt.timedelta(days=60 + 9 * n),
            categories=[("bullying", "sexual_harassment", "discrimination")[n % 3]],
            relation="colleague",
        )
    section.set_client(clients[0])
    section.navigate({"case_id": ids[0]})
    section.show()
    qtbot.waitExposed(section)
    assert screenshot(section, "case_list.png").exists()


def test_search_and_sort_keep_the_chosen_case_and_the_filter(section, vault, clients):
    ids = filled_client(vault, clients[0])
    section.set_client(clients[0])
    section.navigate({"case_id": ids[2]})
    section.search_box.setText("kantine")  # only in the note of the chosen case's contact
    section.apply_search()
    assert [section.proxy.index(0, 0).data(columns.CASE_ID_ROLE)] == [ids[2]]
    assert section.table.selectionModel().selectedRows()[0].data(columns.CASE_ID_ROLE) == ids[2]

    section.search_box.setText("ACME")  # every number: the filter is lifted row by row
    section.apply_search()
    section.table.sortByColumn(columns.OPENED, Qt.SortOrder.AscendingOrder)
    proxy = section.proxy
    opened = [proxy.index(r, columns.OPENED).data(columns.SORT_ROLE) for r in range(3)]
    assert proxy.rowCount() == 3 and opened == sorted(opened)
    assert section.table.selectionModel().selectedRows()[0].data(columns.CASE_ID_ROLE) == ids[2]

    section.search_box.setText("magazijn")  # the chosen case is filtered out
    section.apply_search()
    assert section.proxy.rowCount() == 1
    assert not section.table.selectionModel().selectedRows()
    assert section.editor.case_id == ids[2]  # still open in the editor


def test_every_column_header_reads_whole_at_the_default_window_size(
    qtbot, workspace: Workspace, vault: Vault, clients
) -> None:
    filled_client(vault, clients[0])
    widget = CasesSection(workspace)
    qtbot.addWidget(widget)
    widget.resize(950, 740)  # what the 1200 px window leaves beside the sidebar
    widget.show()
    widget.set_client(clients[0])
    table = widget.table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(columns.CATEGORIES) > 0)
    for column, title in enumerate(columns.column_titles()):
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 8, title
    # The longest track and status read whole too.
    assert header.sectionSize(columns.TRACK) > metrics.horizontalAdvance("Ongewenste omgangsvormen")
    assert header.sectionSize(columns.STATUS) > metrics.horizontalAdvance("Vernietigd")
    screenshot(widget, "case_list_columns.png")
